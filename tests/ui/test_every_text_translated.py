"""Dutch by default: every text the user interface passes through tr() or translate() — as Qt's own extractor
(pyside6-lupdate) finds them in every module of the package — has a finished Dutch translation in
resources/i18n/*_nl.ts under its context. (A text translated through a module-level helper has no context that
lupdate can see; it must be translated under some context.)"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from coordinator_app.paths import resource

ROOT = Path(__file__).resolve().parents[2]


def _messages(path: Path, finished_only: bool) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if finished_only and (translation is None or translation.get("type")):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def _lupdate() -> Path:
    return Path(sys.executable).with_name("pyside6-lupdate")


def test_lupdate_finds_every_text_translated(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "coordinator_app").rglob("*.py"))
    extracted = tmp_path / "extracted_nl.ts"
    subprocess.run([str(_lupdate()), *sources, "-ts", str(extracted), "-silent"], check=True, cwd=ROOT,
                   capture_output=True)
    needed = _messages(extracted, finished_only=False)
    assert len(needed) > 1000  # the extractor saw the package
    translated: set[tuple[str, str]] = set()
    for path in resource("i18n").glob("*_nl.ts"):
        translated |= _messages(path, finished_only=True)
    any_context = {source for _context, source in translated}
    missing = sorted((context, source) for context, source in needed
                     if (context, source) not in translated and not (context == "" and source in any_context))
    assert missing == [], f"{len(missing)} texts without a Dutch translation (context, source): {missing[:20]}"


def test_the_check_sees_a_new_text(tmp_path: Path) -> None:
    module = tmp_path / "fresh.py"
    module.write_text("from PySide6.QtWidgets import QWidget\n\n\nclass Fresh(QWidget):\n"
                      "    def __init__(self):\n        super().__init__()\n"
                      "        self.setWindowTitle(self.tr('A text nobody translated'))\n", encoding="utf-8")
    extracted = tmp_path / "fresh_nl.ts"
    subprocess.run([str(_lupdate()), str(module), "-ts", str(extracted), "-silent"], check=True, capture_output=True)
    assert ("Fresh", "A text nobody translated") in _messages(extracted, finished_only=False)
