"""Letters about a case: from the vault to PDF bytes, and every printed or saved letter stored in the case.

`gather_letter_data` reads the letterhead (vault settings), the recipient (address book) and the
content of the picked sections only (`letter_content.case_content`: a section not picked is not
even read); it touches the vault, so run it on the vault worker. `render` builds the PDF in memory
(any thread). `build_case_letter` does both. `store_case_letter` keeps the exact bytes as a
document of the case (through `documents.store_letter`), with an audit event `letter_printed` or
`letter_saved` (template code only, never content). `list_all_documents` feeds the Documenten page.
Qt-free.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.db.models import Case, Contact, Document, Involvement, Milestone, Organisation, Person
from coordinator_app.db.vault import Vault
from coordinator_app.errors import NotFound, ValidationError
from coordinator_app.reports import text_runs, texts
from coordinator_app.reports.letters import SECTION_CODES, LetterContent, build_letter, letter_title
from coordinator_app.reports.page_style import Letterhead, Recipient
from coordinator_app.reports.texts import TEMPLATES
from coordinator_app.resources_loader import require
from coordinator_app.services import audit
from coordinator_app.services.documents import storage
from coordinator_app.services.documents.letter_content import case_content, check_sections
from coordinator_app.services.settings import settings
from coordinator_app.services.settings.defaults import Settings

ACTIONS = {"printed": "letter_printed", "saved": "letter_saved"}
DOCUMENT_ACTIONS = {"printed": "document_printed", "saved": "document_saved"}
# Templates that are sent to someone and so need a recipient; the case summary is for the own file.
NEEDS_RECIPIENT = frozenset({"handover", "referral"})
# Sections offered first for each template (the user may change them).
DEFAULT_SECTIONS: dict[str, tuple[str, ...]] = {
    "handover": ("person", "safety_risks", "care_needs", "language_interpreter", "agreements_and_contacts"),
    "referral": ("reason_and_signals", "care_needs", "language_interpreter", "consent"),
    "case_summary": SECTION_CODES,
}


@dataclass(frozen=True)
class LetterData:
    """Everything the engine needs for one letter: plain data, no database objects."""

    template: str
    letterhead: Letterhead
    recipient: Recipient | None
    content: LetterContent
    sections: tuple[str, ...]
    lang: str
    letter_date: dt.date


# --------------------------------------------------------------------------- letterhead and recipient


def _place(municipality: str, address: Sequence[str]) -> str:
    name = municipality.strip()
    for prefix in ("Gemeente ", "gemeente ", "Municipality of "):
        if name.startswith(prefix):
            return name[len(prefix):].strip()
    return name


def letterhead_from_settings(values: Settings) -> Letterhead:
    """The letterhead from the vault settings (municipality, coordinator, logo as base64 PNG)."""
    municipality = values.municipality_name.strip()
    address = tuple(line for line in values.municipality_address if line.strip())
    logo: bytes | None = None
    if values.municipality_logo_png:
        try:
            logo = base64.b64decode(values.municipality_logo_png, validate=True)
        except (binascii.Error, ValueError):
            logo = None  # a broken logo setting never blocks a letter
    return Letterhead(
        municipality=municipality,
        address_lines=address,
        coordinator_name=values.coordinator_name,
        coordinator_function=values.coordinator_function,
        phone=values.coordinator_phone,
        email=values.coordinator_email,
        logo=logo,
        place=_place(municipality, address),
    )


def _org_address(org: Organisation) -> tuple[str, ...]:
    lines = [org.address or ""]
    lines.append("  ".join(p for p in (org.postal_code or "", org.city or "") if p.strip()))
    return tuple(line.strip() for line in lines if line.strip())


# A form of address typed with the name ("mevr. A.", "Dhr. Jansen") tells how to address the person.
FORMS_OF_ADDRESS = {
    "female": ("mevrouw", "mevr.", "mevr", "mw.", "mw", "mrs.", "mrs", "ms.", "ms", "miss"),
    "male": ("de heer", "heer", "dhr.", "dhr", "meneer", "mr.", "mr"),
}


@cache
def _titles() -> dict[str, dict[str, str]]:
    """{language: {form: word}}: what a salutation puts before the surname ("mevrouw", "heer"), the keys
    `forms_of_address.<form>` of the gettext catalogue letters.po; a form without its word is a ResourceError."""
    data: dict[str, dict[str, str]] = texts.letter_data("forms_of_address")
    for lang, table in data.items():
        for form in FORMS_OF_ADDRESS:
            require(table, form, str, "letters.po", f"{lang}.forms_of_address")
    return data


_PARTICLES = ("van der", "van den", "van de", "van", "de", "den", "der", "ter", "ten", "te", "in 't", "'t")


def _strip_form(text: str) -> tuple[str | None, str]:
    """(the form found at the start of `text` or None, the rest)."""
    lowered = text.strip().lower()
    for form, words in FORMS_OF_ADDRESS.items():
        for word in words:
            if lowered == word or lowered.startswith(word + " ") or (word.endswith(".") and lowered.startswith(word)):
                return form, text.strip()[len(word):].strip()
    return None, text.strip()


def _surname(last_name: str) -> str:
    """"van der Berg" → "Van der Berg": a particle is written with a capital after heer/mevrouw."""
    name = last_name.strip()
    for particle in _PARTICLES:
        if name.startswith(particle + " "):
            return name[:1].upper() + name[1:]
    return name


def salutation_name(first_name: str | None, last_name: str | None, function: str | None, lang: str = "nl") -> str:
    """What follows "Geachte"/"Dear": "mevrouw Nijland" when a form of address is typed with the name,
    else the function ("coördinator"); "" when neither is known (the letter then says "Geachte heer,
    mevrouw,"). A first name alone never makes a salutation ("Geachte Anja Nijland," is not a letter)."""
    form, _rest = _strip_form(first_name or "")
    last = last_name or ""
    if form is None:
        form, last = _strip_form(last)
    if form is not None and _surname(last):
        titles = _titles()
        return f"{titles.get(lang, titles['nl'])[form]} {_surname(last)}"
    function = (function or "").strip()
    if len(function) > 1 and function[1:2].islower():  # "Rechercheur" → "Geachte rechercheur,"; AVIM stays
        function = function[0].lower() + function[1:]
    return function


def recipient_in(session: Session, organisation_id: int | None, contact_id: int | None,
                 lang: str = "nl") -> Recipient | None:
    """The recipient block from the address book; None when neither is given."""
    contact = session.get(Contact, contact_id) if contact_id is not None else None
    if contact_id is not None and contact is None:
        raise NotFound(kind="contactpersoon")
    org = session.get(Organisation, organisation_id) if organisation_id is not None else None
    if organisation_id is not None and org is None:
        raise NotFound(kind="organisatie")
    if org is None and contact is not None and contact.organisation_id is not None:
        org = session.get(Organisation, contact.organisation_id)
    if org is None and contact is None:
        return None
    person = contact.display_name if contact is not None else ""
    greet = salutation_name(contact.first_name, contact.last_name, contact.function, lang) if contact else ""
    if org is None:
        return Recipient(organisation=person, salutation_name=greet)
    return Recipient(organisation=org.name, contact_person=person, address_lines=_org_address(org),
                     salutation_name=greet)


def _check_request(template: str, lang: str) -> None:
    errors = {}
    if template not in TEMPLATES:
        errors["template"] = "letter_unknown_template"
    if lang not in texts.LANGUAGES:
        errors["lang"] = "letter_unknown_language"
    if errors:
        raise ValidationError(errors)


# --------------------------------------------------------------------------- building


def gather_letter_data(
    vault: Vault,
    case_id: int,
    template: str,
    recipient_org_id: int | None,
    recipient_contact_id: int | None,
    sections: Iterable[str],
    lang: str = "nl",
    letter_date: dt.date | None = None,
    free_text: str = "",
) -> LetterData:
    """Read what one letter needs from the vault (only the picked sections); `free_text` is the
    coordinator's own paragraph, printed as typed."""
    _check_request(template, lang)
    chosen = check_sections(sections)
    letterhead = letterhead_from_settings(settings.get_all(vault))
    with vault.read() as session:
        content = case_content(session, case_id, chosen, lang)
        recipient = recipient_in(session, recipient_org_id, recipient_contact_id, lang) \
            if template in NEEDS_RECIPIENT else None
    if free_text.strip():
        content = dataclasses.replace(content, free_text=free_text)
    return LetterData(template, letterhead, recipient, content, chosen, lang, letter_date or dt.date.today())


def render(data: LetterData) -> bytes:
    """The PDF bytes of a gathered letter (no vault access: any thread)."""
    return build_letter(data.template, data.letterhead, data.recipient, data.content, data.sections, data.lang,
                        data.letter_date)


def build_case_letter(
    vault: Vault,
    case_id: int,
    template: str,
    recipient_org_id: int | None,
    recipient_contact_id: int | None,
    sections: Iterable[str],
    lang: str = "nl",
    letter_date: dt.date | None = None,
) -> bytes:
    """A letter about a case as PDF bytes, built in memory with only the picked sections."""
    return render(gather_letter_data(vault, case_id, template, recipient_org_id, recipient_contact_id, sections,
                                     lang, letter_date))


MAX_STORED_TITLE = 200  # documents.title


def stored_title(template: str, recipient: Recipient | None, lang: str = "nl") -> str:
    """The title of a stored letter: "Overdrachtsbrief — Stichting Opvang Oost" (no client data)."""
    title = letter_title(template, lang)
    if recipient is not None and recipient.organisation.strip():
        organisation = recipient.organisation.strip()
        room = MAX_STORED_TITLE - len(title) - len(" — ")
        if len(organisation) > room:  # a visible ellipsis marks the shortened name; the letter has it whole
            organisation = organisation[: room - 1] + "…"
        title += " — " + organisation
    return title


# --------------------------------------------------------------------------- for the letter dialog


@dataclass(frozen=True)
class RecipientChoice:
    """An organisation or contact person of the address book, as the dialog lists them."""

    id: int
    name: str
    organisation_id: int | None  # a contact's organisation; None for organisations
    org_type: str | None = None


@dataclass(frozen=True)
class LetterChoices:
    """What the letter dialog offers for one case (no client data: the case number only)."""

    case_id: int
    case_number: str
    organisations: tuple[RecipientChoice, ...]
    contacts: tuple[RecipientChoice, ...]
    suggested_organisation_id: int | None
    suggested_contact_id: int | None


def letter_choices(vault: Vault, case_id: int) -> LetterChoices:
    """The address book for the recipient choice, and a suggestion from the case (its shelter, its partners)."""
    with vault.read() as session:
        case_number = session.scalar(select(Case.case_number).where(Case.id == case_id))
        if case_number is None:
            raise NotFound(kind="dossier")
        orgs = tuple(
            RecipientChoice(o.id, o.name, None, o.org_type)
            for o in session.scalars(select(Organisation).order_by(Organisation.name))
        )
        people = tuple(
            RecipientChoice(c.id, c.display_name, c.organisation_id)
            for c in session.scalars(select(Contact).order_by(Contact.last_name, Contact.first_name))
        )
        org_id, contact_id = _suggestion(session, case_id)
    return LetterChoices(case_id, case_number, orgs, people, org_id, contact_id)


def _suggestion(session: Session, case_id: int) -> tuple[int | None, int | None]:
    shelter = session.execute(
        select(Involvement.organisation_id, Involvement.contact_id)
        .where(Involvement.case_id == case_id, Involvement.role == "shelter", Involvement.ended_on.is_(None))
        .order_by(Involvement.id.desc())
    ).first()
    if shelter is not None:
        org_id, contact_id = shelter
        if org_id is None and contact_id is not None:
            org_id = session.scalar(select(Contact.organisation_id).where(Contact.id == contact_id))
        return org_id, contact_id
    org_id = session.scalar(
        select(Milestone.organisation_id)
        .where(Milestone.case_id == case_id, Milestone.kind == "shelter", Milestone.organisation_id.is_not(None))
        .order_by(Milestone.on.desc())
    )
    return org_id, None


@dataclass(frozen=True)
class CaseChoice:
    id: int
    case_number: str
    status: str
    name: str = ""  # as stored: first and last name, alias in brackets; empty for an anonymous person


def case_choices(vault: Vault) -> list[CaseChoice]:
    """Every case by number (newest first) with its person's name, for "which case is the letter about?"
    (the same picker as everywhere: number, name and status on screen)."""
    with vault.read() as session:
        rows = session.execute(
            select(Case.id, Case.case_number, Case.status, Person.first_name, Person.last_name, Person.alias,
                   Person.anonymous)
            .outerjoin(Person, Person.case_id == Case.id)
            .order_by(Case.signal_received_on.desc(), Case.id.desc()))
        return [CaseChoice(cid, number, status, "" if anonymous else _choice_name(first, last, alias))
                for cid, number, status, first, last, alias, anonymous in rows]


def _choice_name(first: str | None, last: str | None, alias: str | None) -> str:
    name = " ".join(p for p in (first, last) if p)
    if alias:
        name = f"{name} ({alias})" if name else alias
    return name


def missing_glyphs(data: LetterData) -> str:
    """Characters of the letter's variable text that no bundled font can draw: they print as boxes, with the
    PDF's remark next to them (reports/text_runs.py). Arabic, Hebrew and Ethiopic letters are drawn."""
    found: dict[str, None] = {}
    for text in _strings(data.content, data.recipient, data.letterhead):
        found.update(dict.fromkeys(text_runs.missing_glyphs(text)))
    return "".join(found)


def _strings(*objects: object) -> list[str]:
    out: list[str] = []
    for obj in objects:
        if obj is None or isinstance(obj, bytes | dt.date):
            continue
        if isinstance(obj, str):
            out.append(obj)
        elif isinstance(obj, list | tuple):
            out += _strings(*obj)
        elif hasattr(obj, "__dataclass_fields__"):
            out += _strings(*(getattr(obj, name) for name in obj.__dataclass_fields__))
    return out


# --------------------------------------------------------------------------- storing


def store_case_letter(
    vault: Vault,
    case_id: int,
    pdf: bytes,
    template: str,
    recipient_org_id: int | None,
    recipient_contact_id: int | None,
    sections: Sequence[str],
    action: str,
    title: str | None = None,
) -> int:
    """Store a printed or saved letter in the case (exact bytes) and audit it; returns the document id.

    The bytes go through `documents.insert_letter` (event `letter_created`) and `action`
    ("printed" or "saved") is audited as `letter_printed`/`letter_saved` with the template code,
    never the content, all in one write session.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown letter action {action!r}")
    _check_request(template, "nl")
    chosen = check_sections(sections)
    if template not in NEEDS_RECIPIENT:
        recipient_org_id = recipient_contact_id = None
    with vault.write() as session:  # the letter and both audit lines commit together, or not at all
        if title is None:
            title = stored_title(template, recipient_in(session, recipient_org_id, recipient_contact_id))
        doc_id = storage.insert_letter(session, case_id, pdf, template, title, recipient_org_id,
                                         recipient_contact_id, list(chosen))
        audit.record(session, ACTIONS[action], "document", doc_id, case_id=case_id, detail=template)
    return doc_id


def record_reuse(vault: Vault, document_id: int, action: str) -> None:
    """Audit a reprint ("printed") or a saved copy ("saved") of a stored document: a letter as
    `letter_printed`/`letter_saved`, an attachment as `document_printed`/`document_saved`."""
    if action not in ACTIONS:
        raise ValueError(f"unknown letter action {action!r}")
    info = storage.get_document(vault, document_id)
    event = ACTIONS[action] if info.kind == "letter" else DOCUMENT_ACTIONS[action]
    audit.log(vault, event, "document", document_id, case_id=info.case_id, detail=info.template or info.kind)


@dataclass(frozen=True)
class DocumentRow:
    """One line of the Documenten page: a stored letter or attachment of any case (no content)."""

    id: int
    case_id: int
    case_number: str
    title: str
    kind: str
    template: str | None
    mime_type: str
    size: int
    created_at: dt.datetime


LIST_LIMIT = 5000


@dataclass(frozen=True)
class DocumentList:
    """The newest documents and how many there are in all (the page says when it shows fewer)."""

    rows: list[DocumentRow]
    total: int

    @property
    def truncated(self) -> bool:
        return self.total > len(self.rows)


def document_list(vault: Vault, limit: int = LIST_LIMIT) -> DocumentList:
    """The newest `limit` documents across cases plus the total count, read in one session."""
    with vault.read() as session:
        total = session.scalar(select(func.count()).select_from(Document).join(Case, Case.id == Document.case_id))
        return DocumentList(_newest(session, limit), int(total or 0))


def list_all_documents(vault: Vault, limit: int = LIST_LIMIT) -> list[DocumentRow]:
    """The newest `limit` stored documents across cases (metadata only, never the bytes); see
    `document_list` for the total, so that a cut-off list is never silent."""
    with vault.read() as session:
        return _newest(session, limit)


def _newest(session: Session, limit: int) -> list[DocumentRow]:
    query = (
        select(Document.id, Document.case_id, Case.case_number, Document.title, Document.kind, Document.template,
               Document.mime_type, Document.size, Document.created_at)
        .join(Case, Case.id == Document.case_id)
        .order_by(Document.created_at.desc(), Document.id.desc())
        .limit(limit)
    )
    return [DocumentRow(*row) for row in session.execute(query)]
