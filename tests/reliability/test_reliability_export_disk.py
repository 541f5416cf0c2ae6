"""A full disk and a read-only target during the quarterly export: a clear Dutch error, no partial file
under the final name, and the vault untouched. Uses real tmpfs mounts when running as root (CI does),
and an injected ENOSPC/EROFS otherwise."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app import atomic
from coordinator_app.db.vault import Vault
from coordinator_app.domain.quarter import Quarter
from coordinator_app.errors import KnownError
from coordinator_app.services.quarterly import exports
from tests.helpers import folder_hashes
from tests.security.figures import record


@contextlib.contextmanager
def _mount(path: Path, options: str) -> Iterator[bool]:
    """Yield True with a tmpfs mounted at `path`, False when mounting is not possible here."""
    path.mkdir()
    mounted = False
    if os.geteuid() == 0:
        with contextlib.suppress(FileNotFoundError):
            mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                                     capture_output=True).returncode == 0
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(path)], check=False)


def _inject(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    real = os.fdopen

    class Failing:
        def __init__(self, fh):
            self._fh = fh

        def write(self, data):
            raise OSError(code, os.strerror(code))

        def __getattr__(self, name):
            return getattr(self._fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._fh.close()

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode="r", *a, **k: Failing(real(fd, mode, *a, **k)))


@pytest.mark.parametrize("kind", ["full", "read_only"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_export_to_a_full_or_read_only_target(demo_vault: Vault, demo_vault_dir: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch, kind: str, fmt: str) -> None:
    before = folder_hashes(demo_vault_dir)
    options = "size=4k,mode=0700" if kind == "full" else "ro,size=64k"
    target_dir = tmp_path / "target"
    with _mount(target_dir, options) as mounted:
        if not mounted or (kind == "full" and fmt == "csv"):  # the CSV (about 2 kB) fits in the 4 kB tmpfs
            _inject(monkeypatch, errno.ENOSPC if kind == "full" else errno.EROFS)
        target = target_dir / f"kwartaal.{fmt}"
        with pytest.raises(KnownError) as err:
            exports.export_quarterly(demo_vault, Quarter.of(__import__("datetime").date.today()), fmt,
                                             target)
        message = err.value.message("nl")
        assert "niet worden opgeslagen" in message
        if kind == "full":
            assert "vol" in message
        assert not target.exists()
        leftovers = [p.name for p in target_dir.iterdir()] if target_dir.exists() else []
        assert leftovers == []
    after = {k: v for k, v in folder_hashes(demo_vault_dir).items() if not k.startswith("vault.db")}
    assert after == {k: v for k, v in before.items() if not k.startswith("vault.db")}
    record(f"quarterly export ({fmt}) to a {kind.replace('_', '-')} target", 1, 1,
           "real tmpfs" if mounted and not (kind == "full" and fmt == "csv") else "injected error")
