"""Importing a large contacts file runs off the GUI thread with progress: while the file is checked the
Netwerk page shows a progress bar (entries checked of all), while it is written the preview shows one
(entries written of all), and the GUI thread keeps handling events the whole time."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QProgressBar
from sqlalchemy import func, select

from coordinator_app.db.models import AuditEvent, Contact
from coordinator_app.services.network import importing
from coordinator_app.services.network.importing import PROGRESS_EVERY
from coordinator_app.ui import worker
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.network.page import NetworkPage

N = 8 * PROGRESS_EVERY + 37  # entries in the file: several progress steps and a last partial one


def _file(tmp_path: Path) -> Path:
    lines = ["Voornaam;Achternaam;E-mail"] + [f"Voor{i};Achter{i};p{i}@example.org" for i in range(N)]
    path = tmp_path / "groot.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


class _Heartbeat:
    """A GUI-thread timer that counts its ticks while a vault job is in flight. `hold(phase)` wraps a service
    function so that its job, at its first progress report, waits (on the worker thread) until the GUI thread
    has ticked three more times: the job cannot finish unless the GUI thread runs while it is in flight, however
    fast the machine (no timing assumption)."""

    def __init__(self) -> None:
        self.busy_ticks = 0
        self.waiting: list[tuple[int, threading.Event]] = []
        self.proven: dict[str, bool] = {}
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if worker._live:
            self.busy_ticks += 1
        for target, event in list(self.waiting):
            if self.busy_ticks >= target:
                event.set()

    def hold(self, phase: str, function):  # type: ignore[no-untyped-def]
        def wrapped(*args, progress=None, **kwargs):  # type: ignore[no-untyped-def]
            def first_report(done: int, total: int) -> None:
                if phase not in self.proven:
                    event = threading.Event()
                    self.waiting.append((self.busy_ticks + 3, event))
                    self.proven[phase] = event.wait(timeout=60)
                progress(done, total)

            return function(*args, progress=first_report if progress is not None else None, **kwargs)

        return wrapped


def test_large_import_shows_progress_and_keeps_the_gui_responsive(qtbot, vault, tmp_path: Path,
                                                                  monkeypatch) -> None:
    ctx = AppContext()
    page = NetworkPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.set_vault(vault)
    worker.wait_idle()
    path = _file(tmp_path)
    bar = page.findChild(QProgressBar, "importProgress")
    checked: list[tuple[int, int]] = []
    bar.valueChanged.connect(lambda v: checked.append((v, bar.maximum())))
    beat = _Heartbeat()
    monkeypatch.setattr(importing, "prepare", beat.hold("check", importing.prepare))
    monkeypatch.setattr(importing, "apply_import", beat.hold("write", importing.apply_import))

    page.import_file(str(path))
    assert bar.isVisible() and not page.import_button.isEnabled()  # at once, before the work is done
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.objectName() == "importPreview", timeout=120_000)
    checking_ticks = beat.busy_ticks
    assert not bar.isVisible() and page.import_button.isEnabled()
    steps = [v for v, _m in checked if v > 0]
    assert steps == sorted(steps) and steps[-1] == N and {m for _v, m in checked if _v > 0} == {N}
    assert len(steps) >= N // PROGRESS_EVERY  # reported along the way, not only at the end
    assert beat.proven["check"]  # the GUI thread ran while the file was being checked

    dialog = page.dialog
    written: list[int] = []
    dialog.progress.valueChanged.connect(written.append)
    with qtbot.waitSignal(dialog.imported, timeout=300_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.progress.isVisible() and not dialog.buttons.isEnabled()
    assert beat.proven["write"] and beat.busy_ticks - checking_ticks >= 3  # and while it was being written
    steps = [v for v in written if v > 0]
    assert steps == sorted(steps) and steps[-1] == N and len(steps) >= N // PROGRESS_EVERY
    worker.wait_idle()
    with vault.read() as s:
        assert s.scalar(select(func.count(Contact.id))) == N
        assert s.scalar(select(Contact.email).where(Contact.first_name == f"Voor{N - 1}")) == f"p{N - 1}@example.org"
        ids = sorted(s.scalars(select(Contact.id)))
        audited = sorted(s.scalars(select(AuditEvent.object_id).where(AuditEvent.event == "contact_created")))
    assert audited == ids  # one audit line per person written, as when a person is added by hand
    beat.timer.stop()
