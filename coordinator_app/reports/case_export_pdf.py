"""The readable PDF of an inzage export (services/cases/own_data.py gathers the data).

Every stored field of every row is printed, labelled from the catalogue letters.po (keys case_export.…) (or by
its column name). Text is printed as stored, except that invisible bidi controls are shown as
[U+202E]-style marks: they can neither reorder a line nor hide. Text the bundled fonts cannot show
correctly (Thai, CJK, Syriac, emoji, ...: see text_runs.py) is printed with a note that the
JSON export holds it exactly.
Document contents are in the JSON export only (the PDF names each document, its size and hash).
The PDF metadata holds only the generic title.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from coordinator_app.domain.text import BIDI_CONTROLS
from coordinator_app.errors import message
from coordinator_app.reports import fonts, texts
from coordinator_app.reports.layout import make_doc_template
from coordinator_app.reports.letterhead_pages import canvas_maker
from coordinator_app.reports.page_style import (
    TEXT_WIDTH,
    document_language,
    escape_multiline,
    plain_table_style,
    shows_correctly,
    styles,
)
from coordinator_app.resources_loader import ResourceError

SECTION_ORDER = ("other_forms", "indicators", "milestones", "consents", "involvements", "journal", "tasks",
                 "documents", "audit")
PDF_SKIPPED = ("content_base64",)  # in the JSON export only


@dataclass(frozen=True)
class ExportTexts:
    """The texts of the export PDF in one language (the keys case_export.… of that language's letters.po)."""

    title: str
    subtitle: str
    intro: str
    footer: str
    empty: str
    yes: str
    no: str
    related: str
    item: str
    sections: dict[str, str]
    fields: dict[str, str]


def _texts(path: Path | str, lang: str, table: dict[str, object]) -> ExportTexts:
    def text(name: str) -> str:
        value = table.get(name)
        if not isinstance(value, str):
            raise ResourceError(path, f"{lang}.{name}", "verwacht een tekst")
        return value

    def texts_by_key(name: str) -> dict[str, str]:
        value = table.get(name)
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ResourceError(path, f"{lang}.{name}", "verwacht een tabel met teksten")
        return {str(k): str(v) for k, v in value.items()}

    return ExportTexts(
        title=text("title"), subtitle=text("subtitle"), intro=text("intro"), footer=text("footer"),
        empty=text("empty"), yes=text("yes"), no=text("no"), related=text("related"), item=text("item"),
        sections=texts_by_key("sections"), fields=texts_by_key("fields"),
    )


@cache
def export_texts() -> dict[str, ExportTexts]:
    path = texts.CATALOGUE
    data = texts.letter_data("case_export")
    for lang in texts.LANGUAGES:
        if lang not in data or set(data[lang]) != set(data["nl"]):
            raise ResourceError(path, lang, "verwacht dezelfde sleutels als nl")
    return {lang: _texts(path, lang, data[lang]) for lang in texts.LANGUAGES}


def shown(text: str) -> tuple[str, bool]:
    """The text as printed (bidi controls made visible) and whether the PDF shows all of it correctly."""
    visible = "".join(f"[U+{ord(ch):04X}]" if ch in BIDI_CONTROLS else ch for ch in text)
    return visible, shows_correctly(visible)


def _value(value: object, t: ExportTexts) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return t.yes if value else t.no
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _fields(row: dict[str, Any], t: ExportTexts, lang: str) -> Table:
    st = styles()
    lines = []
    for key, value in row.items():
        if key in PDF_SKIPPED:
            continue
        text, printable = shown(_value(value, t))
        cell = escape_multiline(text, remark=False)
        if not printable:
            cell += " <i>" + escape_multiline(message("export_case_unprintable", lang)) + "</i>"
        lines.append([Paragraph(escape_multiline(t.fields.get(key, key)), st["label"]), Paragraph(cell, st["cell"])])
    table = Table(lines, colWidths=[45 * mm, TEXT_WIDTH - 45 * mm], hAlign="LEFT")
    table.setStyle(plain_table_style())
    return table


def _build_case_export(data: dict[str, Any], lang: str) -> bytes:
    texts.check_lang(lang)
    fonts.register_fonts()
    t = export_texts()[lang]
    st = styles()
    made = dt.datetime.fromisoformat(data["exported_at"]).date()
    number, _ok = shown(data["case_number"])
    story: list[Flowable] = [
        Paragraph(escape_multiline(t.title), st["title"]),
        Paragraph(escape_multiline(t.subtitle.format(case_number=number,
                                                        date=texts.common(lang).format_date(made))), st["small"]),
        Spacer(1, 3 * mm),
        Paragraph(escape_multiline(t.intro), st["body"]),
        Paragraph(escape_multiline(t.sections["case"]), st["heading"]), _fields(data["case"], t, lang),
        Paragraph(escape_multiline(t.sections["person"]), st["heading"]),
    ]
    story.append(_fields(data["person"], t, lang) if data["person"] else Paragraph(t.empty, st["body"]))
    for key in SECTION_ORDER:
        story.append(Paragraph(escape_multiline(t.sections[key]), st["heading"]))
        if not data[key]:
            story.append(Paragraph(escape_multiline(t.empty), st["body"]))
        for number_in_list, row in enumerate(data[key], start=1):
            story.append(Paragraph(escape_multiline(t.item.format(number=number_in_list)), st["label"]))
            story.append(_fields(row, t, lang))
            story.append(Spacer(1, 2 * mm))
    related = {f"organisation {k}": v for k, v in data["related"]["organisations"].items()} | {
        f"contact {k}": v for k, v in data["related"]["contacts"].items()}
    story.append(Paragraph(escape_multiline(t.related), st["heading"]))
    story.append(_fields(related, t, lang) if related else Paragraph(escape_multiline(t.empty), st["body"]))
    buffer = io.BytesIO()
    doc = make_doc_template(buffer, t.title, lang, pages=None)
    doc.build(story, canvasmaker=canvas_maker(lang, footer=t.footer))
    return buffer.getvalue()


def build_case_export(data: dict[str, Any], lang: str = "nl") -> bytes:
    """The readable PDF of an inzage export (`data` as services/cases/own_data.py gathers it)."""
    with document_language(lang):  # a remark outside the fields (the case number in the subtitle) in `lang`
        return _build_case_export(data, lang)
