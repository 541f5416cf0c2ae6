"""Attachments of 0 bytes and 200 MB: memory stays bounded while storing and reading, and a cancel
half-way leaves no orphan rows behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from coordinator_app.services.documents import storage
from tests.conftest import PASSPHRASE
from tests.helpers import ROOT
from tests.security.figures import record

BIG = storage.MAX_DOCUMENT_BYTES  # 200 MiB, the limit itself

STORE_BIG = """
import hashlib, sys
from coordinator_app.db.vault import Vault
from coordinator_app.services.documents import storage as documents

def status(field):
    return int(next(l for l in open("/proc/self/status") if l.startswith(field)).split()[1]) // 1024

def reset_peak():
    with open("/proc/self/clear_refs", "w") as fh:  # resets VmHWM to the current resident size
        fh.write("5")

folder, passphrase, path, case_id = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
with Vault.open(folder, passphrase=passphrase) as v:
    reset_peak()
    base = status("VmRSS")
    doc = documents.add_attachment(v, case_id, path, "groot bestand")
    store_peak = status("VmHWM")
    reset_peak()
    digest = hashlib.sha256()
    for chunk in documents.iter_chunks(v, doc):
        digest.update(chunk)
    read_peak = status("VmHWM")
    info = documents.get_document(v, doc)
print(info.size, info.sha256 == digest.hexdigest(), base, store_peak, read_peak)
"""


def _case(vault_dir: Path) -> int:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        return store.create_case(v, store.CaseInput(signal_received_on="2026-06-01"))


def test_zero_byte_attachment(vault_dir: Path, tmp_path: Path) -> None:
    case_id = _case(vault_dir)
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        doc = storage.add_attachment(v, case_id, empty)
        assert storage.read_bytes(v, doc) == b""
        assert storage.get_document(v, doc).size == 0


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc to read the resident size")
def test_200_mb_attachment_keeps_memory_bounded(vault_dir: Path, tmp_path: Path) -> None:
    case_id = _case(vault_dir)
    big = tmp_path / "scan.bin"
    with open(big, "wb") as fh:
        block = os.urandom(1024 * 1024)
        for i in range(BIG // len(block)):
            fh.write(block[i % 7:] + block[: i % 7])
    result = subprocess.run([sys.executable, "-c", STORE_BIG, str(vault_dir), PASSPHRASE, str(big), str(case_id)],
                            capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    size, same, base_mb, store_peak, read_peak = result.stdout.split()
    assert int(size) == BIG and same == "True"
    growth = max(int(store_peak), int(read_peak)) - int(base_mb)
    record("200 MiB attachment: memory growth while storing and reading", 1, int(growth < 100),
           f"peak grew {growth} MB (store peak {store_peak} MB, read peak {read_peak} MB, base {base_mb} MB; "
           "bound: 100 MB growth)")
    assert growth < 100, result.stdout


def test_cancel_halfway_leaves_no_orphan(vault_dir: Path, tmp_path: Path) -> None:
    case_id = _case(vault_dir)
    path = tmp_path / "half.bin"
    path.write_bytes(os.urandom(8 * storage.CHUNK_SIZE))

    class Cancelled(Exception):
        pass

    def progress(done: int) -> None:
        if done >= 4 * storage.CHUNK_SIZE:
            raise Cancelled()

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        with pytest.raises(Cancelled):
            storage.add_attachment(v, case_id, path, progress=progress)
        assert v.execute_sql("SELECT count(*) FROM documents")[0][0] == 0
        assert v.execute_sql("SELECT count(*) FROM document_chunks")[0][0] == 0
        assert v.check() == []


def test_over_the_limit_is_refused_with_a_clear_message(vault_dir: Path, tmp_path: Path) -> None:
    from coordinator_app.errors import ValidationError

    case_id = _case(vault_dir)
    path = tmp_path / "te-groot.bin"
    path.write_bytes(b"x" * (3 * 1024 * 1024))
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        with pytest.raises(ValidationError) as err:
            storage.add_attachment(v, case_id, path, limit=2 * 1024 * 1024)
        assert "2" in err.value.message("nl")
        assert v.execute_sql("SELECT count(*) FROM document_chunks")[0][0] == 0
