"""Compile gettext catalogues (.po) to the .mo files the app reads (`make translations` runs this).

    .venv/bin/python tools/compile_catalogues.py resources/locale/nl/LC_MESSAGES/messages.po [...]

Each NAME.po becomes NAME.mo beside it. A catalogue that does not parse, or that holds an entry without
text or marked fuzzy, is refused (exit status 1, naming file, line and msgid): the .mo would leave that
entry out and the app would have no text for it. Build tool only: Babel is not part of the app.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po


def problems(catalog: Catalog) -> list[str]:
    """What keeps a parsed catalogue from being complete: entries without text, fuzzy or obsolete entries."""
    found = []
    for msg in catalog:
        if not msg.id:
            continue  # the header
        where = f"line {msg.lineno}, msgid {msg.id!r}"
        if isinstance(msg.string, tuple) or not msg.string:
            found.append(f"{where}: no text")
        if msg.fuzzy:
            found.append(f"{where}: marked fuzzy")
    found += [f"msgid {key!r}: obsolete entry (#~)" for key in catalog.obsolete]
    return found


def read(po: Path) -> Catalog:
    """The parsed catalogue; PoFileError for a syntax error, ValueError naming every incomplete entry."""
    with po.open("rb") as fh:
        catalog = read_po(fh, abort_invalid=True)
    wrong = problems(catalog)
    if wrong:
        raise ValueError(f"{po}: " + "; ".join(wrong))
    return catalog


def compile_po(po: Path, mo: Path | None = None) -> Path:
    """Write the .mo of one .po (beside it unless `mo` is given), replacing the old one in one step."""
    target = mo or po.with_suffix(".mo")
    buffer = io.BytesIO()
    write_mo(buffer, read(po), use_fuzzy=False)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(buffer.getvalue())
    os.replace(partial, target)
    return target


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: compile_catalogues.py FILE.po [FILE.po ...]", file=sys.stderr)
        return 2
    for name in argv:
        try:
            compile_po(Path(name))
        except (PoFileError, ValueError) as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
