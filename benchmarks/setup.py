"""The cached benchmark vault: a demo vault of BENCH_CASES cases under .bench/, made once and reused."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from pathlib import Path

from coordinator_app.db.folder import is_vault
from coordinator_app.db.keys import TEST_ONLY
from coordinator_app.db.vault import Vault
from coordinator_app.services import demo

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(os.environ.get("BENCH_DIR", ROOT / ".bench"))
PASSPHRASE = "benchmark-vault-passphrase"
SEED = 42
TODAY = dt.date(2026, 11, 1)


def case_count() -> int:
    return int(os.environ.get("BENCH_CASES", "10000"))


def cached_vault(cases: int) -> tuple[Path, float | None]:
    """The folder of the cached vault (made now if missing) and the seconds it took to make, if made now."""
    folder = BENCH_DIR / f"vault-{cases}"
    if is_vault(folder):
        return folder, None
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    vault, _code = Vault.create(folder, PASSPHRASE, profile=TEST_ONLY)
    start = time.perf_counter()
    with vault:
        demo.generate(vault, cases=cases, seed=SEED, today=TODAY)
    return folder, time.perf_counter() - start


def working_copy(folder: Path, name: str) -> Path:
    """A fresh copy of the cached vault for figures that write."""
    target = BENCH_DIR / "work" / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns("vault.lock"))
    return target


def open_vault(folder: Path) -> Vault:
    return Vault.open(folder, passphrase=PASSPHRASE)
