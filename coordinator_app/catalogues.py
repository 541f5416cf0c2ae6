"""The gettext catalogues of the texts outside the widgets (service messages, ...), read with the standard library.

Sources are monolingual, key-based gettext catalogues: resources/locale/<language>/LC_MESSAGES/<domain>.po,
msgid a stable key the program uses (a message code such as `vault_in_use`, or a dotted key such as
`common.months.1` for structured texts: `tables`), msgstr the text in that language.
`make translations` compiles each .po to a .mo beside it (tools/compile_catalogues.py, with Babel, which is a
build tool only); the app reads the .mo with `gettext.GNUTranslations`. A catalogue whose .mo is missing, or
older than its .po, is an error naming the file: the app never falls back to showing the key.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path
from typing import Any

from coordinator_app.paths import resource
from coordinator_app.resources_loader import ResourceError

LANGUAGES = ("nl", "en")
LOCALE = "locale"


def folder(lang: str) -> Path:
    return resource(LOCALE, lang, "LC_MESSAGES")


def domains(pattern: str = "*") -> list[str]:
    """The catalogues (domains) named by `pattern` in any language: the .po files in a checkout, the .mo files in a
    bundle (which ships no .po). In a checkout a .mo without its .po (a catalogue renamed or removed) is ignored."""
    sources = [p for lang in LANGUAGES for p in folder(lang).glob("*.po")]
    suffix = ".po" if sources else ".mo"
    return sorted({p.stem for lang in LANGUAGES for p in folder(lang).glob(pattern + suffix)})


class _Catalogue(gettext.GNUTranslations):
    def entries(self) -> dict[str, str]:
        # GNUTranslations keeps the parsed .mo in `_catalog` (every CPython since 2.0) and has no public way to
        # list it; the header (msgid "") and plural entries (tuple keys) are left out.
        catalog: dict[object, str] = getattr(self, "_catalog")  # noqa: B009 (not in the type stubs)
        return {key: text for key, text in catalog.items() if isinstance(key, str) and key}


@cache
def texts(domain: str, lang: str) -> dict[str, str]:
    """Every key of one compiled catalogue with its text (ResourceError if the .mo is missing or out of date)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    mo = folder(lang) / f"{domain}.mo"
    po = mo.with_suffix(".po")
    if not mo.is_file():
        raise ResourceError(mo, "", "vertaling niet gecompileerd (voer `make translations` uit)")
    if po.is_file() and mo.stat().st_mtime < po.stat().st_mtime:
        raise ResourceError(mo, "", f"ouder dan {po.name} (voer `make translations` uit)")
    with mo.open("rb") as fh:
        try:
            return _Catalogue(fh).entries()
        except (OSError, UnicodeDecodeError) as exc:  # gettext raises OSError for a file that is not a .mo
            raise ResourceError(mo, "", f"geen geldig .mo-bestand ({exc})") from exc


def merged(pattern: str) -> dict[str, dict[str, str]]:
    """key -> {language: text} over every catalogue named by `pattern`. A key must be in every language of
    its catalogue and in one catalogue only (ResourceError otherwise): nothing is silently shadowed."""
    data: dict[str, dict[str, str]] = {}
    found = domains(pattern)
    if not found:
        raise ResourceError(folder(LANGUAGES[0]) / f"{pattern}.po", "", "geen catalogus gevonden")
    for domain in found:
        per_lang = {lang: texts(domain, lang) for lang in LANGUAGES}
        keys = set(per_lang[LANGUAGES[0]])
        for lang, entries in per_lang.items():
            if set(entries) != keys:
                odd = sorted(set(entries) ^ keys)[0]
                raise ResourceError(folder(lang) / f"{domain}.po", odd, "niet in elke taal aanwezig")
        for key in sorted(keys):
            if key in data:
                raise ResourceError(folder(LANGUAGES[0]) / f"{domain}.po", key, "staat ook in een andere catalogus")
            data[key] = {lang: per_lang[lang][key] for lang in LANGUAGES}
    return data


def tables(domain: str, name: str) -> dict[str, Any]:
    """{language: table} of the entries `<name>.…` of one catalogue, as nested tables: a key is split at its dots
    ("handover.intro.2" -> ["handover"]["intro"][1]) and a level whose keys are exactly 1 … n is a list. The
    catalogue must have the same keys in every language (`merged`); a new structure is built on every call."""
    merged(domain)
    out: dict[str, Any] = {}
    for lang in LANGUAGES:
        po = folder(lang) / f"{domain}.po"
        root: dict[str, Any] = {}
        for key, text in texts(domain, lang).items():
            *parents, last = key.split(".")
            node = root
            for part in parents:
                node = node.setdefault(part, {})
                if not isinstance(node, dict):
                    raise ResourceError(po, key, "sleutel is zowel een tekst als een groep")
            if last in node:
                raise ResourceError(po, key, "sleutel is zowel een tekst als een groep")
            node[last] = text
        table = root.get(name)
        if not isinstance(table, dict):
            raise ResourceError(po, name, "geen teksten met deze sleutel")
        out[lang] = _lists(table, po, name)
    return out


def _lists(node: Any, po: Path, key: str) -> Any:
    if not isinstance(node, dict):
        return node
    items = {k: _lists(v, po, f"{key}.{k}") for k, v in node.items()}
    numbered = [k for k in items if k.isdigit()]
    if not numbered:
        return items
    if set(items) != {str(n) for n in range(1, len(items) + 1)}:
        raise ResourceError(po, key, "genummerde sleutels moeten 1, 2, 3 … zonder gaten zijn")
    return [items[str(n)] for n in range(1, len(items) + 1)]
