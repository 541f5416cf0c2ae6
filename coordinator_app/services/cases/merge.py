"""Duplicate review: persons in the vault who are probably the same (files imported from old lists, a
second file opened before the known-person check existed) and merging two cases into one.

A merge keeps everything: every journal line, task, document, milestone, consent, indicator, other form,
link (involvement) and intake draft of the absorbed case moves to the kept case; the absorbed person's
names become other spellings of the kept person; what only the absorbed case held (its number, dates,
signal text, safety notes, care needs, a different date of birth ...) is written, exactly, into one
journal line of the kept case. Then the absorbed case is removed. The audit log records the merge with
both case ids and no personal data. `merge_plan` says beforehand exactly what will move.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from coordinator_app.db.models import (
    Case,
    CaseForm,
    CaseIndicator,
    Consent,
    Document,
    IntakeDraft,
    Involvement,
    JournalEntry,
    Milestone,
    Person,
    Task,
)
from coordinator_app.db.vault import Vault
from coordinator_app.errors import ValidationError, message
from coordinator_app.services import audit
from coordinator_app.services.search.name_match import SIMILAR
from coordinator_app.services.search.persons import CaseMatch, _matches, name_index

# what moves, in the order the plan names it
MOVED = (
    ("journal", JournalEntry), ("tasks", Task), ("documents", Document), ("milestones", Milestone),
    ("consents", Consent), ("links", Involvement), ("indicators", CaseIndicator), ("drafts", IntakeDraft),
)
_PERSON_FILL = ("first_name", "last_name", "alias", "date_of_birth", "estimated_age", "nationality",
                "interpreter_language", "safe_contact", "whereabouts")
_CASE_TEXTS = ("signal_text", "safety_notes", "care_needs", "labour_sector")


# --- finding likely duplicates -----------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicatePair:
    first: CaseMatch
    second: CaseMatch
    score: float
    reasons: tuple[str, ...]  # "same_name" | "similar_name" | "date_of_birth"


def likely_duplicates(vault: Vault, limit: int = 500) -> list[DuplicatePair]:
    """Pairs of cases whose persons are probably the same: the same or a similar name (any spelling) and
    no contradicting date of birth; best first. Anonymous persons and persons without a name are left out."""
    index = name_index(vault)
    pairs: dict[tuple[int, int], tuple[float, bool]] = {}
    for position, keys in enumerate(index._keys_of):
        entry = index._entries[position]
        for a in range(len(keys)):  # the very same folded name
            for b in range(a + 1, len(keys)):
                pairs[(min(keys[a], keys[b]), max(keys[a], keys[b]))] = (100.0, True)
        name = " ".join(entry.words)
        for other, found in index.match(name, limit=50, threshold=SIMILAR):
            for key in keys:
                if other != key:
                    pair = (min(key, other), max(key, other))
                    if pair not in pairs or pairs[pair][0] < found.score:
                        pairs[pair] = (100.0 if found.exact else found.score, found.exact)
        if len(pairs) > 20 * limit:
            break
    if not pairs:
        return []
    ids = sorted({i for pair in pairs for i in pair})
    details = {m.case_id: m for m in _matches(vault, ((cid, "name", 0.0) for cid in ids))}
    out: list[DuplicatePair] = []
    for (a, b), (score, exact) in pairs.items():
        first, second = details.get(a), details.get(b)
        if first is None or second is None or not first.name or not second.name:
            continue
        reasons = ["same_name" if exact else "similar_name"]
        if first.date_of_birth and second.date_of_birth:
            if first.date_of_birth != second.date_of_birth:
                continue  # two dates of birth that differ: two persons
            reasons.append("date_of_birth")
            score += 20
        out.append(DuplicatePair(first, second, score, tuple(reasons)))
    out.sort(key=lambda p: (-p.score, p.first.case_number, p.second.case_number))
    return out[:limit]


# --- merging ------------------------------------------------------------------------------------------


@dataclass
class MergePlan:
    keep_id: int
    absorb_id: int
    keep_number: str
    absorb_number: str
    counts: dict[str, int] = field(default_factory=dict)  # per MOVED kind: how many rows move
    other_forms: int = 0
    names: list[str] = field(default_factory=list)  # spellings that become other spellings of the kept person
    conflicts: list[str] = field(default_factory=list)  # person fields both hold, differently (kept as noted)


def _cases(session: Session, keep_id: int, absorb_id: int) -> tuple[Case, Case]:
    keep, absorb = session.get(Case, keep_id), session.get(Case, absorb_id)
    if keep is None or absorb is None or keep_id == absorb_id:
        raise ValidationError({"case_id": "merge_cases_invalid"})
    return keep, absorb


def _spellings(person: Person | None) -> list[str]:
    if person is None:
        return []
    full = " ".join(p for p in (person.first_name, person.last_name) if p)
    found = [full, person.alias or "", *(person.other_spellings or "").splitlines()]
    return [s.strip() for s in found if s and s.strip()]


def _plan(session: Session, keep_id: int, absorb_id: int) -> MergePlan:
    keep, absorb = _cases(session, keep_id, absorb_id)
    plan = MergePlan(keep_id, absorb_id, keep.case_number, absorb.case_number)
    for name, model in MOVED:
        where = model.case_id == absorb_id
        plan.counts[name] = int(session.scalar(select(func.count()).select_from(model).where(where)) or 0)
    plan.other_forms = len(session.scalars(select(CaseForm.form).where(CaseForm.case_id == absorb_id)).all())
    kept_person = session.scalar(select(Person).where(Person.case_id == keep_id))
    absorbed_person = session.scalar(select(Person).where(Person.case_id == absorb_id))
    known = {s.casefold() for s in _spellings(kept_person)}
    plan.names = [s for s in _spellings(absorbed_person) if s.casefold() not in known]
    if kept_person is not None and absorbed_person is not None:
        for name in _PERSON_FILL:
            mine, theirs = getattr(kept_person, name), getattr(absorbed_person, name)
            if mine not in (None, "") and theirs not in (None, "") and mine != theirs and name not in (
                    "first_name", "last_name", "alias"):
                plan.conflicts.append(name)
    return plan


def merge_plan(vault: Vault, keep_id: int, absorb_id: int) -> MergePlan:
    """What a merge of `absorb_id` into `keep_id` would move (nothing is written)."""
    with vault.read() as session:
        return _plan(session, keep_id, absorb_id)


def _fmt(value: object) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def merge_cases(vault: Vault, keep_id: int, absorb_id: int) -> MergePlan:
    """Move everything of case `absorb_id` into case `keep_id`, then remove `absorb_id` (one transaction).
    Returns the plan that was carried out."""
    with vault.write() as session:
        plan = _plan(session, keep_id, absorb_id)
        keep, absorb = _cases(session, keep_id, absorb_id)
        # what only the absorbed case held, written out exactly, before its rows go
        lines = [message("merge_journal_head", "nl", number=absorb.case_number,
                         on=_fmt(absorb.signal_received_on), status=absorb.status)]
        for name in _CASE_TEXTS:
            value = getattr(absorb, name)
            if value:
                lines.append(f"{message('merge_field_' + name, 'nl')}: {value}")
        if absorb.consultation:
            lines.append(f"{message('merge_field_consultation', 'nl')}: {absorb.consultation}")
        kept_person = session.scalar(select(Person).where(Person.case_id == keep_id))
        absorbed_person = session.scalar(select(Person).where(Person.case_id == absorb_id))
        if absorbed_person is not None:
            for name in plan.conflicts:
                lines.append(f"{message('merge_field_' + name, 'nl')}: {_fmt(getattr(absorbed_person, name))}")
        for _name, model in MOVED:
            where = model.case_id == absorb_id
            session.execute(update(model).where(where).values(case_id=keep_id))
        kept_forms = set(session.scalars(select(CaseForm.form).where(CaseForm.case_id == keep_id)))
        for form in session.scalars(select(CaseForm).where(CaseForm.case_id == absorb_id)).all():
            if form.form not in kept_forms and form.form != keep.primary_form:
                session.add(CaseForm(case_id=keep_id, form=form.form))
            session.delete(form)
        if absorbed_person is not None:
            if kept_person is None:
                absorbed_person.case_id = keep_id
            else:
                for name in _PERSON_FILL:  # what the kept person lacks is taken over
                    if getattr(kept_person, name) in (None, "") and getattr(absorbed_person, name) not in (None, ""):
                        setattr(kept_person, name, getattr(absorbed_person, name))
                if plan.names:
                    other = [s for s in (kept_person.other_spellings or "").splitlines() if s.strip()]
                    kept_person.other_spellings = "\n".join([*other, *plan.names])
                if kept_person.gender == "unknown" and absorbed_person.gender != "unknown":
                    kept_person.gender = absorbed_person.gender
                session.delete(absorbed_person)
        session.flush()
        entry = JournalEntry(case_id=keep_id, on=dt.date.today(), text="\n".join(lines))
        session.add(entry)
        session.flush()
        session.expire(absorb)
        session.delete(session.get(Case, absorb_id))
        audit.record(session, "cases_merged", "case", keep_id, case_id=keep_id, detail=str(absorb_id))
    vault.purge_search_index()  # the absorbed case's number and old words leave the index now
    return plan
