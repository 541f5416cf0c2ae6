"""The answers of an intake (`IntakeState`) and their JSON form for drafts, free of Qt.

`IntakeState` holds every answer of every step and round-trips through JSON for drafts
(`to_dict`/`from_dict`: versioned, tolerant of unknown or malformed keys). The rules live in
`checks`, the navigation in `flow`.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from typing import Any

from coordinator_app.domain.intake.content import STEP_CODES

SCHEMA_VERSION = 1
MARK_KINDS = ("fact", "observation", "interpretation")
POLICE_REPORT_ANSWERS = ("yes", "no", "not_yet")
EARLIEST_DATE = date(1900, 1, 1)
NATIONALITY_GROUPS = ("nl", "eu_eea", "non_eu", "unknown")


# --- answers -----------------------------------------------------------------------------------

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
    case_id: int | None = None           # a signal case this intake completes (start_from_case)

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable draft, with the schema version."""
        data: dict[str, Any] = _dump(self)
        data["version"] = SCHEMA_VERSION
        return data

    @classmethod
    def from_dict(cls, data: Any) -> IntakeState:
        """Rebuild from `to_dict` output; unknown keys are ignored, malformed values get defaults."""
        state: IntakeState = _load(cls, data if isinstance(data, dict) else {})
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
