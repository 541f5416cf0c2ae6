"""No failure of a background job turns into silence (issue 19): every failure handler given to run_db/run_job
in coordinator_app/ui does something. A handler that does nothing — `lambda exc: None`, or a function whose
body is only `pass`, `return`, `return None` or `...` (a docstring aside) — is an offender: the coordinator
would see an empty result that looks like "nothing found". (Passing no handler at all is not silent: the worker
then logs the failure.)"""

from __future__ import annotations

import ast

from tests.helpers import ROOT

RUNNERS = {"run_db", "run_job"}
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def _does_nothing(statement: ast.stmt) -> bool:
    if isinstance(statement, ast.Pass):
        return True
    if isinstance(statement, ast.Return):
        return statement.value is None or (isinstance(statement.value, ast.Constant) and statement.value.value is None)
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)  # a docstring, `...`


def _empty(function: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> bool:
    if isinstance(function, ast.Lambda):
        return isinstance(function.body, ast.Constant)  # lambda exc: None (or any constant)
    return all(_does_nothing(statement) for statement in function.body)


def _handler(call: ast.Call) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "on_failure":
            return keyword.value
    return call.args[2] if len(call.args) > 2 else None


def _runner_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _definition(name: str, scope: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Functions called `name` defined directly in `scope` (a function's or class's or module's own body)."""
    body = getattr(scope, "body", [])
    return [node for node in body if isinstance(node, FUNCTIONS) and node.name == name]


def silent_handlers(source: str) -> list[int]:
    """Line numbers of run_db/run_job calls whose failure handler does nothing."""
    tree = ast.parse(source)
    parents = _parents(tree)
    found = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or _runner_name(call) not in RUNNERS:
            continue
        handler = _handler(call)
        if handler is None:
            continue
        targets: list[ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda] = []
        if isinstance(handler, ast.Lambda):
            targets = [handler]
        elif isinstance(handler, ast.Name):  # a nested function, or one of the module
            scope: ast.AST | None = parents.get(call)
            while scope is not None and not targets:
                if isinstance(scope, (*FUNCTIONS, ast.Module)):
                    targets = list(_definition(handler.id, scope))
                scope = parents.get(scope)
        elif isinstance(handler, ast.Attribute) and isinstance(handler.value, ast.Name) and \
                handler.value.id in ("self", "cls"):  # a method of the class the call is in
            scope = parents.get(call)
            while scope is not None and not isinstance(scope, ast.ClassDef):
                scope = parents.get(scope)
            if scope is not None:
                targets = list(_definition(handler.attr, scope))
        if any(_empty(target) for target in targets):
            found.append(call.lineno)
    return sorted(set(found))


def test_no_failure_handler_in_the_ui_does_nothing() -> None:
    offenders = []
    for path in sorted((ROOT / "coordinator_app" / "ui").rglob("*.py")):
        for line in silent_handlers(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(ROOT)}:{line}")
    assert offenders == [], f"failure handlers that swallow the failure: {offenders}"


def test_the_check_sees_every_kind_of_silent_handler() -> None:
    planted = '''
from coordinator_app.ui.worker import run_db, run_job
from coordinator_app.ui import worker


def quiet(exc):
    """Nothing to say."""
    return None


class Page:
    def _failed(self, exc):
        pass

    def _said(self, exc):
        show_error(self, exc)

    def load(self):
        run_db(work, done, lambda exc: None)                      # 19
        run_db(work, done, lambda _exc: None, progress)           # 20
        run_db(work, on_failure=lambda exc: None)                 # 21
        run_db(work, done, self._failed)                          # 22
        run_job(work, done, quiet)                                # 23
        worker.run_db(work, done, lambda exc: None)               # 24

        def nested(exc):
            return

        run_db(work, done, nested)                                # 29

        def ellipsis(exc):
            ...

        run_db(work, done, ellipsis)                              # 34
        run_db(work, done, self._said)
        run_db(work, done, lambda exc: show_error(self, exc))
        run_db(work, done)
        run_db(work, None, lambda exc: log.warning("x %s", type(exc).__name__))
'''
    assert silent_handlers(planted) == [19, 20, 21, 22, 23, 24, 29, 34]


def test_the_check_reads_every_ui_module() -> None:
    modules = list((ROOT / "coordinator_app" / "ui").rglob("*.py"))
    calls = sum(source.count("run_db(") for source in (p.read_text(encoding="utf-8") for p in modules))
    assert len(modules) > 50 and calls > 40  # the walk saw the package and its jobs
