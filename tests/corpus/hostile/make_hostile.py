"""Hostile spreadsheets, generated at test time (nothing large is committed): each function writes one
file into `folder` and returns its path. Used by tests/security/test_security_fuzz_hostile.py, which
reads each in a child process and measures time and peak memory."""

from __future__ import annotations

import zipfile
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook '
            'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
                 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                 'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                 'Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>dossiernummer</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>datum_signaal</t></is></c></row>')


def _xlsx(path: Path, sheet: str | bytes, extra: dict[str, str] | None = None,
          workbook: str = WORKBOOK) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


def dimension_bomb(folder: Path) -> Path:
    """1.6 KB: one cell, but the sheet declares all 16,384 x 1,048,576 cells."""
    sheet = SHEET_HEAD + '<dimension ref="A1:XFD1048576"/><sheetData>' + HEADER_ROW + \
        '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>'
    return _xlsx(folder / "dimension.xlsx", sheet)


def zip_bomb(folder: Path) -> Path:
    """A few hundred KB packed, 300 MB of sheet XML unpacked (declared honestly in the zip)."""
    row = b'<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>'
    path = folder / "zipbom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write((SHEET_HEAD + "<sheetData>").encode())
            chunk = row * 65536
            for _ in range(300 * 1024 * 1024 // len(chunk) + 1):
                fh.write(chunk)
            fh.write(b"</sheetData></worksheet>")
    return path


def billion_laughs(folder: Path) -> Path:
    lol = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + "]>"
    sheet = '<?xml version="1.0"?>' + lol + SHEET_HEAD.split("?>", 1)[1] + \
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    return _xlsx(folder / "lol.xlsx", sheet)


def external_entity(folder: Path) -> Path:
    workbook = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + \
        WORKBOOK.split("?>", 1)[1].replace('name="Blad1"', 'name="&xxe;"')
    sheet = SHEET_HEAD + "<sheetData>" + HEADER_ROW + "</sheetData></worksheet>"
    return _xlsx(folder / "xxe.xlsx", sheet, workbook=workbook)


def deep_nesting(folder: Path) -> Path:
    depth = 200_000
    sheet = SHEET_HEAD + "<sheetData>" + "<x>" * depth + "</x>" * depth + "</sheetData></worksheet>"
    return _xlsx(folder / "deep.xlsx", sheet)


def many_columns_xlsx(folder: Path) -> Path:
    cells = "".join(f'<c t="inlineStr"><is><t>k{i}</t></is></c>' for i in range(10_000))
    sheet = SHEET_HEAD + f'<sheetData><row r="1">{cells}</row></sheetData></worksheet>'
    return _xlsx(folder / "columns.xlsx", sheet)


def many_columns_csv(folder: Path) -> Path:
    path = folder / "columns.csv"
    path.write_text("dossiernummer;datum_signaal;" + ";".join(f"k{i}" for i in range(10_000)) + "\n"
                    + "A-1;01-03-2025;" + ";".join("x" for _ in range(10_000)) + "\n", encoding="utf-8")
    return path


def nul_csv(folder: Path) -> Path:
    path = folder / "nul.csv"
    path.write_bytes(b"dossiernummer;datum_signaal\nA-1;01-03-2025\nA-\x002;01-03-2025\n")
    return path


def huge_csv(folder: Path) -> Path:
    """200 MB of real rows (not sparse), written at test time."""
    path = folder / "huge.csv"
    line = b"A-1;01-03-2025;Jansen;Zwolle;" + b"x" * 70 + b"\n"
    block = line * 100_000
    with path.open("wb") as fh:
        fh.write(b"dossiernummer;datum_signaal;achternaam;gemeente;notitie\n")
        for _ in range(200 * 1024 * 1024 // len(block) + 1):
            fh.write(block)
    return path


def long_cell_xlsx(folder: Path, chars: int = 5_000_000) -> Path:
    sheet = SHEET_HEAD + "<sheetData>" + HEADER_ROW + \
        f'<row r="2"><c r="A2" t="inlineStr"><is><t>{"y" * chars}</t></is></c></row></sheetData></worksheet>'
    return _xlsx(folder / "longcell.xlsx", sheet)


def huge_cell_xlsx(folder: Path) -> Path:
    """190 MB of text in one cell (under the 200 MB unpacked cap), packed into a few hundred KB."""
    path = folder / "hugecell.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write((SHEET_HEAD + "<sheetData>" + HEADER_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>').encode())
            block = b"y" * (1024 * 1024)
            for _ in range(190):
                fh.write(block)
            fh.write(b"</t></is></c></row></sheetData></worksheet>")
    return path


# name: (writer, the error code the importer must refuse it with)
HOSTILE = {
    "dimension bomb (1.6 KB)": (dimension_bomb, "import_sheet_too_large"),
    "zip bomb (300 MB unpacked)": (zip_bomb, "import_unpacked_too_large"),
    "billion laughs": (billion_laughs, "import_xml_unsafe"),
    "external entity (XXE)": (external_entity, "import_xml_unsafe"),
    "deep nesting (200,000 levels)": (deep_nesting, "import_xml_unsafe"),
    "10,000 columns (XLSX)": (many_columns_xlsx, "import_too_many_columns"),
    "10,000 columns (CSV)": (many_columns_csv, "import_too_many_columns"),
    "NUL in a CSV": (nul_csv, "text_file_nul"),
    "200 MB CSV": (huge_csv, "import_too_large"),
    "5 MB cell": (long_cell_xlsx, "import_cell_too_long_somewhere"),
    "300,000-character cell": (lambda folder: long_cell_xlsx(folder, 300_000), "import_cell_too_long"),
    "190 MB cell": (huge_cell_xlsx, "import_cell_too_long_somewhere"),
}
