"""The auditor itself: exact bounds on hand-checked publications, and it finds every known leak.

None of these tests uses the app's disclosure code: publications are built here, by hand or by a
deliberately naive rule, so that an auditor that never finds anything fails this file.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.quarterly.auditor import attack, enumeration, truth
from tests.quarterly.auditor.casesets import counter_examples
from tests.quarterly.auditor.domain import PERSON_MEASURES, ReaderModel, categories, dimensions, parts
from tests.quarterly.auditor.readers import Cells

T = 5


def naive_release(tr: truth.Truth, quarters: list[str], measures=PERSON_MEASURES, threshold: int = T) -> Cells:
    """Every count of the quarters, 1..T-1 shown as <T and nothing else hidden (primary suppression only)."""
    cells: Cells = {}
    for q in quarters:
        for m in measures:
            for d in dimensions(m):
                for c in categories(d):
                    v = tr[(q, m, d, c)]
                    cells[(q, m, d, c)] = f"<{threshold}" if 1 <= v < threshold else str(v)
    return cells


def result_of(report: attack.Report, label: str) -> attack.Result:
    return next(r for r in report.results if r.target.label == label)


def bounds(report: attack.Report, label: str) -> tuple[float, float]:
    found = result_of(report, label)
    assert found.exact
    return found.low, found.high


def test_exact_min_and_max_on_a_hand_checked_breakdown() -> None:
    q = "2025Q2"
    rows = [truth.CaseRow(signal_on=dt.date(2025, 4, 2), opened_on=dt.date(2025, 4, 2), closed_on=None, form=f)
            for f in ["sexual"] * 3 + ["labour"] * 2 + ["criminal"] * 5]
    tr = truth.compute(rows, [], truth.q_range("2025Q1", q))
    release = {(q, "opened", "total", "all"): "10", (q, "opened", "form", "sexual"): "<5",
               (q, "opened", "form", "labour"): "<5", (q, "opened", "form", "criminal"): "x",
               (q, "opened", "form", "organ"): "0", (q, "opened", "form", "unknown"): "0"}
    form = {"only": lambda t: "/form/" in t.label}
    report = attack.Model([release], ReaderModel(T, 0)).attack(tr, exact=True, **form)
    # sexual, labour: 1..4 each; criminal = 10 - sexual - labour: 2..8
    assert bounds(report, f"{q} opened/form/sexual") == (1, 4)
    assert bounds(report, f"{q} opened/form/criminal") == (2, 8)
    assert report.violations == []
    # x promised to be >= T: criminal 5..8, and now sexual + labour <= 5 still leaves 1..4 each
    report = attack.Model([release], ReaderModel(T, T)).attack(tr, exact=True, **form)
    assert bounds(report, f"{q} opened/form/criminal") == (5, 8)
    assert report.violations == []


def test_finds_counter_example_across_measures() -> None:
    """Zwolle opened 8, active <5, closed <5: both are 4 (opened <= active + closed)."""
    case_set = counter_examples()[1]
    q = "2025Q2"
    tr = truth.compute(case_set.cases, [], truth.q_range("2025Q1", q))
    release: Cells = {}
    for m in PERSON_MEASURES:
        release[(q, m, "total", "all")] = naive_release(tr, [q], [m])[(q, m, "total", "all")]
        for c in categories("municipality"):
            v = tr[(q, m, "municipality", c)]
            release[(q, m, "municipality", c)] = f"<{T}" if 1 <= v < T else str(v)
    assert release[(q, "active_at_end", "municipality", "Zwolle")] == "<5"
    report = attack.attack_releases([release], tr, T, exact=True)
    problems = "\n".join(report.violations)
    assert "2025Q2 active_at_end/municipality/Zwolle (true 4, published <5): pinned to 4" in problems
    assert "2025Q2 closed/municipality/Zwolle (true 4, published <5): pinned to 4" in problems


def test_finds_counter_example_across_quarters() -> None:
    """Exact stocks and openings give back the hidden closed total, then its breakdowns."""
    case_set = counter_examples()[0]
    quarters = list(case_set.quarters)
    tr = truth.compute(case_set.cases, [], truth.q_range(truth.q_add(quarters[0], -1), quarters[-1]))
    release = naive_release(tr, quarters)
    assert release[("2025Q2", "closed", "total", "all")] == "<5"
    report = attack.attack_releases([release], tr, T)
    problems = "\n".join(report.violations)
    assert "2025Q2 closed/total/all (true 3, published <5): pinned to 3" in problems
    assert "2025Q2 closed/municipality/Zwolle (true 3, published <5): pinned to 3" in problems
    assert "2025Q2 closed/age_group/18-22 (true 3, published <5): pinned to 3" in problems


def test_finds_a_narrowed_count() -> None:
    """total 8 = sexual 5 + labour <5 + criminal <5: labour and criminal are 1..2, less than 1..4."""
    case_set = counter_examples()[3]
    tr = truth.compute(case_set.cases, [], truth.q_range("2025Q1", "2025Q2"))
    release = {k: v for k, v in naive_release(tr, ["2025Q2"], ["opened"]).items() if k[2] in ("total", "form")}
    report = attack.attack_releases([release], tr, T, exact=True)
    problems = "\n".join(report.violations)
    assert "2025Q2 opened/form/labour (true 1, published <5): narrowed to 1..2" in problems
    assert "2025Q2 opened/form/criminal (true 2, published <5): narrowed to 1..2" in problems


def test_finds_a_small_count_published_as_a_number_and_a_wrong_value() -> None:
    case_set = counter_examples()[3]
    tr = truth.compute(case_set.cases, [], truth.q_range("2025Q1", "2025Q2"))
    release = {("2025Q2", "opened", "total", "all"): "8", ("2025Q2", "opened", "form", "labour"): "1",
               ("2025Q2", "opened", "form", "sexual"): "6"}
    report = attack.attack_releases([release], tr, T)
    assert any("labour published as 1" in v for v in report.violations)
    assert any("sexual published 6, true count 5" in v for v in report.violations)


def test_a_safe_publication_has_no_finding() -> None:
    """Totals >= T only, over three quarters: nothing small can be narrowed (no false alarm)."""
    case_set = counter_examples()[0]
    quarters = list(case_set.quarters)
    tr = truth.compute(case_set.cases, [], truth.q_range("2024Q4", quarters[-1]))
    release = {k: v for k, v in naive_release(tr, quarters, ["opened"]).items() if k[2] == "total"}
    assert all(v == "0" or int(v) >= T for v in release.values())
    report = attack.attack_releases([release], tr, T)
    assert report.violations == [], report.describe()


def test_relations_are_checked_on_the_truth_first() -> None:
    """A case closed before it was opened breaks the stock identity: the attack refuses to run."""
    bad = [truth.CaseRow(signal_on=dt.date(2025, 1, 2), opened_on=dt.date(2025, 5, 2), closed_on=dt.date(2025, 2, 1))]
    tr = truth.compute(bad, [], truth.q_range("2024Q4", "2025Q2"))
    release = {("2025Q1", "closed", "total", "all"): "<5", ("2025Q2", "opened", "total", "all"): "<5"}
    with pytest.raises(AssertionError, match="relations do not hold on the true counts"):
        attack.attack_releases([release], tr, T)


def test_the_coarsening_rule_is_used_by_the_reader() -> None:
    """A group shown as one category was not split, so one of its tree items is in 1..T-1."""
    q = "2025Q2"
    forms = ["sexual"] * 8 + ["labour"] * 6 + ["criminal"] * 5 + ["organ"]
    rows = [truth.CaseRow(signal_on=dt.date(2025, 4, 2), opened_on=dt.date(2025, 4, 2), closed_on=None, form=f)
            for f in forms]
    tr = truth.compute(rows, [], truth.q_range("2025Q1", q))
    release = {(q, "opened", "total", "all"): "20", (q, "opened", "form", "sexual"): "8",
               (q, "opened", "form", "labour"): "6", (q, "opened", "form", "criminal+organ+unknown"): "6"}
    tree = {"form": ["sexual", "labour", ["criminal", ["organ", "unknown"]]]}
    form = {"only": lambda t: "/form/" in t.label}
    plain = attack.Model([release], ReaderModel(T)).attack(tr, exact=True, **form)
    ruled = attack.Model([release], ReaderModel(T), tree).attack(tr, exact=True, **form)
    label = f"{q} opened/form/criminal"
    assert bounds(plain, label) == (0, 6)
    assert bounds(ruled, label) == (1, 5)
    # a group that is not a group of the tree is an error, not a silent guess
    odd = dict(release)
    del odd[(q, "opened", "form", "criminal+organ+unknown")]
    odd[(q, "opened", "form", "criminal+organ")] = "6"
    odd[(q, "opened", "form", "unknown")] = "0"
    with pytest.raises(AssertionError, match="not a group of the tree"):
        attack.attack_releases([odd], tr, T, trees=tree)


def test_parts_follow_the_code_list() -> None:
    assert parts("age_group", "23+") == ("23+",)
    assert parts("municipality", "Dalfsen+Ommen") == ("Dalfsen", "Ommen")
    assert parts("age_group", "18-22+23+") == ("18-22", "23+")
    with pytest.raises(ValueError):
        parts("municipality", "Dalfsen+Atlantis")


def old_rule(table: enumeration.Table, threshold: int = T) -> tuple[str, enumeration.Output]:
    """A deliberately leaky rule (like the method before issue 15): <T for 1..T-1, and when the hidden
    cells are determined by the total (one cell, all 1, or all T-1), also the smallest other
    non-zero cell (as x)."""
    (dim, counts), = table.items()
    total = sum(counts.values())
    out = {c: (f"<{threshold}" if 1 <= v < threshold else str(v)) for c, v in counts.items()}
    hidden = [c for c, v in out.items() if not v.isdigit()]
    rest = sum(counts[c] for c in hidden)
    if hidden and (len(hidden) == 1 or rest in (len(hidden), len(hidden) * (threshold - 1))):
        others = [c for c, v in counts.items() if out[c].isdigit() and v > 0]
        if others:
            out[min(others, key=lambda c: (counts[c], c))] = "x"
    return (f"<{threshold}" if 1 <= total < threshold else str(total)), {dim: out}


def test_enumeration_finds_the_leak_of_a_rule_a_reader_knows() -> None:
    """form = {labour <5, criminal <5, unknown x}, total 8 can only be {1, 1, 6} under the old rule."""
    cats = categories("form")
    findings, counts = enumeration.audit(enumeration.one_dimension_tables("form", cats, 13), old_rule,
                                         ReaderModel(T, T), 13)
    assert counts["tables"] == 8568 and counts["judged"] > 100
    text = enumeration.describe(findings, limit=10_000)
    assert "total 8, form: criminal=<5, labour=<5, organ=0, sexual=0, unknown=x: form/unknown published x is " \
           "pinned to 6" in text
    assert len(findings) > 100


@st.composite
def form_publications(draw: st.DrawFn) -> tuple[dict[str, int], Cells]:
    """A true form breakdown (total <= 12) and a publication of it: the total exact or <T, each
    category (or a tree group of two or three) exact, <T when small, or x."""
    true = {c: draw(st.integers(0, 6)) for c in categories("form")}
    total = sum(true.values())
    if total > 12:
        true = {c: min(v, 2) for c, v in true.items()}
        total = sum(true.values())
    q = "2025Q2"
    cells: Cells = {(q, "opened", "total", "all"): str(total) if total == 0 or total >= T or draw(st.booleans())
                    else f"<{T}"}
    groups = draw(st.sampled_from([[("sexual",), ("labour",), ("criminal",), ("organ",), ("unknown",)],
                                   [("sexual",), ("labour",), ("criminal",), ("organ", "unknown")],
                                   [("sexual",), ("labour",), ("criminal", "organ", "unknown")]]))
    for group in groups:
        v = sum(true[c] for c in group)
        options = [str(v), "x"] + ([f"<{T}"] if 1 <= v < T else [])
        cells[(q, "opened", "form", "+".join(group))] = draw(st.sampled_from(options))
    return true, cells


@settings(max_examples=40, deadline=None)
@given(form_publications())
def test_exact_bounds_equal_brute_force(publication: tuple[dict[str, int], Cells]) -> None:
    """The HiGHS bounds of every form cell equal those of an exhaustive search over all breakdowns."""
    true, cells = publication
    cats = categories("form")
    reader = ReaderModel(T)
    marks = {k: reader.mark(v) for k, v in cells.items()}
    total_mark = marks[("2025Q2", "opened", "total", "all")]
    feasible = []
    for total in range(0, int(min(total_mark.high, 12)) + 1):
        if not total_mark.low <= total <= total_mark.high:
            continue
        for counts in enumeration.compositions(total, len(cats)):
            table = dict(zip(cats, counts, strict=True))
            if all(m.low <= sum(table[p] for p in parts("form", k[3])) <= m.high
                   for k, m in marks.items() if k[2] == "form"):
                feasible.append(table)
    if total_mark.high > 12 and any(not m.exact for m in marks.values()):
        return  # the search would need totals above 12: not comparable
    rows = [truth.CaseRow(signal_on=dt.date(2025, 4, 2), opened_on=dt.date(2025, 4, 2), closed_on=None, form=c)
            for c, n in true.items() for _ in range(n)]
    tr = truth.compute(rows, [], ["2025Q1", "2025Q2"])
    report = attack.Model([cells], ReaderModel(T)).attack(tr, exact=True, only=lambda t: "/form/" in t.label)
    assert true in feasible
    for c in cats:
        label = f"2025Q2 opened/form/{c}"
        found = [r for r in report.results if r.target.label == label]
        lo, hi = min(t[c] for t in feasible), max(t[c] for t in feasible)
        if found:
            assert (found[0].low, found[0].high) == (lo, hi), (label, cells)
        else:
            assert lo == hi == int(cells[("2025Q2", "opened", "form", c)])  # published exactly


def test_the_unpublished_stock_is_reported_apart() -> None:
    """7 opened in Q1 and 5 closed in Q2 (both published) leave at least 2 active at the end of Q2:
    narrowed, but the stock is not in the release, so it is reported apart and is not a violation."""
    rows = [truth.CaseRow(signal_on=dt.date(2025, 1, 5), opened_on=dt.date(2025, 1, 5),
                          closed_on=dt.date(2025, 5, 5) if i < 5 else None) for i in range(7)]
    tr = truth.compute(rows, [], truth.q_range("2024Q4", "2025Q2"))
    release = {("2025Q1", "opened", "total", "all"): "7", ("2025Q1", "closed", "total", "all"): "0",
               ("2025Q2", "opened", "total", "all"): "0", ("2025Q2", "closed", "total", "all"): "5"}
    stock = {"only": lambda t: "active_at_end/total" in t.label}
    report = attack.Model([release], ReaderModel(T)).attack(tr, outside=True, **stock)
    assert report.violations == []
    assert report.outside_scope == ["2025Q2 active_at_end/total/all (not in any release) (true 2, published not as "
                                    "a number): narrowed to 2..inf, not 1..4 or wider"]
    assert attack.Model([release], ReaderModel(T)).attack(tr, **stock).outside_scope == []  # not worked on


def _workbook(bar: int | None, label: str) -> bytes:
    import io

    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Geopend")
    sheet.write_row(0, 0, ("Kwartaal", "2025Q2"))
    sheet.write_row(1, 0, ("Meting (code)", "opened"))
    sheet.write_row(2, 0, ("Uitbuitingsvorm", "dimensie: form"))
    for row, (code, value) in enumerate([("sexual", 7), ("labour", "<5")], start=3):
        sheet.write_row(row, 0, (code, code, value))
    sheet.write_string(3, 20, "Seksuele uitbuiting")
    sheet.write_number(3, 21, 7)
    sheet.write_string(4, 20, label)
    if bar is not None:
        sheet.write_number(4, 21, bar)
    chart = book.add_chart({"type": "bar"})
    chart.add_series({"categories": ["Geopend", 3, 20, 4, 20], "values": ["Geopend", 3, 21, 4, 21]})
    sheet.insert_chart(2, 4, chart)
    book.close()
    return buffer.getvalue()


def test_xlsx_charts_are_checked_against_their_tables() -> None:
    from tests.quarterly.auditor import readers

    assert readers.xlsx_chart_problems(_workbook(None, "Arbeidsuitbuiting (<5)")) == []
    assert readers.read_xlsx(_workbook(None, "Arbeidsuitbuiting (<5)")) == {
        ("2025Q2", "opened", "form", "sexual"): "7", ("2025Q2", "opened", "form", "labour"): "<5"}
    leaky = readers.xlsx_chart_problems(_workbook(3, "Arbeidsuitbuiting (<5)"))
    assert len(leaky) == 1 and "hidden <5 drawn as '3'" in leaky[0]
