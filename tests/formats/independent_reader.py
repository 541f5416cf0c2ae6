"""A reader of the vault's key file and backup file written from docs/FORMATS.md alone.

It imports nothing from coordinator_app: only the standard library, `cryptography`, `argon2-cffi` and
`sqlcipher3`, as a third party (an auditor, a future tool) would. The tests use it to check that the
document is complete and that the files the app writes are what the document says.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY"
LOOKALIKES = {"O": "0", "I": "1", "L": "1", "U": "V", "Z": "2"}


class FormatError(Exception):
    """The file does not follow docs/FORMATS.md."""


# --- key file -------------------------------------------------------------------------------------------

def keyfile_checksum(body: dict[str, Any]) -> str:
    compact = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(compact.encode("utf-8")).hexdigest()


def parse_keyfile(raw: bytes) -> dict[str, Any]:
    data = json.loads(raw.decode("utf-8"))
    body = {k: v for k, v in data.items() if k != "checksum"}
    if data.get("format") != "coordinator-keys" or data.get("version") != 1:
        raise FormatError("not a version 1 key file")
    if data.get("checksum") != keyfile_checksum(body):
        raise FormatError("checksum does not match")
    return data


def slots_digest(keyfile: dict[str, Any]) -> str:
    body = {"vault_id": keyfile["vault_id"], "slots": sorted(keyfile["slots"], key=lambda s: s["kind"])}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()


def slot_aad(vault_id: str, kind: str, kdf: dict[str, Any]) -> bytes:
    return json.dumps({"vault": vault_id, "slot": kind, "kdf": kdf}, sort_keys=True).encode("utf-8")


def passphrase_kek(passphrase: str, kdf: dict[str, Any]) -> bytes:
    return hash_secret_raw(
        unicodedata.normalize("NFC", passphrase).encode("utf-8"),
        base64.b64decode(kdf["salt"]),
        time_cost=kdf["time_cost"], memory_cost=kdf["memory_cost_kib"], parallelism=kdf["parallelism"],
        hash_len=32, type=Type.ID,
    )


def check_character(group_index: int, data: str) -> str:
    total = 7 * group_index + 3 + sum(w * (ALPHABET.index(ch) + 1) for w, ch in enumerate(data, start=1))
    return ALPHABET[total % 31]


def recovery_data(code: str) -> str:
    """The 27 data characters of a recovery code, after the typing rules and the check characters."""
    chars = [LOOKALIKES.get(c, c) for c in code.upper() if c not in " -\t\r\n_."]
    if len(chars) != 36 or any(c not in ALPHABET for c in chars):
        raise FormatError("a recovery code has 36 characters of the alphabet")
    groups = ["".join(chars[i:i + 4]) for i in range(0, 36, 4)]
    for index, group in enumerate(groups):
        if check_character(index, group[:3]) != group[3]:
            raise FormatError(f"group {index + 1} fails its check character")
    return "".join(g[:3] for g in groups)


def recovery_kek(code: str, kdf: dict[str, Any], vault_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=base64.b64decode(kdf["salt"]),
        info=b"coordinator recovery slot v1 " + vault_id.encode("ascii"),
    ).derive(recovery_data(code).encode("ascii"))


def unwrap(keyfile: dict[str, Any], *, passphrase: str | None = None, code: str | None = None) -> bytes:
    kind = "passphrase" if passphrase is not None else "recovery"
    slot = next(s for s in keyfile["slots"] if s["kind"] == kind)
    if passphrase is not None:
        kek = passphrase_kek(passphrase, slot["kdf"])
    else:
        assert code is not None
        kek = recovery_kek(code, slot["kdf"], keyfile["vault_id"])
    return AESGCM(kek).decrypt(
        base64.b64decode(slot["nonce"]), base64.b64decode(slot["wrapped"]),
        slot_aad(keyfile["vault_id"], kind, slot["kdf"]),
    )


# --- backup file ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Backup:
    manifest: dict[str, Any]
    payload: bytes


def read_backup(path: Path) -> Backup:
    raw = path.read_bytes()
    if raw[:8] != b"CORDBAK1":
        raise FormatError("magic")
    (length,) = struct.unpack(">I", raw[8:12])
    manifest = json.loads(raw[12:12 + length].decode("utf-8"))
    payload = raw[12 + length:]
    if len(payload) != manifest["payload"]["size"]:
        raise FormatError("payload size")
    if hashlib.sha256(payload).hexdigest() != manifest["payload"]["sha256"]:
        raise FormatError("payload hash")
    return Backup(manifest, payload)


def manifest_mac(manifest: dict[str, Any], data_key: bytes) -> str:
    body = {k: v for k, v in manifest.items() if k != "mac"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None,
        info=b"coordinator backup manifest mac v1 " + manifest["vault_id"].encode("ascii"),
    ).derive(data_key)
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()


def open_payload(payload_file: Path, data_key: bytes) -> Any:
    """A sqlcipher3 connection to a payload written to disk, keyed with the raw data key."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(payload_file))
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn
