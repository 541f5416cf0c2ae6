"""The Intake page: start screen (new intake, quick signal, drafts) and the embedded intake wizard.

Drafts: the wizard's state is saved (encrypted, in the vault, through `run_db`) on every page
change, when the wizard is closed, and in `save_pending()` before a lock; `on_locked()` clears the
wizard and every list. After the case was created the page shows the result, with "Open case"
(`ctx.navigate.emit("cases", "case", id)`) and, when a shelter was chosen, "Handover letter…",
which emits `handover_letter_requested(case_id)` for the letters screen.

For the main window: `new_intake_action` (Ctrl+N) is offered through `global_actions()`; it emits
`ctx.navigate("intake", "new", 0)`, as the dashboard's "Nieuw signaal" does. The handover letter
opens the letter dialog of the Documenten area for the new case. `show_item("new", _)` starts an
intake, `show_item("quick", _)` focuses the quick-signal form, `show_item("draft", id)` resumes a
draft and `show_item("case", id)` takes a quick signal through the full intake. Writes are announced
with `ctx.notify("draft", id)` and `ctx.notify("case", id)`.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from coordinator_app.domain.intake.state import IntakeState
from coordinator_app.domain.text import bidi_isolate, shown_field_messages
from coordinator_app.errors import KnownError, ValidationError, current_language
from coordinator_app.services.cases import store
from coordinator_app.services.intake import drafts as intake_drafts
from coordinator_app.services.intake import finish, known_person
from coordinator_app.services.search import persons
from coordinator_app.services.settings import settings
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.documents.letter_dialog import open_letter_dialog
from coordinator_app.ui.error_dialog import error_text, show_error
from coordinator_app.ui.flow import FlowLayout
from coordinator_app.ui.intake.common import translate
from coordinator_app.ui.intake.home import IntakeHome
from coordinator_app.ui.intake.known_person import KnownPersonDialog
from coordinator_app.ui.intake.wizard import IntakeWizard
from coordinator_app.ui.page import Page
from coordinator_app.ui.worker import db_pool, run_db

HOME, WIZARD, DONE = range(3)


class IntakePage(Page):
    page_id = "intake"
    handover_letter_requested = Signal(int)  # case id: the letters screen makes the handover letter

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.draft_id: int | None = None
        self._saving = False
        self._save_again = False
        self._finishing = False  # no draft saves while the case is being created
        self._stale_ids: list[int] = []
        self._worker_draft_id: int | None = None
        self.confirm_box: QMessageBox | None = None
        self.known_dialog: KnownPersonDialog | None = None  # "Is deze persoon al bekend?", while open
        self._generation = 0  # bumped on lock: late results of an old session are dropped
        self.case_id: int | None = None
        self._baseline: dict[str, Any] | None = None  # the wizard's answers when it was opened
        self.close_box: QMessageBox | None = None
        self._new_intake = False  # the wizard holds a new intake (started with Ctrl+N or the New button)
        self._declined: set[int] = set()  # cases answered "new person" for the intake in the wizard
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self.home = IntakeHome(self.stack)  # built where it stays: moving a built widget costs a restyle
        self.wizard = IntakeWizard(ctx, self.stack)  # its steps may come in later steps of the background build
        self.done = self._done_panel()
        for widget in (self.home, self.wizard, self.done):
            self.stack.addWidget(widget)
        self.new_intake_action = QAction(translate("Intake", "New signal"), self)
        self.new_intake_action.setObjectName("newIntakeAction")
        self.new_intake_action.setShortcut(QKeySequence.StandardKey.New)  # Ctrl+N
        self.new_intake_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_intake_action.triggered.connect(lambda: self.ctx.navigate.emit("intake", "new", 0))
        self.addAction(self.new_intake_action)
        self.handover_letter_requested.connect(self._open_handover_letter)
        h = self.home
        h.new_requested.connect(self.start_new)
        h.resume_requested.connect(lambda draft_id: self.show_item("draft", draft_id))
        h.delete_requested.connect(self._delete_draft)
        h.delete_stale_requested.connect(self._confirm_delete_stale)
        h.signal_intake_requested.connect(lambda case_id: self.show_item("case", case_id))
        h.quick_signal_requested.connect(self._quick_signal)
        self.wizard.step_changed.connect(lambda _step: self.save_draft())
        self.wizard.rejected.connect(self._close_wizard)
        self.wizard.close_requested.connect(self.ask_close)
        self.wizard.finish_requested.connect(self._finish)

    def global_actions(self) -> list[QAction]:
        return [self.new_intake_action]

    def _open_handover_letter(self, case_id: int) -> None:
        open_letter_dialog(self.ctx, case_id, self, template="handover")

    def title(self) -> str:
        return translate("Intake", "Intake")

    # result panel

    def _done_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("intakeDone")
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        self.done_label = QLabel()
        self.done_label.setObjectName("intakeDoneLabel")
        self.done_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_hint = QLabel()
        self.done_hint.setWordWrap(True)
        self.done_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.done_label)
        layout.addWidget(self.done_hint)
        row = FlowLayout(align=Qt.AlignmentFlag.AlignHCenter)  # wraps onto a second line on a narrow screen
        self.open_case_button = QPushButton(translate("Intake", "&Open case"))
        self.open_case_button.setObjectName("intakeOpenCase")
        self.open_case_button.setProperty("primary", True)
        self.letter_button = QPushButton(translate("Intake", "&Handover letter…"))
        self.letter_button.setObjectName("intakeHandoverLetter")
        self.again_button = QPushButton(translate("Intake", "&New signal"))
        self.again_button.setObjectName("intakeAgain")
        self.home_button = QPushButton(translate("Intake", "Back to the &intake overview"))
        self.home_button.setObjectName("intakeHome")
        for button in (self.open_case_button, self.letter_button, self.again_button, self.home_button):
            row.addWidget(button)
        layout.addLayout(row)
        layout.addStretch(2)
        self.open_case_button.clicked.connect(lambda: self.ctx.navigate.emit("cases", "case", self.case_id or 0))
        self.letter_button.clicked.connect(lambda: self.handover_letter_requested.emit(self.case_id or 0))
        self.again_button.clicked.connect(self.start_new)
        self.home_button.clicked.connect(self._go_home)
        return panel

    # the page contract

    def on_unlocked(self) -> None:
        self.reload()

    def on_locked(self) -> None:
        self._generation += 1
        self.wizard.clear()
        self.home.clear()
        self.draft_id = self._worker_draft_id = self.case_id = None
        self._saving = self._save_again = self._finishing = False
        self._stale_ids = []
        self._declined = set()
        for box in (self.confirm_box, self.close_box):
            if box is not None:
                with contextlib.suppress(RuntimeError):  # already closed and deleted
                    box.reject()
        self.confirm_box = self.close_box = None
        self._baseline = None
        self.done_label.clear()
        self.done_hint.clear()
        self.stack.setCurrentIndex(HOME)

    def has_unsaved_changes(self) -> bool:
        return self.stack.currentIndex() == WIZARD and self.entered()

    def _answers(self) -> dict[str, Any]:
        """The wizard's answers, without the step it shows."""
        data = self.wizard.state.to_dict()
        data.pop("current_step", None)
        return data

    def entered(self) -> bool:
        """True when the wizard holds answers it did not have when it was opened."""
        if self.stack.currentIndex() != WIZARD:
            return False
        self.wizard.store_current()
        return self._baseline is None or self._answers() != self._baseline

    def _has_draft(self) -> bool:
        return self.draft_id is not None or self._worker_draft_id is not None or self._saving

    def save_pending(self) -> None:
        """Before a lock: save the wizard's state as a draft now (synchronously, after queued work).
        A wizard in which nothing was entered leaves no draft."""
        if self.stack.currentIndex() != WIZARD or not self.ctx.is_unlocked:
            return
        db_pool().waitForDone(10_000)
        if not self.entered() and not self._has_draft():
            return
        # a background save may have created the draft while its callback has not arrived yet
        draft_id = self.draft_id if self.draft_id is not None else self._worker_draft_id
        self.draft_id = self._worker_draft_id = intake_drafts.save_draft(self.ctx.vault, self._copy(), draft_id)

    def show_item(self, kind: str, item_id: int) -> None:
        if not self.ctx.is_unlocked:
            return
        if kind == "new":
            self.start_new()
        elif kind == "quick":
            self._go_home()
            self.home.quick_who.setFocus()
        elif kind == "draft":
            self._run(lambda v: intake_drafts.load_draft(v, item_id), lambda state: self._begin(state, item_id))
        elif kind == "case":

            def load(vault: Any) -> tuple[IntakeState, int | None]:
                existing = next((d for d in intake_drafts.list_drafts(vault) if d.case_id == item_id), None)
                if existing is not None:
                    return intake_drafts.load_draft(vault, existing.id), existing.id
                return finish.start_from_case(vault, item_id), None

            self._run(load, lambda result: self._begin(*result))

    # actions

    def _run(self, fn: Any, on_success: Any, on_failure: Any = None) -> None:
        """`fn(vault)` on the vault worker; the result reaches `on_success` unless the vault was locked since."""
        vault, generation = self.ctx.vault, self._generation

        def ok(result: Any) -> None:
            if generation == self._generation:
                on_success(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                (on_failure or (lambda e: show_error(self, e)))(exc)

        run_db(lambda _control: fn(vault), ok, failed)

    def reload(self, select_signal: int | None = None) -> None:
        """Load drafts and waiting signals; `select_signal`: the case whose signal is then selected."""
        if not self.ctx.is_unlocked:
            return

        def load(vault: Any) -> tuple[list, list, int, list]:
            days = settings.get_all(vault).draft_max_age_days
            return (intake_drafts.list_drafts(vault), intake_drafts.stale_drafts(vault, days), days,
                    finish.open_signals(vault))

        def loaded(result: tuple[list, list, int, list]) -> None:
            drafts, stale, days, signals = result
            self.home.drafts.set_rows(drafts)
            self.home.signals.set_rows(signals)
            self.home.set_stale(len(stale), days)
            self._stale_ids = [d.id for d in stale]
            if select_signal is not None:
                self.home.select_signal(select_signal)

        self._run(load, loaded)

    def _copy(self) -> IntakeState:
        return IntakeState.from_dict(self.wizard.state.to_dict())

    def start_new(self) -> None:
        """A new intake starts with "Is deze persoon al bekend?" (when the vault holds anyone to recognise)."""
        if not self.ctx.is_unlocked:
            return
        if self.stack.currentIndex() == WIZARD and (self.entered() or self._has_draft()):
            self.save_draft()
        self.ask_known_person(self._begin_new, self._join_intake, remember_declined=True)

    def ask_known_person(self, on_new: Any, on_same: Any, *, remember_declined: bool = False) -> None:
        """Ask "Is deze persoon al bekend?"; `on_new(PersonQuery | None)` or `on_same(case id)` follows.
        Not asked (on_new(None) at once) when the vault holds no person with a name or date of birth.
        `remember_declined`: the cases listed when "new person" is chosen are not offered again when the
        intake is finished."""

        def answered(anyone: bool) -> None:
            if remember_declined:
                self._declined = set()
            if not anyone:
                on_new(None)
                return
            if self.known_dialog is not None:
                self.known_dialog.reject()
            dialog = KnownPersonDialog(self.ctx, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            if remember_declined:
                dialog.new_person.connect(lambda _p: self._declined.update(dialog.declined))
            dialog.new_person.connect(on_new)
            dialog.same_person.connect(on_same)
            dialog.finished.connect(lambda _r: setattr(self, "known_dialog", None))
            self.known_dialog = dialog
            dialog.open()

        self._run(persons.anyone_to_recognise, answered)

    def _begin_new(self, person: persons.PersonQuery | None) -> None:
        state = IntakeState()
        if person is not None:  # what was typed in the check is not asked again
            p = state.person
            p.first_name, p.last_name = person.first_name or "", person.last_name or ""
            p.date_of_birth, p.estimated_age = person.date_of_birth, person.estimated_age
            p.nationality = person.nationality or ""
        self._begin(state, None, new=True)

    def _join_intake(self, case_id: int) -> None:
        """"Dit is dezelfde persoon" at the start of an intake: the signal is noted on that file, which opens."""

        def joined(_entry: int) -> None:
            self.ctx.notify("case", case_id)
            self.ctx.navigate.emit("cases", "case", case_id)

        self._run(lambda vault: known_person.join_intake(vault, case_id), joined)

    def _begin(self, state: IntakeState, draft_id: int | None, *, new: bool = False) -> None:
        if not new:  # a draft or a signal taken further: nothing was declined for it in this session
            self._declined = set()
        self.draft_id = self._worker_draft_id = draft_id
        self._new_intake = new
        self.wizard.book.reload()
        self.wizard.begin(state)
        self.stack.setCurrentIndex(WIZARD)
        self.wizard.store_current()
        self._baseline = self._answers()
        self.activateWindow()  # back from "Is deze persoon al bekend?": the keyboard goes on in the wizard
        self.wizard.focus_first_input()

    def save_draft(self) -> None:
        """Save the state in the background; one save at a time (a newer one follows the running one)."""
        if not self.ctx.is_unlocked or self._finishing:
            return
        if self._saving:
            self._save_again = True
            return
        self._saving = True
        state, draft_id = self._copy(), self.draft_id

        def saved(new_id: int) -> None:
            self._saving = False
            self.draft_id = new_id
            self.ctx.notify("draft", new_id)
            if self._save_again:
                self._save_again = False
                self.save_draft()

        def failed(exc: BaseException) -> None:
            self._saving = self._save_again = False
            show_error(self, exc)

        def save(vault: Any) -> int:
            new_id = intake_drafts.save_draft(vault, state, draft_id)
            self._worker_draft_id = new_id  # read by save_pending() before the callback arrives
            return new_id

        self._run(save, saved, failed)

    def _close_wizard(self) -> None:
        """'Close (keep draft)': keep what was entered as a draft; an untouched new intake leaves none."""
        if self.entered() or self._has_draft():
            self.save_draft()
        self._go_home()

    def ask_close(self) -> None:
        """Esc in the wizard: close at once when nothing was entered, else ask (keep, discard or go on)."""
        if self.stack.currentIndex() != WIZARD or self.close_box is not None:
            return
        if not self.entered():
            self._close_wizard()
            return
        new = self._new_intake
        box = QMessageBox(QMessageBox.Icon.Question, translate("Intake", "Close the intake"),
                          translate("Intake", "Keep what was entered as a draft?"), QMessageBox.StandardButton.NoButton,
                          self)
        box.setObjectName("intakeCloseConfirm")
        keep = box.addButton(translate("Intake", "&Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = None
        if new:
            discard = box.addButton(translate("Intake", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        go_on = box.addButton(translate("Intake", "&Continue the intake"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("intakeCloseKeep")
        go_on.setObjectName("intakeCloseContinue")
        if discard is not None:
            discard.setObjectName("intakeCloseDiscard")
            box.setInformativeText(translate("Intake", "Discard removes this intake; nothing of it is kept."))
        box.setDefaultButton(keep)
        box.setEscapeButton(go_on)
        generation = self._generation

        def answered(_result: int) -> None:
            self.close_box = None
            clicked = box.clickedButton()
            if generation != self._generation or self.stack.currentIndex() != WIZARD:
                return
            if clicked is keep:
                self._close_wizard()
            elif discard is not None and clicked is discard:
                self._discard_new()
            else:
                self.wizard.setFocus()

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        self.close_box = box
        box.open()

    def _discard_new(self) -> None:
        """Forget a new intake, with the draft saved for it on the way (if any)."""
        db_pool().waitForDone(10_000)
        draft_id = self.draft_id if self.draft_id is not None else self._worker_draft_id
        self._generation += 1  # a save still on its way must not bring the draft id back
        self.draft_id = self._worker_draft_id = None
        self._saving = self._save_again = False
        self._baseline = None
        self._new_intake = False
        self.wizard.clear()
        if draft_id is not None:
            self._run(lambda v: intake_drafts.delete_draft(v, draft_id), lambda _r: self._after_discard())
        else:
            self._go_home()

    def _after_discard(self) -> None:
        self.ctx.notify("draft", -1)
        self._go_home()

    def _go_home(self) -> None:
        self.stack.setCurrentIndex(HOME)
        self.reload()

    def _finish(self) -> None:
        """"Dossier aanmaken": first "Is deze persoon al bekend?" again on the final person data (a name or
        date of birth typed or changed after the first check); a candidate not declined before is offered."""
        state = self._copy()
        p = state.person
        query = persons.PersonQuery(
            first_name=p.first_name.strip() or None, last_name=p.last_name.strip() or None,
            alias=p.alias.strip() or None, date_of_birth=p.date_of_birth, estimated_age=p.estimated_age,
            nationality=p.nationality or None)
        if p.anonymous or not (query.spellings or query.date_of_birth):
            self._create()
            return
        excluded = set(self._declined) | ({state.case_id} if state.case_id is not None else set())
        self.wizard.setEnabled(False)

        def checked(found: list[persons.Candidate]) -> None:
            self.wizard.setEnabled(True)
            if not any(c.match.case_id not in excluded for c in found):
                self._create()
                return
            if self.known_dialog is not None:
                self.known_dialog.reject()
            dialog = KnownPersonDialog(self.ctx, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.new_person.connect(lambda _q: (self._declined.update(dialog.declined), self._create()))
            dialog.same_person.connect(self._join_at_finish)
            dialog.finished.connect(lambda _r: setattr(self, "known_dialog", None))
            self.known_dialog = dialog
            dialog.recheck(query, excluded)
            dialog.open()

        def failed(exc: BaseException) -> None:
            self.wizard.setEnabled(True)
            show_error(self, exc)

        self._run(lambda vault: persons.known_persons(vault, query), checked, failed)

    def _join_at_finish(self, case_id: int) -> None:
        """"Dit is dezelfde persoon" when the intake is finished: the signal is noted on that file, what was
        entered stays as a draft (nothing of it is lost), and the existing file opens."""
        state = self._copy()
        draft_id = self.draft_id if self.draft_id is not None else self._worker_draft_id
        received = state.signal.received_on
        self._finishing, self._save_again = True, False  # no other draft save on the way

        def join(vault: Any) -> int:
            kept = intake_drafts.save_draft(vault, state, draft_id)
            known_person.join_intake(vault, case_id, received)
            return kept

        def joined(kept: int) -> None:
            self._finishing = self._new_intake = False
            self.draft_id = self._worker_draft_id = None
            self.wizard.clear()
            self._baseline = None
            self.ctx.notify("draft", kept)
            self.ctx.notify("case", case_id)
            self._go_home()
            self.ctx.navigate.emit("cases", "case", case_id)

        def failed(exc: BaseException) -> None:
            self._finishing = False
            show_error(self, exc)

        self._run(join, joined, failed)

    def _create(self) -> None:
        state, draft_id = self._copy(), self.draft_id
        shelter = bool(self.wizard.flow.summary()["shelter_chosen"])
        self.wizard.setEnabled(False)
        self._finishing, self._save_again = True, False

        def create(vault: Any) -> tuple[int, str]:
            case_id = finish.finish(vault, state, draft_id=draft_id)
            return case_id, store.get_case(vault, case_id).case_number

        def created(result: tuple[int, str]) -> None:
            self._finishing = False
            self.wizard.setEnabled(True)
            self.case_id, number = result
            self.draft_id = self._worker_draft_id = None
            self.wizard.clear()
            self.ctx.notify("case", self.case_id)
            self.ctx.notify("draft", -1)
            self.done_label.setText(translate("Intake", "Case %1 has been created.")
                                    .replace("%1", bidi_isolate(number)))
            self.done_hint.setText(
                translate(
                    "Intake",
                    "The case, the person, the indicators, the consent records, the milestones and the tasks "
                    "have been recorded. A shelter was chosen: make the handover letter now.",
                )
                if shelter
                else translate(
                    "Intake",
                    "The case, the person, the indicators, the consent records, the milestones and the tasks "
                    "have been recorded.",
                )
            )
            self.letter_button.setVisible(shelter)
            self.stack.setCurrentIndex(DONE)

        def failed(exc: BaseException) -> None:
            self._finishing = False
            self.wizard.setEnabled(True)
            page = self.wizard.current_page()
            if isinstance(exc, KnownError) and page is not None:
                page.top_error.setText(error_text(exc))
                page.top_error.show()
            else:
                show_error(self, exc)

        self._run(create, created, failed)

    def _quick_signal(self, values: dict[str, Any]) -> None:
        """A quick signal is checked against known persons first (once its text is there)."""
        if not str(values.get("what") or "").strip():
            self._save_quick(values, None)  # the form is incomplete: its error comes first
            return
        self.ask_known_person(lambda person: self._save_quick(values, person),
                              lambda case_id: self._join_quick(values, case_id))

    def _join_quick(self, values: dict[str, Any], case_id: int) -> None:
        def join(vault: Any) -> str:
            known_person.join_quick_signal(vault, case_id, values["who"], values["what"], values["when"])
            return store.get_case(vault, case_id).case_number

        def joined(number: str) -> None:
            self.home.quick_joined(number)
            self.ctx.notify("case", case_id)
            self.reload()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KnownError):
                self.home.quick_failed(_quick_message(exc))
            else:
                show_error(self, exc)

        self._run(join, joined, failed)

    def _save_quick(self, values: dict[str, Any], person: persons.PersonQuery | None) -> None:
        named = person is not None and bool(person.spellings or person.date_of_birth)
        person_input = store.PersonInput(
            first_name=person.first_name, last_name=person.last_name, date_of_birth=person.date_of_birth,
            estimated_age=person.estimated_age, nationality=person.nationality,
        ) if named and person is not None else None

        def save(vault: Any) -> tuple[int, str]:
            # a reporter from the address book is linked as such (and is the wizard's Melder later)
            who = finish.reporter_contact(vault, values["who"]) or values["who"]
            case_id = finish.quick_signal(
                vault,
                who,
                values["what"],
                values["when"],
                values["form"],
                reporter_org_type=values["reporter_org_type"],
                person=person_input,
            )
            return case_id, store.get_case(vault, case_id).case_number

        def saved(result: tuple[int, str]) -> None:
            case_id, number = result
            self.home.quick_saved(number)
            self.ctx.notify("case", -1)
            self.reload(select_signal=case_id)  # the new signal: on top (newest first) and selected

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KnownError):
                self.home.quick_failed(_quick_message(exc))
            else:
                show_error(self, exc)

        self._run(save, saved, failed)

    def _delete_draft(self, draft_id: int) -> None:
        self._confirm(
            "intakeDeleteDraftConfirm",
            translate("Intake", "Delete draft"),
            translate("Intake", "Delete this unfinished intake? What was entered is lost; this cannot be undone."),
            [draft_id],
        )

    def _confirm_delete_stale(self) -> None:
        ids = list(self._stale_ids)
        if ids:
            self._confirm(
                "intakeDeleteStaleConfirm",
                translate("Intake", "Delete old drafts"),
                translate(
                    "Intake", "Delete %1 draft(s) that have not been changed for a long time? This cannot be undone."
                ).replace("%1", str(len(ids))),
                ids,
            )

    def _confirm(self, name: str, title: str, text: str, ids: list[int]) -> None:
        """Ask before drafts are deleted (non-blocking: the box is opened, the answer arrives by signal)."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, self)
        box.setObjectName(name)
        box.setDefaultButton(no)
        box.button(yes).setText(translate("Intake", "Delete"))
        box.button(no).setText(translate("Intake", "Keep"))

        def answered(result: int) -> None:
            if result == yes:
                self._run(lambda v: [intake_drafts.delete_draft(v, i) for i in ids], lambda _r: self.reload())

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()
        self.confirm_box = box


def _quick_message(exc: KnownError) -> str:
    """Field-by-field Dutch text for the quick-signal form."""
    if not isinstance(exc, ValidationError) or not exc.errors:
        return exc.message()
    names = {
        "who": translate("Intake", "Who reports"),
        "what": translate("Intake", "What was reported"),
        "when": translate("Intake", "When"),
        "form": translate("Intake", "Form of exploitation"),
    }
    return "\n".join(
        f"{names.get(field, field)}: {text}" for field, text in shown_field_messages(exc, current_language()).items()
    )
