"""The key-slot file (`vault.keys` and its copy `vault.keys.bak`), as LUKS does it.

A random 32-byte data key opens the SQLCipher database. It is stored only wrapped with
AES-256-GCM under key slots: a passphrase slot (key from Argon2id, parameters stored in the slot)
and a recovery slot (key from HKDF-SHA256 over a high-entropy recovery code). The associated data
binds each slot to the vault id, its kind and its KDF parameters.

A SHA-256 checksum over the file's content tells a damaged file (checksum wrong: try the copy)
from a wrong secret (checksum right, GCM tag wrong). The file also carries the generation
counter used for rollback detection (see vault.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from coordinator_app.atomic import atomic_write_bytes
from coordinator_app.db import recovery_code, secret
from coordinator_app.errors import KeyDerivationFailed, VaultDamaged, WrongSecret

KEYS_FILE = "vault.keys"
KEYS_BACKUP = "vault.keys.bak"
FORMAT = "coordinator-keys"
VERSION = 1
DATA_KEY_BYTES = 32


@dataclass(frozen=True)
class KdfProfile:
    """Argon2id cost. PRODUCTION is RFC 9106's second recommended profile."""

    time_cost: int
    memory_cost_kib: int
    parallelism: int


# RFC 9106's second recommended profile is t=3, 64 MiB; it took only 0.09–0.15 s on these 2-core machines,
# so time and memory are raised to about 0.3 s here (memory-hardness is what slows a GPU attacker most).
# Parameters are stored per slot: raising them again later re-wraps at the next passphrase change.
PRODUCTION = KdfProfile(time_cost=4, memory_cost_kib=128 * 1024, parallelism=4)
# Cheap profile for the test suite and the self-test's throw-away vault only; no UI or CLI option selects it.
TEST_ONLY = KdfProfile(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)

# Bounds every field of a key file (and of the key slots inside a backup's manifest) is checked against
# before anything is derived or allocated (docs/SECURITY.md, "Verify before trust"). Out of bounds is
# "damaged or altered", never a long computation: a crafted file cannot make the app hang or run out of memory.
MAX_KEYFILE_BYTES = 16 * 1024
MAX_JSON_DEPTH = 8
ARGON2_TIME_COST = (1, 10)
ARGON2_MEMORY_KIB = (8 * 1024, 1024 * 1024)  # 8 MiB .. 1 GiB
ARGON2_PARALLELISM = (1, 16)
SALT_BYTES = (16, 64)
NONCE_BYTES = 12
WRAPPED_BYTES = DATA_KEY_BYTES + 16  # the data key plus the GCM tag
MAX_GENERATION = 2**53
SLOT_KINDS = ("passphrase", "recovery")


def json_depth(raw: bytes, limit: int) -> int:
    """The deepest nesting of `[` and `{` in JSON text (outside strings), counting only up to `limit + 1` and
    only up to the end of the first top-level value (bytes after it are not JSON): checked before
    `json.loads`, whose recursion a deeply nested file would exhaust."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
        elif byte in (0x5D, 0x7D):
            depth -= 1
            if depth <= 0:
                break
    return deepest


def _int_in(value: object, bounds: tuple[int, int]) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and bounds[0] <= value <= bounds[1]


def _salt_ok(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 4 * SALT_BYTES[1]:
        return False
    try:
        return SALT_BYTES[0] <= len(_unb64(value)) <= SALT_BYTES[1]
    except ValueError:
        return False


def check_kdf(kind: str, kdf: object) -> None:
    """Raise VaultDamaged unless `kdf` is a known KDF with every parameter inside the documented bounds."""
    if not isinstance(kdf, dict):
        raise VaultDamaged("keyfile_damaged")
    if kind == "passphrase":
        ok = (
            set(kdf) == {"name", "time_cost", "memory_cost_kib", "parallelism", "salt"}
            and kdf["name"] == "argon2id"
            and _int_in(kdf["time_cost"], ARGON2_TIME_COST)
            and _int_in(kdf["memory_cost_kib"], ARGON2_MEMORY_KIB)
            and _int_in(kdf["parallelism"], ARGON2_PARALLELISM)
            and kdf["memory_cost_kib"] >= 8 * kdf["parallelism"]  # Argon2's own minimum
            and _salt_ok(kdf["salt"])
        )
    elif kind == "recovery":
        ok = set(kdf) == {"name", "salt"} and kdf["name"] == "hkdf-sha256" and _salt_ok(kdf["salt"])
    else:
        ok = False
    if not ok:
        raise VaultDamaged("keyfile_damaged")


@dataclass(frozen=True)
class Slot:
    kind: str  # "passphrase" | "recovery"
    kdf: dict[str, Any]
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "kdf": self.kdf, "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        if not isinstance(data, dict) or set(data) != {"kind", "kdf", "nonce", "wrapped"}:
            raise ValueError("slot")
        check_kdf(data["kind"], data["kdf"])
        if not all(isinstance(data[k], str) and len(data[k]) <= 128 for k in ("nonce", "wrapped")):
            raise ValueError("slot")
        slot = cls(data["kind"], dict(data["kdf"]), _unb64(data["nonce"]), _unb64(data["wrapped"]))
        if len(slot.nonce) != NONCE_BYTES or len(slot.wrapped) != WRAPPED_BYTES:
            raise ValueError("slot")
        return slot


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    generation: int
    slots: tuple[Slot, ...] = field(default_factory=tuple)

    def slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def with_slot(self, slot: Slot) -> KeyFile:
        others = tuple(s for s in self.slots if s.kind != slot.kind)
        return replace(self, slots=(*others, slot))

    def with_generation(self, generation: int) -> KeyFile:
        return replace(self, generation=generation)

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "slots": [s.to_json() for s in self.slots],
        }

    def to_bytes(self) -> bytes:
        body = self._body()
        body["checksum"] = _checksum(body)
        return json.dumps(body, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        """Parse and check a key file; any inconsistency raises VaultDamaged.

        Size and nesting are checked before parsing, every field against its bounds before use."""
        try:
            if len(raw) > MAX_KEYFILE_BYTES or json_depth(raw, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
                raise ValueError("size")
            data = json.loads(raw.decode("utf-8"))
            checksum = data.pop("checksum")
            if data.get("format") != FORMAT or data.get("version") != VERSION or checksum != _checksum(data):
                raise ValueError("checksum")
            vault_id, generation, raw_slots = data["vault_id"], data["generation"], data["slots"]
            if not isinstance(vault_id, str) or len(vault_id) != 32 or vault_id.strip("0123456789abcdef"):
                raise ValueError("vault_id")
            if not _int_in(generation, (0, MAX_GENERATION)) or not isinstance(raw_slots, list) or len(raw_slots) > 2:
                raise ValueError("generation")
            slots = tuple(Slot.from_json(s) for s in raw_slots)
            if len({s.kind for s in slots}) != len(slots):
                raise ValueError("slots")
            return cls(vault_id, generation, slots)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, RecursionError) as exc:
            raise VaultDamaged("keyfile_damaged") from exc


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()


def _aad(vault_id: str, kind: str, kdf: dict[str, Any]) -> bytes:
    return json.dumps({"vault": vault_id, "slot": kind, "kdf": kdf}, sort_keys=True).encode("utf-8")


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same text typed on another keyboard layout gives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _argon2(passphrase: str, kdf: dict[str, Any]) -> bytes | bytearray:
    check_kdf("passphrase", kdf)
    secret_bytes = normalise_passphrase(passphrase)
    try:
        if kdf["memory_cost_kib"] >= CHILD_MEMORY_KIB:
            return derive_in_child(secret_bytes, kdf)
        return _hash(secret_bytes, kdf)
    finally:
        secret.wipe(secret_bytes)


def _hash(secret_bytes: bytes | bytearray, kdf: dict[str, Any]) -> bytes:
    return hash_secret_raw(
        bytes(secret_bytes),
        _unb64(kdf["salt"]),
        time_cost=int(kdf["time_cost"]),
        memory_cost=int(kdf["memory_cost_kib"]),
        parallelism=int(kdf["parallelism"]),
        hash_len=KEK_BYTES,
        type=Type.ID,
    )


# Argon2id with at least this much memory (the production profile) runs in a short-lived child process: its
# memory (128 MiB) is the child's and goes back to the operating system when the child ends, instead of coming
# on top of the app's own peak. The passphrase goes in and the key-encryption key comes back over a pipe, read
# into a bytearray that is wiped after use; the kernel zeroes the child's pages before it hands them out again.
CHILD_MEMORY_KIB = 32 * 1024
KEK_BYTES = 32
CHILD_TIMEOUT_S = 120


def derive_in_child(secret_bytes: bytes | bytearray, kdf: dict[str, Any]) -> bytearray:
    """Argon2id in a fresh process (multiprocessing "spawn": also in the frozen program, whose entry point calls
    `freeze_support`; like every spawned child it imports the main module, which must keep its work under
    `if __name__ == "__main__"`). Raises KeyDerivationFailed when the child could not start or did not answer."""
    import multiprocessing  # loaded on first unlock, not at start-up: start-up time

    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    child = context.Process(target=_child_main, args=(theirs, dict(kdf)), name="coordinator-kdf", daemon=True)
    kek = bytearray(KEK_BYTES)
    started = False
    try:
        child.start()
        started = True
        theirs.close()
        ours.send_bytes(secret_bytes)
        if not ours.poll(CHILD_TIMEOUT_S) or ours.recv_bytes_into(kek) != KEK_BYTES:
            raise KeyDerivationFailed()
    except (OSError, EOFError, RuntimeError) as exc:  # RuntimeError: spawning refused (see multiprocessing)
        secret.wipe(kek)
        raise KeyDerivationFailed() from exc
    except KeyDerivationFailed:
        secret.wipe(kek)
        raise
    finally:
        ours.close()
        if started:
            child.join(CHILD_TIMEOUT_S)
            if child.is_alive():
                child.kill()
                child.join()
    return kek


def _child_main(conn: Any, kdf: dict[str, Any]) -> None:
    """In the child: read the passphrase, derive, send the key back."""
    try:
        conn.send_bytes(_hash(conn.recv_bytes(), kdf))  # this process's memory ends with it
    finally:
        conn.close()


def _hkdf(code: str, kdf: dict[str, Any], vault_id: str) -> bytes:
    check_kdf("recovery", kdf)
    canonical = recovery_code.normalise(code)
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=_unb64(kdf["salt"]),
        info=b"coordinator recovery slot v1 " + vault_id.encode("ascii"),
    ).derive(recovery_code.secret_bytes(canonical))


def _wrap(kind: str, kdf: dict[str, Any], kek: bytes | bytearray, data_key: bytes | bytearray, vault_id: str) -> Slot:
    nonce = os.urandom(12)
    plain = bytearray(data_key)  # our own copy: bytes(b) is b itself, and wiping it would zero the caller's key
    try:
        wrapped = AESGCM(kek).encrypt(nonce, plain, _aad(vault_id, kind, kdf))
    finally:
        secret.wipe(kek)
        secret.wipe(plain)
    return Slot(kind, kdf, nonce, wrapped)


def _unwrap(slot: Slot, kek: bytes | bytearray, vault_id: str) -> bytearray:
    """The data key as a bytearray (the caller wipes it); the key-encryption key is wiped here."""
    try:
        key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(vault_id, slot.kind, slot.kdf))
    except InvalidTag as exc:
        raise WrongSecret("wrong_passphrase" if slot.kind == "passphrase" else "wrong_recovery_code") from exc
    finally:
        secret.wipe(kek)
    owned = bytearray(key)
    secret.wipe(key)
    if len(owned) != DATA_KEY_BYTES:
        raise VaultDamaged("keyfile_damaged")
    return owned


def passphrase_slot(
    data_key: bytes | bytearray, passphrase: str, vault_id: str, profile: KdfProfile = PRODUCTION
) -> Slot:
    kdf = {
        "name": "argon2id",
        "time_cost": profile.time_cost,
        "memory_cost_kib": profile.memory_cost_kib,
        "parallelism": profile.parallelism,
        "salt": _b64(os.urandom(16)),
    }
    return _wrap("passphrase", kdf, _argon2(passphrase, kdf), data_key, vault_id)


def recovery_slot(data_key: bytes | bytearray, code: str, vault_id: str) -> Slot:
    kdf = {"name": "hkdf-sha256", "salt": _b64(os.urandom(16))}
    return _wrap("recovery", kdf, _hkdf(code, kdf, vault_id), data_key, vault_id)


def new_keyfile(
    data_key: bytes | bytearray, passphrase: str, code: str, vault_id: str, profile: KdfProfile = PRODUCTION
) -> KeyFile:
    slots = (passphrase_slot(data_key, passphrase, vault_id, profile), recovery_slot(data_key, code, vault_id))
    return KeyFile(vault_id=vault_id, generation=0, slots=slots)


def unlock(keyfile: KeyFile, *, passphrase: str | None = None, code: str | None = None) -> bytearray:
    """Derive the slot key and unwrap the data key. Slow for a passphrase (Argon2id): call off the GUI thread."""
    if passphrase is not None:
        slot = keyfile.slot("passphrase")
        if slot is None or slot.kdf.get("name") != "argon2id":
            raise VaultDamaged("keyfile_damaged")
        return _unwrap(slot, _argon2(passphrase, slot.kdf), keyfile.vault_id)
    if code is not None:
        canonical = recovery_code.normalise(code)  # typo check before any derivation
        slot = keyfile.slot("recovery")
        if slot is None or slot.kdf.get("name") != "hkdf-sha256":
            raise VaultDamaged("keyfile_damaged")
        return _unwrap(slot, _hkdf(canonical, slot.kdf, keyfile.vault_id), keyfile.vault_id)
    raise ValueError("passphrase or code required")


def read_keyfile(folder: Path) -> tuple[KeyFile, bool]:
    """Read `vault.keys`, falling back to `vault.keys.bak`. Returns (keyfile, used_backup)."""
    main, bak = folder / KEYS_FILE, folder / KEYS_BACKUP
    try:
        return KeyFile.from_bytes(main.read_bytes()), False
    except (OSError, VaultDamaged):
        pass
    try:
        return KeyFile.from_bytes(bak.read_bytes()), True
    except OSError as exc:
        raise VaultDamaged("keyfile_damaged") from exc


def slots_digest(keyfile: KeyFile) -> str:
    """SHA-256 over the vault id and the key slots (not the generation): the database records it, so a key
    file with other slots (an old one put back after a passphrase change) is recognised."""
    slots = sorted((s.to_json() for s in keyfile.slots), key=lambda s: s["kind"])
    body = {"vault_id": keyfile.vault_id, "slots": slots}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()


def read_candidates(folder: Path) -> list[KeyFile]:
    """`vault.keys` and then `vault.keys.bak`, each only if readable and whole. Two files with the same slots
    unwrap the same key: only one is tried, carrying the higher generation of the two (both are written
    together, so putting back one old file cannot lower the generation a rollback is measured against).
    VaultDamaged when neither is readable."""
    found: list[KeyFile] = []
    for name in (KEYS_FILE, KEYS_BACKUP):
        try:
            keyfile = KeyFile.from_bytes((folder / name).read_bytes())
        except (OSError, VaultDamaged):
            continue
        same = next((i for i, other in enumerate(found) if slots_digest(other) == slots_digest(keyfile)), None)
        if same is None:
            found.append(keyfile)
        elif keyfile.generation > found[same].generation:
            found[same] = found[same].with_generation(keyfile.generation)
    if not found:
        raise VaultDamaged("keyfile_damaged")
    return found


def write_keyfile(folder: Path, keyfile: KeyFile, *, with_backup: bool = True) -> None:
    """Atomically write the key file, then its spare copy (both with the same content and generation)."""
    data = keyfile.to_bytes()
    atomic_write_bytes(folder / KEYS_FILE, data)
    if with_backup:
        atomic_write_bytes(folder / KEYS_BACKUP, data)
