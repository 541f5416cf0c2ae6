"""A job whose window was closed while it ran: its result is not delivered to the deleted window (which would
raise "Internal C++ object already deleted" in the handler and show the coordinator an error), whether the
callback is the window's method or a function that captured the window. A failure is logged instead."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coordinator_app.ui import worker


class _Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(self)
        self.shown: list[object] = []

    def show_result(self, result: object) -> None:
        self.label.setText(str(result))  # raises once the C++ object is gone
        self.shown.append(result)


def _run_and_close(qtbot, make_callback, fail: bool = False) -> _Window:  # type: ignore[no-untyped-def]
    window = _Window()
    release = threading.Event()

    def job(control: worker.JobControl) -> str:
        release.wait(30)
        if fail:
            raise ValueError("the vault said no")
        return "klaar"

    on_success, on_failure = make_callback(window)
    worker.run_db(job, on_success, on_failure)
    shiboken6.delete(window)  # the window closes while the job runs
    assert not shiboken6.isValid(window)
    release.set()
    qtbot.waitUntil(lambda: not worker._live, timeout=30_000)
    return window


def test_bound_method_of_a_closed_window_is_not_called(qtbot) -> None:
    window = _run_and_close(qtbot, lambda w: (w.show_result, None))
    assert window.shown == []


def test_closure_over_a_closed_window_is_not_called(qtbot) -> None:
    def make(w: _Window):  # type: ignore[no-untyped-def]
        self = w

        def done(result: object) -> None:
            self.show_result(result)

        return done, None

    window = _run_and_close(qtbot, make)
    assert window.shown == []


def test_failure_for_a_closed_window_is_still_shown(qtbot, caplog) -> None:
    """The failure handler of the closed window is not called, but the coordinator is still told (an error
    dialog without a parent, as the letter dialog did on its own before), and the error is logged."""
    caplog.set_level(logging.ERROR)
    window = _run_and_close(qtbot, lambda w: (None, w.show_result), fail=True)
    assert window.shown == []
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    assert len(boxes) == 1 and boxes[0].parent() is None
    assert [r.message for r in caplog.records] == ["unexpected error in the interface"]
    boxes[0].close()


def test_a_cancelled_job_of_a_closed_window_says_nothing(qtbot) -> None:
    window = _Window()
    release = threading.Event()

    def job(control: worker.JobControl) -> None:
        release.wait(30)
        raise worker.Cancelled()

    worker.run_db(job, None, window.show_result)
    shiboken6.delete(window)
    release.set()
    qtbot.waitUntil(lambda: not worker._live, timeout=30_000)
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]


def test_the_guard_is_needed() -> None:
    """Without the guard the handler raises: calling a deleted window's method fails."""
    window = _Window()
    shiboken6.delete(window)
    with pytest.raises(RuntimeError):
        window.show_result("klaar")


def test_open_window_still_gets_its_result(qtbot) -> None:
    window = _Window()
    worker.run_db(lambda c: "klaar", window.show_result)
    qtbot.waitUntil(lambda: window.shown == ["klaar"], timeout=30_000)
    assert window.label.text() == "klaar"
