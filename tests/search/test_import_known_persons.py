"""The known-person check for a case import: every row that would open a new file is checked against the
persons already in the vault, before anything is written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator_app.db.vault import Vault
from coordinator_app.errors import ValidationError
from coordinator_app.services.cases import sheet_import, store
from coordinator_app.services.search import persons
from coordinator_app.services.search.persons import PersonQuery

HEAD = "dossiernummer;datum_signaal;geboortedatum;nationaliteit;voornaam;achternaam"


def _known(vault: Vault) -> tuple[int, int]:
    a = store.create_case(vault, store.CaseInput(signal_received_on="2026-01-05", case_number="ZM-2026-0001",
                                                 person=store.PersonInput(first_name="Ștefan", last_name="Țurcanu",
                                                                          date_of_birth="1999-09-09")))
    b = store.create_case(vault, store.CaseInput(signal_received_on="2026-01-06", case_number="ZM-2026-0002",
                                                 person=store.PersonInput(first_name="Chukwuemeka",
                                                                          last_name="Ọkọnkwọ")))
    return a, b


def test_rows_are_checked_in_order(vault: Vault) -> None:
    a, b = _known(vault)
    rows = [PersonQuery(first_name="Stefan", last_name="Turcanu"), None, PersonQuery(),
            PersonQuery(first_name="Chukwuemka", last_name="Okonkwo"), PersonQuery(last_name="Jansen")]
    found = persons.known_persons_for_rows(vault, rows)
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
    check = sheet_import.check_file(vault, path, today=dt.date(2026, 2, 1))
    assert [r.row for r in check.rows if r.duplicate] == [2]
    assert {row: [c.match.case_id for c in found] for row, found in check.known_persons.items()} == {3: [a]}
    assert set(check.known_persons[3][0].reasons) >= {"similar_name", "date_of_birth"}


# --- the choice per row: "dit is dezelfde persoon" or "nieuwe persoon" ----------------------------------

ROWS = [
    "OUD-17;2025-11-02;09-09-1999;Roemenië;Stefan;Tsurcanu",  # row 2: Ștefan Țurcanu, the same birth date
    "OUD-18;2025-11-03;;;Chukwuemka;Okonkwo",  # row 3: resembles Chukwuemeka Ọkọnkwọ
    "OUD-19;2025-11-04;;;Pieter;Jansen",  # row 4: nobody known
]


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "oude_lijst.csv"
    path.write_text("\n".join([HEAD, *ROWS]) + "\n", encoding="utf-8")
    return path


def _vault_rows(vault: Vault) -> tuple[list[tuple], list[tuple], list[tuple]]:
    cases_ = vault.execute_sql("SELECT id, case_number FROM cases ORDER BY id")
    journal = vault.execute_sql("SELECT case_id, \"on\", text FROM journal_entries ORDER BY id")
    events = vault.execute_sql("SELECT event, object_kind, case_id, detail FROM audit_events ORDER BY id")
    return cases_, journal, events


def test_nothing_is_written_while_a_row_with_candidates_has_no_choice(vault: Vault, tmp_path: Path) -> None:
    a, b = _known(vault)
    check = sheet_import.check_file(vault, _file(tmp_path), today=dt.date(2026, 2, 1))
    assert {row: [c.match.case_id for c in found] for row, found in check.known_persons.items()} == {2: [a], 3: [b]}
    before = _vault_rows(vault)
    for choices in (None, {2: a}, {3: None}):
        with pytest.raises(ValidationError) as err:
            sheet_import.import_checked(vault, check, known_choices=choices)
        assert err.value.code == "import_known_person_unanswered"
        missing = sorted({2, 3} - set(choices or {}))
        assert err.value.params["rows"] == ", ".join(map(str, missing))
        assert f"regel {missing[0]}" in err.value.message("nl")
    with pytest.raises(ValidationError) as err:  # a case that was not offered for this row
        sheet_import.import_checked(vault, check, known_choices={2: b, 3: None})
    assert err.value.code == "import_known_person_invalid" and "regel 2" in err.value.message("nl")
    assert _vault_rows(vault) == before


def test_same_person_joins_the_existing_file_and_new_person_opens_a_case(vault: Vault, tmp_path: Path) -> None:
    a, b = _known(vault)
    check = sheet_import.check_file(vault, _file(tmp_path), today=dt.date(2026, 2, 1))
    cases_before, journal_before, events_before = _vault_rows(vault)
    result = sheet_import.import_checked(vault, check, known_choices={2: a, 3: sheet_import.NEW_PERSON})
    assert result.joined == [a] and len(result.created) == 2
    cases_after, journal_after, events_after = _vault_rows(vault)
    # row 2 opened no file; rows 3 and 4 did, with their numbers and names exactly as in the file
    assert [n for _i, n in cases_after[len(cases_before):]] == ["OUD-18", "OUD-19"]
    names = vault.execute_sql("SELECT c.case_number, p.first_name, p.last_name FROM persons p "
                              "JOIN cases c ON c.id = p.case_id WHERE c.case_number LIKE 'OUD-%' ORDER BY c.id")
    assert [tuple(r) for r in names] == [("OUD-18", "Chukwuemka", "Okonkwo"), ("OUD-19", "Pieter", "Jansen")]
    # row 2's signal is a journal line of case a, on its signal date, with every value of the row as in the file
    new_lines = journal_after[len(journal_before):]
    assert [(cid, str(on)[:10]) for cid, on, _t in new_lines] == [(a, "2025-11-02")]
    text = new_lines[0][2]
    header, values = HEAD.split(";"), ROWS[0].split(";")
    for column, value in zip(header, values, strict=True):
        assert f"{column}: {value}" in text.splitlines()
    assert "regel 2" in text
    # audited with ids only
    joined = [e for e in events_after[len(events_before):] if e[0] == "signal_joined"]
    assert joined == [("signal_joined", "journal", a, "import")]
    assert b not in [e[2] for e in events_after[len(events_before):]]
    everything = " ".join(str(v) for e in vault.execute_sql("SELECT * FROM audit_events") for v in e)
    assert "Stefan" not in everything and "Tsurcanu" not in everything


def test_cli_lists_the_known_rows_and_needs_an_explicit_answer(vault_dir: Path, tmp_path: Path,
                                                                passphrase_file: Path) -> None:
    from coordinator_app.db.vault import Vault as VaultClass
    from tests.conftest import PASSPHRASE
    from tests.helpers import run_cli

    v = VaultClass.open(vault_dir, passphrase=PASSPHRASE)
    try:
        a, _b = _known(v)
        number_a = v.execute_sql(f"SELECT case_number FROM cases WHERE id = {a}")[0][0]
    finally:
        v.close()
    path = _file(tmp_path)
    args = ("import", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))

    def count() -> int:
        v = VaultClass.open(vault_dir, passphrase=PASSPHRASE)
        try:
            return int(v.execute_sql("SELECT count(*) FROM cases")[0][0])
        finally:
            v.close()

    res = run_cli(*args, str(path))
    assert res.returncode == 2 and "Regel 2:" in res.stderr and "Regel 3:" in res.stderr, res.stderr
    assert number_a in res.stderr and "Ștefan Țurcanu" in res.stderr and "lijkt op: Chukwuemeka" in res.stderr
    assert "--new-persons" in res.stderr and count() == 2
    res = run_cli(*args, "--same-person", "2=NIET-1", "--new-persons", str(path))
    assert res.returncode == 2 and "--same-person 2=NIET-1" in res.stderr and count() == 2
    res = run_cli(*args, "--same-person", f"2={number_a}", str(path))  # row 3 still unanswered
    assert res.returncode == 2 and "Regel 3:" in res.stderr and "Regel 2:" not in res.stderr and count() == 2
    res = run_cli(*args, "--same-person", f"2={number_a}", "--new-persons", str(path))
    assert res.returncode == 0, res.stderr
    assert "Geïmporteerd: 2 dossier(s)" in res.stdout and "1 regel(s)" in res.stdout and count() == 4
    help_text = run_cli("import", "--help").stdout
    assert "--new-persons" in help_text and "--same-person" in help_text


def test_the_batched_check_finds_what_the_check_per_person_finds(vault: Vault) -> None:
    """known_persons_for_rows reads details and dates of birth once for all rows: the candidates per row
    must be those the intake's check finds for the same person, and the expected ones from the input."""
    a, b = _known(vault)
    born = store.create_case(vault, store.CaseInput(
        signal_received_on="2026-01-07", person=store.PersonInput(first_name="Amina", date_of_birth="2001-02-03",
                                                                  nationality="ER")))
    rows = [PersonQuery(first_name="Stefan", last_name="Turcanu", date_of_birth=dt.date(1999, 9, 9)),
            PersonQuery(date_of_birth=dt.date(2001, 2, 3), nationality="ER"),  # date of birth and nationality
            PersonQuery(date_of_birth=dt.date(2001, 2, 3)),  # a date of birth alone is not enough
            None, PersonQuery(first_name="Chukwuemka", last_name="Okonkwo"), PersonQuery(last_name="Jansen")]
    batched = persons.known_persons_for_rows(vault, rows)
    assert [[c.match.case_id for c in row] for row in batched] == [[a], [born], [], [], [b], []]
    for row, found in zip(rows, batched, strict=True):
        if row is not None:
            single = persons.known_persons(vault, row)
            assert [(c.match.case_id, c.score, c.reasons) for c in found] == \
                [(c.match.case_id, c.score, c.reasons) for c in single]
