"""services/ has one package per area, each described in docs/ARCHITECTURE.md and re-exporting nothing."""

from __future__ import annotations

import ast
import re

from tests.helpers import ROOT

SERVICES = ROOT / "coordinator_app" / "services"
ARCHITECTURE = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")


def _packages() -> list[str]:
    return sorted(p.name for p in SERVICES.iterdir() if (p / "__init__.py").is_file())


def test_every_service_package_init_is_a_docstring_only() -> None:
    wrong = []
    for name in _packages():
        body = ast.parse((SERVICES / name / "__init__.py").read_text(encoding="utf-8")).body
        docstring_only = (
            len(body) == 1 and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str) and body[0].value.value.strip() != ""
        )
        if not docstring_only:
            wrong.append(name)
    assert _packages(), "no service packages found"
    assert wrong == [], f"these __init__.py do more than say what the package holds: {wrong}"


def _undocumented(doc: str) -> list[str]:
    named = set(re.findall(r"`([\w/]+\.py)`", doc)) | set(re.findall(r"`(services/[\w/]+/)`", doc))
    missing = [f"services/{name}/" for name in _packages() if f"services/{name}/" not in named]
    for path in sorted(SERVICES.rglob("*.py")):
        if path.name == "__init__.py":
            continue
        rel = path.relative_to(SERVICES.parent).as_posix()  # services/cases/listing.py
        if rel not in named and path.name not in named:
            missing.append(rel)
    return missing


def test_architecture_names_every_service_package_and_module() -> None:
    missing = _undocumented(ARCHITECTURE)
    assert missing == [], "docs/ARCHITECTURE.md does not say where these live:\n" + "\n".join(missing)


def test_the_check_sees_an_undocumented_module_and_package() -> None:
    assert _undocumented(ARCHITECTURE.replace("`counts.py`", "counts")) == ["services/quarterly/counts.py"]
    assert "services/search/" in _undocumented(ARCHITECTURE.replace("`services/search/`", "search"))
