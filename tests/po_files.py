"""The gettext catalogues' sources (resources/locale/<lang>/LC_MESSAGES/*.po) read with Babel: the tests' own
oracle for what the app reads from the compiled .mo files with the standard library."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from tests.helpers import ROOT

LOCALE = ROOT / "resources" / "locale"
LANGUAGES = ("nl", "en")


def po_files(pattern: str = "*") -> list[Path]:
    return sorted(LOCALE.glob(f"*/LC_MESSAGES/{pattern}.po"))


def read(path: Path) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh, abort_invalid=True)


def entries(path: Path) -> dict[str, str]:
    """msgid -> msgstr of one .po (header left out)."""
    return {str(msg.id): str(msg.string) for msg in read(path) if msg.id}


def po_texts(pattern: str) -> dict[str, dict[str, str]]:
    """key -> {language: text} over the .po files named by `pattern` (e.g. "messages*")."""
    data: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        for path in sorted((LOCALE / lang / "LC_MESSAGES").glob(f"{pattern}.po")):
            for key, text in entries(path).items():
                data.setdefault(key, {})[lang] = text
    return data
