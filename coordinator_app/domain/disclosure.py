"""Disclosure control of the quarterly report: what may leave the vault (docs/DISCLOSURE.md).

The method ("boom-1") in short:

- Published measures: `opened` and `closed` (total and breakdowns), `outcome` (events) and
  `network` (work with professionals). The stock `active_at_end` is not published: an exact stock
  beside exact flows gives every small flow back through stock(Q) = stock(Q−1) + opened − closed.
- A total is published exactly when it is 0 or at least the threshold T, else as ``"<T"``
  (1..T−1); a measure whose total is ``"<T"`` has no breakdowns.
- A breakdown is a cut through a fixed public tree of its code list
  (`resources/reports/disclosure.toml`). Top-down from the total, a group is split into its items
  only when *no* item has a count of 1..T−1; a group that is not split is published as one
  category whose code joins its codes with ``+``. Every number in a breakdown is therefore an exact
  count of 0 or at least T. A breakdown whose whole tree stays one group is left out.
- Outcome counts (events, they add up to nothing) are exact when 0 or ≥ T, else ``"<T"``.
  Network counts describe work with professionals and are published as they are.

Why this keeps every hidden count hidden (docs/DISCLOSURE.md has the full argument): every
decision is a function of what the publication itself shows (a published number, or the fact that
a group was not split). What a reader learns from a group of value G ≥ T that was not split is
exactly "its items add up to G and at least one item has 1..T−1"; for every hidden count and every
value 1..T−1 a table exists that satisfies all of that and produces the same publication (also 0,
except for a code that is one of exactly two items on its own: the reader learns it is not 0).

Corrections: a later version of a quarter keeps the threshold and never splits a group that an
earlier version left whole (unless the group is now empty: zeros tell nothing), so that holding
both versions tells no more than either.

`audit()` is an exact integer attack (SciPy HiGHS `milp`) over one or more published versions of a
quarter; the export runs it before anything is written.
"""

from __future__ import annotations

import math
import string
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from coordinator_app import catalogues
from coordinator_app.domain.quarter import Quarter
from coordinator_app.domain.quarterly_table import (
    TOTAL_CATEGORY,
    TOTAL_DIMENSION,
    QuarterlyTable,
    categories,
    category_label,
    dimension_label,
    dimensions,
    measure_label,
)
from coordinator_app.paths import resource
from coordinator_app.resources_loader import ResourceError, load_toml, require

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3  # with 2, "<2" would mean exactly 1
MAX_THRESHOLD = 100
COMPLEMENTARY_MARK = "x"  # allowed by the CSV contract; never written by this method
PUBLISHED_PERSON_MEASURES = ("opened", "closed")
PUBLISHED_MEASURES = (*PUBLISHED_PERSON_MEASURES, "outcome", "network")
JOIN = "+"

Value = int | str


class DisclosureError(Exception):
    """The exact check found a hidden count a reader could work out (the export is refused)."""


# --- the public trees ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    """A group of codes of one dimension (a leaf holds one code)."""

    leaves: tuple[str, ...]  # in code-list order
    children: tuple[Node, ...] = ()

    @property
    def code(self) -> str:
        return JOIN.join(self.leaves)

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def descendants(self) -> Iterator[Node]:
        """Every node strictly below this one."""
        for child in self.children:
            yield child
            yield from child.descendants()


@dataclass(frozen=True)
class Trees:
    method: str
    roots: Mapping[str, Node]

    def root(self, dimension: str) -> Node:
        return self.roots[dimension]

    @cached_property
    def _by_code(self) -> dict[tuple[str, str], Node]:
        out: dict[tuple[str, str], Node] = {}
        for dim, root in self.roots.items():
            for node in (root, *root.descendants()):
                out[(dim, node.code)] = node
        return out

    def node(self, dimension: str, code: str) -> Node:
        """The node with this (joined) code; KeyError when the tree has none."""
        return self._by_code[(dimension, code)]


def _build(item: Any, dimension: str, order: dict[str, int], seen: list[str], file: Path | str, key: str) -> Node:
    if isinstance(item, str):
        if item not in order:
            raise ResourceError(file, key, f"onbekende code {item!r} voor {dimension}")
        seen.append(item)
        return Node((item,))
    if not isinstance(item, list) or len(item) < 2:
        raise ResourceError(file, key, "een groep is een lijst met minstens twee onderdelen")
    children = tuple(_build(sub, dimension, order, seen, file, key) for sub in item)
    leaves = tuple(sorted((leaf for c in children for leaf in c.leaves), key=order.__getitem__))
    return Node(leaves, children)


def parse_trees(data: Mapping[str, Any], file: Path | str = "disclosure.toml") -> Trees:
    method = data.get("method")
    if not isinstance(method, str) or not method.strip():
        raise ResourceError(file, "method", "verwacht een niet-lege naam")
    raw = data.get("trees")
    if not isinstance(raw, dict):
        raise ResourceError(file, "trees", "ontbreekt")
    roots: dict[str, Node] = {}
    wanted = sorted({d for m in PUBLISHED_PERSON_MEASURES for d in dimensions(m)[1:]})
    for dim in wanted:
        if dim not in raw:
            raise ResourceError(file, f"trees.{dim}", "ontbreekt")
        codes = categories(dim)
        order = {c: i for i, c in enumerate(codes)}
        seen: list[str] = []
        root = _build(raw[dim], dim, order, seen, file, f"trees.{dim}")
        if sorted(seen) != sorted(codes) or len(seen) != len(set(seen)):
            raise ResourceError(file, f"trees.{dim}", "elke code van de codelijst moet er precies één keer in staan")
        for node in root.descendants():  # the root is never published as a category
            if not node.is_leaf and any(JOIN in leaf for leaf in node.leaves):
                raise ResourceError(file, f"trees.{dim}", f"code met '{JOIN}' mag niet in een groep staan")
        roots[dim] = root
    extra = set(raw) - set(wanted)
    if extra:
        raise ResourceError(file, "trees", f"onbekende dimensies {sorted(extra)}")
    return Trees(method, roots)


@cache
def trees() -> Trees:
    path = resource("reports", "disclosure.toml")
    return parse_trees(load_toml(path=path), path)


# --- the published table ------------------------------------------------------------------------


@dataclass(frozen=True)
class PublishedCell:
    measure: str
    dimension: str
    category: str  # a code, or codes joined with "+"
    value: Value  # an exact int, or "<T"

    @property
    def hidden(self) -> bool:
        return not isinstance(self.value, int)

    @property
    def coarsened(self) -> bool:
        return self.dimension not in (TOTAL_DIMENSION, "outcome", "network") and self.category not in set(
            categories(self.dimension))


@dataclass(frozen=True)
class PublishedTable:
    """One quarter's table as it leaves the vault: published values only, never raw counts."""

    quarter: Quarter
    threshold: int
    cells: tuple[PublishedCell, ...]
    method: str = ""
    version: int = 1
    released_at: str | None = field(default=None, compare=False)  # ISO time of the stored release

    @cached_property
    def _index(self) -> dict[tuple[str, str, str], PublishedCell]:
        return {(c.measure, c.dimension, c.category): c for c in self.cells}

    def cell(self, measure: str, dimension: str, category: str) -> PublishedCell:
        return self._index[(measure, dimension, category)]

    def value(self, measure: str, dimension: str, category: str) -> Value:
        return self.cell(measure, dimension, category).value

    def total(self, measure: str) -> Value:
        return self.value(measure, TOTAL_DIMENSION, TOTAL_CATEGORY)

    def breakdown(self, measure: str, dimension: str) -> tuple[PublishedCell, ...]:
        return tuple(c for c in self.cells if c.measure == measure and c.dimension == dimension)

    def dimensions(self, measure: str) -> tuple[str, ...]:
        """The published dimensions of a measure (total first), in contract order."""
        present = {c.dimension for c in self.cells if c.measure == measure}
        return tuple(d for d in dimensions(measure) if d in present)

    def hidden_cells(self) -> tuple[PublishedCell, ...]:
        return tuple(c for c in self.cells if c.hidden)

    @property
    def primary_mark(self) -> str:
        return f"<{self.threshold}"

    def rows(self) -> list[tuple[str, str, str, Value]]:
        """(measure, dimension, category, value) in contract order: the CSV rows without quarter."""
        return [(c.measure, c.dimension, c.category, c.value) for c in self.cells]

    def summary(self) -> Summary:
        return summarise(self)

    def to_json(self) -> list[list[Value]]:
        return [[c.measure, c.dimension, c.category, c.value] for c in self.cells]

    @classmethod
    def from_json(
        cls, quarter: Quarter | str, threshold: int, cells: Sequence[Sequence[Value]], method: str, version: int,
        released_at: str | None = None,
    ) -> PublishedTable:
        q = quarter if isinstance(quarter, Quarter) else Quarter.parse(quarter)
        parsed = tuple(PublishedCell(str(m), str(d), str(c), v if isinstance(v, int) else str(v))
                       for m, d, c, v in cells)
        return cls(q, threshold, parsed, method, version, released_at)


@dataclass(frozen=True)
class Summary:
    """How much a published table hides, in counts of rows (never the hidden numbers)."""

    hidden_totals: tuple[str, ...]  # measures whose total is "<T"
    absent: tuple[tuple[str, str], ...]  # (measure, dimension) breakdowns left out (total shown)
    coarsened: tuple[tuple[str, str, str], ...]  # (measure, dimension, joined code)
    hidden_outcomes: int

    @property
    def nothing_hidden(self) -> bool:
        return not (self.hidden_totals or self.absent or self.coarsened or self.hidden_outcomes)


def summarise(published: PublishedTable) -> Summary:
    hidden_totals: list[str] = []
    absent: list[tuple[str, str]] = []
    coarsened: list[tuple[str, str, str]] = []
    for measure in PUBLISHED_PERSON_MEASURES:
        total = published.total(measure)
        if not isinstance(total, int):
            hidden_totals.append(measure)
            continue
        shown = set(published.dimensions(measure))
        absent += [(measure, d) for d in dimensions(measure)[1:] if d not in shown]
        coarsened += [(c.measure, c.dimension, c.category) for c in published.cells
                      if c.measure == measure and c.dimension != TOTAL_DIMENSION and c.coarsened]
    hidden_outcomes = sum(1 for c in published.breakdown("outcome", "outcome") if c.hidden)
    return Summary(tuple(hidden_totals), tuple(absent), tuple(coarsened), hidden_outcomes)


# --- the method ---------------------------------------------------------------------------------


def check_threshold(threshold: int) -> int:
    if isinstance(threshold, bool) or not isinstance(threshold, int):
        raise TypeError("threshold must be an int")
    if not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD:
        raise ValueError(f"drempel moet tussen {MIN_THRESHOLD} en {MAX_THRESHOLD} liggen, niet {threshold}")
    return threshold


def _mark(value: int, threshold: int) -> Value:
    return f"<{threshold}" if 1 <= value < threshold else value


def _split_before(history: Sequence[PublishedTable], measure: str, dimension: str, node: Node) -> bool:
    """True when every earlier version published something strictly inside `node` (it was split)."""
    inside = set(node.leaves)
    for earlier in history:
        cats = [set(c.category.split(JOIN)) if c.category not in set(categories(dimension)) else {c.category}
                for c in earlier.breakdown(measure, dimension)]
        if not any(cat < inside for cat in cats):
            return False
    return True


def cut(root: Node, counts: Mapping[str, int], threshold: int,
        may_split: Any = None) -> list[Node]:
    """The published groups of one breakdown: top-down, split a group only when none of its items
    has a count of 1..threshold−1 (and `may_split(node)` allows it)."""
    def count(node: Node) -> int:
        return sum(counts[leaf] for leaf in node.leaves)

    def walk(node: Node) -> list[Node]:
        if node.is_leaf:
            return [node]
        if any(1 <= count(child) < threshold for child in node.children):
            return [node]
        # An empty group is always split: its zeros say nothing, whatever an earlier version showed.
        if may_split is not None and count(node) != 0 and not may_split(node):
            return [node]
        return [n for child in node.children for n in walk(child)]

    return walk(root)


def protect(
    table: QuarterlyTable, threshold: int = DEFAULT_THRESHOLD, history: Sequence[PublishedTable] = (),
    tree_set: Trees | None = None,
) -> PublishedTable:
    """The publishable table of one quarter (see the module docstring).

    `history`: earlier published versions of the same quarter, when this is a correction: the
    threshold must be theirs, and a group they left whole stays whole.
    """
    check_threshold(threshold)
    for earlier in history:
        if earlier.threshold != threshold:
            raise ValueError("een correctie gebruikt dezelfde drempel als de eerste versie")
    tr = tree_set or trees()
    cells: list[PublishedCell] = []
    for measure in PUBLISHED_PERSON_MEASURES:
        total = table.total(measure)
        cells.append(PublishedCell(measure, TOTAL_DIMENSION, TOTAL_CATEGORY, _mark(total, threshold)))
        if 1 <= total < threshold:
            continue
        for dim in dimensions(measure)[1:]:
            counts = {c.category: c.count for c in table.breakdown(measure, dim)}
            root = tr.root(dim)

            def may_split(node: Node, measure: str = measure, dim: str = dim) -> bool:
                return _split_before(history, measure, dim, node)

            groups = cut(root, counts, threshold, may_split if history else None)
            if groups == [root]:
                continue  # nothing below the total can be shown: the breakdown is left out
            order = {code: i for i, code in enumerate(categories(dim))}
            groups.sort(key=lambda node: order[node.leaves[0]])  # contract order: code-list order
            cells += [PublishedCell(measure, dim, node.code, sum(counts[leaf] for leaf in node.leaves))
                      for node in groups]
    for c in table.breakdown("outcome", "outcome"):
        cells.append(PublishedCell("outcome", "outcome", c.category, _mark(c.count, threshold)))
    for c in table.breakdown("network", "network"):
        cells.append(PublishedCell("network", "network", c.category, c.count))
    version = max((h.version for h in history), default=0) + 1
    return PublishedTable(table.quarter, threshold, tuple(cells), tr.method, version)


# --- the exact check (an attack over the publication) -------------------------------------------


def group_values(
    threshold: int, items: int, total: int, values: Iterable[int] | None = None, largest: bool = True
) -> set[int]:
    """The values one item of a group left whole can take, for a reader who knows the method: the
    group has `items` items (children in its tree), they add up to `total`, and at least one has a
    count of 1..T−1. The items are exchangeable, so one answer holds for each of them.

    Solved as integer programmes with HiGHS (scipy.optimize.milp): is the item = v feasible, for
    each v in `values` (default 0..T), and the largest feasible value when `largest`; so the check
    rests on an exact solver, not on the argument in docs/DISCLOSURE.md.
    """
    import numpy as np  # start-up time: loaded on first use
    from scipy.optimize import Bounds, LinearConstraint, milp  # start-up time: loaded on first use

    m = items
    n = 2 * m  # x_0..x_{m-1} (items), b_0..b_{m-1} (item i has 1..T-1)
    rows: list[np.ndarray] = []
    lo: list[float] = []
    hi: list[float] = []

    def add(row: np.ndarray, low: float, high: float) -> None:
        rows.append(row)
        lo.append(low)
        hi.append(high)

    add(np.concatenate([np.ones(m), np.zeros(m)]), total, total)
    for i in range(m):
        r = np.zeros(n)
        r[i], r[m + i] = 1, -1  # x_i >= b_i
        add(r, 0, math.inf)
        r = np.zeros(n)
        r[i], r[m + i] = 1, total - (threshold - 1)  # x_i <= T-1 + total(1-b_i)
        add(r, -math.inf, total)
    add(np.concatenate([np.zeros(m), np.ones(m)]), 1, math.inf)
    base = LinearConstraint(np.array(rows), lo, hi)
    bounds = Bounds(np.zeros(n), np.concatenate([np.full(m, total), np.ones(m)]))
    integrality = np.ones(n)
    feasible: set[int] = set()
    pin = np.zeros(n)
    pin[0] = 1
    for v in range(0, threshold + 1) if values is None else values:
        res = milp(np.zeros(n), constraints=[base, LinearConstraint(pin[None, :], v, v)],
                   integrality=integrality, bounds=bounds)
        if res.status == 0:
            feasible.add(v)
    if largest:
        res = milp(-pin, constraints=[base], integrality=integrality, bounds=bounds)
        if res.status == 0:
            feasible.add(round(-res.fun))
    return feasible


@cache
def _group_check(threshold: int, items: int, total: int) -> bool:
    """True when every item of a whole group of this shape and value can take each of 1..T−1
    (with T >= 3 that is also at least two values: nothing is pinned)."""
    wanted = set(range(1, threshold))
    return group_values(threshold, items, total, sorted(wanted), largest=False) == wanted


def _leaf_sets(published: PublishedTable, measure: str, dimension: str) -> list[set[str]]:
    return [codes for codes, _ in _leaf_cells(published, measure, dimension)]


def _leaf_cells(published: PublishedTable, measure: str, dimension: str) -> list[tuple[set[str], Value]]:
    codes = set(categories(dimension))
    return [({c.category} if c.category in codes else set(c.category.split(JOIN)), c.value)
            for c in published.breakdown(measure, dimension)]


def _whole_groups(published: PublishedTable, measure: str, dimension: str, tr: Trees) -> list[set[str]]:
    """The groups of several codes a version published whole (the root when the breakdown is absent)."""
    if not isinstance(published.total(measure), int) or dimension not in published.dimensions(measure):
        return [set(tr.root(dimension).leaves)]
    return [group for group in _leaf_sets(published, measure, dimension) if len(group) > 1]


def audit(versions: Sequence[PublishedTable], tree_set: Trees | None = None) -> list[str]:
    """Problems an exact attack finds in the published versions of ONE quarter; [] when none.

    Checks, for every group published whole, with an integer programme, that each of its items can
    still take every value 1..T−1 and at least two values; and, across versions, that no group
    left whole in one version is split in a later one (holding both would reveal its items), unless
    the later version shows it empty (only zeros inside).
    A single number published as an exact count of 1..T−1 is a problem too.
    """
    tr = tree_set or trees()
    problems: list[str] = []
    for published in versions:
        t = published.threshold
        for c in published.cells:
            if isinstance(c.value, int) and 1 <= c.value < t and c.measure != "network":
                problems.append(f"{published.quarter} v{published.version} {c.measure}/{c.dimension}/{c.category}: "
                                f"klein aantal exact getoond")
            if isinstance(c.value, str) and c.value != f"<{t}":
                problems.append(f"{published.quarter} {c.measure}/{c.dimension}/{c.category}: onbekend teken")
        for measure in PUBLISHED_PERSON_MEASURES:
            total = published.total(measure)
            present = published.dimensions(measure)[1:]
            if not isinstance(total, int) and present:
                problems.append(f"{published.quarter} {measure}: uitsplitsing bij verborgen totaal")
            for dim in dimensions(measure)[1:]:
                if not isinstance(total, int):
                    continue
                groups = ([tr.root(dim)] if dim not in present
                          else [tr.node(dim, c.category) for c in published.breakdown(measure, dim)])
                values = ([total] if dim not in present
                          else [c.value for c in published.breakdown(measure, dim)])
                if sum(v for v in values if isinstance(v, int)) != total:
                    problems.append(f"{published.quarter} {measure}/{dim}: telt niet op tot het totaal")
                for node, value in zip(groups, values, strict=True):
                    if node.is_leaf or not isinstance(value, int):
                        continue
                    if value == 0:
                        problems.append(f"{published.quarter} {measure}/{dim}/{node.code}: lege groep niet gesplitst")
                        continue
                    if not _group_check(t, len(node.children), value):
                        problems.append(f"{published.quarter} {measure}/{dim}/{node.code}: verborgen aantal "
                                        "te nauw begrensd")
    for i, later in enumerate(versions):
        for earlier in versions[:i]:
            for measure in PUBLISHED_PERSON_MEASURES:
                for dim in dimensions(measure)[1:]:
                    finer = _leaf_cells(later, measure, dim)
                    for group in _whole_groups(earlier, measure, dim, tr):
                        inside = [value for f, value in finer if f < group]
                        # splitting a group that is now empty shows only zeros (nothing about any version)
                        if inside and inside != [0] * len(inside):
                            problems.append(f"{later.quarter} v{later.version} {measure}/{dim}: splitst een groep "
                                            "die een eerdere versie heel liet")
    return problems


def iter_breakdowns(published: PublishedTable) -> Iterator[tuple[str, str, tuple[PublishedCell, ...]]]:
    """(measure, dimension, cells) for every published breakdown, in contract order."""
    for measure in PUBLISHED_MEASURES:
        for dim in published.dimensions(measure):
            yield measure, dim, published.breakdown(measure, dim)


def count_hidden(cells: Iterable[PublishedCell]) -> int:
    return sum(1 for c in cells if c.hidden)


# --- words for the reader (preview, XLSX, PDF) --------------------------------------------------


def cell_label(dimension: str, category: str, lang: str = "nl") -> str:
    """The label of a published category; a group joins its codes' labels with " + "."""
    if dimension in (TOTAL_DIMENSION, "outcome", "network") or category in set(categories(dimension)):
        return category_label(dimension, category, lang)
    return " + ".join(category_label(dimension, leaf, lang) for leaf in trees().node(dimension, category).leaves)


_CATALOGUE = "reports.po"
# the placeholders each line of `hidden_lines` may use
_HIDDEN_FIELDS = {
    "total_below": frozenset({"measure", "threshold"}),
    "not_broken_down": frozenset({"measure", "dimensions"}),
    "shown_together": frozenset({"measure", "groups"}),
    "outcomes_hidden": frozenset({"measure", "count", "threshold"}),
}


@cache
def _texts() -> dict[str, dict[str, Any]]:
    """{language: {"explanation": [...], "hidden": {...}}}: the `disclosure.…` keys of the gettext catalogue
    `reports` (resources/locale/<lang>/LC_MESSAGES/reports.po), checked once: a missing text or a placeholder the
    program does not fill is a ResourceError naming the key."""
    data = catalogues.tables("reports", "disclosure")
    for lang, table in data.items():
        paragraphs = require(table, "explanation", list, _CATALOGUE, f"{lang}.disclosure")
        for number, text in enumerate(paragraphs, 1):
            _check_fields(text, frozenset({"threshold", "below"}), f"{lang}.disclosure.explanation.{number}")
        lines = require(table, "hidden", dict, _CATALOGUE, f"{lang}.disclosure")
        for key, allowed in _HIDDEN_FIELDS.items():
            _check_fields(require(lines, key, str, _CATALOGUE, f"{lang}.disclosure.hidden"), allowed,
                          f"{lang}.disclosure.hidden.{key}")
    return data


def _check_fields(text: object, allowed: frozenset[str], key: str) -> None:
    if not isinstance(text, str):
        raise ResourceError(_CATALOGUE, key, f"verwacht een tekst, gevonden {type(text).__name__}")
    try:
        used = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise ResourceError(_CATALOGUE, key, f"ongeldige {{}} ({exc})") from exc
    if used - allowed:
        raise ResourceError(_CATALOGUE, key, f"onbekende plaatshouder {{{sorted(used - allowed)[0]}}}")


def explanation(threshold: int = DEFAULT_THRESHOLD, lang: str = "nl") -> list[str]:
    """Short lines that explain the marks and groups to a reader of the report (catalogue keys
    `disclosure.explanation.1` … n)."""
    paragraphs: list[str] = _texts()[lang]["explanation"]
    return [text.format(threshold=threshold, below=threshold - 1) for text in paragraphs]


def hidden_lines(published: PublishedTable, lang: str = "nl") -> list[str]:
    """How much this table hides, in words that give no hidden number away (catalogue keys `disclosure.hidden.…`)."""
    s = summarise(published)
    texts: dict[str, str] = _texts()[lang]["hidden"]
    lines: list[str] = []
    for measure in s.hidden_totals:
        lines.append(texts["total_below"].format(measure=measure_label(measure, lang), threshold=published.threshold))
    for measure in PUBLISHED_PERSON_MEASURES:
        gone = [dimension_label(d, lang).lower() for m, d in s.absent if m == measure]
        if gone:
            lines.append(texts["not_broken_down"].format(measure=measure_label(measure, lang),
                                                         dimensions=", ".join(gone)))
        groups = [(d, c) for m, d, c in s.coarsened if m == measure]
        if groups:
            names = "; ".join(cell_label(d, c, lang) for d, c in groups)
            lines.append(texts["shown_together"].format(measure=measure_label(measure, lang), groups=names))
    if s.hidden_outcomes:
        lines.append(texts["outcomes_hidden"].format(measure=measure_label("outcome", lang),
                                                     count=s.hidden_outcomes, threshold=published.threshold))
    return lines
