"""The production key derivation runs in a short-lived child process (keys.derive_in_child): the key is the
Argon2id result the library computes in-process, and the 128 MiB it needs never count in the app's own memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from argon2.low_level import Type, hash_secret_raw

from coordinator_app import errors
from coordinator_app.db import keys
from coordinator_app.errors import KeyDerivationFailed

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "Zeeuwse  bolus met ŁÓDŹ en café"  # NFC and NFD spellings must agree: composed here


def _kdf(profile: keys.KdfProfile) -> dict:
    return {"name": "argon2id", "time_cost": profile.time_cost, "memory_cost_kib": profile.memory_cost_kib,
            "parallelism": profile.parallelism, "salt": keys._b64(os.urandom(16))}


def test_production_derivation_in_the_child_equals_the_library_in_process() -> None:
    kdf = _kdf(keys.PRODUCTION)
    assert kdf["memory_cost_kib"] >= keys.CHILD_MEMORY_KIB  # the production profile takes the child path
    derived = keys._argon2(PASSPHRASE, kdf)
    expected = hash_secret_raw(PASSPHRASE.encode("utf-8"), keys._unb64(kdf["salt"]), time_cost=4,
                               memory_cost=128 * 1024, parallelism=4, hash_len=32, type=Type.ID)
    assert isinstance(derived, bytearray) and bytes(derived) == expected


def test_a_production_slot_unlocks_and_refuses_a_wrong_passphrase() -> None:
    data_key = os.urandom(32)
    slot = keys.passphrase_slot(data_key, PASSPHRASE, "v1", keys.PRODUCTION)
    keyfile = keys.KeyFile("v1", 0, (slot,))
    assert bytes(keys.unlock(keyfile, passphrase=PASSPHRASE)) == data_key
    with pytest.raises(errors.WrongSecret):
        keys.unlock(keyfile, passphrase=PASSPHRASE + "x")


def test_a_child_that_cannot_start_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing.context

    def refuse(self) -> None:
        raise OSError("no processes left")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refuse)
    with pytest.raises(KeyDerivationFailed) as raised:
        keys._argon2(PASSPHRASE, _kdf(keys.PRODUCTION))
    assert "hulpproces" in raised.value.message("nl") and "helper process" in raised.value.message("en")


PROBE = """
import json, os, sys
from coordinator_app.db import keys

def hwm_kib():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))

if __name__ == "__main__":
    data_key = os.urandom(32)
    slot = keys.passphrase_slot(data_key, "pass phrase", "v1", keys.PRODUCTION)
    before = hwm_kib()
    key = keys.unlock(keys.KeyFile("v1", 0, (slot,)), passphrase="pass phrase")
    print(json.dumps({"before": before, "after": hwm_kib(), "ok": bytes(key) == data_key}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="VmHWM is read from /proc (Linux)")
def test_the_argon2_memory_is_not_in_the_apps_process(tmp_path: Path) -> None:
    """Peak resident memory (VmHWM) of a process that creates and unlocks a production slot grows by far less
    than Argon2id's 128 MiB."""
    script = tmp_path / "probe.py"
    script.write_text(PROBE, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ok"]
    assert report["after"] - report["before"] < 16 * 1024, report  # KiB: the 131,072 KiB stayed in the child


def test_python_m_coordinator_app_opens_a_production_vault(tmp_path: Path) -> None:
    """The command line opens (and refuses) a production vault through the child process: the spawned child must
    not run the CLI a second time (multiprocessing does not import a package's `__main__` again)."""
    from coordinator_app.db.vault import Vault
    from tests.helpers import run_cli

    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, "een lange wachtzin", profile=keys.PRODUCTION)
    vault.close()
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text("een lange wachtzin\n", encoding="utf-8")
    done = run_cli("check", "--vault", str(folder), "--passphrase-file", str(passphrase_file), timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("een andere wachtzin\n", encoding="utf-8")
    refused = run_cli("check", "--vault", str(folder), "--passphrase-file", str(wrong), timeout=300)
    assert refused.returncode == 3, refused.stderr[-2000:]
