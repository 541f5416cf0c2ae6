"""Synthetic, clearly fictitious demo data: a whole caseload over the past two years.

Deterministic for a seed and a reference date. Names are random combinations of common name
parts (resources/demo/names.toml); organisations come from the regional template (names only);
contact persons are invented and carry no phone numbers. Rows are inserted in bulk, so 10,000
cases take seconds. Only for a new, empty vault.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from coordinator_app.db import models as m
from coordinator_app.db.vault import Vault
from coordinator_app.domain.intake.content import intake_content
from coordinator_app.resources_loader import ResourceError, load_toml
from coordinator_app.services import audit

EU_DEMO = {"RO", "BG", "PL", "HU"}
FORM_WEIGHTS = {"sexual": 40, "labour": 35, "criminal": 20, "organ": 1, "unknown": 4}
STATUS_WEIGHTS = {"closed": 40, "active": 35, "intake": 10, "signal": 15}
MUNICIPALITY_WEIGHTS = {
    "Zwolle": 40, "Deventer": 20, "Kampen": 7, "Hardenberg": 6, "Raalte": 5, "Steenwijkerland": 5,
    "Dalfsen": 3, "Ommen": 3, "Olst-Wijhe": 3, "Staphorst": 2, "Zwartewaterland": 3, "outside_region": 2,
    "unknown": 1,
}
SOURCE_WEIGHTS = {
    "police": 25, "labour_inspectorate": 8, "veilig_thuis": 8, "care": 15, "education": 5, "municipality": 8,
    "shelter": 6, "comensha": 6, "self": 7, "relative": 5, "other": 5, "unknown": 2,
}
CLOSING_WEIGHTS = {
    "goals_reached": 40, "moved_out_of_region": 15, "referred_on": 20, "no_contact": 12, "declined_help": 8,
    "other": 5,
}


@cache
def _names() -> dict[str, Any]:
    data = load_toml("demo", "names.toml")
    for key in ("people", "nationality_weights", "professionals", "journal"):
        if key not in data:
            raise ResourceError("names.toml", key, "ontbreekt")
    return data


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    span = max((end - start).days, 0)
    return start + dt.timedelta(days=rng.randint(0, span))


def generate(
    vault: Vault,
    cases: int = 200,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Fill an empty vault with `cases` fictitious cases and a regional network."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    names = _names()
    with vault.write() as session:
        if session.scalar(select(func.count(m.Case.id))):
            raise ValueError("demo data goes into an empty vault only")
        session.add(m.Setting(key="is_demo", value=True))
        session.add(m.Setting(key="coordinator_name", value="M. Demo (fictief)"))
        org_ids, contact_ids, orgs_by_type = _network(session, rng, names, today)
        _training(session, rng, names, org_ids, today)
        _cases(session, rng, names, cases, today, contact_ids, orgs_by_type, progress)
        audit.record(session, "demo_created", detail=str(cases))


def _network(
    session: Session, rng: random.Random, names: dict[str, Any], today: dt.date
) -> tuple[list[int], list[int], dict[str, list[int]]]:
    template = load_toml("network_template.toml")["organisation"]
    org_rows, contact_rows = [], []
    orgs_by_type: dict[str, list[int]] = {}
    contact_id = 0
    for org_id, org in enumerate(template, start=1):
        shelter = org["org_type"].startswith("shelter")
        org_rows.append({
            "id": org_id, "name": org["name"], "org_type": org["org_type"],
            "municipality": org.get("municipality"), "from_template": True, "target_groups": [],
            "capacity": rng.randint(4, 30) if shelter else None,
            "places_available": rng.randint(0, 4) if shelter else None,
            "availability_confirmed_on": today - dt.timedelta(days=rng.randint(0, 40)) if shelter else None,
            "created_at": m.utcnow(), "updated_at": m.utcnow(),
        })
        orgs_by_type.setdefault(org["org_type"], []).append(org_id)
        for _ in range(rng.randint(1, 3)):
            contact_id += 1
            pro = names["professionals"]
            first, last = rng.choice(pro["first"]), rng.choice(pro["last"])
            contact_rows.append({
                "id": contact_id, "organisation_id": org_id, "first_name": first, "last_name": last,
                "function": rng.choice(pro["functions"]), "email": None, "phone": None,
                "preferred_contact": rng.choice(["phone", "email", "secure_mail"]),
                "languages": rng.sample(["nl", "en", "de", "ro", "pl"], k=rng.randint(1, 2)), "specialisms": [],
                "notes": "Fictieve contactpersoon (demogegevens).",
                "last_contact_on": today - dt.timedelta(days=rng.randint(1, 300)),
                "created_at": m.utcnow(), "updated_at": m.utcnow(),
            })
    session.execute(insert(m.Organisation), org_rows)
    session.execute(insert(m.Contact), contact_rows)
    contact_ids = [c["id"] for c in contact_rows]
    return [o["id"] for o in org_rows], contact_ids, orgs_by_type


def _training(session: Session, rng: random.Random, names: dict[str, Any], org_ids: list[int], today: dt.date) -> None:
    start = today - dt.timedelta(days=730)
    day = start
    sid = 0
    rows, links = [], []
    while day < today:
        sid += 1
        rows.append({
            "id": sid, "held_on": day, "topic": rng.choice(names["journal"]["training_topics"]),
            "participants": rng.randint(6, 40), "notes": None, "created_at": m.utcnow(), "updated_at": m.utcnow(),
        })
        for org in rng.sample(org_ids, k=rng.randint(1, 4)):
            links.append({"session_id": sid, "organisation_id": org})
        day += dt.timedelta(days=rng.randint(20, 45))
    session.execute(insert(m.TrainingSession), rows)
    session.execute(insert(m.TrainingSessionOrganisation), links)


def _cases(
    session: Session, rng: random.Random, names: dict[str, Any], count: int, today: dt.date,
    contact_ids: list[int], orgs_by_type: dict[str, list[int]], progress: Callable[[int, int], None] | None,
) -> None:
    people = names["people"]
    weights = names["nationality_weights"]
    journal_lines = names["journal"]["lines"]
    sectors = names["journal"]["sectors"]
    start = today - dt.timedelta(days=730)
    rows: dict[type, list[dict[str, Any]]] = {k: [] for k in (
        m.Case, m.Person, m.CaseForm, m.Milestone, m.Consent, m.Involvement, m.JournalEntry, m.Task,
        m.CaseIndicator)}
    per_year: dict[int, int] = {}
    now = m.utcnow()
    indicator_codes = _indicator_codes()

    def flush() -> None:
        for model, batch in rows.items():
            if batch:
                session.execute(insert(model), batch)
                batch.clear()

    signals = sorted(_date_between(rng, start, today) for _ in range(count))
    for case_id, signal in enumerate(signals, start=1):
        status = _pick(rng, STATUS_WEIGHTS)
        age_in_days = (today - signal).days
        if age_in_days < 20:
            status = rng.choice(["signal", "intake"])
        form = _pick(rng, FORM_WEIGHTS)
        nationality = _pick(rng, weights)
        if form == "sexual":
            gender = "female" if rng.random() < 0.85 else rng.choice(["male", "other"])
        elif form == "labour":
            gender = "male" if rng.random() < 0.7 else "female"
        else:
            gender = rng.choice(["male", "female"])
        if rng.random() < 0.05:
            gender = "unknown"
        age = rng.choice([15, 16, 17, 19, 21, 24, 28, 33, 41, 52]) if form != "labour" else rng.randint(19, 58)
        if form == "criminal" and rng.random() < 0.5:
            age = rng.randint(13, 19)
        year = signal.year
        per_year[year] = per_year.get(year, 0) + 1
        opened = None if status == "signal" else signal + dt.timedelta(days=rng.randint(0, 10))
        if opened and opened > today:
            opened = today
        closed = None
        reason = None
        if status == "closed" and opened:
            closed = min(today, opened + dt.timedelta(days=rng.randint(14, 500)))
            reason = _pick(rng, CLOSING_WEIGHTS)
        rows[m.Case].append({
            "id": case_id, "case_number": f"ZM-{year}-{per_year[year]:04d}", "status": status,
            "closing_reason": reason, "signal_received_on": signal, "opened_on": opened, "closed_on": closed,
            "primary_form": form, "labour_sector": rng.choice(sectors) if form == "labour" else None,
            "referral_source": _pick(rng, SOURCE_WEIGHTS), "municipality": _pick(rng, MUNICIPALITY_WEIGHTS),
            "risk_level": rng.choice(["low", "medium", "medium", "high"]), "reporter_anonymous": False,
            "signal_channel": rng.choice(["telefoon", "e-mail", "overleg", "spreekuur"]),
            "signal_text": "Fictief signaal (demogegevens): " + rng.choice(journal_lines),
            "acute_danger": rng.random() < 0.05, "emergency_called": False, "created_at": now, "updated_at": now,
        })
        if rng.random() < 0.2:
            other = rng.choice([f for f in FORM_WEIGHTS if f not in (form, "unknown")])
            rows[m.CaseForm].append({"case_id": case_id, "form": other})
        parts = people[nationality]
        anonymous = rng.random() < 0.04
        first = None if anonymous else rng.choice(parts["female" if gender == "female" else "male"])
        known_dob = rng.random() < 0.7
        dob = signal - dt.timedelta(days=age * 365 + rng.randint(0, 364)) if known_dob else None
        rows[m.Person].append({
            "case_id": case_id, "anonymous": anonymous, "first_name": first,
            "last_name": None if anonymous else rng.choice(parts["last"]),
            "alias": rng.choice(["Mimi", "Sunny", "Bobby", "Lola", None, None, None]),
            "date_of_birth": dob, "estimated_age": None if known_dob else age, "gender": gender,
            "nationality": nationality, "languages": [nationality.lower()] + (["en"] if rng.random() < .5 else []),
            "interpreter_needed": nationality != "NL" and rng.random() < 0.6, "interpreter_language": None,
            "safe_contact": "Via de opvang" if rng.random() < .5 else None, "whereabouts": None,
            "created_at": now, "updated_at": now,
        })
        _route(rows, rng, case_id, form, nationality, age, opened or signal, closed or today, orgs_by_type, now)
        for _ in range(rng.randint(0, 6)):
            rows[m.JournalEntry].append({
                "case_id": case_id, "on": _date_between(rng, signal, closed or today),
                "text": rng.choice(journal_lines), "created_at": now, "updated_at": now,
            })
        for _ in range(rng.randint(0, 3)):
            due = _date_between(rng, signal, (closed or today) + dt.timedelta(days=30))
            done = None if status != "closed" and rng.random() < 0.6 else min(due, today)
            rows[m.Task].append({
                "case_id": case_id, "title": rng.choice([
                    "Terugbellen over opvangplek", "Afspraak advocaat bevestigen", "Evaluatiegesprek plannen",
                    "Zorgverzekering controleren", "Overleg met AVIM"]),
                "kind": None, "due_on": due, "done_on": done, "remind_days_before": 2, "note": None,
                "created_at": now, "updated_at": now,
            })
        for contact in rng.sample(contact_ids, k=rng.randint(1, 3)):
            rows[m.Involvement].append({
                "case_id": case_id, "contact_id": contact, "organisation_id": None,
                "role": rng.choice(["police_contact", "shelter", "lawyer", "care_provider", "consulted"]),
                "started_on": signal, "ended_on": closed, "note": None,
            })
        for code in rng.sample(indicator_codes[form], k=min(len(indicator_codes[form]), rng.randint(0, 4))):
            rows[m.CaseIndicator].append({
                "case_id": case_id, "indicator_code": code, "kind": rng.choice(["fact", "observation"]),
                "source": "melder", "note": None, "recorded_on": signal,
            })
        if case_id % 1000 == 0:
            flush()
            if progress:
                progress(case_id, count)
    flush()
    if progress:
        progress(count, count)


def _indicator_codes() -> dict[str, list[str]]:
    """Indicator codes per form from the real checklist (resources/indicators.toml): general ones plus the form's."""
    content = intake_content()
    general = [i.code for i in content.indicators_in("general")]
    return {form: general + [i.code for i in content.indicators_in(form)] for form in FORM_WEIGHTS}


def _route(
    rows: dict[Any, list[dict[str, Any]]], rng: random.Random, case_id: int, form: str, nationality: str | None,
    age: int, opened: dt.date, end: dt.date, orgs_by_type: dict[str, list[int]], now: dt.datetime,
) -> None:
    def milestone(kind: str, shelter_type: str | None = None, org_type: str | None = None) -> dt.date:
        on = _date_between(rng, opened, end)
        orgs = orgs_by_type.get(org_type or "", [])
        rows[m.Milestone].append({
            "case_id": case_id, "kind": kind, "status": "done", "on": on, "shelter_type": shelter_type,
            "organisation_id": orgs[0] if orgs else None, "contact_id": None, "note": None,
            "created_at": now, "updated_at": now,
        })
        return on

    minor = age < 18
    if rng.random() < 0.6:
        milestone("informative_interview", org_type="labour_inspectorate" if form == "labour" else "police")
    if rng.random() < 0.3:
        milestone("police_report", org_type="police")
    if nationality != "NL" and not minor and rng.random() < 0.5:
        milestone("reflection_period", org_type="police")
    if rng.random() < 0.5:
        on = milestone("comensha_registration", org_type="comensha")
        rows[m.Consent].append({
            "case_id": case_id, "purpose": "comensha_registration", "given": True, "given_on": on,
            "signed_by": "person" if age >= 16 else "parent", "written": True, "legal_ground": None,
            "partners": [], "note": None, "created_at": now, "updated_at": now,
        })
    if minor and rng.random() < 0.6:
        milestone("veilig_thuis_report", org_type="veilig_thuis")
    if rng.random() < 0.45:
        if minor:
            shelter = "youth"
        elif nationality not in ("NL", *EU_DEMO):
            shelter = "cosm"
        else:
            shelter = rng.choice(["women", "men", "social"])
        milestone("shelter", shelter_type=shelter, org_type="shelter_" + shelter if shelter != "youth" else None)
