"""No module of coordinator_app passes on a name it imports from another of its modules.

A name is imported from the module that defines it (a def, a class or an assignment at its top level),
never from a module that only imported it: a re-export hides where the name lives, and lets two
modules drift into one concept split by accident. Checked on every import in coordinator_app,
tests, benchmarks and tools, at module level or inside a function: `from m import name`, and
`m.name` where `m` is an imported module. Also ruled out in coordinator_app: `from m import *`,
and an `__all__` that lists a name defined elsewhere.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import ROOT

PACKAGE = ROOT / "coordinator_app"
SCANNED = [ROOT / name for name in ("coordinator_app", "tests", "benchmarks", "tools")]


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module name of `from ... import` in `module`."""
    if not node.level:
        return node.module or ""
    anchor = module.split(".") if is_package else module.split(".")[:-1]
    anchor = anchor[: len(anchor) - (node.level - 1)]
    return ".".join([*anchor, *([node.module] if node.module else [])])


def _bound_names(target: ast.AST) -> Iterator[str]:
    for node in ast.walk(target):
        if isinstance(node, ast.Name):
            yield node.id


@dataclass
class Bindings:
    """What a module's top level binds: names it defines, and names it takes from one of our modules."""

    defined: set[str]
    imported: dict[str, str]  # local name -> "module.name" it was imported as
    star: list[str]  # modules imported with `*`
    exported: list[str]  # the strings of __all__


def _top_level(statements: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Top-level statements, looking inside if/try/with blocks (TYPE_CHECKING, platform branches)."""
    for node in statements:
        yield node
        if isinstance(node, ast.If | ast.Try | ast.With):
            for block in ("body", "orelse", "finalbody", "handlers"):
                for child in getattr(node, block, []):
                    inner = child.body if isinstance(child, ast.ExceptHandler) else [child]
                    yield from _top_level(inner)


def _bindings(module: str) -> Bindings:
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = Bindings(set(), {}, [], [])
    for node in _top_level(tree.body):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.defined.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                names = set(_bound_names(target))
                found.defined |= names
                if "__all__" in names and isinstance(node.value, ast.List | ast.Tuple):
                    found.exported += [e.value for e in node.value.elts if isinstance(e, ast.Constant)]
        elif isinstance(node, ast.For):
            found.defined |= set(_bound_names(node.target))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("coordinator_app.") and alias.asname:
                    found.imported[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, path.name == "__init__.py", node)
            if not base.startswith("coordinator_app"):
                continue
            for alias in node.names:
                if alias.name == "*":
                    found.star.append(base)
                else:
                    found.imported[alias.asname or alias.name] = f"{base}.{alias.name}"
    return found


BINDINGS = {m: _bindings(m) for m in MODULES}


def definition_site(module: str, name: str) -> str | None:
    """Where `module.name` is defined, following imports; None when `module` defines it itself."""
    if f"{module}.{name}" in MODULES or name in BINDINGS[module].defined:
        return None
    seen = set()
    target = BINDINGS[module].imported.get(name)
    while target and target not in seen:
        seen.add(target)
        owner, attr = target.rsplit(".", 1)
        if target in MODULES or owner not in MODULES or attr in BINDINGS[owner].defined:
            return target
        target = BINDINGS[owner].imported.get(attr)
    return target


@dataclass(frozen=True)
class Use:
    where: str  # path:line
    module: str
    name: str


def _dotted(node: ast.expr) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return ".".join([node.id, *reversed(parts)])


def uses(path: Path) -> Iterator[Use]:
    """Every `from m import name` and `m.name` in a file whose `m` is one of our modules."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = _module_name(path) if path.is_relative_to(PACKAGE) else ""
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    aliases: dict[str, set[str]] = defaultdict(set)  # local name -> our modules it stands for
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES:  # `import a.b` binds `a`, `import a.b as c` binds `c`
                    local = alias.asname or alias.name.split(".")[0]
                    aliases[local].add(alias.name if alias.asname else local)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, path.name == "__init__.py", node) if module else node.module or ""
            if base not in MODULES:
                continue
            for alias in node.names:
                if f"{base}.{alias.name}" in MODULES:
                    aliases[alias.asname or alias.name].add(f"{base}.{alias.name}")
                elif alias.name != "*":
                    yield Use(f"{shown}:{node.lineno}", base, alias.name)
    for node in ast.walk(tree):  # every attribute chain, `m.name` and `m.name.more` alike
        dotted = _dotted(node) if isinstance(node, ast.Attribute) else None
        if dotted is None:
            continue
        head, *rest = dotted.split(".")
        for target in aliases.get(head, ()):
            chain = [*target.split("."), *rest]
            owner, name = ".".join(chain[:-1]), ".".join(chain)
            if owner in MODULES and name not in MODULES:
                yield Use(f"{shown}:{node.lineno}", owner, chain[-1])


def _scanned_files() -> list[Path]:
    return sorted(p for root in SCANNED if root.is_dir() for p in root.rglob("*.py") if "migrations" not in p.parts)


def reexport_uses(files: list[Path]) -> list[str]:
    wrong = set()
    for path in files:
        for use in uses(path):
            site = definition_site(use.module, use.name)
            if site is not None:
                wrong.add(f"{use.where}: {use.name} from {use.module}, defined in {site}")
    return sorted(wrong)


def test_every_name_is_imported_from_the_module_that_defines_it() -> None:
    wrong = reexport_uses(_scanned_files())
    assert wrong == [], "import these from where they are defined:\n" + "\n".join(wrong)


def star_and_foreign_all(bindings: dict[str, Bindings]) -> list[str]:
    wrong = [f"{m}: from {s} import *" for m, b in sorted(bindings.items()) for s in b.star]
    wrong += [
        f"{m}: __all__ lists {name}, defined in {definition_site(m, name)}"
        for m, b in sorted(bindings.items()) for name in b.exported if definition_site(m, name) is not None
    ]
    return wrong


def test_no_star_import_and_no_foreign_name_in_all() -> None:
    wrong = star_and_foreign_all(BINDINGS)
    assert wrong == [], "\n".join(wrong)


def test_the_check_sees_a_re_export_and_its_users(tmp_path: Path) -> None:
    """The checks can fail: finish imports IntakeState from state, so taking it from finish is reported."""
    finish, state = "coordinator_app.services.intake.finish", "coordinator_app.domain.intake.state"
    assert definition_site(finish, "IntakeState") == f"{state}.IntakeState"
    assert definition_site(state, "IntakeState") is None
    caller = tmp_path / "caller.py"
    caller.write_text(
        "from coordinator_app.services.intake.finish import IntakeState, finish\n"
        "from coordinator_app.services.intake import finish as f\n"
        "import coordinator_app.services.intake.finish\n"
        "f.IntakeState, f.finish, f.IntakeState.from_dict\n"
        "coordinator_app.services.intake.finish.IntakeState\n"
        "from coordinator_app.domain.intake.state import IntakeState\n",
        encoding="utf-8",
    )
    found = [line.split(":")[1].split(" ")[0] for line in reexport_uses([caller])]
    assert found == ["1", "4", "5"]
    made_up = Bindings(set(), {"IntakeState": f"{state}.IntakeState"}, [state], ["IntakeState"])
    assert star_and_foreign_all({finish: made_up}) == [
        f"{finish}: from {state} import *", f"{finish}: __all__ lists IntakeState, defined in {state}.IntakeState"]
