"""Route content of the intake wizard, loaded from resources/ and validated (docs/DOMAIN.md §3, §5).

Files: `route/steps.toml` (steps, guidance, option lists, Meldcode), `route/followups.toml`
(follow-up options) and `indicators.toml`; the validation messages and the texts the intake writes come
from the gettext catalogue `route` (resources/locale/<lang>/LC_MESSAGES/route.po, through `catalogues`).
Every problem raises `ResourceError` naming the file and the key; codes are checked against the
code lists of `coordinator_app.codes`. Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from coordinator_app import catalogues
from coordinator_app.codes import code_list
from coordinator_app.paths import resource
from coordinator_app.resources_loader import ResourceError, load_toml, require

# The steps the flow knows, in route order. `emergency` and `meldcode` are branches.
STEP_CODES = (
    "signal", "safety", "emergency", "meldcode", "indicators", "person",
    "consultation", "consent", "followups", "summary",
)
BRANCH_STEPS = frozenset({"emergency", "meldcode"})

# Condition names usable in `when`/`when_any`/`unless`/`suggest_when` and step notes; the flow
# evaluates each of them (IntakeFlow.conditions()).
CONDITIONS = frozenset({
    "acute_danger", "minor", "adult", "under_16", "age_16_17", "unaccompanied_minor",
    "anonymous", "known_person",
    "form_sexual", "form_labour", "form_criminal", "form_organ", "form_unknown",
    "nl", "eu", "non_eu", "foreign", "dutch_or_eu", "nationality_unknown",
    "gender_female", "gender_male", "gender_other_or_unknown",
    "consent_comensha", "no_consent", "meldcode_help_only",
})

INDICATOR_KINDS = ("fact", "observation")
LANGS = ("nl", "en")


@dataclass(frozen=True)
class Text:
    """A text in Dutch and English."""

    nl: str
    en: str

    def get(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True)
class Option:
    """One entry of a small option list (channel, consulted party, Meldcode decision, ...)."""

    code: str
    label: Text


@dataclass(frozen=True)
class Note:
    """Extra guidance on a step, shown when all `when` conditions hold."""

    when: tuple[str, ...]
    text: Text


@dataclass(frozen=True)
class Step:
    code: str
    title: Text
    guidance: Text
    branch: bool
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class AfwegingQuestion:
    """A question of the afwegingskader; `report_if` is the answer that requires a report."""

    code: str
    text: Text
    report_if: bool | None


@dataclass(frozen=True)
class Followup:
    code: str
    title: Text
    guidance: Text
    due_days: int
    org_type: str
    milestone: str | None
    shelter_type: str | None
    when: tuple[str, ...]
    when_any: tuple[str, ...]
    unless: tuple[str, ...]
    suggest: bool
    suggest_when: tuple[str, ...]
    duration_months: int | None = None
    remind_days_before: int | None = None


@dataclass(frozen=True)
class IndicatorGroup:
    code: str
    title: Text
    form: str | None
    optional: bool


@dataclass(frozen=True)
class Indicator:
    code: str
    group: str
    kind: str
    forms: tuple[str, ...]
    text: Text


@dataclass(frozen=True)
class IntakeContent:
    """Everything the intake flow and wizard read from resources/."""

    steps: tuple[Step, ...]
    channels: tuple[Option, ...]
    consulted_parties: tuple[Option, ...]
    meldcode_steps: tuple[Option, ...]
    afweging: tuple[AfwegingQuestion, ...]
    meldcode_decisions: tuple[Option, ...]
    followups: tuple[Followup, ...]
    indicator_groups: tuple[IndicatorGroup, ...]
    indicators: tuple[Indicator, ...]
    messages: dict[str, Text]

    def step(self, code: str) -> Step:
        return next(s for s in self.steps if s.code == code)

    def followup(self, code: str) -> Followup | None:
        return next((f for f in self.followups if f.code == code), None)

    def indicator(self, code: str) -> Indicator | None:
        return next((i for i in self.indicators if i.code == code), None)

    def indicators_in(self, group: str) -> list[Indicator]:
        return [i for i in self.indicators if i.group == group]

    def message(self, key: str, lang: str = "nl", **params: Any) -> str:
        text = self.messages.get(key)
        if text is None:
            return key
        try:
            return text.get(lang).format(**params)
        except (KeyError, IndexError, ValueError):
            return text.get(lang)


# --- helpers ---------------------------------------------------------------------------------

def _text(table: dict[str, Any], file: Path, prefix: str, nl_key: str = "nl", en_key: str = "en") -> Text:
    values = []
    for key in (nl_key, en_key):
        value = require(table, key, str, file, prefix)
        if not value.strip():
            raise ResourceError(file, f"{prefix}.{key}", "tekst is leeg")
        values.append(value.strip())
    return Text(values[0], values[1])


def _codes(table: dict[str, Any], key: str, file: Path, prefix: str, allowed: Callable[[str], bool],
           what: str, default: list[str] | None = None) -> tuple[str, ...]:
    if default is not None and key not in table:
        return tuple(default)
    values = require(table, key, list, file, prefix)
    for value in values:
        if not isinstance(value, str) or not allowed(value):
            raise ResourceError(file, f"{prefix}.{key}", f"onbekende {what} '{value}'")
    return tuple(values)


def _array(data: dict[str, Any], key: str, file: Path) -> list[dict[str, Any]]:
    items = require(data, key, list, file)
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise ResourceError(file, f"{key}[{index}]", "verwacht een tabel")
    return items


def _code(item: dict[str, Any], file: Path, key: str, index: int, seen: set[str]) -> str:
    code = require(item, "code", str, file, f"{key}[{index}]")
    if not code.strip():
        raise ResourceError(file, f"{key}[{index}].code", "code is leeg")
    if code in seen:
        raise ResourceError(file, f"{key}.{code}", "code komt twee keer voor")
    seen.add(code)
    return code


def _options(data: dict[str, Any], key: str, file: Path) -> tuple[Option, ...]:
    table = require(data, key, dict, file)
    if not table:
        raise ResourceError(file, key, "lijst is leeg")
    options = []
    for code, entry in table.items():
        if not isinstance(entry, dict):
            raise ResourceError(file, f"{key}.{code}", "verwacht een tabel met nl en en")
        options.append(Option(code, _text(entry, file, f"{key}.{code}")))
    return tuple(options)


def _coded_list(data: dict[str, Any], key: str, file: Path) -> list[tuple[str, dict[str, Any], str]]:
    seen: set[str] = set()
    result = []
    for index, item in enumerate(_array(data, key, file)):
        code = _code(item, file, key, index, seen)
        result.append((code, item, f"{key}.{code}"))
    return result


def _optional_code(item: dict[str, Any], key: str, file: Path, prefix: str, list_name: str) -> str | None:
    value = require(item, key, str, file, prefix)
    if not value:
        return None
    if value not in code_list(list_name):
        raise ResourceError(file, f"{prefix}.{key}", f"onbekende code '{value}' (lijst {list_name})")
    return value


def _condition(name: str) -> bool:
    return name in CONDITIONS


# --- loaders ---------------------------------------------------------------------------------

def _load_steps(file: Path) -> dict[str, Any]:
    data = load_toml(path=file)
    steps = []
    for code, item, prefix in _coded_list(data, "step", file):
        if code not in STEP_CODES:
            raise ResourceError(file, prefix, f"onbekende stap (bekend: {', '.join(STEP_CODES)})")
        branch = item.get("branch", False)
        if not isinstance(branch, bool):
            raise ResourceError(file, f"{prefix}.branch", "verwacht true of false")
        notes = []
        for n, note in enumerate(item.get("note", [])):
            note_prefix = f"{prefix}.note[{n}]"
            if not isinstance(note, dict):
                raise ResourceError(file, note_prefix, "verwacht een tabel")
            when = _codes(note, "when", file, note_prefix, _condition, "voorwaarde")
            notes.append(Note(when, _text(note, file, note_prefix)))
        steps.append(Step(code, _text(item, file, prefix),
                          _text(item, file, prefix, "guidance_nl", "guidance_en"), branch, tuple(notes)))
    missing = [c for c in STEP_CODES if c not in {s.code for s in steps}]
    if missing:
        raise ResourceError(file, f"step.{missing[0]}", "stap ontbreekt")
    steps.sort(key=lambda s: STEP_CODES.index(s.code))
    afweging = []
    for code, item, prefix in _coded_list(data, "afweging", file):
        report_if = item.get("report_if")
        if report_if is not None and not isinstance(report_if, bool):
            raise ResourceError(file, f"{prefix}.report_if", "verwacht true of false")
        afweging.append(AfwegingQuestion(code, _text(item, file, prefix), report_if))
    meldcode_steps = tuple(Option(code, _text(item, file, prefix))
                           for code, item, prefix in _coded_list(data, "meldcode_step", file))
    decisions = _options(data, "meldcode_decision", file)
    for required in ("report", "report_and_help", "help"):
        if required not in {d.code for d in decisions}:
            raise ResourceError(file, f"meldcode_decision.{required}", "ontbreekt")
    return {
        "steps": tuple(steps), "channels": _options(data, "channel", file),
        "consulted_parties": _options(data, "consulted_party", file),
        "meldcode_steps": meldcode_steps, "afweging": tuple(afweging), "meldcode_decisions": decisions,
    }


def _load_followups(file: Path) -> tuple[Followup, ...]:
    data = load_toml(path=file)
    result = []
    for code, item, prefix in _coded_list(data, "followup", file):
        due_days = require(item, "due_days", int, file, prefix)
        if isinstance(due_days, bool) or not 0 <= due_days <= 365:
            raise ResourceError(file, f"{prefix}.due_days", "verwacht een aantal dagen van 0 tot 365")
        org_type = require(item, "org_type", str, file, prefix)
        if org_type not in code_list("org_type"):
            raise ResourceError(file, f"{prefix}.org_type", f"onbekende code '{org_type}' (lijst org_type)")
        extra: dict[str, int] = {}
        for key in ("duration_months", "remind_days_before"):
            if key in item:
                value = item[key]
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ResourceError(file, f"{prefix}.{key}", "verwacht een geheel getal van 0 of meer")
                extra[key] = value
        result.append(Followup(
            code=code, title=_text(item, file, prefix),
            guidance=_text(item, file, prefix, "guidance_nl", "guidance_en"),
            due_days=due_days, org_type=org_type,
            milestone=_optional_code(item, "milestone", file, prefix, "milestone"),
            shelter_type=_optional_code(item, "shelter_type", file, prefix, "shelter_type"),
            when=_codes(item, "when", file, prefix, _condition, "voorwaarde"),
            when_any=_codes(item, "when_any", file, prefix, _condition, "voorwaarde", default=[]),
            unless=_codes(item, "unless", file, prefix, _condition, "voorwaarde", default=[]),
            suggest=require(item, "suggest", bool, file, prefix),
            suggest_when=_codes(item, "suggest_when", file, prefix, _condition, "voorwaarde", default=[]),
            **extra,
        ))
    return tuple(result)


def _load_indicators(file: Path) -> tuple[tuple[IndicatorGroup, ...], tuple[Indicator, ...]]:
    data = load_toml(path=file)
    forms = code_list("form")
    groups = []
    for code, entry in require(data, "group", dict, file).items():
        prefix = f"group.{code}"
        if not isinstance(entry, dict):
            raise ResourceError(file, prefix, "verwacht een tabel")
        form = require(entry, "form", str, file, prefix)
        if form and form not in forms:
            raise ResourceError(file, f"{prefix}.form", f"onbekende vorm '{form}' (lijst form)")
        optional = entry.get("optional", False)
        if not isinstance(optional, bool):
            raise ResourceError(file, f"{prefix}.optional", "verwacht true of false")
        groups.append(IndicatorGroup(code, _text(entry, file, prefix), form or None, optional))
    group_codes = {g.code for g in groups}
    indicators = []
    for code, item, prefix in _coded_list(data, "indicator", file):
        group = require(item, "group", str, file, prefix)
        if group not in group_codes:
            raise ResourceError(file, f"{prefix}.group", f"onbekende groep '{group}'")
        kind = require(item, "kind", str, file, prefix)
        if kind not in INDICATOR_KINDS:
            raise ResourceError(file, f"{prefix}.kind", f"verwacht {' of '.join(INDICATOR_KINDS)}")
        suggested = _codes(item, "forms", file, prefix, lambda f: f in forms and f != "unknown", "vorm")
        indicators.append(Indicator(code, group, kind, suggested, _text(item, file, prefix)))
    return tuple(groups), tuple(indicators)


def _load_messages() -> dict[str, Text]:
    """The route's messages from its gettext catalogue (complete in nl and en: `catalogues.merged` checks that)."""
    return {key: Text(text["nl"], text["en"]) for key, text in catalogues.merged("route").items()}


def load_intake_content(route_dir: Path | None = None, indicators_file: Path | None = None) -> IntakeContent:
    """Load and validate the route content; by default from the bundled resources/ folder."""
    route = route_dir if route_dir is not None else resource("route")
    steps = _load_steps(route / "steps.toml")
    groups, indicators = _load_indicators(indicators_file if indicators_file is not None
                                          else resource("indicators.toml"))
    return IntakeContent(
        followups=_load_followups(route / "followups.toml"), indicator_groups=groups,
        indicators=indicators, messages=_load_messages(), **steps,
    )


@cache
def intake_content() -> IntakeContent:
    """The bundled route content, loaded once."""
    return load_intake_content()
