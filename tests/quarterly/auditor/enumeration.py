"""The reader who knows the rule: enumerate every small table, protect each one, group by output.

A reader who knows the method (and the threshold) knows that the true table is one of those the
method turns into exactly what was published. For every table up to a total `max_total` we run the
protection as a black box (`protect`, given as a function: this module never imports it), group
the tables by their published output, and in each group look at the values each fine category can
take. A group is judged only when it is complete: every table that can give that output has a total
<= max_total (the published total is a number <= max_total, or `<T` with T-1 <= max_total).

The guarantee per group: a category whose true value v is in 1..T-1 in some member has, over the
group, a least value <= 1 and a greatest value >= T-1; a published category that is not a number
(a mark) takes at least two values over the group.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from .domain import ReaderModel, parts

# one table: dimension -> {fine category: count}; the output: dimension -> {published category: text}
Table = dict[str, dict[str, int]]
Output = dict[str, dict[str, str]]


def compositions(total: int, k: int) -> Iterator[tuple[int, ...]]:
    """Every way to write `total` as k non-negative integers (in order)."""
    for cuts in itertools.combinations(range(total + k - 1), k - 1):
        prev, out = -1, []
        for c in cuts:
            out.append(c - prev - 1)
            prev = c
        out.append(total + k - 1 - prev - 1)
        yield tuple(out)


def one_dimension_tables(dimension: str, cats: Sequence[str], max_total: int) -> Iterator[Table]:
    for total in range(max_total + 1):
        for counts in compositions(total, len(cats)):
            yield {dimension: dict(zip(cats, counts, strict=True))}


def two_dimension_tables(first: tuple[str, Sequence[str]], second: tuple[str, Sequence[str]],
                         max_total: int) -> Iterator[Table]:
    """Every joint table over first x second with total <= max_total, given to the method as its two
    margins (that is all a breakdown publishes). Equal margins from different joints are one table."""
    (d1, c1), (d2, c2) = first, second
    seen: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()
    cells = list(itertools.product(range(len(c1)), range(len(c2))))
    for total in range(max_total + 1):
        for joint in compositions(total, len(cells)):
            m1 = [0] * len(c1)
            m2 = [0] * len(c2)
            for (i, j), n in zip(cells, joint, strict=True):
                m1[i] += n
                m2[j] += n
            key = (tuple(m1), tuple(m2))
            if key in seen:
                continue
            seen.add(key)
            yield {d1: dict(zip(c1, m1, strict=True)), d2: dict(zip(c2, m2, strict=True))}


@dataclass
class Finding:
    output: str
    problem: str


def _frozen(output: Output) -> tuple:
    return tuple(sorted((d, tuple(sorted(v.items()))) for d, v in output.items()))


def audit(tables: Sequence[Table] | Iterator[Table], protect: Callable[[Table], tuple[str, Output]],
          reader: ReaderModel, max_total: int) -> tuple[list[Finding], dict[str, int]]:
    """Run `protect` (table -> (published total text, published cells per dimension)) on every
    table and check every complete group. Returns the findings and counts (tables, groups, judged,
    hidden fine cells looked at)."""
    t = reader.threshold
    groups: dict[tuple, list[Table]] = {}
    outputs: dict[tuple, tuple[str, Output]] = {}
    n_tables = 0
    for table in tables:
        n_tables += 1
        total_text, output = protect(table)
        key = (total_text, _frozen(output))
        groups.setdefault(key, []).append(table)
        outputs[key] = (total_text, output)
    findings: list[Finding] = []
    judged = hidden_cells = 0
    for key, members in groups.items():
        total_text, output = outputs[key]
        mark = reader.mark(total_text)
        if mark.high > max_total:
            continue
        judged += 1
        label = f"total {total_text}, " + "; ".join(f"{d}: " + ", ".join(f"{c}={v}" for c, v in sorted(o.items()))
                                                     for d, o in sorted(output.items()))
        for dim in members[0]:
            shown = output.get(dim, {})
            exact_fine = {c for c, v in shown.items() if v.isdigit() and len(parts(dim, c)) == 1}
            findings.extend(Finding(label, f"{dim}/{c} published as the small count {shown[c]}")
                            for c in exact_fine if 1 <= int(shown[c]) <= t - 1)
            for cat in members[0][dim]:
                if cat in exact_fine:
                    continue
                values = sorted({m[dim][cat] for m in members})
                hidden_cells += 1
                small = [m[dim][cat] for m in members if 1 <= m[dim][cat] <= t - 1]
                if small and (values[0] > 1 or values[-1] < t - 1):
                    findings.append(Finding(label, f"{dim}/{cat}: a count in 1..{t - 1} can only be {values}"))
            for cat, text in shown.items():
                if text.isdigit():
                    continue
                values = sorted({sum(m[dim][p] for p in parts(dim, cat)) for m in members})
                if len(values) < 2:
                    findings.append(Finding(label, f"{dim}/{cat} published {text} is pinned to {values[0]}"))
    return findings, {"tables": n_tables, "outputs": len(groups), "judged": judged, "hidden": hidden_cells}


def describe(findings: Sequence[Finding], limit: int = 20) -> str:
    return "\n".join(f"{f.output}: {f.problem}" for f in findings[:limit])
