"""Running work off the GUI thread.

`DbWorker` serialises vault access on one thread (SQLCipher connections are not shared across
threads), the way Anki's task manager does; `run_job` runs other long work (key derivation,
PDF builds) in the global pool. Results and errors come back to the GUI thread as Qt signals,
in one place (`_Relay`). Jobs may report progress and check a cancel flag.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from coordinator_app.ui.error_dialog import show_error

log = logging.getLogger("coordinator.worker")


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class JobControl:
    """Given to a job function: report progress, check for cancellation."""

    def __init__(self, job: int) -> None:
        self._job = job
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        _relay().progress.emit(self._job, int(done), int(total))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Relay(QObject):
    """One for the process, created on and living on the GUI thread: signals emitted from a worker are
    delivered there (queued), tagged with the job's number. No Qt object is created or freed per job, so
    nothing of Qt's is ever deleted on a worker thread (see ui/collector.py for the other half)."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)


@dataclass(slots=True)
class _Job:
    fn: Callable[[JobControl], Any]
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int], None] | None


class _Runnable(QRunnable):
    def __init__(self, job: int, fn: Callable[[JobControl], Any], control: JobControl) -> None:
        super().__init__()
        self.job, self.fn, self.control = job, fn, control
        self.setAutoDelete(True)

    def run(self) -> None:
        # The job function (and whatever it holds: a page, a dialog) is let go here before the result is sent,
        # so its last reference is the GUI thread's (`_live`), dropped there when the result is handled.
        fn, self.fn = self.fn, None
        relay = _relay()
        try:
            result = fn(self.control)
        except BaseException as exc:  # delivered to the failure callback on the GUI thread
            del fn
            relay.failed.emit(self.job, exc)
        else:
            del fn
            relay.finished.emit(self.job, result)


_db_pool: QThreadPool | None = None
_the_relay: _Relay | None = None
_live: dict[int, _Job] = {}
_numbers = itertools.count(1)


def db_pool() -> QThreadPool:
    global _db_pool
    if _db_pool is None:
        _db_pool = QThreadPool()
        _db_pool.setMaxThreadCount(1)
        _db_pool.setExpiryTimeout(-1)
    return _db_pool


def _relay() -> _Relay:
    if _the_relay is None:
        raise RuntimeError("no job was started from the GUI thread")
    return _the_relay


def _make_relay() -> _Relay:
    global _the_relay
    if _the_relay is None:
        relay = _Relay()
        relay.finished.connect(_finished)
        relay.failed.connect(_failed)
        relay.progress.connect(_progress)
        _the_relay = relay
    return _the_relay


def _receiver_gone(callback: Callable[..., Any] | None) -> bool:
    """True when the callback belongs to a Qt object deleted while the job ran (a dialog closed meanwhile):
    a bound method of it, or a function that captured it as `self`. Calling it would raise in its handler,
    so a result is dropped and a failure is shown without a parent (`_failed`)."""
    if callback is None:
        return False
    owner = getattr(callback, "__self__", None)
    code = getattr(callback, "__code__", None)
    if owner is None and code is not None and "self" in code.co_freevars:
        cell = callback.__closure__[code.co_freevars.index("self")]  # type: ignore[attr-defined]
        try:
            owner = cell.cell_contents
        except ValueError:  # the cell was never filled
            owner = None
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


def _finished(job: int, result: Any) -> None:
    entry = _live.pop(job, None)
    if entry is None or entry.on_success is None:
        return
    if _receiver_gone(entry.on_success):
        log.info("a job finished for a window that was closed meanwhile; its result is not shown")
        return
    entry.on_success(result)


def _failed(job: int, exc: BaseException) -> None:
    entry = _live.pop(job, None)
    if entry is None or entry.on_failure is None:
        if not isinstance(exc, Cancelled):
            log.error("background job failed", exc_info=(type(exc), exc, exc.__traceback__))
    elif not _receiver_gone(entry.on_failure):
        entry.on_failure(exc)
    elif not isinstance(exc, Cancelled):  # the window that asked was closed: the failure is still said
        show_error(None, exc)


def _progress(job: int, done: int, total: int) -> None:
    entry = _live.get(job)
    if entry is not None and entry.on_progress and not _receiver_gone(entry.on_progress):
        entry.on_progress(done, total)


def _start(
    pool: QThreadPool,
    fn: Callable[[JobControl], Any],
    on_success: Callable[[Any], None] | None,
    on_failure: Callable[[BaseException], None] | None,
    on_progress: Callable[[int, int], None] | None,
) -> JobControl:
    _make_relay()
    job = next(_numbers)
    _live[job] = _Job(fn, on_success, on_failure, on_progress)
    control = JobControl(job)
    pool.start(_Runnable(job, fn, control))
    return control


def run_db(fn, on_success=None, on_failure=None, on_progress=None) -> JobControl:
    """Run `fn(control)` on the single vault worker thread."""
    return _start(db_pool(), fn, on_success, on_failure, on_progress)


def run_job(fn, on_success=None, on_failure=None, on_progress=None) -> JobControl:
    """Run `fn(control)` on the global thread pool (work that does not touch the vault)."""
    return _start(QThreadPool.globalInstance(), fn, on_success, on_failure, on_progress)


def wait_idle(timeout_ms: int = 30_000) -> bool:
    """Wait for all jobs (for shutdown and tests)."""
    ok = db_pool().waitForDone(timeout_ms)
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and ok
