"""`init` and `demo` are atomic: a run killed at any stage leaves no vault (and `init` works again) or a whole
one; never a folder that `check` calls "no vault" while `init` says "already exists", nor an empty demo vault."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from coordinator_app.db.folder import is_vault
from coordinator_app.db.vault import STAGING_PREFIX, Vault
from coordinator_app.services.cases import store
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.security.figures import record

ROOT = Path(__file__).resolve().parent.parent.parent
DEMO_CASES = 300


def _staging(folder: Path) -> list[Path]:
    return list(folder.glob(f"{STAGING_PREFIX}*")) if folder.is_dir() else []


STAGES: dict[str, Callable[[Path], bool]] = {
    "folder created": lambda f: f.is_dir(),
    "staging folder created": lambda f: bool(_staging(f)),
    "staging database started": lambda f: any((s / "vault.db").exists() for s in _staging(f)),
    "staging key files written": lambda f: any((s / "vault.keys.bak").exists() for s in _staging(f)),
    "demo data being written": lambda f: any((s / "vault.db-wal").exists() for s in _staging(f)),
    "database moved in (commit point)": lambda f: (f / "vault.db").exists(),
}


def _kill_when(folder: Path, passphrase_file: Path, ready: Callable[[Path], bool]) -> bool:
    """Start `demo`, kill it -9 as soon as `ready(folder)` holds; False when it finished first."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "coordinator_app", "demo", "--vault", str(folder), "--cases", str(DEMO_CASES),
         "--passphrase-file", str(passphrase_file)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ),
    )
    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if ready(folder):
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.002)  # polling a condition, not waiting for a fixed time
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_killed_demo_leaves_nothing_or_a_whole_vault(tmp_path: Path, passphrase_file: Path) -> None:
    outcomes = {"no vault": 0, "whole vault": 0}
    for i, (stage, ready) in enumerate(STAGES.items()):
        folder = tmp_path / f"demo{i}"
        killed = _kill_when(folder, passphrase_file, ready)
        if is_vault(folder):
            with Vault.open(folder, passphrase=PASSPHRASE) as v:
                assert store.count_cases(v) == DEMO_CASES, stage  # never a half-filled or empty demo
            outcomes["whole vault"] += 1
            continue
        assert killed, stage
        assert not (folder / "vault.db").exists(), stage
        result = run_cli("init", "--vault", str(folder), "--passphrase-file", str(passphrase_file))
        assert result.returncode == 0, (stage, result.stderr)
        assert _staging(folder) == []
        Vault.open(folder, passphrase=PASSPHRASE).close()
        outcomes["no vault"] += 1
    record("kill -9 during demo (staged build, moved in at the end)", len(STAGES), sum(outcomes.values()),
           f"left no vault (init works again): {outcomes['no vault']}, a whole vault: {outcomes['whole vault']}")


def test_a_failing_fill_leaves_no_vault(tmp_path: Path) -> None:
    from coordinator_app.db import keys

    def boom(_vault: Vault) -> None:
        raise RuntimeError("disk pulled")

    with pytest.raises(RuntimeError):
        Vault.create(tmp_path / "v", PASSPHRASE, profile=keys.TEST_ONLY, fill=boom)
    assert not is_vault(tmp_path / "v") and sorted(p.name for p in (tmp_path / "v").iterdir()) == ["vault.lock"]
    Vault.create(tmp_path / "v", PASSPHRASE, profile=keys.TEST_ONLY)[0].close()
