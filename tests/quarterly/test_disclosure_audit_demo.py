"""The independent auditor over the demo vault: every format, four quarters by the command line, and
24 quarters at every threshold 3..11.

The exports are made through the app's public entry points only (the `export-quarterly` command and
the service function it calls); everything else (reading the files, the true counts, the attack)
is the auditor's own (tests/quarterly/auditor).
"""

from __future__ import annotations

import datetime as dt
import json
import time
import tomllib
from pathlib import Path

import pytest

from coordinator_app.db.vault import Vault
from coordinator_app.services.quarterly import exports
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.quarterly.auditor import attack, casesets, readers, truth
from tests.quarterly.auditor.domain import ReaderModel

ROOT = Path(__file__).resolve().parents[2]
LAST = truth.q_add(truth.q_of(dt.date.today()), -1)


def trees() -> dict[str, list]:
    """The public coarsening trees, as the method text publishes them (the reader knows them)."""
    return tomllib.loads((ROOT / "resources" / "reports" / "disclosure.toml").read_text(encoding="utf-8"))["trees"]


def stored_releases(vault: Vault) -> dict[tuple[str, int], readers.Cells]:
    """What the vault says it released (table published_releases), as cells."""
    found: dict[tuple[str, int], readers.Cells] = {}
    for quarter, version, cells in vault.execute_sql("SELECT quarter, version, cells FROM published_releases"):
        rows = json.loads(cells) if isinstance(cells, str) else cells
        found[(quarter, version)] = {(quarter, m, d, c): str(v) for m, d, c, v in rows}
    return found


def attack_vault(vault: Vault, releases: list[readers.Cells], threshold: int, outside: bool = False) -> attack.Report:
    """The attack over `releases`; with `outside`, also how far the unpublished stock is narrowed
    (informational: the caseload is not published, and published flows bound it from below)."""
    cases, milestones = truth.cases_from_vault(vault)
    tr = truth.compute(cases, milestones, attack.needed_quarters(releases))
    report = attack.Model(releases, ReaderModel(threshold), trees()).attack(tr, outside=outside)
    if outside:
        print(f"T={threshold}: {len(report.outside_scope)} counts outside the releases narrowed (not a failure)")
        print("\n".join(report.outside_scope[:20]))
    return report


def test_four_quarters_by_the_command_line_in_every_format(
    demo_vault_dir: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    """Done-when: four consecutive quarters exported with `coordinator-app export-quarterly` as CSV,
    XLSX and PDF carry the same numbers, equal what the vault stored as released, and an exact
    integer attack over all of them (the PDF's trend included) breaks nothing."""
    quarters = [truth.q_add(LAST, k) for k in (-3, -2, -1, 0)]
    csvs: dict[str, readers.Cells] = {}
    trends: list[readers.Cells] = []
    for quarter in quarters:
        for fmt in ("csv", "xlsx", "pdf"):
            target = tmp_path / f"{quarter}.{fmt}"
            result = run_cli("export-quarterly", "--vault", str(demo_vault_dir), "--passphrase-file",
                             str(passphrase_file), "--quarter", quarter, "--format", fmt, "--out", str(target))
            assert result.returncode == 0, result.stderr
        csvs[quarter] = readers.read_csv((tmp_path / f"{quarter}.csv").read_bytes())
        workbook = (tmp_path / f"{quarter}.xlsx").read_bytes()
        assert readers.read_xlsx(workbook) == csvs[quarter]
        assert readers.xlsx_chart_problems(workbook) == []  # every bar is the number in its table
        pdf_cells, trend = readers.read_pdf((tmp_path / f"{quarter}.pdf").read_bytes())
        assert pdf_cells == csvs[quarter], set(pdf_cells.items()) ^ set(csvs[quarter].items())
        assert trend and {k[0] for k in trend} == set(truth.q_range(truth.q_add(quarter, -3), quarter))
        trends.append(trend)
    with Vault.open(demo_vault_dir, passphrase=PASSPHRASE) as vault:
        stored = stored_releases(vault)
        for quarter in quarters:
            assert stored[(quarter, 1)] == csvs[quarter]
            assert (quarter, 2) not in stored  # re-exporting in another format is the same release
        for trend in trends:  # the trend shows each quarter's stored total, never another number
            for key, value in trend.items():
                assert stored[(key[0], 1)][key] == value, key
        releases = [*csvs.values(), *trends, *(c for (q, _v), c in stored.items() if q not in csvs)]
        report = attack_vault(vault, releases, 5)
    assert report.violations == [], report.describe()


@pytest.mark.slow
@pytest.mark.parametrize("threshold", range(3, 12))
def test_demo_24_quarters_every_threshold(demo_vault: Vault, tmp_path: Path, threshold: int) -> None:
    """Done-when: the demo data, all 24 quarters up to the last complete one, exported in order as a
    coordinator would (CSV), then the PDF of the last quarter (its trend); nothing can be narrowed."""
    quarters = truth.q_range(truth.q_add(LAST, -23), LAST)
    start = time.perf_counter()
    releases = casesets.export_releases(demo_vault, quarters, threshold, tmp_path,
                                        exports.export_quarterly)
    releases += casesets.export_releases(demo_vault, [LAST], threshold, tmp_path,
                                         exports.export_quarterly, ("pdf",))
    exported = time.perf_counter() - start
    report = attack_vault(demo_vault, releases, threshold, outside=threshold == 5)
    print(f"T={threshold}: export {exported:.1f} s, attack {report.seconds:.1f} s, {report.solves} solves, "
          f"{len(report.results)} targets, {len(report.outside_scope)} narrowed outside the releases")
    assert report.violations == [], report.describe()


@pytest.mark.slow
def test_the_audit_finds_a_leak_added_to_real_exports(demo_vault: Vault, tmp_path: Path) -> None:
    """The audit can fail on real output: the demo's 24 CSV releases plus one more file with the exact
    number of active cases per quarter (what the old report published) give back a hidden total."""
    threshold = 5
    quarters = truth.q_range(truth.q_add(LAST, -23), LAST)
    releases = casesets.export_releases(demo_vault, quarters, threshold, tmp_path, exports.export_quarterly)
    hidden = [k for cells in releases for k, v in cells.items() if k[2] == "total" and v == f"<{threshold}"]
    assert hidden, "the demo should have a quarter with a small total"
    cases, milestones = truth.cases_from_vault(demo_vault)
    tr = truth.compute(cases, milestones, attack.needed_quarters(releases))
    stocks = {(q, "active_at_end", "total", "all"): str(tr[(q, "active_at_end", "total", "all")]) for q in quarters}
    report = attack.Model([*releases, stocks], ReaderModel(threshold), trees()).attack(tr)
    pinned = [v for v in report.violations if "/total/all" in v and "pinned to" in v]
    assert pinned, report.describe()
