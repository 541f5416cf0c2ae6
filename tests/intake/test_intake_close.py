"""Closing the intake wizard (issue 18): Esc with entered answers asks (keep as draft, discard, go on);
an untouched new intake leaves no draft, whether closed with Esc, the close button or a lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QPushButton
from sqlalchemy import select

from coordinator_app.db.models import IntakeDraft
from coordinator_app.db.vault import Vault
from coordinator_app.ui.intake.page import HOME, WIZARD, IntakePage
from tests.conftest import PASSPHRASE
from tests.intake.conftest import settle

SIGNAL = "Cliënte zegt: 'mijn paspoort ligt bij de baas'."


def drafts(page: IntakePage) -> list[str]:
    settle()
    with page.ctx.vault.read() as s:
        return list(s.scalars(select(IntakeDraft.step)).all())


def start(qtbot, page: IntakePage) -> None:
    page.show_item("new", 0)  # what Ctrl+N navigates to
    qtbot.waitUntil(lambda: page.stack.currentIndex() == WIZARD, timeout=5000)
    settle()


def esc(qtbot, page: IntakePage) -> None:
    target = QApplication.focusWidget() if page.isAncestorOf(QApplication.focusWidget()) else page.wizard
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    settle()


def type_signal(page: IntakePage) -> None:
    page.findChild(QPlainTextEdit, "signal_text").setPlainText(SIGNAL)


def close_box(page: IntakePage) -> QMessageBox | None:
    shown = [b for b in page.findChildren(QMessageBox, "intakeCloseConfirm") if b.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def test_ctrl_n_then_esc_leaves_nothing(qtbot, page) -> None:
    for _ in range(3):
        start(qtbot, page)
        page.wizard.setFocus()
        esc(qtbot, page)
        assert close_box(page) is None
        assert page.stack.currentIndex() == HOME
    assert drafts(page) == []
    assert page.home.drafts.rowCount() == 0


def test_untouched_intake_closed_with_the_button_or_a_lock_leaves_nothing(qtbot, page, vault_dir) -> None:
    start(qtbot, page)
    assert not page.has_unsaved_changes()  # closing the app does not ask about an empty intake
    qtbot.mouseClick(page.findChild(QPushButton, "intakeClose"), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == HOME and drafts(page) == []
    start(qtbot, page)
    page.save_pending()  # what a lock does first
    page.ctx.lock()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as again, again.read() as s:
        assert s.scalars(select(IntakeDraft.id)).all() == []


def test_esc_with_entered_answers_asks_and_can_go_on_or_keep(qtbot, page) -> None:
    start(qtbot, page)
    type_signal(page)
    assert page.has_unsaved_changes()
    page.findChild(QPlainTextEdit, "signal_text").setFocus()
    esc(qtbot, page)
    box = close_box(page)
    assert box is not None and page.stack.currentIndex() == WIZARD
    assert box.findChild(QPushButton, "intakeCloseDiscard") is not None  # a new intake can be thrown away
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc on the question: back to the intake, nothing lost
    settle()
    assert close_box(page) is None and page.stack.currentIndex() == WIZARD
    assert page.findChild(QPlainTextEdit, "signal_text").toPlainText() == SIGNAL
    assert drafts(page) == []
    esc(qtbot, page)
    box = close_box(page)
    qtbot.mouseClick(box.findChild(QPushButton, "intakeCloseKeep"), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == HOME
    assert drafts(page) == ["signal"]
    with page.ctx.vault.read() as s:
        draft = s.scalars(select(IntakeDraft)).one()
        draft_id = draft.id
    page.show_item("draft", draft_id)
    settle()
    assert page.findChild(QPlainTextEdit, "signal_text").toPlainText() == SIGNAL
    esc(qtbot, page)  # a resumed draft, unchanged: closes without a question, the draft stays
    assert close_box(page) is None and page.stack.currentIndex() == HOME and drafts(page) == ["signal"]


def test_discard_removes_a_new_intake_and_its_autosaved_draft(qtbot, page) -> None:
    start(qtbot, page)
    type_signal(page)
    page.save_draft()  # what every step change does
    settle()
    assert drafts(page) == ["signal"]
    page.findChild(QPlainTextEdit, "signal_text").setPlainText(SIGNAL + " Meer.")
    esc(qtbot, page)
    box = close_box(page)
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "intakeCloseDiscard"), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == HOME
    assert drafts(page) == []
    assert page.wizard.state.signal.text == ""


def test_resumed_draft_offers_no_discard(qtbot, page) -> None:
    start(qtbot, page)
    type_signal(page)
    page.wizard.reject()  # "Close (keep draft)"
    settle()
    with page.ctx.vault.read() as s:
        draft_id = s.scalars(select(IntakeDraft.id)).one()
    page.show_item("draft", draft_id)
    settle()
    page.findChild(QPlainTextEdit, "signal_text").setPlainText("Anders")
    esc(qtbot, page)
    box = close_box(page)
    assert box is not None and box.findChild(QPushButton, "intakeCloseDiscard") is None
    box.findChild(QPushButton, "intakeCloseKeep").click()
    settle()
    assert drafts(page) == ["signal"]
