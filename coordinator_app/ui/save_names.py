"""Generic default file names for save dialogs, in the user's Documents folder.

A suggested name ends up in recent-file lists, thumbnails and shell history outside the vault, so
it never carries a case number, a title or a person's name: only a kind and today's date
(`brief-2026-11-29.pdf`, `document-2026-11-29.pdf`, `export-2026-11-29.vcf`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder (the home folder when the platform has none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def generic_name(kind: str, suffix: str, today: dt.date | None = None) -> str:
    """`<kind>-<yyyy-mm-dd><suffix>`; `suffix` with or without its dot (".pdf", "vcf") or empty. A
    suffix that is not a plain extension (ASCII letters and digits, at most 5) is dropped, so a
    stored file name ("scan.Jansen") cannot leak through it."""
    day = (today or dt.date.today()).isoformat()
    extension = suffix.lower().removeprefix(".")
    plain = 0 < len(extension) <= 5 and extension.isascii() and extension.isalnum()
    return f"{kind}-{day}.{extension}" if plain else f"{kind}-{day}"


def suggested_path(kind: str, suffix: str, today: dt.date | None = None) -> str:
    """The full default path for a save dialog: the Documents folder plus `generic_name`."""
    return str(documents_folder() / generic_name(kind, suffix, today))


__all__ = ["documents_folder", "generic_name", "suggested_path"]
