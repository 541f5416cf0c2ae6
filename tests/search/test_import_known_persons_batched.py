"""The import's known-person check reads the dates of birth of all rows in one query; what it finds for
each row must be what the one-person check (known_persons, its own query per person) finds."""

from __future__ import annotations

import datetime as dt

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from coordinator_app.services.lookup import persons
from coordinator_app.services.lookup.persons import PersonQuery


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
