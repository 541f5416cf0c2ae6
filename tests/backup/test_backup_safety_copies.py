"""Leftovers owned: the safety copies a restore leaves in the vault folder are listed (service and Back-ups
page, with their age) and can be deleted; a planted hostile .cbak is listed as bad and breaks nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from coordinator_app.db.vault import Vault
from coordinator_app.services.backups import backup, restore
from coordinator_app.services.backups.file_format import FORMAT, HEADER
from coordinator_app.services.cases import store
from coordinator_app.services.settings import settings
from coordinator_app.ui.backups.models import UNVERIFIED, VERIFIED
from coordinator_app.ui.backups.page import BackupsPage
from coordinator_app.ui.context import AppContext
from tests.backup.test_backup_ui import TIMEOUT, settle
from tests.conftest import PASSPHRASE


def test_safety_copies_are_listed_with_their_age_and_can_be_deleted(
    qtbot, vault_dir: Path, tmp_path: Path, recovery_code: str, monkeypatch
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        store.create_case(v, store.CaseInput(signal_received_on="2026-01-05", case_number="SAFE-1"))
        settings.set_many(v, {"backup_folder": str(stick)})
        made = backup.create_backup(v, stick)
    ten_days_ago = dt.datetime.now() - dt.timedelta(days=10)
    restore.restore(made, vault_dir, code=recovery_code, now=ten_days_ago)
    restore.restore(made, vault_dir, code=recovery_code)
    copies = restore.safety_copies(vault_dir)
    assert len(copies) == 2 and copies[0].made_at > copies[1].made_at
    assert (dt.datetime.now() - copies[-1].made_at).days == 10
    # a hostile file in the backup folder: a manifest nested 100,000 deep
    raw = made.read_bytes()
    body = b'{"format": "' + FORMAT.encode() + b'", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    (stick / "coordinator-backup-20200101-000000.cbak").write_bytes(HEADER.pack(raw[:8], len(body)) + body)

    vault = Vault.open(vault_dir, passphrase=PASSPHRASE)
    ctx = AppContext(str(vault_dir))
    page = BackupsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    try:
        ctx.set_vault(vault)
        settle(qtbot)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
        by_name = {page.model.row_at(r).path.name: page.model.row_at(r) for r in range(2)}
        assert by_name["coordinator-backup-20200101-000000.cbak"].state == "unreadable"
        assert by_name[made.name].state in (VERIFIED, UNVERIFIED)  # the good one is untouched by the bad one
        assert page.safety_card.isVisible()
        text = page.safety_label.text()
        assert "2" in text and "10" in text and ("wachtwoord" in text or "passphrase" in text)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        page.delete_safety_button.click()
        assert restore.safety_copies(vault_dir) == []
        assert not page.safety_card.isVisible()
        assert not list(vault_dir.glob("*before-restore-*"))
        assert vault.check() == []
    finally:
        settle(qtbot)
        ctx.lock()
