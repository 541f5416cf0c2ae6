"""Case sets for the audit: the issue's four counter-examples, random ones, and writing them into a vault.

Cases are written with the ORM models (no service logic), then exported through the app's public
export function, one quarter after another as a coordinator would; the truth comes from the same
rows through `truth.compute`, and is cross-checked against the vault by `truth.cases_from_vault`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from coordinator_app.db.models import Case, Person

from .readers import Cells, read_csv, read_pdf, read_xlsx
from .truth import CaseRow, q_days


def write_cases(vault, rows: Sequence[CaseRow]) -> None:
    with vault.write() as session:
        for n, row in enumerate(rows, start=1):
            case = Case(
                case_number=f"AUDIT-{n:05d}", status="closed" if row.closed_on else "active",
                signal_received_on=row.signal_on, opened_on=row.opened_on, closed_on=row.closed_on,
                primary_form=row.form, referral_source=row.referral_source, municipality=row.municipality,
                closing_reason=row.closing_reason,
            )
            session.add(case)
            session.flush()
            if row.has_person:
                session.add(Person(case_id=case.id, gender=row.gender, nationality=row.nationality,
                                   date_of_birth=row.date_of_birth, estimated_age=row.estimated_age))


Export = Callable[[object, str, str, Path, int], Path]


def export_releases(vault, quarters: Sequence[str], threshold: int, folder: Path, export: Export,
                    formats: Sequence[str] = ("csv",)) -> list[Cells]:
    """Export every quarter in order in every format; every file (and a PDF's trend) is one release."""
    releases: list[Cells] = []
    for quarter in quarters:
        for fmt in formats:
            data = export(vault, quarter, fmt, folder / f"{quarter}-{threshold}.{fmt}", threshold).read_bytes()
            if fmt == "csv":
                releases.append(read_csv(data))
            elif fmt == "xlsx":
                releases.append(read_xlsx(data))
            else:
                cells, trend = read_pdf(data)
                releases.extend([cells, trend])
    return releases


# --- the counter-examples -------------------------------------------------------------------


@dataclass(frozen=True)
class CaseSet:
    name: str
    cases: tuple[CaseRow, ...]
    quarters: tuple[str, ...]


def _case(opened: dt.date, closed: dt.date | None = None, **kw: object) -> CaseRow:
    base = CaseRow(signal_on=opened, opened_on=opened, closed_on=closed, form="sexual", referral_source="police",
                   municipality="Zwolle", closing_reason="goals_reached" if closed else None, gender="female",
                   nationality="NL", estimated_age=30)
    return replace(base, **kw)


def _day(quarter: str, n: int) -> dt.date:
    return q_days(quarter)[0] + dt.timedelta(days=n)


def counter_examples() -> list[CaseSet]:
    """The four ways a reader recovered hidden counts (issue 15), as concrete cases."""
    q1, q2, q3 = "2025Q1", "2025Q2", "2025Q3"
    # 1. Across quarters: a steady stock, and in Q2 three cases closed, all in Zwolle, sexual, 18-22.
    places = [("Deventer", "labour")] * 9 + [("Kampen", "sexual")] * 8 + [("Zwolle", "criminal")] * 6
    steady = [_case(_day(q1, i), municipality=m, form=f) for i, (m, f) in enumerate(places)]
    three = [_case(_day(q1, 20 + i), _day(q2, 30 + i), estimated_age=19, closing_reason="referred_on")
             for i in range(3)]
    later = [_case(_day(q2, 40 + i), municipality="Deventer", form="labour") for i in range(7)]
    across_quarters = CaseSet("across quarters", tuple(steady + three + later), (q1, q2, q3))
    # 2. Across measures: Zwolle opened 8 in Q2, 4 closed in Q2 and 4 still active; other places larger.
    zwolle = [_case(_day(q2, i), _day(q2, 50 + i) if i < 4 else None) for i in range(8)]
    others = [_case(_day(q2, 10 + i), municipality=m, form="labour")
              for i, m in enumerate(["Deventer"] * 11 + ["Kampen"] * 9)]
    across_measures = CaseSet("across measures", tuple(zwolle + others), (q1, q2, q3))
    # 3. The method itself: form = {labour 1, criminal 1, unknown 6}, total 8.
    method = [_case(_day(q2, i), form=f) for i, f in enumerate(["labour", "criminal"] + ["unknown"] * 6)]
    the_method = CaseSet("the method itself", tuple(method), (q2,))
    # 4. Narrowed: total 8 = sexual 5 + labour 1 + criminal 2: each small form can be narrowed to 1..2.
    narrow = [_case(_day(q2, i), form=f) for i, f in enumerate(["sexual"] * 5 + ["labour"] + ["criminal"] * 2)]
    narrowed = CaseSet("narrowed, not only pinned", tuple(narrow), (q1, q2))
    return [across_quarters, across_measures, the_method, narrowed]
