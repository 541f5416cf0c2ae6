"""The exact integer attack over every release of a vault (SciPy `milp`, HiGHS).

Unknowns: one non-negative integer per (quarter, person measure, dimension, fine category) for every
quarter from the one before the first release to the last, and one per outcome category per quarter.
What the reader knows (each relation is checked on the true counts first, so the attack is sound):

- every published value: a number is exact, `<T` is 1..T-1, `x` is `x_low`..inf (the documented
  meaning), a `+`-joined category is the sum of its parts, and every release counts (all of them);
- per quarter and measure, every breakdown sums to the total (each case has one category each);
- per category of each lifelong dimension (and the total), across consecutive quarters:
  active_at_end(Q) = active_at_end(Q-1) + opened(Q) - closed(Q);
- opened(Q) <= active_at_end(Q) + closed(Q), per category and for the total.

For every target (each published hidden cell, and each fine count not published as an exact number)
it finds the least and greatest feasible value. The guarantee checked: a true count v in 1..T-1 has
min <= 1 and max >= T-1; no published hidden cell has min == max; no person or outcome count in
1..T-1 is published as a number. Exact fine zeros and large counts may be derivable (allowed).

Speed: the model splits into independent parts once exactly published single cells are fixed;
every solution found (the truth first, then a few spread-out ones, then every solve) is remembered,
and a bound already reached by a remembered solution at the limit of the cell's mark needs no solve.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix

from .domain import (
    OUTCOME,
    PERSON_MEASURES,
    STOCK_FLOW_DIMENSIONS,
    Key,
    ReaderModel,
    categories,
    dimensions,
    parts,
)
from .readers import Cells
from .truth import Truth, q_add, q_range

BIG = 10**6
SOLVE_SECONDS = 60.0
Row = tuple[dict[int, int], float, float, str]


@dataclass(frozen=True)
class Target:
    label: str
    coefs: dict[int, int]
    true: int
    mark: str | None  # the published mark for a published hidden cell, else None (a fine count)
    mark_low: float
    mark_high: float
    covered: bool = True  # a count of a released measure and quarter (the guarantee's scope)


@dataclass
class Result:
    target: Target
    low: float
    high: float
    exact: bool  # low/high are the true min/max (else: what the remembered solutions reached)

    def problem(self, threshold: int) -> str | None:
        """What the guarantee forbids here (whether or not the target is in its scope)."""
        v, t = self.target.true, threshold
        where = f"{self.target.label} (true {v}, published {self.target.mark or 'not as a number'})"
        if self.target.mark is not None and self.low >= self.high:
            return f"{where}: pinned to {self.low:g}"
        if 1 <= v <= t - 1 and (self.low > 1 or self.high < t - 1):
            return f"{where}: narrowed to {self.low:g}..{self.high:g}, not 1..{t - 1} or wider"
        return None


@dataclass
class Report:
    threshold: int
    results: list[Result] = field(default_factory=list)
    published_small: list[str] = field(default_factory=list)
    wrong_values: list[str] = field(default_factory=list)
    solves: int = 0
    seconds: float = 0.0
    outside: bool = False  # whether counts outside the releases were worked on too

    @property
    def violations(self) -> list[str]:
        found = [p for r in self.results if r.target.covered and (p := r.problem(self.threshold))]
        return self.wrong_values + self.published_small + found

    @property
    def outside_scope(self) -> list[str]:
        """Narrowed counts the releases never contain (a measure or quarter not published at all)."""
        if not self.outside:
            return []  # not worked on: remembered solutions alone say nothing about these
        return [p for r in self.results if not r.target.covered and (p := r.problem(self.threshold))]

    def describe(self, limit: int = 40) -> str:
        lines = self.violations
        head = (f"threshold {self.threshold}: {len(lines)} violation(s) over {len(self.results)} targets "
                f"({len(self.outside_scope)} narrowed outside the release), "
                f"{self.solves} MILP solves in {self.seconds:.1f} s")
        return "\n".join([head, *lines[:limit], *(["..."] if len(lines) > limit else [])])


class Model:
    """The unknowns and relations; build with `Model(releases, reader)`, run with `attack()`."""

    def __init__(self, releases: Sequence[Cells], reader: ReaderModel,
                 trees: Mapping[str, Sequence[object]] | None = None) -> None:
        self.reader = reader
        self.trees = dict(trees or {})
        self.switches: dict[int, dict[int, int]] = {}  # binary unknown -> the group item it says is small
        self.releases = list(releases)
        quarters = sorted({k[0] for cells in self.releases for k in cells}, key=lambda q: (len(q), q))
        if not quarters:
            raise ValueError("no published cells")
        self.released = set(quarters)
        self.before = q_add(quarters[0], -1)
        self.quarters = q_range(quarters[0], quarters[-1])
        self.index: dict[Key, int] = {}
        for q in [self.before, *self.quarters]:
            for measure in PERSON_MEASURES:
                for dim in dimensions(measure):
                    for cat in categories(dim):
                        self.index[(q, measure, dim, cat)] = len(self.index)
            for cat in categories(OUTCOME):
                self.index[(q, OUTCOME, OUTCOME, cat)] = len(self.index)
        self.keys = list(self.index)
        self.rows: list[Row] = []
        self._relations()
        self._published()
        self._coarsening_rule()

    # --- relations ------------------------------------------------------------------------------

    def var(self, quarter: str, measure: str, dim: str, cat: str) -> int:
        return self.index[(quarter, measure, dim, cat)]

    def _relations(self) -> None:
        for q in [self.before, *self.quarters]:
            for measure in PERSON_MEASURES:
                total = self.var(q, measure, "total", "all")
                for dim in dimensions(measure)[1:]:
                    coefs = {self.var(q, measure, dim, c): 1 for c in categories(dim)}
                    coefs[total] = -1
                    self.rows.append((coefs, 0, 0, f"{q} {measure}: {dim} sums to the total"))
        for q in self.quarters:
            prev = q_add(q, -1)
            for dim in STOCK_FLOW_DIMENSIONS:
                for cat in categories(dim):
                    a, o, c = (self.var(q, m, dim, cat) for m in ("active_at_end", "opened", "closed"))
                    self.rows.append(({a: 1, self.var(prev, "active_at_end", dim, cat): -1, o: -1, c: 1}, 0, 0,
                                      f"{q} {dim}/{cat}: active = previous active + opened - closed"))
                    self.rows.append(({a: 1, c: 1, o: -1}, 0, math.inf,
                                      f"{q} {dim}/{cat}: opened <= active + closed"))

    def expression(self, quarter: str, measure: str, dim: str, category: str) -> dict[int, int]:
        return {self.var(quarter, measure, dim, p): 1 for p in parts(dim, category)}

    def _published(self) -> None:
        for n, cells in enumerate(self.releases):
            for (quarter, measure, dim, category), text in cells.items():
                if measure not in PERSON_MEASURES and measure != OUTCOME:
                    continue
                mark = self.reader.mark(text)
                self.rows.append((self.expression(quarter, measure, dim, category), mark.low, mark.high,
                                  f"release {n + 1}: {quarter} {measure}/{dim}/{category} = {text}"))

    def _coarsening_rule(self) -> None:
        """What a reader who knows the coarsening rule learns: a group published as one `A+B`
        category, or a breakdown left out while its total is a number >= T, was not split because at
        least one of its items (in the public tree) has a count in 1..T-1. One binary unknown per
        item says "this item is small"; at least one of them is 1."""
        t = self.reader.threshold
        done: set[tuple[str, str, str, str]] = set()
        for cells in self.releases:
            shown: dict[tuple[str, str, str], list[str]] = {}
            for (quarter, measure, dim, category) in cells:
                shown.setdefault((quarter, measure, dim), []).append(category)
            def full(quarter: str, cells: Cells = cells) -> bool:
                """A whole table of the quarter (not only totals, as in a trend chart)."""
                return any(k[0] == quarter and k[2] != "total" for k in cells)

            for (quarter, measure) in {(k[0], k[1]) for k in cells if k[1] in PERSON_MEASURES}:
                total = self.reader.mark(cells.get((quarter, measure, "total", "all"), "x"))
                for dim in dimensions(measure)[1:]:
                    if dim not in self.trees:
                        continue
                    groups = [c for c in shown.get((quarter, measure, dim), []) if len(parts(dim, c)) > 1]
                    if full(quarter) and not shown.get((quarter, measure, dim)) and total.exact and total.low >= t:
                        groups = ["+".join(categories(dim))]  # the whole breakdown left out: root unsplit
                    for group in groups:
                        if (quarter, measure, dim, group) in done:
                            continue
                        done.add((quarter, measure, dim, group))
                        items = _items_of(self.trees[dim], set(parts(dim, group)))
                        if items is None:
                            raise AssertionError(f"{quarter} {measure}/{dim}/{group} is not a group of the tree")
                        shown_value = cells.get((quarter, measure, dim, group),
                                                cells.get((quarter, measure, "total", "all")))
                        mark = self.reader.mark(shown_value) if shown_value else None
                        # "item <= T-1 unless the switch is off": the group's own value is a tight big-M
                        big = float(mark.high) if mark and mark.exact else float(BIG)
                        switches = []
                        for item in items:
                            b = len(self.keys)
                            self.keys.append((quarter, measure, dim, "#small:" + "+".join(item)))
                            self.index[self.keys[-1]] = b
                            coefs = {self.var(quarter, measure, dim, leaf): 1 for leaf in item}
                            self.switches[b] = coefs
                            self.rows.append(({b: 1}, 0, 1, "binary"))
                            self.rows.append(({**coefs, b: -1}, 0, math.inf, f"rule {quarter} {measure}/{dim}"))
                            self.rows.append(({**coefs, b: big}, -math.inf, t - 1 + big,
                                              f"rule {quarter} {measure}/{dim}"))
                            switches.append(b)
                        self.rows.append(({b: 1 for b in switches}, 1, math.inf,
                                          f"rule: {quarter} {measure}/{dim}/{group} has an item in 1..{t - 1}"))

    # --- soundness ------------------------------------------------------------------------------

    def vector(self, truth: Truth) -> np.ndarray:
        missing = [k for i, k in enumerate(self.keys) if k not in truth and i not in self.switches]
        if missing:
            raise ValueError(f"the truth lacks {len(missing)} counts, e.g. {missing[:3]}")
        t = self.reader.threshold
        x = np.array([truth.get(k, 0) for k in self.keys], dtype=float)
        for b, coefs in self.switches.items():
            x[b] = float(1 <= sum(x[i] for i in coefs) <= t - 1)
        return x

    def unsound(self, truth: Truth) -> list[str]:
        """Relations (not published values) that the true counts break: the attack would be unsound."""
        x = self.vector(truth)
        bad = []
        for coefs, lo, hi, label in self.rows:
            if label.startswith("release "):
                continue
            value = sum(c * x[i] for i, c in coefs.items())
            if not lo <= value <= hi:
                bad.append(f"{label}: {value:g} not in [{lo}, {hi}]")
        return bad

    # --- the attack -----------------------------------------------------------------------------

    def targets(self, truth: Truth) -> tuple[list[Target], list[str], list[str]]:
        x = self.vector(truth)
        t = self.reader.threshold
        targets: list[Target] = []
        small: list[str] = []
        wrong: list[str] = []
        exact_fine: set[int] = set()
        seen: set[tuple[str, str, str, str, str]] = set()
        for n, cells in enumerate(self.releases):
            for key, text in cells.items():
                quarter, measure, dim, category = key
                if measure not in PERSON_MEASURES and measure != OUTCOME:
                    continue
                coefs = self.expression(*key)
                true = int(sum(x[i] for i in coefs))
                mark = self.reader.mark(text)
                label = f"{quarter} {measure}/{dim}/{category}"
                if not mark.low <= true <= mark.high:
                    wrong.append(f"release {n + 1}: {label} published {text}, true count {true}")
                if mark.exact:
                    if 1 <= true <= t - 1:
                        small.append(f"release {n + 1}: {label} published as {text} (a count below {t})")
                    if len(coefs) == 1:
                        exact_fine.update(coefs)
                    continue
                if (*key, text) in seen:
                    continue
                seen.add((*key, text))
                targets.append(Target(label, coefs, true, text, mark.low, mark.high))
        released = {(k[0], k[1]) for cells in self.releases for k in cells}
        as_published = {next(iter(t.coefs)) for t in targets if len(t.coefs) == 1}
        for i, key in enumerate(self.keys):
            if i in exact_fine or i in self.switches or i in as_published:
                continue
            quarter, measure, dim, category = key
            covered = (quarter, measure) in released
            where = "" if covered else " (not in any release)"
            targets.append(Target(f"{quarter} {measure}/{dim}/{category}{where}", {i: 1}, int(x[i]), None, 0,
                                  math.inf, covered))
        return targets, small, wrong

    def attack(self, truth: Truth, exact: bool = False, spread: int = 0, seed: int = 0,
               outside: bool = False, only: Callable[[Target], bool] | None = None) -> Report:
        """Min and max of every target; `exact=False` stops a target as soon as remembered solutions
        prove it is safe (its bounds are then what was reached, enough for the guarantee). Counts
        outside the releases (`Target.covered` false) are only worked on with `outside=True`."""
        start = time.perf_counter()
        unsound = self.unsound(truth)
        if unsound:
            raise AssertionError("relations do not hold on the true counts:\n" + "\n".join(unsound[:20]))
        report = Report(self.reader.threshold, outside=outside)
        targets, report.published_small, report.wrong_values = self.targets(truth)
        if only is not None:  # a narrower question (tests of the auditor itself)
            targets = [t for t in targets if only(t)]
        x_true = self.vector(truth)
        lb = np.zeros(len(self.keys))
        ub = np.full(len(self.keys), float(BIG))
        multi: list[Row] = []
        for coefs, lo, hi, label in self.rows:
            if len(coefs) == 1:
                ((i, c),) = coefs.items()
                assert c == 1
                lb[i] = max(lb[i], lo)
                ub[i] = min(ub[i], hi)
            else:
                multi.append((coefs, lo, hi, label))
        if np.any(lb > ub):
            raise AssertionError("published values contradict each other")
        fixed = lb == ub
        # components over the unknowns that are not fixed
        parent = list(range(len(self.keys)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for coefs, *_ in multi:
            free = [i for i in coefs if not fixed[i]]
            for i in free[1:]:
                parent[find(i)] = find(free[0])
        groups: dict[int, list[int]] = {}
        for i in range(len(self.keys)):
            if not fixed[i]:
                groups.setdefault(find(i), []).append(i)
        rng = np.random.default_rng(seed)
        by_group: dict[int, list[Target]] = {}
        for target in targets:
            free = [i for i in target.coefs if not fixed[i]]
            if not free:
                value = float(sum(c * lb[i] for i, c in target.coefs.items()))
                report.results.append(Result(target, value, value, True))
                continue
            roots = {find(i) for i in free}
            assert len(roots) == 1, target.label  # a published cell's parts share a relation
            by_group.setdefault(roots.pop(), []).append(target)
        for root, members in by_group.items():
            solver = _Part(groups[root], multi, fixed, lb, ub, x_true)
            solver.spread(rng, spread)
            report.results.extend(solver.resolve(members, self.reader.threshold, exact, outside))
            report.solves += solver.solves
        report.seconds = time.perf_counter() - start
        return report


class _Part:
    """One independent part of the model: its unknowns, rows (fixed unknowns moved to the bounds)."""

    def __init__(self, members: list[int], rows: list[Row], fixed: np.ndarray, lb: np.ndarray, ub: np.ndarray,
                 truth: np.ndarray) -> None:
        self.members = members
        self.local = {g: n for n, g in enumerate(members)}
        data, ri, ci, lows, highs = [], [], [], [], []
        for coefs, lo, hi, _label in rows:
            free = [(i, c) for i, c in coefs.items() if i in self.local]
            if not free:
                continue
            shift = sum(c * lb[i] for i, c in coefs.items() if i not in self.local)
            r = len(lows)
            for i, c in free:
                data.append(c)
                ri.append(r)
                ci.append(self.local[i])
            lows.append(lo - shift)
            highs.append(hi - shift)
        n = len(members)
        self.constraint = LinearConstraint(csr_matrix((data, (ri, ci)), shape=(len(lows), n)), lows, highs)
        self.bounds_ = Bounds(lb[members], ub[members])
        self.lb_full = lb
        self.pool: list[np.ndarray] = [truth[members]]
        self.solves = 0

    def solve(self, objective: np.ndarray, optimal: bool = False) -> np.ndarray:
        """A feasible solution (remembered); with `optimal`, one that is proven optimal.

        Every solve has a time limit: a solution found in time is still a valid witness, but a
        bound that must be optimal and is not is an AssertionError, never a silent guess."""
        res = milp(objective, integrality=np.ones(len(self.members)), bounds=self.bounds_,
                   constraints=self.constraint, options={"disp": False, "time_limit": SOLVE_SECONDS})
        self.solves += 1
        if res.x is None or res.status not in (0, 1) or (optimal and res.status != 0):
            raise AssertionError(f"HiGHS gave no {'optimal ' if optimal else ''}solution in {SOLVE_SECONDS} s "
                                 f"({len(self.members)} unknowns): {res.message}")
        x = np.round(res.x)
        self.pool.append(x)
        return x

    def spread(self, rng: np.random.Generator, count: int) -> None:
        for _ in range(count):
            self.solve(rng.choice([-1.0, 1.0], size=len(self.members)))

    def objective(self, targets: Sequence[Target], sign: float) -> np.ndarray:
        objective = np.zeros(len(self.members))
        for target in targets:
            for i, c in target.coefs.items():
                if i in self.local:
                    objective[self.local[i]] += sign * c
        return objective

    def resolve(self, targets: Sequence[Target], threshold: int, exact: bool, outside: bool) -> list[Result]:
        """Bounds of every target. A side is done when a remembered solution reaches the mark's own
        limit (then it is the true min/max) or, when not `exact`, when the solutions seen already
        prove the guarantee for it. Undone sides are first pushed together (one solve minimising
        or maximising their sum, repeated while it helps), then one by one."""
        matrix = np.zeros((len(targets), len(self.members)))
        const = np.zeros(len(targets))
        for n, target in enumerate(targets):
            for i, c in target.coefs.items():
                if i in self.local:
                    matrix[n, self.local[i]] += c
                else:
                    const[n] += c * self.lb_full[i]
        values = np.array([matrix @ x + const for x in self.pool])
        low, high = values.min(axis=0), values.max(axis=0)
        true = np.array([t.true for t in targets])
        small = (true >= 1) & (true <= threshold - 1)
        hidden = np.array([t.mark is not None for t in targets])
        covered = np.array([t.covered or outside for t in targets])
        mark_low = np.array([t.mark_low for t in targets])
        mark_high = np.array([t.mark_high for t in targets])
        solved_low = np.zeros(len(targets), dtype=bool)
        solved_high = np.zeros(len(targets), dtype=bool)

        def open_sides() -> tuple[np.ndarray, np.ndarray]:
            if exact:
                need_low, need_high = covered.copy(), covered.copy()
            else:
                safe_other = ~hidden | (low < high)
                need_low = np.where(small, low > 1, ~safe_other) & covered
                need_high = np.where(small, high < threshold - 1, ~safe_other) & covered
            need_low &= (low > mark_low) & ~solved_low
            need_high &= (high < mark_high) & ~solved_high
            return need_low, need_high

        def add(x: np.ndarray) -> None:
            nonlocal low, high
            v = matrix @ x + const
            low, high = np.minimum(low, v), np.maximum(high, v)

        for _round in range(12):  # together: while one solve settles at least a few sides
            need_low, need_high = open_sides()
            before = int(need_low.sum() + need_high.sum())
            if before < 3:
                break
            if need_low.any():
                add(self.solve(matrix[need_low].sum(axis=0)))
            if need_high.any():
                add(self.solve(-matrix[need_high].sum(axis=0)))
            need_low, need_high = open_sides()
            if before - int(need_low.sum() + need_high.sum()) < 2:
                break
        for n in range(len(targets)):  # one by one
            need_low, need_high = open_sides()
            if need_low[n]:
                add(self.solve(matrix[n], optimal=True))
                solved_low[n] = True
            need_low, need_high = open_sides()
            if need_high[n]:
                add(self.solve(-matrix[n], optimal=True))
                solved_high[n] = True
        results = []
        for n, target in enumerate(targets):
            hi = math.inf if high[n] >= BIG / 2 else float(high[n])
            proven = bool((solved_low[n] or low[n] <= mark_low[n]) and (solved_high[n] or high[n] >= mark_high[n]))
            results.append(Result(target, float(low[n]), hi, proven))
        return results


def _leaves(node: object) -> list[str]:
    return [node] if isinstance(node, str) else [leaf for item in node for leaf in _leaves(item)]


def _items_of(tree: Sequence[object], leaves: set[str]) -> list[list[str]] | None:
    """The items (as leaf lists) of the tree group whose leaves are exactly `leaves`."""
    if set(_leaves(tree)) == leaves:
        return [_leaves(item) for item in tree]
    for item in tree:
        if not isinstance(item, str):
            found = _items_of(item, leaves)
            if found is not None:
                return found
    return None


def attack_releases(releases: Sequence[Cells], truth: Truth, threshold: int, x_low: int = 0,
                    exact: bool = False, trees: Mapping[str, Sequence[object]] | None = None,
                    outside: bool = False) -> Report:
    return Model(releases, ReaderModel(threshold, x_low), trees).attack(truth, exact=exact, outside=outside)


def needed_quarters(releases: Sequence[Cells]) -> list[str]:
    """The quarters the truth must cover for an attack on these releases (one before the first)."""
    quarters = sorted({k[0] for cells in releases for k in cells}, key=lambda q: (len(q), q))
    return q_range(q_add(quarters[0], -1), quarters[-1])


def merged(cells: Mapping[tuple[str, str, str, str], str]) -> Cells:
    return dict(cells)
