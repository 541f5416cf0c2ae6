"""Quarterly counts from a hand-built vault with known answers for every measure and dimension,
including the boundaries (opened on the first/last day, closed on the first day of the next
quarter, a birthday on the opening date, 29 February, an estimated age that crosses a year)."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.db.models import (
    Case,
    Milestone,
    Organisation,
    Person,
    TrainingSession,
    TrainingSessionOrganisation,
)
from coordinator_app.db.vault import Vault
from coordinator_app.domain.quarter import Quarter
from coordinator_app.domain.quarterly_table import QuarterlyTable
from coordinator_app.errors import KnownError
from coordinator_app.services.quarterly import counts
from coordinator_app.services.settings import settings

D = dt.date
Q = Quarter(2026, 3)

# id: case fields, person fields (None = no person row)
CASES: dict[str, tuple[dict, dict | None]] = {
    # opened on the first day; turns 17 the day after opening
    "A": ({"opened_on": D(2026, 7, 1), "primary_form": "sexual", "referral_source": "police", "municipality": "Zwolle"},
          {"date_of_birth": D(2009, 7, 2), "gender": "female", "nationality": "NL"}),
    # opened on the last day; 18 on exactly that day
    "B": ({"opened_on": D(2026, 9, 30), "primary_form": "labour", "referral_source": "labour_inspectorate",
           "municipality": "Deventer"}, {"date_of_birth": D(2008, 9, 30), "gender": "male", "nationality": "PL"}),
    # opened on the first day of the next quarter: nowhere
    "C": ({"opened_on": D(2026, 10, 1), "primary_form": "criminal"}, {"gender": "male"}),
    # opened on the last day of the previous quarter, closed on the first day of the next: active only;
    # estimated 22 at the signal a year before the opening: 23 at opening
    "D": ({"signal_received_on": D(2025, 6, 1), "opened_on": D(2026, 6, 30), "closed_on": D(2026, 10, 1),
           "status": "closed", "closing_reason": "no_contact", "referral_source": "self", "municipality": "Kampen"},
          {"estimated_age": 22, "gender": "other", "nationality": "NG"}),
    # closed on the last day; no person; an invalid stored referral code counts as unknown
    "E": ({"opened_on": D(2026, 3, 1), "closed_on": D(2026, 9, 30), "status": "closed",
           "closing_reason": "goals_reached", "primary_form": "sexual", "referral_source": "bogus",
           "municipality": "outside_region"}, None),
    # closed on the first day; no closing reason recorded (counts as other); unknown country code
    "F": ({"signal_received_on": D(2026, 4, 1), "opened_on": D(2026, 5, 1), "closed_on": D(2026, 7, 1),
           "status": "closed", "primary_form": "labour", "referral_source": "other", "municipality": "Raalte"},
          {"estimated_age": 30, "gender": "female", "nationality": "XX"}),
    # a signal only (never opened): nowhere
    "G": ({"status": "signal", "primary_form": "sexual"}, {"gender": "female"}),
    # closed before the quarter: nowhere
    "H": ({"opened_on": D(2025, 1, 1), "closed_on": D(2026, 6, 30), "status": "closed",
           "closing_reason": "declined_help"}, {"gender": "male"}),
    # opened and closed within the quarter; 22nd birthday the day after opening; lower-case country
    "I": ({"opened_on": D(2026, 8, 15), "closed_on": D(2026, 8, 20), "status": "closed",
           "closing_reason": "referred_on", "primary_form": "organ", "referral_source": "veilig_thuis",
           "municipality": "Zwolle"}, {"date_of_birth": D(2004, 8, 16), "gender": "male", "nationality": "ch"}),
    # a date of birth after the opening (typo): age unknown; unknown municipality name
    "J": ({"opened_on": D(2026, 7, 10), "referral_source": "care", "municipality": "Atlantis"},
          {"date_of_birth": D(2030, 1, 1), "gender": "female"}),
    # born on 29 February, opened on 28 February of a common year: still 17
    "K": ({"opened_on": D(2026, 2, 28), "primary_form": "criminal", "referral_source": "education",
           "municipality": "Ommen"}, {"date_of_birth": D(2008, 2, 29), "nationality": "NL"}),
}

# (case, kind, status, date, shelter type)
MILESTONES = [
    ("A", "informative_interview", "done", D(2026, 7, 1), None),
    ("A", "police_report", "done", D(2026, 9, 30), None),
    ("B", "police_report", "planned", D(2026, 8, 1), None),
    ("B", "reflection_period", "done", D(2026, 10, 1), None),
    ("D", "shelter", "done", D(2026, 8, 1), "cosm"),
    ("D", "shelter", "done", D(2026, 8, 2), "women"),
    ("I", "shelter", "done", D(2026, 8, 3), None),
    ("J", "comensha_registration", "done", D(2026, 6, 30), None),
    ("J", "comensha_registration", "done", D(2026, 7, 15), None),
    ("K", "veilig_thuis_report", "done", D(2026, 9, 1), None),
    ("K", "informative_interview", "done", None, None),
]

# (date, participants, organisation numbers)
TRAININGS = [(D(2026, 7, 1), 12, (1, 2)), (D(2026, 9, 30), 8, (2, 3)), (D(2026, 10, 1), 50, (4,)),
             (D(2026, 6, 30), 30, (1,))]

EXPECTED = QuarterlyTable.from_counts(
    Q,
    opened={
        "form": {"sexual": 1, "labour": 1, "organ": 1, "unknown": 1},
        "age_group": {"0-17": 1, "18-22": 2, "unknown": 1},
        "gender": {"female": 2, "male": 2},
        "nationality_group": {"nl": 1, "eu_eea": 2, "unknown": 1},
        "referral_source": {"police": 1, "labour_inspectorate": 1, "veilig_thuis": 1, "care": 1},
        "municipality": {"Zwolle": 2, "Deventer": 1, "unknown": 1},
    },
    active_at_end={
        "form": {"sexual": 1, "labour": 1, "criminal": 1, "unknown": 2},
        "age_group": {"0-17": 2, "18-22": 1, "23+": 1, "unknown": 1},
        "gender": {"female": 2, "male": 1, "other": 1, "unknown": 1},
        "nationality_group": {"nl": 2, "eu_eea": 1, "non_eu": 1, "unknown": 1},
        "referral_source": {"police": 1, "labour_inspectorate": 1, "self": 1, "care": 1, "education": 1},
        "municipality": {"Zwolle": 1, "Deventer": 1, "Kampen": 1, "unknown": 1, "Ommen": 1},
    },
    closed={
        "form": {"sexual": 1, "labour": 1, "organ": 1},
        "age_group": {"unknown": 1, "23+": 1, "18-22": 1},
        "gender": {"unknown": 1, "female": 1, "male": 1},
        "nationality_group": {"unknown": 2, "eu_eea": 1},
        "referral_source": {"unknown": 1, "other": 1, "veilig_thuis": 1},
        "municipality": {"outside_region": 1, "Raalte": 1, "Zwolle": 1},
        "closing_reason": {"goals_reached": 1, "other": 1, "referred_on": 1},
    },
    outcome={"informative_interview": 1, "police_report": 1, "comensha_registration": 1, "shelter_cosm": 1,
             "shelter_other": 2, "veilig_thuis_report": 1},
    network={"training_sessions": 2, "training_participants": 20, "organisations_reached": 3},
)


def fill(vault: Vault) -> None:
    with vault.write() as session:
        ids: dict[str, int] = {}
        for n, (name, (fields, person)) in enumerate(CASES.items(), start=1):
            values = {"signal_received_on": fields.get("opened_on") or D(2026, 7, 5), "status": "active", **fields}
            case = Case(case_number=f"ZM-TEST-{n:04d}", **values)
            session.add(case)
            session.flush()
            ids[name] = case.id
            if person is not None:
                session.add(Person(case_id=case.id, **person))
        for name, kind, status, on, shelter in MILESTONES:
            session.add(Milestone(case_id=ids[name], kind=kind, status=status, on=on, shelter_type=shelter))
        orgs = {k: Organisation(name=f"Organisatie {k}", org_type="other") for k in range(1, 5)}
        session.add_all(orgs.values())
        session.flush()
        for held_on, participants, org_numbers in TRAININGS:
            training = TrainingSession(held_on=held_on, topic="Signalen herkennen", participants=participants)
            session.add(training)
            session.flush()
            session.add_all(TrainingSessionOrganisation(session_id=training.id, organisation_id=orgs[k].id)
                            for k in org_numbers)


@pytest.fixture
def filled(vault: Vault) -> Vault:
    fill(vault)
    return vault


def test_every_count_of_every_measure_and_dimension(filled: Vault) -> None:
    got = counts.quarterly_counts(filled, Q)
    wrong = [(e.measure, e.dimension, e.category, e.count, g.count)
             for e, g in zip(EXPECTED.cells, got.cells, strict=True) if e != g]
    assert wrong == []
    assert got == EXPECTED


def test_quarter_as_text_and_other_quarters(filled: Vault) -> None:
    assert counts.quarterly_counts(filled, "2026Q3") == EXPECTED
    q4 = counts.quarterly_counts(filled, "2026Q4")
    assert q4.total("opened") == 1  # C
    assert q4.total("closed") == 1  # D, closed on the first day of Q4
    assert q4.count("outcome", "outcome", "reflection_period") == 1
    q2 = counts.quarterly_counts(filled, "2026Q2")
    assert q2.total("closed") == 1  # H
    assert q2.total("opened") == 2  # D, F
    assert q2.count("network", "network", "training_participants") == 30
    # K was opened on 28 Feb (Q1): 0-17 at opening
    assert counts.quarterly_counts(filled, "2026Q1").count("opened", "age_group", "0-17") == 1


def test_empty_vault_gives_zeros_everywhere(vault: Vault) -> None:
    table = counts.quarterly_counts(vault, Q)
    assert all(c.count == 0 for c in table.cells)
    published = counts.quarterly_report(vault, Q)
    assert all(c.value == 0 for c in published.cells)


def test_report_uses_the_threshold_setting(filled: Vault) -> None:
    published = counts.quarterly_report(filled, Q)
    assert published.threshold == 5
    assert published.value("opened", "total", "all") == "<5"
    assert published.value("network", "network", "training_participants") == 20
    assert published.value("outcome", "outcome", "shelter_other") == "<5"
    assert published.value("outcome", "outcome", "reflection_period") == 0
    settings.set_many(filled, {"suppression_threshold": 10})
    assert counts.quarterly_report(filled, Q).threshold == 10
    assert counts.quarterly_report(filled, Q, threshold=3).threshold == 3


@pytest.mark.parametrize("bad", [0, 2, 101, -5, "vijf", None, True, 4.5])
def test_bad_threshold_is_a_known_error(filled: Vault, bad: object) -> None:
    with pytest.raises(KnownError) as info:
        counts.check_threshold(bad)
    assert info.value.exit_code == 2
    assert "drempel" in info.value.message("nl").lower()


def test_bad_threshold_setting_is_reported(filled: Vault) -> None:
    settings.set_many(filled, {"suppression_threshold": 1})
    with pytest.raises(counts.ThresholdInvalid):
        counts.quarterly_report(filled, Q)


def test_threshold_accepts_text_digits() -> None:
    assert counts.check_threshold(" 7 ") == 7
    assert counts.check_threshold("11") == 11


def test_trend_gives_four_published_quarters_oldest_first(filled: Vault) -> None:
    from coordinator_app.services.quarterly import releases

    tables = releases.plan(filled, Q, threshold=3).trend
    assert [str(t.quarter) for t in tables] == ["2025Q4", "2026Q1", "2026Q2", "2026Q3"]
    assert all(t.threshold == 3 for t in tables)
    assert tables[-1] == counts.quarterly_report(filled, Q, threshold=3)
    assert tables[1].value("opened", "total", "all") == "<3"  # E and K opened in Q1
    assert tables[0].value("opened", "total", "all") == 0
    assert not any(c.measure == "active_at_end" for t in tables for c in t.cells)  # the stock is not published


def test_one_statement_per_person_measure() -> None:
    """The SQL is one UNION ALL over a materialised CTE: no per-case work in Python."""
    from sqlalchemy.dialects import sqlite

    sql = str(counts.measure_statement("closed", Q).compile(dialect=sqlite.dialect()))
    assert sql.count("MATERIALIZED") == 1
    assert sql.count("UNION ALL") == 7  # total + 7 breakdowns of `closed`
    assert sql.upper().count("GROUP BY") == 7
