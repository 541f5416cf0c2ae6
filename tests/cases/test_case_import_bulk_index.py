"""The bulk write of the case import fills the search index with one statement per table instead of the
per-row FTS triggers (issue 16, speed). The oracle is the triggers themselves: after the import, a no-op
UPDATE of every imported row makes the triggers rewrite each index row; nothing may change. The triggers
are back afterwards exactly as stored, also when the import fails halfway."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coordinator_app.services.cases import sheet_import
from coordinator_app.services.search import index as search

HEAD = "dossiernummer;datum_signaal;geslacht;leeftijd;voornaam;achternaam;notitie"
ROWS = [
    "BULK-1;01-03-2025;V;34;Zoë;Özdemir-Çelik;Via AVIM, tolk Turks",
    "BULK-2;02-03-2025;M;;Łukasz;Wróblewski;",
    "BULK-3;03-03-2025;;29;Thị Minh;Nguyễn;Eerste gesprek\u00a0bij de GGD",
    "BULK-4;04-03-2025;;;;;",  # no name, no note: an index row for the case and an empty person
]


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "lijst.csv"
    path.write_text("\n".join([HEAD, *ROWS]) + "\n", encoding="utf-8")
    return path


def _sql(vault: Any, sql: str) -> list[tuple[Any, ...]]:
    with vault.read() as session:
        return [tuple(r) for r in session.connection().exec_driver_sql(sql).all()]


def _index(vault: Any) -> list[tuple[Any, ...]]:
    return _sql(vault, "SELECT rowid, kind, ref_id, case_id, body, folded FROM search_index ORDER BY rowid")


def _triggers(vault: Any) -> list[tuple[Any, ...]]:
    return _sql(vault, "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")


def test_bulk_index_rows_equal_what_the_triggers_write(vault, tmp_path):
    triggers = _triggers(vault)
    result = sheet_import.import_file(vault, _csv(tmp_path))
    assert len(result.created) == len(ROWS)
    assert _triggers(vault) == triggers  # dropped for the write, created again from their own text
    bulk = _index(vault)
    ids = ",".join(str(i) for i in result.created)
    kinds = {(kind, ref_id) for _rowid, kind, ref_id, *_rest in bulk}
    assert {("case", i) for i in result.created} <= kinds
    assert sum(1 for k, _r in kinds if k == "journal") >= 2  # the two notes
    with vault.write() as session:  # the AFTER UPDATE triggers delete and rewrite each row's index entry
        connection = session.connection()
        connection.exec_driver_sql(f"UPDATE cases SET id = id WHERE id IN ({ids})")
        connection.exec_driver_sql(f"UPDATE persons SET id = id WHERE case_id IN ({ids})")
        connection.exec_driver_sql(f"UPDATE journal_entries SET id = id WHERE case_id IN ({ids})")
    assert _index(vault) == bulk


def test_imported_names_and_notes_are_found_folded(vault, tmp_path):
    result = sheet_import.import_file(vault, _csv(tmp_path))
    for query, row in (("ozdemir", 0), ("lukasz wroblewski", 1), ("nguyen", 2), ("GGD", 2)):
        assert result.created[row] in {hit.case_id for hit in search.search(vault, query)}, query


def test_a_failed_write_leaves_triggers_and_data_as_they_were(vault, tmp_path, monkeypatch):
    triggers, index = _triggers(vault), _index(vault)
    cases_before = _sql(vault, "SELECT count(*) FROM cases")
    check = sheet_import.check_file(vault, _csv(tmp_path))
    real = sheet_import._executemany
    calls = []

    def fail_on_second_table(connection: Any, table: Any, rows: Any, now: Any) -> None:
        calls.append(table.name)
        if len(calls) == 2:
            raise OSError("disk full")
        real(connection, table, rows, now)

    monkeypatch.setattr(sheet_import, "_executemany", fail_on_second_table)
    with pytest.raises(OSError):
        sheet_import.import_checked(vault, check)
    assert calls[:2] == ["cases", "persons"]
    assert _triggers(vault) == triggers and _index(vault) == index
    assert _sql(vault, "SELECT count(*) FROM cases") == cases_before
    monkeypatch.setattr(sheet_import, "_executemany", real)  # the vault still works, triggers and all
    assert len(sheet_import.import_checked(vault, check).created) == len(ROWS)


def test_the_page_cache_size_is_given_back(vault, tmp_path):
    with vault.write() as session:
        connection = session.connection()
        before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        seen = []
        real = sheet_import._executemany

        def spy(conn: Any, table: Any, rows: Any, now: Any) -> None:
            seen.append(conn.exec_driver_sql("PRAGMA cache_size").scalar())
            real(conn, table, rows, now)

        sheet_import._executemany = spy
        try:
            sheet_import._insert_new(session, sheet_import.check_file(vault, _csv(tmp_path)).good)
        finally:
            sheet_import._executemany = real
        assert set(seen) == {-sheet_import.BULK_CACHE_KIB}
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_memory_security_cannot_be_switched_off_for_a_bulk_write(vault):
    """docs/SECURITY.md: SQLCipher's cipher_memory_security is one flag for the process that can only be
    switched on, so a faster setting for the import alone does not exist (if a SQLCipher release changes
    this, the choice in SECURITY.md must be measured again)."""
    import sqlcipher3

    with vault.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA cipher_memory_security").scalar() == "1"
    other = sqlcipher3.connect(":memory:")
    try:
        other.execute("PRAGMA cipher_memory_security = OFF")
        assert other.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"
    finally:
        other.close()
    with vault.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA cipher_memory_security").scalar() == "1"


def test_the_index_triggers_of_the_import_tables_are_recognised(vault):
    """Every search-index insert trigger on the tables the import writes is taken off during the write
    (a trigger the pattern missed would still be correct, but would run per row and cost the speed)."""
    tables = ["cases", "persons", "journal_entries", "milestones", "audit_events"]
    insert_triggers = ("SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%AFTER INSERT%' "
                       "AND sql LIKE '%search_index%' AND tbl_name IN ('cases', 'persons', 'journal_entries', "
                       "'milestones', 'audit_events') ORDER BY name")
    before = _sql(vault, insert_triggers)
    assert [name for (name,) in before] == ["fts_cases_ai", "fts_journal_entries_ai", "fts_persons_ai"]
    with vault.write() as session:
        connection = session.connection()
        with sheet_import._search_index_filled_afterwards(connection, tables):
            assert connection.exec_driver_sql(insert_triggers).all() == []
        assert [tuple(r) for r in connection.exec_driver_sql(insert_triggers).all()] == before


@pytest.mark.parametrize("per", [1, 3, 4, 250])
def test_rows_written_in_groups_arrive_whole_and_in_order(vault, tmp_path, monkeypatch, per):
    """Several rows per INSERT statement: full groups and a last, shorter one, each row exactly as in the file."""
    monkeypatch.setattr(sheet_import, "ROWS_PER_INSERT", per)
    names = [("Zoë", "Özdemir"), ("علی\u200cرضا", "رضایی"), ("ሳባ", "ገብረሚካኤል"), ("Olena", "Kovalenko"),
             ("Thị Minh", "Nguyễn"), ("Ana\u00a0María", "de la Cruz"), ("Ion", "Popescu")]
    path = tmp_path / "groepen.csv"
    path.write_text("\n".join(["dossiernummer;datum_signaal;voornaam;achternaam;notitie",
                               *(f"GRP-{i};0{i + 1}-03-2025;{f};{last};notitie {i}"
                                 for i, (f, last) in enumerate(names))]) + "\n", encoding="utf-8")
    result = sheet_import.import_file(vault, path)
    ids = ",".join(str(i) for i in result.created)
    stored = _sql(vault, f"SELECT c.case_number, c.signal_received_on, p.first_name, p.last_name, j.text "
                         f"FROM cases c JOIN persons p ON p.case_id = c.id JOIN journal_entries j ON j.case_id = c.id "
                         f"WHERE c.id IN ({ids}) ORDER BY c.id")
    assert stored == [(f"GRP-{i}", f"2025-03-0{i + 1}", f, last, f"notitie {i}") for i, (f, last) in enumerate(names)]
