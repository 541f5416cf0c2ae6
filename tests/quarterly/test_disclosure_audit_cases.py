"""The independent auditor over case sets: the issue's four counter-examples, random case sets
(hypothesis draws cases, not tables), and the reader who knows the rule (enumeration of small tables
run through the app's protection as a black box).
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator_app.db.vault import Vault
from coordinator_app.domain.disclosure import protect
from coordinator_app.domain.quarterly_table import QuarterlyTable
from coordinator_app.services.quarterly import exports
from tests.conftest import PASSPHRASE
from tests.quarterly.auditor import attack, casesets, enumeration, readers, truth
from tests.quarterly.auditor.domain import CASE_DIMENSIONS, ReaderModel, categories
from tests.quarterly.test_disclosure_audit_demo import trees


def audit_case_set(vault: Vault, cases: list[truth.CaseRow], quarters: list[str], threshold: int,
                   folder: Path) -> attack.Report:
    """Write the cases, export every quarter in order (CSV) and the last one as PDF (its trend too),
    and attack all of it with the truth computed from the cases themselves."""
    casesets.write_cases(vault, cases)
    releases = casesets.export_releases(vault, quarters, threshold, folder, exports.export_quarterly)
    releases += casesets.export_releases(vault, quarters[-1:], threshold, folder, exports.export_quarterly,
                                         ("pdf",))
    needed = attack.needed_quarters(releases)
    tr = truth.compute(cases, [], needed)
    in_vault = truth.compute(*truth.cases_from_vault(vault), needed)
    assert tr == in_vault, "the cases in the vault are not the cases written"
    return attack.Model(releases, ReaderModel(threshold), trees()).attack(tr)


@pytest.mark.parametrize("threshold", [3, 5])
@pytest.mark.parametrize("case_set", casesets.counter_examples(), ids=lambda c: c.name.replace(" ", "-"))
def test_counter_examples_of_the_issue(vault: Vault, tmp_path: Path, case_set: casesets.CaseSet,
                                       threshold: int) -> None:
    report = audit_case_set(vault, list(case_set.cases), list(case_set.quarters), threshold, tmp_path)
    assert report.violations == [], report.describe()


# --- random case sets ---------------------------------------------------------------------------------

START = dt.date(2025, 1, 1)
QUARTERS = ["2025Q1", "2025Q2", "2025Q3", "2025Q4"]


@st.composite
def case_rows(draw: st.DrawFn) -> list[truth.CaseRow]:
    """Cases opened from a quarter before the first exported one to the last, some closed, with
    categories from small pools so that small counts are common."""
    pools = {d: draw(st.lists(st.sampled_from(categories(d)), min_size=1, max_size=3, unique=True))
             for d in ("form", "referral_source", "municipality", "closing_reason", "gender")}
    rows = []
    for _ in range(draw(st.integers(0, 45))):
        opened = START + dt.timedelta(days=draw(st.integers(-90, 364)))
        closed = draw(st.one_of(st.none(), st.integers(0, 300).map(lambda d, o=opened: o + dt.timedelta(days=d))))
        rows.append(truth.CaseRow(
            signal_on=opened - dt.timedelta(days=draw(st.integers(0, 10))), opened_on=opened, closed_on=closed,
            form=draw(st.sampled_from(pools["form"])), referral_source=draw(st.sampled_from(pools["referral_source"])),
            municipality=draw(st.sampled_from(pools["municipality"])),
            closing_reason=draw(st.sampled_from(pools["closing_reason"])) if closed else None,
            has_person=draw(st.sampled_from([True, True, True, False])), gender=draw(st.sampled_from(pools["gender"])),
            nationality=draw(st.sampled_from(["NL", "PL", "RO", "NG", None])),
            estimated_age=draw(st.one_of(st.none(), st.integers(12, 45))),
        ))
    return rows


@pytest.fixture(scope="module")
def empty_vault_template(_template_vaults) -> Path:
    return _template_vaults["empty"][0]


@settings(max_examples=12, deadline=None, derandomize=True,  # the same 12 case sets in every run
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cases=case_rows(), threshold=st.integers(3, 7))
def test_random_case_sets(empty_vault_template: Path, cases: list[truth.CaseRow], threshold: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="audit-"))
    try:
        shutil.copytree(empty_vault_template, folder / "vault", ignore=shutil.ignore_patterns("vault.lock"))
        with Vault.open(folder / "vault", passphrase=PASSPHRASE) as vault:
            report = audit_case_set(vault, cases, QUARTERS, threshold, folder)
        assert report.violations == [], report.describe()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- the reader who knows the rule --------------------------------------------------------------------

FILLER = {"form": "sexual", "age_group": "23+", "gender": "female", "nationality_group": "non_eu",
          "referral_source": "police", "municipality": "Zwolle"}


def app_protect(threshold: int):
    """The app's protection of one quarter (no history) as a black box: the given breakdowns of
    `opened` (all cases still active at the end), every other dimension in one category."""
    def run(table: enumeration.Table) -> tuple[str, enumeration.Output]:
        total = sum(next(iter(table.values())).values())
        counts = {d: ({c: n for c, n in table[d].items() if n} if d in table else {FILLER[d]: total})
                  for d in CASE_DIMENSIONS}
        published = protect(QuarterlyTable.from_counts("2025Q2", opened=counts, active_at_end=counts), threshold)
        output: enumeration.Output = {d: {} for d in table}
        total_text = None
        for measure, dim, category, value in published.rows():
            if measure != "opened":
                continue
            if dim == "total":
                total_text = str(value)
            elif dim in table:
                output[dim][category] = str(value)
        assert total_text is not None
        return total_text, output
    return run


@pytest.mark.slow
@pytest.mark.parametrize(("threshold", "form_limit"), [(5, 13), (3, 8)])
def test_one_dimension_tables_for_a_reader_who_knows_the_rule(threshold: int, form_limit: int) -> None:
    """Every form breakdown with total <= 13 at T=5 (8,568 tables; <= 8 at T=3) and every gender
    breakdown up to 12: the app's protection runs on each, and each group of equal output is judged."""
    for dim, limit in (("form", form_limit), ("gender", 12)):
        findings, counts = enumeration.audit(enumeration.one_dimension_tables(dim, categories(dim), limit),
                                             app_protect(threshold), ReaderModel(threshold), limit)
        assert counts["judged"] > 0 and counts["hidden"] > 0, counts
        assert findings == [], enumeration.describe(findings)


@pytest.mark.slow
def test_two_dimension_tables_for_a_reader_who_knows_the_rule() -> None:
    """Every pair of gender and nationality breakdowns of the same total <= 5 (4,878 tables; a
    breakdown publishes only its margin, so these are all tables a reader must tell apart)."""
    threshold, limit = 4, 5
    tables = (
        {"gender": dict(zip(categories("gender"), g, strict=True)),
         "nationality_group": dict(zip(categories("nationality_group"), n, strict=True))}
        for total in range(limit + 1)
        for g in enumeration.compositions(total, 4)
        for n in enumeration.compositions(total, 4)
    )
    findings, counts = enumeration.audit(tables, app_protect(threshold), ReaderModel(threshold), limit)
    assert counts["judged"] > 0 and counts["hidden"] > 0, counts
    assert findings == [], enumeration.describe(findings)


def test_a_correction_without_new_data_is_attacked_with_the_first_version(vault: Vault, tmp_path: Path) -> None:
    """A re-export and a deliberate correction of a quarter whose cases did not change: the reader
    holds all three files; the attack over them (one truth) finds nothing, and the vault stored two
    versions."""
    case_set = casesets.counter_examples()[1]
    casesets.write_cases(vault, list(case_set.cases))
    quarters = list(case_set.quarters)
    releases = casesets.export_releases(vault, quarters, 5, tmp_path, exports.export_quarterly)
    again = tmp_path / "again"
    again.mkdir()
    releases += casesets.export_releases(vault, quarters[1:2], 5, again, exports.export_quarterly)
    assert releases[-1] == releases[1]  # a re-export is the same table
    fixed = exports.export_quarterly(vault, quarters[1], "csv", tmp_path / "correction.csv", 5,
                                             correction=True)
    releases.append(readers.read_csv(fixed.read_bytes()))
    rows = vault.execute_sql(f"SELECT version FROM published_releases WHERE quarter = '{quarters[1]}'")
    versions = sorted(v for (v,) in rows)
    assert versions == [1, 2]
    tr = truth.compute(list(case_set.cases), [], attack.needed_quarters(releases))
    report = attack.Model(releases, ReaderModel(5), trees()).attack(tr)
    assert report.violations == [], report.describe()
