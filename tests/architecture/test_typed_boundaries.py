"""Services hand the UI typed values, not loose dictionaries.

For every name that a module of coordinator_app/ui takes from coordinator_app.services (`from
services.x import f`, or `from services import x` followed by `x.f`): if that name is a function, its
return annotation and its parameter annotations may not contain `Any`, nor a bare `dict`/`Mapping`
(without key and value types); if it is a class, or a class of the same module that such a function
returns, neither may its declared fields: `dict[str, Any]`, `Mapping[str, Any]` and `list[dict[str, Any]]` all
carry `Any`. Rows, forms and details cross the boundary as (frozen) dataclasses defined in the service
module that builds them. Annotations are read as text (every module uses `from __future__ import
annotations`), so no module is imported.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import ROOT

PACKAGE = ROOT / "coordinator_app"
UI = PACKAGE / "ui"
SERVICES = "coordinator_app.services"

LOOSE_MAPPINGS = {"dict", "Dict", "Mapping", "MutableMapping"}

# Names that still break the rule, each to be replaced by a dataclass. The list may only shrink: a name
# that no longer breaks the rule fails the test until it is taken off.
ALLOWED: set[str] = set()


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _module_path(module: str) -> Path | None:
    base = ROOT.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module name of `from ... import` in `module`."""
    if not node.level:
        return node.module or ""
    anchor = module.split(".") if is_package else module.split(".")[:-1]
    anchor = anchor[: len(anchor) - (node.level - 1)]
    return ".".join([*anchor, *([node.module] if node.module else [])])


def used_service_names(source: str, module: str, is_package: bool) -> Iterator[tuple[str, str]]:
    """(module, name) for every name a ui module takes from a service module, directly or as `module.name`."""
    tree = ast.parse(source)
    modules_bound: dict[str, str] = {}  # local alias -> service module
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            origin = _resolve(module, is_package, node)
            if not (origin == SERVICES or origin.startswith(SERVICES + ".")):
                continue
            for alias in node.names:
                submodule = f"{origin}.{alias.name}"
                if _module_path(submodule) is not None:
                    modules_bound[alias.asname or alias.name] = submodule
                else:
                    yield origin, alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(SERVICES + ".") and alias.asname:
                    modules_bound[alias.asname] = alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules_bound:
            yield modules_bound[node.value.id], node.attr


def _annotation_tree(annotation: ast.expr) -> ast.expr:
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return ast.parse(annotation.value, mode="eval").body
    return annotation


def loose_parts(annotation: ast.expr) -> list[str]:
    """What in one annotation is untyped: `Any` anywhere, or a dict/Mapping without its key and value types."""
    tree = _annotation_tree(annotation)
    subscripted = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Subscript)}
    found = []
    for node in ast.walk(tree):
        name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
        if name == "Any":
            found.append("Any")
        elif name in LOOSE_MAPPINGS and id(node) not in subscripted:
            found.append(f"bare {name}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node is not tree:
            found.extend(loose_parts(node))
    return found


def function_offences(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """`parameter: annotation` (or `return: ...`) for every loosely typed part of a signature."""
    arguments = function.args
    parameters = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    parameters += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
    offences = []
    for parameter in parameters:
        if parameter.annotation is not None and loose_parts(parameter.annotation):
            offences.append(f"{parameter.arg}: {ast.unparse(_annotation_tree(parameter.annotation))}")
    if function.returns is not None and loose_parts(function.returns):
        offences.append(f"return: {ast.unparse(_annotation_tree(function.returns))}")
    return offences


Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


def _top_level_definitions(source: str) -> dict[str, Definition]:
    tree = ast.parse(source)
    return {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}


def class_offences(cls: ast.ClassDef) -> list[str]:
    """`field: annotation` for every loosely typed field declared in a class body (a dataclass's fields)."""
    return [
        f"{node.target.id}: {ast.unparse(_annotation_tree(node.annotation))}"
        for node in cls.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and loose_parts(node.annotation)
    ]


def _names_in(annotation: ast.expr | None) -> set[str]:
    if annotation is None:
        return set()
    return {node.id for node in ast.walk(_annotation_tree(annotation)) if isinstance(node, ast.Name)}


def _offences(definitions: dict[str, Definition], name: str) -> list[str]:
    """A function's loose annotations, and those of the classes of its module that it returns; a class's fields."""
    definition = definitions.get(name)
    if isinstance(definition, ast.ClassDef):
        return class_offences(definition)
    if definition is None:
        return []
    offences = function_offences(definition)
    for returned in sorted(_names_in(definition.returns)):
        if returned != name and isinstance(definitions.get(returned), ast.ClassDef):
            offences += [f"{returned}.{o}" for o in _offences(definitions, returned)]
    return offences


@dataclass(frozen=True)
class Offender:
    name: str  # module.function
    offences: tuple[str, ...]
    used_by: tuple[str, ...]


def _service_source(module: str) -> str | None:
    path = _module_path(module)
    return path.read_text(encoding="utf-8") if path is not None else None


def offenders(
    ui_modules: dict[str, str], service_source: Callable[[str], str | None] = _service_source
) -> dict[str, Offender]:
    """The service functions and classes that `ui_modules` (module name -> source) use, loosely typed."""
    users: dict[tuple[str, str], set[str]] = {}
    for name, source in ui_modules.items():
        for used in used_service_names(source, name.removesuffix(".__init__"), name.endswith(".__init__")):
            users.setdefault(used, set()).add(name.removesuffix(".__init__"))
    found: dict[str, Offender] = {}
    definitions_of: dict[str, dict[str, Definition]] = {}
    for (module, name), used_by in sorted(users.items()):
        if module not in definitions_of:
            source = service_source(module)
            definitions_of[module] = _top_level_definitions(source) if source is not None else {}
        offences = _offences(definitions_of[module], name)
        if offences:
            found[f"{module}.{name}"] = Offender(f"{module}.{name}", tuple(offences), tuple(sorted(used_by)))
    return found


def _ui_modules() -> dict[str, str]:
    modules = {}
    for path in sorted(UI.rglob("*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        modules[name] = path.read_text(encoding="utf-8")
    return modules


def _report(found: dict[str, Offender]) -> str:
    return "\n".join(f"{o.name}({'; '.join(o.offences)}) used by {', '.join(o.used_by)}" for o in found.values())


def test_services_hand_the_ui_typed_values() -> None:
    found = offenders(_ui_modules())
    new = {name: o for name, o in found.items() if name not in ALLOWED}
    assert not new, "Functions the UI calls with untyped dictionaries or Any:\n" + _report(new)


def test_the_allowlist_only_names_current_offenders() -> None:
    found = offenders(_ui_modules())
    stale = sorted(ALLOWED - set(found))
    assert not stale, f"No longer offenders, take them off ALLOWED: {stale}"


def test_a_planted_offender_is_reported() -> None:
    """A ui module using service functions typed with `dict[str, Any]`, bare `dict` or `Any` is reported,
    whether imported by name or reached as `module.name`, relative import included; typed ones are not."""
    planted_service = (
        "from __future__ import annotations\n"
        "from typing import Any\n"
        "def loose(a: 'dict[str, Any]', b: int, *, c: Mapping[str, int], d: dict, **kw: Any)"
        " -> list[dict[str, Any]]: ...\n"
        "def returns_any(a: int) -> Any: ...\n"
        "def typed(a: 'dict[str, int]', b: list[Row] | None) -> tuple[Row, ...]: ...\n"
        "class Row: ...\n"
        "class Loose:\n    a: int\n    b: list[dict[str, Any]]\n"
        "def gives_loose() -> Loose | None: ...\n"
    )
    sources = {f"{SERVICES}.cases.detail": planted_service}
    ui = {
        "coordinator_app.ui.planted_a": (
            "from __future__ import annotations\n"
            "from coordinator_app.services.cases.detail import loose, typed, Row, Loose\n"
        ),
        "coordinator_app.ui.planted_b": (
            "from __future__ import annotations\n"
            "from ...services.cases import detail as d\n"
            "def f() -> None:\n    d.returns_any(1)\n    d.typed({}, None)\n    d.gives_loose()\n"
        ),
    }
    ui["coordinator_app.ui.cases.planted_b"] = ui.pop("coordinator_app.ui.planted_b")
    found = offenders(ui, sources.get)
    assert sorted(found) == [
        f"{SERVICES}.cases.detail.{name}" for name in ("Loose", "gives_loose", "loose", "returns_any")
    ]
    assert found[f"{SERVICES}.cases.detail.Loose"].offences == ("b: list[dict[str, Any]]",)
    assert found[f"{SERVICES}.cases.detail.gives_loose"].offences == ("Loose.b: list[dict[str, Any]]",)
    assert found[f"{SERVICES}.cases.detail.loose"].offences == (
        "a: dict[str, Any]",
        "d: dict",
        "kw: Any",
        "return: list[dict[str, Any]]",
    )
    assert found[f"{SERVICES}.cases.detail.loose"].used_by == ("coordinator_app.ui.planted_a",)
    assert found[f"{SERVICES}.cases.detail.returns_any"].used_by == ("coordinator_app.ui.cases.planted_b",)


if __name__ == "__main__":
    print(_report(offenders(_ui_modules())))
