"""An import inside a function says why it is not at the top of the module.

Accepted reasons, one of them in a comment on the import (or on the line above it):
- "start-up time": the module is not loaded before the window is usable, or not by `coordinator-app --help`;
- "optional platform module": msvcrt, fcntl, ctypes.wintypes, QtDBus exist on some systems only;
- "self-test": each check of cli/selftest.py imports what it checks, so a module missing from the bundle
  fails that check instead of the whole self-test.
A late import that breaks an import cycle is not a reason: tests/architecture/test_import_graph.py counts
function-level imports, so there is no cycle to hide.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import ROOT

REASONS = ("start-up time", "optional platform module", "self-test")


def unexplained(source: str) -> list[int]:
    """Line numbers of function-level imports without a reason."""
    lines = source.splitlines()
    found = []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(function):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            span = lines[node.lineno - 1: node.end_lineno]
            comments = [line.split("#", 1)[1] for line in span if "#" in line]
            above = lines[node.lineno - 2].strip() if node.lineno >= 2 else ""
            if above.startswith("#"):
                comments.append(above)
            if not any(reason in comment for comment in comments for reason in REASONS):
                found.append(node.lineno)
    return sorted(set(found))


def _sources() -> list[Path]:
    return [p for p in sorted((ROOT / "coordinator_app").rglob("*.py")) if "migrations" not in p.parts]


def test_every_function_level_import_says_why() -> None:
    wrong = [
        f"{path.relative_to(ROOT)}:{n}: {path.read_text(encoding='utf-8').splitlines()[n - 1].strip()}"
        for path in _sources() for n in unexplained(path.read_text(encoding="utf-8"))
    ]
    assert len(_sources()) > 100
    assert wrong == [], "late imports without a reason (hoist them, or say why):\n" + "\n".join(wrong)


def test_the_check_sees_an_unexplained_late_import() -> None:
    source = (
        "def a():\n"
        "    import json\n"
        "    import fcntl  # optional platform module\n"
        "    # start-up time: loaded on first use\n"
        "    from scipy import optimize\n"
        "    from x import (  # self-test: a module missing from the bundle fails this check\n"
        "        y,\n"
        "    )\n"
        "    import re  # only here\n"
    )
    assert unexplained(source) == [2, 9]
