"""Spreadsheet import of cases (docs/DOMAIN.md §7): CSV or XLSX with Dutch column headers.

Every row is checked first; problems are listed per row number (as the spreadsheet shows it, the
header is row 1) and column, in Dutch. Nothing is written while any row is bad, unless the caller
asks for the good rows only. Case numbers that already exist are reported as duplicates and
skipped or updated. Values may be codes or Dutch labels; nationality an ISO code or a country name.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import Date, DateTime, func, select

from coordinator_app.atomic import atomic_writer
from coordinator_app.codes import code_list
from coordinator_app.db.models import AuditEvent, Case, JournalEntry, Milestone, Person, utcnow
from coordinator_app.db.vault import Vault
from coordinator_app.domain import countries
from coordinator_app.domain.validation import MAX_LONG_TEXT, Errors, clean_identifier, clean_text, parse_date
from coordinator_app.errors import EXIT_USAGE, KnownError, ValidationError, disk_error, message
from coordinator_app.services import audit
from coordinator_app.services.cases import store
from coordinator_app.services.files import spreadsheet
from coordinator_app.services.search import persons
from coordinator_app.services.settings import settings

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
        where = "import_row_column" if self.column else "import_row"
        return message(where, lang, row=self.row, column=self.column, problem=message(self.code, lang))


@dataclass
class ImportRow:
    row: int
    raw: dict[str, Any]
    case: store.CaseInput | None = None
    milestones: list[tuple[str, dt.date, str | None]] = field(default_factory=list)
    closed_on: dt.date | None = None
    closing_reason: str | None = None
    note: str | None = None
    errors: list[RowError] = field(default_factory=list)
    duplicate: bool = False
    case_values: dict[str, Any] = field(default_factory=dict)  # the checked columns of the new case
    person_values: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class EarlierRow:
    """An earlier row of the same file that would open a new case and may be about the same person as a
    later row (the rules of the check against the vault, persons.same_persons_among_rows)."""

    row: int  # the earlier row's number as the spreadsheet shows it
    score: float
    reasons: tuple[str, ...]  # as persons.Candidate.reasons


@dataclass(frozen=True)
class SameAsRow:
    """The choice "dit is dezelfde persoon" for a later row and an EarlierRow: the later row opens no case;
    its signal joins the case the earlier row opens (or the file the earlier row joins)."""

    row: int


@dataclass
class ImportCheck:
    rows: list[ImportRow]
    unknown_columns: list[str]  # listed before anything is written; importing needs ignore_columns=True
    title_rows: list[int] = field(default_factory=list)
    # row number -> persons already in the vault who may be the person of that row (new case numbers only)
    known_persons: dict[int, list[persons.Candidate]] = field(default_factory=dict)
    # row number -> earlier rows of this file that may be about the same new person (see EarlierRow)
    same_in_file: dict[int, list[EarlierRow]] = field(default_factory=dict)

    @property
    def rows_to_answer(self) -> list[int]:
        """The rows that need "dit is dezelfde persoon" or "nieuwe persoon" before anything is written."""
        return sorted(set(self.known_persons) | set(self.same_in_file))

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
    joined: list[int] = field(default_factory=list)  # existing case ids a row's signal was added to
    joined_in_file: list[int] = field(default_factory=list)  # ids of cases opened by this import that a
    # later row's signal was added to ("dezelfde persoon" as an earlier row), once per such row


# --- reading the file ------------------------------------------------------------------------------

# other names people give the template's columns (after fold_header), e.g. in an existing Excel list
SYNONYMS = {
    "dossiernummer": ("dossier", "dossiernr", "dossier_nr", "dossier_nummer", "zaaknummer", "case_number",
                      "casenummer"),
    "datum_signaal": ("signaaldatum", "datum_melding", "meldingsdatum", "datum_van_signaal", "signal_date",
                      "datum_binnenkomst", "signaal_datum"),
    "datum_geopend": ("datum_opening", "openingsdatum", "geopend_op", "datum_geopend_dossier"),
    "uitbuitingsvorm": ("vorm_uitbuiting", "vorm_van_uitbuiting", "soort_uitbuiting", "uitbuiting"),
    "geslacht": ("gender", "sekse"),
    "geboortedatum": ("geb_datum", "geboorte_datum", "date_of_birth", "dob", "gebdatum"),
    "leeftijd": ("age", "geschatte_leeftijd"),
    "nationaliteit": ("nationality",),
    "gemeente": ("municipality",),
    "melder": ("verwijzer", "signaalgever", "bron"),
    "voornaam": ("voornamen", "roepnaam", "first_name", "given_name"),
    "achternaam": ("familienaam", "last_name", "surname"),
    "notitie": ("opmerking", "opmerkingen", "toelichting", "notities", "notes"),
    "datum_gesloten": ("datum_afsluiting", "gesloten_op", "afsluitdatum"),
    "reden_gesloten": ("reden_afsluiting",),
    "opvang_type": ("type_opvang", "opvangtype"),
    "opvang_datum": ("datum_opvang",),
    "aangifte": ("datum_aangifte",),
    "informatief_gesprek": ("datum_informatief_gesprek",),
    "bedenktijd_start": ("start_bedenktijd", "bedenktijd"),
    "comensha_aanmelding": ("aanmelding_comensha",),
    "veilig_thuis_melding": ("melding_veilig_thuis",),
}
_HEADER_OF = {h: h for h in HEADERS} | {syn: h for h, syns in SYNONYMS.items() for syn in syns}
_HINT = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
TITLE_ROWS_MAX = 10


def fold_header(text: object) -> str:
    """A header as compared: NFKC (a non-breaking space is a space), invisible format characters gone,
    whitespace folded, case folded, a trailing colon and bracketed hint such as "(dd-mm-jjjj)" dropped,
    spaces, hyphens and dots as underscores."""
    folded = unicodedata.normalize("NFKC", str(text if text is not None else ""))
    folded = "".join(ch for ch in folded if unicodedata.category(ch) != "Cf")
    folded = re.sub(r"\s+", " ", folded).strip().casefold().rstrip(":").strip()
    folded = _HINT.sub("", folded).rstrip(":").strip()
    return re.sub(r"[\s.\-]+", "_", folded).strip("_")


def header_for(text: object) -> str | None:
    """The template column a header means, or None."""
    return _HEADER_OF.get(fold_header(text))


@dataclass
class Table:
    headers: list[str | None]  # per column: the template column, or None (unknown or without header)
    unknown_columns: list[str]  # as written in the file; a column without header but with data as "kolom N"
    rows: list[tuple[int, list[Any]]]  # (row number as the spreadsheet shows it, values)
    title_rows: list[int]  # rows above the header that were not read as data


def read_table(path: Path | str) -> Table:
    """The header (found within the first rows, below any title rows) and the data rows of a CSV,
    XLSX or ODS file; KnownError for anything that cannot be read faithfully."""
    limits = spreadsheet.Limits(max_file_bytes=MAX_FILE_BYTES, max_rows=MAX_ROWS + TITLE_ROWS_MAX + 1)
    rows = [(n, [_cell(v) for v in values]) for n, values in spreadsheet.read_sheet(path, limits)]
    rows = [(n, values) for n, values in rows if any(v is not None for v in values)]
    if not rows:
        raise ValidationError(code="import_empty")
    header_at = None
    for index, (_n, values) in enumerate(rows[:TITLE_ROWS_MAX]):
        known = [header_for(v) for v in values if v is not None]
        if sum(k is not None for k in known) >= 2 or "datum_signaal" in known or (
                known and all(k is not None for k in known)):
            header_at = index
            break
    if header_at is None:
        raise ValidationError(code="import_no_headers")
    header_values = rows[header_at][1]
    data = rows[header_at + 1:]
    if not data:
        raise ValidationError(code="import_empty")
    if len(data) > MAX_ROWS:  # never drop rows silently
        raise ValidationError(code="import_too_many_rows", maximum=f"{MAX_ROWS:,}".replace(",", "."),
                              count=f"{len(data):,}".replace(",", "."))
    width = max(len(header_values), *(len(v) for _n, v in data))
    headers: list[str | None] = []
    unknown: list[str] = []
    for i in range(width):
        raw = header_values[i] if i < len(header_values) else None
        header = header_for(raw) if raw is not None else None
        if header is not None and header in headers:
            raise ValidationError(code="import_repeated_column", column=header)
        headers.append(header)
        if header is None and (raw is not None or any(i < len(v) and v[i] is not None for _n, v in data)):
            unknown.append(str(raw) if raw is not None else f"kolom {i + 1}")
    return Table(headers, unknown, data, [n for n, _v in rows[:header_at]])


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return value if value.strip(" \t\r\n") else None  # the text itself is kept; clean_text trims its ends
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# --- checking rows ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _code_for(list_name: str, text: str) -> str | None:
    return code_list(list_name).code_for_label(text) or _ALIASES.get(list_name, {}).get(text.casefold())


@lru_cache(maxsize=4096)
def _country_for(text: str) -> str | None:
    return countries.code_for_name(text)


@lru_cache(maxsize=8192)
def _date_text(text: str) -> dt.date | None:
    """A date written as text (cached: a list repeats its dates); None when it is not a date."""
    try:
        if text.strip().isdigit() and len(text.strip()) == 5:
            return excel_serial_date(int(text.strip()))
        return parse_date(text)
    except ValueError:
        return None


def _code(row: ImportRow, column: str, value: Any) -> str | None:
    if value is None:
        return None
    code = _code_for(CODE_COLUMNS[column], str(value).strip())
    if code is None:
        row.errors.append(RowError(row.row, column, "import_unknown_value"))
    return code


EXCEL_SERIAL_MAX = 2_958_465  # 9999-12-31


def excel_serial_date(serial: float) -> dt.date:
    """An Excel date serial (1900 date system, with Excel's phantom 29 February 1900) as a date."""
    if not 1 <= serial <= EXCEL_SERIAL_MAX or serial == 60:
        raise ValueError("not a date serial")
    base = dt.date(1899, 12, 31) if serial < 60 else dt.date(1899, 12, 30)
    return base + dt.timedelta(days=int(serial))


def _date(row: ImportRow, column: str, value: Any) -> dt.date | None:
    """A real date cell, an Excel date serial (a number, or digits in a CSV), ISO or Dutch text."""
    try:
        if isinstance(value, bool):
            raise ValueError("not a date")
        if isinstance(value, int | float):
            return excel_serial_date(value)
        if isinstance(value, str):
            if not value.strip():
                return None
            parsed = _date_text(value)
            if parsed is None:
                raise ValueError("not a date")
            return parsed
        return parse_date(value)
    except ValueError:
        row.errors.append(RowError(row.row, column, "invalid_date"))
        return None


def _age_on(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _check_row(number: int, raw: dict[str, Any], today: dt.date) -> ImportRow:
    row = ImportRow(number, raw)
    get = raw.get
    codes = {c: _code(row, c, get(c)) for c in CODE_COLUMNS}
    dates = {c: _date(row, c, get(c)) for c in ("datum_signaal", "datum_geopend", "geboortedatum", "datum_gesloten",
                                                *MILESTONE_COLUMNS)}
    nationality = None
    if get("nationaliteit") is not None:
        nationality = _country_for(str(get("nationaliteit")).strip())
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
        day = dates[column]
        if day:
            if day > today:
                row.errors.append(RowError(number, column, "date_in_future"))
            row.milestones.append((kind, day, codes["opvang_type"] if kind == "shelter" else None))
    if dates["datum_gesloten"] and dates["datum_gesloten"] > today:
        row.errors.append(RowError(number, "datum_gesloten", "date_in_future"))
    person = store.PersonInput(
        first_name=get("voornaam"), last_name=get("achternaam"), date_of_birth=dates["geboortedatum"],
        estimated_age=get("leeftijd"), gender=codes["geslacht"] or "unknown", nationality=nationality,
    )
    number_errors: Errors = {}
    raw_number = get("dossiernummer")
    number_text = clean_identifier(number_errors, "case_number", None if raw_number is None else str(raw_number),
                                   maximum=32)
    row.case = store.CaseInput(
        signal_received_on=dates["datum_signaal"], status="active" if status == "closed" else status,
        primary_form=codes["uitbuitingsvorm"] or "unknown", referral_source=codes["melder"] or "unknown",
        municipality=codes["gemeente"] or "unknown", opened_on=dates["datum_geopend"], case_number=number_text,
        person=person,
    )
    # the case rules themselves (required signal date, dates not in the future, order, lengths, age)
    errors: Errors = {}
    row.case_values = store._validate_case(errors, row.case)
    row.person_values = store._validate_person(errors, person)
    errors.update(number_errors)
    if get("datum_signaal") is None and "signal_received_on" not in errors:
        errors["signal_received_on"] = "required"
    seen = {(e.column) for e in row.errors}
    for key, code in errors.items():
        column = _CASE_FIELD_COLUMN.get(key, key)
        if column not in seen:
            row.errors.append(RowError(number, column, code))
    row.closed_on = dates["datum_gesloten"] if status == "closed" else None
    row.closing_reason = codes["reden_gesloten"] if status == "closed" else None
    note_errors: Errors = {}
    row.note = clean_text(note_errors, "notitie", get("notitie"), maximum=MAX_LONG_TEXT)
    row.errors.extend(RowError(number, "notitie", code) for code in note_errors.values())
    born, age = dates["geboortedatum"], get("leeftijd")
    if born is not None and age is not None and not any(e.column in ("geboortedatum", "leeftijd") for e in row.errors):
        try:
            given = int(age)
        except (TypeError, ValueError):
            given = None
        on = dates["datum_signaal"] or today
        if given is not None and given not in (_age_on(born, on), _age_on(born, today)):
            row.errors.append(RowError(number, "leeftijd", "import_age_contradicts"))
    return row


def check_file(vault: Vault, path: Path | str, today: dt.date | None = None,
               progress: Callable[[int, int], None] | None = None) -> ImportCheck:
    """Read and check every row; mark case numbers already in the vault as duplicates. A missing
    required column is one file-level error, not one per row. "Is deze persoon al bekend?": the rows that
    would open a new case are compared with the persons in the vault (`known_persons`) and with each other
    (`same_in_file`: a later row is offered the earlier rows that may be the same new person).
    `progress(done, total)` after the file is read: total is three times the number of rows; the first
    third counts the rows checked, the second the check against the vault, the last the check of the rows
    among each other; reported now and then and at the end. An exception raised by `progress` (a
    cancelled check) ends the check; nothing is written either way."""
    today = today or dt.date.today()
    table = read_table(path)
    count = len(table.rows)
    for column in REQUIRED:
        if column not in table.headers:
            raise ValidationError(code="import_missing_column", column=column)
    columns = [(i, h) for i, h in enumerate(table.headers) if h is not None]
    rows: list[ImportRow] = []
    seen: dict[str, int] = {}
    for done, (number, values) in enumerate(table.rows):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, STAGES * count)
        raw = {h: (values[i] if i < len(values) else None) for i, h in columns}
        row = _check_row(number, raw, today)
        case_number = row.case.case_number if row.case else None
        if case_number:
            if case_number in seen:
                row.errors.append(RowError(row.row, "dossiernummer", "import_duplicate_in_file"))
            seen[case_number] = row.row
        rows.append(row)
    if seen:
        with vault.read() as session:
            existing: set[str] = set()
            numbers = list(seen)
            for start in range(0, len(numbers), 500):
                existing.update(session.scalars(select(Case.case_number).where(
                    Case.case_number.in_(numbers[start:start + 500]))))
        for row in rows:
            if row.case and row.case.case_number in existing:
                row.duplicate = True
                row.errors = [e for e in row.errors if e.code != "case_number_taken"]
    check = ImportCheck(rows, table.unknown_columns, table.title_rows)

    def stage(n: int) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        progress(n * count, STAGES * count)
        return lambda done, total: progress(n * count + count * done // max(total, 1), STAGES * count)

    new_rows = [r for r in rows if r.ok and r.case is not None and not r.duplicate]
    queries = [persons.person_query(r.case.person if r.case else None, today) for r in new_rows]
    found = persons.known_persons_for_rows(vault, queries, progress=stage(1))  # "Is deze persoon al bekend?"
    check.known_persons = {row.row: c for row, c in zip(new_rows, found, strict=True) if c}
    among = persons.same_persons_among_rows(queries, progress=stage(2))  # the same new person twice
    check.same_in_file = {row.row: [EarlierRow(new_rows[c.index].row, c.score, c.reasons) for c in candidates]
                          for row, candidates in zip(new_rows, among, strict=True) if candidates}
    if progress is not None:
        progress(STAGES * count, STAGES * count)
    return check


PROGRESS_EVERY = 200  # rows between two progress reports of check_file
STAGES = 3  # check_file's progress: rows checked, the check against the vault, the rows among each other


# --- writing ---------------------------------------------------------------------------------------


Choice = int | SameAsRow | None  # a vault case id, an earlier row of the file, or NEW_PERSON


def import_checked(vault: Vault, check: ImportCheck, *, good_rows_only: bool = False,
                   on_duplicate: str = "skip", ignore_columns: bool = False,
                   known_choices: Mapping[int, Choice] | None = None) -> ImportResult:
    """Write a checked file: all rows, or (good_rows_only) the good ones. `on_duplicate`: skip | update.
    Unknown columns stop the import unless the caller chose explicitly to go on without them.

    "Is deze persoon al bekend?": every row in `check.rows_to_answer` needs a choice in `known_choices`
    (row number -> a candidate's case id from `check.known_persons`: "dit is dezelfde persoon", the row's
    signal joins that file; SameAsRow(earlier row) from `check.same_in_file`: the row's signal joins the
    case the earlier row opens, or the file the earlier row joins; or NEW_PERSON: a new case). Nothing is
    written while a row has no choice, or while the journal line of a joined row would be longer than a
    journal line may be (MAX_LONG_TEXT; refused naming the row and its longest column, nothing cut)."""
    if on_duplicate not in ("skip", "update"):
        raise ValueError(on_duplicate)
    if check.unknown_columns and not ignore_columns:
        raise ValidationError(code="import_unknown_columns", columns=", ".join(check.unknown_columns))
    result = ImportResult(rejected_rows=[r.row for r in check.bad])
    if check.bad and not good_rows_only:
        raise ImportRejected(count=len(check.bad))
    joins, same_rows = _joins(check, known_choices or {})
    by_number = {row.row: row for row in check.good}
    texts = {number: _joined_text(by_number[number], same_rows.get(number)) for number in (*joins, *same_rows)}
    with vault.write() as session:
        new = [row for row in check.good if not row.duplicate and row.row not in joins and row.row not in same_rows]
        for row in check.good:
            if row.row in joins:
                result.joined.append(_join(session, joins[row.row], row, texts[row.row]))
        for row in check.good:
            assert row.case is not None
            if not row.duplicate:
                continue
            if on_duplicate == "skip":
                result.skipped.append(row.case.case_number or "")
                continue
            case = session.scalar(select(Case).where(Case.case_number == row.case.case_number))
            assert case is not None
            _update(session, case, row)
            result.updated.append(case.id)
            _apply_extras(session, case, row)
            audit.record(session, "case_imported", "case", case.id, case_id=case.id)
        if new:
            result.created = _insert_new(session, new)
        case_of = dict(joins) | {row.row: cid for row, cid in zip(new, result.created, strict=True)}
        opened = set(result.created)
        for number in sorted(same_rows):  # an earlier row first: its own case is known by then
            case_of[number] = case_of[same_rows[number]]
            case_id = _join(session, case_of[number], by_number[number], texts[number])
            (result.joined_in_file if case_id in opened else result.joined).append(case_id)
    return result


NEW_PERSON = None  # the choice "nieuwe persoon" for a row with known-person candidates


def unanswered_rows(check: ImportCheck, known_choices: Mapping[int, Choice]) -> list[int]:
    """The rows with candidates (in the vault or earlier in the file) that still need "dezelfde persoon"
    or "nieuwe persoon"."""
    return [row for row in check.rows_to_answer if row not in known_choices]


def _joins(check: ImportCheck, known_choices: Mapping[int, Choice]) -> tuple[dict[int, int], dict[int, int]]:
    """(row number -> vault case id, row number -> earlier row number) for the rows whose signal joins a
    file; refuses (names the rows) while a row with candidates has no choice, or a choice is not one of
    that row's candidates."""
    missing = unanswered_rows(check, known_choices)
    if missing:
        raise ValidationError(code="import_known_person_unanswered", rows=", ".join(map(str, missing)))
    joins: dict[int, int] = {}
    same_rows: dict[int, int] = {}
    for row, choice in known_choices.items():
        if choice is NEW_PERSON:
            continue
        if isinstance(choice, SameAsRow):
            if choice.row not in {c.row for c in check.same_in_file.get(row, [])}:
                raise ValidationError(code="import_known_person_invalid", row=row)
            same_rows[row] = choice.row
            continue
        offered = {c.match.case_id for c in check.known_persons.get(row, [])}
        if choice not in offered:
            raise ValidationError(code="import_known_person_invalid", row=row)
        joins[row] = choice
    return joins, same_rows


def _cell_text(value: Any) -> str:
    """A cell as written in the journal line: text exactly as in the file, dates as dd-mm-jjjj."""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def _joined_text(row: ImportRow, earlier: int | None) -> str:
    """The journal line of a row whose signal joins a file: what happened, then every value of the row as
    in the file, one "column: value" per line. Refused (ValidationError naming the row and its longest
    column) when it would be longer than a journal line may be: a value is never cut."""
    day = row.case_values["signal_received_on"]  # a good row has it (required)
    on = day.strftime("%d-%m-%Y")
    head = (message("known_person_import_joined", "nl", on=on, row=row.row) if earlier is None
            else message("known_person_import_joined_row", "nl", on=on, row=row.row, earlier=earlier))
    values = [(column, f"{column}: {_cell_text(row.raw[column])}") for column in HEADERS
              if row.raw.get(column) is not None]
    text = "\n".join([head, *(line for _c, line in values)])
    if len(text) > MAX_LONG_TEXT:
        longest = max(values, key=lambda item: len(item[1]))[0]
        raise ValidationError(code="import_joined_too_long", row=row.row, column=longest,
                              length=f"{len(text):,}".replace(",", "."),
                              maximum=f"{MAX_LONG_TEXT:,}".replace(",", "."))
    return text


def _join(session: Any, case_id: int, row: ImportRow, text: str) -> int:
    """"Dit is dezelfde persoon" for an import row: the row (every value as in the file, `text`) becomes a
    journal line of the case, as the intake's join does; audited `signal_joined` with ids only."""
    case = session.get(Case, case_id)
    if case is None:  # removed (merged) since the file was checked
        raise ValidationError(code="import_checked_again")
    entry = JournalEntry(case_id=case_id, on=row.case_values["signal_received_on"], text=text)
    session.add(entry)
    session.flush()
    audit.record(session, "signal_joined", "journal", entry.id, case_id=case_id, detail="import")
    return case_id


def _insert_new(session: Any, rows: list[ImportRow]) -> list[int]:
    """Insert checked new cases in bulk (ids assigned here, under the vault's write lock): the same rows
    cases.insert_case and _apply_extras would write, without one ORM flush per row."""
    next_id = (session.scalar(select(func.max(Case.id))) or 0) + 1
    prefix = settings.get_in(session, "case_number_prefix")
    explicit = [r.case.case_number for r in rows if r.case and r.case.case_number]
    for start in range(0, len(explicit), 500):  # taken since the file was checked (another import, the intake)
        if session.scalar(select(Case.id).where(Case.case_number.in_(explicit[start:start + 500])).limit(1)):
            raise ValidationError(code="import_checked_again")
    highest: dict[str, int] = {}

    def generated(year: int) -> str:  # as cases.next_case_number, counting this file's numbers too
        stem = f"{prefix}-{year}-"
        if stem not in highest:
            taken = session.scalars(select(Case.case_number).where(Case.case_number.like(stem + "%"))).all()
            highest[stem] = max((int(n[len(stem):]) for n in (*taken, *explicit)
                                 if n.startswith(stem) and n[len(stem):].isdigit()), default=0)
        highest[stem] += 1
        return f"{stem}{highest[stem]:04d}"

    case_rows, person_rows, milestone_rows, journal_rows, audit_rows, ids = [], [], [], [], [], []
    for row in rows:
        assert row.case is not None
        case_id = next_id
        next_id += 1
        values = {"closed_on": None, "closing_reason": None, **row.case_values}  # the same keys in every row
        signal = values["signal_received_on"]
        number = row.case.case_number or generated((signal or dt.date.today()).year)
        if row.closed_on is not None:
            values.update(status="closed", closed_on=row.closed_on, closing_reason=row.closing_reason,
                          opened_on=values.get("opened_on") or signal)
        case_rows.append({"id": case_id, "case_number": number, **values})
        person_rows.append({"case_id": case_id, **row.person_values})
        seen = set()
        for kind, on, shelter in row.milestones:
            if (kind, on) not in seen:
                seen.add((kind, on))
                milestone_rows.append({"case_id": case_id, "kind": kind, "status": "done", "on": on,
                                       "shelter_type": shelter})
        if row.note:
            journal_rows.append({"case_id": case_id, "on": signal, "text": row.note})
        for event in ("case_created", "case_imported"):
            audit_rows.append({"event": event, "object_kind": "case", "object_id": case_id, "case_id": case_id,
                               "detail": None})
        ids.append(case_id)
    connection = session.connection()
    now = utcnow()
    batches: list[tuple[Any, list[dict[str, Any]]]] = [(model.__table__, batch) for model, batch in (
        (Case, case_rows), (Person, person_rows), (Milestone, milestone_rows), (JournalEntry, journal_rows),
        (AuditEvent, audit_rows)) if batch]
    with _bulk_cache(connection), _search_index_filled_afterwards(connection, [t.name for t, _b in batches]):
        for table, batch in batches:
            _executemany(connection, table, batch, now)
    return ids


BULK_CACHE_KIB = 64 * 1024
_INDEX_TRIGGER = re.compile(r"CREATE\s+TRIGGER\s+(\w+)\s+AFTER\s+INSERT\s+ON\s+(\w+)\s+BEGIN\s+"
                            r"(INSERT\s+INTO\s+search_index\s*\([\w,\s]+\))\s+VALUES\s*\((.+)\);\s*END", re.S)


@contextmanager
def _bulk_cache(connection: Any) -> Iterator[None]:
    """A page cache that holds the whole import (64 MiB instead of SQLite's 2 MiB) while it is written, so
    pages are not spilled, re-read and re-decrypted halfway; the connection's own size is restored after.
    The cache is SQLCipher's (wiped when freed, as cipher_memory_security asks)."""
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


@contextmanager
def _search_index_filled_afterwards(connection: Any, tables: list[str]) -> Iterator[None]:
    """Fill the search index for the new rows with one INSERT ... SELECT per table instead of one trigger
    run per row (the FTS triggers of revision 0005 cost about two thirds of a 10,000-row import).

    Inside the import's own transaction: each search-index insert trigger of these tables is read from
    sqlite_master, dropped, and after the rows are written its own statement is run once over the new rows
    (NEW.x read as x, the same expressions, the same rowid) and the trigger is created again from its stored
    text. Any error rolls the whole transaction back, triggers included. A trigger of another form is left
    in place and simply runs per row."""
    plans = []
    for name, table, sql in connection.exec_driver_sql(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all():
        match = _INDEX_TRIGGER.fullmatch(sql.strip()) if table in tables else None  # its text exactly as stored
        if match is None or match.group(1) != name or match.group(2) != table:
            continue
        start = connection.exec_driver_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').scalar()
        fill = f'{match.group(3)} SELECT {match.group(4).replace("NEW.", "")} FROM "{table}" WHERE id > ?'
        plans.append((name, sql, fill, start))
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql, fill, start in plans:
        connection.exec_driver_sql(fill, (start,))
        connection.exec_driver_sql(sql)


# Columns that hold codes (of a code list, an audit event, a kind), never personal data: their few values may
# be written into the statement as literals (see _executemany).
_CODE_COLUMNS = {
    "cases": {"status", "closing_reason", "primary_form", "referral_source", "municipality", "risk_level",
              "reporter_org_type"},
    "persons": {"gender"}, "milestones": {"kind", "status", "shelter_type"},
    "journal_entries": set(), "audit_events": {"event", "object_kind", "detail"},
}
_LITERAL = re.compile(r"[\w\-:. \[\]]*", re.ASCII)  # text that needs no quoting inside '...'
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_EPOCH = dt.date(1970, 1, 1).toordinal()
MAX_CODES = 64  # more different values in a code column: bound per row as before


def _executemany(connection: Any, table: Any, rows: list[dict[str, Any]], now: dt.datetime) -> None:
    """One driver-level executemany per table. Each value goes through its column type's own bind
    processor (the exact conversion SQLAlchemy applies: dates, booleans, JSON), without SQLAlchemy's
    per-row statement bookkeeping; columns not given get their declared default.

    Why the statement is shaped as it is: with cipher_memory_security every allocation SQLite makes is
    locked, wiped and unlocked (docs/SECURITY.md), and a bound text is one allocation, plus a second copy
    when SQLite checks it against a DATE/DATETIME/JSON column's numeric affinity. So, measured on the
    10,000-row benchmark list: the time stamps (the same in every row) are written once as a literal; a
    code column (_CODE_COLUMNS, never personal data) passes a small number that picks its literal
    (CASE ?n WHEN 0 THEN 'active' ...); a date passes its day number and SQLite writes it back as
    'YYYY-MM-DD' (date(?n, 'unixepoch'), the text SQLAlchemy's Date stores); any other value that is the
    same in every row is bound once per statement as one numbered parameter; the rest is bound per row.
    What ends up stored is the same, value and type (tests/cases/test_case_import_bulk_rows.py)."""
    dialect = connection.dialect
    stamps = {c: now for c in ("created_at", "updated_at", "at") if c in table.c}
    columns = [c for c in table.c if c.name in rows[0] or c.name in stamps or c.default is not None]
    plan = []
    for column in columns:
        default = column.default.arg if column.default is not None and column.default.is_scalar else None
        process = column.type.dialect_impl(dialect).bind_processor(dialect)  # SQLite's own: dates as ISO text
        plan.append((column.name, process, stamps.get(column.name, default)))
    # column by column (one list per column: a comprehension per column instead of a generator per row)
    values = []
    for name, process, fallback in plan:
        column_values = [r.get(name, fallback) for r in rows]
        values.append(list(map(process, column_values)) if process else column_values)
    codes = _CODE_COLUMNS.get(table.name, set())
    first = [column_values[0] for column_values in values]
    # per column: how it is written ("literal" text, "case" over its values, "date", "shared" or "row")
    form: dict[int, tuple[str, Any]] = {}
    for i, column in enumerate(columns):
        seen = {(type(v), v) for v in values[i]}  # 1 and True are equal in Python but bound differently
        safe = all(v is None or (isinstance(v, str) and _LITERAL.fullmatch(v)) for _t, v in seen)
        if (column.name in stamps or column.name in codes) and safe and len(seen) <= MAX_CODES:
            form[i] = ("literal", first[i]) if len(seen) == 1 else ("case", sorted(seen, key=repr))
        elif len(seen) == 1:
            form[i] = ("shared", first[i])
        elif isinstance(column.type, Date) and not isinstance(column.type, DateTime) and all(
                v is None or (isinstance(v, str) and _ISO_DAY.fullmatch(v)) for _t, v in seen):
            form[i] = ("date", None)
        else:
            form[i] = ("row", None)
    shared = [i for i in range(len(columns)) if form[i][0] == "shared"]
    varying = [i for i in range(len(columns)) if form[i][0] in ("case", "date", "row")]
    number = {i: n for n, i in enumerate(shared, 1)}  # ?1 .. ?k: the shared values, bound once per statement
    pick = {i: {value: n for n, value in enumerate(form[i][1])} for i in varying if form[i][0] == "case"}

    def literal(value: Any) -> str:
        return "NULL" if value is None else f"'{value}'"

    def term(i: int, at: int) -> str:
        kind, value = form[i]
        if kind == "literal":
            return literal(value)
        if kind == "shared":
            return f"?{number[i]}"
        if kind == "case":
            whens = " ".join(f"WHEN {n} THEN {literal(v)}" for (_t, v), n in pick[i].items())
            return f"CASE ?{at} {whens} END"
        if kind == "date":
            return f"date(?{at}, 'unixepoch')"
        return f"?{at}"

    def encoded_column(i: int) -> list[Any]:  # what is bound for column i, row by row
        kind = form[i][0]
        if kind == "case":
            number_of = pick[i]
            return [number_of[(type(value), value)] for value in values[i]]
        if kind == "date":
            return [None if value is None else (dt.date.fromisoformat(value).toordinal() - _EPOCH) * 86_400
                    for value in values[i]]
        return values[i]

    # Many rows per statement: each execution opens a cursor on the table and one per index, and with
    # cipher_memory_security every such allocation is locked, wiped and unlocked (docs/SECURITY.md).
    per = max(1, min(ROWS_PER_INSERT, (MAX_BOUND_VALUES - len(shared)) // max(1, len(varying))))
    head = f'INSERT INTO "{table.name}" ({", ".join(chr(34) + c.name + chr(34) for c in columns)}) VALUES '

    def statement(count: int) -> str:
        groups = []
        for row in range(count):
            at = {i: len(shared) + row * len(varying) + k + 1 for k, i in enumerate(varying)}
            groups.append("(" + ", ".join(term(i, at.get(i, 0)) for i in range(len(columns))) + ")")
        return head + ", ".join(groups)

    constant = tuple(first[i] for i in shared)
    encoded: list[tuple[Any, ...]] = (list(zip(*(encoded_column(i) for i in varying), strict=True)) if varying
                                      else [()] * len(rows))

    def params(batch: list[tuple[Any, ...]]) -> tuple[Any, ...]:
        return constant + tuple(chain.from_iterable(batch))

    whole = len(encoded) - len(encoded) % per
    if whole:
        connection.exec_driver_sql(statement(per), [params(encoded[start:start + per])
                                                    for start in range(0, whole, per)])
    if whole < len(encoded):
        connection.exec_driver_sql(statement(len(encoded) - whole), params(encoded[whole:]))


ROWS_PER_INSERT = 250
MAX_BOUND_VALUES = 30_000  # SQLite allows 32,766 bound values per statement


def import_file(vault: Vault, path: Path | str, *, good_rows_only: bool = False, on_duplicate: str = "skip",
                today: dt.date | None = None, ignore_columns: bool = False,
                known_choices: Mapping[int, Choice] | None = None) -> ImportResult:
    return import_checked(vault, check_file(vault, path, today), good_rows_only=good_rows_only,
                          on_duplicate=on_duplicate, ignore_columns=ignore_columns, known_choices=known_choices)


def _update(session: Any, case: Case, row: ImportRow) -> None:
    data = row.case
    assert data is not None and data.person is not None
    errors: Errors = {}
    values = store._validate_case(errors, data)
    person = store._validate_person(errors, data.person)
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
    path = Path(path)
    try:
        _write_template(path, atomic_writer)
    except OSError as exc:  # no access, a folder, disk full: a known error (exit 2), no OS text
        raise disk_error(exc) from exc


def _write_template(path: Path, atomic_writer: Any) -> None:
    with atomic_writer(path, 0o644) as fh:
        if path.suffix.lower() == ".xlsx":
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
