"""docs/FORMATS.md is complete and true: its worked examples hold for the app and for a reader written
from the document alone, and a real backup made by the app verifies with that reader."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from coordinator_app.db import keys, recovery_code
from coordinator_app.db.vault import Vault
from coordinator_app.errors import VaultDamaged
from coordinator_app.services.backups import backup, file_format
from tests.conftest import PASSPHRASE
from tests.formats import independent_reader as reader
from tests.helpers import ROOT

DOC = (ROOT / "docs" / "FORMATS.md").read_text(encoding="utf-8")
DATA_KEY = bytes(range(32))


def _section(title: str) -> str:
    start = DOC.index(title)
    nxt = DOC.find("\n## ", start + 1)
    return DOC[start: nxt if nxt != -1 else len(DOC)]


def _example_keyfile() -> tuple[bytes, str, str]:
    section = _section("## 2. The key file")
    block = re.search(r"```json\n(.*?)```", section, re.S)
    assert block, "the key-file example is missing"
    passphrase = re.search(r"passphrase `([^`]+)`", section)
    code = re.search(r"recovery code\s+`([0-9A-Z-]+)`", section)
    assert passphrase and code
    return block.group(1).encode("utf-8"), passphrase.group(1), code.group(1)


def test_the_key_file_example_opens_in_the_app_and_in_the_independent_reader() -> None:
    raw, passphrase, code = _example_keyfile()
    keyfile = keys.KeyFile.from_bytes(raw)
    assert keys.unlock(keyfile, passphrase=passphrase) == DATA_KEY
    assert keys.unlock(keyfile, code=code) == DATA_KEY
    parsed = reader.parse_keyfile(raw)
    assert reader.unwrap(parsed, passphrase=passphrase) == DATA_KEY
    assert reader.unwrap(parsed, code=code.lower().replace("-", " ")) == DATA_KEY


def test_the_documented_wrapping_keys_are_what_the_rules_give() -> None:
    raw, passphrase, code = _example_keyfile()
    parsed = reader.parse_keyfile(raw)
    slots = {s["kind"]: s for s in parsed["slots"]}
    documented = re.findall(r"`([0-9a-f]{64})`", _section("## 2. The key file"))
    assert documented == [
        reader.passphrase_kek(passphrase, slots["passphrase"]["kdf"]).hex(),
        reader.recovery_kek(code, slots["recovery"]["kdf"], parsed["vault_id"]).hex(),
        reader.slots_digest(parsed),
    ]
    assert documented[2] == keys.slots_digest(keys.KeyFile.from_bytes(raw))


def test_a_changed_byte_in_the_example_is_a_damaged_file_for_both_readers() -> None:
    raw, _passphrase, _code = _example_keyfile()
    altered = raw.replace(b'"generation": 7', b'"generation": 8')
    assert altered != raw
    with pytest.raises(reader.FormatError):
        reader.parse_keyfile(altered)
    with pytest.raises(VaultDamaged):
        keys.KeyFile.from_bytes(altered)


def test_the_recovery_code_rule_in_the_document_matches_the_codes_the_app_makes() -> None:
    for _ in range(200):
        code = recovery_code.generate()
        assert reader.recovery_data(code) == recovery_code.secret_bytes(code).decode("ascii")


def test_the_manifest_mac_example() -> None:
    section = _section("## 3. The backup file")
    example = section[section.index("### Worked example"):]
    raw, _passphrase, _code = _example_keyfile()
    keys_copy = json.loads(raw)
    keys_copy["generation"] = 0
    keys_copy.pop("checksum")
    keys_copy["checksum"] = reader.keyfile_checksum(keys_copy)
    fields = dict(re.findall(r"`(created_at|app_version|schema_revision)`\s+`([^`]+)`", example))
    hashes = re.findall(r"`([0-9a-f]{64})`", example)
    manifest = {
        "format": "coordinator-backup", "format_version": 1, "vault_id": keys_copy["vault_id"],
        "keys": keys_copy, "payload": {"size": 0, "sha256": hashes[0]}, **fields,
    }
    assert len(fields) == 3
    assert reader.manifest_mac(manifest, DATA_KEY) == hashes[1]
    assert file_format.compute_mac(copy.deepcopy(manifest), DATA_KEY) == hashes[1]


def test_a_backup_made_by_the_app_verifies_with_the_independent_reader(demo_vault: Vault, tmp_path: Path) -> None:
    cases = demo_vault.execute_sql("SELECT count(*) FROM cases")[0][0]
    (tmp_path / "stick").mkdir()
    path = backup.create_backup(demo_vault, tmp_path / "stick")
    found = reader.read_backup(path)
    keyfile = found.manifest["keys"]
    reader.parse_keyfile(json.dumps(keyfile).encode("utf-8"))
    data_key = reader.unwrap(keyfile, passphrase=PASSPHRASE)
    assert reader.manifest_mac(found.manifest, data_key) == found.manifest["mac"]
    assert keyfile["generation"] == 0
    payload = tmp_path / "payload.db"
    payload.write_bytes(found.payload)
    conn = reader.open_payload(payload, data_key)
    try:
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == cases > 0
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert revision == found.manifest["schema_revision"]
        meta = dict(conn.execute("SELECT key, value FROM vault_meta").fetchall())
        assert meta["vault_id"] == found.manifest["vault_id"]
        assert meta["keyslots_sha256"] == reader.slots_digest(keyfile)
    finally:
        conn.close()


def test_a_flipped_payload_byte_fails_the_independent_reader(demo_vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "stick").mkdir()
    path = backup.create_backup(demo_vault, tmp_path / "stick")
    data = bytearray(path.read_bytes())
    data[-100] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(reader.FormatError, match="payload hash"):
        reader.read_backup(path)
