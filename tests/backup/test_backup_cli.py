"""The backup commands of the CLI contract (README.md, "Command line"): output and exit codes."""

from __future__ import annotations

from pathlib import Path

from coordinator_app.db.vault import Vault
from coordinator_app.errors import EXIT_CHECK_FAILED, EXIT_IN_USE, EXIT_USAGE, EXIT_WRONG_SECRET
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli


def test_backup_verify_restore_exit_codes(demo_vault_dir: Path, passphrase_file: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    made = run_cli(
        "backup", "--vault", str(demo_vault_dir), "--to", str(stick), "--passphrase-file", str(passphrase_file)
    )
    assert made.returncode == 0, made.stderr
    path = Path(made.stdout.strip())
    assert path.parent == stick and path.is_file() and path.suffix == ".cbak"

    ok = run_cli("verify-backup", str(path), "--passphrase-file", str(passphrase_file))
    assert ok.returncode == 0, ok.stderr
    assert "in orde" in ok.stdout and "200 dossiers" in ok.stdout

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("dit is niet het wachtwoord\n")
    bad_secret = run_cli("verify-backup", str(path), "--passphrase-file", str(wrong))
    assert bad_secret.returncode == EXIT_WRONG_SECRET and "wachtwoord klopt niet" in bad_secret.stderr

    cut = tmp_path / "cut.cbak"
    cut.write_bytes(path.read_bytes()[:-100])
    truncated = run_cli("verify-backup", str(cut), "--passphrase-file", str(passphrase_file))
    assert truncated.returncode == EXIT_CHECK_FAILED and "onvolledig" in truncated.stderr
    assert len(truncated.stderr.strip().splitlines()) == 1 and "Traceback" not in truncated.stderr

    foreign = tmp_path / "foto.cbak"
    foreign.write_bytes(b"\x89PNG\r\n" + b"\x00" * 100)
    refused = run_cli("verify-backup", str(foreign), "--passphrase-file", str(passphrase_file))
    assert refused.returncode == EXIT_CHECK_FAILED and "geen back-up" in refused.stderr

    target = tmp_path / "new-laptop"
    restored = run_cli("restore", str(path), "--vault", str(target), "--passphrase-file", str(passphrase_file))
    assert restored.returncode == 0, restored.stderr
    assert "teruggezet" in restored.stdout
    with Vault.open(target, passphrase=PASSPHRASE) as vault:
        assert vault.check() == []

    with Vault.open(target, passphrase=PASSPHRASE):  # the vault is open elsewhere
        busy = run_cli("restore", str(path), "--vault", str(target), "--passphrase-file", str(passphrase_file))
    assert busy.returncode == EXIT_IN_USE


def test_restore_with_recovery_code_file(
    vault_dir: Path, recovery_code: str, passphrase_file: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    made = run_cli("backup", "--vault", str(vault_dir), "--to", str(stick), "--passphrase-file", str(passphrase_file))
    code_file = tmp_path / "code.txt"
    code_file.write_text(recovery_code + "\n")
    path = made.stdout.strip()
    assert run_cli("verify-backup", path, "--recovery-code-file", str(code_file)).returncode == 0
    restored = run_cli("restore", path, "--vault", str(tmp_path / "v2"), "--recovery-code-file", str(code_file))
    assert restored.returncode == 0, restored.stderr


def test_backup_usage_errors(vault_dir: Path, passphrase_file: Path, tmp_path: Path) -> None:
    missing_to = run_cli("backup", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    assert missing_to.returncode == EXIT_USAGE
    absent = run_cli(
        "backup",
        "--vault",
        str(vault_dir),
        "--to",
        str(tmp_path / "no-stick"),
        "--passphrase-file",
        str(passphrase_file),
    )
    assert absent.returncode == EXIT_USAGE and "niet gevonden" in absent.stderr
    assert list(tmp_path.glob("**/*.cbak")) == []
