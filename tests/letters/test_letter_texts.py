"""Texts of the letters area: every Dutch translation is finished and keeps its placeholders and
accelerators; the message and case-content files have the same keys and placeholders in nl and en."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET

import pytest

from coordinator_app.paths import resource
from coordinator_app.ui.documents.letter_dialog import LetterDialog  # noqa: F401  (the module must import)

TS = resource("i18n", "documents_nl.ts")


def messages() -> list[tuple[str, str, str | None]]:
    root = ET.parse(TS).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            out.append((name, message.findtext("source"), None if translation.get("type") else translation.text))
    return out


def test_every_translation_is_finished_and_keeps_placeholders():
    found = messages()
    assert len(found) > 50
    for context, source, translation in found:
        assert translation, f"{context}: {source!r} has no Dutch translation"
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", translation)), source
        assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), source


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("source", ["messages_letters", "letters"])
def test_nl_and_en_match(source):
    """The catalogues messages_letters.po and letters.po (its case_content.… keys among them)."""
    from tests.po_files import po_texts

    data = po_texts(source)
    assert data and all(set(entry) == {"nl", "en"} for entry in data.values())
    if source == "letters":
        assert any(key.startswith("case_content.") for key in data)
    pairs = [(entry["nl"], entry["en"]) for entry in data.values()]
    for dutch, english in pairs:
        assert placeholders(dutch) == placeholders(english), dutch
