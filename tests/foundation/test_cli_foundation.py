"""The command line contract for init, check, demo, change-passphrase and --version (exit codes 0-4)."""

from __future__ import annotations

import re
from pathlib import Path

from coordinator_app import __version__
from coordinator_app.db.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers import folder_hashes, run_cli

STRONG = "Paars-Fietspad-Tulp-Regenjas 17"


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_init_prints_recovery_code_once_and_vault_opens(tmp_path: Path) -> None:
    pw = _file(tmp_path, "pw", STRONG)
    result = run_cli("init", "--vault", str(tmp_path / "v"), "--passphrase-file", str(pw))
    assert result.returncode == 0, result.stderr
    codes = re.findall(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){8}", result.stdout)
    assert len(codes) == 1
    assert "veilige plek" in result.stdout
    Vault.open(tmp_path / "v", code=codes[0]).close()
    again = run_cli("init", "--vault", str(tmp_path / "v"), "--passphrase-file", str(pw))
    assert again.returncode == 2
    assert "bestaat al" in again.stderr


def test_init_refuses_weak_or_missing_passphrase(tmp_path: Path) -> None:
    weak = _file(tmp_path, "weak", "wachtwoord1")
    result = run_cli("init", "--vault", str(tmp_path / "v"), "--passphrase-file", str(weak))
    assert result.returncode == 2
    assert not (tmp_path / "v").exists()
    empty = _file(tmp_path, "empty", "")
    assert run_cli("init", "--vault", str(tmp_path / "v"), "--passphrase-file", str(empty)).returncode == 2
    missing = run_cli("init", "--vault", str(tmp_path / "v"), "--passphrase-file", str(tmp_path / "nope"))
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr


def test_check_ok_wrong_passphrase_and_in_use(vault_dir: Path, passphrase_file: Path, tmp_path: Path) -> None:
    ok = run_cli("check", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    assert ok.returncode == 0, ok.stderr
    assert "in orde" in ok.stdout
    before = folder_hashes(vault_dir)
    wrong = run_cli("check", "--vault", str(vault_dir), "--passphrase-file", str(_file(tmp_path, "w", "fout")))
    assert wrong.returncode == 3
    assert wrong.stderr.count("\n") == 1 and "wachtwoord klopt niet" in wrong.stderr
    assert folder_hashes(vault_dir) == before
    with Vault.open(vault_dir, passphrase=PASSPHRASE):
        busy = run_cli("check", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    assert busy.returncode == 4
    assert "al geopend" in busy.stderr


def test_check_with_recovery_code(vault_dir: Path, recovery_code: str, tmp_path: Path) -> None:
    code_file = _file(tmp_path, "code", recovery_code.lower())
    assert run_cli("check", "--vault", str(vault_dir), "--recovery-code-file", str(code_file)).returncode == 0
    typo = _file(tmp_path, "typo", "AAAA" + recovery_code[4:])
    result = run_cli("check", "--vault", str(vault_dir), "--recovery-code-file", str(typo))
    assert result.returncode == 3
    assert "groep" in result.stderr


def test_check_reports_damage_with_exit_1(vault_dir: Path, passphrase_file: Path) -> None:
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[5000] ^= 0xFF  # inside the first page's encrypted content
    db.write_bytes(bytes(data))
    result = run_cli("check", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_missing_vault_and_usage_errors(tmp_path: Path, passphrase_file: Path) -> None:
    result = run_cli("check", "--vault", str(tmp_path / "none"), "--passphrase-file", str(passphrase_file))
    assert result.returncode == 2
    assert "geen kluis" in result.stderr
    assert run_cli("no-such-command").returncode == 2
    assert run_cli("demo", "--cases", "many").returncode == 2


def test_change_passphrase(vault_dir: Path, passphrase_file: Path, tmp_path: Path) -> None:
    new = _file(tmp_path, "new", STRONG)
    result = run_cli(
        "change-passphrase", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file),
        "--new-passphrase-file", str(new),
    )
    assert result.returncode == 0, result.stderr
    assert run_cli("check", "--vault", str(vault_dir), "--passphrase-file", str(new)).returncode == 0
    assert run_cli("check", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file)).returncode == 3


def test_change_passphrase_via_prompt(vault_dir: Path) -> None:
    stdin = f"{PASSPHRASE}\n{STRONG}\n{STRONG}\n"
    result = run_cli("change-passphrase", "--vault", str(vault_dir), input_text=stdin)
    assert result.returncode == 0, result.stderr
    Vault.open(vault_dir, passphrase=STRONG).close()


def test_demo_creates_filled_vault(tmp_path: Path) -> None:
    pw = _file(tmp_path, "pw", STRONG)
    result = run_cli(
        "demo", "--vault", str(tmp_path / "d"), "--cases", "50", "--seed", "3", "--passphrase-file", str(pw)
    )
    assert result.returncode == 0, result.stderr
    with Vault.open(tmp_path / "d", passphrase=STRONG) as v:
        assert v.execute_sql("SELECT count(*) FROM cases")[0][0] == 50
