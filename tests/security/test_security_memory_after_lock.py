"""Nothing of the vault outlives a lock: the engine and its connections are collectable, the key
buffer is overwritten, and a scan of the process's own memory finds no copy of the data key."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from tests.conftest import PASSPHRASE
from tests.security import figures

ROOT = Path(__file__).resolve().parent.parent.parent


def test_lock_leaves_no_live_engine_and_a_wiped_key(vault_dir: Path) -> None:
    refs = []
    for _ in range(3):  # each unlock once leaked an Engine through a per-vault event listener
        v = Vault.open(vault_dir, passphrase=PASSPHRASE)
        case_id = store.create_case(v, store.CaseInput(signal_received_on="2026-01-05", case_number="ZM-1"))
        store.delete_case(v, case_id)
        key_buffer = v._key
        assert any(key_buffer)
        refs += [weakref.ref(v), weakref.ref(v.engine), weakref.ref(v.engine.pool)]
        v.lock()
        assert not any(key_buffer), "the key buffer is overwritten at lock"
        del v
    gc.collect()
    alive = [r() for r in refs if r() is not None]
    figures.record("key in memory after lock: live vault, engine and pool objects (3 unlocks)", len(refs),
                   len(refs) - len(alive), f"weakrefs after gc.collect(); live references: {len(alive)}")
    assert alive == []


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="scans /proc/self/mem (Linux)")
def test_memory_scan_after_lock_finds_no_copy_of_the_key(vault_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.security.memscan_child", str(vault_dir), PASSPHRASE],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=True,
    )
    found = json.loads(result.stdout.strip().splitlines()[-1])
    key_copies = found["key_raw"] + found["key_hex"] + found["key_HEX"]
    text_copies = sum(v for k, v in found.items() if k.startswith("text_"))
    figures.record(
        "key in memory after lock: copies of the data key in the process (raw, hex, HEX)",
        3, 3 if not key_copies else 0,
        f"scan of /proc/self/mem after lock + gc: {found['key_raw']} raw, {found['key_hex']} hex, "
        f"{found['key_HEX']} HEX copies; 5 journal words still found {text_copies} times in freed memory",
    )
    assert not found["engine_alive"]
    assert key_copies == 0, found
