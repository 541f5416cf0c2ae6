"""Cycles are collected on the GUI thread only (ui/collector.py): a vault job that allocates far past the
collector's thresholds collects nothing on the worker thread, and the GUI thread's timer then frees a cycle
holding a QObject — on the GUI thread. The oracle is CPython's own record of each collection (gc.callbacks,
with the thread it ran on) and a weak reference to the QObject."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from coordinator_app.ui import collector, worker


class _Holder:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector can free it
        self.qt = QObject()


def test_application_switches_the_automatic_collector_off(qapp) -> None:
    installed = collector.install(qapp)
    assert not gc.isenabled()
    assert collector.install(qapp) is installed  # once per application
    assert installed.threshold[0] > 0


def test_worker_allocations_never_collect_on_the_worker_thread(qtbot, qapp) -> None:
    collector.install(qapp)
    gui_thread = threading.get_ident()
    runs: list[int] = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            runs.append(threading.get_ident())

    gc.collect()  # a known start: the cycle below is the youngest generation's
    holder = _Holder()
    watched = weakref.ref(holder.qt)
    del holder
    threshold = gc.get_threshold()[0]

    def allocate(control: worker.JobControl) -> list[list[int]]:
        return [[i] for i in range(threshold * 50)]  # live containers: each counts towards generation 0

    gc.callbacks.append(record)
    try:
        results: list[list[list[int]]] = []
        worker.run_db(allocate, results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=30_000)
        assert len(results[0]) == threshold * 50
        off_gui = [t for t in runs if t != gui_thread]
        assert off_gui == [], "the cyclic collector ran on a worker thread"
        # the GUI thread's timer collects once the counts are past the threshold, and frees the QObject there
        qtbot.waitUntil(lambda: watched() is None, timeout=10_000)
        assert runs and all(t == gui_thread for t in runs)
    finally:
        gc.callbacks.remove(record)


def test_without_the_guard_the_worker_would_collect(qtbot) -> None:
    """The check above can fail: with the automatic collector on, the same job collects on the worker thread."""
    runs: list[int] = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            runs.append(threading.get_ident())

    threshold = gc.get_threshold()[0]

    def allocate(control: worker.JobControl) -> int:
        keep = [[i] for i in range(threshold * 50)]
        return len(keep)

    gui_thread = threading.get_ident()
    gc.callbacks.append(record)
    gc.enable()
    try:
        results: list[int] = []
        worker.run_db(allocate, results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    finally:
        gc.disable()
        gc.callbacks.remove(record)
    assert any(t != gui_thread for t in runs)
