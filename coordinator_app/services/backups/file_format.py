"""The backup file format (docs/FORMATS.md §3): `magic "CORDBAK1" | uint32 manifest length | manifest | payload`.

The magic's last character is the format version; a newer format carries the same number in its
manifest, so one flipped bit in either is reported as "altered", never as "newer". The manifest is
compact, key-sorted UTF-8 JSON:

    format, format_version, created_at (UTC ISO), app_version, schema_revision, vault_id,
    keys (the key-slot file of the vault, generation 0), payload {size, sha256}, mac

`mac` is HMAC-SHA256 over the canonical JSON of every other field, keyed with HKDF-SHA256 from the
data key. The manifest carries no personal data and no counts (the generation counter is zeroed).
The payload is an encrypted SQLCipher database under the vault's data key.

Reading the header needs no secret; it tells an empty, foreign, truncated, altered or newer file apart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from coordinator_app.db import keys
from coordinator_app.db.models import JsonValue
from coordinator_app.errors import EXIT_CHECK_FAILED, KnownError, VaultDamaged, read_error

FORMAT = "coordinator-backup"
FORMAT_VERSION = 1
MAGIC_PREFIX = b"CORDBAK"
MAGIC = MAGIC_PREFIX + str(FORMAT_VERSION).encode("ascii")
HEADER = struct.Struct(">8sI")  # magic, manifest length (big-endian)
MAX_MANIFEST = 1 << 20
FIRST_READ = 1 << 16  # a manifest is about 1.5 KB; read more only when the length field asks for it
SUFFIX = ".cbak"
NAME_PREFIX = "coordinator-backup-"
REQUIRED = {
    "format": str, "format_version": int, "created_at": str, "app_version": str, "schema_revision": str,
    "vault_id": str, "keys": dict, "payload": dict, "mac": str,
}
# Bounds checked before the manifest is parsed or used (docs/SECURITY.md, "Verify before trust"): nesting
# depth before json.loads, the length of every text field, the key slots' KDF parameters (keys.check_kdf).
MAX_MANIFEST_DEPTH = keys.MAX_JSON_DEPTH
MAX_TEXT = {"format": 32, "created_at": 40, "app_version": 40, "schema_revision": 64, "vault_id": 32, "mac": 64}


class BackupInvalid(KnownError):
    """The file is not a usable backup; `code` says precisely why (the catalogue messages_backup.po)."""

    code = "backup_altered"
    exit_code = EXIT_CHECK_FAILED


@dataclass(frozen=True)
class BackupHeader:
    """What a backup file says about itself, readable without a secret (no personal data)."""

    path: Path
    created_at: dt.datetime  # UTC, naive
    app_version: str
    schema_revision: str
    vault_id: str
    file_size: int
    payload_offset: int
    payload_size: int
    payload_sha256: str
    manifest: dict[str, JsonValue]  # the whole manifest as read (checked by read_header), the fields above included

    @property
    def keyfile(self) -> keys.KeyFile:
        """The key slots stored in the backup; a damaged slot file means the backup was altered."""
        try:
            return keys.KeyFile.from_bytes(json.dumps(self.manifest["keys"]).encode("utf-8"))
        except VaultDamaged as exc:
            raise BackupInvalid("backup_altered") from exc


def canonical(manifest: dict[str, Any]) -> bytes:
    body = {k: v for k, v in manifest.items() if k != "mac"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def mac_key(data_key: bytes | bytearray, vault_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None,
        info=b"coordinator backup manifest mac v1 " + vault_id.encode("ascii", "replace"),
    ).derive(data_key)


def compute_mac(manifest: dict[str, Any], data_key: bytes | bytearray) -> str:
    return hmac.new(mac_key(data_key, str(manifest["vault_id"])), canonical(manifest), hashlib.sha256).hexdigest()


def mac_ok(manifest: dict[str, Any], data_key: bytes | bytearray) -> bool:
    return hmac.compare_digest(compute_mac(manifest, data_key), str(manifest.get("mac", "")))


def build_manifest(
    *, created_at: dt.datetime, app_version: str, schema_revision: str, keyfile: keys.KeyFile,
    payload_size: int, payload_sha256: str, data_key: bytes,
) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": created_at.replace(microsecond=0).isoformat() + "Z",
        "app_version": app_version,
        "schema_revision": schema_revision,
        "vault_id": keyfile.vault_id,
        "keys": json.loads(keyfile.with_generation(0).to_bytes()),
        "payload": {"size": payload_size, "sha256": payload_sha256},
    }
    manifest["mac"] = compute_mac(manifest, data_key)
    return manifest


def header_bytes(manifest: dict[str, Any]) -> bytes:
    body = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    return HEADER.pack(MAGIC, len(body)) + body


def _as_manifest(raw: bytes) -> dict[str, Any] | None:
    """The JSON object that starts `raw` if it looks like one of our manifests, else None."""
    if keys.json_depth(raw, MAX_MANIFEST_DEPTH) > MAX_MANIFEST_DEPTH:
        return None
    try:
        obj, _end = json.JSONDecoder().raw_decode(raw.decode("utf-8", "replace"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return obj if isinstance(obj, dict) and obj.get("format") == FORMAT else None


def _check_fields(manifest: dict[str, Any]) -> None:
    for name, kind in REQUIRED.items():
        if not isinstance(manifest.get(name), kind) or isinstance(manifest.get(name), bool):
            raise BackupInvalid("backup_altered")
    if len(manifest) > 2 * len(REQUIRED) or any(len(manifest[k]) > n for k, n in MAX_TEXT.items()):
        raise BackupInvalid("backup_altered")
    payload = manifest["payload"]
    if not isinstance(payload.get("size"), int) or not isinstance(payload.get("sha256"), str):
        raise BackupInvalid("backup_altered")
    if len(payload["sha256"]) != 64 or payload["size"] < 0:
        raise BackupInvalid("backup_altered")
    try:  # the key slots: every KDF parameter within bounds before anything is derived
        keys.KeyFile.from_bytes(json.dumps(manifest["keys"]).encode("utf-8"))
    except VaultDamaged as exc:
        raise BackupInvalid("backup_altered") from exc


def parse_created_at(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.removesuffix("Z")).replace(tzinfo=None)
    except ValueError as exc:
        raise BackupInvalid("backup_altered") from exc


def read_header(path: Path | str) -> BackupHeader:
    """Parse and check the header and manifest (no secret needed). Raises BackupInvalid or DiskError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(HEADER.size + FIRST_READ)
            if len(head) >= HEADER.size and head.startswith(MAGIC):
                wanted = HEADER.unpack(head[: HEADER.size])[1]
                if FIRST_READ < wanted <= MAX_MANIFEST:
                    head += fh.read(wanted - FIRST_READ)
    except FileNotFoundError as exc:
        raise BackupInvalid("backup_file_missing") from exc
    except IsADirectoryError as exc:
        raise BackupInvalid("backup_not_a_backup") from exc
    except OSError as exc:
        raise read_error(exc) from exc
    if size == 0:
        raise BackupInvalid("backup_empty")
    if len(head) < len(MAGIC):
        raise BackupInvalid("backup_truncated" if MAGIC.startswith(head) else "backup_not_a_backup")
    magic = head[: len(MAGIC)]
    if magic != MAGIC:
        found = _as_manifest(head[HEADER.size:])
        if found is None and not magic.startswith(MAGIC_PREFIX):
            raise BackupInvalid("backup_not_a_backup")
        digit = magic[len(MAGIC_PREFIX):].decode("ascii", "replace")
        claimed = found.get("format_version") if found else None
        if digit.isdigit() and int(digit) > FORMAT_VERSION and (found is None or claimed == int(digit)):
            raise BackupInvalid("backup_newer_format", version=digit)
        raise BackupInvalid("backup_altered")
    if len(head) < HEADER.size:
        raise BackupInvalid("backup_truncated")
    _magic, length = HEADER.unpack(head[: HEADER.size])
    end = HEADER.size + length
    manifest: dict[str, Any] | None = None
    if length <= MAX_MANIFEST and end <= size:
        body = head[HEADER.size:end]
        try:
            if keys.json_depth(body, MAX_MANIFEST_DEPTH) > MAX_MANIFEST_DEPTH:
                raise ValueError("nested too deeply")
            parsed = json.loads(body.decode("utf-8"))
            manifest = parsed if isinstance(parsed, dict) else None
        except (UnicodeDecodeError, ValueError, RecursionError):
            manifest = None
        if manifest is None:
            raise BackupInvalid("backup_altered")
    elif end <= size:  # the file holds a manifest longer than any we write: altered, never read
        raise BackupInvalid("backup_altered")
    else:  # the manifest runs past the end: a cut-off file, unless the length field itself is wrong
        raise BackupInvalid("backup_altered" if _as_manifest(head[HEADER.size:]) else "backup_truncated")
    if manifest.get("format") != FORMAT:
        raise BackupInvalid("backup_altered")
    _check_fields(manifest)
    if manifest["format_version"] != FORMAT_VERSION:
        raise BackupInvalid("backup_altered")
    payload_size = size - end
    if payload_size < manifest["payload"]["size"]:
        raise BackupInvalid("backup_truncated")
    if payload_size > manifest["payload"]["size"]:
        raise BackupInvalid("backup_altered")
    return BackupHeader(
        path=path,
        created_at=parse_created_at(manifest["created_at"]),
        app_version=manifest["app_version"],
        schema_revision=manifest["schema_revision"],
        vault_id=manifest["vault_id"],
        file_size=size,
        payload_offset=end,
        payload_size=payload_size,
        payload_sha256=manifest["payload"]["sha256"],
        manifest=manifest,
    )


def copy_payload(header: BackupHeader, target: Path, check: Any = None) -> str:
    """Copy the payload out of the backup into `target` (created 0600), fsynced; returns its SHA-256."""
    digest = hashlib.sha256()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as out, open(header.path, "rb") as src:
        src.seek(header.payload_offset)
        remaining = header.payload_size
        while remaining > 0:
            chunk = src.read(min(1 << 20, remaining))
            if not chunk:
                raise BackupInvalid("backup_truncated")
            digest.update(chunk)
            out.write(chunk)
            remaining -= len(chunk)
            if check is not None:
                check()
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()
