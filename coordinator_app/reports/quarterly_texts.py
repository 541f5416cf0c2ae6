"""The texts of the quarterly report, per language, from the gettext catalogue `reports` (keys `quarterly.…`,
resources/locale/<lang>/LC_MESSAGES/reports.po, read back as tables and lists by `catalogues.tables`).

Validated when first used: a missing key, a wrong type or an unknown `{placeholder}` is a
`ResourceError` naming the file and key (a broken resource file is a clear error, not a crash).
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from coordinator_app import catalogues
from coordinator_app.domain.disclosure import PUBLISHED_MEASURES
from coordinator_app.domain.quarter import Quarter
from coordinator_app.reports import texts
from coordinator_app.resources_loader import ResourceError, require

_QUARTER = frozenset({"quarter_name"})
_STRINGS: dict[str, frozenset[str]] = {
    "title": frozenset(),
    "subtitle": frozenset({"quarter_name", "period"}),
    "period": frozenset({"first", "last"}),
    "footer": frozenset(),
    "summary_heading": frozenset(),
    "summary_measure": frozenset(),
    "summary_value": frozenset(),
    "trend_heading": frozenset(),
    "trend_note": frozenset({"markers"}),
    "reading_heading": frozenset(),
    "measures_heading": frozenset(),
    "total_line": frozenset({"value"}),
    "column_category": frozenset(),
    "column_value": frozenset(),
    "blanked_note": frozenset(),
    "no_hidden_note": frozenset(),
    "hidden_heading": frozenset(),
    "method_heading": frozenset(),
    "generated": frozenset({"version", "date"}),
    "markers": frozenset({"threshold"}),
    "xlsx_title": frozenset({"quarter"}),
    "xlsx_quarter": frozenset(),
    "xlsx_measure_code": frozenset(),
    "xlsx_threshold": frozenset(),
    "xlsx_generated": frozenset(),
    "xlsx_version": frozenset(),
    "xlsx_dimension": frozenset({"dimension"}),
    "xlsx_column_code": frozenset(),
    "xlsx_column_label": frozenset(),
    "xlsx_column_value": frozenset(),
    "xlsx_no_hidden": frozenset(),
}
# name -> the keys it must have: one sheet name per published measure of the workbook
_TABLES: dict[str, tuple[str, ...]] = {"xlsx_sheets": PUBLISHED_MEASURES}
_SHEET_FORBIDDEN = frozenset("[]:*?/\\")
_LISTS: dict[str, frozenset[str]] = {
    "quarter_names": frozenset({"year"}),
    "intro": _QUARTER,
    "measure_notes": frozenset(),
    "method": frozenset({"threshold", "below"}),
}


def _checked(value: Any, file: Path | str, key: str, allowed: frozenset[str]) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ResourceError(file, key, "verwacht een niet-lege tekst")
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
    except ValueError as exc:
        raise ResourceError(file, key, f"ongeldige accolades ({exc})") from exc
    unknown = names - allowed
    if unknown:
        raise ResourceError(file, key, "onbekende plaatshouder {" + ", ".join(sorted(unknown)) + "}")
    return value


@dataclass(frozen=True)
class QuarterlyTexts:
    lang: str
    strings: dict[str, str]
    lists: dict[str, tuple[str, ...]]
    tables: dict[str, dict[str, str]]

    def __getitem__(self, key: str) -> str:
        return self.strings[key]

    def items(self, key: str) -> tuple[str, ...]:
        return self.lists[key]

    def sheet_name(self, measure: str) -> str:
        """The workbook's sheet of a published measure."""
        return self.tables["xlsx_sheets"][measure]

    def quarter_name(self, quarter: Quarter) -> str:
        """E.g. "3e kwartaal 2026"."""
        return self.lists["quarter_names"][quarter.number - 1].format(year=quarter.year)

    def period(self, quarter: Quarter) -> str:
        """E.g. "1 juli 2026 tot en met 30 september 2026"."""
        common = texts.common(self.lang)
        return self["period"].format(first=common.format_date(quarter.first_day),
                                     last=common.format_date(quarter.last_day))

    def format_date(self, day: date) -> str:
        return texts.common(self.lang).format_date(day)


def parse(data: dict[str, Any], file: Path | str) -> dict[str, QuarterlyTexts]:
    out: dict[str, QuarterlyTexts] = {}
    for lang in texts.LANGUAGES:
        table = require(data, lang, dict, file)
        strings = {key: _checked(require(table, key, str, file, lang), file, f"{lang}.{key}", allowed)
                   for key, allowed in _STRINGS.items()}
        lists: dict[str, tuple[str, ...]] = {}
        for key, allowed in _LISTS.items():
            values = require(table, key, list, file, lang)
            if not values:
                raise ResourceError(file, f"{lang}.{key}", "lijst is leeg")
            lists[key] = tuple(_checked(v, file, f"{lang}.{key}[{i}]", allowed) for i, v in enumerate(values))
        if len(lists["quarter_names"]) != 4:
            raise ResourceError(file, f"{lang}.quarter_names", "verwacht vier kwartaalnamen")
        tables: dict[str, dict[str, str]] = {}
        for key, names in _TABLES.items():
            given = require(table, key, dict, file, lang)
            missing, extra = set(names) - set(given), set(given) - set(names)
            if missing or extra:
                raise ResourceError(file, f"{lang}.{key}", "verwacht precies de sleutels " + ", ".join(names))
            tables[key] = {name: _checked(given[name], file, f"{lang}.{key}.{name}", frozenset()) for name in names}
        for measure, sheet in tables["xlsx_sheets"].items():
            if len(sheet) > 31 or _SHEET_FORBIDDEN & set(sheet):
                raise ResourceError(file, f"{lang}.xlsx_sheets.{measure}",
                                    "een bladnaam is hoogstens 31 tekens, zonder []:*?/\\")
        out[lang] = QuarterlyTexts(lang, strings, lists, tables)
    return out


@cache
def _all() -> dict[str, QuarterlyTexts]:
    return parse(catalogues.tables("reports", "quarterly"), "reports.po")


def quarterly_texts(lang: str = "nl") -> QuarterlyTexts:
    """The texts in `lang` (nl or en), loaded once."""
    return _all()[texts.check_lang(lang)]
