"""The Dutch translation of the intake screens is complete, with the same placeholders as the source."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from coordinator_app.paths import resource

PLACEHOLDER = re.compile(r"%\d+")


def test_every_intake_string_has_a_dutch_translation_with_the_same_placeholders() -> None:
    messages = list(ET.parse(resource("i18n") / "intake_nl.ts").getroot().iter("message"))
    assert len(messages) > 150
    for message in messages:
        source, translation = message.find("source").text, message.find("translation")
        assert translation.get("type") is None, source
        assert translation.text and translation.text.strip(), source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source


def test_every_literal_in_the_intake_ui_is_in_the_translation_file() -> None:
    sources = {m.find("source").text for m in ET.parse(resource("i18n") / "intake_nl.ts").getroot().iter("message")}
    folder = Path(__file__).resolve().parents[2] / "coordinator_app" / "ui" / "intake"
    found = 0
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "translate"
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)
                    and node.args[0].value == "Intake"):
                found += 1
                assert node.args[1].value in sources, (path.name, node.args[1].value)
    assert found > 150
