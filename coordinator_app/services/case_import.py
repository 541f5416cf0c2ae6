"""Spreadsheet import of cases (DOMAIN.md §7): CSV or XLSX with Dutch column headers.

Every row is checked first; problems are listed per row number (as the spreadsheet shows it, the
header is row 1) and column, in Dutch. Nothing is written while any row is bad, unless the caller
asks for the good rows only. Case numbers that already exist are reported as duplicates and
skipped or updated. Values may be codes or Dutch labels; nationality an ISO code or a country name.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coordinator_app.codes import code_list
from coordinator_app.db.models import Case, JournalEntry, Milestone, Person
from coordinator_app.db.vault import Vault
from coordinator_app.errors import EXIT_USAGE, KnownError, ValidationError, disk_error, message
from coordinator_app.services import audit, cases, countries
from coordinator_app.services.validation import Errors, parse_date

HEADERS = (
    "dossiernummer", "datum_signaal", "datum_geopend", "status", "uitbuitingsvorm", "geslacht", "geboortedatum",
    "leeftijd", "nationaliteit", "gemeente", "melder", "informatief_gesprek", "aangifte", "bedenktijd_start",
    "comensha_aanmelding", "opvang_type", "opvang_datum", "veilig_thuis_melding", "datum_gesloten",
    "reden_gesloten", "voornaam", "achternaam", "notitie",
)
REQUIRED = ("datum_signaal",)
MILESTONE_COLUMNS = {
    "informatief_gesprek": "informative_interview", "aangifte": "police_report",
    "bedenktijd_start": "reflection_period", "comensha_aanmelding": "comensha_registration",
    "opvang_datum": "shelter", "veilig_thuis_melding": "veilig_thuis_report",
}
CODE_COLUMNS = {
    "status": "status", "uitbuitingsvorm": "form", "geslacht": "gender", "gemeente": "municipality",
    "melder": "referral_source", "opvang_type": "shelter_type", "reden_gesloten": "closing_reason",
}
_ALIASES = {"gender": {"v": "female", "m": "male", "x": "other"}}
_CASE_FIELD_COLUMN = {
    "signal_received_on": "datum_signaal", "opened_on": "datum_geopend", "status": "status",
    "primary_form": "uitbuitingsvorm", "municipality": "gemeente", "referral_source": "melder",
    "person.date_of_birth": "geboortedatum", "person.estimated_age": "leeftijd", "person.gender": "geslacht",
    "person.first_name": "voornaam", "person.last_name": "achternaam", "case_number": "dossiernummer",
}
MAX_ROWS = 100_000
MAX_FILE_BYTES = 50 * 1024 * 1024


class ImportRejected(KnownError):
    """Bad rows in the file and no permission to import only the good ones (CLI exit code 2)."""

    code = "import_rejected"
    exit_code = EXIT_USAGE


@dataclass
class RowError:
    row: int
    column: str
    code: str

    def text(self, lang: str = "nl") -> str:
        prefix = f"Regel {self.row}" if lang == "nl" else f"Row {self.row}"
        col = f", kolom {self.column}" if lang == "nl" and self.column else (f", column {self.column}" if self.column
                                                                            else "")
        return f"{prefix}{col}: {message(self.code, lang)}"


@dataclass
class ImportRow:
    row: int
    raw: dict[str, Any]
    case: cases.CaseInput | None = None
    milestones: list[tuple[str, dt.date, str | None]] = field(default_factory=list)
    closed_on: dt.date | None = None
    closing_reason: str | None = None
    note: str | None = None
    errors: list[RowError] = field(default_factory=list)
    duplicate: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportCheck:
    rows: list[ImportRow]
    ignored_columns: list[str]
    # row number -> persons already in the vault who may be the person of that row (new case numbers only)
    known_persons: dict[int, list[Any]] = field(default_factory=dict)

    @property
    def errors(self) -> list[RowError]:
        """Every problem, by row and then in the order of the template's columns."""
        order = {h: i for i, h in enumerate(HEADERS)}
        return sorted((e for r in self.rows for e in r.errors), key=lambda e: (e.row, order.get(e.column, 99)))

    @property
    def good(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def duplicates(self) -> list[ImportRow]:
        return [r for r in self.rows if r.duplicate and r.ok]


@dataclass
class ImportResult:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # case numbers already in the vault
    rejected_rows: list[int] = field(default_factory=list)


# --- reading the file ------------------------------------------------------------------------------


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def read_table(path: Path | str) -> tuple[list[str], list[list[Any]]]:
    """Headers (lower case) and data rows of a CSV or XLSX file; KnownError for anything else."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ValidationError({"file": "file_is_folder"}, code="file_is_folder")
        if path.stat().st_size > MAX_FILE_BYTES:  # checked before anything is read
            raise ValidationError(code="import_too_large", maximum=MAX_FILE_BYTES // (1024 * 1024))
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError as exc:
        raise ValidationError({"file": "file_not_found"}, code="file_not_found") from exc
    except OSError as exc:
        raise ValidationError({"file": "file_not_readable"}, code="file_not_readable") from exc
    if head.startswith(b"PK\x03\x04"):
        rows = _read_xlsx(path)
    else:
        rows = _read_csv(path)
    rows = [r for r in rows if any(_cell(v) is not None for v in r)]
    if not rows:
        raise ValidationError(code="import_empty")
    headers = [str(h or "").strip().lower().replace(" ", "_") for h in rows[0]]
    if not any(h in HEADERS for h in headers):
        raise ValidationError(code="import_no_headers")
    if len(rows) == 1:
        raise ValidationError(code="import_empty")
    if len(rows) - 1 > MAX_ROWS:  # never drop rows silently
        raise ValidationError(code="import_too_many_rows", maximum=f"{MAX_ROWS:,}".replace(",", "."),
                              count=f"{len(rows) - 1:,}".replace(",", "."))
    return headers, [[_cell(v) for v in r] for r in rows[1:]]


def _read_xlsx(path: Path) -> list[list[Any]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    with path.open("rb") as fh:  # a file object: openpyxl then ignores the extension
        try:
            wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
            try:
                return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)] if wb.worksheets else []
            finally:
                wb.close()
        except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, OSError) as exc:
            raise ValidationError(code="import_not_spreadsheet") from exc


def _read_csv(path: Path) -> list[list[Any]]:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise ValidationError(code="import_not_spreadsheet")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly anything
        raise ValidationError(code="import_not_spreadsheet")
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    try:
        return list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as exc:
        raise ValidationError(code="import_not_spreadsheet") from exc


# --- checking rows ---------------------------------------------------------------------------------


def _code(row: ImportRow, column: str, value: Any) -> str | None:
    if value is None:
        return None
    list_name = CODE_COLUMNS[column]
    text = str(value)
    code = code_list(list_name).code_for_label(text) or _ALIASES.get(list_name, {}).get(text.casefold())
    if code is None:
        row.errors.append(RowError(row.row, column, "import_unknown_value"))
    return code


def _date(row: ImportRow, column: str, value: Any) -> dt.date | None:
    try:
        return parse_date(value if not isinstance(value, int) else str(value))
    except ValueError:
        row.errors.append(RowError(row.row, column, "invalid_date"))
        return None


def _check_row(number: int, raw: dict[str, Any], today: dt.date) -> ImportRow:
    row = ImportRow(number, raw)
    get = raw.get
    codes = {c: _code(row, c, get(c)) for c in CODE_COLUMNS}
    dates = {c: _date(row, c, get(c)) for c in ("datum_signaal", "datum_geopend", "geboortedatum", "datum_gesloten",
                                                *MILESTONE_COLUMNS)}
    nationality = None
    if get("nationaliteit") is not None:
        nationality = countries.code_for_name(str(get("nationaliteit")))
        if nationality is None:
            row.errors.append(RowError(number, "nationaliteit", "import_unknown_country"))
    status = codes["status"] or "signal"
    if status == "closed":
        if dates["datum_gesloten"] is None and not any(e.column == "datum_gesloten" for e in row.errors):
            row.errors.append(RowError(number, "datum_gesloten", "import_closed_needs_date"))
        if codes["reden_gesloten"] is None and get("reden_gesloten") is None:
            row.errors.append(RowError(number, "reden_gesloten", "import_closed_needs_reason"))
    if dates["opvang_datum"] and codes["opvang_type"] is None and get("opvang_type") is None:
        row.errors.append(RowError(number, "opvang_type", "import_shelter_type_needed"))
    for column, kind in MILESTONE_COLUMNS.items():
        if dates[column]:
            if dates[column] > today:
                row.errors.append(RowError(number, column, "date_in_future"))
            row.milestones.append((kind, dates[column], codes["opvang_type"] if kind == "shelter" else None))
    if dates["datum_gesloten"] and dates["datum_gesloten"] > today:
        row.errors.append(RowError(number, "datum_gesloten", "date_in_future"))
    person = cases.PersonInput(
        first_name=get("voornaam"), last_name=get("achternaam"), date_of_birth=dates["geboortedatum"],
        estimated_age=get("leeftijd"), gender=codes["geslacht"] or "unknown", nationality=nationality,
    )
    number_text = str(get("dossiernummer")) if get("dossiernummer") is not None else None
    row.case = cases.CaseInput(
        signal_received_on=dates["datum_signaal"], status="active" if status == "closed" else status,
        primary_form=codes["uitbuitingsvorm"] or "unknown", referral_source=codes["melder"] or "unknown",
        municipality=codes["gemeente"] or "unknown", opened_on=dates["datum_geopend"], case_number=number_text,
        person=person,
    )
    # the case rules themselves (required signal date, dates not in the future, order, lengths, age)
    errors: Errors = {}
    cases._validate_case(errors, row.case)
    cases._validate_person(errors, person)
    if number_text is not None and len(number_text) > 32:
        errors["case_number"] = "text_too_long"
    if get("datum_signaal") is None and "signal_received_on" not in errors:
        errors["signal_received_on"] = "required"
    seen = {(e.column) for e in row.errors}
    for key, code in errors.items():
        column = _CASE_FIELD_COLUMN.get(key, key)
        if column not in seen:
            row.errors.append(RowError(number, column, code))
    row.closed_on = dates["datum_gesloten"] if status == "closed" else None
    row.closing_reason = codes["reden_gesloten"] if status == "closed" else None
    row.note = str(get("notitie")) if get("notitie") is not None else None
    return row


def check_file(vault: Vault, path: Path | str, today: dt.date | None = None) -> ImportCheck:
    """Read and check every row; mark case numbers already in the vault as duplicates."""
    today = today or dt.date.today()
    headers, data = read_table(path)
    ignored = [h for h in headers if h and h not in HEADERS]
    missing = [h for h in REQUIRED if h not in headers]
    rows: list[ImportRow] = []
    seen: dict[str, int] = {}
    for offset, values in enumerate(data):
        raw = {h: (values[i] if i < len(values) else None) for i, h in enumerate(headers) if h in HEADERS}
        row = _check_row(offset + 2, raw, today)
        for column in missing:
            row.errors = [e for e in row.errors if e.column != column]
            row.errors.insert(0, RowError(row.row, column, "required"))
        number = row.case.case_number if row.case else None
        if number:
            if number in seen:
                row.errors.append(RowError(row.row, "dossiernummer", "import_duplicate_in_file"))
            seen[number] = row.row
        rows.append(row)
    if seen:
        with vault.read() as session:
            existing = set(session.scalars(select(Case.case_number).where(Case.case_number.in_(list(seen)))))
        for row in rows:
            if row.case and row.case.case_number in existing:
                row.duplicate = True
                row.errors = [e for e in row.errors if e.code != "case_number_taken"]
    check = ImportCheck(rows, ignored)
    check.known_persons = _known_persons(vault, rows, today)  # "Is deze persoon al bekend?" (issue 17)
    return check


def _known_persons(vault: Vault, rows: list[ImportRow], today: dt.date) -> dict[int, list[Any]]:
    """The known-person check for the rows that would create a new case (issue 17; kept apart)."""
    from coordinator_app.services import person_search

    new_rows = [r for r in rows if r.ok and r.case is not None and not r.duplicate]
    queries = [person_search.person_query(r.case.person if r.case else None, today) for r in new_rows]
    found = person_search.known_persons_for_rows(vault, queries)
    return {row.row: candidates for row, candidates in zip(new_rows, found, strict=True) if candidates}


# --- writing ---------------------------------------------------------------------------------------


def import_checked(vault: Vault, check: ImportCheck, *, good_rows_only: bool = False,
                   on_duplicate: str = "skip") -> ImportResult:
    """Write a checked file: all rows, or (good_rows_only) the good ones. `on_duplicate`: skip | update."""
    if on_duplicate not in ("skip", "update"):
        raise ValueError(on_duplicate)
    result = ImportResult(rejected_rows=[r.row for r in check.bad])
    if check.bad and not good_rows_only:
        raise ImportRejected(count=len(check.bad))
    with vault.write() as session:
        for row in check.good:
            assert row.case is not None
            if row.duplicate:
                if on_duplicate == "skip":
                    result.skipped.append(row.case.case_number or "")
                    continue
                case = session.scalar(select(Case).where(Case.case_number == row.case.case_number))
                assert case is not None
                _update(session, case, row)
                result.updated.append(case.id)
            else:
                case = cases.insert_case(session, row.case)
                result.created.append(case.id)
            _apply_extras(session, case, row)
            audit.record(session, "case_imported", "case", case.id, case_id=case.id)
    return result


def import_file(vault: Vault, path: Path | str, *, good_rows_only: bool = False, on_duplicate: str = "skip",
                today: dt.date | None = None) -> ImportResult:
    return import_checked(vault, check_file(vault, path, today), good_rows_only=good_rows_only,
                          on_duplicate=on_duplicate)


def _update(session: Any, case: Case, row: ImportRow) -> None:
    data = row.case
    assert data is not None and data.person is not None
    errors: Errors = {}
    values = cases._validate_case(errors, data)
    person = cases._validate_person(errors, data.person)
    for key in ("signal_received_on", "opened_on", "primary_form", "referral_source", "municipality"):
        if values.get(key) is not None:
            setattr(case, key, values[key])
    if case.status != "closed" and data.status != case.status:
        case.status = data.status
    existing = session.scalar(select(Person).where(Person.case_id == case.id))
    if existing is None:
        session.add(Person(case_id=case.id, **person))
    else:
        for key in ("first_name", "last_name", "date_of_birth", "estimated_age", "nationality"):
            if person[key] is not None:
                setattr(existing, key, person[key])
        if person["gender"] != "unknown":
            existing.gender = person["gender"]


def _apply_extras(session: Any, case: Case, row: ImportRow) -> None:
    have = {(m.kind, m.on) for m in session.scalars(select(Milestone).where(Milestone.case_id == case.id))}
    for kind, on, shelter in row.milestones:
        if (kind, on) not in have:
            session.add(Milestone(case_id=case.id, kind=kind, status="done", on=on, shelter_type=shelter))
    if row.closed_on is not None:
        case.status = "closed"
        case.closed_on = row.closed_on
        case.closing_reason = row.closing_reason
        if case.opened_on is None:
            case.opened_on = case.signal_received_on
    if row.note:
        session.add(JournalEntry(case_id=case.id, on=case.signal_received_on, text=row.note))


def write_template(path: Path | str) -> None:
    """An empty template with the Dutch headers: XLSX for .xlsx, otherwise CSV (semicolon, UTF-8)."""
    from coordinator_app.atomic import atomic_writer

    path = Path(path)
    try:
        _write_template(path, atomic_writer)
    except OSError as exc:  # no access, a folder, disk full: a known error (exit 2), no OS text
        raise disk_error(exc) from exc


def _write_template(path: Path, atomic_writer: Any) -> None:
    with atomic_writer(path, 0o644) as fh:
        if path.suffix.lower() == ".xlsx":
            import openpyxl

            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "Dossiers"
            ws.append(list(HEADERS))
            for i, header in enumerate(HEADERS, start=1):
                ws.cell(row=1, column=i).font = openpyxl.styles.Font(bold=True)
                ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = max(12, len(header) + 2)
            wb.save(fh)
        else:
            fh.write(("\ufeff" + ";".join(HEADERS) + "\r\n").encode("utf-8"))
