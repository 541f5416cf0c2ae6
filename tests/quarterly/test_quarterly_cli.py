"""`coordinator-app export-quarterly`: the three formats, exit codes, atomic write, audit."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from coordinator_app.db.vault import Vault
from coordinator_app.domain.quarter import Quarter
from coordinator_app.reports.quarterly_export import csv_bytes
from coordinator_app.services import audit
from coordinator_app.services.quarterly import counts
from tests.conftest import PASSPHRASE
from tests.helpers import folder_hashes, run_cli

QUARTER = Quarter.current().previous()


def export(vault_dir: Path, passphrase_file: Path, *extra: str):
    return run_cli("export-quarterly", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file), *extra)


def test_three_formats(demo_vault_dir: Path, passphrase_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("csv", "xlsx", "pdf"):
        target = out / f"kwartaal.{fmt}"
        result = export(demo_vault_dir, passphrase_file, "--quarter", str(QUARTER), "--format", fmt,
                        "--out", str(target))
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(target)
        assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert openpyxl.load_workbook(out / "kwartaal.xlsx").sheetnames[0] == "Geopend"
    assert len(PdfReader(out / "kwartaal.pdf").pages) >= 3
    assert sorted(p.name for p in out.iterdir()) == ["kwartaal.csv", "kwartaal.pdf", "kwartaal.xlsx"]
    with Vault.open(demo_vault_dir, passphrase=PASSPHRASE) as vault:
        expected = csv_bytes(counts.quarterly_report(vault, QUARTER))
        events = [e for e in audit.events(vault, limit=10) if e.event == "export_quarterly"]
    assert (out / "kwartaal.csv").read_bytes() == expected
    assert sorted(e.detail for e in events) == sorted(f"{QUARTER}:{f}" for f in ("csv", "xlsx", "pdf"))


def test_threshold_option(demo_vault_dir: Path, passphrase_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "k.csv"
    result = export(demo_vault_dir, passphrase_file, "--quarter", str(QUARTER), "--format", "csv",
                    "--out", str(target), "--threshold", "11")
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert "<11" in text and "<5" not in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--quarter", "2026Q5", "--format", "csv"], "kwartaal"),
        (["--quarter", "juli", "--format", "csv"], "kwartaal"),
        (["--quarter", "2026Q3", "--format", "docx"], "formaat"),
        (["--quarter", "2026Q3", "--format", "csv", "--threshold", "2"], "drempel"),
        (["--quarter", "2026Q3", "--format", "csv", "--threshold", "vijf"], "drempel"),
        (["--quarter", "2026Q3", "--format", "csv", "--threshold", "101"], "drempel"),
    ],
)
def test_bad_input_exits_2_before_touching_anything(
    demo_vault_dir: Path, passphrase_file: Path, tmp_path: Path, args: list[str], words: str
) -> None:
    before = folder_hashes(demo_vault_dir)
    target = tmp_path / "out.csv"
    result = export(demo_vault_dir, passphrase_file, *args, "--out", str(target))
    assert result.returncode == 2
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("coordinator-app: ") and words in line.lower() and "Traceback" not in result.stderr
    assert not target.exists()
    assert folder_hashes(demo_vault_dir) == before


@pytest.mark.parametrize("where", ["missing/out.csv", "."])
def test_unwritable_target_exits_2(demo_vault_dir: Path, passphrase_file: Path, tmp_path: Path, where: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = export(demo_vault_dir, passphrase_file, "--quarter", "2026Q3", "--format", "csv",
                    "--out", str(out / where))
    assert result.returncode == 2, result.stderr
    assert "opgeslagen" in result.stderr or "map" in result.stderr
    assert list(out.iterdir()) == []


@contextlib.contextmanager
def _read_only_folder(path: Path) -> Iterator[str]:
    """A folder the export cannot write to; yields the words the refusal must use. Root writes anywhere,
    so as root (CI) it is a real read-only tmpfs; otherwise a folder without write permission."""
    path.mkdir()
    if os.geteuid() == 0:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(path)],
                                 capture_output=True).returncode == 0
        if not mounted:
            pytest.skip("mounting a read-only tmpfs is not allowed here")
        try:
            yield "alleen-lezen"
        finally:
            subprocess.run(["umount", "-l", str(path)], check=False)
    else:
        path.chmod(0o500)
        try:
            yield "schrijfrechten"
        finally:
            path.chmod(0o700)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_exits_2(demo_vault_dir: Path, passphrase_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "ro"
    with _read_only_folder(out) as words:
        result = export(demo_vault_dir, passphrase_file, "--quarter", "2026Q3", "--format", "csv",
                        "--out", str(out / "k.csv"))
        assert list(out.iterdir()) == []
    assert result.returncode == 2 and words in result.stderr, result.stderr


def test_missing_options_exit_2(demo_vault_dir: Path, passphrase_file: Path) -> None:
    result = export(demo_vault_dir, passphrase_file, "--format", "csv", "--out", "x.csv")
    assert result.returncode == 2


def test_wrong_passphrase_exits_3(demo_vault_dir: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("niet het goede wachtwoord\n", encoding="utf-8")
    target = tmp_path / "k.csv"
    result = export(demo_vault_dir, wrong, "--quarter", "2026Q3", "--format", "csv", "--out", str(target))
    assert result.returncode == 3
    assert not target.exists()


def test_english_pdf_with_global_lang(demo_vault_dir: Path, passphrase_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "k.pdf"
    result = run_cli("--lang", "en", "export-quarterly", "--vault", str(demo_vault_dir), "--passphrase-file",
                     str(passphrase_file), "--quarter", str(QUARTER), "--format", "pdf", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert "Quarterly report" in PdfReader(target).pages[0].extract_text()


def _csv_rows(path: Path) -> list[list[str]]:
    return [line.split(",") for line in path.read_text(encoding="utf-8").splitlines()[1:]]


def test_four_quarters_released_then_kept(demo_vault_dir: Path, passphrase_file: Path, tmp_path: Path) -> None:
    """Four consecutive quarters: each file is the stored release; a second export of a quarter whose
    data changed gives the same bytes; only --correction publishes the new data, as version 2."""
    from coordinator_app.services.cases import store
    from coordinator_app.services.quarterly import releases

    quarters = QUARTER.trailing(4)
    for q in quarters:
        result = export(demo_vault_dir, passphrase_file, "--quarter", str(q), "--format", "csv",
                        "--out", str(tmp_path / f"{q}.csv"))
        assert result.returncode == 0, result.stderr
    with Vault.open(demo_vault_dir, passphrase=PASSPHRASE) as vault:
        for q in quarters:
            stored = releases.versions(vault, q)
            assert [v.version for v in stored] == [1]
            assert (tmp_path / f"{q}.csv").read_bytes() == csv_bytes(stored[0])
            assert all(r[1] != "active_at_end" for r in _csv_rows(tmp_path / f"{q}.csv"))
        for _ in range(7):
            store.create_case(vault, store.CaseInput(signal_received_on=QUARTER.first_day, status="active",
                                                     opened_on=QUARTER.first_day, municipality="Ommen"))
        new_total = counts.quarterly_counts(vault, QUARTER).total("opened")
    again = tmp_path / "again.csv"
    assert export(demo_vault_dir, passphrase_file, "--quarter", str(QUARTER), "--format", "csv",
                  "--out", str(again)).returncode == 0
    assert again.read_bytes() == (tmp_path / f"{QUARTER}.csv").read_bytes()
    locked = export(demo_vault_dir, passphrase_file, "--quarter", str(QUARTER), "--format", "csv",
                    "--out", str(tmp_path / "t.csv"), "--threshold", "7")
    assert locked.returncode == 2 and "drempel 5" in locked.stderr and not (tmp_path / "t.csv").exists()
    corrected = tmp_path / "corrected.csv"
    result = export(demo_vault_dir, passphrase_file, "--quarter", str(QUARTER), "--format", "csv",
                    "--out", str(corrected), "--correction")
    assert result.returncode == 0, result.stderr
    assert [str(QUARTER), "opened", "total", "all", str(new_total)] in _csv_rows(corrected)
    old_groups = {r[3] for r in _csv_rows(tmp_path / f"{QUARTER}.csv") if "+" in r[3] and r[2] != "age_group"}
    new_cats = {(r[1], r[2], r[3]) for r in _csv_rows(corrected)}
    for m, d, group in {(r[1], r[2], r[3]) for r in _csv_rows(tmp_path / f"{QUARTER}.csv") if r[3] in old_groups}:
        assert (m, d, group) in new_cats or not any(c[0] == m and c[1] == d for c in new_cats)
    with Vault.open(demo_vault_dir, passphrase=PASSPHRASE) as vault:
        assert [v.version for v in releases.versions(vault, QUARTER)] == [1, 2]
