"""One truth for key file, spare and database: rollback scenarios are reported (never opened silently),
key-file mix-ups fall back to the right file, and a report has a way forward (recovery code + explicit
confirmation, audited) in the library and the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from coordinator_app.db import keys
from coordinator_app.db.vault import SET_ASIDE, Vault
from coordinator_app.errors import KeyFileOtherVault, RollbackDetected, WrongSecret
from coordinator_app.services import audit
from coordinator_app.services.cases import store
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.security.figures import record

ROOT = Path(__file__).resolve().parent.parent.parent
NEW_PASSPHRASE = "Een heel ander wachtwoord 2026!"
FILES = ("vault.db", keys.KEYS_FILE, keys.KEYS_BACKUP)


def _add(vault_dir: Path, number: str, passphrase: str = PASSPHRASE) -> None:
    with Vault.open(vault_dir, passphrase=passphrase) as v:
        store.create_case(v, store.CaseInput(signal_received_on="2026-02-02", case_number=number))


def _snapshot(vault_dir: Path, target: Path) -> Path:
    target.mkdir()
    for name in FILES:
        shutil.copy2(vault_dir / name, target / name)
    return target


def _put_back(old: Path, vault_dir: Path, *names: str) -> None:
    for name in names:
        if name == "vault.db":
            for suffix in ("-wal", "-shm"):
                (vault_dir / f"vault.db{suffix}").unlink(missing_ok=True)
        shutil.copy2(old / name, vault_dir / name)


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))


def _raise_generation(path: Path, by: int) -> None:
    keyfile = keys.KeyFile.from_bytes(path.read_bytes())
    path.write_bytes(keyfile.with_generation(keyfile.generation + by).to_bytes())


KILLED_WRITER = textwrap.dedent("""
    import os, signal, sys
    from coordinator_app.db.vault import Vault
    from coordinator_app.services.cases import store as cases
    v = Vault.open(sys.argv[1], passphrase=sys.argv[2])
    v.execute_sql("PRAGMA wal_autocheckpoint = 0")
    for n in range(3):
        cases.create_case(v, cases.CaseInput(signal_received_on="2026-02-03", case_number=f"WAL-{n}"))
    os.kill(os.getpid(), signal.SIGKILL)
""")


def _lose_wal(vault_dir: Path, _old: Path) -> None:
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(vault_dir), PASSPHRASE], cwd=ROOT, timeout=120)
    assert done.returncode == -9
    assert (vault_dir / "vault.db-wal").stat().st_size > 0
    (vault_dir / "vault.db-wal").unlink()
    (vault_dir / "vault.db-shm").unlink(missing_ok=True)


def _change_passphrase(vault_dir: Path) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        v.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, profile=keys.TEST_ONLY)


SCENARIOS: dict[str, Callable[[Path, Path], None]] = {
    "old vault.db put back": lambda d, old: _put_back(old, d, "vault.db"),
    "old vault.db put back, vault.keys deleted": lambda d, old: (
        _put_back(old, d, "vault.db"), (d / keys.KEYS_FILE).unlink()),
    "old vault.db put back, vault.keys damaged": lambda d, old: (
        _put_back(old, d, "vault.db"), _damage(d / keys.KEYS_FILE)),
    "old vault.db and old vault.keys put back (spare current)": lambda d, old: _put_back(
        old, d, "vault.db", keys.KEYS_FILE),
    "old vault.db and old spare put back (vault.keys current)": lambda d, old: _put_back(
        old, d, "vault.db", keys.KEYS_BACKUP),
    "WAL lost after a crash": _lose_wal,
    "key file with a raised generation": lambda d, _old: [_raise_generation(d / n, 5) for n in (keys.KEYS_FILE,)],
    "both key files older than the database": lambda d, old: _put_back(old, d, keys.KEYS_FILE, keys.KEYS_BACKUP),
    "old vault.keys put back after a passphrase change": lambda d, old: (
        _change_passphrase(d), _put_back(old, d, keys.KEYS_FILE)),
    "old vault.keys and spare put back after a passphrase change": lambda d, old: (
        _change_passphrase(d), _put_back(old, d, keys.KEYS_FILE, keys.KEYS_BACKUP)),
}


def _scenario(vault_dir: Path, tmp_path: Path, name: str) -> None:
    _add(vault_dir, "OLD-1")
    old = _snapshot(vault_dir, tmp_path / "old")
    for n in range(3):
        _add(vault_dir, f"NEW-{n}")
    SCENARIOS[name](vault_dir, old)


def test_every_rollback_scenario_is_reported(vault_dir: Path, tmp_path: Path) -> None:
    reported: list[str] = []
    template = tmp_path / "template"
    shutil.copytree(vault_dir, template)
    for i, name in enumerate(SCENARIOS):
        work = tmp_path / f"s{i}"
        shutil.copytree(template, work)
        (tmp_path / f"s{i}-tmp").mkdir()
        _scenario(work, tmp_path / f"s{i}-tmp", name)
        try:
            Vault.open(work, passphrase=PASSPHRASE).close()  # the old passphrase in the last two scenarios
        except RollbackDetected as exc:
            assert "herstelcode" in exc.message("nl"), exc.code
            reported.append(name)
        except WrongSecret:
            pass
    record("rollback scenarios (old database, old or damaged key files, lost WAL, crafted generation, "
           "old key file after a passphrase change)", len(SCENARIOS), len(reported),
           "reported with the way forward (recovery code + confirmation); none opened silently")
    assert reported == list(SCENARIOS)


@pytest.mark.parametrize("name", ["old vault.db put back", "WAL lost after a crash",
                                  "old vault.keys and spare put back after a passphrase change"])
def test_a_report_has_a_way_forward_with_the_recovery_code(
    vault_dir: Path, tmp_path: Path, recovery_code: str, name: str
) -> None:
    (tmp_path / "tmp").mkdir()
    _scenario(vault_dir, tmp_path / "tmp", name)
    with pytest.raises(RollbackDetected):
        Vault.open(vault_dir, code=recovery_code)  # the code alone does not accept it
    with Vault.open(vault_dir, code=recovery_code, accept_rollback=True) as v:
        numbers = {n for (n,) in v.execute_sql("SELECT case_number FROM cases")}
        assert "OLD-1" in numbers
        events = [e for e in audit.events(v) if e.event == "rollback_accepted"]
        assert len(events) == 1 and events[0].detail in ("vault_rollback", "keyfile_replaced", "keyfile_older")
    # accepted once: no report any more (the accepted key file holds the original passphrase in every scenario)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert v.check() == []


def test_cli_rollback_report_names_the_way_forward_and_accepts_with_the_code(
    vault_dir: Path, tmp_path: Path, recovery_code: str, passphrase_file: Path
) -> None:
    (tmp_path / "tmp").mkdir()
    _scenario(vault_dir, tmp_path / "tmp", "old vault.db put back")
    result = run_cli("check", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    assert result.returncode == 1
    assert "ouder dan het sleutelbestand" in result.stderr and "--accept-rollback" in result.stderr
    code_file = tmp_path / "code.txt"
    code_file.write_text(recovery_code + "\n", encoding="utf-8")
    result = run_cli("check", "--vault", str(vault_dir), "--accept-rollback", "--recovery-code-file", str(code_file))
    assert result.returncode == 0, result.stderr
    assert "vastgelegd" in result.stdout and "in orde" in result.stdout
    result = run_cli("check", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    assert result.returncode == 0, result.stderr


# --- key-file mix-ups ---------------------------------------------------------------------------------


@pytest.fixture
def other_vault(tmp_path: Path) -> Path:
    v, _code = Vault.create(tmp_path / "other", PASSPHRASE, profile=keys.TEST_ONLY)
    v.close()
    return tmp_path / "other"


def _opens(vault_dir: Path, passphrase: str = PASSPHRASE) -> bool:
    with Vault.open(vault_dir, passphrase=passphrase) as v:
        return v.check() == []


def test_key_file_mix_ups(vault_dir: Path, tmp_path: Path, other_vault: Path) -> None:
    _add(vault_dir, "MINE-1")
    template = tmp_path / "mine"
    shutil.copytree(vault_dir, template)
    main, spare = keys.KEYS_FILE, keys.KEYS_BACKUP
    outcomes: dict[str, bool] = {}

    def fresh(name: str) -> Path:
        work = tmp_path / name
        shutil.copytree(template, work)
        return work

    # another vault's valid key file (same passphrase) in place of vault.keys: set aside, spare used
    work = fresh("foreign-main")
    shutil.copy2(other_vault / main, work / main)
    outcomes["foreign vault.keys, good spare"] = (
        _opens(work) and (work / main).read_bytes() == (work / spare).read_bytes()
        and len(list(work.glob(f"{SET_ASIDE}*"))) == 1)
    # another vault's key file with another passphrase: our passphrase still opens via the spare
    work = fresh("foreign-main-other-pass")
    third, _code = Vault.create(tmp_path / "third", NEW_PASSPHRASE, profile=keys.TEST_ONLY)
    third.close()
    shutil.copy2(tmp_path / "third" / main, work / main)
    outcomes["foreign vault.keys (other passphrase), good spare"] = _opens(work)
    # a foreign spare plus a damaged main file: reported, the main file is not overwritten with the foreign one
    work = fresh("foreign-spare-damaged-main")
    shutil.copy2(other_vault / spare, work / spare)
    _damage(work / main)
    damaged = (work / main).read_bytes()
    try:
        Vault.open(work, passphrase=PASSPHRASE).close()
        outcomes["foreign spare, damaged vault.keys"] = False
    except KeyFileOtherVault as exc:
        outcomes["foreign spare, damaged vault.keys"] = (
            (work / main).read_bytes() == damaged and "andere kluis" in str(exc))
    # both key files of another vault
    work = fresh("both-foreign")
    for name in (main, spare):
        shutil.copy2(other_vault / name, work / name)
    try:
        Vault.open(work, passphrase=PASSPHRASE).close()
        outcomes["both key files of another vault"] = False
    except KeyFileOtherVault:
        outcomes["both key files of another vault"] = True
    # a damaged or missing spare is recreated
    work = fresh("damaged-spare")
    _damage(work / spare)
    outcomes["damaged spare recreated"] = _opens(work) and (work / spare).read_bytes() == (work / main).read_bytes()
    work = fresh("missing-spare")
    (work / spare).unlink()
    outcomes["missing spare recreated"] = _opens(work) and (work / spare).read_bytes() == (work / main).read_bytes()
    # an old vault.keys after a passphrase change: the new passphrase opens (spare), the old one never again
    work = fresh("old-main-new-pass")
    old_main = (work / main).read_bytes()
    _change_passphrase(work)
    (work / main).write_bytes(old_main)
    ok = _opens(work, NEW_PASSPHRASE)
    try:
        Vault.open(work, passphrase=PASSPHRASE).close()
        ok = False
    except WrongSecret:
        pass
    outcomes["old vault.keys after a passphrase change, new passphrase"] = ok
    # both files are written with the same generation on every write
    work = fresh("same-generation")
    _add(work, "MINE-2")
    generations = {json.loads((work / n).read_bytes())["generation"] for n in (main, spare)}
    outcomes["both key files carry the same generation after a write"] = len(generations) == 1
    record("key-file mix-ups (foreign, damaged, missing, old key files)", len(outcomes), sum(outcomes.values()),
           "foreign file set aside and spare used; foreign spare never copied over; spare recreated")
    assert all(outcomes.values()), outcomes
