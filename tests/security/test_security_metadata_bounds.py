"""Verify before trust: every field of a key file or a backup manifest is checked against documented bounds
before anything is derived or allocated. Out of bounds is "beschadigd of gewijzigd" within 100 ms, and a bad
file in the backup folder is listed as bad and breaks neither the list nor the rotation."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.db import keys
from coordinator_app.db.vault import Vault
from coordinator_app.errors import VaultDamaged
from coordinator_app.services.backups import backup, verify
from coordinator_app.services.backups.file_format import FORMAT, HEADER, BackupInvalid, read_header
from tests.conftest import PASSPHRASE
from tests.security.figures import record

LIMIT_S = 0.1
DEEP = b"[" * 100_000 + b"]" * 100_000


def _set_kdf(field: str, value: Any) -> Callable[[dict], None]:
    def change(body: dict) -> None:
        slot = next(s for s in body["slots"] if s["kind"] == "passphrase")
        slot["kdf"][field] = value
    return change


def _set_recovery_salt(value: Any) -> Callable[[dict], None]:
    def change(body: dict) -> None:
        next(s for s in body["slots"] if s["kind"] == "recovery")["kdf"]["salt"] = value
    return change


CRAFTED: dict[str, Callable[[dict], None]] = {
    "Argon2 time cost 2^32-1": _set_kdf("time_cost", 2**32 - 1),
    "Argon2 time cost 2000": _set_kdf("time_cost", 2000),
    "Argon2 memory 4 TiB": _set_kdf("memory_cost_kib", 4 * 1024**3),
    "Argon2 memory 1 KiB": _set_kdf("memory_cost_kib", 1),
    "Argon2 parallelism 0": _set_kdf("parallelism", 0),
    "Argon2 parallelism 2^24": _set_kdf("parallelism", 2**24),
    "Argon2 time cost as text": _set_kdf("time_cost", "3"),
    "Argon2 time cost true": _set_kdf("time_cost", True),
    "salt not base64": _set_kdf("salt", "***"),
    "salt 4 bytes": _set_kdf("salt", "AAAAAA=="),
    "salt 1 MB": _set_kdf("salt", "A" * 1_400_000),
    "recovery salt empty": _set_recovery_salt(""),
    "unknown KDF field": _set_kdf("extra", 1),
    "generation negative": lambda body: body.update(generation=-1),
    "generation 2^64": lambda body: body.update(generation=2**64),
    "vault id not hex": lambda body: body.update(vault_id="../../etc/passwd"),
    "three slots": lambda body: body["slots"].append(body["slots"][0]),
    "nonce 1 KB": lambda body: body["slots"][0].update(nonce="A" * 1368),
}


def _crafted_keyfile(raw: bytes, change: Callable[[dict], None]) -> bytes:
    body = json.loads(raw)
    body.pop("checksum")
    change(body)
    body["checksum"] = keys._checksum(body)  # a valid checksum: only the bounds can refuse it
    return json.dumps(body).encode()


def test_out_of_bounds_key_files_are_refused_at_once(vault_dir: Path) -> None:
    original = (vault_dir / keys.KEYS_FILE).read_bytes()
    slow: dict[str, float] = {}
    worst = 0.0
    cases = {**{k: _crafted_keyfile(original, v) for k, v in CRAFTED.items()},
             "nested 100,000 deep": DEEP, "16 KiB + 1 of spaces": original + b" " * (keys.MAX_KEYFILE_BYTES + 1)}
    for name, raw in cases.items():
        for file in (keys.KEYS_FILE, keys.KEYS_BACKUP):
            (vault_dir / file).write_bytes(raw)
        start = time.perf_counter()
        with pytest.raises(VaultDamaged) as err:
            Vault.open(vault_dir, passphrase=PASSPHRASE)
        took = time.perf_counter() - start
        worst = max(worst, took)
        assert "beschadigd of gewijzigd" in err.value.message("nl"), name
        if took > LIMIT_S:
            slow[name] = took
    record("metadata bounds: crafted key files (KDF cost, memory, parallelism, salt, nesting, size)", len(cases),
           len(cases) - len(slow), f"each refused as damaged or altered; slowest {worst * 1000:.0f} ms (bound 100 ms)")
    assert slow == {}


def _rewrite_manifest(path: Path, target: Path, manifest_bytes: bytes) -> None:
    raw = path.read_bytes()
    _magic, length = HEADER.unpack(raw[: HEADER.size])
    target.write_bytes(raw[:8] + HEADER.pack(raw[:8], len(manifest_bytes))[8:] + manifest_bytes
                       + raw[HEADER.size + length:])


def test_out_of_bounds_backup_manifests_are_refused_and_listed_as_bad(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    good = backup.create_backup(vault, folder)
    manifest = read_header(good).manifest
    crafted: dict[str, bytes] = {"nested 100,000 deep": b'{"format": "' + FORMAT.encode() + b'", "x": ' + DEEP + b"}"}
    for name, change in CRAFTED.items():
        m = json.loads(json.dumps(manifest))
        keyfile = json.loads(_crafted_keyfile(json.dumps(m["keys"]).encode(), change))
        m["keys"] = keyfile
        crafted[name] = json.dumps(m, sort_keys=True, separators=(",", ":")).encode()
    too_long = json.loads(json.dumps(manifest))
    too_long["app_version"] = "9" * 10_000
    crafted["app version 10,000 characters"] = json.dumps(too_long).encode()
    slow: dict[str, float] = {}
    worst = 0.0
    for i, (name, body) in enumerate(crafted.items()):
        bad = folder / f"coordinator-backup-2000010{i % 10}-0000{i:02d}.cbak"
        _rewrite_manifest(good, bad, body)
        start = time.perf_counter()
        with pytest.raises(BackupInvalid) as err:
            verify.verify(bad, passphrase=PASSPHRASE)
        took = time.perf_counter() - start
        worst = max(worst, took)
        assert err.value.code == "backup_altered", name
        assert "beschadigd of gewijzigd" in err.value.message("nl")
        if took > LIMIT_S:
            slow[name] = took
    entries = backup.list_backups(folder)
    assert len(entries) == len(crafted) + 1
    assert {e.path for e in entries if e.problem is None} == {good}
    assert all(e.problem == "backup_altered" for e in entries if e.path != good)
    removed = backup.rotate(folder, vault.vault_id, keep=1)
    assert removed == [] and good.exists()  # bad files are never touched; the good one is kept
    record("metadata bounds: crafted backup manifests (nesting, KDF parameters, field sizes)", len(crafted),
           len(crafted) - len(slow),
           f"each refused as altered, listed as bad, rotation unaffected; slowest {worst * 1000:.0f} ms (bound 100 ms)")
    assert slow == {}
