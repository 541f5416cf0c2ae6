"""Child process for the GUI figures (offscreen, real widgets); run by benchmarks/figures_gui.py.

    python benchmarks/probe_gui.py bare                      # floor: a bare PySide6 window
    python benchmarks/probe_gui.py start FOLDER              # the real start-up path to the unlock window
    python benchmarks/probe_gui.py session FOLDER CASE_ID    # unlock → dashboard → case list → a case

`bare` and `start` print one JSON line with `painted_ns` (time.monotonic_ns(), the system-wide
CLOCK_MONOTONIC, at the first paint event of the window) and exit at once, so the parent measures
from spawn to first paint. `session` prints the times (ms) from each action to the first paint event
on which the screen shows its data, and VmHWM (peak resident memory) at the end.

Every time is taken in an event filter catching QEvent.Paint, never when show() returns. The imports
at the top are kept minimal so that `bare` and `start` pay only for what they use themselves.
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
    """What `coordinator_app.ui.app.run_gui` does up to the event loop, for an existing vault folder."""
    from coordinator_app.ui import app as gui

    app, window = gui.prepare_gui(folder, None)
    if window.stack.currentWidget() is not window.unlock_screen:
        print("the unlock screen is not the current screen", file=sys.stderr)
        return 1
    _keep = _exit_on_first_paint(window)
    window.show()
    return app.exec()


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
    if mode == "session":
        return session(argv[2], int(argv[3]))
    print(f"unknown mode {mode!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
