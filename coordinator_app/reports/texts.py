"""The texts of the letter engine, from the gettext catalogue `letters` and validated.

Every word a PDF prints that is not user data lives in resources/locale/<lang>/LC_MESSAGES/letters.po,
in Dutch (`nl`) and English (`en`), under dotted keys `<part>.<key>` (`common.footer`, `handover.intro.1`,
`common.months.12`; read back as tables and lists by `catalogues.tables`). Structure that is not text, the
order of a letter's sections and the parts a template leaves out, is resources/letters/structure.toml.
A missing key, a wrong type or an unknown `{placeholder}` raises `ResourceError` naming the file and the
key; `validate_all()` checks everything at start-up.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from coordinator_app import catalogues
from coordinator_app.resources_loader import ResourceError, load_toml, require

LANGUAGES = ("nl", "en")
CATALOGUE = "letters.po"  # how a ResourceError names the catalogue
STRUCTURE = "structure.toml"  # resources/letters/structure.toml: the section order, the parts a template leaves out
# The parts of a template that structure.toml may leave out (printed as nothing).
OPTIONAL_PARTS = frozenset({"salutation", "greeting", "closing"})
LIST_PARTS = frozenset({"intro", "closing", "signature"})
TEMPLATES = ("handover", "referral", "case_summary")

# Placeholders the template texts may use (filled in by letters.py).
LETTER_PLACEHOLDERS = frozenset(
    {"municipality", "organisation", "coordinator_name", "coordinator_function", "phone", "email"}
)

_COMMON_KEYS: dict[str, frozenset[str]] = {
    "footer": frozenset(),
    "page_of": frozenset({"page", "pages"}),
    "date": frozenset({"day", "month", "year"}),
    "date_line": frozenset({"place", "date"}),
    "return_address": frozenset(),
    "attention": frozenset({"contact"}),
    "phone": frozenset(),
    "email": frozenset(),
    "reference": frozenset(),
    "subject": frozenset(),
}
_PERSON_KEYS: dict[str, frozenset[str]] = {
    "name": frozenset(),
    "alias": frozenset(),
    "date_of_birth": frozenset(),
    "estimated_age": frozenset(),
    "age": frozenset({"age"}),
    "gender": frozenset(),
    "nationality": frozenset(),
    "languages": frozenset(),
}
_RECOVERY_KEYS = (
    "title",
    "subtitle",
    "vault",
    "created",
    "intro",
    "instructions_heading",
    "warning",
    "footer",
)


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang


def _placeholders(text: str, file: Path | str, key: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise ResourceError(file, key, f"ongeldige accolades in tekst ({exc})") from exc


def _checked(value: Any, file: Path | str, key: str, allowed: frozenset[str]) -> str:
    if not isinstance(value, str):
        raise ResourceError(file, key, f"verwacht str, gevonden {type(value).__name__}")
    unknown = _placeholders(value, file, key) - allowed
    if unknown:
        raise ResourceError(file, key, "onbekende plaatshouder {" + ", ".join(sorted(unknown)) + "}")
    return value


def _text(table: dict[str, Any], key: str, file: Path | str, prefix: str, allowed: frozenset[str]) -> str:
    return _checked(require(table, key, str, file, prefix), file, f"{prefix}.{key}", allowed)


def _text_list(
    table: dict[str, Any], key: str, file: Path | str, prefix: str, allowed: frozenset[str]
) -> tuple[str, ...]:
    values = require(table, key, list, file, prefix)
    return tuple(_checked(item, file, f"{prefix}.{key}[{i}]", allowed) for i, item in enumerate(values))


# --------------------------------------------------------------------------- common texts


@dataclass(frozen=True)
class CommonTexts:
    """The shared texts of one language (letterhead, footer, dates, headings, person labels)."""

    lang: str
    strings: dict[str, str]
    months: tuple[str, ...]
    section_headings: dict[str, str]
    person_labels: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.strings[key]

    def format_date(self, day: date) -> str:
        """E.g. "5 maart 2026"."""
        return self.strings["date"].format(day=day.day, month=self.months[day.month - 1], year=day.year)

    def date_line(self, place: str, day: date) -> str:
        """E.g. "Zwolle, 5 maart 2026" (just the date when `place` is empty)."""
        formatted = self.format_date(day)
        return self.strings["date_line"].format(place=place, date=formatted) if place.strip() else formatted


@dataclass(frozen=True)
class SectionInfo:
    """One optional section of a letter: its code and its label per language."""

    code: str
    labels: dict[str, str] = field(hash=False)

    def label(self, lang: str = "nl") -> str:
        return self.labels[check_lang(lang)]


def letter_data(part: str) -> dict[str, Any]:
    """{"nl": table, "en": table} of one part of the letters catalogue (`common`, `handover`, `case_export` …)."""
    return catalogues.tables("letters", part)


def parse_common(data: dict[str, Any], file: Path | str, texts_file: Path | str | None = None
                 ) -> tuple[tuple[str, ...], dict[str, CommonTexts]]:
    """`section_order` (structure, from `file`) and the `nl`/`en` tables of texts (from `texts_file`)."""
    order = require(data, "section_order", list, file)
    if not order or not all(isinstance(code, str) and code for code in order) or len(set(order)) != len(order):
        raise ResourceError(file, "section_order", "moet een lijst van unieke, niet-lege codes zijn")
    file = texts_file if texts_file is not None else file
    texts: dict[str, CommonTexts] = {}
    for lang in LANGUAGES:
        table = require(data, lang, dict, file)
        strings = {key: _text(table, key, file, lang, allowed) for key, allowed in _COMMON_KEYS.items()}
        months = _text_list(table, "months", file, lang, frozenset())
        if len(months) != 12:
            raise ResourceError(file, f"{lang}.months", f"verwacht 12 maanden, gevonden {len(months)}")
        sections = require(table, "sections", dict, file, lang)
        headings = {code: _text(sections, code, file, f"{lang}.sections", frozenset()) for code in order}
        person = require(table, "person", dict, file, lang)
        labels = {key: _text(person, key, file, f"{lang}.person", allowed) for key, allowed in _PERSON_KEYS.items()}
        texts[lang] = CommonTexts(lang, strings, months, headings, labels)
    return tuple(order), texts


@cache
def _structure() -> dict[str, Any]:
    return load_toml("letters", "structure.toml")


def _leaves_out(template: str) -> tuple[str, ...]:
    table = require(_structure(), "leaves_out", dict, STRUCTURE)
    parts = table.get(template, [])
    if not isinstance(parts, list) or not set(parts) <= OPTIONAL_PARTS or set(table) - set(TEMPLATES):
        raise ResourceError(STRUCTURE, f"leaves_out.{template}",
                            "verwacht een lijst uit: " + ", ".join(sorted(OPTIONAL_PARTS)))
    return tuple(parts)


@cache
def _common() -> tuple[tuple[str, ...], dict[str, CommonTexts]]:
    return parse_common({**_structure(), **letter_data("common")}, STRUCTURE, CATALOGUE)


def common(lang: str = "nl") -> CommonTexts:
    """The shared texts in `lang` (loaded once)."""
    return _common()[1][check_lang(lang)]


def sections() -> tuple[SectionInfo, ...]:
    """The optional sections of a letter, in the order they are printed."""
    order, texts = _common()
    return tuple(SectionInfo(code, {lang: texts[lang].section_headings[code] for lang in LANGUAGES}) for code in order)


# --------------------------------------------------------------------------- templates


@dataclass(frozen=True)
class TemplateTexts:
    """The texts of one letter template in one language."""

    title: str
    heading: str
    subject: str
    salutation: str
    salutation_named: str
    intro: tuple[str, ...]
    closing: tuple[str, ...]
    greeting: str
    signature: tuple[str, ...]
    headings: dict[str, str]


def parse_template(data: dict[str, Any], file: Path | str, section_codes: tuple[str, ...],
                   leaves_out: tuple[str, ...] = ()) -> dict[str, TemplateTexts]:
    """The `nl`/`en` tables of one template. A part named in `leaves_out` (structure.toml) must have no text:
    it is printed as nothing (a catalogue holds no empty texts); every other part must have one."""
    out: dict[str, TemplateTexts] = {}
    p = LETTER_PLACEHOLDERS
    for lang in LANGUAGES:
        table = require(data, lang, dict, file)
        for part in leaves_out:
            if part in table:
                raise ResourceError(file, f"{lang}.{part}", "deze brief laat dit onderdeel weg (structure.toml)")
        table = {**{part: [] if part in LIST_PARTS else "" for part in leaves_out}, **table}
        salutation = _text(table, "salutation", file, lang, frozenset())
        named = salutation
        if "salutation_named" in table:
            named = _text(table, "salutation_named", file, lang, frozenset({"name"}))
        headings_table = table.get("headings", {})
        if not isinstance(headings_table, dict):
            raise ResourceError(file, f"{lang}.headings", "moet een tabel zijn")
        unknown = set(headings_table) - set(section_codes)
        if unknown:
            raise ResourceError(file, f"{lang}.headings", "onbekende onderdelen: " + ", ".join(sorted(unknown)))
        headings = {code: _text(headings_table, code, file, f"{lang}.headings", frozenset()) for code in headings_table}
        out[lang] = TemplateTexts(
            title=_text(table, "title", file, lang, frozenset()),
            heading=_text(table, "heading", file, lang, p) if "heading" in table else "",
            subject=_text(table, "subject", file, lang, p),
            salutation=salutation,
            salutation_named=named,
            intro=_text_list(table, "intro", file, lang, p),
            closing=_text_list(table, "closing", file, lang, p),
            greeting=_text(table, "greeting", file, lang, frozenset()),
            signature=_text_list(table, "signature", file, lang, p),
            headings=headings,
        )
        if not out[lang].title.strip():
            raise ResourceError(file, f"{lang}.title", "mag niet leeg zijn")
    return out


def load_template(template: str) -> dict[str, TemplateTexts]:
    """The texts of `template` per language."""
    if template not in TEMPLATES:
        raise ValueError(f"unknown letter template {template!r}; expected one of {', '.join(TEMPLATES)}")
    return _template(template)


@cache
def _template(template: str) -> dict[str, TemplateTexts]:
    return parse_template(letter_data(template), CATALOGUE, _common()[0], _leaves_out(template))


# --------------------------------------------------------------------------- recovery sheet


@dataclass(frozen=True)
class RecoveryTexts:
    strings: dict[str, str]
    instructions: tuple[str, ...]

    def __getitem__(self, key: str) -> str:
        return self.strings[key]


def parse_recovery(data: dict[str, Any], file: Path | str) -> dict[str, RecoveryTexts]:
    out = {}
    for lang in LANGUAGES:
        table = require(data, lang, dict, file)
        strings = {key: _text(table, key, file, lang, frozenset()) for key in _RECOVERY_KEYS}
        out[lang] = RecoveryTexts(strings, _text_list(table, "instructions", file, lang, frozenset()))
    return out


@cache
def _recovery() -> dict[str, RecoveryTexts]:
    return parse_recovery(letter_data("recovery_sheet"), CATALOGUE)


def recovery_texts(lang: str = "nl") -> RecoveryTexts:
    return _recovery()[check_lang(lang)]


def validate_all() -> None:
    """Load every letter text (and the section order); raises ResourceError on the first problem (for start-up)."""
    _common()
    for template in TEMPLATES:
        _template(template)
    _recovery()
