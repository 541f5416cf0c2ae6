"""Validation of each step of the intake (docs/DOMAIN.md §3), free of Qt.

One `_check_<step>` function per step returns the `FieldError`s of that step; `CHECKS` maps the
step code to it. Messages come from the catalogue route.po through the flow's content.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from coordinator_app.codes import code_list
from coordinator_app.domain.intake.content import IntakeContent
from coordinator_app.domain.intake.state import EARLIEST_DATE, MARK_KINDS, POLICE_REPORT_ANSWERS, IntakeState
from coordinator_app.domain.validation import MAX_LONG_TEXT, clean_text

MAX_INDICATOR_SOURCE = 200  # the column size of case_indicators.source


@dataclass(frozen=True)
class FieldError:
    field: str                           # dotted path into IntakeState, e.g. "person.gender"
    message_nl: str
    message_en: str

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl


class IntakeFlow(Protocol):
    """What the checks read from the flow (flow.IntakeFlow implements it); a protocol
    here keeps the checks below the flow in the import graph."""

    state: IntakeState
    content: IntakeContent

    def today(self) -> date: ...
    def age(self) -> int | None: ...
    def nationality_group(self) -> str: ...
    def forms(self) -> set[str]: ...
    def allowed_signers(self) -> tuple[str, ...]: ...
    def conditions(self) -> dict[str, bool]: ...
    def error(self, field_path: str, key: str, **params: Any) -> FieldError: ...
    def afweging_requires_report(self) -> bool: ...


# --- validation rules per step ---------------------------------------------------------------

Errors = list[FieldError]


def _blank(text: str) -> bool:
    return not text.strip()


def _check_date(flow: IntakeFlow, errors: Errors, path: str, value: date | None, *,
                required: bool = False, not_future: bool = True) -> None:
    if value is None:
        if required:
            errors.append(flow.error(path, "required"))
    elif value < EARLIEST_DATE:
        errors.append(flow.error(path, "date_too_early"))
    elif not_future and value > flow.today():
        errors.append(flow.error(path, "date_future"))


def _check_code(flow: IntakeFlow, errors: Errors, path: str, list_name: str, value: str,
                *, required: bool = True, missing_key: str = "choose") -> None:
    if not value:
        if required:
            errors.append(flow.error(path, missing_key))
    elif value not in code_list(list_name):
        errors.append(flow.error(path, "unknown_code", value=value))


def _check_option(flow: IntakeFlow, errors: Errors, path: str, codes: set[str], value: str) -> None:
    if not value:
        errors.append(flow.error(path, "choose"))
    elif value not in codes:
        errors.append(flow.error(path, "unknown_code", value=value))


def _check_signal(flow: IntakeFlow) -> Errors:
    s, errors = flow.state, Errors()
    signal = s.signal
    _check_date(flow, errors, "signal.received_on", signal.received_on, required=True)
    if signal.reporter_org_type or not signal.reporter_anonymous:
        _check_code(flow, errors, "signal.reporter_org_type", "org_type", signal.reporter_org_type,
                    missing_key="reporter_required")
    _check_option(flow, errors, "signal.channel", {o.code for o in flow.content.channels}, signal.channel)
    if _blank(signal.text):
        errors.append(flow.error("signal.text", "signal_text_required"))
    _check_code(flow, errors, "referral_source", "referral_source", s.referral_source)
    _check_code(flow, errors, "municipality", "municipality", s.municipality)
    return errors


def _check_safety(flow: IntakeFlow) -> Errors:
    safety, errors = flow.state.safety, []
    if safety.acute_danger is None:
        errors.append(flow.error("safety.acute_danger", "acute_required"))
    if safety.is_minor is None:
        errors.append(flow.error("safety.is_minor", "minor_required"))
    if safety.unaccompanied_minor and safety.is_minor is False:
        errors.append(flow.error("safety.unaccompanied_minor", "unaccompanied_not_minor"))
    known = {o.code for o in flow.content.meldcode_steps}
    for i, code in enumerate(safety.meldcode_steps_done):
        if code not in known:
            errors.append(flow.error(f"safety.meldcode_steps_done[{i}]", "unknown_code", value=code))
    return errors


def _check_emergency(flow: IntakeFlow) -> Errors:
    safety = flow.state.safety
    if not safety.called_112 and _blank(safety.emergency_note):
        return [flow.error("safety.called_112", "called_112_required")]
    return []


def _check_meldcode(flow: IntakeFlow) -> Errors:
    safety, errors = flow.state.safety, []
    for question in flow.content.afweging:
        if question.code not in safety.afweging:
            errors.append(flow.error(f"safety.afweging.{question.code}", "afweging_required"))
    _check_option(flow, errors, "safety.meldcode_decision",
                  {o.code for o in flow.content.meldcode_decisions}, safety.meldcode_decision)
    if safety.meldcode_decision == "help" and flow.afweging_requires_report():
        errors.append(flow.error("safety.meldcode_decision", "meldcode_must_report"))
    return errors


def _check_indicators(flow: IntakeFlow) -> Errors:
    s, errors, seen = flow.state, [], set()
    for i, mark in enumerate(s.indicators.marks):
        path = f"indicators.marks[{i}]"
        if flow.content.indicator(mark.code) is None:
            errors.append(flow.error(f"{path}.code", "unknown_code", value=mark.code))
        elif mark.code in seen:
            errors.append(flow.error(f"{path}.code", "indicator_duplicate"))
        seen.add(mark.code)
        if mark.kind not in MARK_KINDS:
            errors.append(flow.error(f"{path}.kind", "indicator_kind"))
        if _blank(mark.source):
            errors.append(flow.error(f"{path}.source", "indicator_source"))
        elif len(kept := clean_text({}, "source", mark.source, maximum=MAX_LONG_TEXT) or "") > MAX_INDICATOR_SOURCE:
            errors.append(flow.error(f"{path}.source", "indicator_source_too_long",  # refused, never cut
                                     maximum=MAX_INDICATOR_SOURCE, length=len(kept)))
    _check_code(flow, errors, "primary_form", "form", s.primary_form, missing_key="primary_form_required")
    for i, form in enumerate(s.other_forms):
        _check_code(flow, errors, f"other_forms[{i}]", "form", form)
        if form and form == s.primary_form:
            errors.append(flow.error(f"other_forms[{i}]", "other_form_is_primary"))
    if "labour" in flow.forms() and _blank(s.labour_sector):
        errors.append(flow.error("labour_sector", "labour_sector_required"))
    return errors


def _check_person(flow: IntakeFlow) -> Errors:
    person, errors = flow.state.person, []
    names = (person.first_name, person.last_name, person.alias)
    if person.anonymous and not all(_blank(n) for n in names):
        errors.append(flow.error("person.anonymous", "anonymous_with_name"))
    elif not person.anonymous and all(_blank(n) for n in names):
        errors.append(flow.error("person.first_name", "name_required"))
    _check_date(flow, errors, "person.date_of_birth", person.date_of_birth)
    received = flow.state.signal.received_on
    if person.date_of_birth and received and person.date_of_birth > received:
        errors.append(flow.error("person.date_of_birth", "dob_after_signal"))
    if person.estimated_age is not None and not 0 <= person.estimated_age <= 120:
        errors.append(flow.error("person.estimated_age", "age_range"))
    _check_code(flow, errors, "person.gender", "gender", person.gender)
    code = person.nationality
    if code and (len(code) != 2 or not code.isascii() or not code.isupper()
                 or flow.nationality_group() == "unknown"):
        errors.append(flow.error("person.nationality", "nationality_invalid"))
    for i, language in enumerate(person.languages):
        if _blank(language):
            errors.append(flow.error(f"person.languages[{i}]", "required"))
    age, said_minor = flow.age(), flow.state.safety.is_minor
    if age is not None and said_minor is not None and (age < 18) != said_minor:
        where = "person.date_of_birth" if person.date_of_birth else "person.estimated_age"
        errors.append(flow.error(where, "age_conflicts_minor", age=age))
    return errors


def _check_consultation(flow: IntakeFlow) -> Errors:
    c, errors = flow.state.consultation, []
    if not c.parties:
        errors.append(flow.error("consultation.parties", "consulted_required"))
    known = {o.code for o in flow.content.consulted_parties}
    for i, party in enumerate(c.parties):
        if party not in known:
            errors.append(flow.error(f"consultation.parties[{i}]", "unknown_code", value=party))
    _check_date(flow, errors, "consultation.consulted_on", c.consulted_on)
    for name in ("weighed", "decision", "grounds"):
        if _blank(getattr(c, name)):
            errors.append(flow.error(f"consultation.{name}", f"{name}_required"))
    return errors


def _check_consent(flow: IntakeFlow) -> Errors:
    s, errors, seen = flow.state, [], set()
    if s.consent_for("comensha_registration") is None:
        errors.append(flow.error("consent.records", "consent_comensha_required"))
    allowed = flow.allowed_signers()
    for i, record in enumerate(s.consent.records):
        path = f"consent.records[{i}]"
        _check_code(flow, errors, f"{path}.purpose", "consent_purpose", record.purpose)
        if record.purpose in seen:
            errors.append(flow.error(f"{path}.purpose", "consent_duplicate"))
        seen.add(record.purpose)
        if record.given is None:
            errors.append(flow.error(f"{path}.given", "consent_given_required"))
        elif record.given:
            _check_date(flow, errors, f"{path}.signed_on", record.signed_on, required=True)
            _check_code(flow, errors, f"{path}.signer", "consent_signer", record.signer,
                        missing_key="consent_signer_required")
            if record.signer in code_list("consent_signer") and record.signer not in allowed:
                key = "consent_signer_16" if allowed == ("person",) else "consent_signer_under_16"
                errors.append(flow.error(f"{path}.signer", key))
            if record.purpose == "share_partners" and not record.partner_ids:
                errors.append(flow.error(f"{path}.partner_ids", "partners_required"))
        else:
            _check_code(flow, errors, f"{path}.legal_ground", "legal_ground", record.legal_ground,
                        missing_key="legal_ground_required")
    return errors


def _check_followups(flow: IntakeFlow) -> Errors:
    answers, errors, seen = flow.state.followups, [], set()
    consent = flow.conditions()["consent_comensha"]
    for i, choice in enumerate(answers.chosen):
        path = f"followups.chosen[{i}]"
        option = flow.content.followup(choice.code)
        if option is None:
            errors.append(flow.error(f"{path}.code", "followup_unknown", value=choice.code))
            continue
        if choice.code in seen:
            errors.append(flow.error(f"{path}.code", "followup_duplicate"))
        seen.add(choice.code)
        _check_date(flow, errors, f"{path}.due_date", choice.due_date, required=True, not_future=False)
        _check_date(flow, errors, f"{path}.start_date", choice.start_date, not_future=False)
        _check_code(flow, errors, f"{path}.shelter_type", "shelter_type", choice.shelter_type,
                    required=option.shelter_type is not None)
        if choice.code == "comensha_registration" and not consent:
            errors.append(flow.error(f"{path}.code", "comensha_needs_consent"))
    if answers.police_report and answers.police_report not in POLICE_REPORT_ANSWERS:
        errors.append(flow.error("followups.police_report", "unknown_code", value=answers.police_report))
    if answers.police_report == "yes":
        _check_date(flow, errors, "followups.police_report_on", answers.police_report_on, required=True)
    return errors


CHECKS: dict[str, Callable[[IntakeFlow], Errors]] = {
    "signal": _check_signal, "safety": _check_safety, "emergency": _check_emergency,
    "meldcode": _check_meldcode, "indicators": _check_indicators, "person": _check_person,
    "consultation": _check_consultation, "consent": _check_consent, "followups": _check_followups,
}
