"""The intake wizard as a plain state machine (DOMAIN.md §3), free of Qt.

`IntakeState` holds every answer of every step and round-trips through JSON for drafts
(`to_dict`/`from_dict`: versioned, tolerant of unknown or malformed keys). `IntakeFlow` knows the
path through the steps from the answers (acute danger -> emergency step; minor -> Meldcode step;
anonymous person -> no consent step), validates each step, suggests forms of exploitation from
the ticked indicators and follow-up tasks from the branches of the route, and gives a plain-data
summary. Like Electrum's `wizard.py`, navigation is a function of the answers, so the QWizard
pages only bind to it. Route texts and options come from `intake_content`.
"""

from __future__ import annotations

import calendar
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, timedelta
from typing import Any

from coordinator_app.codes import code_list, label
from coordinator_app.services.intake_content import STEP_CODES, Followup, IntakeContent, intake_content

SCHEMA_VERSION = 1
MARK_KINDS = ("fact", "observation", "interpretation")
POLICE_REPORT_ANSWERS = ("yes", "no", "not_yet")
EARLIEST_DATE = date(1900, 1, 1)
NATIONALITY_GROUPS = ("nl", "eu_eea", "non_eu", "unknown")

# Reporter organisation type -> referral source (a proposal; the user may change it).
REFERRAL_FOR_ORG = {
    "police": "police", "labour_inspectorate": "labour_inspectorate", "veilig_thuis": "veilig_thuis",
    "comensha": "comensha", "municipality": "municipality", "education": "education",
    "ggd": "care", "healthcare": "care", "mental_health": "care", "youth_care": "care",
    "victim_support": "care", "zorg_veiligheidshuis": "care", "shelter_cosm": "shelter",
    "shelter_women": "shelter", "shelter_men": "shelter", "shelter_social": "shelter",
    "shelter_youth": "shelter",
}


# --- state -----------------------------------------------------------------------------------

@dataclass
class SignalAnswers:
    received_on: date | None = None
    reporter_anonymous: bool = False
    reporter_org_type: str = ""          # org_type code
    reporter_contact_id: int | None = None  # contact in the address book
    channel: str = ""                    # channel code (steps.toml)
    text: str = ""                       # the signal in the reporter's words


@dataclass
class SafetyAnswers:
    acute_danger: bool | None = None
    called_112: bool = False
    emergency_note: str = ""             # what was agreed, or why 112 was not needed
    is_minor: bool | None = None
    unaccompanied_minor: bool = False
    meldcode_steps_done: list[str] = field(default_factory=list)
    afweging: dict[str, bool] = field(default_factory=dict)  # afweging question code -> answer
    meldcode_decision: str = ""          # report | report_and_help | help
    meldcode_note: str = ""


@dataclass
class IndicatorMark:
    code: str = ""
    kind: str = ""                       # fact | observation | interpretation
    source: str = ""                     # who saw or said it
    note: str = ""


@dataclass
class IndicatorAnswers:
    marks: list[IndicatorMark] = field(default_factory=list)
    notes: str = ""


@dataclass
class PersonAnswers:
    anonymous: bool = False              # anonymous or (as yet) unknown
    first_name: str = ""
    last_name: str = ""
    alias: str = ""
    date_of_birth: date | None = None
    estimated_age: int | None = None     # age on the signal date, when the birth date is unknown
    gender: str = ""                     # gender code
    nationality: str = ""                # ISO 3166-1 alpha-2; "" = unknown
    languages: list[str] = field(default_factory=list)
    interpreter_needed: bool = False
    safe_contact: str = ""
    whereabouts: str = ""


@dataclass
class ConsultationAnswers:
    parties: list[str] = field(default_factory=list)       # consulted_party codes
    contact_ids: list[int] = field(default_factory=list)   # consulted contacts (address book)
    consulted_on: date | None = None
    weighed: str = ""
    decision: str = ""
    grounds: str = ""


@dataclass
class ConsentRecord:
    purpose: str = ""                    # consent_purpose code
    given: bool | None = None
    signed_on: date | None = None
    signer: str = ""                     # consent_signer code: person | parent | guardian
    signer_name: str = ""
    partner_ids: list[int] = field(default_factory=list)  # named partners (share_partners)
    legal_ground: str = ""               # legal_ground code, required when consent is not given
    note: str = ""


@dataclass
class ConsentAnswers:
    records: list[ConsentRecord] = field(default_factory=list)


@dataclass
class FollowupChoice:
    code: str = ""                       # follow-up code (followups.toml)
    due_date: date | None = None
    org_id: int | None = None            # organisation/contact in the address book
    shelter_type: str = ""               # shelter_type code, for shelter options
    start_date: date | None = None       # e.g. start of the reflection period
    note: str = ""


@dataclass
class FollowupAnswers:
    chosen: list[FollowupChoice] = field(default_factory=list)
    police_report: str = ""              # "" | yes | no | not_yet
    police_report_on: date | None = None


@dataclass
class IntakeState:
    """All answers of an intake; the finish step maps it onto case, person, indicators, etc."""

    current_step: str = "signal"
    signal: SignalAnswers = field(default_factory=SignalAnswers)
    safety: SafetyAnswers = field(default_factory=SafetyAnswers)
    indicators: IndicatorAnswers = field(default_factory=IndicatorAnswers)
    person: PersonAnswers = field(default_factory=PersonAnswers)
    consultation: ConsultationAnswers = field(default_factory=ConsultationAnswers)
    consent: ConsentAnswers = field(default_factory=ConsentAnswers)
    followups: FollowupAnswers = field(default_factory=FollowupAnswers)
    primary_form: str = ""               # form code
    other_forms: list[str] = field(default_factory=list)
    labour_sector: str = ""
    municipality: str = ""               # municipality code
    referral_source: str = ""            # referral_source code

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable draft, with the schema version."""
        data = _dump(self)
        data["version"] = SCHEMA_VERSION
        return data

    @classmethod
    def from_dict(cls, data: Any) -> IntakeState:
        """Rebuild from `to_dict` output; unknown keys are ignored, malformed values get defaults."""
        state = _load(cls, data if isinstance(data, dict) else {})
        if state.current_step not in STEP_CODES:
            state.current_step = "signal"
        return state

    def to_json(self) -> str:
        """The draft as ASCII-only JSON text (lone surrogates in free text survive the trip)."""
        return json.dumps(self.to_dict(), ensure_ascii=True, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> IntakeState:
        """Rebuild from `to_json` text; raises ValueError when the text is not JSON at all."""
        return cls.from_dict(json.loads(text))

    def consent_for(self, purpose: str) -> ConsentRecord | None:
        return next((r for r in self.consent.records if r.purpose == purpose), None)


def _dump(value: Any) -> Any:
    if is_dataclass(value):
        return {f.name: _dump(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


_INVALID = object()


def _convert(tp: Any, raw: Any) -> Any:
    """`raw` converted to type `tp`, or _INVALID."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if raw is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _convert(inner[0], raw) if len(inner) == 1 else _INVALID
    if origin is list:
        if not isinstance(raw, list):
            return _INVALID
        items = [_convert(args[0], v) for v in raw]
        return [v for v in items if v is not _INVALID]
    if origin is dict:
        if not isinstance(raw, dict):
            return _INVALID
        pairs = ((k, _convert(args[1], v)) for k, v in raw.items() if isinstance(k, str))
        return {k: v for k, v in pairs if v is not _INVALID}
    if tp is bool:
        return raw if isinstance(raw, bool) else _INVALID
    if tp is int:
        return raw if isinstance(raw, int) and not isinstance(raw, bool) else _INVALID
    if tp is str:
        return raw if isinstance(raw, str) else _INVALID
    if tp is date:
        if not isinstance(raw, str) or len(raw) != 10:
            return _INVALID
        try:
            return date.fromisoformat(raw)
        except ValueError:
            return _INVALID
    if isinstance(tp, type) and is_dataclass(tp):
        return _load(tp, raw) if isinstance(raw, dict) else _INVALID
    return _INVALID


def _load(cls: Any, data: dict[str, Any]) -> Any:
    obj = cls()
    hints = typing.get_type_hints(cls)
    for f in fields(cls):
        if f.name in data:
            value = _convert(hints[f.name], data[f.name])
            if value is not _INVALID:
                setattr(obj, f.name, value)
    return obj


# --- results ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldError:
    field: str                           # dotted path into IntakeState, e.g. "person.gender"
    message_nl: str
    message_en: str

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl


@dataclass(frozen=True)
class SuggestedTask:
    code: str
    title: str
    due_date: date
    org_type: str
    milestone: str | None
    shelter_type: str | None = None


def age_on(born: date, on: date) -> int | None:
    """Whole years from `born` to `on`; None when `born` lies after `on`."""
    if born > on:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def add_months(start: date, months: int) -> date | None:
    """`start` plus whole calendar months (day clamped to the month's end); None past year 9999."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    if year > 9999:
        return None
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _default_nationality_group() -> Callable[[str], str]:
    try:
        from coordinator_app.services.countries import nationality_group
    except ImportError:  # pragma: no cover - countries.py is written in parallel
        return lambda iso2: "nl" if iso2 == "NL" else "unknown"
    return nationality_group


# --- the flow --------------------------------------------------------------------------------

class IntakeFlow:
    """Navigation, validation and suggestions for one intake; `state` is edited by the pages."""

    def __init__(self, state: IntakeState | None = None, content: IntakeContent | None = None, *,
                 today: date | Callable[[], date] | None = None,
                 nationality_group: Callable[[str], str] | None = None) -> None:
        self.state = state if state is not None else IntakeState()
        self.content = content if content is not None else intake_content()
        self._today = today
        self._group_of = nationality_group

    # facts derived from the answers

    def today(self) -> date:
        if self._today is None:
            return date.today()
        return self._today if isinstance(self._today, date) else self._today()

    def reference_date(self) -> date:
        """The signal date (ages are computed on it), or today when it is not set."""
        return self.state.signal.received_on or self.today()

    def age(self) -> int | None:
        person = self.state.person
        if person.date_of_birth is not None:
            return age_on(person.date_of_birth, self.reference_date())
        if person.estimated_age is not None and 0 <= person.estimated_age <= 120:
            return person.estimated_age
        return None

    def is_minor(self) -> bool:
        age = self.age()
        return age < 18 if age is not None else self.state.safety.is_minor is True

    def nationality_group(self) -> str:
        code = self.state.person.nationality.strip().upper()
        if not code:
            return "unknown"
        try:
            group = (self._group_of or _default_nationality_group())(code)
        except Exception:
            return "unknown"
        return group if group in NATIONALITY_GROUPS else "unknown"

    def forms(self) -> set[str]:
        return {f for f in [self.state.primary_form, *self.state.other_forms] if f}

    def allowed_signers(self) -> tuple[str, ...]:
        """Who may sign consent: from 16 the person, under 16 a parent or guardian."""
        age = self.age()
        if age is None:
            return ("person", "parent", "guardian") if self.is_minor() else ("person",)
        return ("person",) if age >= 16 else ("parent", "guardian")

    def conditions(self) -> dict[str, bool]:
        """The value of every condition name the route content may use (CONDITIONS)."""
        s, age, minor = self.state, self.age(), self.is_minor()
        group, forms = self.nationality_group(), self.forms()
        consents = s.consent.records if not s.person.anonymous else []
        return {
            "acute_danger": s.safety.acute_danger is True,
            "minor": minor, "adult": not minor,
            "under_16": age is not None and age < 16,
            "age_16_17": age is not None and 16 <= age <= 17,
            "unaccompanied_minor": minor and s.safety.unaccompanied_minor,
            "anonymous": s.person.anonymous, "known_person": not s.person.anonymous,
            "form_sexual": "sexual" in forms, "form_labour": "labour" in forms,
            "form_criminal": "criminal" in forms, "form_organ": "organ" in forms,
            "form_unknown": not (forms - {"unknown"}),
            "nl": group == "nl", "eu": group == "eu_eea", "non_eu": group == "non_eu",
            "foreign": group in ("eu_eea", "non_eu"), "dutch_or_eu": group in ("nl", "eu_eea"),
            "nationality_unknown": group == "unknown",
            "gender_female": s.person.gender == "female", "gender_male": s.person.gender == "male",
            "gender_other_or_unknown": s.person.gender not in ("female", "male"),
            "consent_comensha": any(r.purpose == "comensha_registration" and r.given is True
                                    for r in consents),
            "no_consent": any(r.given is False for r in consents),
            "meldcode_help_only": minor and s.safety.meldcode_decision == "help",
        }

    # navigation

    def steps(self) -> list[str]:
        """The path through the route for the current answers."""
        path = ["signal", "safety"]
        if self.state.safety.acute_danger is True:
            path.append("emergency")
        if self.is_minor():
            path.append("meldcode")
        path += ["indicators", "person", "consultation"]
        if not self.state.person.anonymous:
            path.append("consent")
        return [*path, "followups", "summary"]

    def first_step(self) -> str:
        return "signal"

    def next_step(self, current: str) -> str | None:
        path = self.steps()
        if current in path:
            index = path.index(current)
            return path[index + 1] if index + 1 < len(path) else None
        rank = STEP_CODES.index(current)
        return next((s for s in path if STEP_CODES.index(s) > rank), None)

    def previous_step(self, current: str) -> str | None:
        path = self.steps()
        if current in path:
            index = path.index(current)
            return path[index - 1] if index > 0 else None
        rank = STEP_CODES.index(current)
        return next((s for s in reversed(path) if STEP_CODES.index(s) < rank), None)

    def is_last_step(self, current: str) -> bool:
        return self.next_step(current) is None

    def guidance(self, step: str, lang: str = "nl") -> str:
        """The step's guidance plus every note whose conditions hold."""
        item, cond = self.content.step(step), self.conditions()
        parts = [item.guidance.get(lang)]
        parts += [n.text.get(lang) for n in item.notes if all(cond[c] for c in n.when)]
        return "\n\n".join(parts)

    # validation (the rules per step are the _check_* functions below)

    def validate(self, step: str) -> list[FieldError]:
        if step == "summary":
            return [e for s in self.steps() if s != "summary" for e in self.validate(s)]
        return _CHECKS[step](self)

    def is_complete(self) -> bool:
        return not self.validate("summary")

    def error(self, field_path: str, key: str, **params: Any) -> FieldError:
        return FieldError(field_path, self.content.message(key, "nl", **params),
                          self.content.message(key, "en", **params))

    # suggestions

    def suggested_forms(self) -> list[str]:
        """Forms pointed to by the ticked indicators, most often first (ties: code-list order)."""
        counts: dict[str, int] = {}
        for mark in self.state.indicators.marks:
            indicator = self.content.indicator(mark.code)
            for form in indicator.forms if indicator else ():
                counts[form] = counts.get(form, 0) + 1
        order = list(code_list("form"))
        return sorted(counts, key=lambda f: (-counts[f], order.index(f)))

    def suggested_referral_source(self) -> str | None:
        signal = self.state.signal
        if signal.reporter_anonymous and not signal.reporter_org_type:
            return None
        return REFERRAL_FOR_ORG.get(signal.reporter_org_type, "other" if signal.reporter_org_type else None)

    def available_followups(self) -> list[Followup]:
        """The follow-up options that fit the answers (the user may pick any of them)."""
        cond = self.conditions()
        return [f for f in self.content.followups
                if all(cond[c] for c in f.when)
                and (not f.when_any or any(cond[c] for c in f.when_any))
                and not any(cond[c] for c in f.unless)]

    def suggested_followups(self, lang: str = "nl") -> list[SuggestedTask]:
        """The pre-selected follow-up tasks, with due dates from today."""
        cond, today = self.conditions(), self.today()
        return [SuggestedTask(f.code, f.title.get(lang), today + timedelta(days=f.due_days),
                              f.org_type, f.milestone, f.shelter_type)
                for f in self.available_followups() if f.suggest and all(cond[c] for c in f.suggest_when)]

    def apply_suggested_followups(self) -> None:
        """Add every suggested task that is not chosen yet (keeps the user's own choices)."""
        chosen = {c.code for c in self.state.followups.chosen}
        for task in self.suggested_followups():
            if task.code not in chosen:
                self.state.followups.chosen.append(
                    FollowupChoice(task.code, task.due_date, shelter_type=task.shelter_type or ""))

    def period_end(self, choice: FollowupChoice) -> date | None:
        """End of a period such as the reflection period (start + duration), if known."""
        option = self.content.followup(choice.code)
        if option is None or option.duration_months is None or choice.start_date is None:
            return None
        return add_months(choice.start_date, option.duration_months)

    def period_reminder(self, choice: FollowupChoice) -> date | None:
        option, end = self.content.followup(choice.code), self.period_end(choice)
        if option is None or end is None or option.remind_days_before is None:
            return None
        try:
            return end - timedelta(days=option.remind_days_before)
        except OverflowError:
            return None

    def afweging_requires_report(self) -> bool:
        """True when an afwegingskader answer means a report to Veilig Thuis is required."""
        answers = self.state.safety.afweging
        return any(q.report_if is not None and answers.get(q.code) is q.report_if
                   for q in self.content.afweging)

    def summary(self, lang: str = "nl") -> dict[str, Any]:
        return _summary(self, lang)


def text_label(list_name: str, code: str, lang: str = "nl") -> str:
    """Label of a code from codes.toml ("" for no code)."""
    return label(list_name, code, lang) if code else ""


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
    s, errors = flow.state, []
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


_CHECKS: dict[str, Callable[[IntakeFlow], Errors]] = {
    "signal": _check_signal, "safety": _check_safety, "emergency": _check_emergency,
    "meldcode": _check_meldcode, "indicators": _check_indicators, "person": _check_person,
    "consultation": _check_consultation, "consent": _check_consent, "followups": _check_followups,
}


# --- summary ---------------------------------------------------------------------------------

def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _summary_task(flow: IntakeFlow, choice: FollowupChoice, lang: str) -> dict[str, Any]:
    item = flow.content.followup(choice.code)
    return {
        "code": choice.code, "title": item.title.get(lang) if item else choice.code,
        "due_date": _iso(choice.due_date), "org_id": choice.org_id,
        "org_type": text_label("org_type", item.org_type, lang) if item else "",
        "milestone": text_label("milestone", item.milestone or "", lang) if item else "",
        "shelter_type": text_label("shelter_type", choice.shelter_type, lang),
        "start_date": _iso(choice.start_date), "end_date": _iso(flow.period_end(choice)),
        "remind_on": _iso(flow.period_reminder(choice)), "note": choice.note,
    }


def _summary(flow: IntakeFlow, lang: str) -> dict[str, Any]:
    s, content = flow.state, flow.content

    def option(options: tuple[Any, ...], code: str) -> str:
        return next((o.label.get(lang) for o in options if o.code == code), code)

    person = s.person
    tasks = [_summary_task(flow, choice, lang) for choice in s.followups.chosen]
    return {
        "steps": [{"code": c, "title": content.step(c).title.get(lang)} for c in flow.steps()],
        "signal": {
            "received_on": _iso(s.signal.received_on), "reporter_anonymous": s.signal.reporter_anonymous,
            "reporter_org_type": text_label("org_type", s.signal.reporter_org_type, lang),
            "reporter_contact_id": s.signal.reporter_contact_id,
            "channel": option(content.channels, s.signal.channel), "text": s.signal.text,
            "referral_source": text_label("referral_source", s.referral_source, lang),
            "municipality": text_label("municipality", s.municipality, lang),
        },
        "safety": {
            "acute_danger": s.safety.acute_danger, "called_112": s.safety.called_112,
            "emergency_note": s.safety.emergency_note, "is_minor": flow.is_minor(),
            "unaccompanied_minor": s.safety.unaccompanied_minor,
            "meldcode_steps_done": [option(content.meldcode_steps, c) for c in s.safety.meldcode_steps_done],
            "afweging": [{"question": q.text.get(lang), "answer": s.safety.afweging.get(q.code)}
                         for q in content.afweging] if flow.is_minor() else [],
            "meldcode_decision": option(content.meldcode_decisions, s.safety.meldcode_decision),
        },
        "forms": {
            "primary": text_label("form", s.primary_form, lang),
            "other": [text_label("form", f, lang) for f in s.other_forms],
            "suggested": [text_label("form", f, lang) for f in flow.suggested_forms()],
            "labour_sector": s.labour_sector,
        },
        "indicators": [{
            "code": m.code, "text": (ind.text.get(lang) if (ind := content.indicator(m.code)) else m.code),
            "kind": content.message(f"kind_{m.kind}", lang) if m.kind in MARK_KINDS else m.kind,
            "source": m.source, "note": m.note,
        } for m in s.indicators.marks],
        "indicator_notes": s.indicators.notes,
        "person": {
            "anonymous": person.anonymous, "first_name": person.first_name, "last_name": person.last_name,
            "alias": person.alias, "date_of_birth": _iso(person.date_of_birth),
            "estimated_age": person.estimated_age, "age": flow.age(),
            "gender": text_label("gender", person.gender, lang), "nationality": person.nationality,
            "nationality_group": text_label("nationality_group", flow.nationality_group(), lang),
            "languages": list(person.languages), "interpreter_needed": person.interpreter_needed,
            "safe_contact": person.safe_contact, "whereabouts": person.whereabouts,
        },
        "consultation": {
            "parties": [option(content.consulted_parties, p) for p in s.consultation.parties],
            "contact_ids": list(s.consultation.contact_ids),
            "consulted_on": _iso(s.consultation.consulted_on),
            "weighed": s.consultation.weighed, "decision": s.consultation.decision,
            "grounds": s.consultation.grounds,
        },
        "consent": [{
            "purpose": text_label("consent_purpose", r.purpose, lang), "given": r.given,
            "signed_on": _iso(r.signed_on), "signer": text_label("consent_signer", r.signer, lang),
            "signer_name": r.signer_name, "partner_ids": list(r.partner_ids),
            "legal_ground": text_label("legal_ground", r.legal_ground, lang),
            "note": r.note,
        } for r in s.consent.records] if "consent" in flow.steps() else [],
        "tasks": tasks,
        "police_report": content.message(f"police_report_{s.followups.police_report}", lang)
        if s.followups.police_report in POLICE_REPORT_ANSWERS else "",
        "police_report_on": _iso(s.followups.police_report_on),
        "shelter_chosen": any((item := content.followup(c.code)) is not None and item.shelter_type
                              for c in s.followups.chosen),
        "complete": flow.is_complete(),
    }
