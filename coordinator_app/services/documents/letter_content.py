"""The content of a letter's optional sections, read from a case in the vault.

Data minimisation by design: `case_content` reads only what the picked sections need; a section
that was not picked is not even read. Codes become Dutch or English labels
(`coordinator_app.codes`), nationality codes country names (`domain.countries`), language codes
language names (the keys case_content.… of the catalogue letters.po). Qt-free; called inside a read session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.codes import label
from coordinator_app.db.models import (
    Case,
    CaseForm,
    CaseIndicator,
    Consent,
    Contact,
    Involvement,
    Milestone,
    Organisation,
    Person,
)
from coordinator_app.domain import countries
from coordinator_app.domain.intake.content import intake_content
from coordinator_app.errors import NotFound, ValidationError
from coordinator_app.reports import texts
from coordinator_app.reports.letters import SECTION_CODES, LetterContent, PersonDetails, SectionText

# --------------------------------------------------------------------------- texts


@cache
def _texts() -> dict[str, dict[str, Any]]:
    return texts.letter_data("case_content")  # the keys case_content.… of letters.po, the same in nl and en


def _t(lang: str, key: str, **params: Any) -> str:
    return str(_texts()[lang][key]).format(**params)


def language_name(code: str, lang: str = "nl") -> str:
    """A language name for a short code ("pl" -> "Pools"); other values are returned as written."""
    name = _texts()[lang].get("language_names", {}).get(code.strip().lower())
    return name if isinstance(name, str) else code.strip()


# --------------------------------------------------------------------------- sections


def _fmt_date(day: dt.date | None, lang: str) -> str:
    return texts.common(lang).format_date(day) if day else ""


def _person(session: Session, case_id: int, lang: str) -> PersonDetails | None:
    p = session.scalar(select(Person).where(Person.case_id == case_id))
    if p is None:
        return None
    name = " ".join(part for part in (p.first_name, p.last_name) if part)
    return PersonDetails(
        name=name,
        alias=p.alias or "",
        date_of_birth=p.date_of_birth,
        estimated_age=p.estimated_age,
        gender=label("gender", p.gender, lang) if p.gender and p.gender != "unknown" else "",
        nationality=countries.country_name(p.nationality, lang) if p.nationality else "",
        languages=tuple(language_name(code, lang) for code in (p.languages or [])),
    )


def _reason(session: Session, case: Case, lang: str) -> SectionText:
    lines = [_t(lang, "signal_received", date=_fmt_date(case.signal_received_on, lang))]
    if case.referral_source and case.referral_source != "unknown":
        lines.append(_t(lang, "referral_source", source=label("referral_source", case.referral_source, lang)))
    text = "\n".join(lines)
    signal_text = (case.signal_text or "").strip()
    if signal_text:
        text += "\n\n" + _t(lang, "signal_text") + "\n\n" + signal_text
    items: list[str] = []
    rows = session.scalars(select(CaseIndicator).where(CaseIndicator.case_id == case.id).order_by(CaseIndicator.id))
    content = intake_content()
    for row in rows:
        # older demo vaults wrote "general_*" for the "gen_*" codes of indicators.toml
        indicator = content.indicator(row.indicator_code) or content.indicator(
            row.indicator_code.replace("general_", "gen_", 1))
        wording = indicator.text.get(lang) if indicator else row.indicator_code
        kind = _texts()[lang].get(f"indicator_{row.kind}", row.kind)
        item = f"{wording} ({kind})"
        note = (row.note or "").strip()
        if note:
            item += "\n" + note
        items.append(item)
    if items:
        text += "\n\n" + _t(lang, "indicators")
    return SectionText(text=text, items=tuple(items))


def _form(session: Session, case: Case, lang: str) -> SectionText:
    lines = [_t(lang, "primary_form", form=label("form", case.primary_form, lang))]
    others = session.scalars(select(CaseForm.form).where(CaseForm.case_id == case.id)).all()
    if others:
        lines.append(_t(lang, "other_forms", forms=", ".join(label("form", f, lang) for f in others)))
    sector = (case.labour_sector or "").strip()
    if sector:
        lines.append(_t(lang, "labour_sector", sector=sector))
    return SectionText(text="\n".join(lines))


def _safety(session: Session, case: Case, lang: str) -> SectionText:
    lines = []
    if case.risk_level:
        lines.append(_t(lang, "risk_level", level=label("risk_level", case.risk_level, lang)))
    if case.acute_danger:
        lines.append(_t(lang, "acute_danger"))
    text = "\n".join(lines)
    safety_notes = (case.safety_notes or "").strip()
    if safety_notes:
        text += "\n\n" + safety_notes
    safe_contact = session.scalar(select(Person.safe_contact).where(Person.case_id == case.id))
    safe_contact = (safe_contact or "").strip()
    if safe_contact:
        text += "\n\n" + _t(lang, "safe_contact", text=safe_contact)
    return SectionText(text=text.strip())


def _language(session: Session, case_id: int, lang: str) -> SectionText | None:
    row = session.execute(
        select(Person.languages, Person.interpreter_needed, Person.interpreter_language)
        .where(Person.case_id == case_id)
    ).first()
    if row is None:
        return None
    languages, needed, interpreter_language = row
    lines = []
    if languages:
        lines.append(_t(lang, "languages", languages=", ".join(language_name(c, lang) for c in languages)))
    interpreter = (interpreter_language or "").strip()
    if needed and interpreter:
        lines.append(_t(lang, "interpreter_language", language=language_name(interpreter, lang)))
    elif needed:
        lines.append(_t(lang, "interpreter_needed"))
    else:
        lines.append(_t(lang, "interpreter_not_needed"))
    return SectionText(text="\n".join(lines))


def _contact_line(contact: Contact | None, org: Organisation | None, role: str, lang: str) -> str:
    who = contact.display_name if contact is not None else ""
    where = org.name if org is not None else ""
    line = f"{label('involvement_role', role, lang)}: " + ", ".join(part for part in (who, where) if part)
    phone = (contact.phone if contact else None) or (org.phone if org else None)
    email = (contact.email if contact else None) or (org.email if org else None)
    reach = [value for value in (phone, email) if value]
    if reach:
        line += "\n" + " · ".join(reach)
    return line


def _agreements(session: Session, case_id: int, lang: str) -> SectionText:
    items: list[str] = []
    involvements = session.scalars(
        select(Involvement)
        .where(Involvement.case_id == case_id, Involvement.ended_on.is_(None))
        .order_by(Involvement.id)
    ).all()
    people: list[str] = []
    for inv in involvements:
        contact = session.get(Contact, inv.contact_id) if inv.contact_id else None
        org = session.get(Organisation, inv.organisation_id) if inv.organisation_id else None
        if org is None and contact is not None and contact.organisation_id:
            org = session.get(Organisation, contact.organisation_id)
        people.append(_contact_line(contact, org, inv.role, lang))
    steps: list[str] = []
    for ms in session.scalars(select(Milestone).where(Milestone.case_id == case_id).order_by(Milestone.on)):
        step = label("milestone", ms.kind, lang)
        if ms.shelter_type:
            step += f" – {label('shelter_type', ms.shelter_type, lang)}"  # "Opvang – COSM (categorale opvang)"
        status = label("milestone_status", ms.status, lang).lower()
        if ms.on:
            step = _t(lang, "route_step_dated", step=step, status=status, date=_fmt_date(ms.on, lang))
        else:
            step = _t(lang, "route_step", step=step, status=status)
        note = (ms.note or "").strip()
        if note:
            step += "\n" + note
        steps.append(step)
    text = ""
    if steps:
        text = _t(lang, "route") + "\n" + "\n".join("– " + s.replace("\n", "\n   ") for s in steps)
    if people:
        text += ("\n\n" if text else "") + _t(lang, "involved")
        items = people
    return SectionText(text=text, items=tuple(items))


def _consent(session: Session, case_id: int, lang: str) -> SectionText:
    items = []
    for c in session.scalars(select(Consent).where(Consent.case_id == case_id).order_by(Consent.id)):
        purpose = label("consent_purpose", c.purpose, lang)
        head = _t(lang, "consent_given" if c.given else "consent_not_given", purpose=purpose)
        details = []
        if c.given_on:
            details.append(_t(lang, "consent_on", date=_fmt_date(c.given_on, lang)))
        if c.written:
            details.append(_t(lang, "consent_written"))
        if c.signed_by:
            details.append(_t(lang, "consent_signed_by", signer=label("consent_signer", c.signed_by, lang).lower()))
        if c.partners:
            names = session.scalars(select(Organisation.name).where(Organisation.id.in_(c.partners))).all()
            if names:
                details.append(_t(lang, "consent_partners", partners=", ".join(sorted(names))))
        if not c.given and c.legal_ground:
            details.append(_t(lang, "legal_ground", ground=label("legal_ground", c.legal_ground, lang)))
        item = head + (" (" + ", ".join(details) + ")" if details else "")
        note = (c.note or "").strip()
        if note:
            item += "\n" + note
        items.append(item)
    return SectionText(items=tuple(items))


def case_content(session: Session, case_id: int, sections: Iterable[str], lang: str = "nl") -> LetterContent:
    """The content of the picked sections only; nothing else is read from the vault."""
    chosen = check_sections(sections)
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(kind="dossier")
    values: dict[str, Any] = {"reference": case.case_number}
    if "person" in chosen:
        values["person"] = _person(session, case_id, lang)
    if "reason_and_signals" in chosen:
        values["reason_and_signals"] = _reason(session, case, lang)
    if "exploitation_form" in chosen:
        values["exploitation_form"] = _form(session, case, lang)
    if "safety_risks" in chosen:
        values["safety_risks"] = _safety(session, case, lang)
    if "care_needs" in chosen:
        values["care_needs"] = case.care_needs or None
    if "language_interpreter" in chosen:
        values["language_interpreter"] = _language(session, case_id, lang)
    if "agreements_and_contacts" in chosen:
        values["agreements_and_contacts"] = _agreements(session, case_id, lang)
    if "consent" in chosen:
        values["consent"] = _consent(session, case_id, lang)
    return LetterContent(**values)


def check_sections(sections: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(sections))
    if set(chosen) - set(SECTION_CODES):
        raise ValidationError({"sections": "letter_unknown_section"})
    return tuple(code for code in SECTION_CODES if code in chosen)
