"""Figures that need real widgets (offscreen): cold start, open to dashboard, case list, case open, memory.

Filled in as the screens land; each returns a Result or None when its screen is not there yet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from benchmarks.framework import Result


def steps(folder: Path) -> list[tuple[str, Callable[[], Result | list[Result] | None]]]:
    return []
