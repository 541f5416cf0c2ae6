"""The bulk write of the case import (sheet_import._insert_new: several rows per statement, values shared by
every row bound once) stores exactly what the one-row-at-a-time path stores. The oracle is that path itself,
run on a second empty vault: store.insert_case and _apply_extras through the ORM, audited as the import
audits (case_created, case_imported), with the search-index triggers in place. Every column of every row
written (time stamps aside, which differ by when each ran) and every search-index row must be equal."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from coordinator_app.db.models import Milestone, Person
from coordinator_app.db.vault import Vault
from coordinator_app.services import audit
from coordinator_app.services.cases import sheet_import, store
from tests.conftest import PASSPHRASE, _copy

HEAD = ("dossiernummer;datum_signaal;datum_geopend;status;uitbuitingsvorm;geslacht;geboortedatum;leeftijd;"
        "nationaliteit;gemeente;informatief_gesprek;aangifte;opvang_type;opvang_datum;datum_gesloten;"
        "reden_gesloten;voornaam;achternaam;notitie")
ROWS = [
    "ROW-1;01-03-2025;02-03-2025;Actief;labour;V;14-02-1990;;RO;;05-03-2025;;;;;;Zoë;Özdemir-Çelik;Via AVIM",
    "ROW-2;02-03-2025;;Signaal;;M;;34;PL;;;;;;;;Łukasz;Wróblewski;",
    ";03-03-2025;03-03-2025;Gesloten;;;;;;;;06-03-2025;;;20-03-2025;Doorverwezen;Thị Minh;Nguyễn;\"a\nb\"",
    "ROW-4;04-03-2025;;;;;;;;;;;;;;;;;",
    ";05-03-2025;;Intake;;X;;;Eritrea;;;;Vrouwenopvang;07-03-2025;;;ሳባ;ገብረሚካኤል;Eerste\u00a0gesprek",
]
STAMPS = {"created_at", "updated_at", "at"}
STAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}")  # as SQLAlchemy's DateTime stores it


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "lijst.csv"
    path.write_text("\n".join([HEAD, *ROWS]) + "\n", encoding="utf-8")
    return path


def _tables(vault: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import writes, and the search index, as stored (SQL, not the ORM)."""
    out = {}
    with vault.read() as session:
        connection = session.connection()
        for table in ("cases", "persons", "milestones", "journal_entries", "audit_events", "search_index"):
            columns = [r[1] for r in connection.exec_driver_sql(f"PRAGMA table_info({table})").all()
                       if r[1] not in STAMPS] or ["kind", "ref_id", "case_id", "body", "folded"]
            if table == "search_index":
                columns = ["rowid", "kind", "ref_id", "case_id", "body", "folded"]
            order = "rowid" if table == "search_index" else "id"
            names = ", ".join(f'"{c}"' for c in columns)
            rows = connection.exec_driver_sql(f'SELECT {names} FROM "{table}" ORDER BY {order}').all()
            out[table] = [tuple((type(v).__name__, v) for v in r) for r in rows]  # the stored type too
            stamps = [r[1] for r in connection.exec_driver_sql(f"PRAGMA table_info({table})").all() if r[1] in STAMPS]
            for name in stamps:  # the time stamps differ by when each ran, but are written the same way
                written = connection.exec_driver_sql(f'SELECT DISTINCT typeof("{name}") || \' \' || "{name}" '
                                                     f'FROM "{table}"').scalars().all()
                assert all(w.startswith("text ") and STAMP.fullmatch(w[5:]) for w in written), (table, written)
    return out


def test_bulk_rows_equal_the_rows_written_one_by_one(vault, tmp_path, _template_vaults):
    check = sheet_import.check_file(vault, _csv(tmp_path), today=dt.date(2025, 6, 1))
    assert not check.errors and len(check.good) == len(ROWS)
    before = _tables(vault)
    sheet_import.import_checked(vault, check)
    bulk = _tables(vault)

    other = Vault.open(_copy(_template_vaults["empty"][0], tmp_path / "oracle"), passphrase=PASSPHRASE)
    try:
        assert _tables(other) == before  # the same empty start
        with other.write() as session:
            for row in check.good:
                assert row.case is not None
                case = store.insert_case(session, row.case)
                sheet_import._apply_extras(session, case, row)
                audit.record(session, "case_imported", "case", case.id, case_id=case.id)
                session.flush()
        one_by_one = _tables(other)
    finally:
        other.close()
    assert bulk == one_by_one
    assert len(bulk["cases"]) == len(ROWS) and len(bulk["audit_events"]) > len(before["audit_events"])


def test_only_code_columns_are_written_as_literals():
    """The columns whose values may be written into the statement text are codes (of a code list, an audit
    event or kind), never text a person typed: the case's code fields, the person's gender, the kinds."""
    codes = sheet_import._CODE_COLUMNS
    assert codes["cases"] <= set(store.CASE_CODE_FIELDS) | {"status", "closing_reason"}
    assert not codes["cases"] & (set(store.CASE_TEXT_FIELDS) | set(store.CASE_LONG_TEXT_FIELDS))
    assert codes["persons"] == {"gender"}
    assert not codes["persons"] & (set(store.PERSON_TEXT_FIELDS) | set(store.PERSON_LONG_TEXT_FIELDS))
    assert codes["journal_entries"] == set() and codes["audit_events"] == {"event", "object_kind", "detail"}
    assert codes["milestones"] == {"kind", "status", "shelter_type"}
    assert {c.name for c in Milestone.__table__.c} >= codes["milestones"]
    assert {c.name for c in Person.__table__.c} >= codes["persons"]
