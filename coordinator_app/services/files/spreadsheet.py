"""Reading a spreadsheet (CSV, XLSX, ODS) into numbered rows, with bounded work.

`read_sheet(path, limits)` returns the first sheet as `(row_number, values)` pairs, row numbers as
the spreadsheet program shows them (the `sep=` line of a CSV is not a row, as in Excel). Values are
str, int, float, bool, dt.date or dt.datetime (real date cells), or None for an empty cell.

Bounds (issue 21), all checked before the work they bound:
- file size (stat, before a byte is read); CSV decoding through text_files (one encoding per file);
- XLSX/ODS: the declared unpacked size of every part and of the whole archive, the declared sheet
  dimension (`<dimension ref="A1:XFD1048576"/>` is refused before any row is read), then while
  streaming: rows, columns, cell length; XML is parsed with defusedxml (DTDs with entities and
  external references are refused), one row in memory at a time;
- `.xls` (the old binary format) is refused with "sla op als .xlsx".
Every refusal is a ValidationError with a Dutch message; nothing is truncated silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from coordinator_app.errors import ValidationError
from coordinator_app.services.files import text_decoding

Row = tuple[int, list[Any]]
_MAIN_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODS_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_CELL_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")
_DIMENSION = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$")
_BUILTIN_DATE_FORMATS = frozenset((*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)))
LABEL = "Het importbestand"
MAX_SMALL_PART = 16 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 50 * 1024 * 1024
    max_unpacked_bytes: int = 200 * 1024 * 1024
    max_rows: int = 100_000
    max_columns: int = 200
    max_cell_chars: int = 100_000
    max_parts: int = 10_000
    max_shared_strings: int = 1_000_000  # distinct texts of a workbook (each costs ~60 bytes in memory)
    max_shared_chars: int = 64 * 1024 * 1024


def refuse(code: str, **params: Any) -> ValidationError:
    return ValidationError(code=code, **params)


def _dutch_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _too_many_rows(limits: Limits) -> ValidationError:
    """The file has more rows than can be imported at once (the data row count, header excluded)."""
    return refuse("import_rows_over_limit", maximum=_dutch_number(limits.max_rows))


def read_sheet(path: Path | str, limits: Limits | None = None) -> list[Row]:
    limits = limits or Limits()
    path = Path(path)
    try:
        if path.is_dir():
            raise ValidationError({"file": "file_is_folder"}, code="file_is_folder")
        size = path.stat().st_size
        if size > limits.max_file_bytes:  # checked before anything is read
            raise refuse("import_too_large", maximum=limits.max_file_bytes // (1024 * 1024))
        with path.open("rb") as fh:
            head = fh.read(4096)
    except FileNotFoundError as exc:
        raise ValidationError({"file": "file_not_found"}, code="file_not_found") from exc
    except OSError as exc:
        raise ValidationError({"file": "file_not_readable"}, code="file_not_readable") from exc
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise refuse("import_old_excel")
    if head.startswith(b"PK\x03\x04"):
        return _read_zip(path, limits)
    if head.count(0) > len(head) // 100 + 1 and not head.startswith((b"\xff\xfe", b"\xfe\xff")) \
            and not _utf16_like(head):
        raise refuse("import_not_spreadsheet")  # a picture, a PDF, a database: not text at all
    return read_csv_text(text_decoding.read_text_file(path, label=LABEL, max_bytes=limits.max_file_bytes).text, limits)


def _utf16_like(head: bytes) -> bool:
    """UTF-16 text without a BOM: every other byte of the first characters is NUL (text_files then
    refuses it with its own advice)."""
    sample = head[:64] if len(head) >= 64 else head[: len(head) - len(head) % 2]
    return bool(sample) and (all(b == 0 for b in sample[1::2]) or all(b == 0 for b in sample[0::2]))


# --- CSV -------------------------------------------------------------------------------------------

_SEP_LINE = re.compile(r'^"?sep=(.)"?[ \t]*$', re.IGNORECASE)


def read_csv_text(text: str, limits: Limits | None = None) -> list[Row]:
    limits = limits or Limits()
    first, _, rest = text.partition("\n")
    if m := _SEP_LINE.match(first.rstrip("\r")):  # Excel's "sep=;" line: the delimiter, not a row
        delimiter, text = m.group(1), rest
    else:
        sample = text[:65536].splitlines()[:20]
        delimiter = max((";", ",", "\t", "|"), key=lambda d: max((line.count(d) for line in sample), default=0))
    rows: list[Row] = []
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
            if len(values) > limits.max_columns and any(v.strip() for v in values[limits.max_columns:]):
                raise refuse("import_too_many_columns", row=number, maximum=limits.max_columns)
            for value in values:
                if len(value) > limits.max_cell_chars:
                    raise refuse("import_cell_too_long", row=number, maximum=_dutch_number(limits.max_cell_chars))
            if any(values):
                if len(rows) > limits.max_rows:
                    raise _too_many_rows(limits)
                rows.append((number, list(values[: limits.max_columns])))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise refuse("import_cell_too_long_somewhere", maximum=_dutch_number(limits.max_cell_chars)) from exc
        raise refuse("import_not_spreadsheet") from exc
    return rows


# --- zip containers: XLSX and ODS ---------------------------------------------------------------


class _Bounded(io.RawIOBase):
    """A read-only stream that refuses to hand out more than `limit` bytes (a lying zip header)."""

    def __init__(self, raw: IO[bytes], limit: int) -> None:
        self._raw, self._left = raw, limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(min(len(buffer), 65536))
        self._left -= len(data)
        if self._left < 0:
            raise refuse("import_unpacked_too_large", maximum=0)
        buffer[: len(data)] = data
        return len(data)


def _xml_errors() -> tuple[type[BaseException], ...]:
    return (ParseError, zipfile.BadZipFile, KeyError, ValueError, EOFError, IndexError, OverflowError,
            zipfile.LargeZipFile, NotImplementedError)


def _read_zip(path: Path, limits: Limits) -> list[Row]:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > limits.max_parts:
                raise refuse("import_not_spreadsheet")
            unpacked = sum(i.file_size for i in infos)
            if unpacked > limits.max_unpacked_bytes:  # the declared sizes; zipfile enforces them when reading
                raise refuse("import_unpacked_too_large", maximum=limits.max_unpacked_bytes // (1024 * 1024))
            names = {i.filename for i in infos}
            if "mimetype" in names and zf.read("mimetype")[:100].strip() == _ODS_MIME:
                return _read_ods(zf, limits)
            if "xl/workbook.xml" not in names:
                if "content.xml" in names:
                    raise refuse("import_ods_unknown")
                raise refuse("import_not_spreadsheet")
            return _read_xlsx(zf, names, limits)
    except DefusedXmlException as exc:
        raise refuse("import_xml_unsafe") from exc
    except ValidationError:
        raise
    except _xml_errors() as exc:
        raise refuse("import_not_spreadsheet") from exc
    except OSError as exc:
        raise ValidationError({"file": "file_not_readable"}, code="file_not_readable") from exc


def _open(zf: zipfile.ZipFile, name: str, limits: Limits) -> io.BufferedReader:
    return io.BufferedReader(_Bounded(zf.open(name), limits.max_unpacked_bytes))


def _prescan(zf: zipfile.ZipFile, name: str, limits: Limits) -> None:
    """Refuse a part with one huge run of text before parsing it: an XML parser builds a cell's whole
    text in memory before anyone can look at its length. A run of bytes without "<" longer than six
    bytes per allowed character (UTF-8 and entity escapes) cannot be a cell the importer accepts."""
    longest = 6 * limits.max_cell_chars
    long_run = re.compile(rb"[^<]{%d,}" % (longest + 1))
    carry = 0
    with _open(zf, name, limits) as fh:
        while chunk := fh.read(1024 * 1024):
            first = chunk.find(b"<")
            if carry + (len(chunk) if first < 0 else first) > longest or long_run.search(chunk):
                raise refuse("import_cell_too_long_somewhere", maximum=_dutch_number(limits.max_cell_chars))
            last = chunk.rfind(b"<")
            carry = carry + len(chunk) if last < 0 else len(chunk) - last - 1


def _parse(zf: zipfile.ZipFile, name: str, limits: Limits) -> Any:
    if zf.getinfo(name).file_size > MAX_SMALL_PART:  # workbook, relations, styles: parsed whole, so small
        raise refuse("import_unpacked_too_large", maximum=MAX_SMALL_PART // (1024 * 1024))
    with _open(zf, name, limits) as fh:
        return DET.parse(fh, forbid_dtd=True).getroot()


MAX_XML_DEPTH = 32  # spreadsheet XML is a few levels deep; deeper nesting is a hostile file


def _iterparse(fh: IO[bytes], events: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
    """defusedxml's iterparse (no DTD, so no entities and no external references), with a depth bound."""
    depth = 0
    for event, el in DET.iterparse(fh, events=events, forbid_dtd=True):
        if event == "start":
            depth += 1
            if depth > MAX_XML_DEPTH:
                raise refuse("import_xml_unsafe")
        else:
            depth -= 1
        yield event, el


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def _check_dimension(ref: str, limits: Limits) -> None:
    m = _DIMENSION.match(ref.strip().upper())
    if not m:
        return
    last_col, last_row = (m.group(3), m.group(4)) if m.group(3) else (m.group(1), m.group(2))
    if _column_index(last_col) > limits.max_columns or int(last_row) > limits.max_rows + 100:
        raise refuse("import_sheet_too_large", dimension=ref.strip()[:30], rows=_dutch_number(limits.max_rows),
                      columns=limits.max_columns)


def _resolve(base: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts = [p for p in base.split("/")[:-1] if p]
    for piece in target.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _first_sheet(zf: zipfile.ZipFile, names: set[str], limits: Limits) -> tuple[str, bool]:
    workbook = _parse(zf, "xl/workbook.xml", limits)
    date1904 = False
    rid = None
    for el in workbook.iter():
        tag = _local(el.tag)
        if tag == "workbookPr":
            date1904 = el.get("date1904", "0").lower() in ("1", "true")
        elif tag == "sheet" and rid is None:
            rid = el.get(_MAIN_NS + "id") or el.get("{http://purl.oclc.org/ooxml/officeDocument/relationships}id")
    target = None
    if rid and "xl/_rels/workbook.xml.rels" in names:
        for el in _parse(zf, "xl/_rels/workbook.xml.rels", limits).iter():
            if _local(el.tag) == "Relationship" and el.get("Id") == rid:
                target = _resolve("xl/workbook.xml", el.get("Target", ""))
    if target is None or target not in names:
        sheets = sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))
        if not sheets:
            raise refuse("import_not_spreadsheet")
        target = sheets[0]
    return target, date1904


def _date_styles(zf: zipfile.ZipFile, names: set[str], limits: Limits) -> list[bool]:
    if "xl/styles.xml" not in names:
        return []
    root = _parse(zf, "xl/styles.xml", limits)
    custom: dict[int, str] = {}
    styles: list[bool] = []
    for el in root.iter():
        if _local(el.tag) == "numFmt":
            custom[int(el.get("numFmtId", "0"))] = el.get("formatCode", "")
    for el in root.iter():
        if _local(el.tag) == "cellXfs":
            for xf in el:
                if _local(xf.tag) == "xf":
                    fid = int(xf.get("numFmtId", "0"))
                    styles.append(fid in _BUILTIN_DATE_FORMATS or (fid in custom and _is_date_format(custom[fid])))
    return styles


def _is_date_format(code: str) -> bool:
    bare = re.sub(r'"[^"]*"|\[[^]]*\]|\\.', "", code).lower()
    return "y" in bare or "d" in bare or ("m" in bare and "h" not in bare and "s" not in bare)


def _shared_strings(zf: zipfile.ZipFile, names: set[str], limits: Limits) -> list[str]:
    if "xl/sharedStrings.xml" not in names:
        return []
    _prescan(zf, "xl/sharedStrings.xml", limits)
    strings: list[str] = []
    budget = limits.max_shared_chars
    with _open(zf, "xl/sharedStrings.xml", limits) as fh:
        parts: list[str] = []
        skip = 0
        for event, el in _iterparse(fh, ("start", "end")):
            tag = _local(el.tag)
            if tag == "rPh":  # phonetic guide runs are not part of the text
                skip += 1 if event == "start" else -1
            elif event == "end" and tag == "t" and not skip:
                parts.append(el.text or "")
            elif event == "end" and tag == "si":
                text = ooxml_text("".join(parts))
                budget -= len(text)
                if budget < 0 or len(strings) >= limits.max_shared_strings:
                    raise refuse("import_too_many_texts", maximum=_dutch_number(limits.max_shared_strings),
                                 chars=_dutch_number(limits.max_shared_chars))
                strings.append(text)
                parts = []
                el.clear()
    return strings


_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def ooxml_text(text: str) -> str:
    """A string as Excel meant it: Excel writes characters XML cannot hold (and a CR before a line
    break) as _xHHHH_, and a literal "_x" sequence as _x005F_x...; undone here, nothing else changed."""
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _excel_date(serial: float, date1904: bool) -> dt.date | dt.datetime:
    if date1904:
        base = dt.datetime(1904, 1, 1)
    else:
        base = dt.datetime(1899, 12, 31) if serial < 60 else dt.datetime(1899, 12, 30)  # Excel's 1900 leap day
    moment = base + dt.timedelta(days=serial)
    return moment.date() if float(serial).is_integer() else moment


def _read_xlsx(zf: zipfile.ZipFile, names: set[str], limits: Limits) -> list[Row]:
    sheet, date1904 = _first_sheet(zf, names, limits)
    date_styles = _date_styles(zf, names, limits)
    strings = _shared_strings(zf, names, limits)
    _prescan(zf, sheet, limits)
    rows: list[Row] = []
    with _open(zf, sheet, limits) as fh:
        values: dict[int, Any] = {}
        row_number = 0
        position = 0
        cell: dict[str, Any] = {}
        sheet_data: Any = None
        for event, el in _iterparse(fh, ("start", "end")):
            tag = _local(el.tag)
            if event == "start":
                if tag == "dimension":
                    _check_dimension(el.get("ref", ""), limits)
                elif tag == "sheetData":
                    sheet_data = el
                elif tag == "row":
                    row_number = int(el.get("r") or row_number + 1)
                    if row_number > 2 * limits.max_rows:  # even empty rows are work: bounded too
                        raise _too_many_rows(limits)
                    values, position = {}, 0
                elif tag == "c":
                    cell = {"r": el.get("r"), "t": el.get("t", "n"), "s": int(el.get("s", "0") or 0)}
                continue
            if tag in ("v", "t"):
                cell.setdefault("parts", []).append(el.text or "")
            elif tag == "f":
                cell["formula"] = True
            elif tag == "c":
                ref = cell.get("r")
                m = _CELL_REF.match(ref) if ref else None
                if cell.get("formula") and not "".join(cell.get("parts", [])):
                    # a formula whose result was never calculated (written by a program, not Excel):
                    # its value is unknown, so neither an empty cell nor the formula text is right
                    raise refuse("import_formula_without_value", row=row_number)
                position = _column_index(m.group(1)) if m else position + 1
                value = _xlsx_value(cell, strings, date_styles, date1904)
                if value is not None and value != "":
                    if position > limits.max_columns:
                        raise refuse("import_too_many_columns", row=row_number, maximum=limits.max_columns)
                    if isinstance(value, str) and len(value) > limits.max_cell_chars:
                        raise refuse("import_cell_too_long", row=row_number,
                                     maximum=_dutch_number(limits.max_cell_chars))
                    values[position] = value
                el.clear()
            elif tag == "row":
                if values:
                    if len(rows) > limits.max_rows:
                        raise _too_many_rows(limits)
                    width = max(values)
                    rows.append((row_number, [values.get(i) for i in range(1, width + 1)]))
                if sheet_data is not None:
                    sheet_data.clear()  # no finished row stays in memory
                el.clear()
            elif tag == "sheetData":
                break
    return rows


def _xlsx_value(cell: dict[str, Any], strings: list[str], date_styles: list[bool], date1904: bool) -> Any:
    text = "".join(cell.get("parts", [])) if "parts" in cell else None
    kind = cell["t"]
    if text is None:
        return None
    if kind == "s":
        return strings[int(text)]
    if kind in ("inlineStr", "str"):
        return ooxml_text(text)
    if kind == "b":
        return text.strip() in ("1", "true")
    if kind == "e":
        return text  # an error value such as #N/A is shown as typed in the sheet
    if kind == "d":
        return dt.datetime.fromisoformat(text.strip()) if "T" in text else dt.date.fromisoformat(text.strip())
    number = float(text)
    style = cell["s"]
    if style < len(date_styles) and date_styles[style]:
        return _excel_date(number, date1904)
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


# --- ODS (LibreOffice) -------------------------------------------------------------------------


def _ods_text(el: Any) -> str:
    out: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag
        if tag == _ODS_TEXT + "s":
            out.append(" " * int(node.get(_ODS_TEXT + "c", "1")))
        elif tag == _ODS_TEXT + "tab":
            out.append("\t")
        elif tag == _ODS_TEXT + "line-break":
            out.append("\n")
        elif node.text:
            out.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                out.append(child.tail)

    paragraphs = []
    for p in el:
        if p.tag == _ODS_TEXT + "p":
            out = []
            walk(p)
            paragraphs.append("".join(out))
    return "\n".join(paragraphs)


def _ods_value(el: Any) -> Any:
    kind = el.get(_ODS_OFFICE + "value-type")
    if kind is None:
        return _ods_text(el) or None
    if kind in ("float", "percentage", "currency"):
        number = float(el.get(_ODS_OFFICE + "value", "nan"))
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    if kind == "date":
        raw = el.get(_ODS_OFFICE + "date-value", "")
        return dt.datetime.fromisoformat(raw) if "T" in raw else dt.date.fromisoformat(raw)
    if kind == "boolean":
        return el.get(_ODS_OFFICE + "boolean-value") == "true"
    return _ods_text(el)


def _read_ods(zf: zipfile.ZipFile, limits: Limits) -> list[Row]:
    rows: list[Row] = []
    row_number = 0
    depth = 0  # inside the first table
    done = False
    _prescan(zf, "content.xml", limits)
    with _open(zf, "content.xml", limits) as fh:
        values: list[Any] = []
        pending = 0
        repeat = 1
        table: Any = None
        elements = 0
        for event, el in _iterparse(fh, ("start", "end")):
            if done:
                break
            tag = el.tag
            if tag == _ODS_TABLE + "table":
                depth += 1 if event == "start" else -1
                table = el
                if event == "end":
                    done = True
                continue
            if not depth:
                continue
            if tag == _ODS_TABLE + "table-row":
                if event == "start":
                    values, pending = [], 0
                    repeat = int(el.get(_ODS_TABLE + "number-rows-repeated", "1"))
                    continue
                first = row_number + 1
                row_number += repeat
                if values:
                    if len(rows) + repeat > limits.max_rows + 1:
                        raise _too_many_rows(limits)
                    rows.extend((n, list(values)) for n in range(first, row_number + 1))
                elements += 1
                if elements > 2 * limits.max_rows:  # empty repeated rows cost nothing; row elements do
                    raise _too_many_rows(limits)
                if table is not None:
                    table.clear()
                el.clear()
            elif tag in (_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell") and event == "end":
                count = int(el.get(_ODS_TABLE + "number-columns-repeated", "1"))
                value = _ods_value(el)
                if value is None or value == "":
                    pending += count  # trailing empty cells are never materialised
                else:
                    if len(values) + pending + count > limits.max_columns:
                        raise refuse("import_too_many_columns", row=row_number + 1, maximum=limits.max_columns)
                    if isinstance(value, str) and len(value) > limits.max_cell_chars:
                        raise refuse("import_cell_too_long", row=row_number + 1,
                                     maximum=_dutch_number(limits.max_cell_chars))
                    values.extend([None] * pending + [value] * count)
                    pending = 0
                el.clear()
    return rows
