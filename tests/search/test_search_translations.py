"""Every text of the search screens (self.tr in each class) has a finished Dutch translation in one of
the resources/i18n/*_nl.ts files, under that class's context."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coordinator_app.paths import resource

ROOT = Path(__file__).resolve().parents[2] / "coordinator_app" / "ui"
FILES = (
    "intake/known_person.py", "cases/duplicates_dialog.py", "search/popup.py", "documents/case_picker.py",
    "cases/forms.py", "cases/import_dialog.py", "network/picker.py", "network/merge_dialog.py",
)


def _translated() -> set[tuple[str, str]]:
    found = set()
    for path in resource("i18n").glob("*_nl.ts"):
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]  # "%n" texts: one per plural
                if (all(f.strip() for f in forms) if forms else (translation.text or "").strip()):
                    found.add((context.findtext("name") or "", message.findtext("source") or ""))
    return found


@pytest.mark.parametrize("name", FILES)
def test_every_text_has_a_dutch_translation(name: str) -> None:
    translated = _translated()
    tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
    count = 0
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
            func = call.func
            if (isinstance(func, ast.Attribute) and func.attr == "tr" and call.args
                    and isinstance(call.args[0], ast.Constant)):
                count += 1
                assert (cls.name, call.args[0].value) in translated, (cls.name, call.args[0].value)
    assert count > 0
