"""The code lists of docs/DOMAIN.md §6a (and the other lists the UI offers), loaded from resources/codes.toml.

Codes are stable identifiers used in the database and in exports; labels are per language.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from coordinator_app.paths import resource
from coordinator_app.resources_loader import ResourceError, load_toml

LANGUAGES = ("nl", "en")

# Lists the rest of the code relies on; the file may hold more.
REQUIRED_LISTS = (
    "form", "age_group", "gender", "nationality_group", "referral_source", "municipality",
    "outcome", "closing_reason", "status", "shelter_type", "milestone", "milestone_status",
    "risk_level", "org_type", "consent_purpose", "consent_signer", "legal_ground",
    "involvement_role", "document_kind",
)


@dataclass(frozen=True)
class CodeList:
    name: str
    codes: tuple[str, ...]
    labels: dict[str, dict[str, str]]  # code -> {lang: label}

    def label(self, code: str | None, lang: str = "nl") -> str:
        if code is None or code not in self.labels:
            return code or ""
        return self.labels[code].get(lang) or self.labels[code]["nl"]

    def __contains__(self, code: object) -> bool:
        return code in self.labels

    def __iter__(self) -> Iterator[str]:
        return iter(self.codes)

    def code_for_label(self, text: str) -> str | None:
        """The code whose code or label (any language) equals `text`, ignoring case and spaces."""
        wanted = " ".join(text.split()).casefold()
        for code in self.codes:
            if code.casefold() == wanted:
                return code
            if any(label.casefold() == wanted for label in self.labels[code].values()):
                return code
        return None


@cache
def all_lists() -> dict[str, CodeList]:
    path = resource("codes.toml")
    data = load_toml(path=path)
    lists: dict[str, CodeList] = {}
    for name, table in data.items():
        if not isinstance(table, dict) or not table:
            raise ResourceError(path, name, "moet een niet-lege tabel zijn")
        labels: dict[str, dict[str, str]] = {}
        for code, entry in table.items():
            if not isinstance(entry, dict):
                raise ResourceError(path, f"{name}.{code}", "verwacht een tabel met nl en en")
            for lang in LANGUAGES:
                if not isinstance(entry.get(lang), str) or not entry[lang].strip():
                    raise ResourceError(path, f"{name}.{code}.{lang}", "label ontbreekt")
            labels[code] = dict(entry)
        lists[name] = CodeList(name, tuple(table.keys()), labels)
    for name in REQUIRED_LISTS:
        if name not in lists:
            raise ResourceError(path, name, "lijst ontbreekt")
    return lists


def code_list(name: str) -> CodeList:
    return all_lists()[name]


def label(list_name: str, code: str | None, lang: str = "nl") -> str:
    return code_list(list_name).label(code, lang)
