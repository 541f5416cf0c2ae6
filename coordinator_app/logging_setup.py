"""Logging without personal data: a rotating file in the per-user log folder.

Messages are written by our own code with codes and ids only. For exceptions only the type and
the stack frames (file, line, function) are logged, never the exception text or local values,
because those can hold names or other personal data.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from coordinator_app import paths

LOG_FILE = "coordinator.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created owner-only (0600), whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        stream = open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115 - the handler closes it
        if not isinstance(stream, io.TextIOWrapper):  # a binary mode: logging writes text
            stream.close()
            raise ValueError(f"log file mode must be a text mode, not {self.mode!r}")
        return stream


class ScrubbingFormatter(logging.Formatter):
    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None],
    ) -> str:
        exc_type, _exc, tb = ei
        return scrubbed_traceback(exc_type, tb)


def scrubbed_traceback(exc_type: type[BaseException] | None, tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    lines = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    name = exc_type.__name__ if exc_type else "Exception"
    return "Traceback (message withheld):\n" + "\n".join(lines) + f"\n{name}"


def setup(folder: Path | None = None, level: int = logging.INFO) -> Path:
    folder = folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)  # also when the folder existed
        for old in folder.glob(f"{LOG_FILE}*"):
            os.chmod(old, 0o600)
    path = folder / LOG_FILE
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("coordinator")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
    return path


def install_excepthook() -> None:
    """Log unexpected exceptions scrubbed (the GUI shows its own dialog without details)."""
    log = logging.getLogger("coordinator.crash")

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(exc_type, exc, tb))

    sys.excepthook = hook
