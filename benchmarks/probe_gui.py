"""Child process for the GUI figures (offscreen, real widgets); run by benchmarks/figures_gui.py.

    python benchmarks/probe_gui.py bare                      # floor: a bare PySide6 window
    python benchmarks/probe_gui.py start FOLDER              # `coordinator-app --vault FOLDER` to the unlock window
    python benchmarks/probe_gui.py bare-usable               # floor: a bare window with a line edit, typed into
    python benchmarks/probe_gui.py usable FOLDER             # the same until the unlock screen is usable
    python benchmarks/probe_gui.py session FOLDER CASE_ID    # unlock → dashboard → case list → a case

`bare` and `start` print one JSON line with `painted_ns` (time.monotonic_ns(), the system-wide
CLOCK_MONOTONIC, at the first paint event of the window) and exit at once, so the parent measures
from spawn to first paint. `bare-usable` and `usable` go on: at the first paint a key press is posted to the
passphrase field, and `usable_ns` is taken at the first tick of a 5 ms heartbeat timer after which the key has
arrived in the field, i.e. the moment the event loop is free again with a screen that takes typing. The probe goes
on until the window is complete (`complete_ns`: every page built, which the app does in the background after the
first paint, in short steps: `build_steps`); `max_stall_ms` is the longest gap between heartbeat ticks from the
first paint until then (what typing would have waited for at worst while the modules were imported and the pages
were built).
`session` prints the times (ms) from each action to the first paint event
on which the screen shows its data, and VmHWM (peak resident memory) at the end.

Every time is taken in an event filter catching QEvent.Paint, never when show() returns. The imports
at the top are kept minimal so that `bare` and `start` pay only for what they use themselves. `start` and `usable`
run the program's own entry point (`cli.main`, as the `coordinator-app` command and the bundle do), its imports
in their own order; an import hook adds the paint watcher to the window `prepare_gui` returns.
"""

from __future__ import annotations

import json
import os
import sys
import time


def vm_hwm_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def vm_rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _report(data: dict) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()
    os._exit(0)  # right after the first paint: tearing down is no part of any figure


def _exit_on_first_paint(widget) -> object:
    """An event filter that reports the first paint of `widget` and ends the process."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                _report({"painted_ns": time.monotonic_ns(), "vmhwm_kib": vm_hwm_kib()})
            return False

    watcher = FirstPaint()
    widget.installEventFilter(watcher)
    return watcher


def _report_when_usable(window, field, complete, extra=dict) -> object:
    """At the first paint of `window`, type one key into `field`; note when it has arrived and the event loop runs
    again (a heartbeat tick: `usable_ns`), then report when `complete()` holds too (`complete_ns`), with the
    longest stall of the GUI thread from the first paint until then, and what `extra()` adds."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    state = {"painted_ns": 0, "last_ns": 0, "max_stall_ns": 0, "usable_ns": 0}
    heartbeat = QTimer()
    heartbeat.setInterval(5)

    def tick() -> None:
        now = time.monotonic_ns()
        state["max_stall_ns"] = max(state["max_stall_ns"], now - state["last_ns"])
        state["last_ns"] = now
        if not state["usable_ns"] and field.text() == "x":
            state["usable_ns"] = now
        if state["usable_ns"] and complete():
            _report({"painted_ns": state["painted_ns"], "usable_ns": state["usable_ns"], "complete_ns": now,
                     "max_stall_ms": state["max_stall_ns"] / 1e6, "vmhwm_kib": vm_hwm_kib(), **extra()})

    heartbeat.timeout.connect(tick)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and not state["painted_ns"]:
                state["painted_ns"] = state["last_ns"] = time.monotonic_ns()
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.postEvent(field, QKeyEvent(kind, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x"))
                heartbeat.start()
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    return watcher, heartbeat


def bare_usable() -> int:
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    app = QApplication([sys.argv[0]])
    window = QWidget()
    window.setWindowTitle("bare")
    window.resize(1366, 768)
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    _keep = _report_when_usable(window, field, lambda: True)
    window.show()
    return app.exec()


def usable(folder: str) -> int:
    """The real start-up path (`coordinator-app --vault FOLDER`) until the unlock screen takes typing, then until
    every page is built (in the background, `MainWindow.build_pages_in_background`)."""
    return _through_cli(folder, lambda window: _report_when_usable(
        window, window.unlock_screen.passphrase, lambda: window.pages_ready,
        lambda: {"build_steps": window.build_steps_taken}))


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([sys.argv[0]])
    window = QWidget()
    window.setWindowTitle("bare")
    window.resize(1366, 768)
    _keep = _exit_on_first_paint(window)  # kept alive until the paint
    window.show()
    return app.exec()


def start(folder: str) -> int:
    """What `coordinator-app --vault FOLDER` does (cli.main → run_gui) up to the first paint of the unlock window."""
    return _through_cli(folder, _exit_on_first_paint)


class _AfterImport:
    """A meta-path finder that runs `then(module)` once `name` has been imported (by whoever imports it)."""

    def __init__(self, name: str, then) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path=None, target=None):
        if fullname != self.name:
            return None
        import importlib.util  # already loaded by site (the editable install's finder): costs nothing here

        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        loader, then = spec.loader, self.then
        plain = loader.exec_module

        def exec_module(module) -> None:
            plain(module)
            then(module)

        loader.exec_module = exec_module
        return spec


def _through_cli(folder: str, watch) -> int:
    """Run the program as the user starts it, `cli.main(["--vault", folder])`, the imports in their own order;
    when `coordinator_app.ui.app` has loaded, its `prepare_gui` (which `run_gui` calls) is wrapped so that
    `watch(window)` is installed on the window it returns, before the window is shown."""

    def wrap(module) -> None:
        plain = module.prepare_gui

        def prepare_gui(*args, **kwargs):
            app, window = plain(*args, **kwargs)
            if window.stack.currentWidget() is not window.unlock_screen:
                print("the unlock screen is not the current screen", file=sys.stderr)
                os._exit(1)
            window._bench_watch = watch(window)  # kept alive with the window
            return app, window

        module.prepare_gui = prepare_gui

    sys.meta_path.insert(0, _AfterImport("coordinator_app.ui.app", wrap))
    from coordinator_app import cli

    code = cli.main(["--vault", folder])
    print(f"the program ended (exit code {code}) without the report", file=sys.stderr)
    return code or 1


def session(folder: str, case_id: int) -> int:
    from benchmarks.probe_session import run_session

    _report(run_session(folder, case_id))
    return 0


def main(argv: list[str]) -> int:
    mode = argv[1]
    if mode == "bare":
        return bare()
    if mode == "start":
        return start(argv[2])
    if mode == "bare-usable":
        return bare_usable()
    if mode == "usable":
        return usable(argv[2])
    if mode == "session":
        return session(argv[2], int(argv[3]))
    print(f"unknown mode {mode!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
