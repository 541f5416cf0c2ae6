"""Every Qt Linguist file under resources/i18n: no unfinished or empty Dutch translation, and the
same placeholders (%1, %n, {name}) in translation and source."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coordinator_app.paths import resource

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
TS_FILES = sorted(resource("i18n").glob("*.ts"))


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text or ""))


def problems(path: Path) -> list[str]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            translation = msg.find("translation")
            where = f"{path.name} [{name}] {source[:60]!r}"
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                    continue
                found.append(f"{where}: unfinished")
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            for form in forms:
                if not form.strip():
                    found.append(f"{where}: empty")
                elif placeholders(form) != placeholders(source):
                    if msg.get("numerus") == "yes" and placeholders(form.replace("%n", "")) == placeholders(
                        source.replace("%n", "")
                    ):
                        continue  # a singular form may spell out "één" instead of %n
                    found.append(f"{where}: placeholders {placeholders(form)} != {placeholders(source)}")
    return found


def test_there_are_translation_files() -> None:
    names = {p.name for p in TS_FILES}
    assert {"shell_nl.ts", "dashboard_nl.ts", "settings_nl.ts"} <= names


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_translation_file_is_complete(path: Path) -> None:
    assert problems(path) == []


def test_checker_catches_mistakes(tmp_path: Path) -> None:
    bad = tmp_path / "bad_nl.ts"
    bad.write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nl_NL"><context>
        <name>X</name>
        <message><source>Step %1 of %2</source><translation>Stap %1</translation></message>
        <message><source>Hello {name}</source><translation>Hallo {naam}</translation></message>
        <message><source>Open</source><translation type="unfinished"></translation></message>
        <message><source>Close</source><translation></translation></message>
        </context></TS>""",
        encoding="utf-8",
    )
    assert len(problems(bad)) == 4


def _first_finished(path: Path) -> tuple[str, str, str]:
    """(context, source, Dutch text) of the first finished, non-plural message in a .ts file."""
    for context in ET.parse(path).getroot().iter("context"):
        for msg in context.iter("message"):
            translation = msg.find("translation")
            if msg.get("numerus") != "yes" and translation is not None and translation.get("type") is None:
                source, text = msg.findtext("source") or "", translation.text or ""
                if text and text != source:
                    return context.findtext("name") or "", source, text
    raise AssertionError(f"{path.name}: no finished translation that differs from its source")


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_translation_file_is_compiled_and_translates(path: Path) -> None:
    """The .qm the app loads exists, is not older than its .ts and really turns a source text into Dutch:
    without it every screen would silently fall back to English."""
    from PySide6.QtCore import QTranslator

    qm = path.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} missing: run `make translations`"
    assert qm.stat().st_mtime >= path.stat().st_mtime, f"{qm.name} is older than {path.name}"
    translator = QTranslator()
    assert translator.load(str(qm)), qm.name
    context, source, dutch = _first_finished(path)
    assert translator.translate(context, source) == dutch
