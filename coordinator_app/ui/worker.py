"""Running work off the GUI thread.

`DbWorker` serialises vault access on one thread (SQLCipher connections are not shared across
threads), the way Anki's task manager does; `run_job` runs other long work (key derivation,
PDF builds) in the global pool. Results and errors come back to the GUI thread as Qt signals,
in one place (`_Relay`). Jobs may report progress and check a cancel flag.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("coordinator.worker")


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class JobControl:
    """Given to a job function: report progress, check for cancellation."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._relay.progress.emit(int(done), int(total))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker are delivered there (queued)."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[JobControl], Any], relay: _Relay, control: JobControl) -> None:
        super().__init__()
        self.fn, self.relay, self.control = fn, relay, control
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.control)
        except BaseException as exc:  # delivered to the failure callback on the GUI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


_db_pool: QThreadPool | None = None
_live: set[_Relay] = set()


def db_pool() -> QThreadPool:
    global _db_pool
    if _db_pool is None:
        _db_pool = QThreadPool()
        _db_pool.setMaxThreadCount(1)
        _db_pool.setExpiryTimeout(-1)
    return _db_pool


def _start(
    pool: QThreadPool,
    fn: Callable[[JobControl], Any],
    on_success: Callable[[Any], None] | None,
    on_failure: Callable[[BaseException], None] | None,
    on_progress: Callable[[int, int], None] | None,
) -> JobControl:
    relay = _Relay()
    _live.add(relay)
    control = JobControl(relay)

    def done(result: Any) -> None:
        _live.discard(relay)
        if on_success:
            on_success(result)

    def failed(exc: BaseException) -> None:
        _live.discard(relay)
        if on_failure:
            on_failure(exc)
        elif not isinstance(exc, Cancelled):
            log.error("background job failed", exc_info=(type(exc), exc, exc.__traceback__))

    relay.finished.connect(done)
    relay.failed.connect(failed)
    if on_progress:
        relay.progress.connect(on_progress)
    pool.start(_Runnable(fn, relay, control))
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
