"""The known-person check for a case import: every row that would open a new file is checked against the
persons already in the vault, before anything is written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coordinator_app.db.vault import Vault
from coordinator_app.services import case_import, cases, person_search
from coordinator_app.services.person_search import PersonQuery

HEAD = "dossiernummer;datum_signaal;geboortedatum;nationaliteit;voornaam;achternaam"


def _known(vault: Vault) -> tuple[int, int]:
    a = cases.create_case(vault, cases.CaseInput(signal_received_on="2026-01-05", case_number="ZM-2026-0001",
                                                 person=cases.PersonInput(first_name="Ștefan", last_name="Țurcanu",
                                                                          date_of_birth="1999-09-09")))
    b = cases.create_case(vault, cases.CaseInput(signal_received_on="2026-01-06", case_number="ZM-2026-0002",
                                                 person=cases.PersonInput(first_name="Chukwuemeka",
                                                                          last_name="Ọkọnkwọ")))
    return a, b


def test_rows_are_checked_in_order(vault: Vault) -> None:
    a, b = _known(vault)
    rows = [PersonQuery(first_name="Stefan", last_name="Turcanu"), None, PersonQuery(),
            PersonQuery(first_name="Chukwuemka", last_name="Okonkwo"), PersonQuery(last_name="Jansen")]
    found = person_search.known_persons_for_rows(vault, rows)
    assert [[c.match.case_id for c in row] for row in found] == [[a], [], [], [b], []]
    assert found[0][0].reasons == ("name",) and found[3][0].reasons == ("similar_name",)


def test_check_file_lists_known_persons_for_new_rows_only(vault: Vault, tmp_path: Path) -> None:
    a, _b = _known(vault)
    path = tmp_path / "oude_lijst.csv"
    path.write_text("\n".join([
        HEAD,
        "ZM-2026-0001;2026-01-05;09-09-1999;;Ștefan;Țurcanu",  # the same case number: an update, not a new file
        "OUD-17;2025-11-02;09-09-1999;;Stefan;Tsurcanu",  # a new number, but the same person
        "OUD-18;2025-11-03;;;Emeka;Okonkwo-Obi",
        "OUD-19;2025-11-04;;;Pieter;Jansen",
    ]) + "\n", encoding="utf-8")
    check = case_import.check_file(vault, path, today=dt.date(2026, 2, 1))
    assert [r.row for r in check.rows if r.duplicate] == [2]
    assert {row: [c.match.case_id for c in found] for row, found in check.known_persons.items()} == {3: [a]}
    assert set(check.known_persons[3][0].reasons) >= {"similar_name", "date_of_birth"}
