"""Small helpers for tests: run the CLI in a subprocess, hash a folder, grep bytes for a canary."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, input_text: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """`coordinator-app ARGS` in a subprocess with the test environment (isolated XDG folders)."""
    return subprocess.run(
        [sys.executable, "-m", "coordinator_app", *args],
        input=input_text,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
        cwd=ROOT,
    )


def folder_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "vault.lock"
    }


def canary_hits(canary: str, *folders: Path) -> list[str]:
    """Files below `folders` whose bytes contain the canary in UTF-8 or UTF-16 (LE/BE)."""
    needles = [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be")]
    hits = []
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(n in data for n in needles):
                hits.append(str(path))
    return hits


def type_text(widget, text: str) -> None:
    """Type any text (also non-ASCII) into a widget, one key event per character (qtbot.keyClicks aborts on
    non-ASCII characters)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
