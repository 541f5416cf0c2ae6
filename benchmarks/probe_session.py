"""One user session in a child process (see probe_gui.py `session`): the real main window, offscreen.

1. The window shows the unlock screen; the key is derived (not timed: that is its own figure).
2. open → dashboard: from the `Unlocked` result, through the unlock screen's own completion path
   (the vault opened on a worker as `Vault.open` does, then `UnlockScreen._done`), until the first
   paint of the dashboard's status counts after the dashboard's data arrived (`DashboardPage.data`).
3. case list, first rows: the Dossiers page shown and its list loaded again (`show_list`: all ids in
   the chosen order, then the first batch of rows) until the first paint of the table's viewport on
   which every visible row holds data (no "…" placeholders).
4. case list, scroll to the end: `scrollToBottom()` until the viewport paints the last rows with data.
5. open a case (200 journal entries, 20 documents): `CasesPage.open_case` (what a double click does)
   until the first paint of the case heading after the overview, journal and documents arrived.
6. search, keystroke to painted results: a prefix of a common surname typed into the global search field, one
   key event after the other; from the last key press (the debounce of the field included, as the user waits
   for it) until the first paint of the results list showing results for that text. Beside it, per query:
   the field's debounce plus the service call (`quick_search`) alone on the same vault.
7. VmHWM (peak resident memory) with the list and that case open. The vault's passphrase slot uses the
   production key derivation (figures_gui makes the working copy so); its 128 MiB are spent in a child process
   (keys.derive_in_child), not in this one; `rss_at_unlock_kib` is this process's resident memory when the
   unlock began. Then Rapportages is opened and VmHWM read again (`vmhwm_reports_kib`).

Each step also reports the pauses of Python's garbage collector within it (`<step>_gc_ms`).
Set BENCH_PROFILE=<folder> to write a cProfile of each timed step, GUI thread and vault worker thread
apart: <folder>/<step>.gui.prof and <step>.db.prof (read them with `python -m pstats`).
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

TIMEOUT_S = 60.0


class PaintWatch(QObject):
    """Catches the first QEvent.Paint of `widget` at which `ready()` holds, and the time it came."""

    def __init__(self, widget, ready: Callable[[], bool]) -> None:
        super().__init__()
        self.widget, self.ready = widget, ready
        self.at: float | None = None
        self.loop = QEventLoop()
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint and self.ready():
            self.at = time.perf_counter()
            self.loop.quit()
        return False

    def wait_ms(self, start: float, what: str) -> float:
        """Run the event loop until the paint came; milliseconds since `start`."""
        if self.at is None:
            QTimer.singleShot(int(TIMEOUT_S * 1000), self.loop.quit)
            self.loop.exec()
        self.widget.removeEventFilter(self)
        if self.at is None:
            raise TimeoutError(f"{what}: no paint with data within {TIMEOUT_S:.0f} s")
        return (self.at - start) * 1000


def wait_idle() -> None:
    """Run the event loop until no vault job is pending and the paints they caused are done."""
    from coordinator_app.ui import worker

    loop = QEventLoop()
    deadline = time.perf_counter() + TIMEOUT_S

    def check() -> None:
        if (not worker._live and worker.wait_idle(0)) or time.perf_counter() > deadline:
            loop.quit()
        else:
            QTimer.singleShot(2, check)

    QTimer.singleShot(0, check)
    loop.exec()
    settle = QEventLoop()
    QTimer.singleShot(50, settle.quit)
    settle.exec()


class GcClock:
    """Milliseconds spent in Python's cyclic garbage collector (any thread) since start."""

    def __init__(self) -> None:
        self.total_ms = 0.0
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.total_ms += (time.perf_counter() - self._started) * 1000


GC = GcClock()


@contextlib.contextmanager
def measured(step: str, result: dict) -> Iterator[None]:
    """Records the garbage collector's pauses during `step` as result["<step>_gc_ms"]; with BENCH_PROFILE
    set, also cProfiles the GUI thread and the vault worker thread."""
    before = GC.total_ms
    try:
        with _profiled(step):
            yield
    finally:
        result[f"{step}_gc_ms"] = GC.total_ms - before


@contextlib.contextmanager
def _profiled(step: str) -> Iterator[None]:
    folder = os.environ.get("BENCH_PROFILE")
    if not folder:
        yield
        return
    import cProfile

    from coordinator_app.ui import worker

    gui, db = cProfile.Profile(), cProfile.Profile()
    run = worker._Runnable.run

    def profiled_run(self) -> None:  # each job on its worker thread, under the worker profiler
        db.enable()
        try:
            run(self)
        finally:
            db.disable()

    worker._Runnable.run = profiled_run
    gui.enable()
    try:
        yield
    finally:
        gui.disable()
        worker._Runnable.run = run
        Path(folder).mkdir(parents=True, exist_ok=True)
        gui.dump_stats(str(Path(folder) / f"{step}.gui.prof"))
        db.dump_stats(str(Path(folder) / f"{step}.db.prof"))


def run_session(folder: str, case_id: int) -> dict:
    return _session(folder, case_id)


def _session(folder: str, case_id: int) -> dict:
    from benchmarks.probe_gui import vm_hwm_kib, vm_rss_kib
    from benchmarks.setup import PASSPHRASE
    from coordinator_app import logging_setup
    from coordinator_app.db.vault import Vault, unlock
    from coordinator_app.ui import app as gui
    from coordinator_app.ui import worker

    logging_setup.setup()
    _app, window = gui.build_main_window(folder, None)
    shown = PaintWatch(window, lambda: True)
    start = time.perf_counter()
    window.show()
    shown.wait_ms(start, "unlock window")
    result: dict = {"rss_at_unlock_kib": vm_rss_kib()}
    start = time.perf_counter()
    unlocked = unlock(folder, passphrase=PASSPHRASE)
    result["unlock_ms"] = (time.perf_counter() - start) * 1000

    # open after key derivation → dashboard painted with its data
    dash = window.pages["dashboard"]
    watch = PaintWatch(dash.status_buttons["all"], lambda: dash.data is not None)
    failures: list[BaseException] = []
    with measured("dashboard", result):
        start = time.perf_counter()
        worker.run_job(lambda _c: Vault(unlocked), window.unlock_screen._done, failures.append)
        result["open_dashboard_ms"] = watch.wait_ms(start, "dashboard")
    if failures:
        raise failures[0]
    wait_idle()

    # case list: first rows, then the end
    page = window.pages["cases"]
    table, model = page.table, page.model
    reset = [False]
    model.modelReset.connect(lambda: reset.__setitem__(0, True))

    def visible_rows_loaded(at_end: bool) -> bool:
        rows = model.rowCount()
        if not reset[0] or rows == 0:
            return False
        first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
        last = rows - 1 if last < 0 else last
        if first < 0 or (at_end and last != rows - 1):
            return False
        return all(model.cached(row) is not None for row in range(first, last + 1))

    watch = PaintWatch(table.viewport(), lambda: visible_rows_loaded(False))
    with measured("list", result):
        start = time.perf_counter()
        window.show_page("cases")
        page.show_list()
        result["list_first_rows_ms"] = watch.wait_ms(start, "case list")
    result["list_rows"] = model.rowCount()
    wait_idle()
    watch = PaintWatch(table.viewport(), lambda: visible_rows_loaded(True))
    with measured("scroll", result):
        start = time.perf_counter()
        table.scrollToBottom()
        result["list_scroll_end_ms"] = watch.wait_ms(start, "scroll to the end")
    wait_idle()

    # open the case with 200 journal entries and 20 documents
    detail = page.detail

    def case_shown() -> bool:
        record = detail.record
        return (record is not None and record.id == case_id and detail.journal.model.rowCount() >= 200
                and detail.documents.model.rowCount() >= 20)

    watch = PaintWatch(detail.heading, case_shown)
    with measured("case", result):
        start = time.perf_counter()
        page.open_case(case_id)
        result["case_open_ms"] = watch.wait_ms(start, "case")
    result["journal_rows"] = detail.journal.model.rowCount()
    result["document_rows"] = detail.documents.model.rowCount()
    wait_idle()
    result.update(_search_keystrokes(window))
    result["vmhwm_kib"] = vm_hwm_kib()
    # then Rapportages, which computes the quarter when first shown (its disclosure check loads SciPy and NumPy)
    reports = window.pages["reports"]
    window.show_page("reports")
    loop_until(lambda: reports.data is not None)
    wait_idle()
    result["vmhwm_reports_kib"] = vm_hwm_kib()
    return result


def _search_keystrokes(window) -> dict:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from coordinator_app.services.search.quick import quick_search
    from coordinator_app.ui.search.popup import DEBOUNCE_MS

    field, view = window.search, window.search.results
    vault = window.ctx.vault
    words = [r[0] for r in vault.execute_sql(
        "SELECT last_name FROM persons WHERE length(last_name) >= 5 GROUP BY last_name ORDER BY count(*) DESC LIMIT 5")]
    sets = [0]
    field.model.modelReset.connect(lambda: sets.__setitem__(0, sets[0] + 1))
    painted, service = [], []
    for word in words:
        prefix = word[:4]
        field.clear()
        loop_until(lambda: not field._timer.isActive() and not view.isVisible())
        wait_idle()
        before = sets[0]

        def shown(prefix: str = prefix, before: int = before) -> bool:
            return field.text() == prefix and sets[0] > before and field.model.result_count() > 0 and view.isVisible()

        watch = PaintWatch(view.viewport(), shown)
        for ch in prefix:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        start = time.perf_counter()
        painted.append(watch.wait_ms(start, f"search {prefix!r}"))
        wait_idle()
        begin = time.perf_counter()
        quick_search(vault, prefix)
        service.append(DEBOUNCE_MS + (time.perf_counter() - begin) * 1000)
    return {"search_painted_ms": painted, "search_floor_ms": service, "search_queries": len(words)}


def loop_until(condition: Callable[[], bool]) -> None:
    """Run the event loop until `condition()` holds (checked every 2 ms), at most TIMEOUT_S."""
    loop = QEventLoop()
    deadline = time.perf_counter() + TIMEOUT_S

    def check() -> None:
        if condition() or time.perf_counter() > deadline:
            loop.quit()
        else:
            QTimer.singleShot(2, check)

    QTimer.singleShot(0, check)
    loop.exec()
    if not condition():
        raise TimeoutError(f"condition not reached within {TIMEOUT_S:.0f} s")
