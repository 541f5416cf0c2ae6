"""`coordinator-app --self-test` passes from the venv, and reports a failing check honestly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.installer.conftest import ROOT


def test_self_test_passes_from_the_venv(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "coordinator_app", "--self-test"],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    for name in ("resources", "sqlcipher", "case", "letter", "backup", "cli", "qt", "gui", "python"):
        assert any(line.startswith(f"ok   {name}:") for line in lines), (name, result.stdout)
    assert "SQLCipher" in result.stdout
    assert list(tmp_path.iterdir()) == []  # the temporary vault is gone


def test_self_test_reports_a_failing_check_and_cleans_up(monkeypatch, tmp_path, capsys):
    from coordinator_app.cli import selftest

    def broken(ctx) -> str:
        assert ctx.folder.is_dir()
        raise RuntimeError("kapot")

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    monkeypatch.setattr(selftest, "CHECKS", (("resources", selftest.CHECKS[0][1]), ("broken", broken)))
    assert selftest.run_self_test() == 1
    out = capsys.readouterr().out
    assert "FAIL broken: RuntimeError: kapot" in out
    assert out.splitlines()[-1] == "self-test FAILED (1 check(s))"
    assert [p for p in Path(tmp_path).iterdir() if p.name.startswith("coordinator-selftest-")] == []
