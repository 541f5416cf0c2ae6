"""docs/SECURITY.md: with cipher_memory_security ON, SQLite's memory is locked (mlock) only as far as the
operating system lets the process lock memory. A process without CAP_IPC_LOCK (every normal user; root in
CI has it) may lock RLIMIT_MEMLOCK (8 MiB by default on Linux); beyond it SQLCipher's mlock fails without a
message and the app works on, with that memory unlocked. This test runs the app's vault code in a child
under a 1 MiB limit without CAP_IPC_LOCK, writes far more than that, and checks both halves of the sentence:
everything works (and memory security reads back as on), and the locked memory never exceeds the limit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent.parent
LIMIT = 1024 * 1024  # bytes: well below what the child writes (200 journal lines of 2 KB, their index, caches)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmLck from /proc (Linux)")
def test_memory_is_locked_only_up_to_the_limit_and_the_app_works_on(vault_dir: Path) -> None:
    command = [sys.executable, "-m", "tests.security.memlock_child", str(vault_dir), PASSPHRASE, "200", str(LIMIT)]
    if os.geteuid() == 0:  # root may lock without limit (CAP_IPC_LOCK): run the child as a normal user would
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root and util-linux's setpriv is missing: cannot drop CAP_IPC_LOCK")
        command = [setpriv, "--inh-caps=-ipc_lock", "--bounding-set=-ipc_lock", *command]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["memory_security"] == "1"
    assert found["limit"] == LIMIT
    assert found["hits"] == 200  # the vault worked: every case's journal line is found
    assert 0 < found["locked_kib"] <= LIMIT // 1024, found  # it locked what it could, and no more
