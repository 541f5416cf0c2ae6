"""The unlock screen turns a rollback report into a way forward: it explains, switches to the recovery
code and offers an explicit confirmation; only with both does the vault open (and the audit log says so)."""

from __future__ import annotations

import shutil
from pathlib import Path

from coordinator_app.db.vault import Vault
from coordinator_app.errors import message
from coordinator_app.services import audit
from coordinator_app.services.cases import store
from coordinator_app.ui.unlock.screen import UnlockScreen
from tests.conftest import PASSPHRASE


def test_unlock_screen_offers_the_recovery_code_after_a_rollback_report(
    qtbot, vault_dir: Path, tmp_path: Path, recovery_code: str
) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        store.create_case(v, store.CaseInput(signal_received_on="2026-01-01", case_number="OUD-1"))
    shutil.copy2(vault_dir / "vault.db", tmp_path / "old.db")
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        store.create_case(v, store.CaseInput(signal_received_on="2026-01-02", case_number="NIEUW-1"))
    shutil.copy2(tmp_path / "old.db", vault_dir / "vault.db")

    screen = UnlockScreen(vault_dir)
    qtbot.addWidget(screen)
    screen.show()
    opened: list[Vault] = []
    screen.unlocked.connect(opened.append)
    assert not screen.rollback_confirm.isVisible()
    screen.passphrase.setText(PASSPHRASE)
    screen.try_unlock()
    qtbot.waitUntil(lambda: not screen._busy, timeout=30_000)
    assert screen.message.text() == message("vault_rollback")
    assert screen.code.isVisible() and screen.rollback_confirm.isVisible()
    assert not screen.rollback_confirm.isChecked() and opened == []

    screen.code.setText(recovery_code)  # without the confirmation: reported again, not opened
    screen.try_unlock()
    qtbot.waitUntil(lambda: not screen._busy, timeout=30_000)
    assert opened == [] and screen.message.text() == message("vault_rollback")

    screen.rollback_confirm.setChecked(True)
    screen.code.setText(recovery_code)
    screen.try_unlock()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    vault = opened[0]
    try:
        assert [n for (n,) in vault.execute_sql("SELECT case_number FROM cases")] == ["OUD-1"]
        assert [e.detail for e in audit.events(vault) if e.event == "rollback_accepted"] == ["vault_rollback"]
    finally:
        vault.close()
    assert not screen.rollback_confirm.isVisible()
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()  # accepted: the passphrase opens it again
