"""The benchmark suite runs end to end at 200 cases and produces every figure, each finite (not its value)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT


@pytest.mark.slow
def test_benchmarks_run_at_200_cases(tmp_path: Path) -> None:
    env = dict(os.environ, BENCH_CASES="200", BENCH_DIR=str(tmp_path / "bench"), QT_QPA_PLATFORM="offscreen",
               BENCH_GUI_RUNS="2")
    result = subprocess.run([sys.executable, "-m", "benchmarks"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "| figure |" in result.stdout
    data = json.loads((ROOT / "benchmarks" / "results.json").read_text(encoding="utf-8"))
    assert data["cases"] == 200
    names = [r["name"] for r in data["results"]]
    for expected in ("key derivation", "demo generation", "search as you type", "handover letter", "cold start",
                     "open after key derivation", "case list: first rows", "case list: scroll", "open a case",
                     "peak memory"):
        assert any(n.startswith(expected) for n in names), names
    for r in data["results"]:
        assert r["samples"], r["name"]
        assert all(math.isfinite(s) and s >= 0 for s in r["samples"]), r["name"]
        if r["floor_samples"]:
            assert math.isfinite(r["ratio"]), r["name"]
