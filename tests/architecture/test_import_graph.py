"""The import graph keeps the architecture of docs/ARCHITECTURE.md: no upward import, no cycle.

Every import counts, at module level or inside a function: a late import hides a dependency from the
reader, not from this test. So does an import of the module's own package (`from coordinator_app.cli
import x` inside cli/selftest.py runs cli/__init__.py, which may import selftest back).
Layers, top to bottom: cli (a front end, may use everything), ui, services, reports, db, domain,
base (the top-level modules such as errors, codes, paths, atomic).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from tests.helpers import ROOT

PACKAGE = ROOT / "coordinator_app"
ALLOWED = {
    "cli": {"cli", "ui", "services", "reports", "db", "domain", "base"},
    "ui": {"ui", "services", "reports", "db", "domain", "base"},
    "services": {"services", "reports", "db", "domain", "base"},
    "reports": {"reports", "domain", "base"},
    "db": {"db", "domain", "base"},
    "domain": {"domain", "base"},
    "base": {"base"},
}
QT_FREE = {"services", "reports", "db", "domain", "base"}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "base"
    if parts[1] in {"cli", "__main__"}:
        return "cli"
    return parts[1] if parts[1] in ALLOWED else "base"


def _imports(module: str, source: str | None = None) -> tuple[set[str], set[str]]:
    """(coordinator_app modules imported, top-level third-party names imported)."""
    path = MODULES[module]
    is_package = path.name == "__init__.py"
    ours: set[str] = set()
    others: set[str] = set()
    text = path.read_text(encoding="utf-8") if source is None else source
    for node in ast.walk(ast.parse(text)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".") if is_package else module.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        for name in names:
            if not name.startswith("coordinator_app"):
                others.add(name.split(".")[0])
                continue
            while name not in MODULES and "." in name:
                name = name.rsplit(".", 1)[0]
            if name in MODULES and name != module:
                ours.add(name)
    return ours, others


GRAPH = {m: _imports(m) for m in MODULES}


def test_no_module_imports_a_layer_above_its_own() -> None:
    wrong = [
        f"{m} ({layer(m)}) imports {t} ({layer(t)})"
        for m, (ours, _others) in sorted(GRAPH.items())
        for t in sorted(ours)
        if layer(t) not in ALLOWED[layer(m)] and t != "coordinator_app"
    ]
    assert wrong == [], "\n".join(wrong)


def test_qt_stays_in_the_user_interface() -> None:
    qt = {"PySide6", "shiboken6"}
    wrong = [m for m, (_ours, others) in sorted(GRAPH.items()) if layer(m) in QT_FREE and others & qt]
    assert wrong == []


def test_reports_and_domain_never_touch_the_database() -> None:
    wrong = [
        m for m, (_ours, others) in sorted(GRAPH.items())
        if layer(m) in {"reports", "domain"} and others & {"sqlalchemy", "sqlcipher3", "alembic"}
    ]
    assert wrong == []


def _cycles() -> list[list[str]]:
    edges = defaultdict(set, {m: ours for m, (ours, _o) in GRAPH.items()})
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(MODULES):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycle() -> None:
    assert _cycles() == []


def test_the_checker_sees_a_cycle_and_an_upward_import() -> None:
    """The checks can fail: a made-up cycle, an upward import and a cycle through a parent package are caught."""
    global GRAPH
    saved = GRAPH
    try:
        GRAPH = {**saved, "coordinator_app.db.vault": ({"coordinator_app.services.cases.store"}, set()),
                 "coordinator_app.services.cases.store": ({"coordinator_app.db.vault"}, set())}
        assert any("coordinator_app.db.vault" in c for c in _cycles())
        try:
            test_no_module_imports_a_layer_above_its_own()
        except AssertionError as exc:
            assert "coordinator_app.db.vault (db) imports coordinator_app.services.cases.store" in str(exc)
        else:
            raise AssertionError("the upward import was not reported")
        selftest = "coordinator_app.cli.selftest"
        parent = _imports(selftest, "def check():\n    from coordinator_app.cli import command_modules\n")[0]
        assert parent == {"coordinator_app.cli"}
        GRAPH = {**saved, selftest: (parent, set())}
        assert ["coordinator_app.cli", selftest] in _cycles()
    finally:
        GRAPH = saved
