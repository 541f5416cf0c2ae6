"""The real counts, computed here from the cases (plain Python over rows read with our own SQL).

`Truth` maps `(quarter, measure, dimension, fine category)` to the real count, for every person
measure, dimension and category of every quarter asked for, zeros included, and the outcome counts.
The definitions are those of the report (see `domain`); the age rule: whole years on the opening
date (the signal date without one) from the birth date, else the estimated age on the signal date
plus the whole years from signal to opening; missing or outside 0..120: `unknown`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coordinator_app.domain import countries

from .domain import CASE_DIMENSIONS, PERSON_MEASURES, Key, categories, dimensions

Truth = dict[Key, int]


# --- quarters ---------------------------------------------------------------------------------------


def q_parse(text: str) -> tuple[int, int]:
    year, q = text.split("Q")
    return int(year), int(q)


def q_text(year: int, q: int) -> str:
    return f"{year}Q{q}"


def q_add(text: str, n: int) -> str:
    year, q = q_parse(text)
    index = year * 4 + (q - 1) + n
    return q_text(index // 4, index % 4 + 1)


def q_range(first: str, last: str) -> list[str]:
    out = [first]
    while out[-1] != last:
        out.append(q_add(out[-1], 1))
        assert len(out) < 1000
    return out


def q_days(text: str) -> tuple[dt.date, dt.date]:
    year, q = q_parse(text)
    first = dt.date(year, 3 * q - 2, 1)
    nxt = dt.date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def q_of(day: dt.date) -> str:
    return q_text(day.year, (day.month - 1) // 3 + 1)


# --- cases ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseRow:
    """One case as the report sees it (raw stored values; classification below)."""

    signal_on: dt.date
    opened_on: dt.date | None
    closed_on: dt.date | None
    form: str | None = "unknown"
    referral_source: str | None = "unknown"
    municipality: str | None = "unknown"
    closing_reason: str | None = None
    has_person: bool = True
    gender: str | None = "unknown"
    nationality: str | None = None
    date_of_birth: dt.date | None = None
    estimated_age: int | None = None


@dataclass(frozen=True)
class MilestoneRow:
    kind: str
    status: str
    on: dt.date | None
    shelter_type: str | None = None


def _coded(value: str | None, dimension: str, fallback: str = "unknown") -> str:
    return value if value in categories(dimension) else fallback


def _whole_years(start: dt.date, end: dt.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def age_group(case: CaseRow) -> str:
    reference = case.opened_on or case.signal_on
    if not case.has_person:
        return "unknown"
    if case.date_of_birth is not None:
        age = _whole_years(case.date_of_birth, reference)
    elif case.estimated_age is not None:
        age = case.estimated_age + _whole_years(case.signal_on, reference)
    else:
        return "unknown"
    if age < 0 or age > 120:
        return "unknown"
    return "0-17" if age <= 17 else "18-22" if age <= 22 else "23+"


def nationality_group(code: str | None) -> str:
    iso = (code or "").strip().upper()
    for group in ("nl", "eu_eea", "non_eu"):
        if iso and iso in countries.codes_in_group(group):
            return group
    return "unknown"


def classify(case: CaseRow) -> dict[str, str]:
    """The case's category in every dimension."""
    return {
        "total": "all",
        "form": _coded(case.form, "form"),
        "age_group": age_group(case),
        "gender": _coded(case.gender if case.has_person and case.gender is not None else "unknown", "gender"),
        "nationality_group": nationality_group(case.nationality if case.has_person else None),
        "referral_source": _coded(case.referral_source, "referral_source"),
        "municipality": _coded(case.municipality, "municipality"),
        "closing_reason": _coded(case.closing_reason, "closing_reason", fallback="other"),
    }


def in_measure(case: CaseRow, measure: str, quarter: str) -> bool:
    first, last = q_days(quarter)
    if measure == "opened":
        return case.opened_on is not None and first <= case.opened_on <= last
    if measure == "closed":
        return case.closed_on is not None and first <= case.closed_on <= last
    if measure == "active_at_end":
        return case.opened_on is not None and case.opened_on <= last and (
            case.closed_on is None or case.closed_on > last)
    raise ValueError(measure)


OUTCOME_KINDS = ("informative_interview", "police_report", "reflection_period", "comensha_registration",
                 "shelter", "veilig_thuis_report")


def compute(cases: Sequence[CaseRow], milestones: Iterable[MilestoneRow], quarters: Sequence[str]) -> Truth:
    """Real counts for every quarter in `quarters`: person measures (all dimensions) and outcomes."""
    truth: Truth = {}
    classes = [classify(c) for c in cases]
    for quarter in quarters:
        for measure in PERSON_MEASURES:
            for dim in dimensions(measure):
                for cat in categories(dim):
                    truth[(quarter, measure, dim, cat)] = 0
            for case, cls in zip(cases, classes, strict=True):
                if in_measure(case, measure, quarter):
                    for dim in dimensions(measure):
                        truth[(quarter, measure, dim, cls[dim])] += 1
        for cat in categories("outcome"):
            truth[(quarter, "outcome", "outcome", cat)] = 0
    wanted = set(quarters)
    for m in milestones:
        if m.status != "done" or m.on is None or m.kind not in OUTCOME_KINDS or q_of(m.on) not in wanted:
            continue
        cat = m.kind if m.kind != "shelter" else ("shelter_cosm" if m.shelter_type == "cosm" else "shelter_other")
        truth[(q_of(m.on), "outcome", "outcome", cat)] += 1
    return truth


# --- from a vault -----------------------------------------------------------------------------------


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def cases_from_vault(vault) -> tuple[list[CaseRow], list[MilestoneRow]]:
    """Every case (with its person, if any) and every milestone, read with plain SQL."""
    rows = vault.execute_sql(
        "SELECT c.signal_received_on, c.opened_on, c.closed_on, c.primary_form, c.referral_source, "
        "c.municipality, c.closing_reason, p.id, p.gender, p.nationality, p.date_of_birth, p.estimated_age "
        "FROM cases c LEFT JOIN persons p ON p.case_id = c.id ORDER BY c.id"
    )
    cases = [
        CaseRow(signal_on=_date(r[0]), opened_on=_date(r[1]), closed_on=_date(r[2]), form=r[3],
                referral_source=r[4], municipality=r[5], closing_reason=r[6], has_person=r[7] is not None,
                gender=r[8], nationality=r[9], date_of_birth=_date(r[10]), estimated_age=r[11])
        for r in rows
    ]
    milestones = [MilestoneRow(kind=r[0], status=r[1], on=_date(r[2]), shelter_type=r[3])
                  for r in vault.execute_sql('SELECT kind, status, "on", shelter_type FROM milestones')]
    return cases, milestones


def case_dimensions() -> tuple[str, ...]:
    return CASE_DIMENSIONS
