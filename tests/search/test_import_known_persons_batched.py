"""The import's known-person check reads the dates of birth of all rows in one query; what it finds for
each row must be what the one-person check (known_persons, its own query per person) finds."""

from __future__ import annotations

import datetime as dt

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from coordinator_app.services.search import persons
from coordinator_app.services.search.persons import PersonQuery


def test_batched_rows_find_what_one_by_one_finds(vault: Vault) -> None:
    stored = [("Ștefan", "Țurcanu", "1999-09-09", "RO"), ("Amina", "Yusuf", "1999-09-09", "NG"),
              (None, None, "1988-02-29", "ER"), ("Olena", "Kovalenko", "1988-02-29", "UA"),
              ("Thị Minh", "Nguyễn", None, "VN")]
    ids = [store.create_case(vault, store.CaseInput(
        signal_received_on="2026-01-05", case_number=f"ZM-2026-{n:04d}",
        person=store.PersonInput(first_name=first, last_name=last, date_of_birth=b, nationality=c)))
        for n, (first, last, b, c) in enumerate(stored, start=1)]
    rows = [PersonQuery(date_of_birth=dt.date(1999, 9, 9), nationality="RO"),  # a date shared by two persons
            PersonQuery(date_of_birth=dt.date(1988, 2, 29), nationality="ER"),
            PersonQuery(first_name="Olena", last_name="Kovalenko", date_of_birth=dt.date(1988, 2, 29)),
            PersonQuery(first_name="Thi Minh", last_name="Nguyen", date_of_birth=dt.date(2001, 1, 1)),
            None, PersonQuery(date_of_birth=dt.date(1975, 5, 5), nationality="RO")]
    batched = persons.known_persons_for_rows(vault, rows)
    one_by_one = [persons.known_persons(vault, r) if r is not None else [] for r in rows]
    assert batched == one_by_one
    assert [[c.match.case_id for c in found] for found in batched] == [[ids[0]], [ids[2]], [ids[3]], [ids[4]], [],
                                                                      []]


def test_batched_rows_find_what_one_by_one_finds_for_other_spellings(vault: Vault) -> None:
    """Misspelled, swapped, joined and non-Latin names: the batched check (one memo for all rows) gives each
    row exactly what the one-person check gives it."""
    stored = [("Mohammed", "El Amrani", "1990-01-01", "MA"), ("Łukasz", "Wiśniewski", None, "PL"),
              ("Nguyễn Văn", "Đức", "2000-03-04", "VN"),
              ("Tesfay", "Gebremedhin", None, "ER"),
              ("Fatima Zahra", "Benali", None, "MA"), ("محمد", "علي", None, "SY"),
              ("Olena", "Kovalenko", None, "UA"),
              ("Ольга", "Шевченко", "1985-05-05", "UA"),
              ("Anna", "Jansen", None, "NL"), ("Anna", "Janssen", None, "NL")]
    for n, (first, last, b, c) in enumerate(stored, start=1):
        store.create_case(vault, store.CaseInput(
            signal_received_on="2026-01-05", case_number=f"ZM-2026-{n:04d}",
            person=store.PersonInput(first_name=first, last_name=last, date_of_birth=b, nationality=c)))
    rows = [PersonQuery(first_name="Muhammad", last_name="Elamrani"),
            PersonQuery(first_name="Lukasz", last_name="Wisniewski"),
            PersonQuery(first_name="Duc", last_name="Nguyen Van"),
            PersonQuery(first_name="Tesfai", last_name="Gebremedin"),
            PersonQuery(first_name="Fatimazahra", last_name="Benali"),
            PersonQuery(first_name="Mohamed", last_name="Ali"),
            PersonQuery(first_name="Kovalenko", last_name="Olena"),
            PersonQuery(first_name="Olga", last_name="Shevchenko"),
            PersonQuery(first_name="Ana", last_name="Jansen", alias="Anna J."),
            PersonQuery(first_name="Ngyuen", last_name="Duc"),
            PersonQuery(first_name="Lukasz", last_name="Wisniewski"),
            PersonQuery(first_name="Pieter", last_name="Bakker"),
            PersonQuery(first_name="Kowalenko", other_spellings="Olena K.\nOlga Sevcenko")]
    batched = persons.known_persons_for_rows(vault, rows)
    one_by_one = [persons.known_persons(vault, r) for r in rows]
    assert batched == one_by_one
    assert sum(1 for found in batched if found) >= 8  # the spellings above do find their person
    assert batched[11] == []  # an unrelated name finds no one


def test_rows_among_each_other_find_what_the_vault_check_finds(vault) -> None:  # type: ignore[no-untyped-def]
    """The rows of one file compared with each other follow the rules of the check against the vault: each
    row, stored as a person in the order of the file, is found by known_persons for every later row exactly
    when same_persons_among_rows offers it to that row (same score and reasons)."""
    import csv
    import datetime as dt
    import random
    from pathlib import Path

    from coordinator_app.services.cases import store
    from coordinator_app.services.search import persons
    from coordinator_app.services.search.persons import PersonQuery

    pairs = [r for r in csv.reader((Path(__file__).parent / "name_pairs.tsv").open(encoding="utf-8"), delimiter="\t")
             if len(r) == 3 and not r[0].startswith("#")]
    rng = random.Random(17)
    rows: list[PersonQuery] = []
    for typed, stored in (rng.choice(pairs)[1:] for _ in range(18)):
        for name in (stored, typed):  # each person twice: as stored and as typed
            first, _sep, last = name.partition(" ")
            rows.append(PersonQuery(
                first_name=first, last_name=last or None, on=dt.date(2026, 2, 1),
                date_of_birth=rng.choice((None, dt.date(1990, 5, 5), dt.date(1991, 6, 6))),
                estimated_age=rng.choice((None, 30, 40)), nationality=rng.choice((None, "PL", "NG"))))
    rows.append(PersonQuery(date_of_birth=dt.date(1990, 5, 5), nationality="PL"))  # no name
    among = persons.same_persons_among_rows(rows, limit=100)
    ids = [store.create_case(vault, store.CaseInput(signal_received_on="2026-01-05", person=store.PersonInput(
        first_name=r.first_name, last_name=r.last_name, date_of_birth=r.date_of_birth,
        estimated_age=r.estimated_age, nationality=r.nationality))) for r in rows]
    offered = 0
    for i, row in enumerate(rows):
        in_vault = sorted((-c.score, ids.index(c.match.case_id), c.reasons)
                          for c in persons.known_persons(vault, row, limit=100) if ids.index(c.match.case_id) < i)
        assert [(-c.score, c.index, c.reasons) for c in among[i]] == in_vault, i
        offered += bool(in_vault)
    assert offered >= 10  # the check is not empty: most persons appear twice


def test_rows_among_each_other_rank_as_the_vault_check_for_a_list_that_repeats_names(vault) -> None:  # type: ignore[no-untyped-def]
    """As above, for a list as imports are: a few names repeated many times (so each row meets many earlier
    rows of its name), with dates of birth that agree, differ or are missing, ages near and far, nationalities
    that agree, differ or are missing, and signals on different days (ages are compared on the row's day).
    Oracle: the check against the vault (known_persons), each row stored as a person in file order."""
    import datetime as dt
    import random

    from coordinator_app.services.cases import store
    from coordinator_app.services.search import persons
    from coordinator_app.services.search.persons import PersonQuery

    rng = random.Random(4242)
    names = [("Anna", "Kowalska"), ("Anna", "Kowalski"), ("Nguyen", "Van An"), ("Mohammed", "Al-Amin"),
             ("Maria", "Popescu")]
    rows: list[PersonQuery] = []
    for _ in range(110):
        first, last = rng.choice(names)
        born = rng.choice((None, None, dt.date(1990, 5, 5), dt.date(1990, 5, 6), dt.date(1984, 2, 29)))
        rows.append(PersonQuery(
            first_name=first, last_name=rng.choice((last, last, None)),
            on=dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(900)), date_of_birth=born,
            estimated_age=None if born else rng.choice((None, 33, 35, 36, 41)),
            nationality=rng.choice((None, "PL", "NG", "VN"))))
    rows += [PersonQuery(date_of_birth=dt.date(1990, 5, 5), nationality="PL"),  # no name: birth and nationality
             PersonQuery(date_of_birth=dt.date(1990, 5, 5), nationality="NG")]
    among = persons.same_persons_among_rows(rows, limit=100)
    ids = [store.create_case(vault, store.CaseInput(signal_received_on="2026-01-05", person=store.PersonInput(
        first_name=r.first_name, last_name=r.last_name, date_of_birth=r.date_of_birth,
        estimated_age=r.estimated_age, nationality=r.nationality))) for r in rows]
    position = {case_id: n for n, case_id in enumerate(ids)}
    offered = 0
    for i, row in enumerate(rows):
        in_vault = sorted((-c.score, position[c.match.case_id], c.reasons)
                          for c in persons.known_persons(vault, row, limit=100) if position[c.match.case_id] < i)
        assert [(-c.score, c.index, c.reasons) for c in among[i]] == in_vault, i
        offered += len(in_vault)
    assert offered >= 500  # many rows meet many earlier rows of their name
    short = persons.same_persons_among_rows(rows, limit=8)  # the limit keeps the best, then the earliest
    assert [[(c.index, c.score, c.reasons) for c in found] for found in short] == [
        [(c.index, c.score, c.reasons) for c in found[:8]] for found in among]


def test_rows_among_each_other_offer_the_namesake_born_the_same_day_beyond_the_fifty(vault) -> None:  # type: ignore[no-untyped-def]
    """A file naming one person more than fifty times: the name search keeps the 50 most alike rows, so an
    earlier row with the same name AND the same date of birth could be left out and the later row opened as a
    new case (a second file). The rows born that day are scored on their own, as the check against the vault
    does. Oracle: the check against the vault (known_persons), each row stored as a person in file order."""
    import datetime as dt

    from coordinator_app.services.cases import store
    from coordinator_app.services.search import persons
    from coordinator_app.services.search.persons import PersonQuery

    born = dt.date(1990, 5, 5)
    on = dt.date(2026, 2, 1)

    def row(first: str, last: str, date_of_birth: dt.date | None = None) -> PersonQuery:
        return PersonQuery(first_name=first, last_name=last, date_of_birth=date_of_birth, on=on)

    rows = [row("Mohammed", "Ali") for _ in range(60)]
    rows.append(row("Mohammed", "Ali", born))  # 60
    rows += [row("Mohammed", "Ali") for _ in range(9)]
    rows.append(row("Mohammed", "Ali", born))  # 70: the same person as row 60
    rows.append(row("Mohamed", "Ali", born))  # 71: the same, spelled otherwise
    rows += [row("Muhammad", "Ali", dt.date(1980 + n, 1, 1)) for n in range(8)]
    among = persons.same_persons_among_rows(rows, limit=100)
    assert 60 in [c.index for c in among[70]], "the namesake born the same day must be offered"
    assert {60, 70} <= {c.index for c in among[71]}
    ids = [store.create_case(vault, store.CaseInput(signal_received_on="2026-01-05", person=store.PersonInput(
        first_name=r.first_name, last_name=r.last_name, date_of_birth=r.date_of_birth))) for r in rows]
    position = {case_id: n for n, case_id in enumerate(ids)}
    for i, query in enumerate(rows):
        in_vault = sorted((-c.score, position[c.match.case_id], c.reasons)
                          for c in persons.known_persons(vault, query, limit=100) if position[c.match.case_id] < i)
        assert [(-c.score, c.index, c.reasons) for c in among[i]] == in_vault, i


def test_rows_sharing_a_registration_birth_date_are_not_scored_pair_by_pair(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Many persons registered with the same date of birth (1 January of a year, a usual stand-in for an
    unknown day): the namesakes born that day are scored on their own only when the name search kept its full
    NAMES_KEPT for the row's name (else every name alike enough is among its hits already), and the same two
    spellings once. Counted through _born_name_hits: 300 different names on one day need no such scoring;
    300 rows of one name on one day need it once per pair of spellings, not once per pair of rows."""
    import datetime as dt
    import random

    from coordinator_app.services.search import persons
    from coordinator_app.services.search.persons import PersonQuery

    calls: list[int] = []
    real = persons._born_name_hits
    monkeypatch.setattr(persons, "_born_name_hits", lambda *a: calls.append(1) or real(*a))
    day = dt.date(1995, 1, 1)
    rng = random.Random(3)
    syllables = ["ka", "mi", "to", "ra", "se", "lu", "no", "vi", "da", "pe", "zo", "fa"]
    different = [PersonQuery(first_name="".join(rng.choice(syllables) for _ in range(3)).capitalize(),
                             last_name="".join(rng.choice(syllables) for _ in range(4)).capitalize(),
                             date_of_birth=day) for _ in range(300)]
    persons.same_persons_among_rows(different)
    assert calls == []
    one_name = [PersonQuery(first_name="Mohammed", last_name="Ali", date_of_birth=day) for _ in range(300)]
    found = persons.same_persons_among_rows(one_name)
    assert 0 < len(calls) <= 1  # one pair of spellings
    assert all(len(candidates) == 8 for candidates in found[8:])  # and every later row is offered earlier ones
