"""Ctrl+N is a window-wide action of the Intake page; the handover letter after an intake opens the
letter dialog."""

from __future__ import annotations

from coordinator_app.ui.context import AppContext
from coordinator_app.ui.documents.letter_dialog import LetterDialog
from coordinator_app.ui.intake.page import IntakePage
from tests.helpers import settle


def test_new_intake_is_a_global_action_and_handover_opens_letter(qtbot, demo_vault) -> None:
    ctx = AppContext()
    page = IntakePage(ctx)
    qtbot.addWidget(page)
    ctx.set_vault(demo_vault)
    settle(qtbot)
    actions = page.global_actions()
    assert [a.objectName() for a in actions] == ["newIntakeAction"]
    assert actions[0].shortcut().toString() == "Ctrl+N"
    seen = []
    ctx.navigate.connect(lambda p, k, i: seen.append((p, k)))
    actions[0].trigger()
    assert seen == [("intake", "new")]
    case_id = demo_vault.execute_sql("SELECT id FROM cases LIMIT 1")[0][0]
    page.handover_letter_requested.emit(case_id)
    qtbot.waitUntil(lambda: page.findChild(LetterDialog) is not None, timeout=5000)
    settle(qtbot)
    page.findChild(LetterDialog).close()
    settle(qtbot)
    ctx.lock()
    settle(qtbot)
