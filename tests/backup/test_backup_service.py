"""Backup service: round trip row by row, restore with the recovery code on a new machine, the
format's promises (no plaintext, no counts, MAC), rotation, the schedule and its folder errors."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
from pathlib import Path

import pytest

from coordinator_app.db import migrate
from coordinator_app.db.vault import Vault
from coordinator_app.errors import DiskError, WrongSecret, message
from coordinator_app.services import audit
from coordinator_app.services.backups import backup, file_format, restore, verify
from coordinator_app.services.backups.file_format import HEADER, MAGIC, BackupInvalid
from coordinator_app.services.cases import store
from coordinator_app.services.network import contacts
from coordinator_app.services.search import index
from coordinator_app.services.settings import settings
from tests.conftest import PASSPHRASE
from tests.helpers import canary_hits

CANARY = "Zqxjvarowa Backupdottir"


def table_rows(vault: Vault) -> dict[str, list[tuple]]:
    names = [r[0] for r in vault.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    rows = {name: sorted(vault.execute_sql(f'SELECT * FROM "{name}"'), key=repr) for name in names}
    rows["audit_events"] = vault.execute_sql("SELECT * FROM audit_events ORDER BY id")
    return rows


def test_round_trip_same_data_row_by_row(demo_vault: Vault, tmp_path: Path) -> None:
    case_id = store.create_case(
        demo_vault,
        store.CaseInput(signal_received_on="2026-03-01", person=store.PersonInput(first_name="Ëlla", last_name="Ŝmit")),
    )
    store.add_journal_entry(demo_vault, case_id, "Gesprek met ĳsbrand, ő ű ř")
    before = table_rows(demo_vault)
    (tmp_path / "bk").mkdir()
    path = backup.create_backup(demo_vault, tmp_path / "bk")
    assert path.name.startswith("coordinator-backup-") and path.suffix == ".cbak"
    demo_vault.close()

    result = restore.restore(path, tmp_path / "restored", passphrase=PASSPHRASE)
    assert result.safety_copy is None and result.problems == ()
    with Vault.open(tmp_path / "restored", passphrase=PASSPHRASE) as restored:
        after = table_rows(restored)
        assert restored.check() == []
        assert [h.case_id for h in index.search(restored, "ĳsbrand")] == [case_id]
        generation = restored.generation
    assert set(after) == set(before)
    assert len(before["cases"]) > 200
    for name, rows in before.items():
        if name == "vault_meta":
            assert dict(after[name])["vault_id"] == dict(rows)["vault_id"]
            assert int(dict(after[name])["generation"]) == generation > int(dict(rows)["generation"])
        elif name == "audit_events":
            assert after[name][: len(rows)] == rows
            assert [r[2] for r in after[name][len(rows) :]] == ["backup_restored"]
        else:
            assert after[name] == rows, name


def test_restore_with_recovery_code_on_new_machine(vault: Vault, recovery_code: str, tmp_path: Path) -> None:
    store.create_case(vault, store.CaseInput(signal_received_on="2026-01-05", person=store.PersonInput(last_name="Q")))
    (tmp_path / "stick").mkdir()
    path = backup.create_backup(vault, tmp_path / "stick")
    vault.close()
    new_laptop = tmp_path / "elsewhere" / "Coordinator" / "vault"  # the original vault is not there
    result = restore.restore(path, new_laptop, code=recovery_code.lower().replace("-", " "))
    assert result.contents.cases == 1
    with Vault.open(new_laptop, code=recovery_code) as restored:
        assert store.count_cases(restored) == 1
    with Vault.open(new_laptop, passphrase=PASSPHRASE) as restored:
        assert restored.check() == []
    assert oct(new_laptop.stat().st_mode & 0o777) == "0o700"


def test_restore_over_existing_vault_keeps_safety_copy(demo_vault: Vault, demo_vault_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "bk").mkdir()
    path = backup.create_backup(demo_vault, tmp_path / "bk")
    n = store.count_cases(demo_vault)
    store.create_case(
        demo_vault, store.CaseInput(signal_received_on="2026-01-05", person=store.PersonInput(last_name="X"))
    )
    demo_vault.close()
    result = restore.restore(path, demo_vault_dir, passphrase=PASSPHRASE)
    assert result.safety_copy is not None and result.safety_copy.parent == demo_vault_dir
    with Vault.open(demo_vault_dir, passphrase=PASSPHRASE) as restored:
        assert store.count_cases(restored) == n
    with Vault.open(result.safety_copy, passphrase=PASSPHRASE) as old:
        assert store.count_cases(old) == n + 1
    assert not (demo_vault_dir / restore.MARKER).exists()


def test_restore_refuses_folder_with_other_files(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "bk").mkdir()
    path = backup.create_backup(vault, tmp_path / "bk")
    other = tmp_path / "documents"
    other.mkdir()
    (other / "brief.txt").write_text("x")
    with pytest.raises(restore.RestoreFolderInvalid):
        restore.restore(path, other, passphrase=PASSPHRASE)
    assert sorted(p.name for p in other.iterdir()) == ["brief.txt"]


def test_wrong_secret_is_not_reported_as_damage(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "bk").mkdir()
    path = backup.create_backup(vault, tmp_path / "bk")
    with pytest.raises(WrongSecret):
        verify.verify(path, passphrase="niet het goede wachtwoord")


def test_manifest_has_no_personal_data_no_counts_and_canary_absent(vault: Vault, tmp_path: Path) -> None:
    first, last = CANARY.split()
    case_id = store.create_case(
        vault,
        store.CaseInput(signal_received_on="2026-02-01", person=store.PersonInput(first_name=first, last_name=last)),
    )
    store.add_journal_entry(vault, case_id, f"Gesprek met {CANARY}")
    contacts.create_contact(vault, contacts.ContactInput(last_name=CANARY, notes=CANARY))
    (tmp_path / "bk").mkdir()
    path = backup.create_backup(vault, tmp_path / "bk")
    assert canary_hits(CANARY, tmp_path / "bk") == []
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    length = HEADER.unpack(data[: HEADER.size])[1]
    manifest = json.loads(data[HEADER.size : HEADER.size + length])
    assert set(manifest) == {
        "format",
        "format_version",
        "created_at",
        "app_version",
        "schema_revision",
        "vault_id",
        "keys",
        "payload",
        "mac",
    }
    assert manifest["keys"]["generation"] == 0  # the write counter stays out of the clear
    assert set(manifest["payload"]) == {"size", "sha256"}
    assert b"SQLite format 3" not in data
    assert [p.name for p in (tmp_path / "bk").iterdir()] == [path.name]  # no temporary files left
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_inspect_reports_contents(demo_vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "bk").mkdir()
    path = backup.create_backup(demo_vault, tmp_path / "bk")
    with demo_vault.read() as session:
        from sqlalchemy import func, select

        from coordinator_app.db.models import Contact

        n_contacts = session.scalar(select(func.count()).select_from(Contact))
    contents = verify.inspect(path, passphrase=PASSPHRASE)
    assert contents.cases == store.count_cases(demo_vault) and contents.contacts == n_contacts
    assert contents.header.app_version and contents.schema_revision == migrate.head_revision()
    assert abs((contents.header.created_at - dt.datetime.now(dt.UTC).replace(tzinfo=None)).total_seconds()) < 60


def test_verification_recorded_in_audit(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "bk").mkdir()
    assert backup.last_good_backup(vault) is None
    path = backup.create_backup(vault, tmp_path / "bk")
    assert backup.last_good_backup(vault) is not None
    assert backup.verification_states(vault) == {path.name: True}
    events = [e.event for e in audit.events(vault)][:2]
    assert events == ["backup_verified", "backup_created"]


def _fake_backup(vault: Vault, folder: Path, when: dt.datetime) -> Path:
    return backup.create_backup(vault, folder, now=when)


def test_rotation_keeps_newest_and_one_per_month(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    folder.mkdir()
    now = dt.datetime(2026, 11, 20, 12, 0)
    made = []
    # one every 10 days over 16 months, and three on the last day
    for i in range(48):
        made.append(_fake_backup(vault, folder, now - dt.timedelta(days=10 * i + 1)))
    for h in (1, 2, 3):
        made.append(_fake_backup(vault, folder, now - dt.timedelta(hours=h)))
    created = {p: file_format.read_header(p).created_at for p in made}
    stranger = folder / "coordinator-backup-20200101-000000.cbak"
    stranger.write_bytes(b"not ours")
    removed = backup.rotate(folder, vault.vault_id, keep=5, now=now)
    left = {e.path for e in backup.list_backups(folder) if e.header is not None}
    newest = set(sorted(made, key=created.__getitem__, reverse=True)[:5])
    monthly: dict[tuple[int, int], Path] = {}
    for p in sorted(made, key=created.__getitem__):
        if now - created[p] <= dt.timedelta(days=365):
            local = backup._local(created[p])
            monthly[(local.year, local.month)] = p  # the newest of each month wins
    assert left == newest | set(monthly.values())
    assert len(monthly) in (12, 13)
    assert stranger.exists()  # never delete a file that is not a readable backup of this vault
    assert set(removed) == set(made) - left and all(not p.exists() for p in removed)


def test_auto_backup_when_due_then_not_again_same_day(vault: Vault, tmp_path: Path) -> None:
    assert backup.auto_backup_if_due(vault) is None  # no folder configured
    folder = tmp_path / "usb"
    folder.mkdir()
    settings.set_many(vault, {"backup_folder": str(folder), "backup_keep": 3})
    now = dt.datetime(2026, 11, 20, 9, 0)
    first = backup.auto_backup_if_due(vault, now=now)
    assert first is not None and first.exists()
    assert backup.auto_backup_if_due(vault, now=now + dt.timedelta(hours=2)) is None
    assert backup.backup_status(vault, now=now).folder_available


def test_auto_backup_folder_missing_gives_clear_message(vault: Vault, tmp_path: Path) -> None:
    settings.set_many(vault, {"backup_folder": str(tmp_path / "usb-stick-not-plugged-in")})
    generation = vault.generation
    with pytest.raises(DiskError) as err:
        backup.auto_backup_if_due(vault)
    assert message("backup_folder_missing") in err.value.message()
    assert vault.check() == [] and store.count_cases(vault) == 0
    assert next(e.event for e in audit.events(vault)) == "backup_failed"
    assert vault.generation == generation + 1  # only the audit event was written
    assert not backup.backup_status(vault).folder_available


@pytest.mark.parametrize(("code", "reason"), [(errno.EROFS, "read_only"), (errno.EACCES, "read_only")])
def test_read_only_folder_gives_clear_message(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    real_open = os.open

    def refusing_open(path, flags, *args):  # type: ignore[no-untyped-def]
        if str(path).startswith(str(folder)) and flags & os.O_CREAT:
            raise OSError(code, os.strerror(code))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(DiskError) as err:
        backup.create_backup(vault, folder)
    assert message(reason) in err.value.message()
    assert list(folder.iterdir()) == []


def test_newer_format_and_newer_schema_refused(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "bk").mkdir()
    path = backup.create_backup(vault, tmp_path / "bk")
    data = path.read_bytes()
    length = HEADER.unpack(data[: HEADER.size])[1]
    manifest = json.loads(data[HEADER.size : HEADER.size + length])
    manifest["format_version"] = 2
    body = json.dumps(manifest).encode()
    newer = tmp_path / "newer.cbak"
    newer.write_bytes(b"CORDBAK2" + HEADER.pack(b"CORDBAK2", len(body))[8:] + body + data[HEADER.size + length :])
    with pytest.raises(BackupInvalid) as err:
        file_format.read_header(newer)
    assert err.value.code == "backup_newer_format"

    from coordinator_app.services.backups.file_format import build_manifest, header_bytes

    header = file_format.read_header(path)
    forged = build_manifest(
        created_at=header.created_at,
        app_version="9.0.0",
        schema_revision="0099",
        keyfile=vault.keyfile,
        payload_size=header.payload_size,
        payload_sha256=header.payload_sha256,
        data_key=vault.data_key,
    )
    future = tmp_path / "future.cbak"
    future.write_bytes(header_bytes(forged) + data[header.payload_offset :])
    with pytest.raises(BackupInvalid) as err:
        verify.verify(future, passphrase=PASSPHRASE)
    assert err.value.code == "backup_newer_app" and "9.0.0" in err.value.message()


def test_verify_with_key_of_other_vault(vault: Vault, demo_vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "bk").mkdir()
    path = backup.create_backup(demo_vault, tmp_path / "bk")
    with pytest.raises(BackupInvalid) as err:
        verify.verify_full(path, data_key=vault.data_key, expected_vault_id=vault.vault_id)
    assert err.value.code == "backup_other_vault"


def test_cancelled_backup_leaves_nothing(demo_vault: Vault, tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    calls = {"n": 0}

    def check() -> None:
        calls["n"] += 1
        if calls["n"] >= 2:
            raise Stop()

    folder = tmp_path / "bk"
    folder.mkdir()
    with pytest.raises(Stop):
        backup.create_backup(demo_vault, folder, check=check)
    assert list(folder.iterdir()) == []
    assert demo_vault.check() == []


def test_verification_folder_is_private_and_removed(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    (tmp_path / "bk").mkdir()
    path = backup.create_backup(vault, tmp_path / "bk")
    made: list[tuple[Path, int]] = []
    real = tempfile.mkdtemp

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        folder = Path(real(*args, **kwargs))
        made.append((folder, folder.stat().st_mode & 0o777))
        return str(folder)

    monkeypatch.setattr(tempfile, "mkdtemp", recording)
    verify.verify(path, passphrase=PASSPHRASE)
    damaged = tmp_path / "damaged.cbak"
    data = bytearray(path.read_bytes())
    data[-100] ^= 1
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid):
        verify.verify(damaged, passphrase=PASSPHRASE)
    assert len(made) == 2
    for folder, mode in made:
        assert mode == 0o700 and not folder.exists()
    assert [folder.parent for folder, _mode in made] == [path.parent, damaged.parent]  # beside the backup


def test_verification_falls_back_to_temp_and_clears_stale_folders(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    (tmp_path / "bk").mkdir()
    path = backup.create_backup(vault, tmp_path / "bk")
    system_temp = tmp_path / "systemtemp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    stale = [path.parent / f"{verify.WORKDIR_PREFIX}old", system_temp / f"{verify.WORKDIR_PREFIX}old"]
    fresh = path.parent / f"{verify.WORKDIR_PREFIX}running"
    for folder in [*stale, fresh]:
        folder.mkdir()
        (folder / "payload.db").write_bytes(b"x")
    for folder in stale:
        os.utime(folder, (1, 1))
    made: list[Path] = []
    real = tempfile.mkdtemp

    def read_only_beside(*args, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("dir") is not None:
            raise OSError(errno.EROFS, "Read-only file system")
        made.append(Path(real(*args, **kwargs)))
        return str(made[-1])

    monkeypatch.setattr(tempfile, "mkdtemp", read_only_beside)
    assert verify.verify(path, passphrase=PASSPHRASE).cases == 0
    assert [folder.parent for folder in made] == [system_temp] and not made[0].exists()
    assert not any(folder.exists() for folder in stale) and fresh.exists()


def test_status_for_the_dashboard(vault: Vault, tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 20, 9, 0)
    status = backup.backup_status(vault, now=now)
    assert status.last_good is None and status.overdue and not status.folder_available
    (tmp_path / "usb").mkdir()
    settings.set_many(vault, {"backup_folder": str(tmp_path / "usb"), "backup_reminder_days": 7})
    backup.create_backup(vault, tmp_path / "usb")
    last = backup.last_good_backup(vault)
    assert last is not None
    assert not backup.backup_status(vault, now=last + dt.timedelta(days=6)).overdue
    assert backup.backup_status(vault, now=last + dt.timedelta(days=8)).overdue
    assert backup.is_due(vault, now=last + dt.timedelta(days=1))
    assert not backup.is_due(vault, now=last)
