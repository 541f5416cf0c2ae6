"""One vocabulary in the stored texts too (issue 18): the message catalogues and the other Dutch/English texts
under resources/ (the journal lines a service writes, error messages, code lists, route steps) never use a
phrase the glossary rules out — e.g. a quick signal's journal line says "Snel signaal", not "Snelle melding"."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from coordinator_app.paths import resource, resources_dir
from tests.po_files import entries, po_files, po_texts

GLOSSARY = tomllib.loads(resource("glossary.toml").read_text(encoding="utf-8"))["term"]
CATALOGUES = sorted(p for p in resources_dir().rglob("*.toml") if p.name != "glossary.toml")
PO_CATALOGUES = po_files()  # the gettext catalogues, resources/locale/<lang>/LC_MESSAGES/*.po


def texts(node: Any, lang: str | None = None) -> Iterator[tuple[str, str]]:
    """(language, text) of every string stored under an `nl`/`en` key (or `…_nl`/`…_en`), at any depth."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = key[-2:] if key in ("nl", "en") or key.endswith(("_nl", "_en")) else lang
            yield from texts(value, here)
    elif isinstance(node, list):
        for value in node:
            yield from texts(value, lang)
    elif isinstance(node, str) and lang is not None:
        yield lang, node


def ruled_out(text: str, lang: str) -> list[str]:
    """The glossary's ruled-out phrases in `text`, as whole words ('Casusoverleg' is not 'casus')."""
    return [f"'{phrase}' (say '{term[lang]}')" for term in GLOSSARY for phrase in term.get(f"not_{lang}", [])
            if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE)]


def test_the_check_finds_what_it_should() -> None:
    assert ruled_out("Snelle melding. Melder: Wijkagent", "nl") == ["'snelle melding' (say 'signaal')"]
    assert ruled_out("Snel signaal. Melder: Wijkagent", "nl") == []
    assert ruled_out("Quick report from the police", "en") == ["'quick report' (say 'signal')"]
    assert ruled_out("Casusoverleg", "nl") == [] and ruled_out("het casus-overleg", "nl") != []
    found = dict(texts({"a": {"nl": "x", "en": "y"}, "b": [{"label_nl": "z"}], "c": "not a text"}))
    assert found == {"nl": "z", "en": "y"}


def test_the_catalogues_are_read() -> None:
    assert "codes.toml" in {p.name for p in CATALOGUES}
    assert {"nl/LC_MESSAGES/messages.po", "en/LC_MESSAGES/messages_intake.po", "nl/LC_MESSAGES/messages_search.po"} <= {
        "/".join(p.parts[-3:]) for p in PO_CATALOGUES}
    assert "Snel signaal" in po_texts("messages_intake")["intake_quick_reporter"]["nl"]


def test_no_ruled_out_phrase_in_the_stored_texts() -> None:
    problems = []
    for path in CATALOGUES:
        for lang, text in texts(tomllib.loads(path.read_text(encoding="utf-8"))):
            problems += [f"{Path(path).name} ({lang}): {p} in {text[:80]!r}" for p in ruled_out(text, lang)]
    for path in PO_CATALOGUES:
        lang = path.parts[-3]
        for key, text in entries(path).items():
            problems += [f"{lang}/{path.name} {key}: {p} in {text[:80]!r}" for p in ruled_out(text, lang)]
    assert problems == [], "\n".join(problems)
