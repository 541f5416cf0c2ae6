"""The intake wizard: a QWizard whose pages only bind to the Qt-free `IntakeFlow`.

The flow decides which step comes next (`nextId` asks it), validates each step and suggests forms
and follow-ups; the pages put answers into `flow.state` and show the guidance of their step. The
wizard is embedded in the Intake page (not a modal dialog). It emits `step_changed` after every
page change (the page then saves the draft) and `finish_requested` when the user creates the case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget, QWizard

from coordinator_app.domain.intake.content import STEP_CODES
from coordinator_app.domain.intake.flow import IntakeFlow
from coordinator_app.domain.intake.state import IntakeState
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.intake.book import AddressBook
from coordinator_app.ui.intake.common import StepPage, translate
from coordinator_app.ui.intake.pages_consent import ConsentPage
from coordinator_app.ui.intake.pages_followups import FollowupPage, SummaryPage
from coordinator_app.ui.intake.pages_indicators import IndicatorPage
from coordinator_app.ui.intake.pages_person import ConsultationPage, PersonPage
from coordinator_app.ui.intake.pages_start import EmergencyPage, MeldcodePage, SafetyPage, SignalPage
from coordinator_app.ui.page import build_later


def _page_classes() -> dict[str, type[StepPage]]:
    return {
        "signal": SignalPage,
        "safety": SafetyPage,
        "emergency": EmergencyPage,
        "meldcode": MeldcodePage,
        "indicators": IndicatorPage,
        "person": PersonPage,
        "consultation": ConsultationPage,
        "consent": ConsentPage,
        "followups": FollowupPage,
        "summary": SummaryPage,
    }


class IntakeWizard(QWizard):
    step_changed = Signal(str)  # the step now shown (after the state was updated)
    finish_requested = Signal()  # "Create case" on the summary page
    close_requested = Signal()  # Esc: the Intake page asks before it closes the wizard

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: Callable[[], dt.date] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setObjectName("intakeWizard")
        self.ctx = ctx
        self.book = AddressBook(ctx, self)
        self.flow = IntakeFlow(IntakeState(), today=today)
        self.replaying = False
        self.clearing = False  # load() must not add defaults while the widgets are being emptied
        self.followups_suggested = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, False)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.NextButton, translate("Intake", "&Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, translate("Intake", "&Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("Intake", "&Create case"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("Intake", "Close (keep &draft)"))
        for button, name in (
            (QWizard.WizardButton.NextButton, "intakeNext"),
            (QWizard.WizardButton.BackButton, "intakeBack"),
            (QWizard.WizardButton.FinishButton, "intakeFinish"),
            (QWizard.WizardButton.CancelButton, "intakeClose"),
        ):
            self.button(button).setObjectName(name)
        self.pages: dict[str, StepPage] = {}
        for code, cls in _page_classes().items():  # each step of its own when the pages build in the background
            build_later(lambda code=code, cls=cls: self._add_step(code, cls))
        build_later(self._started)

    def _add_step(self, code: str, cls: type[StepPage]) -> None:
        page = cls(self)
        self.pages[code] = page
        self.setPage(STEP_CODES.index(code), page)

    def _started(self) -> None:
        self.setStartId(0)
        self.currentIdChanged.connect(self._on_page_changed)

    def _buttons_after_page(self, page: StepPage) -> None:
        """Tab order follows the screen: the step's inputs first, then Back, Next, Create case, Close
        (QWizard puts its buttons before the pages in the focus chain)."""
        buttons = [self.button(b) for b in (
            QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton)]
        last: QWidget | None = None
        widget = self.window().nextInFocusChain()
        for _ in range(5000):
            if (page.isAncestorOf(widget) and widget.isVisibleTo(page)
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus):
                last = widget
            widget = widget.nextInFocusChain()
            if widget is self.window():
                break
        if last is None:
            return
        for button in buttons:
            QWidget.setTabOrder(last, button)
            last = button

    def focus_first_input(self) -> None:
        page = self.current_page()
        if page is not None:
            self._buttons_after_page(page)
            page.focus_first()

    @property
    def state(self) -> IntakeState:
        return self.flow.state

    def step_code(self, page_id: int | None = None) -> str:
        page_id = self.currentId() if page_id is None else page_id
        return STEP_CODES[page_id] if 0 <= page_id < len(STEP_CODES) else ""

    def nextId(self) -> int:
        code = self.step_code()
        if not code:
            return -1
        following = self.flow.next_step(code)
        return STEP_CODES.index(following) if following else -1

    def current_page(self) -> StepPage | None:
        return self.pages.get(self.step_code())

    def store_current(self) -> None:
        """Write what is on the current page into the state (before a draft save)."""
        page = self.current_page()
        if page is not None:
            page.store()
            self.state.current_step = page.step

    def begin(self, state: IntakeState) -> None:
        """Start on `state` and walk forward to the step it stopped at (so Back still works)."""
        self.flow.state = state
        self.followups_suggested = bool(state.followups.chosen)
        target = state.current_step if state.current_step in STEP_CODES else "signal"
        self.replaying = True
        try:
            self.restart()
            while self.step_code() != target and self.step_code() in self.flow.steps():
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self.replaying = False
        self.state.current_step = self.step_code()

    def _on_page_changed(self, page_id: int) -> None:
        if page_id < 0 or self.replaying:
            return
        self.state.current_step = self.step_code(page_id)
        self.focus_first_input()
        self.step_changed.emit(self.state.current_step)

    def accept(self) -> None:
        """'Create case': the page runs the service; the wizard stays until it succeeded."""
        page = self.current_page()
        if page is not None and not page.validatePage():
            return
        self.finish_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc does not close at once (QDialog would reject): the page asks when something was entered."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.close_requested.emit()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """'Close (keep draft)': handled by the Intake page (it saves the draft first)."""
        self.rejected.emit()

    def clear(self) -> None:
        """Forget every answer (on lock, or after the case was created)."""
        self.book.clear()
        self.flow.state = IntakeState()
        self.followups_suggested = False
        self.replaying = self.clearing = True
        try:
            for page in self.pages.values():
                page.load()
                page.show_errors([])
            self.restart()
        finally:
            self.replaying = self.clearing = False
