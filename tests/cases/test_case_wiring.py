"""The Dossiers page answers the dashboard's "status:<code>" navigation and opens the letter dialog
from a case's Documenten tab."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from coordinator_app.ui.cases.page import CasesPage
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.documents.letter_dialog import LetterDialog
from tests.helpers import settle


@pytest.fixture
def page(qtbot, demo_vault):
    ctx = AppContext()
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    ctx.set_vault(demo_vault)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    yield page
    settle(qtbot)
    ctx.lock()
    settle(qtbot)


def test_status_navigation_filters_the_list(qtbot, page, demo_vault) -> None:
    active = demo_vault.execute_sql("SELECT count(*) FROM cases WHERE status = 'active'")[0][0]
    page.show_item("status:active", -1)
    qtbot.waitUntil(lambda: page.model.rowCount() == active, timeout=10_000)
    assert page.status.currentData() == "active"


def test_letter_button_opens_the_letter_dialog(qtbot, page, demo_vault) -> None:
    case_id = demo_vault.execute_sql("SELECT id FROM cases WHERE status = 'active' LIMIT 1")[0][0]
    page.show_item("case", case_id)
    qtbot.waitUntil(lambda: page.detail.case_id == case_id, timeout=10_000)
    settle(qtbot)
    page.detail.documents.findChild(QPushButton, "documentLetter").click()
    qtbot.waitUntil(lambda: page.findChild(LetterDialog) is not None, timeout=5_000)
    dialog = page.findChild(LetterDialog)
    settle(qtbot)
    dialog.close()
    settle(qtbot)
