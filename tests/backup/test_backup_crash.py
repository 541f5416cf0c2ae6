"""Reliability: a full disk during a backup, kill -9 during a backup and during a restore.

Afterwards there is never a partial file under a backup's name, and the vault opens (the old one
or the restored one), with its integrity checks clean.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app.db.vault import Vault
from coordinator_app.errors import DiskError, message
from coordinator_app.services.backups import backup, restore, verify
from coordinator_app.services.cases import store
from tests.conftest import PASSPHRASE
from tests.helpers import folder_hashes
from tests.reliability.crashpoints import CrashTally, kill_at, trace
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
    n = store.count_cases(demo_vault)
    demo_vault.checkpoint()
    before = _vault_files(demo_vault.folder)
    with _tmpfs(tmp_path / "stick", size) as stick:
        with pytest.raises(DiskError) as err:
            backup.create_backup(demo_vault, stick)
        assert message("disk_full") in err.value.message()
        assert list(stick.iterdir()) == []  # not even a temporary file
    assert store.count_cases(demo_vault) == n and demo_vault.check() == []
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


# The steps a kill may land before (tests/reliability/crashpoints.py): the export into the hidden temp file, the copy
# into the file under the backup's name, its verification, and every fsync and rename.
BACKUP_HOOKS = ["coordinator_app.services.backups.backup._export", "shutil.copyfileobj",
                "coordinator_app.services.backups.backup.verify", "os.fsync", "os.replace"]
RESTORE_HOOKS = ["coordinator_app.services.backups.restore._stage",
                 "coordinator_app.services.backups.restore._safety_copy", "os.fsync", "os.replace"]


BACKUP_LOOP = """
    from pathlib import Path
    from coordinator_app.db.vault import Vault
    from coordinator_app.services.backups import backup
    from coordinator_app.services.cases import store as cases
    vault = Vault.open(Path({vault!r}), passphrase={passphrase!r})
    while True:
        person = cases.PersonInput(last_name="K")
        cases.create_case(vault, cases.CaseInput(signal_received_on="2026-01-05", person=person))
        backup.create_backup(vault, Path({stick!r}))
"""


def test_kill_during_backup_leaves_consistent_state(demo_vault_dir: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    tally = CrashTally()
    script = BACKUP_LOOP.format(vault=str(demo_vault_dir), passphrase=PASSPHRASE, stick=str(stick))
    # The kill points come from a dry run: the first export, copy, verification and rename of the first backup,
    # the first fsync after the copy, and the second backup's export.
    trace_vault, trace_stick = tmp_path / "trace-vault", tmp_path / "trace-stick"
    shutil.copytree(demo_vault_dir, trace_vault, ignore=shutil.ignore_patterns("vault.lock"))
    trace_stick.mkdir()
    steps = trace(BACKUP_LOOP.format(vault=str(trace_vault), passphrase=PASSPHRASE, stick=str(trace_stick)), [],
                  BACKUP_HOOKS, 80)
    first = {name: steps.index(name) + 1 for name in BACKUP_HOOKS if name in steps}
    copy = first["shutil.copyfileobj"]
    exports = [i for i, name in enumerate(steps, 1) if name == "coordinator_app.services.backups.backup._export"]
    points = [first["coordinator_app.services.backups.backup._export"], copy,
              first["coordinator_app.services.backups.backup.verify"],
              first["os.replace"], steps.index("os.fsync", copy) + 1, exports[1]]
    for crash_at in points:
        kill_at(script, [], BACKUP_HOOKS, crash_at, tally)
        with Vault.open(demo_vault_dir, passphrase=PASSPHRASE) as vault:
            assert vault.check() == []
            for path in stick.glob("*.cbak"):  # every file under a backup's name is complete and sound
                verify.verify(path, data_key=vault.data_key)
    assert list(stick.glob("*.cbak"))
    leftovers = [p for p in stick.iterdir() if p.suffix != ".cbak"]
    # hidden temp files of a cut-off backup, or the private folder of a cut-off verification (cleared after an hour)
    assert all(p.name.startswith((".coordinator-backup-", ".coordinator-verify-")) for p in leftovers), leftovers
    record("kill -9 during backup", 6, 6, "vault passes check; every file under a backup's name verifies; "
           + tally.note())
    assert tally.missed == 0 and {"coordinator_app.services.backups.backup._export", "shutil.copyfileobj",
                                  "coordinator_app.services.backups.backup.verify", "os.replace"} <= set(tally.at)


RESTORE_LOOP = """
    from pathlib import Path
    from coordinator_app.services.backups import restore as backup_restore
    while True:
        for path in ({a!r}, {b!r}):
            backup_restore.restore(Path(path), Path({target!r}), code={code!r})
"""


def test_kill_during_restore_leaves_old_or_restored_vault(vault: Vault, recovery_code: str, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backup_a = backup.create_backup(vault, stick)
    for _ in range(3):
        store.create_case(
            vault, store.CaseInput(signal_received_on="2026-01-05", person=store.PersonInput(last_name="B"))
        )
    backup_b = backup.create_backup(vault, stick)
    vault.close()
    target = tmp_path / "target"
    restore.restore(backup_a, target, code=recovery_code)
    seen = set()
    tally = CrashTally()
    # 18 kills walking over every step of the first restore, then every other step of the next ones; killed after
    # their safety copy, restores used to pile up copies of the vault beyond KEEP_SAFETY + 1 (found this way).
    for crash_at in [*range(1, 13), *range(13, 25, 2)]:
        script = RESTORE_LOOP.format(a=str(backup_a), b=str(backup_b), target=str(target), code=recovery_code)
        kill_at(script, [], RESTORE_HOOKS, crash_at, tally)
        # Same data key (backups of this vault): it opens even before the interrupted restore is finished.
        with Vault.open(target, passphrase=PASSPHRASE) as early:
            assert early.check() == []
            assert store.count_cases(early) in (0, 3)
        restore.finish_interrupted_restore(target)
        with Vault.open(target, passphrase=PASSPHRASE) as restored:
            assert restored.check() == []
            count = store.count_cases(restored)
            assert count in (0, 3)
            seen.add(count)
        assert not (target / restore.STAGED_DB).exists()
        assert not (target / restore.MARKER).exists()
        for safety in target.glob("before-restore-*"):
            with Vault.open(safety, passphrase=PASSPHRASE) as old:  # every safety copy is a whole vault
                assert store.count_cases(old) in (0, 3)
    assert len(list(target.glob("before-restore-*"))) <= restore.KEEP_SAFETY + 1
    record("kill -9 during restore", 18, 18, "the old or the restored vault opens and passes check; " + tally.note())
    assert tally.missed == 0 and {"coordinator_app.services.backups.restore._stage", "os.replace"} <= set(tally.at)
