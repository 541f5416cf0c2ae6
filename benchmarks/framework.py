"""The benchmark harness: figures, repeated samples, medians and spread, floors, ratios, the report.

A figure measures something of the product and, where it makes sense, a floor: the same work done
the simplest possible way on the same machine in the same run (plain SQLite, copying a file, a bare
window). The ratio product/floor is what is compared with the target, never an absolute number
from another machine.
"""

from __future__ import annotations

import json
import math
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

# Every figure `make bench` must produce (the start of its name). A figure missing here fails the run.
REQUIRED = (
    "key derivation",
    "demo generation",
    "search as you type",
    "search: keystroke to painted results",
    "known-person check at intake",
    "known-person check of an import, per row",
    "handover letter",
    "quarterly release",
    "backup with its one verification",
    "spreadsheet import",
    "cold start",
    "time to a usable unlock screen",
    "open after key derivation",
    "case list: first rows",
    "case list: scroll",
    "open a case",
    "peak memory",
)


@dataclass
class Result:
    name: str
    unit: str
    samples: list[float]
    floor_name: str | None = None
    floor_samples: list[float] = field(default_factory=list)
    target: str = ""
    target_ratio: float | None = None  # product/floor must be <= this
    target_value: float | None = None  # product median must be <= this (unit of the figure)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else math.nan

    @property
    def spread(self) -> float:
        if len(self.samples) < 2:
            return 0.0
        return max(self.samples) - min(self.samples)

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor_samples) if self.floor_samples else None

    @property
    def ratio(self) -> float | None:
        floor = self.floor_median
        if floor is None or floor <= 0:
            return None
        return self.median / floor

    @property
    def met(self) -> bool | None:
        checks = []
        if self.target_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.target_ratio)
        if self.target_value is not None:
            checks.append(self.median <= self.target_value)
        return all(checks) if checks else None

    def as_dict(self) -> dict:
        data = asdict(self)
        data.update(median=self.median, spread=self.spread, floor_median=self.floor_median, ratio=self.ratio,
                    met=self.met)
        return data


def timed(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> list[float]:
    """Milliseconds per call, `repeat` samples after `warmup` unmeasured calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return math.nan
    index = min(len(ordered) - 1, max(0, math.ceil(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.1f}" if value >= 10 else f"{value:.2f}"
    return f"{text} {unit}".strip()


def markdown(results: list[Result], cases: int) -> str:
    lines = [
        f"Benchmarks at {cases:,} cases on {platform.node()} ({platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()})",
        "",
        "| figure | median (spread) | floor (same run) | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        floor = f"{r.floor_name}: {_fmt(r.floor_median, r.unit)}" if r.floor_name else "—"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        met = {True: "yes", False: "NO", None: "report"}[r.met]
        lines.append(f"| {r.name} | {_fmt(r.median, r.unit)} (±{_fmt(r.spread)}) | {floor} | {ratio} | "
                     f"{r.target or '—'} | {met} |")
    notes = [f"- {r.name}: {r.note}" for r in results if r.note]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines)


def write_json(results: list[Result], cases: int, path: Path) -> None:
    path.write_text(
        json.dumps({"cases": cases, "machine": platform.platform(), "results": [r.as_dict() for r in results]},
                   indent=1, default=str),
        encoding="utf-8",
    )
