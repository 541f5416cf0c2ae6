"""Documents in the vault: streamed in chunks, empty files, the size limit, letters, save a copy, delete."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os

import pytest

from coordinator_app.errors import ValidationError, message
from coordinator_app.services import audit
from coordinator_app.services.cases import store
from coordinator_app.services.documents import storage


@pytest.fixture
def case_id(vault) -> int:
    return store.create_case(vault, store.CaseInput(signal_received_on=dt.date.today()))


class CountingReader(io.RawIOBase):
    """A stream of `size` pseudo-random bytes that records the largest read request."""

    def __init__(self, size: int) -> None:
        self.left, self.largest, self.digest = size, 0, hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        self.largest = max(self.largest, n)
        n = min(n, self.left)
        data = os.urandom(n) if n > 0 else b""
        self.left -= len(data)
        self.digest.update(data)
        return data


def test_streamed_in_chunks(vault, case_id):
    reader = CountingReader(3 * storage.CHUNK_SIZE + 17)
    doc_id = storage.store_stream(vault, case_id, reader, "Scan paspoort", filename="scan.bin")
    assert reader.largest == storage.CHUNK_SIZE
    info = storage.get_document(vault, doc_id)
    assert info.size == 3 * storage.CHUNK_SIZE + 17 and info.sha256 == reader.digest.hexdigest()
    chunks = list(storage.iter_chunks(vault, doc_id))
    assert [len(c) for c in chunks] == [storage.CHUNK_SIZE] * 3 + [17]
    assert hashlib.sha256(storage.read_bytes(vault, doc_id)).hexdigest() == info.sha256
    assert "document_added" in [e.event for e in audit.events(vault, case_id=case_id)]


def test_empty_file(vault, case_id, tmp_path):
    path = tmp_path / "leeg.txt"
    path.write_bytes(b"")
    doc_id = storage.add_attachment(vault, case_id, path)
    info = storage.get_document(vault, doc_id)
    assert info.size == 0 and info.title == "leeg.txt" and info.mime_type == "text/plain"
    assert storage.read_bytes(vault, doc_id) == b""


def test_size_limit_writes_nothing(vault, case_id, tmp_path):
    with pytest.raises(ValidationError) as err:
        storage.store_stream(vault, case_id, CountingReader(2 * storage.CHUNK_SIZE + 1), "Groot",
                               limit=2 * storage.CHUNK_SIZE)
    assert err.value.code == "document_too_large" and "2 MB" in err.value.message("nl")
    assert storage.list_documents(vault, case_id) == []
    big = tmp_path / "groot.bin"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(ValidationError):
        storage.add_attachment(vault, case_id, big, limit=1024)
    with pytest.raises(ValidationError) as err:
        storage.add_attachment(vault, case_id, tmp_path / "weg.pdf")
    assert err.value.code == "file_not_found"
    assert "te groot" in message("document_too_large", limit_mb=200)


def test_mime_guess(vault, case_id, tmp_path):
    pdf = tmp_path / "brief"
    pdf.write_bytes(b"%PDF-1.7\n%...")
    png = tmp_path / "foto.dat"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    assert storage.get_document(vault, storage.add_attachment(vault, case_id, pdf)).is_pdf
    assert storage.get_document(vault, storage.add_attachment(vault, case_id, png)).is_image


def test_letter_save_copy_delete(vault, case_id, tmp_path):
    doc_id = storage.store_letter(vault, case_id, b"%PDF-1.4 brief", "handover", "Overdracht opvang",
                                    None, None, ["person", "route"])
    info = storage.get_document(vault, doc_id)
    assert info.kind == "letter" and info.sections == ["person", "route"] and info.template == "handover"
    target = tmp_path / "kopie.pdf"
    storage.save_copy(vault, doc_id, target)
    assert target.read_bytes() == b"%PDF-1.4 brief"
    storage.delete_document(vault, doc_id)
    assert storage.list_documents(vault, case_id) == []
    events = [e.event for e in audit.events(vault, case_id=case_id)]
    assert {"letter_created", "letter_saved", "document_deleted"} <= set(events)


def test_memory_stays_bounded(vault, case_id):
    import tracemalloc

    tracemalloc.start()
    try:
        doc_id = storage.store_stream(vault, case_id, CountingReader(24 * storage.CHUNK_SIZE), "Groot bestand")
        _current, peak = tracemalloc.get_traced_memory()
        assert peak < 10 * storage.CHUNK_SIZE  # a 24 MiB file never sits in memory as a whole
        tracemalloc.reset_peak()
        total = sum(len(chunk) for chunk in storage.iter_chunks(vault, doc_id))
        _current, peak = tracemalloc.get_traced_memory()
        assert total == 24 * storage.CHUNK_SIZE and peak < 10 * storage.CHUNK_SIZE
    finally:
        tracemalloc.stop()


class FailingReader(io.RawIOBase):
    """A source that fails half-way, as a pulled USB stick does."""

    def __init__(self) -> None:
        self.calls = 0

    def read(self, n: int = -1) -> bytes:
        self.calls += 1
        if self.calls > 1:
            raise OSError(5, "Input/output error: /media/stick/Jansen paspoort.jpg")
        return b"x" * 10


def test_os_errors_are_plain_dutch_without_os_text(vault, case_id, tmp_path):
    from coordinator_app.errors import DiskError

    with pytest.raises(ValidationError) as err:
        storage.store_stream(vault, case_id, FailingReader(), "Scan", filename="scan.jpg")
    text = err.value.message("nl")
    assert err.value.code == "file_read_failed" and "Jansen" not in text and "Input/output" not in text
    source = tmp_path / "brief.pdf"
    source.write_bytes(b"%PDF-1.4\n%%EOF\n")
    doc_id = storage.add_attachment(vault, case_id, source)
    folder = tmp_path / "doel.pdf"
    folder.mkdir()
    with pytest.raises(DiskError) as disk:
        storage.save_copy(vault, doc_id, folder)
    assert disk.value.message("nl") == message("disk_error", "nl", reason=message("is_a_folder", "nl"))
    with pytest.raises(ValidationError) as err:
        storage.add_attachment(vault, case_id, tmp_path)
    assert err.value.code == "file_is_folder"
