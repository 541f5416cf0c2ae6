"""Log hygiene: forced errors in services, background jobs, the CLI and the error dialog leave no personal
data (a canary) in the log file, on stderr or in what the user sees."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from coordinator_app import logging_setup
from coordinator_app.cli.common import main_guard
from coordinator_app.db.vault import Vault
from coordinator_app.errors import KnownError
from coordinator_app.services.cases import store
from coordinator_app.services.network import contacts
from coordinator_app.ui.error_dialog import error_text, show_error
from coordinator_app.ui.worker import run_db
from tests.helpers import canary_hits, settle
from tests.security.figures import record

CANARY = "Vwxqzorina Canarisova"


@pytest.fixture
def log_folder(tmp_path: Path):
    folder = tmp_path / "logs"
    logging_setup.setup(folder)
    yield folder
    for handler in logging.getLogger("coordinator").handlers:
        handler.flush()


def _service_errors(vault: Vault) -> list[BaseException]:
    caught: list[BaseException] = []
    attempts = [
        lambda: store.create_case(vault, store.CaseInput(signal_received_on="31-02-2026",
                                                          person=store.PersonInput(first_name=CANARY * 10))),
        lambda: store.create_case(vault, store.CaseInput(signal_received_on="2026-01-01", primary_form=CANARY)),
        lambda: store.add_journal_entry(vault, 999_999, CANARY),
        lambda: store.update_case(vault, 999_999, store.CaseChanges(signal_text=CANARY)),
        lambda: contacts.create_contact(vault, contacts.ContactInput(last_name=CANARY, email=f"{CANARY}@@x",
                                                                      phone=CANARY)),
        lambda: contacts.create_organisation(vault, contacts.OrganisationInput(name=CANARY, org_type=CANARY)),
    ]
    for attempt in attempts:
        try:
            attempt()
        except Exception as exc:
            caught.append(exc)
    return caught


def test_service_errors_carry_no_personal_data(vault: Vault, log_folder: Path) -> None:
    errors = _service_errors(vault)
    assert len(errors) == 6
    log = logging.getLogger("coordinator.test")
    leaks = 0
    for exc in errors:
        assert isinstance(exc, KnownError), type(exc)
        shown = error_text(exc)
        if CANARY in shown or CANARY in exc.message("en"):
            leaks += 1
        log.error("service failed", exc_info=(type(exc), exc, exc.__traceback__))
    for handler in logging.getLogger("coordinator").handlers:
        handler.flush()
    hits = canary_hits(CANARY, log_folder)
    record("forced service errors: personal data in messages or log", len(errors), len(errors) - leaks - len(hits))
    assert leaks == 0 and hits == []


def test_bug_in_background_job_is_logged_without_its_message(qtbot, log_folder: Path) -> None:
    def job(_control):
        raise ValueError(f"kapot bij {CANARY}")

    run_db(job)
    settle(qtbot)  # the failure has reached the GUI thread, where it is logged
    for handler in logging.getLogger("coordinator").handlers:
        handler.flush()
    text = (log_folder / logging_setup.LOG_FILE).read_text(encoding="utf-8")
    assert "ValueError" in text
    assert CANARY not in text


def test_error_dialog_shows_no_exception_text(qtbot, log_folder: Path) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, RuntimeError(f"geheim: {CANARY}"))
    box = parent.findChild(QMessageBox, "errorDialog")
    assert box is not None
    assert CANARY not in box.text() and CANARY not in box.detailedText() and CANARY not in box.informativeText()
    box.close()
    assert canary_hits(CANARY, log_folder) == []


def test_cli_bug_prints_no_message(capsys: pytest.CaptureFixture[str]) -> None:
    with main_guard([]) as guard:
        raise KeyError(CANARY)
    assert guard.exit_code == 1
    err = capsys.readouterr().err
    assert "KeyError" in err and CANARY not in err


def test_excepthook_logs_scrubbed(log_folder: Path) -> None:
    import sys

    logging_setup.install_excepthook()
    try:
        raise OSError(f"pad /home/{CANARY}/x")
    except OSError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = sys.__excepthook__
    for handler in logging.getLogger("coordinator").handlers:
        handler.flush()
    text = (log_folder / logging_setup.LOG_FILE).read_text(encoding="utf-8")
    assert "OSError" in text and CANARY not in text
