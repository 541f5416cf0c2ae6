"""The repository explains itself: no tracked file points to a document that lives outside it."""

from __future__ import annotations

import re
import subprocess

from tests.helpers import ROOT

OUTSIDE = re.compile(r"(?<![/\w])(DESIGN|DOMAIN|FACTS|STYLE)\.md|\.\./shared/|shared/(DESIGN|DOMAIN|FACTS|STYLE)")


def test_no_file_refers_to_a_document_outside_the_repository() -> None:
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    offenders = []
    for name in files:
        path = ROOT / name
        if not path.is_file() or path.suffix in {".db", ".cbak", ".ttf", ".png", ".svg", ".qm"}:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        offenders += [f"{name}:{n}" for n, line in enumerate(text.splitlines(), 1) if OUTSIDE.search(line)]
    assert offenders == [], offenders


def test_the_documents_the_code_refers_to_exist() -> None:
    for name in ("ARCHITECTURE", "DOMAIN", "FORMATS", "SECURITY", "DPIA", "DISCLOSURE"):
        assert (ROOT / "docs" / f"{name}.md").is_file(), name
