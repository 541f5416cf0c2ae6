"""Writes the case-import corpus: spreadsheets as people really keep them (Dutch Excel lists with
`;` in Windows-1252, a `sep=` line, title rows, headers with non-breaking spaces, colons and hints,
Excel date serials, real date cells, UTF-16 tab text, LibreOffice .ods) holding names in Polish,
Vietnamese, Arabic, Persian (with a zero-width non-joiner), Tigrinya and Romanian.

`expected.json` beside the files is the oracle: per file either the cases it must give (as written
here, independent of the importer) or the error code it must be refused with.
Run `python tests/corpus/cases/make_corpus.py` to write the files again (deterministic).
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# case number, signal date, first name, last name, birth date, nationality (as written), ISO code
PEOPLE = [
    ("C-001", dt.date(2025, 3, 1), "Zoë", "Özdemir-Çelik", dt.date(1999, 7, 14), "Turkije", "TR"),
    ("C-002", dt.date(2025, 3, 2), "Renée", "Müller", dt.date(2001, 1, 2), "NL", "NL"),
    ("C-003", dt.date(2025, 3, 3), "Seán", "Ó Briain", None, "Ierland", "IE"),
]
WORLD = [
    ("W-001", dt.date(2025, 4, 1), "Łukasz", "Wróblewski-Żak", dt.date(1990, 2, 28), "Polen", "PL"),
    ("W-002", dt.date(2025, 4, 2), "Thị Minh Khai", "Nguyễn", dt.date(2003, 11, 30), "Vietnam", "VN"),
    ("W-003", dt.date(2025, 4, 3), "محمد", "العلي", None, "Syrië", "SY"),
    ("W-004", dt.date(2025, 4, 4), "Mohammad\u00a0Reza", "می\u200cخواه", dt.date(1985, 6, 1), "Iran", "IR"),
    ("W-005", dt.date(2025, 4, 5), "ተስፋይ", "ገብረሚካኤል", dt.date(2006, 9, 11), "Eritrea", "ER"),
    ("W-006", dt.date(2025, 4, 6), "Ștefan", "Țurcanu", dt.date(1978, 12, 31), "Roemenië", "RO"),
]
FIXED = "Zwolle;Politie;Arbeidsuitbuiting"  # gemeente, melder, uitbuitingsvorm (Dutch labels)


def _nl(d: dt.date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else ""


def _serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


def _expect(people: list[tuple]) -> list[dict[str, object]]:
    return [{"case_number": n, "signal": s.isoformat(), "first_name": f, "last_name": la,
             "date_of_birth": b.isoformat() if b else None, "nationality": iso} for n, s, f, la, b, _c, iso in people]


def write() -> dict[str, object]:
    expected: dict[str, object] = {}

    # 1. a Dutch Excel list saved as "CSV (gescheiden door lijstscheidingsteken)": Windows-1252, `;`, CRLF,
    #    headers with capitals, a hint in brackets and a trailing colon
    head = "Dossiernummer;Datum signaal (dd-mm-jjjj);Voornaam;Achternaam:;Geboortedatum;Nationaliteit;" \
           "Gemeente;Melder;Uitbuitingsvorm"
    lines = [head] + [f"{n};{_nl(s)};{f};{la};{_nl(b)};{c};{FIXED}" for n, s, f, la, b, c, _iso in PEOPLE]
    (HERE / "excel_nl_cp1252.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    expected["excel_nl_cp1252.csv"] = _expect(PEOPLE)

    # 2. UTF-8 with BOM, Excel's `sep=;` line, a title row and an empty row above the header, a
    #    non-breaking space inside "Datum signaal", synonyms ("Familienaam"), dates as Excel serials
    head = "Dossier nr;Datum\u00a0signaal;Roepnaam;Familienaam;Geb. datum;Nationaliteit;Gemeente;Melder;Vorm uitbuiting"
    lines = ["sep=;", "Overzicht signalen mensenhandel 2025;;;", ";;;", head] + [
        f"{n};{_serial(s)};{f};{la};{_nl(b)};{c};{FIXED}" for n, s, f, la, b, c, _iso in WORLD]
    (HERE / "world_names_title_row.csv").write_bytes(codecs.BOM_UTF8 + ("\r\n".join(lines) + "\r\n").encode())
    expected["world_names_title_row.csv"] = _expect(WORLD)

    # 3. Excel "Unicode-tekst": UTF-16 LE with BOM, tab separated
    head = "dossiernummer\tdatum_signaal\tvoornaam\tachternaam\tgeboortedatum\tnationaliteit\tgemeente\tmelder\t" \
           "uitbuitingsvorm"
    lines = [head] + [f"{n}\t{s.isoformat()}\t{f}\t{la}\t{b.isoformat() if b else ''}\t{iso}\tZwolle\tPolitie\t"
                      "Arbeidsuitbuiting" for n, s, f, la, b, _c, iso in WORLD]
    (HERE / "unicode_text_utf16.txt.csv").write_bytes(codecs.BOM_UTF16_LE + ("\r\n".join(lines) + "\r\n")
                                                      .encode("utf-16-le"))
    expected["unicode_text_utf16.txt.csv"] = _expect(WORLD)

    # 4. XLSX: a title row, real date cells for the signal, bare serial numbers for the birth date
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Signalen"
    ws.append(["Signalen 2025 (vertrouwelijk)"])
    ws.append(["Dossiernummer", "Datum signaal", "Voornaam", "Achternaam", "Geboortedatum", "Nationaliteit",
               "Gemeente", "Melder", "Uitbuitingsvorm"])
    for n, s, f, la, b, c, _iso in PEOPLE + WORLD:
        ws.append([n, s, f, la, _serial(b) if b else None, c, "Zwolle", "Politie", "Arbeidsuitbuiting"])
        ws.cell(row=ws.max_row, column=2).number_format = "dd-mm-yyyy"
    path = HERE / "dates_and_serials.xlsx"
    wb.save(path)
    _fix_zip_times(path)
    expected["dates_and_serials.xlsx"] = _expect(PEOPLE + WORLD)

    # 5. LibreOffice Calc .ods with real date cells and trailing repeated empty cells/rows
    _write_ods(HERE / "libreoffice.ods", PEOPLE + WORLD)
    expected["libreoffice.ods"] = _expect(PEOPLE + WORLD)

    # 6. refused: one line UTF-8, another Windows-1252 (a list pasted together from two exports)
    head = "dossiernummer;datum_signaal;voornaam;achternaam"
    data = (head + "\r\n").encode() + "X-1;01-03-2025;Zoë;Jansen\r\n".encode() + \
        "X-2;01-03-2025;Zoë;Janssen\r\n".encode("cp1252")
    (HERE / "mixed_encodings.csv").write_bytes(data)
    expected["mixed_encodings.csv"] = {"error": "text_file_mixed"}

    # 7. an unknown column must be listed and chosen for explicitly
    head = "dossiernummer;datum_signaal;voornaam;achternaam;Telefoon cliënt"
    (HERE / "unknown_column.csv").write_bytes((head + "\r\nU-1;01-03-2025;Ana;Pop;06-1234567\r\n").encode())
    expected["unknown_column.csv"] = {"unknown_columns": ["Telefoon cliënt"]}

    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return expected


def _fix_zip_times(path: Path) -> None:
    """Rewrite a zip with fixed timestamps so the corpus is byte-for-byte reproducible."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        parts = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            zf.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def _write_ods(path: Path, people: list[tuple]) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Blad1")

    def text_cell(value: str) -> TableCell:
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=value))
        return cell

    def date_cell(value: dt.date) -> TableCell:
        cell = TableCell(valuetype="date", datevalue=value.isoformat())
        cell.addElement(P(text=_nl(value)))
        return cell

    header = TableRow()
    for h in ("dossiernummer", "datum_signaal", "voornaam", "achternaam", "geboortedatum", "nationaliteit",
              "gemeente", "melder", "uitbuitingsvorm"):
        header.addElement(text_cell(h))
    header.addElement(TableCell(numbercolumnsrepeated=1015))
    table.addElement(header)
    for n, s, f, la, b, c, _iso in people:
        row = TableRow()
        row.addElement(text_cell(n))
        row.addElement(date_cell(s))
        row.addElement(text_cell(f))
        row.addElement(text_cell(la))
        row.addElement(date_cell(b) if b else TableCell())
        for value in (c, "Zwolle", "Politie", "Arbeidsuitbuiting"):
            row.addElement(text_cell(value))
        row.addElement(TableCell(numbercolumnsrepeated=1015))
        table.addElement(row)
    empty = TableRow(numberrowsrepeated=1048000)
    empty.addElement(TableCell(numbercolumnsrepeated=1024))
    table.addElement(empty)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))


if __name__ == "__main__":
    write()
