"""The reference-count workaround of coordinator_app/ui/__init__.py, measured: with the PySide6 this project
pins, on CPython 3.11, a Qt method returning nothing drops a reference to None and every Python
`Signal.emit()` drops one to True or False. Each check runs in a child process, because without the
workaround the child dies ("deallocating True or False")."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

needs_311 = pytest.mark.skipif(sys.version_info >= (3, 12), reason="CPython 3.12+ makes None, True and False immortal")

EMITS = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if sys.argv[1] == "app":
        import coordinator_app.ui  # the workaround
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])

    class Emitter(QObject):
        changed = Signal(int)

    emitter = Emitter()
    emitter.changed.connect(lambda value: None)
    label = QLabel()
    if sys.argv[2] == "measure":
        import ctypes
        for singleton in (None, True, False):  # room to count down without dying
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
        true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
        for i in range(100):
            emitter.changed.emit(i)
            label.update()
        print(sys.getrefcount(True) - true_before, sys.getrefcount(None) - none_before)
    else:  # a long session: many times more emits and calls than True and None have references
        rounds = 200_000  # True has a few thousand references in a whole app, None tens of thousands
        for i in range(rounds):
            emitter.changed.emit(i)
            label.update()
        print("survived", rounds)
""")


def _child(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", EMITS, *args], capture_output=True, text=True, timeout=300)


@needs_311
def test_the_pinned_pyside_still_drops_references() -> None:
    """If this fails, the pinned PySide6 no longer has the bug: remove the workaround (and this test)."""
    done = _child("bare", "measure")
    assert done.returncode == 0, done.stderr[-2000:]
    true_delta, none_delta = (int(x) for x in done.stdout.split())
    assert true_delta == -100 and none_delta == -100


@needs_311
def test_a_long_session_survives_with_the_workaround() -> None:
    done = _child("app", "long")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("survived")


@needs_311
def test_without_the_workaround_a_long_session_dies() -> None:
    done = _child("bare", "long")
    assert done.returncode != 0
    assert "deallocating" in done.stderr
