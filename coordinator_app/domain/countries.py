"""Countries (ISO 3166-1 alpha-2) with Dutch and English names and their nationality group.

The data live in `resources/countries.toml` and are validated when first used: a malformed file
is a `ResourceError` naming the file and key. The nationality group is one of the codes of the
`nationality_group` code list (docs/DOMAIN.md §6a): `nl`, `eu_eea` (other EU/EEA states and
Switzerland), `non_eu`; a missing or unrecognised country gives `unknown`.

Name look-up (`code_for_name`) accepts the alpha-2 code, the Dutch or English name or a listed
alias, ignoring case, surplus spaces, accents ("Belgie" finds België) and the kind of apostrophe.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from coordinator_app.paths import resource
from coordinator_app.resources_loader import ResourceError, load_toml, require

GROUPS = ("nl", "eu_eea", "non_eu")
UNKNOWN_GROUP = "unknown"
LANGUAGES = ("nl", "en")
_CODE_RE = re.compile(r"^[A-Z]{2}$")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})


@dataclass(frozen=True)
class Country:
    code: str
    nl: str
    en: str
    group: str
    aliases: tuple[str, ...] = ()

    def name(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


def _fold(text: str) -> str:
    """Comparison key: case-folded, accents and surplus spaces removed, apostrophes unified."""
    text = " ".join(text.translate(_APOSTROPHES).split()).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class _Index:
    countries: MappingProxyType[str, Country]
    by_name: MappingProxyType[str, str]


def _parse(data: dict[str, Any], path: str) -> _Index:
    countries: dict[str, Country] = {}
    by_name: dict[str, str] = {}
    for code, entry in data.items():
        if not _CODE_RE.match(code):
            raise ResourceError(path, code, "landcode moet uit twee hoofdletters bestaan (ISO 3166-1 alpha-2)")
        if not isinstance(entry, dict):
            raise ResourceError(path, code, "verwacht een tabel met nl, en en group")
        names = {}
        for lang in LANGUAGES:
            value = require(entry, lang, str, path, code)
            if not value.strip():
                raise ResourceError(path, f"{code}.{lang}", "naam is leeg")
            names[lang] = value.strip()
        group = require(entry, "group", str, path, code)
        if group not in GROUPS:
            raise ResourceError(path, f"{code}.group", f"onbekende groep '{group}' (toegestaan: {', '.join(GROUPS)})")
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise ResourceError(path, f"{code}.aliases", "verwacht een lijst met niet-lege namen")
        unknown_keys = set(entry) - {"nl", "en", "group", "aliases"}
        if unknown_keys:
            raise ResourceError(path, code, f"onbekende sleutel(s): {', '.join(sorted(unknown_keys))}")
        countries[code] = Country(code, names["nl"], names["en"], group, tuple(a.strip() for a in aliases))
    for code, country in countries.items():
        for name in (country.nl, country.en, *country.aliases):
            key = _fold(name)
            if key.upper() in countries and key.upper() != code:
                raise ResourceError(path, code, f"naam '{name}' is de code van een ander land")
            other = by_name.setdefault(key, code)
            if other != code:
                raise ResourceError(path, code, f"naam '{name}' wordt ook gebruikt voor {other}")
    if countries.get("NL") is None or countries["NL"].group != "nl":
        raise ResourceError(path, "NL", "Nederland ontbreekt of heeft niet groep 'nl'")
    return _Index(MappingProxyType(countries), MappingProxyType(by_name))


@cache
def _index() -> _Index:
    path = resource("countries.toml")
    return _parse(load_toml(path=path), str(path))


def load(path: Path | str | None = None) -> dict[str, Country]:
    """Validate a countries file (default: the bundled one) and return its countries by code."""
    if path is None:
        return dict(_index().countries)
    return dict(_parse(load_toml(path=Path(path)), str(path)).countries)


def all_countries() -> tuple[Country, ...]:
    """Every country, ordered by code."""
    return tuple(sorted(_index().countries.values(), key=lambda c: c.code))


def get(iso2: str | None) -> Country | None:
    """The country with this alpha-2 code (any case, surrounding spaces ignored), or None."""
    if not iso2:
        return None
    return _index().countries.get(iso2.strip().upper())


def nationality_group(iso2: str | None) -> str:
    """`nl`, `eu_eea`, `non_eu`, or `unknown` for a missing or unrecognised code."""
    country = get(iso2)
    return country.group if country else UNKNOWN_GROUP


def codes_in_group(group: str) -> frozenset[str]:
    """The alpha-2 codes of one group (for building a database query)."""
    if group not in GROUPS:
        raise ValueError(f"unknown nationality group: {group!r}")
    return frozenset(c.code for c in _index().countries.values() if c.group == group)


def country_name(iso2: str | None, lang: str = "nl") -> str:
    """The name in `lang` (`nl` or `en`); "" for None, the code itself when it is not known."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang!r}")
    country = get(iso2)
    if country is None:
        return (iso2 or "").strip()
    return country.name(lang)


def code_for_name(text: str | None) -> str | None:
    """The alpha-2 code for an alpha-2 code, Dutch or English name or alias; None when not recognised."""
    if not text or not text.strip():
        return None
    stripped = text.strip()
    if len(stripped) == 2 and stripped.upper() in _index().countries:
        return stripped.upper()
    return _index().by_name.get(_fold(stripped))
