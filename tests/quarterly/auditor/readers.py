"""Read published cells back from the files a reader receives, without the app's code.

A cell is `(quarter, measure, dimension, category) -> value text` (`"12"`, `"<5"`, `"x"`), the
category possibly a `+`-join of codes. CSV: the contract rows. XLSX: the workbook is unzipped and
the sheet XML read directly (shared strings, numbers, inline strings). PDF: the text pypdf
extracts, matched against the labels of the code lists.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile

from defusedxml import ElementTree

from coordinator_app.codes import code_list

from .domain import categories, dimensions, parts

Cells = dict[tuple[str, str, str, str], str]
CSV_HEADER = ["quarter", "measure", "dimension", "category", "value"]
_VALUE = re.compile(r"^(\d+|<\d+|x)$")


def read_csv(data: bytes) -> Cells:
    text = data.decode("utf-8")
    assert not text.startswith("\ufeff"), "CSV must not start with a byte-order mark"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows and rows[0] == CSV_HEADER, rows[:1]
    cells: Cells = {}
    for row in rows[1:]:
        assert len(row) == 5, row
        quarter, measure, dimension, category, value = row
        assert _VALUE.match(value), f"not an integer, <T or x: {row}"
        assert dimension in dimensions(measure), row
        parts(dimension, category)  # a known category or a '+'-join of known categories
        key = (quarter, measure, dimension, category)
        assert key not in cells, f"row twice: {row}"
        cells[key] = value
    return cells


# --- XLSX ------------------------------------------------------------------------------------------

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _column(ref: str) -> int:
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def xlsx_sheets(data: bytes) -> dict[str, list[dict[int, str]]]:
    """Sheet name -> rows (column index -> cell text), from the raw XML of the workbook."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        shared: list[str] = []
        if "xl/sharedStrings.xml" in names:
            root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
            for si in root.findall("m:si", _NS):
                shared.append("".join(t.text or "" for t in si.iter(f"{{{_NS['m']}}}t")))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels}
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        sheets: dict[str, list[dict[int, str]]] = {}
        for sheet in book.find("m:sheets", _NS):
            path = target[sheet.get(_REL)].lstrip("/")
            path = path if path.startswith("xl/") else "xl/" + path
            root = ElementTree.fromstring(archive.read(path))
            rows: list[dict[int, str]] = []
            for row in root.iter(f"{{{_NS['m']}}}row"):
                found: dict[int, str] = {}
                for c in row.findall("m:c", _NS):
                    kind = c.get("t")
                    v = c.find("m:v", _NS)
                    if kind == "s" and v is not None:
                        text = shared[int(v.text)]
                    elif kind == "inlineStr":
                        text = "".join(t.text or "" for t in c.iter(f"{{{_NS['m']}}}t"))
                    elif v is not None:
                        text = v.text or ""
                        if re.fullmatch(r"-?\d+\.0+", text):
                            text = text.split(".")[0]
                    else:
                        continue
                    found[_column(c.get("r"))] = text
                found[-1] = row.get("r")  # the row number, for chart references
                rows.append(found)
            sheets[sheet.get("name")] = rows
    return sheets


def read_xlsx(data: bytes) -> Cells:
    """Cells of every sheet: the quarter and measure from the header block ("Kwartaal",
    "Meting (code)"), then per block "dimensie: <dim>" and rows (code, label, value) in columns A-C."""
    cells: Cells = {}
    for name, rows in xlsx_sheets(data).items():
        header = {r.get(0): r.get(1) for r in rows if r.get(0) in ("Kwartaal", "Meting (code)")}
        quarter, measure = header.get("Kwartaal"), header.get("Meting (code)")
        assert quarter and measure, f"sheet {name!r} has no quarter/measure header"
        dimension = None
        for row in rows:
            second = row.get(1, "")
            if second.startswith("dimensie: "):
                dimension = second.removeprefix("dimensie: ")
                assert dimension in dimensions(measure), (name, dimension)
                continue
            if dimension is None or row.get(0) in (None, "Code") or 2 not in row:
                continue
            category, value = row[0], row[2]
            if not _VALUE.match(value):
                continue
            parts(dimension, category)
            key = (quarter, measure, dimension, category)
            assert key not in cells, f"XLSX cell twice: {key}"
            cells[key] = value
    return cells


_CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def xlsx_chart_problems(data: bytes) -> list[str]:
    """Every native chart of the workbook against the table it is drawn from.

    A chart's categories and values refer to helper columns of a sheet (label, number) and carry a
    cached copy. Checked: the cache equals the referenced cells; a bar's number equals the value in
    column C of the same row (the published value); a hidden value has no bar (blank) and its marker
    beside its label. Returns the problems found (empty when all agree)."""
    sheets = xlsx_sheets(data)
    by_number = {name: {r[-1]: r for r in rows} for name, rows in sheets.items()}
    problems: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        charts = sorted(n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        for name in charts:
            root = ElementTree.fromstring(archive.read(name))
            for series in root.iter(f"{_CHART}ser"):
                refs, caches = [], []
                for part in ("cat", "val"):
                    node = series.find(f"{_CHART}{part}")
                    ref = node.find(f".//{_CHART}f").text
                    points = {int(p.get("idx")): p.find(f"{_CHART}v").text for p in node.iter(f"{_CHART}pt")}
                    refs.append(ref)
                    caches.append(points)
                m = re.fullmatch(r"'?(.+?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)", refs[0])
                sheet, col, first, _c2, last = m.groups()
                col_n = _column(col)
                for k, row_n in enumerate(range(int(first), int(last) + 1)):
                    row = by_number[sheet].get(str(row_n), {})
                    label, number, published = row.get(col_n), row.get(col_n + 1), row.get(2)
                    where = f"{name} {sheet} row {row_n}"
                    if caches[0].get(k) != label or caches[1].get(k) != number:
                        problems.append(f"{where}: cache {caches[0].get(k)!r}/{caches[1].get(k)!r} "
                                        f"is not the cells {label!r}/{number!r}")
                    if published is None or not _VALUE.match(published):
                        problems.append(f"{where}: no published value beside the bar")
                    elif published.isdigit() and number != published:
                        problems.append(f"{where}: bar {number!r} but table {published}")
                    elif not published.isdigit() and (
                            number is not None or not (label or "").endswith(f"({published})")):
                        problems.append(f"{where}: hidden {published} drawn as {number!r} / {label!r}")
    return problems


# --- PDF ---------------------------------------------------------------------------------------

MEASURE_TITLES = {
    "opened": "Geopend in het kwartaal",
    "active_at_end": "Actief aan het eind van het kwartaal",
    "closed": "Gesloten in het kwartaal",
    "outcome": "Stappen in de meldroute",
    "network": "Netwerk en deskundigheidsbevordering",
}
DIMENSION_TITLES = {
    "form": "Uitbuitingsvorm", "age_group": "Leeftijd bij opening", "gender": "Geslacht",
    "nationality_group": "Nationaliteit", "referral_source": "Melder", "municipality": "Gemeente",
    "closing_reason": "Reden van sluiten", "outcome": "Stap", "network": "Activiteit",
}
NETWORK_LABELS = {"Gegeven trainingen": "training_sessions", "Deelnemers aan trainingen": "training_participants",
                  "Bereikte organisaties": "organisations_reached"}
_QUARTER = re.compile(r"^\d{4}Q[1-4]$")


def _norm(text: str) -> str:
    return " ".join(text.split())


def pdf_lines(data: bytes) -> list[list[tuple[float, str]]]:
    """Every line of text of every page, top to bottom: [(x, fragment), ...] left to right.

    Fragments come from pypdf's text visitor with their position, so a table row's label and its
    value (and a chart's labels) are read where they are printed, not in content-stream order.
    """
    from pypdf import PdfReader

    lines: list[list[tuple[float, str]]] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        frags: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, _size, frags=frags):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                frags.append((y, x, _norm(text)))

        page.extract_text(visitor_text=visit)
        frags.sort(key=lambda f: (-f[0], f[1]))
        current: list[tuple[float, float, str]] = []
        for frag in frags:
            if current and abs(current[0][0] - frag[0]) > 1.5:
                lines.append(sorted((x, t) for _y, x, t in current))
                current = []
            current.append(frag)
        if current:
            lines.append(sorted((x, t) for _y, x, t in current))
    return lines


def read_pdf(data: bytes) -> tuple[Cells, Cells]:
    """(cells of the report's quarter, cells of the trend chart) as printed in the PDF.

    Report cells: key figures ("Kerncijfers": measure label, value), per measure section its
    "Totaal: v" and per dimension block (title, then a header row "Categorie ... Aantal") one row per
    category: the label (code-list labels joined with " + "), the value in the "Aantal" column.
    Trend: the quarter labels under the chart and, above each, one value per series in legend order.
    """
    lines = pdf_lines(data)
    texts = [" ".join(t for _x, t in line) for line in lines]
    quarter = next(m.group(1) for t in texts if (m := re.search(r"Kwartaalrapportage mensenhandel (\d{4}Q[1-4])", t)))
    title_of = {v: k for k, v in MEASURE_TITLES.items()}
    dim_of = {v: k for k, v in DIMENSION_TITLES.items()}
    cells: Cells = {}

    def put(target: Cells, key: tuple[str, str, str, str], value: str) -> None:
        assert _VALUE.match(value), (key, value)
        assert target.get(key, value) == value, f"PDF prints {key} twice differently: {target[key]} and {value}"
        target[key] = value

    measure = dim = None
    value_x = None
    rows: list[tuple[str, str | None]] = []

    def flush() -> None:
        if measure and dim and rows:
            for category, value in _match_rows(measure, dim, rows):
                put(cells, (quarter, measure, dim, category), value)
        rows.clear()

    trend_at = None
    in_key_figures = False
    for n, (line, text) in enumerate(zip(lines, texts, strict=True)):
        first = line[0][1]
        if text == "Kerncijfers":
            in_key_figures = True
            continue
        if in_key_figures:
            if first in title_of and len(line) == 2:
                put(cells, (quarter, title_of[first], "total", "all"), line[1][1])
                continue
            if first in NETWORK_LABELS and len(line) == 2:
                put(cells, (quarter, "network", "network", NETWORK_LABELS[first]), line[1][1])
                continue
            if first == "Meting":
                continue
            in_key_figures = False
        if text.startswith("Ontwikkeling over"):
            trend_at = n
            continue
        if len(line) == 1 and first in title_of and trend_at is not None:
            flush()
            measure, dim, value_x = title_of[first], None, None
            continue
        if measure and (m := re.fullmatch(r"Totaal: (\S+)", text)):
            put(cells, (quarter, measure, "total", "all"), m.group(1))
            continue
        if measure and len(line) == 1 and first in dim_of and n + 1 < len(lines) \
                and lines[n + 1][0][1] == "Categorie":
            flush()
            dim = dim_of[first]
            value_x = next(x for x, t in lines[n + 1] if t == "Aantal")
            continue
        if measure and dim and value_x is not None:
            if first == "Categorie" or text.startswith("Geanonimiseerde kwartaalcijfers") \
                    or text.startswith("Gemeente Zwolle") or re.match(r"Pagina \d+ van", text):
                continue
            label = " ".join(t for x, t in line if x < value_x - 5)
            values = [t for x, t in line if x >= value_x - 5]
            # the row's bar is labelled with the same text as the table (a hidden value: its marker)
            assert all(v == values[0] for v in values), f"PDF {measure}/{dim}: table and bar differ: {line}"
            if label or values:  # a wrapped label may have its value on a line of its own
                rows.append((label, values[0] if values else None))
    flush()
    trend = _trend(lines[trend_at + 1:] if trend_at is not None else [], title_of)
    return cells, trend


def _match_rows(measure: str, dim: str, rows: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
    """Categories and values from (label, value) rows; a long label may wrap over several rows."""
    wanted: dict[str, str] = {}
    if dim == "network":
        wanted = dict(NETWORK_LABELS)
    else:
        codes = categories(dim)
        for code in codes:
            wanted[_norm(code_list(dim).label(code))] = code
    found = []
    i = 0
    while i < len(rows):
        for width in (1, 2, 3, 4, 5):
            chunk = rows[i:i + width]
            label = _norm(" ".join(lbl for lbl, _v in chunk if lbl))
            values = [v for _l, v in chunk if v is not None]
            category = _category_for(label, dim, wanted)
            if category and len(values) == 1:
                found.append((category, values[0]))
                i += width
                break
        else:
            break  # the end of the table (text after it); a cell not read shows up as missing
    return found


def _category_for(label: str, dim: str, wanted: dict[str, str]) -> str | None:
    if label in wanted:
        return wanted[label]
    if dim == "network":
        return None
    pieces = [_norm(p) for p in label.split(" + ")]
    if len(pieces) > 1 and all(p in wanted for p in pieces):
        return "+".join(wanted[p] for p in pieces)
    return None


def _trend(lines: list[list[tuple[float, str]]], title_of: dict[str, str]) -> Cells:
    """The trend chart: legend (series titles), values above the columns, quarter labels below."""
    legend: list[tuple[float, str]] = []
    values: list[tuple[float, str]] = []
    quarters: list[tuple[float, str]] = []
    for line in lines:
        if all(_QUARTER.match(t) for _x, t in line):
            quarters = list(line)
            break
        if all(t in title_of for _x, t in line):
            legend = list(line)
            continue
        values.extend((x, t) for x, t in line if _VALUE.match(t))
    if not quarters:
        return {}
    series = [title_of[t] for _x, t in legend]
    width = (quarters[-1][0] - quarters[0][0]) / max(len(quarters) - 1, 1) if len(quarters) > 1 else 100.0
    trend: Cells = {}
    for qx, quarter in quarters:
        mine = sorted((x, t) for x, t in values if abs(x - qx) < 0.42 * width)  # columns fill 80 %
        assert len(mine) == len(series), f"trend {quarter}: {len(mine)} values for {len(series)} series"
        for measure, (_x, value) in zip(series, mine, strict=True):
            trend[(quarter, measure, "total", "all")] = value
    return trend
