"""The benchmark suite runs end to end at 200 cases and produces every required figure, each finite (not its
value), writing its results to a temporary file (never into the checkout); a missing or failed figure fails."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.__main__ import UnknownStep, missed_targets, missing_figures, selected
from benchmarks.framework import REQUIRED, Result
from tests.helpers import ROOT


def test_a_missing_or_failed_figure_is_reported() -> None:
    ok = [Result(name, "ms", [1.0]) for name in REQUIRED]
    assert missing_figures(ok) == []
    assert missing_figures(ok[1:]) == [REQUIRED[0]]
    failed = [*ok[:2], Result(REQUIRED[2], "ms", [], note="FAILED: see stderr"), *ok[3:]]
    assert missing_figures(failed) == [REQUIRED[2]]
    assert missing_figures([*ok[:-1], Result(REQUIRED[-1], "MB", [math.nan])]) == [REQUIRED[-1]]


def test_a_missed_target_is_reported() -> None:
    met = Result("a", "ms", [100.0], target_value=150)
    missed = Result("b", "ms", [200.0], target_value=150)
    ratio = Result("c", "ms", [300.0], floor_samples=[100.0], target_ratio=2.0)
    untargeted = Result("d", "ms", [1e9])
    assert missed_targets([met, missed, ratio, untargeted]) == ["b", "c"]


def test_bench_only_picks_steps_in_run_order_and_refuses_unknown_names() -> None:
    steps = ["key derivation", "cold start", "usable unlock screen", "gui session"]
    assert selected(steps, None) == steps
    assert selected(steps, " usable unlock screen,cold start ") == ["cold start", "usable unlock screen"]
    for wrong in ("cold-start", "cold start,nothing", " , "):
        with pytest.raises(UnknownStep):
            selected(steps, wrong)


@pytest.mark.slow
def test_benchmarks_run_at_200_cases(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    tracked = ROOT / "benchmarks" / "results.json"
    before = tracked.stat().st_mtime_ns if tracked.exists() else None
    env = dict(os.environ, BENCH_CASES="200", BENCH_DIR=str(tmp_path / "bench"), QT_QPA_PLATFORM="offscreen",
               BENCH_GUI_RUNS="2", BENCH_RESULTS=str(results), BENCH_TARGETS="report",
               BENCH_IMPORT_ROWS="500", BENCH_KNOWN_ROWS="200")  # produced, not timed: make bench: 10,000 / 2,000
    result = subprocess.run([sys.executable, "-m", "benchmarks"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "| figure |" in result.stdout
    assert "Load average (1, 5, 15 min) at the start: " in result.stdout  # beside the figures it disturbs
    assert (tracked.stat().st_mtime_ns if tracked.exists() else None) == before  # the checkout's file untouched
    data = json.loads(results.read_text(encoding="utf-8"))
    assert data["cases"] == 200
    names = [r["name"] for r in data["results"]]
    for expected in REQUIRED:
        assert any(n.startswith(expected) for n in names), (expected, names)
    for r in data["results"]:
        assert r["samples"], r["name"]
        assert all(math.isfinite(s) and s >= 0 for s in r["samples"]), r["name"]
        if r["floor_samples"]:
            assert math.isfinite(r["ratio"]), r["name"]
