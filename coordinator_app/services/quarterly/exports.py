"""Quarterly export files: gather what a report needs, render CSV/XLSX/PDF, write atomically, audit.

`gather()` reads the vault (the table the export releases — the stored one for a quarter released
before, see `releases` — the trend and the letterhead): run it on the vault worker.
`render()` needs no vault. `save()` checks the target, writes the file atomically (temp file,
fsync, store the release, rename) and records the audit event `export_quarterly` with detail
`"2026Q3:csv"` — the quarter and the format, never a number. `export_quarterly()` does all of it
(the command line).
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from coordinator_app.db.vault import Vault
from coordinator_app.domain.disclosure import PublishedTable
from coordinator_app.domain.quarter import Quarter
from coordinator_app.errors import KnownError, disk_error, message
from coordinator_app.reports.page_style import Letterhead
from coordinator_app.reports.quarterly_export import csv_bytes, write_export, xlsx_bytes
from coordinator_app.reports.quarterly_pdf import quarterly_pdf
from coordinator_app.services import audit
from coordinator_app.services.documents.letters import letterhead_from_settings
from coordinator_app.services.quarterly import releases
from coordinator_app.services.settings import settings

FORMATS = ("csv", "xlsx", "pdf")
SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "pdf": ".pdf"}


class QuarterInvalid(KnownError):
    code = "quarterly_quarter_invalid"


class FormatInvalid(KnownError):
    code = "quarterly_format_invalid"


class TargetInvalid(KnownError):
    code = "quarterly_target_unwritable"


@dataclass(frozen=True)
class ReportData:
    """Everything a quarterly file is made from: published values only, plus the letterhead."""

    published: PublishedTable
    trend: tuple[PublishedTable, ...]
    letterhead: Letterhead
    plan: releases.Plan


def parse_quarter(text: str | Quarter) -> Quarter:
    if isinstance(text, Quarter):
        return text
    try:
        return Quarter.parse(text)
    except ValueError as exc:
        raise QuarterInvalid() from exc


def check_format(fmt: str) -> str:
    value = (fmt or "").strip().lower()
    if value not in FORMATS:
        raise FormatInvalid()
    return value


def default_filename(quarter: Quarter, fmt: str) -> str:
    return f"kwartaalcijfers-{quarter}{SUFFIXES[fmt]}"


def check_target(path: Path | str) -> Path:
    """The target as a Path when a file can be written there; TargetInvalid (exit 2) otherwise."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise TargetInvalid("quarterly_target_is_folder")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise TargetInvalid(reason=message("quarterly_folder_missing").rstrip("."))
    if not os.access(folder, os.W_OK | os.X_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise TargetInvalid(reason=message("read_only" if _read_only_fs(folder) else "quarterly_no_access"))
    return target


def _read_only_fs(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows
        return False


def gather(
    vault: Vault, quarter: Quarter | str, threshold: int | None = None, correction: bool = False, strict: bool = True
) -> ReportData:
    """Published table and trend of `quarter` and the letterhead (reads the vault, stores nothing).

    For a released quarter this is the stored table, unless `correction` asks for a new version;
    its threshold is that of the first release (`strict`: another explicit threshold is an error)."""
    q = parse_quarter(quarter)
    plan = releases.plan(vault, q, threshold, correction, releases.TREND_QUARTERS, strict)
    letterhead = letterhead_from_settings(settings.get_all(vault))
    return ReportData(plan.published, plan.trend, letterhead, plan)


def render(data: ReportData, fmt: str, lang: str = "nl", generated: datetime | None = None) -> bytes:
    """The file's bytes (no vault needed)."""
    kind = check_format(fmt)
    if kind == "csv":
        return csv_bytes(data.published)
    if kind == "xlsx":
        return xlsx_bytes(data.published, generated, lang)
    day: date | None = generated.date() if isinstance(generated, datetime) else generated
    return quarterly_pdf(data.published, data.letterhead, data.trend, lang, day)


def save(
    vault: Vault, quarter: Quarter, fmt: str, path: Path | str, content: bytes,
    plan: releases.Plan | None = None,
) -> Path:
    """Write the file atomically, storing the release of `plan` once the bytes are safely in the
    temporary file and before the file appears under its name (a full or read-only target leaves the
    vault untouched; a file never leaves without its release stored), and audit the export (quarter
    and format only)."""
    target = check_target(path)
    try:
        if plan is None:
            write_export(target, content)
        else:
            write_export(target, content, lambda: releases.record(vault, plan))
    except IsADirectoryError as exc:
        raise TargetInvalid("quarterly_target_is_folder") from exc
    except OSError as exc:  # plain words from errors.disk_error; "no permission" where that is the cause
        no_access = exc.errno in (errno.EACCES, errno.EPERM)
        reason = message("quarterly_no_access") if no_access else disk_error(exc).params["reason"]
        raise TargetInvalid(reason=reason) from exc
    audit.log(vault, "export_quarterly", "quarterly", None, detail=f"{quarter}:{check_format(fmt)}")
    return target


def export_quarterly(
    vault: Vault, quarter: Quarter | str, fmt: str, path: Path | str, threshold: int | None = None, lang: str = "nl",
    correction: bool = False,
) -> Path:
    """Compute (or take the stored release), render and write one export file; returns its path."""
    q = parse_quarter(quarter)
    kind = check_format(fmt)
    check_target(path)
    data = gather(vault, q, threshold, correction)
    return save(vault, q, kind, path, render(data, kind, lang), data.plan)
