"""Password protection of a finished PDF: AES-256 (PDF 2.0 security handler, V5/R6) with pypdf.

reportlab's own `strength=256` output is unreadable for poppler and pypdf (tried here), so
PDFs are built unencrypted in memory and encrypted here. Everything stays in memory.
The owner password is random and thrown away: nobody can lift the restrictions, and the user
password is the only way in.
"""

from __future__ import annotations

import io
import secrets

from pypdf import PdfWriter

ALGORITHM = "AES-256"
ALGORITHM_LABEL = "AES-256 (PDF 2.0)"  # what the UI can tell the user


def encrypt_pdf(data: bytes, user_password: str) -> bytes:
    """The PDF `data` encrypted with AES-256; opening it needs `user_password`."""
    if not user_password:
        raise ValueError("a password is required to protect the PDF")
    writer = PdfWriter(clone_from=io.BytesIO(data))
    writer.encrypt(user_password, owner_password=secrets.token_urlsafe(32), algorithm=ALGORITHM)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
