"""Documents of a case: attachments and generated letters, stored inside the vault in 1 MiB chunks.

Storing streams the source in chunks (bounded memory, SHA-256 on the fly) and stops with a clear
Dutch error beyond the size limit; nothing is written then. Reading gives the bytes (to show an
image or PDF from memory) or the chunks one by one. Saving a copy outside the vault is the only
way bytes leave it, and it is audited.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import mimetypes
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from coordinator_app.atomic import atomic_writer
from coordinator_app.db.models import Case, Document, DocumentChunk
from coordinator_app.db.vault import Vault
from coordinator_app.domain.validation import MAX_SHORT_TEXT, Errors, clean_text, field_error, raise_if
from coordinator_app.errors import NotFound, ValidationError, disk_error
from coordinator_app.services import audit

CHUNK_SIZE = 1024 * 1024
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"PK\x03\x04", None),  # zip container: trust the extension (docx, xlsx, odt)
)


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    case_id: int
    kind: str  # letter | attachment
    title: str
    filename: str | None
    mime_type: str
    size: int
    sha256: str | None
    created_at: dt.datetime
    template: str | None
    recipient_organisation_id: int | None
    recipient_contact_id: int | None
    sections: list[str]
    note: str | None

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")

    @property
    def is_pdf(self) -> bool:
        return self.mime_type == "application/pdf"


def guess_mime(filename: str | None, head: bytes) -> str:
    """MIME type from the first bytes (PDF, PNG, JPEG, GIF, TIFF), else from the file name."""
    for magic, mime in _MAGIC:
        if head.startswith(magic) and mime:
            return mime
    guessed = mimetypes.guess_type(filename or "")[0]
    return guessed or "application/octet-stream"


def _info(d: Document) -> DocumentInfo:
    return DocumentInfo(
        d.id, d.case_id, d.kind, d.title, d.filename, d.mime_type, d.size, d.sha256, d.created_at, d.template,
        d.recipient_organisation_id, d.recipient_contact_id, list(d.sections or []), d.note,
    )


def _check_title(title: str) -> None:
    """A title longer than its column is refused, never cut."""
    if len(title) > MAX_SHORT_TEXT:
        raise ValidationError({"title": field_error("text_too_long", maximum=MAX_SHORT_TEXT)})


def _store(
    vault: Vault,
    case_id: int,
    source: BinaryIO,
    *,
    kind: str,
    title: str,
    filename: str | None,
    limit: int,
    extra: dict[str, object],
    event: str,
    progress: Callable[[int], None] | None = None,
) -> int:
    with vault.write() as session:
        return _store_in(session, case_id, source, kind=kind, title=title, filename=filename, limit=limit,
                         extra=extra, event=event, progress=progress)


def _store_in(
    session: Session,
    case_id: int,
    source: BinaryIO,
    *,
    kind: str,
    title: str,
    filename: str | None,
    limit: int,
    extra: dict[str, object],
    event: str,
    progress: Callable[[int], None] | None = None,
) -> int:
    """`_store` inside the caller's write session (so more can be committed with it, or nothing)."""
    _check_title(title)
    if session.get(Case, case_id) is None:
        raise NotFound(kind="dossier")
    doc = Document(case_id=case_id, kind=kind, title=title, filename=filename, size=0, **extra)
    session.add(doc)
    session.flush()
    digest, size, seq, head = hashlib.sha256(), 0, 0, b""
    while True:
        try:
            chunk = source.read(CHUNK_SIZE)
        except OSError as exc:  # the source file (a USB stick pulled, no access): no OS text
            raise ValidationError({"file": "file_read_failed"}, code="file_read_failed") from exc
        if not chunk:
            break
        size += len(chunk)
        if size > limit:
            raise ValidationError({"file": "document_too_large"}, code="document_too_large",
                                  limit_mb=limit // (1024 * 1024))
        if seq == 0:
            head = chunk[:16]
        digest.update(chunk)
        session.execute(insert(DocumentChunk), [{"document_id": doc.id, "seq": seq, "data": chunk}])
        seq += 1
        if progress:
            progress(size)
    doc.size = size
    doc.sha256 = digest.hexdigest()
    doc.mime_type = guess_mime(filename, head)
    audit.record(session, event, "document", doc.id, case_id=case_id, detail=kind)
    return doc.id


def add_attachment(
    vault: Vault,
    case_id: int,
    path: Path | str,
    title: str | None = None,
    *,
    limit: int = MAX_DOCUMENT_BYTES,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Store a file from disk into the case, streamed in 1 MiB chunks. Returns the document id."""
    path = Path(path)
    errors: Errors = {}
    clean_title = clean_text(errors, "title", title or path.name, required=True)
    raise_if(errors)
    try:
        if path.stat().st_size > limit:
            raise ValidationError({"file": "document_too_large"}, code="document_too_large",
                                  limit_mb=limit // (1024 * 1024))
        with path.open("rb") as fh:
            return store_stream(vault, case_id, fh, clean_title or path.name, filename=path.name, limit=limit,
                                progress=progress)
    except FileNotFoundError as exc:
        raise ValidationError({"file": "file_not_found"}, code="file_not_found") from exc
    except PermissionError as exc:
        raise ValidationError({"file": "file_not_readable"}, code="file_not_readable") from exc
    except IsADirectoryError as exc:
        raise ValidationError({"file": "file_is_folder"}, code="file_is_folder") from exc
    except OSError as exc:
        raise ValidationError({"file": "file_read_failed"}, code="file_read_failed") from exc


def store_stream(
    vault: Vault,
    case_id: int,
    source: BinaryIO,
    title: str,
    *,
    filename: str | None = None,
    limit: int = MAX_DOCUMENT_BYTES,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Store an attachment from any binary stream (read in 1 MiB chunks; memory stays bounded)."""
    return _store(vault, case_id, source, kind="attachment", title=title, filename=filename, limit=limit,
                  extra={}, event="document_added", progress=progress)


def store_letter(
    vault: Vault,
    case_id: int,
    pdf_bytes: bytes,
    template: str,
    title: str,
    recipient_organisation_id: int | None = None,
    recipient_contact_id: int | None = None,
    sections: list[str] | None = None,
) -> int:
    """Store a generated letter (PDF bytes) in the case; audit event `letter_created`. Returns the document id."""
    with vault.write() as session:
        return insert_letter(session, case_id, pdf_bytes, template, title, recipient_organisation_id,
                             recipient_contact_id, sections)


def insert_letter(
    session: Session,
    case_id: int,
    pdf_bytes: bytes,
    template: str,
    title: str,
    recipient_organisation_id: int | None = None,
    recipient_contact_id: int | None = None,
    sections: list[str] | None = None,
) -> int:
    """`store_letter` inside the caller's write session (the letter and its audit lines commit together)."""
    return _store_in(
        session, case_id, io.BytesIO(pdf_bytes), kind="letter", title=title, filename=f"{template}.pdf",
        limit=MAX_DOCUMENT_BYTES, event="letter_created",
        extra={"template": template, "recipient_organisation_id": recipient_organisation_id,
               "recipient_contact_id": recipient_contact_id, "sections": list(sections or [])},
    )


def list_documents(vault: Vault, case_id: int) -> list[DocumentInfo]:
    """The case's documents, newest first."""
    with vault.read() as session:
        query = select(Document).where(Document.case_id == case_id).order_by(Document.created_at.desc(),
                                                                             Document.id.desc())
        return [_info(d) for d in session.scalars(query)]


def get_document(vault: Vault, document_id: int) -> DocumentInfo:
    with vault.read() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            raise NotFound(kind="document")
        return _info(doc)


def iter_chunks(vault: Vault, document_id: int) -> Iterator[bytes]:
    """The document's bytes chunk by chunk (one short read session per chunk)."""
    with vault.read() as session:
        count = session.scalar(select(func.count()).where(DocumentChunk.document_id == document_id)) or 0
        if session.get(Document, document_id) is None:
            raise NotFound(kind="document")
    for seq in range(count):
        with vault.read() as session:
            data = session.scalar(select(DocumentChunk.data).where(
                DocumentChunk.document_id == document_id, DocumentChunk.seq == seq))
        if data is None:
            raise NotFound(kind="document")
        yield bytes(data)


def read_bytes(vault: Vault, document_id: int) -> bytes:
    """The whole document in memory (to show an image or a PDF without a temporary file)."""
    return b"".join(iter_chunks(vault, document_id))


def save_copy(vault: Vault, document_id: int, target: Path | str) -> None:
    """Write an UNENCRYPTED copy outside the vault (only when the user asked); audited."""
    info = get_document(vault, document_id)
    try:
        with atomic_writer(target) as fh:
            for chunk in iter_chunks(vault, document_id):
                fh.write(chunk)
    except OSError as exc:
        raise disk_error(exc) from exc
    event = "letter_saved" if info.kind == "letter" else "document_saved"
    audit.log(vault, event, "document", document_id, case_id=info.case_id)


def delete_document(vault: Vault, document_id: int) -> None:
    with vault.write() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            raise NotFound(kind="document")
        case_id = doc.case_id
        session.execute(delete(DocumentChunk).where(DocumentChunk.document_id == document_id))
        session.delete(doc)
        audit.record(session, "document_deleted", "document", document_id, case_id=case_id)
