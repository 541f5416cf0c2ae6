"""Letters about a case: handover to a shelter, referral to a partner, summary for the own file.

Plain data in, PDF bytes out (no database, no Qt, nothing written to disk). The texts come from
the catalogue letters.po (keys `<template>.…`, nl and en); the layout is in code (layout.py).

Data minimisation by design: a section appears only when its code is in `sections` *and* the
content holds data for it; a section not picked leaves no trace, not even its heading. The
fixed texts never mention the person, so a letter without the `person` section carries no name.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from coordinator_app.reports import texts
from coordinator_app.reports.layout import build_document
from coordinator_app.reports.page_style import (
    TEXT_WIDTH,
    Letterhead,
    Recipient,
    document_language,
    escape,
    plain_table_style,
    styles,
    text_paragraphs,
)
from coordinator_app.reports.texts import TEMPLATES, SectionInfo, TemplateTexts
from coordinator_app.resources_loader import ResourceError

__all__ = [
    "SECTIONS", "SECTION_CODES", "LetterContent", "PersonDetails", "SectionText", "build_letter", "letter_title",
    "sections",
]

# The optional sections, as fields of LetterContent; resources/letters/structure.toml gives
# their order (letters.po their labels, keys common.sections.…) and must name exactly these.
SECTION_CODES = (
    "person",
    "reason_and_signals",
    "exploitation_form",
    "safety_risks",
    "care_needs",
    "language_interpreter",
    "agreements_and_contacts",
    "consent",
)


@dataclass(frozen=True)
class PersonDetails:
    """The person section: only the fields that are filled in are printed."""

    name: str = ""
    alias: str = ""
    date_of_birth: date | None = None
    estimated_age: int | None = None  # printed when there is no date of birth
    gender: str = ""  # a display label ("vrouw"), not a code
    nationality: str = ""
    languages: Sequence[str] = ()

    def is_empty(self) -> bool:
        return not (
            self.name.strip()
            or self.alias.strip()
            or self.date_of_birth
            or self.estimated_age is not None
            or self.gender.strip()
            or self.nationality.strip()
            or any(s.strip() for s in self.languages)
        )


@dataclass(frozen=True)
class SectionText:
    """A free-text section: paragraphs of text (blank line = new paragraph), then bullet items."""

    text: str = ""
    items: Sequence[str] = ()

    def is_empty(self) -> bool:
        return not self.text.strip() and not any(item.strip() for item in self.items)


SectionValue = SectionText | str | Sequence[str] | None


@dataclass(frozen=True)
class LetterContent:
    """What a letter may say about the case; None (or empty) means "nothing to say"."""

    person: PersonDetails | None = None
    reason_and_signals: SectionValue = None
    exploitation_form: SectionValue = None
    safety_risks: SectionValue = None
    care_needs: SectionValue = None
    language_interpreter: SectionValue = None
    agreements_and_contacts: SectionValue = None
    consent: SectionValue = None
    reference: str = ""  # "Ons kenmerk", e.g. the case number; left out when empty
    free_text: str = ""  # the coordinator's own paragraph(s), after the sections, before the closing


def sections() -> tuple[SectionInfo, ...]:
    """The optional sections in print order, with nl/en labels (for the UI's checkboxes)."""
    infos = texts.sections()
    codes = tuple(info.code for info in infos)
    if set(codes) != set(SECTION_CODES):
        raise ResourceError(
            "structure.toml", "section_order", "moet precies deze onderdelen noemen: " + ", ".join(SECTION_CODES)
        )
    return infos


SECTIONS: tuple[SectionInfo, ...]  # module attribute, loaded on first use (see __getattr__)


def __getattr__(name: str) -> Any:  # SECTIONS is loaded from resources on first use
    if name == "SECTIONS":
        return sections()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def letter_title(template: str, lang: str = "nl") -> str:
    """The generic title of a template ("Overdrachtsbrief"): for metadata, file names and lists."""
    return texts.load_template(template)[texts.check_lang(lang)].title


# --------------------------------------------------------------------------- building blocks


def _normalise(value: SectionValue) -> SectionText | None:
    if value is None:
        return None
    if isinstance(value, SectionText):
        section = value
    elif isinstance(value, str):
        section = SectionText(text=value)
    else:
        section = SectionText(items=tuple(value))
    return None if section.is_empty() else section


def _section_flowables(section: SectionText) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = list(text_paragraphs(section.text, st["body"])) if section.text.strip() else []
    for item in section.items:
        if item.strip():
            out.append(Paragraph(_multiline(item), st["bullet"], bulletText="•"))
    return out


def _multiline(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


def _person_flowables(person: PersonDetails, lang: str) -> list[Flowable]:
    common = texts.common(lang)
    labels = common.person_labels
    st = styles()
    rows: list[tuple[str, str]] = []
    if person.name.strip():
        rows.append((labels["name"], person.name))
    if person.alias.strip():
        rows.append((labels["alias"], person.alias))
    if person.date_of_birth is not None:
        rows.append((labels["date_of_birth"], common.format_date(person.date_of_birth)))
    elif person.estimated_age is not None:
        rows.append((labels["estimated_age"], labels["age"].format(age=person.estimated_age)))
    if person.gender.strip():
        rows.append((labels["gender"], person.gender))
    if person.nationality.strip():
        rows.append((labels["nationality"], person.nationality))
    languages = [s.strip() for s in person.languages if s.strip()]
    if languages:
        rows.append((labels["languages"], ", ".join(languages)))
    data = [[Paragraph(escape(label), st["label"]), Paragraph(_multiline(value), st["cell"])] for label, value in rows]
    table = Table(data, colWidths=[45 * mm, TEXT_WIDTH - 45 * mm], hAlign="LEFT", splitInRow=1)
    table.setStyle(plain_table_style())
    return [table, Spacer(1, 4)]


class _Placeholders(dict[str, str]):
    """Escaped values for the template placeholders."""

    def __init__(self, letterhead: Letterhead, recipient: Recipient | None) -> None:
        super().__init__(
            municipality=escape(letterhead.municipality.strip()),
            organisation=escape(recipient.organisation.strip()) if recipient else "",
            coordinator_name=escape(letterhead.coordinator_name.strip()),
            coordinator_function=escape(letterhead.coordinator_function.strip()),
            phone=escape(letterhead.phone.strip()),
            email=escape(letterhead.email.strip()),
        )

    def fill(self, text: str) -> str:
        """The template text (escaped) with its placeholders filled in."""
        return escape(text).format_map(self)

    def fill_if_complete(self, text: str) -> str | None:
        """Like fill(), but None when a placeholder of the text has no value (for signature lines)."""
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        if any(not self.get(name) for name in names):
            return None
        return self.fill(text)


def _subject_block(tpl: TemplateTexts, content: LetterContent, lang: str, values: _Placeholders) -> Flowable:
    common = texts.common(lang)
    st = styles()
    rows = []
    if content.reference.strip():
        rows.append(
            [Paragraph(escape(common["reference"]), st["label"]), Paragraph(escape(content.reference), st["cell"])]
        )
    rows.append(
        [Paragraph(escape(common["subject"]), st["label"]), Paragraph(values.fill(tpl.subject), st["cell_bold"])]
    )
    table = Table(rows, colWidths=[28 * mm, TEXT_WIDTH - 28 * mm], hAlign="LEFT")
    table.setStyle(plain_table_style(("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))
    return table


def _check_sections(chosen: Iterable[str]) -> set[str]:
    chosen = set(chosen)
    unknown = chosen - set(SECTION_CODES)
    if unknown:
        raise ValueError("unknown letter sections: " + ", ".join(sorted(unknown)))
    return chosen


def letter_story(
    template: str,
    letterhead: Letterhead,
    recipient: Recipient | None,
    content: LetterContent,
    sections_chosen: Iterable[str],
    lang: str = "nl",
) -> tuple[str, list[Flowable]]:
    """The title and the flowables of a letter (without the date line, which the layout adds)."""
    chosen = _check_sections(sections_chosen)
    tpl = texts.load_template(template)[texts.check_lang(lang)]
    common = texts.common(lang)
    st = styles()
    values = _Placeholders(letterhead, recipient)
    story: list[Flowable] = []
    if tpl.heading.strip():
        story += [Spacer(1, 4 * mm), Paragraph(values.fill(tpl.heading), st["title"])]
    else:
        story.append(Spacer(1, 3 * mm))
    story += [_subject_block(tpl, content, lang, values), Spacer(1, 8 * mm)]

    salutation = tpl.salutation
    if recipient is not None and recipient.salutation_name.strip() and tpl.salutation_named.strip():
        named = escape(tpl.salutation_named).format(name=escape(recipient.salutation_name.strip()))
        story.append(Paragraph(named, st["body"]))
    elif salutation.strip():
        story.append(Paragraph(escape(salutation), st["body"]))
    story += [Paragraph(values.fill(text), st["body"]) for text in tpl.intro if text.strip()]

    for info in sections():
        if info.code not in chosen:
            continue
        if info.code == "person":
            if content.person is None or content.person.is_empty():
                continue
            body = _person_flowables(content.person, lang)
        else:
            section = _normalise(getattr(content, info.code))
            if section is None:
                continue
            body = _section_flowables(section)
        heading = tpl.headings.get(info.code) or common.section_headings[info.code]
        story += [Paragraph(escape(heading), st["heading"]), *body]

    if content.free_text.strip():
        story += [Spacer(1, 2 * mm), *text_paragraphs(content.free_text, st["body"])]
    if tpl.closing:
        story.append(Spacer(1, 3 * mm))
    closing = [Paragraph(values.fill(text), st["body"]) for text in tpl.closing if text.strip()]
    # Keep-with-next: the closing paragraphs stay with the signature, and the last paragraph of the letter's
    # own text comes along, so a signature never stands alone on a page and the last page never holds only
    # the standard closing (the page break falls inside the letter's content instead).
    carried: list[Flowable] = []
    while story and isinstance(story[-1], Spacer):
        carried.insert(0, story.pop())
    if story and isinstance(story[-1], Paragraph) and not isinstance(story[-1], Table):
        carried.insert(0, story.pop())
        if story and isinstance(story[-1], Paragraph) and story[-1].style.name == st["heading"].name:
            carried.insert(0, story.pop())  # a heading stays with its paragraph
    story.append(KeepTogether([*carried, *closing, *_signature_block(tpl, values)]))
    return tpl.title, story


def _signature_block(tpl: TemplateTexts, values: _Placeholders) -> list[Flowable]:
    st = styles()
    block: list[Flowable] = [Spacer(1, 4 * mm)]
    if tpl.greeting.strip():
        block += [Paragraph(escape(tpl.greeting), st["body_tight"]), Spacer(1, 16 * mm)]
        style = st["body_tight"]
    else:
        style = st["small"]
    for line in tpl.signature:
        filled = values.fill_if_complete(line)
        if filled is not None and filled.strip():
            block.append(Paragraph(filled, style))
    return block


def build_letter(
    template: str,
    letterhead: Letterhead,
    recipient: Recipient | None,
    content: LetterContent,
    sections: Iterable[str],
    lang: str = "nl",
    letter_date: date | None = None,
) -> bytes:
    """Build a letter as PDF bytes (in memory).

    `template`: "handover", "referral" or "case_summary". `sections`: the section codes the user
    picked (see SECTIONS); only those appear. `letter_date` defaults to today. Raises ValueError
    for an unknown template, section or language, ResourceError for a broken texts file.
    """
    if template not in TEMPLATES:
        raise ValueError(f"unknown letter template {template!r}; expected one of {', '.join(TEMPLATES)}")
    with document_language(lang):  # the remark next to text the PDF cannot show is in the letter's language
        title, story = letter_story(template, letterhead, recipient, content, sections, lang)
        return build_document(letterhead, story, title, lang, recipient=recipient, document_date=letter_date)
