"""The privacy checks' own instruments can fail: a name hidden in a compressed PDF, an XLSX or a SQLCipher
free page is found by tests.helpers, where grepping the stored bytes finds nothing."""

from __future__ import annotations

import io
from pathlib import Path

import sqlcipher3
import xlsxwriter
from reportlab.pdfgen.canvas import Canvas

from tests.helpers import canary_hits, file_contents, holds, sqlcipher_plaintext

NAME = "Wyzqkanarie Oostveld"


def test_a_name_in_a_compressed_pdf_is_found(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=1)
    canvas.drawString(72, 720, f"Brief over {NAME}")
    canvas.save()
    (tmp_path / "brief.pdf").write_bytes(buffer.getvalue())
    assert NAME.encode() not in buffer.getvalue()  # a byte grep would call this file clean
    assert canary_hits(NAME, tmp_path) == [str(tmp_path / "brief.pdf")]


def test_a_name_in_an_xlsx_is_found(tmp_path: Path) -> None:
    path = tmp_path / "lijst.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet().write(0, 0, NAME)
    book.close()
    assert NAME.encode() not in path.read_bytes()
    assert canary_hits(NAME, tmp_path) == [str(path)]
    assert holds(file_contents(path), NAME)


def test_deleted_text_left_in_a_free_page_is_found(tmp_path: Path) -> None:
    key = bytes(range(32))
    for secure_delete, expected in (("OFF", True), ("ON", False)):
        path = tmp_path / f"db-{secure_delete}.db"
        conn = sqlcipher3.connect(str(path))
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"PRAGMA secure_delete = {secure_delete}")
        conn.execute("CREATE TABLE t (v TEXT)")
        conn.execute("INSERT INTO t VALUES ('bewaard')")
        conn.executemany("INSERT INTO t VALUES (?)", [(f"{NAME} {i} " + "x" * 200,) for i in range(50)])
        conn.commit()
        conn.execute("DELETE FROM t WHERE v != 'bewaard'")
        conn.commit()
        conn.close()
        assert NAME.encode() not in path.read_bytes()  # the encrypted file never shows it
        plain = sqlcipher_plaintext(path, key)
        assert b"bewaard" in plain
        assert (NAME.encode() in plain) is expected, secure_delete
