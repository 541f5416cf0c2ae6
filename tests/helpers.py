"""Small helpers for tests: run the CLI in a subprocess, hash a folder, look for a canary in what files hold."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import re
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, input_text: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """`coordinator-app ARGS` in a subprocess with the test environment (isolated XDG folders)."""
    return subprocess.run(
        [sys.executable, "-m", "coordinator_app", *args],
        input=input_text,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
        cwd=ROOT,
    )


def folder_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "vault.lock"
    }


PAGE_SIZE = 4096  # SQLCipher 4 default page size
_RESERVE = 80  # per page: 16-byte IV + 64-byte HMAC-SHA512 (SQLCipher 4)
_SALT = 16  # the first page starts with the file's salt


def sqlcipher_plaintext(db_path: Path, key: bytes) -> bytes:
    """Every page of a SQLCipher 4 file decrypted with the raw data key, free pages included.

    An independent decryption (AES-256-CBC per page, IV at the end of the page), not SQLCipher's own
    reader: a check on deleted data must see what `secure_delete` left in free pages and slack space,
    which no SQL query shows. A WAL file is decrypted frame by frame (24-byte frame headers)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = db_path.read_bytes()
    out = bytearray()
    wal = db_path.name.endswith("-wal")
    offset = 32 if wal else 0  # WAL header
    first = not wal
    while offset + PAGE_SIZE <= len(data):
        if wal:
            offset += 24  # frame header
            if offset + PAGE_SIZE > len(data):
                break
        page = data[offset:offset + PAGE_SIZE]
        body = page[_SALT if first else 0:PAGE_SIZE - _RESERVE]
        iv = page[PAGE_SIZE - _RESERVE:PAGE_SIZE - _RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
        offset += PAGE_SIZE
        first = False
    return bytes(out)


def _pdf_texts(data: bytes) -> list[bytes]:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:  # unreadable without the password: only the raw bytes can be searched
        return []
    parts = [page.extract_text() or "" for page in reader.pages]
    parts += [str(v) for v in (reader.metadata or {}).values()]
    text = " ".join(parts)
    return [text.encode("utf-8"), " ".join(text.split()).encode("utf-8")]


def _zip_texts(data: bytes) -> list[bytes]:
    """Every member of a ZIP container (XLSX, DOCX, ODF) decompressed; XML text content with the tags removed too."""
    import io
    import zipfile

    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            member = archive.read(name)
            out.append(member)
            if name.endswith(".xml") or name.endswith(".rels"):
                text = re.sub(rb"<[^>]+>", b" ", member)
                out.append(b" ".join(text.split()))
    return out


def file_contents(path: Path) -> list[bytes]:
    """What a reader of the file would see: its raw bytes, plus the extracted text of a PDF (pypdf, pages and
    metadata) and the decompressed members of a ZIP container (XLSX and friends). Grepping the raw bytes of a
    PDF or XLSX finds nothing even when the name is there (compressed streams, subset fonts)."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    contents = [data]
    if data[:5] == b"%PDF-":
        contents += inflated_streams(data)  # also for a damaged PDF pypdf cannot open
        with contextlib.suppress(Exception):  # a damaged PDF: its inflated streams are what can be read
            contents += _pdf_texts(data)
    elif data[:4] == b"PK\x03\x04":
        with contextlib.suppress(zipfile.BadZipFile):  # a damaged ZIP: its raw bytes only
            contents += _zip_texts(data)
    return contents


def holds(contents: list[bytes], canary: str) -> bool:
    """True if any of the contents holds the canary in UTF-8 or UTF-16 (LE/BE), case-sensitively."""
    needles = [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be")]
    return any(n in data for data in contents for n in needles)


def inflated_streams(pdf: bytes) -> list[bytes]:
    """Every stream of a PDF that inflates (zlib, after ASCII85 where used), inflated."""
    out = []
    for raw in re.findall(rb"(?<!end)stream\r?\n(.*?)endstream", pdf, re.S):
        for decode in (lambda b: b, lambda b: base64.a85decode(b.strip().removesuffix(b"~>"))):
            try:
                out.append(zlib.decompress(decode(raw.rstrip(b"\r\n"))))
            except (zlib.error, ValueError):
                continue
            break
    return out


def inflatable_streams(pdf: bytes) -> int:
    """How many of the PDF's streams inflate as they are stored: an encrypted stream never does."""
    return len(inflated_streams(pdf))


def canary_hits(canary: str, *folders: Path) -> list[str]:
    """Files below `folders` whose content holds the canary in UTF-8 or UTF-16 (LE/BE): raw bytes, the text of
    PDFs and the decompressed members of ZIP containers (see file_contents)."""
    hits = []
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            if path.is_file() and holds(file_contents(path), canary):
                hits.append(str(path))
    return hits


def type_text(widget, text: str) -> None:
    """Type any text (also non-ASCII) into a widget, one key event per character (qtbot.keyClicks aborts on
    non-ASCII characters)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def settle(qtbot, timeout: int = 30_000) -> None:
    """Wait (a condition, not a fixed time) until no vault job is in flight: every job started so far has finished
    and its result or failure has been handled on the GUI thread, and handling those started no new job."""
    from PySide6.QtCore import QCoreApplication

    from coordinator_app.ui import worker

    def idle() -> bool:
        if worker._live:
            return False
        QCoreApplication.sendPostedEvents()  # what the handlers posted (deferred calls, model updates)
        QCoreApplication.processEvents()
        return not worker._live

    qtbot.waitUntil(idle, timeout=timeout)
