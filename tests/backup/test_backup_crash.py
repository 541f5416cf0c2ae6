"""Reliability: a full disk during a backup, kill -9 during a backup and during a restore.

Afterwards there is never a partial file under a backup's name, and the vault opens (the old one
or the restored one), with its integrity checks clean.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app.db.vault import Vault
from coordinator_app.errors import DiskError, message
from coordinator_app.services import backup, backup_restore, cases
from tests.conftest import PASSPHRASE
from tests.helpers import ROOT, folder_hashes
from tests.security.figures import record


def _vault_files(folder: Path) -> dict[str, str]:
    return {k: v for k, v in folder_hashes(folder).items() if k in ("vault.db", "vault.keys", "vault.keys.bak")}


@contextlib.contextmanager
def _tmpfs(path: Path, size: str) -> Iterator[Path]:
    path.mkdir()
    if os.geteuid() != 0 or sys.platform != "linux":
        pytest.skip("a tmpfs needs root")
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)], capture_output=True
        )
    except OSError:
        pytest.skip("no mount command here")
    if done.returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.mark.parametrize("size", ["300k", "1100k"])  # full during the export / during the final write
def test_full_tmpfs_leaves_no_backup_and_vault_intact(demo_vault: Vault, tmp_path: Path, size: str) -> None:
    n = cases.count_cases(demo_vault)
    demo_vault.checkpoint()
    before = _vault_files(demo_vault.folder)
    with _tmpfs(tmp_path / "stick", size) as stick:
        with pytest.raises(DiskError) as err:
            backup.create_backup(demo_vault, stick)
        assert message("disk_full") in err.value.message()
        assert list(stick.iterdir()) == []  # not even a temporary file
    assert cases.count_cases(demo_vault) == n and demo_vault.check() == []
    demo_vault.checkpoint()
    assert _vault_files(demo_vault.folder) == before


def test_injected_enospc_leaves_no_backup_and_vault_intact(
    demo_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    written = {"n": 0}
    real = shutil.copyfileobj

    def filling(src, dst, length=0):  # type: ignore[no-untyped-def]
        dst.write(src.read(100_000))
        written["n"] += 1
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(shutil, "copyfileobj", filling)
    with pytest.raises(DiskError) as err:
        backup.create_backup(demo_vault, stick)
    monkeypatch.setattr(shutil, "copyfileobj", real)
    assert written["n"] == 1 and message("disk_full") in err.value.message()
    assert list(stick.iterdir()) == []
    assert demo_vault.check() == []
    assert backup.create_backup(demo_vault, stick).exists()  # and the next try works


def _run_until_killed(script: str, ready_timeout: float, delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "ready", proc.stderr.read() if proc.stderr else line
        time.sleep(delay)
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=ready_timeout)


BACKUP_LOOP = """
    import sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from coordinator_app.db.vault import Vault
    from coordinator_app.services import backup, cases
    vault = Vault.open(Path({vault!r}), passphrase={passphrase!r})
    print("ready", flush=True)
    while True:
        person = cases.PersonInput(last_name="K")
        cases.create_case(vault, cases.CaseInput(signal_received_on="2026-01-05", person=person))
        backup.create_backup(vault, Path({stick!r}))
"""


def test_kill_during_backup_leaves_consistent_state(demo_vault_dir: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    rng = random.Random(99)
    for _round in range(6):
        script = BACKUP_LOOP.format(root=str(ROOT), vault=str(demo_vault_dir), passphrase=PASSPHRASE, stick=str(stick))
        _run_until_killed(script, 30, rng.uniform(0.05, 1.2))
        with Vault.open(demo_vault_dir, passphrase=PASSPHRASE) as vault:
            assert vault.check() == []
            for path in stick.glob("*.cbak"):  # every file under a backup's name is complete and sound
                backup.verify(path, data_key=vault.data_key)
    assert list(stick.glob("*.cbak"))
    leftovers = [p for p in stick.iterdir() if p.suffix != ".cbak"]
    # hidden temp files of a cut-off backup, or the private folder of a cut-off verification (cleared after an hour)
    assert all(p.name.startswith((".coordinator-backup-", ".coordinator-verify-")) for p in leftovers), leftovers
    record("kill -9 during backup", 6, 6, "vault passes check; every file under a backup's name verifies")


RESTORE_LOOP = """
    import sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from coordinator_app.services import backup_restore
    print("ready", flush=True)
    while True:
        for path in ({a!r}, {b!r}):
            backup_restore.restore(Path(path), Path({target!r}), code={code!r})
"""


def test_kill_during_restore_leaves_old_or_restored_vault(vault: Vault, recovery_code: str, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backup_a = backup.create_backup(vault, stick)
    for _ in range(3):
        cases.create_case(
            vault, cases.CaseInput(signal_received_on="2026-01-05", person=cases.PersonInput(last_name="B"))
        )
    backup_b = backup.create_backup(vault, stick)
    vault.close()
    target = tmp_path / "target"
    backup_restore.restore(backup_a, target, code=recovery_code)
    rng = random.Random(1234)
    seen = set()
    for _round in range(12):
        script = RESTORE_LOOP.format(
            root=str(ROOT), a=str(backup_a), b=str(backup_b), target=str(target), code=recovery_code
        )
        _run_until_killed(script, 30, rng.uniform(0.3, 1.5))
        # Same data key (backups of this vault): it opens even before the interrupted restore is finished.
        with Vault.open(target, passphrase=PASSPHRASE) as early:
            assert early.check() == []
            assert cases.count_cases(early) in (0, 3)
        backup_restore.finish_interrupted_restore(target)
        with Vault.open(target, passphrase=PASSPHRASE) as restored:
            assert restored.check() == []
            count = cases.count_cases(restored)
            assert count in (0, 3)
            seen.add(count)
        assert not (target / backup_restore.STAGED_DB).exists()
        assert not (target / backup_restore.MARKER).exists()
        for safety in target.glob("before-restore-*"):
            with Vault.open(safety, passphrase=PASSPHRASE) as old:  # every safety copy is a whole vault
                assert cases.count_cases(old) in (0, 3)
    assert len(list(target.glob("before-restore-*"))) <= backup_restore.KEEP_SAFETY + 1
    record("kill -9 during restore", 12, 12, "the old or the restored vault opens and passes check")
