"""kill -9 at every rename and inside the audit write of the first-run wizard's vault creation (the wizard
itself, in a child process, offscreen): each kill leaves no vault (and creating it works again) or a whole
vault that opens, passes check and records its creation once."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.db import keys
from coordinator_app.db.folder import is_vault
from coordinator_app.db.vault import STAGING_PREFIX, Vault
from coordinator_app.services import audit
from tests.reliability.crashpoints import CrashTally, kill_at, trace
from tests.security.figures import record

PASSPHRASE = "Blauwe fietsen rijden langs de IJssel bij nacht"
HOOKS = ["os.replace", "os.fsync", "coordinator_app.services.audit.record"]

CHILD = '''
    import sys
    from PySide6.QtWidgets import QApplication
    import coordinator_app.ui  # noqa: F401
    from coordinator_app.db import keys
    from coordinator_app.ui.first_run.wizard import FirstRunWizard, STEP_CODE

    app = QApplication([])
    wizard = FirstRunWizard(sys.argv[1], kdf_profile=keys.TEST_ONLY)
    wizard.fields.new.setText(sys.argv[2])
    wizard.fields.repeat.setText(sys.argv[2])
    def changed(step):
        if step == STEP_CODE:
            print("created", flush=True)
            app.quit()
    wizard.steps.currentChanged.connect(changed)
    def failed(exc):
        print("failed", type(exc).__name__, flush=True)
        app.quit()
    wizard._create_failed = failed
    wizard.create_vault()
    app.exec()
    wizard.discard()
'''


def _created_events(folder: Path) -> int:
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        assert v.check() == []
        return sum(1 for e in audit.events(v) if e.event == "vault_created")


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="kill -9 needs POSIX")
def test_kill_9_at_every_step_of_the_wizards_build_leaves_nothing_or_a_whole_vault(tmp_path: Path) -> None:
    steps = trace(CHILD, [str(tmp_path / "traced"), PASSPHRASE], HOOKS, steps=200)
    assert "coordinator_app.services.audit.record" in steps and "os.replace" in steps
    # a kill inside the audit write and at every rename (the key files and then the database moved in: the
    # commit point), and at the last step; the fsyncs between them add only time
    points = [n for n, name in enumerate(steps, 1) if name != "os.fsync"] + [len(steps)]
    points = sorted(set(points))
    tally = CrashTally()
    outcomes = {"no vault (created again)": 0, "a whole vault": 0}
    for n in points:
        folder = tmp_path / f"kill-{n}"
        kill_at(CHILD, [str(folder), PASSPHRASE], HOOKS, n, tally)
        if is_vault(folder):
            assert _created_events(folder) == 1, f"killed at step {n} ({steps[n - 1]})"
            outcomes["a whole vault"] += 1
        else:
            assert not (folder / "vault.db").exists(), f"killed at step {n}: a database without its key files"
            Vault.create(folder, PASSPHRASE, profile=keys.TEST_ONLY)[0].close()  # init works again
            assert not list(folder.glob(f"{STAGING_PREFIX}*"))
            outcomes["no vault (created again)"] += 1
    assert tally.missed == 0
    assert outcomes["a whole vault"] >= 1 and outcomes["no vault (created again)"] >= 1
    record("kill -9 during the first-run wizard's vault creation (staged build with its audit event)",
           len(points), len(points),
           f"left no vault (created again): {outcomes['no vault (created again)']}, a whole vault: "
           f"{outcomes['a whole vault']}; {tally.note()}")
