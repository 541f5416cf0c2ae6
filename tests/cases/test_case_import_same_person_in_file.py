"""One new person twice in one import file: the rows are compared with each other as they are compared
with the vault ("Is deze persoon al bekend?"), a later row is offered the earlier row, and "dit is dezelfde
persoon" adds the later row to the case the earlier row opens. The oracle is the input file itself (read
here with the csv module), never the import's own reading of it."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from coordinator_app.db.vault import Vault
from coordinator_app.domain.validation import MAX_LONG_TEXT
from coordinator_app.errors import ValidationError
from coordinator_app.services.cases import sheet_import, store
from coordinator_app.services.cases.sheet_import import NEW_PERSON, SameAsRow

HEAD = "dossiernummer;datum_signaal;geboortedatum;nationaliteit;voornaam;achternaam;notitie"
ROWS = [
    "OUD-1;02-11-2025;09-09-1999;Roemenië;Ștefan;Țurcanu;eerste melding",  # row 2
    "OUD-2;2025-12-01;09-09-1999;RO;Stefan;Turcanu;  tweede melding, via de politie",  # row 3: row 2 folded
    "OUD-3;2025-12-05;;;Pieter;Jansen;",  # row 4: nobody
    "OUD-4;2026-01-03;;;Mohammed;Al-Amin;",  # row 5
    "OUD-5;2026-01-10;;;Muhammad;Al Amin;",  # row 6: resembles row 5
    ";2026-01-11;01-01-2000;Eritrea;;;",  # row 7: no name, no case number
    ";2026-01-12;01-01-2000;ER;Amanuel;;",  # row 8: the same date of birth and nationality as row 7
    "OUD-8;2026-01-13;01-01-2000;Polen;Amanuel;;",  # row 9: same name as row 8, same birth date, other country
]
TODAY = dt.date(2026, 2, 1)


def _file(tmp_path: Path, rows: list[str] = ROWS, name: str = "lijst.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEAD, *rows]) + "\n", encoding="utf-8")
    return path


def _file_rows(path: Path) -> dict[int, dict[str, str]]:
    """The oracle: row number (the header is row 1) -> the non-empty cells exactly as in the file."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        header = next(reader)
        return {n: {h: v for h, v in zip(header, values, strict=True) if v.strip()}
                for n, values in enumerate(reader, start=2)}


def _day(text: str) -> dt.date:
    for form in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            pass
    raise AssertionError(text)


def _vault_state(vault: Vault) -> tuple[list[tuple], ...]:
    return tuple([tuple(r) for r in vault.execute_sql(sql)] for sql in (
        "SELECT * FROM cases ORDER BY id", "SELECT * FROM persons ORDER BY id",
        "SELECT * FROM journal_entries ORDER BY id", "SELECT * FROM audit_events ORDER BY id"))


def test_rows_about_the_same_new_person_are_offered_each_other(vault: Vault, tmp_path: Path) -> None:
    check = sheet_import.check_file(vault, _file(tmp_path), today=TODAY)
    assert not check.known_persons  # the vault is empty: only the file's own rows can be offered
    offered = {row: [c.row for c in found] for row, found in check.same_in_file.items()}
    # row 9 has row 8's name and date of birth but another nationality: still offered (as against the vault)
    assert offered == {3: [2], 6: [5], 8: [7], 9: [8]}
    assert set(check.same_in_file[3][0].reasons) == {"name", "date_of_birth", "nationality"}
    assert check.same_in_file[6][0].reasons == ("similar_name",)
    assert check.same_in_file[8][0].reasons == ("date_of_birth", "nationality")
    assert check.rows_to_answer == [3, 6, 8, 9]


def test_nothing_is_written_while_a_row_of_the_file_has_no_answer(vault: Vault, tmp_path: Path) -> None:
    check = sheet_import.check_file(vault, _file(tmp_path), today=TODAY)
    before = _vault_state(vault)
    with pytest.raises(ValidationError) as err:
        sheet_import.import_checked(vault, check, known_choices={3: SameAsRow(2), 6: NEW_PERSON})
    assert err.value.code == "import_known_person_unanswered" and err.value.params["rows"] == "8, 9"
    for wrong in (SameAsRow(4), SameAsRow(3), SameAsRow(9)):  # not offered, itself, a later row
        with pytest.raises(ValidationError) as err:
            sheet_import.import_checked(vault, check, known_choices={3: wrong, 6: NEW_PERSON, 8: NEW_PERSON,
                                                                      9: NEW_PERSON})
        assert err.value.code == "import_known_person_invalid" and "regel 3" in err.value.message("nl")
    assert _vault_state(vault) == before


def test_same_person_joins_the_case_the_earlier_row_opens(vault: Vault, tmp_path: Path) -> None:
    path = _file(tmp_path)
    given = _file_rows(path)
    check = sheet_import.check_file(vault, path, today=TODAY)
    _cases, _persons, journal_before, events_before = _vault_state(vault)
    choices = {3: SameAsRow(2), 6: NEW_PERSON, 8: SameAsRow(7), 9: SameAsRow(8)}  # 9 -> 8 -> 7: one case
    result = sheet_import.import_checked(vault, check, known_choices=choices)
    joined_rows = {3: 2, 8: 7, 9: 7}  # later row -> the row that opens its case
    opening = [n for n in given if n not in joined_rows]
    assert len(result.created) == len(opening) == 5 and not result.joined
    # every row that opens a case: one case, its number and names exactly as in the file
    stored = vault.execute_sql("SELECT c.id, c.case_number, c.signal_received_on, p.first_name, p.last_name "
                               "FROM cases c JOIN persons p ON p.case_id = c.id ORDER BY c.id")
    assert len(stored) == len(opening)
    case_of_row = {}
    for n, (cid, number, _signal, first, last) in zip(opening, stored, strict=True):
        case_of_row[n] = cid
        assert (first, last) == (given[n].get("voornaam"), given[n].get("achternaam"))
        if "dossiernummer" in given[n]:
            assert number == given[n]["dossiernummer"]
    assert sorted(result.joined_in_file) == sorted(case_of_row[e] for e in joined_rows.values())
    # every joined row: one journal line of the earlier row's case, on its signal date, every value as in
    # the file, and which rows of the file it concerns
    lines = vault.execute_sql("SELECT id, case_id, \"on\", text FROM journal_entries ORDER BY id")[len(journal_before):]
    joined_lines = [line for line in lines if "dezelfde persoon als regel" in line[3]]
    assert len(joined_lines) == len(joined_rows)
    for (entry_id, case_id, on, text), (row, earlier) in zip(joined_lines, sorted(joined_rows.items()), strict=True):
        assert case_id == case_of_row[earlier]
        assert str(on)[:10] == _day(given[row]["datum_signaal"]).isoformat()
        assert f"regel {row}" in text
        text_lines = text.splitlines()
        for column, value in given[row].items():
            assert f"{column}: {value}" in text_lines, (row, column)
        events = vault.execute_sql(f"SELECT event, object_kind, case_id, detail FROM audit_events "
                                   f"WHERE object_kind = 'journal' AND object_id = {entry_id}")
        assert [tuple(e) for e in events] == [("signal_joined", "journal", case_of_row[earlier], "import")]
    # the notes of the rows that opened a case are their own journal lines, as for any new case
    notes = [line[3] for line in lines if line not in joined_lines]
    assert notes == [given[n]["notitie"] for n in opening if "notitie" in given[n]]
    # the audit log holds ids only
    everything = " ".join(str(v) for e in vault.execute_sql("SELECT * FROM audit_events") for v in e)
    assert "Stefan" not in everything and "Amanuel" not in everything
    assert len(vault.execute_sql("SELECT * FROM audit_events")) > len(events_before)


def test_new_person_keeps_two_cases(vault: Vault, tmp_path: Path) -> None:
    path = _file(tmp_path)
    check = sheet_import.check_file(vault, path, today=TODAY)
    result = sheet_import.import_checked(vault, check, known_choices=dict.fromkeys(check.rows_to_answer,
                                                                                  NEW_PERSON))
    assert len(result.created) == len(_file_rows(path)) and not result.joined_in_file


def test_a_row_joined_to_an_earlier_row_that_joins_a_known_person(vault: Vault, tmp_path: Path) -> None:
    """Row 2 is a person already in the vault; row 3 is row 2 again: both join the existing file."""
    known = store.create_case(vault, store.CaseInput(
        signal_received_on="2025-01-05", case_number="ZM-2025-0001",
        person=store.PersonInput(first_name="Ștefan", last_name="Țurcanu", date_of_birth="1999-09-09")))
    path = _file(tmp_path, ROWS[:3])
    check = sheet_import.check_file(vault, path, today=TODAY)
    assert [c.match.case_id for c in check.known_persons[2]] == [known]
    assert [c.row for c in check.same_in_file[3]] == [2]
    assert [c.match.case_id for c in check.known_persons[3]] == [known]  # row 3 is offered both
    result = sheet_import.import_checked(vault, check, known_choices={2: known, 3: SameAsRow(2)})
    assert result.joined == [known, known] and not result.joined_in_file and len(result.created) == 1
    texts = [t for (t,) in vault.execute_sql(f"SELECT text FROM journal_entries WHERE case_id = {known} ORDER BY id")]
    given = _file_rows(path)
    assert len(texts) == 2 and "regel 2" in texts[0] and "regel 3" in texts[1] and "regel 2 van" in texts[1]
    for text, row in zip(texts, (2, 3), strict=True):
        for column, value in given[row].items():
            assert f"{column}: {value}" in text.splitlines()


# --- the journal line of a joined row is held to the maximum of a journal line --------------------------


@pytest.mark.parametrize("join_to", ["vault", "row"])
def test_a_joined_row_too_long_for_one_journal_line_is_refused(vault: Vault, tmp_path: Path, join_to: str) -> None:
    known = store.create_case(vault, store.CaseInput(
        signal_received_on="2025-01-05", person=store.PersonInput(first_name="Pieter", last_name="Jansen")))
    note = "x" * MAX_LONG_TEXT  # the longest note a row may have: fine for a new case
    rows = ["OUD-1;2025-11-02;;;Anna;de Vries;", f"OUD-2;2025-12-01;;;Pieter;Jansen;{note}",
            f"OUD-3;2025-12-02;;;Anna;de Vries;{note}"]
    check = sheet_import.check_file(vault, _file(tmp_path, rows), today=TODAY)
    assert check.good == check.rows  # every value on its own is allowed
    assert check.rows_to_answer == [3, 4]  # row 3: Pieter Jansen of the vault; row 4: row 2 again
    if join_to == "vault":
        choices: dict[int, sheet_import.Choice] = {3: known, 4: NEW_PERSON}
    else:
        choices = {3: NEW_PERSON, 4: SameAsRow(2)}
    wrong_row = 3 if join_to == "vault" else 4
    before = _vault_state(vault)
    with pytest.raises(ValidationError) as err:
        sheet_import.import_checked(vault, check, known_choices=choices)
    assert err.value.code == "import_joined_too_long"
    assert err.value.params["row"] == wrong_row and err.value.params["column"] == "notitie"
    text = err.value.message("nl")
    assert f"regel {wrong_row}" in text and "kolom notitie" in text and "100.000" in text
    assert "row" in err.value.message("en")
    assert _vault_state(vault) == before  # nothing written, nothing cut
    # "nieuwe persoon" for that row: the whole note is stored as it is in the file
    choices[wrong_row] = NEW_PERSON
    sheet_import.import_checked(vault, check, known_choices=choices)
    assert [t for (t,) in vault.execute_sql("SELECT text FROM journal_entries")].count(note) == 2


def test_a_long_joined_row_that_fits_is_written_whole(vault: Vault, tmp_path: Path) -> None:
    note = "ö" * (MAX_LONG_TEXT - 1_000)
    rows = ["OUD-1;2025-11-02;;;Anna;de Vries;", f"OUD-2;2025-12-01;;;Anna;de Vries;{note}"]
    check = sheet_import.check_file(vault, _file(tmp_path, rows), today=TODAY)
    sheet_import.import_checked(vault, check, known_choices={3: SameAsRow(2)})
    (text,) = vault.execute_sql("SELECT text FROM journal_entries")[0]
    assert f"notitie: {note}" in text.splitlines() and len(text) <= MAX_LONG_TEXT


def test_cli_lists_the_earlier_row_and_joins_with_same_as_row(vault_dir: Path, tmp_path: Path,
                                                              passphrase_file: Path) -> None:
    from tests.conftest import PASSPHRASE
    from tests.helpers import run_cli

    path = _file(tmp_path, ROWS[:3])  # rows 2 and 3: the same person; row 4: someone else
    given = _file_rows(path)
    args = ("import", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))

    def state() -> tuple[list[tuple], list[tuple]]:
        v = Vault.open(vault_dir, passphrase=PASSPHRASE)
        try:
            return (v.execute_sql("SELECT id, case_number FROM cases ORDER BY id"),
                    v.execute_sql("SELECT case_id, text FROM journal_entries ORDER BY id"))
        finally:
            v.close()

    empty = state()
    res = run_cli(*args, str(path))
    assert res.returncode == 2 and "Regel 3:" in res.stderr and "regel 2 van dit bestand" in res.stderr, res.stderr
    assert "Ștefan Țurcanu" in res.stderr and "--same-as-row" in res.stderr and state() == empty
    for wrong in ("3=4", "3=3", "x=2", "4=2"):  # not offered, itself, not a row, a row with nothing offered
        res = run_cli(*args, "--same-as-row", wrong, str(path))
        assert res.returncode == 2 and f"--same-as-row {wrong}" in res.stderr and state() == empty
    res = run_cli(*args, "--same-as-row", "3=2", str(path))
    assert res.returncode == 0, res.stderr
    assert "Geïmporteerd: 2 dossier(s)" in res.stdout and "eerdere regel" in res.stdout
    cases_, journal = state()
    assert [n for _i, n in cases_] == [given[2]["dossiernummer"], given[4]["dossiernummer"]]
    joined = [(cid, text) for cid, text in journal if "regel 3" in text]
    assert len(joined) == 1 and joined[0][0] == cases_[0][0]
    assert all(f"{c}: {v}" in joined[0][1].splitlines() for c, v in given[3].items())
    help_text = run_cli("import", "--help").stdout
    assert "--same-as-row" in help_text and "ROW=EARLIER_ROW" in help_text


def test_cli_new_persons_answers_the_rows_of_the_file_too(vault_dir: Path, tmp_path: Path,
                                                          passphrase_file: Path) -> None:
    from tests.helpers import run_cli

    path = _file(tmp_path, ROWS[:3])
    res = run_cli("import", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file), "--new-persons",
                  str(path))
    assert res.returncode == 0, res.stderr
    assert "Geïmporteerd: 3 dossier(s)" in res.stdout


def test_an_age_in_the_file_is_compared_as_a_number(vault: Vault, tmp_path: Path) -> None:
    """A CSV cell "35" is text: the check compares it with the other person's age (about the same age, within
    two years) against the vault and among the rows, as the intake does with a typed age."""
    known = store.create_case(vault, store.CaseInput(
        signal_received_on="2026-01-05", person=store.PersonInput(first_name="Ion", last_name="Popescu",
                                                                 estimated_age=34)))
    path = tmp_path / "leeftijd.csv"
    path.write_text("dossiernummer;datum_signaal;leeftijd;voornaam;achternaam\n"
                    "OUD-1;2026-01-10;35;Ion;Popescu\nOUD-2;2026-01-11;36;Ion;Popescu\n", encoding="utf-8")
    check = sheet_import.check_file(vault, path, today=TODAY)
    assert [(c.match.case_id, c.reasons) for c in check.known_persons[2]] == [(known, ("name", "age"))]
    assert [(c.row, c.reasons) for c in check.same_in_file[3]] == [(2, ("name", "age"))]


def test_cli_refuses_a_joined_row_too_long_for_one_journal_line(vault_dir: Path, tmp_path: Path,
                                                                 passphrase_file: Path) -> None:
    from tests.conftest import PASSPHRASE
    from tests.helpers import run_cli

    note = "y" * MAX_LONG_TEXT
    path = _file(tmp_path, ["OUD-1;2025-11-02;;;Anna;de Vries;", f"OUD-2;2025-12-01;;;Anna;de Vries;{note}"])
    args = ("import", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    res = run_cli(*args, "--same-as-row", "3=2", str(path))
    assert res.returncode == 2 and "regel 3" in res.stderr and "kolom notitie" in res.stderr, res.stderr
    v = Vault.open(vault_dir, passphrase=PASSPHRASE)
    try:
        assert v.execute_sql("SELECT count(*) FROM cases")[0][0] == 0
    finally:
        v.close()
