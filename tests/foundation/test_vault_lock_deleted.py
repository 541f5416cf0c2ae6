"""The single-instance lock survives the deletion of `vault.lock`: the database file itself is locked too
(also after a key rotation swapped it), so a second process still gets "already open"."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coordinator_app.db.vault import Vault
from coordinator_app.errors import VaultInUse
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent.parent
HOLDER = textwrap.dedent("""
    import sys
    from coordinator_app.db import keys
    from coordinator_app.db.vault import Vault
    v = Vault.open(sys.argv[1], passphrase=sys.argv[2])
    print("open", flush=True)
    if sys.stdin.readline().strip() == "rotate":
        v.rotate_data_key(sys.argv[2], profile=keys.TEST_ONLY)
        print("rotated", flush=True)
        sys.stdin.readline()
    v.close()
""")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="on Windows an open lock file cannot be deleted")


@pytest.mark.parametrize("rotate", [False, True])
def test_deleting_the_lock_file_does_not_let_a_second_process_in(vault_dir: Path, rotate: bool) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(vault_dir), PASSPHRASE], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "open"
        if rotate:
            holder.stdin.write("rotate\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "rotated"
        (vault_dir / "vault.lock").unlink()
        with pytest.raises(VaultInUse):
            Vault.open(vault_dir, passphrase=PASSPHRASE)
        (vault_dir / "vault.lock").unlink(missing_ok=True)  # a replaced lock file does not help either
        (vault_dir / "vault.lock").write_bytes(b"")
        with pytest.raises(VaultInUse):
            Vault.open(vault_dir, passphrase=PASSPHRASE)
        holder.stdin.write("close\n")
        holder.stdin.flush()
        assert holder.wait(timeout=60) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()  # free again once the holder closed
