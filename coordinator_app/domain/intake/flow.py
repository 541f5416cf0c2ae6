"""The intake wizard as a plain state machine (docs/DOMAIN.md §3), free of Qt.

`IntakeFlow` knows the path through the steps from the answers (acute danger -> emergency step;
minor -> Meldcode step; anonymous person -> no consent step), validates each step (rules in
`checks`), suggests forms of exploitation from the ticked indicators and follow-up tasks
from the branches of the route, and gives a plain-data summary. Like Electrum's `wizard.py`,
navigation is a function of the answers, so the QWizard pages only bind to it. The answers live
in `state.IntakeState`; route texts and options come from `content`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from coordinator_app.codes import code_list, label
from coordinator_app.domain import countries
from coordinator_app.domain.dates import add_months
from coordinator_app.domain.intake.checks import CHECKS, FieldError
from coordinator_app.domain.intake.content import STEP_CODES, Followup, IntakeContent, intake_content
from coordinator_app.domain.intake.state import (
    MARK_KINDS,
    NATIONALITY_GROUPS,
    POLICE_REPORT_ANSWERS,
    FollowupChoice,
    IntakeState,
)

__all__ = ["REFERRAL_FOR_ORG", "IntakeFlow", "SuggestedTask", "age_on", "text_label"]

# Reporter organisation type -> referral source (a proposal; the user may change it).
REFERRAL_FOR_ORG = {
    "police": "police", "labour_inspectorate": "labour_inspectorate", "veilig_thuis": "veilig_thuis",
    "comensha": "comensha", "municipality": "municipality", "education": "education",
    "ggd": "care", "healthcare": "care", "mental_health": "care", "youth_care": "care",
    "victim_support": "care", "zorg_veiligheidshuis": "care", "shelter_cosm": "shelter",
    "shelter_women": "shelter", "shelter_men": "shelter", "shelter_social": "shelter",
    "shelter_youth": "shelter",
}


# --- results ---------------------------------------------------------------------------------

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
        group = (self._group_of or countries.nationality_group)(code)
        if group not in NATIONALITY_GROUPS:
            raise ValueError(f"nationality_group() gave {group!r}, not a code of the list")
        return group

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
        return CHECKS[step](self)

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
