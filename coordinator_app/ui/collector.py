"""Python's cyclic garbage collector runs on the GUI thread only.

CPython runs the cyclic collector in whichever thread happens to allocate when a generation's count
crosses its threshold. In this application that is often the vault worker (`ui/worker.py`), busy
building SQLAlchemy statements. If the garbage it finds holds a Qt object that lives on the GUI
thread — a dialog closed a moment ago, a signal relay in a cycle with its callbacks — Qt deletes that
object from the worker thread while the GUI thread may be using it, and the process dies. CI saw it
once: a segmentation fault in "Garbage-collecting" on the worker thread, in the middle of the suite.

So, as calibre does for its Qt GUI: while the GUI runs, the automatic collector is off and a timer on
the GUI thread collects, generation by generation, as soon as the counts cross the same thresholds
CPython would use. Reference counting (which frees almost everything) is unchanged; only the
collection of cycles moves to the GUI thread. `tests/ui/test_collector.py` shows a worker job that
allocates far past the thresholds collects nothing on its own thread, and that the GUI thread's timer
then frees a cycle holding a QObject.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owned by the application object; lives (and collects) on the GUI thread."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the generations whose counts crossed their thresholds; the number of objects freed."""
        count0, count1, count2 = gc.get_count()
        first, second, third = self.threshold
        if count0 <= first:
            return 0
        generation = 0
        if count1 > second:
            generation = 1
            if count2 > third:
                generation = 2
        return gc.collect(generation)


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Switch the automatic collector off and collect on `app`'s (the GUI) thread; once per application."""
    existing = app.findChild(GuiThreadCollector, "guiThreadCollector")
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
