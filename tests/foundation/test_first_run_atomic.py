"""The first-run wizard creates its vault atomically, like `init` and `demo`: the vault and its first audit
event are built in a staging folder and moved in last, so a failure half-way leaves no vault and the wizard
simply tries again (the kill -9 test is tests/security/test_security_first_run_kill.py)."""

from __future__ import annotations

from pathlib import Path

from coordinator_app.db import keys
from coordinator_app.db.folder import is_vault
from coordinator_app.db.vault import STAGING_PREFIX, Vault
from coordinator_app.services import audit

PASSPHRASE = "Blauwe fietsen rijden langs de IJssel bij nacht"


def _wizard(qtbot, folder: Path):
    from coordinator_app.ui.first_run.wizard import STEP_PASSPHRASE, FirstRunWizard

    wizard = FirstRunWizard(folder, kdf_profile=keys.TEST_ONLY)
    qtbot.addWidget(wizard)
    wizard.go(STEP_PASSPHRASE)
    wizard.fields.new.setText(PASSPHRASE)
    wizard.fields.repeat.setText(PASSPHRASE)
    return wizard


def _created_events(folder: Path) -> int:
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        assert v.check() == []
        return sum(1 for e in audit.events(v) if e.event == "vault_created")


def test_a_failure_while_the_wizard_builds_the_vault_leaves_no_vault(qtbot, tmp_path: Path, monkeypatch) -> None:
    from coordinator_app.ui.first_run.wizard import STEP_CODE, STEP_PASSPHRASE

    folder = tmp_path / "vault"
    real = audit.record

    def crashpoint(session, event, *args, **kwargs):  # type: ignore[no-untyped-def]
        if event == "vault_created":
            raise RuntimeError("crashpoint: the build stops half-way")
        return real(session, event, *args, **kwargs)

    monkeypatch.setattr(audit, "record", crashpoint)
    wizard = _wizard(qtbot, folder)
    wizard.create_vault()
    qtbot.waitUntil(lambda: bool(wizard.error.text()), timeout=30_000)
    assert wizard.steps.currentIndex() == STEP_PASSPHRASE
    assert not is_vault(folder)
    assert not any((folder / name).exists() for name in ("vault.db", "vault.keys", "vault.keys.bak"))
    assert not list(folder.glob(f"{STAGING_PREFIX}*"))
    # the wizard simply tries again and makes a whole vault, with its creation recorded once
    monkeypatch.setattr(audit, "record", real)
    wizard.fields.new.setText(PASSPHRASE)
    wizard.fields.repeat.setText(PASSPHRASE)
    wizard.create_vault()
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == STEP_CODE, timeout=30_000)
    wizard.discard()
    assert _created_events(folder) == 1
