"""The real intake wizard end to end (pytest-qt): pages driven by object name, the case checked in the vault."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from sqlalchemy import select

from coordinator_app.db.models import Case, Consent, IntakeDraft, JournalEntry, Milestone, Person, Task
from coordinator_app.db.vault import Vault
from coordinator_app.domain.intake import state
from coordinator_app.services.intake import drafts as intake_drafts
from coordinator_app.services.intake import finish
from coordinator_app.services.network import contacts
from coordinator_app.ui.intake.book import IdListModel
from coordinator_app.ui.intake.common import Choice, YesNo
from coordinator_app.ui.intake.page import DONE, HOME, WIZARD, IntakePage
from tests.conftest import PASSPHRASE
from tests.helpers import type_text
from tests.intake.conftest import settle

TODAY = dt.date.today()


def find(page: IntakePage, name: str, cls: type = QWidget):
    widget = page.findChild(cls, name)
    assert widget is not None, name
    return widget


def choose(page: IntakePage, name: str, data: object) -> None:
    if isinstance(data, bool) and isinstance(answer := find(page, name), YesNo):  # a yes/no question
        find(page, f"{name}_{'yes' if data else 'no'}", QRadioButton).click()
        assert answer.value() is data
        return
    if isinstance(answer := find(page, name), Choice):  # a short answer as radio buttons
        index = next(i for i, v in enumerate(answer.values) if v == data and type(v) is type(data))
        find(page, f"{name}_{index}", QRadioButton).click()
        assert answer.value() == data
        return
    box = find(page, name, QComboBox)
    index = next(i for i in range(box.count()) if box.itemData(i) == data and type(box.itemData(i)) is type(data))
    box.setCurrentIndex(index)


def write(page: IntakePage, name: str, text: str) -> None:
    widget = find(page, name)
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    widget.clear() if isinstance(widget, QPlainTextEdit) else widget.setText("")
    type_text(widget, text)


def tick(page: IntakePage, name: str, on: bool = True) -> None:
    find(page, name, QCheckBox).setChecked(on)


def next_page(qtbot, page: IntakePage, expect: str) -> None:
    qtbot.mouseClick(find(page, "intakeNext", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert page.wizard.step_code() == expect, page.wizard.current_page().top_error.text()


def fill_signal(qtbot, page: IntakePage, reporter: int | None = None) -> None:
    qtbot.mouseClick(find(page, "intakeNew", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == WIZARD and page.wizard.step_code() == "signal"
    assert find(page, "signal_received_on", QLineEdit).text() == TODAY.strftime("%d-%m-%Y")
    choose(page, "signal_channel", "phone")
    if reporter is not None:
        find(page, "signal_reporter").set_value(reporter, notify=True)
    choose(page, "signal_reporter_org_type", "healthcare")
    write(page, "signal_text", "Cliënte zegt: 'mijn paspoort ligt bij de baas', werkt 14 uur per dag.")
    assert page.wizard.state.referral_source == "" or find(page, "referral_source", QComboBox).currentData() == "care"
    choose(page, "municipality", "Zwolle")


def tick_indicator(page: IntakePage, group: int, row: int) -> None:
    model = find(page, "indicators_view").model()
    index = model.index(row, 0, model.index(group, 0))
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def fill_consultation(page: IntakePage) -> None:
    tick(page, "consulted_colleague")
    write(page, "consultation_weighed", "Signalen, veiligheid en wensen van de cliënte.")
    write(page, "consultation_decision", "Traject starten.")
    write(page, "consultation_grounds", "Meerdere signalen van uitbuiting.")


def stored(vault: Vault, case_id: int) -> dict:
    with vault.read() as s:
        case = s.get(Case, case_id)
        return {
            "status": case.status, "acute": (case.acute_danger, case.emergency_called),
            "person": s.scalar(select(Person).where(Person.case_id == case_id)).display_name,
            "tasks": [t.kind for t in s.scalars(select(Task).where(Task.case_id == case_id).order_by(Task.id))],
            "milestones": [(m.kind, m.organisation_id) for m in
                           s.scalars(select(Milestone).where(Milestone.case_id == case_id).order_by(Milestone.id))],
            "consents": [(c.purpose, c.given, c.signed_by) for c in
                         s.scalars(select(Consent).where(Consent.case_id == case_id))],
            "drafts": s.scalars(select(IntakeDraft.id)).all(),
        }


def test_dutch_adult_with_shelter_and_handover_letter(qtbot, page, vault) -> None:
    org = contacts.OrganisationInput("Vrouwenopvang IJsselland", "shelter_women")
    shelter = contacts.create_organisation(vault, org)
    reporter = contacts.create_contact(vault, contacts.ContactInput("Öztürk", "Selin"))
    fill_signal(qtbot, page, reporter)
    next_page(qtbot, page, "safety")
    choose(page, "safety_acute_danger", False)
    choose(page, "safety_is_minor", False)
    next_page(qtbot, page, "indicators")
    assert page.draft_id is not None  # saved on the page change
    tick_indicator(page, 0, 0)
    tick_indicator(page, 1, 1)
    assert "Seksuele uitbuiting" in find(page, "indicators_suggested_forms").text()
    qtbot.mouseClick(find(page, "indicators_use_suggestion", QPushButton), Qt.MouseButton.LeftButton)
    next_page(qtbot, page, "person")
    write(page, "person_first_name", "Ewa")
    find(page, "person_estimated_age").setValue(31)
    choose(page, "person_gender", "female")
    choose(page, "person_nationality", "NL")
    next_page(qtbot, page, "consultation")
    fill_consultation(page)
    next_page(qtbot, page, "consent")
    assert "16" in find(page, "consent_age_rule").text()
    choose(page, "consent_comensha_registration_given", True)
    write(page, "consent_comensha_registration_signed_on", TODAY.strftime("%d-%m-%Y"))
    choose(page, "consent_comensha_registration_signer", "person")
    next_page(qtbot, page, "followups")
    model = find(page, "followups_view").model()
    codes = [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]
    row = codes.index("shelter_women")
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(model.index(row, 1), "05-01-2027")  # the user moves the due date
    find(page, "followups_view").selectRow(row)
    find(page, "followups_organisation").set_value(shelter, notify=True)
    next_page(qtbot, page, "summary")
    summary = find(page, "summary_view").toPlainText()
    assert "Ewa" in summary and "Vrouwenopvang" in summary and "05-01-2027" in summary
    requested = []
    page.handover_letter_requested.connect(requested.append)
    opened = []
    page.ctx.navigate.connect(lambda *args: opened.append(args))
    qtbot.mouseClick(find(page, "intakeFinish", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == DONE
    letter = find(page, "intakeHandoverLetter", QPushButton)
    assert letter.isVisible()
    qtbot.mouseClick(letter, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(page, "intakeOpenCase", QPushButton), Qt.MouseButton.LeftButton)
    case_id = page.case_id
    assert requested == [case_id] and opened == [("cases", "case", case_id)]
    data = stored(vault, case_id)
    assert data["status"] == "active" and data["person"] == "Ewa" and data["drafts"] == []
    assert data["tasks"] == ["informative_interview_police", "shelter_women", "comensha_registration", "care_medical"]
    assert ("shelter", shelter) in data["milestones"]
    assert data["consents"] == [("comensha_registration", True, "person")]
    with vault.read() as s:
        assert s.scalar(select(Task.due_on).where(Task.kind == "shelter_women")) == dt.date(2027, 1, 5)


def test_minor_under_16_with_acute_danger(qtbot, page, vault) -> None:
    fill_signal(qtbot, page)
    next_page(qtbot, page, "safety")
    choose(page, "safety_acute_danger", True)
    choose(page, "safety_is_minor", True)
    next_page(qtbot, page, "emergency")
    next_page(qtbot, page, "emergency")  # 112 not confirmed: the page stays, with the reason
    assert find(page, "error_safety_called_112").isVisible()
    tick(page, "safety_called_112")
    next_page(qtbot, page, "meldcode")
    for code in ("suspicion", "unsafe", "can_help", "help_accepted", "help_sufficient"):
        choose(page, f"meldcode_afweging_{code}", code != "help_sufficient")
    choose(page, "meldcode_decision", "help")
    next_page(qtbot, page, "meldcode")  # the afwegingskader requires a report
    assert "Veilig Thuis" in find(page, "error_safety_meldcode_decision").text()
    choose(page, "meldcode_decision", "report_and_help")
    next_page(qtbot, page, "indicators")
    tick_indicator(page, 3, 0)
    choose(page, "primary_form", "criminal")
    next_page(qtbot, page, "person")
    find(page, "person_anonymous", QCheckBox).setChecked(False)
    write(page, "person_alias", "Jay")
    write(page, "person_date_of_birth", "31-02-2012")
    next_page(qtbot, page, "person")  # a typo in the date is a clear error, nothing lost
    assert "dd-mm-jjjj" in find(page, "error_person_date_of_birth").text()
    assert find(page, "person_alias", QLineEdit).text() == "Jay"
    write(page, "person_date_of_birth", f"01-03-{TODAY.year - 14}")
    choose(page, "person_gender", "male")
    next_page(qtbot, page, "consultation")
    fill_consultation(page)
    next_page(qtbot, page, "consent")
    signer = find(page, "consent_comensha_registration_signer", QComboBox)
    assert [signer.itemData(i) for i in range(signer.count())] == ["", "parent", "guardian"]
    choose(page, "consent_comensha_registration_given", True)
    write(page, "consent_comensha_registration_signed_on", TODAY.strftime("%d-%m-%Y"))
    choose(page, "consent_comensha_registration_signer", "parent")
    next_page(qtbot, page, "followups")
    next_page(qtbot, page, "summary")
    qtbot.mouseClick(find(page, "intakeFinish", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == DONE
    assert find(page, "intakeHandoverLetter", QPushButton).isVisible()  # youth protection is a shelter step
    data = stored(vault, page.case_id)
    assert data["acute"] == (True, True) and data["person"] == "Jay"
    assert data["tasks"] == ["emergency_aftercare", "veilig_thuis_report", "youth_protection",
                             "informative_interview_police", "comensha_registration", "care_medical"]
    assert data["consents"] == [("comensha_registration", True, "parent")]


def test_anonymous_person_skips_consent(qtbot, page, vault) -> None:
    fill_signal(qtbot, page)
    next_page(qtbot, page, "safety")
    choose(page, "safety_acute_danger", False)
    choose(page, "safety_is_minor", False)
    next_page(qtbot, page, "indicators")
    choose(page, "primary_form", "unknown")
    next_page(qtbot, page, "person")
    tick(page, "person_anonymous")
    assert not find(page, "person_first_name", QLineEdit).isEnabled()
    choose(page, "person_gender", "unknown")
    next_page(qtbot, page, "consultation")
    fill_consultation(page)
    next_page(qtbot, page, "followups")  # no consent step for an anonymous person
    next_page(qtbot, page, "summary")
    qtbot.mouseClick(find(page, "intakeBack", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert page.wizard.step_code() == "followups"
    next_page(qtbot, page, "summary")
    qtbot.mouseClick(find(page, "intakeFinish", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == DONE
    assert not find(page, "intakeHandoverLetter", QPushButton).isVisible()
    data = stored(vault, page.case_id)
    assert data["tasks"] == ["meld_misdaad_anoniem"] and data["consents"] == []


def test_draft_resumes_where_it_stopped_after_lock_and_unlock(qtbot, page, vault, vault_dir) -> None:
    fill_signal(qtbot, page)
    next_page(qtbot, page, "safety")
    choose(page, "safety_acute_danger", False)
    choose(page, "safety_is_minor", False)
    next_page(qtbot, page, "indicators")
    tick_indicator(page, 0, 2)
    page.save_pending()  # what the main window calls before a lock
    draft_id = page.draft_id
    page.ctx.lock()
    assert page.stack.currentIndex() == HOME and page.draft_id is None
    assert page.wizard.state.signal.text == "" and find(page, "signal_text", QPlainTextEdit).toPlainText() == ""
    assert page.home.drafts.rowCount() == 0
    page.ctx.set_vault(Vault.open(vault_dir, passphrase=PASSPHRASE))
    settle()
    assert page.home.drafts.rowCount() == 1
    page.show_item("draft", draft_id)
    settle()
    assert page.wizard.step_code() == "indicators"
    assert [m.code for m in page.wizard.state.indicators.marks] == ["gen_debt"]
    qtbot.mouseClick(find(page, "intakeBack", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert page.wizard.step_code() == "safety"  # the way back is intact
    qtbot.mouseClick(find(page, "intakeClose", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == HOME
    with page.ctx.vault.read() as s:
        assert s.scalars(select(IntakeDraft.step)).all() == ["safety"]


def test_quick_signal_then_full_intake_from_the_list(qtbot, page, vault) -> None:
    qtbot.mouseClick(find(page, "quick_save", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert find(page, "quick_error").isVisible()  # empty form: a clear error
    write(page, "quick_who", "Wijkagent Zwolle-Zuid")
    write(page, "quick_what", "Meisje (16?) wordt 's nachts opgehaald bij de flat; ouders maken zich zorgen.")
    write(page, "quick_when", TODAY.strftime("%d-%m-%Y"))
    choose(page, "quick_form", "sexual")
    qtbot.mouseClick(find(page, "quick_save", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert "ZM-" in find(page, "quick_status").text()
    assert page.home.signals.rowCount() == 1
    view = find(page, "intakeSignals")
    view.selectRow(0)
    qtbot.mouseClick(find(page, "intakeFromSignal", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == WIZARD
    case_id = page.wizard.state.case_id
    assert case_id is not None and page.wizard.state.primary_form == "sexual"
    assert "opgehaald" in find(page, "signal_text", QPlainTextEdit).toPlainText()
    intake_state = page.wizard.state
    assert intake_state.signal.received_on == TODAY


def test_models_pass_the_model_tester(qtbot, page, vault, qtmodeltester) -> None:
    intake_drafts.save_draft(vault, state.IntakeState())
    finish.quick_signal(vault, "x", "y", TODAY, "unknown")
    page.reload()
    settle()
    qtmodeltester.check(page.home.drafts)
    qtmodeltester.check(page.home.signals)
    page.start_new()
    settle()
    qtmodeltester.check(find(page, "indicators_view").model())
    wizard = page.wizard
    wizard.flow.state.person.first_name = "A"
    wizard.pages["followups"].load()
    qtmodeltester.check(wizard.pages["followups"].model)
    ids = IdListModel(wizard.book, "contact")
    ids.set_ids([1, 2, 2])
    qtmodeltester.check(ids)
    assert ids.rowCount() == 2


def test_reporter_is_picked_from_the_address_book(qtbot, page, vault) -> None:
    contact = contacts.create_contact(vault, contacts.ContactInput("Jansen", "Ilse", function="Wijkagent"))
    fill_signal(qtbot, page)
    qtbot.mouseClick(find(page, "signal_reporter_choose", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    [picker] = [w for w in QApplication.topLevelWidgets() if w.objectName() == "contactPicker" and w.isVisible()]
    qtbot.mouseClick(picker.findChild(QPushButton, "pickerChoose"), Qt.MouseButton.LeftButton)
    settle()
    assert page.wizard.pages["signal"].reporter.value() == contact
    assert "Ilse Jansen" in find(page, "signal_reporter_name").text()
    next_page(qtbot, page, "safety")
    assert page.wizard.state.signal.reporter_contact_id == contact


def test_ctrl_n_action_and_navigation(qtbot, page) -> None:
    asked = []
    page.ctx.navigate.connect(lambda *args: asked.append(args))
    assert page.new_intake_action.shortcut().toString() == "Ctrl+N"
    page.new_intake_action.trigger()
    assert asked == [("intake", "new", 0)]
    page.show_item("new", 0)  # what the main window does on that navigation
    settle()
    assert page.stack.currentIndex() == WIZARD and page.wizard.step_code() == "signal"
    assert not page.has_unsaved_changes()  # nothing entered yet: closing the app need not ask (issue 18)
    write(page, "signal_text", "Een melding")
    assert page.has_unsaved_changes()


def test_old_drafts_are_offered_for_deletion(qtbot, page, vault) -> None:
    from sqlalchemy import update

    old = intake_drafts.save_draft(vault, state.IntakeState())
    recent = intake_drafts.save_draft(vault, state.IntakeState())
    with vault.write() as s:
        s.execute(update(IntakeDraft).where(IntakeDraft.id == old)
                  .values(updated_at=dt.datetime(2020, 1, 1)))
    page.reload()
    settle()
    assert find(page, "intakeDeleteStale", QPushButton).isVisible()
    assert "30" in find(page, "intakeStaleLabel").text()
    qtbot.mouseClick(find(page, "intakeDeleteStale", QPushButton), Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None and box.isVisible()
    box.button(box.StandardButton.No).click()  # keep: nothing deleted
    settle()
    assert page.home.drafts.rowCount() == 2
    qtbot.mouseClick(find(page, "intakeDeleteStale", QPushButton), Qt.MouseButton.LeftButton)
    page.confirm_box.button(page.confirm_box.StandardButton.Yes).click()
    settle()
    assert [page.home.drafts.rows[0].id] == [recent] and page.home.drafts.rowCount() == 1
    assert not find(page, "intakeDeleteStale", QPushButton).isVisible()


def test_lock_right_after_a_page_change_keeps_one_draft(qtbot, page, vault) -> None:
    fill_signal(qtbot, page)
    qtbot.mouseClick(find(page, "intakeNext", QPushButton), Qt.MouseButton.LeftButton)  # starts a background save
    page.save_pending()  # the lock comes before the save's callback
    page.ctx.lock()
    settle()
    again = Vault.open(vault.folder, passphrase=PASSPHRASE)
    try:
        drafts = intake_drafts.list_drafts(again)
        assert [d.step for d in drafts] == ["safety"]
    finally:
        again.close()


def test_step_1_survives_lock_unlock_and_resume(qtbot, page, vault, vault_dir) -> None:
    fill_signal(qtbot, page)
    next_page(qtbot, page, "safety")
    page.save_pending()
    draft_id = page.draft_id
    page.ctx.lock()
    page.ctx.set_vault(Vault.open(vault_dir, passphrase=PASSPHRASE))
    settle()
    page.show_item("draft", draft_id)
    settle()
    assert page.wizard.step_code() == "safety"
    signal = page.wizard.state.signal
    assert (signal.channel, signal.reporter_org_type, page.wizard.state.municipality) == (
        "phone", "healthcare", "Zwolle")
    assert signal.text.startswith("Cliënte zegt")
    qtbot.mouseClick(find(page, "intakeBack", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert page.wizard.step_code() == "signal"
    assert find(page, "signal_channel", QComboBox).currentData() == "phone"
    assert find(page, "signal_reporter_org_type", QComboBox).currentData() == "healthcare"
    assert find(page, "municipality", QComboBox).currentData() == "Zwolle"
    assert find(page, "signal_text", QPlainTextEdit).toPlainText().startswith("Cliënte zegt")
    page.wizard.pages["summary"].load()
    summary = find(page, "summary_view").toPlainText()
    assert "Cliënte zegt" in summary and "Zwolle" in summary


def test_intake_tables_sort_by_date(qtbot, page, vault, qtmodeltester) -> None:
    for days in (3, 40, 1, 400, 12):
        finish.quick_signal(vault, "x", f"signaal {days}", TODAY - dt.timedelta(days=days), "unknown")
    page.reload()
    settle()
    qtmodeltester.check(page.home.signals)
    proxy = page.home.signals_proxy
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, 3).data() for r in range(proxy.rowCount())]
    assert shown == [f"signaal {d}" for d in (400, 40, 12, 3, 1)]
    write(page, "quick_who", "Wijkagent")
    write(page, "quick_what", "signaal 20")
    write(page, "quick_when", (TODAY - dt.timedelta(days=20)).strftime("%d%m%Y"))  # eight digits work too
    qtbot.mouseClick(find(page, "quick_save", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    shown = [proxy.index(r, 3).data() for r in range(proxy.rowCount())]
    assert shown == [f"signaal {d}" for d in (400, 40, 20, 12, 3, 1)]
    intake_drafts.save_draft(vault, state.IntakeState())
    page.reload()
    settle()
    qtmodeltester.check(page.home.drafts)
    drafts = page.home.drafts_proxy
    for column in range(drafts.columnCount()):
        drafts.sort(column, Qt.SortOrder.DescendingOrder)  # no column has an incomparable key


def walk_to_consultation(qtbot, page: IntakePage) -> None:
    fill_signal(qtbot, page)
    next_page(qtbot, page, "safety")
    choose(page, "safety_acute_danger", False)
    choose(page, "safety_is_minor", False)
    next_page(qtbot, page, "indicators")
    tick_indicator(page, 0, 0)
    choose(page, "primary_form", "criminal")
    next_page(qtbot, page, "person")
    write(page, "person_first_name", "Ewa")
    write(page, "person_date_of_birth", "12031995")  # eight digits: DDMMYYYY
    choose(page, "person_gender", "female")
    next_page(qtbot, page, "consultation")
    assert page.wizard.state.person.date_of_birth == dt.date(1995, 3, 12)


def test_validation_focuses_the_first_failing_field_and_clears_fixed_dates(qtbot, page) -> None:
    walk_to_consultation(qtbot, page)
    tick(page, "consulted_colleague")
    write(page, "consultation_weighed", "Signalen en wensen.")
    write(page, "consultation_decision", "Traject starten.")
    next_page(qtbot, page, "consultation")  # no grounds: the page stays
    grounds = find(page, "consultation_grounds")
    assert grounds.hasFocus() or grounds.isAncestorOf(QApplication.focusWidget())
    scroll = page.wizard.current_page().scroll
    top = grounds.mapTo(scroll.widget(), grounds.rect().topLeft()).y() - scroll.verticalScrollBar().value()
    assert 0 <= top < scroll.viewport().height()  # scrolled into view
    write(page, "consultation_grounds", "Meerdere signalen.")
    next_page(qtbot, page, "consent")
    choose(page, "consent_comensha_registration_given", True)
    write(page, "consent_comensha_registration_signed_on", "31-02-2026")
    choose(page, "consent_comensha_registration_signer", "person")
    next_page(qtbot, page, "consent")
    error = find(page, "error_consent_comensha_registration_signed_on")
    assert error.isVisible() and error.text().strip()
    assert find(page, "consent_comensha_registration_signed_on").hasFocus()
    write(page, "consent_comensha_registration_signed_on", "")
    type_text(find(page, "consent_comensha_registration_signed_on"), "01012026")
    assert not error.text().strip() and error.isVisible()  # cleared at once, its line kept
    write(page, "consent_comensha_registration_signed_on", "")
    next_page(qtbot, page, "consent")  # a missing date: "Vul dit in." under the date, not under the note
    assert find(page, "error_consent_comensha_registration_signed_on").text() == "Vul dit in."
    assert not find(page, "error_consent_comensha_registration").text().strip()
    box = find(page, "consent_share_partners_given", Choice)
    assert box.buttons[0].text() == find(page, "consent_comensha_registration_given", Choice).buttons[0].text()


def test_indicator_step_fits_and_other_forms_leave_out_the_primary(qtbot, page) -> None:
    fill_signal(qtbot, page)
    next_page(qtbot, page, "safety")
    choose(page, "safety_acute_danger", False)
    choose(page, "safety_is_minor", False)
    next_page(qtbot, page, "indicators")
    choose(page, "primary_form", "labour")
    settle()
    step = page.wizard.current_page()
    assert not step.scroll.horizontalScrollBar().isVisible()  # no sideways scrolling at 1366 px
    assert find(page, "other_form_labour", QCheckBox).isHidden()
    assert not find(page, "other_form_sexual", QCheckBox).isHidden()
    tick(page, "other_form_sexual")
    choose(page, "primary_form", "sexual")
    assert find(page, "other_form_sexual", QCheckBox).isHidden()
    assert not find(page, "other_form_sexual", QCheckBox).isChecked()
    assert not find(page, "other_form_labour", QCheckBox).isHidden()
    view = find(page, "indicators_view")
    model = view.model()
    long_row = model.index(0, 0, model.index(0, 0))
    assert view.visualRect(long_row).height() > view.fontMetrics().height() * 1.5  # the text wraps


def test_a_saved_quick_signal_is_on_top_and_selected(qtbot, page, vault) -> None:
    """'Opslaan als signaal': the list shows the newest signal first, and the new one selected (also when an
    older case has a signal of the same day)."""
    older = finish.quick_signal(vault, "Huisarts", "Eerder signaal van dezelfde dag.", TODAY)
    earlier = finish.quick_signal(vault, "Wijkteam", "Signaal van vorige week.", TODAY - dt.timedelta(days=7))
    page.reload()
    settle()
    write(page, "quick_who", "Wijkagent Zwolle-Zuid")
    write(page, "quick_what", "Meisje wordt 's nachts opgehaald bij de flat.")
    write(page, "quick_when", TODAY.strftime("%d-%m-%Y"))
    qtbot.mouseClick(find(page, "quick_save", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    view = find(page, "intakeSignals")
    ids = [view.model().index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(view.model().rowCount())]
    assert len(ids) == 3 and ids[1:] == [older, earlier]
    new = ids[0]
    with vault.read() as s:
        assert s.get(Case, new).signal_text == "Meisje wordt 's nachts opgehaald bij de flat."
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0] and view.currentIndex().row() == 0
    assert view.hasFocus()


def test_who_reports_is_the_wizards_reporter_when_it_is_a_known_contact(qtbot, page, vault) -> None:
    """'Wie meldt' naming an address-book contact becomes the Melder of the intake started from the signal;
    a name two contacts share stays text (nothing guessed)."""
    org = contacts.create_organisation(vault, contacts.OrganisationInput("GGD IJsselland", "healthcare"))
    known = contacts.create_contact(vault, contacts.ContactInput("de Vries", "Marieke", organisation_id=org))
    contacts.create_contact(vault, contacts.ContactInput("Jansen", "Piet"))
    contacts.create_contact(vault, contacts.ContactInput("Jansen", "Piet"))
    page.wizard.book.reload()
    for who, what in (("marieke  de Vries (GGD IJsselland)", "Eerste signaal."), ("Piet Jansen", "Tweede signaal.")):
        write(page, "quick_who", who)
        write(page, "quick_what", what)
        write(page, "quick_when", TODAY.strftime("%d-%m-%Y"))
        qtbot.mouseClick(find(page, "quick_save", QPushButton), Qt.MouseButton.LeftButton)
        settle()
    with vault.read() as s:
        first = s.scalar(select(Case).where(Case.signal_text == "Eerste signaal."))
        second = s.scalar(select(Case).where(Case.signal_text == "Tweede signaal."))
        assert first.reporter_contact_id == known and second.reporter_contact_id is None
        notes = [e.text for e in s.scalars(select(JournalEntry).where(JournalEntry.case_id == second.id))]
        assert any("Piet Jansen" in n for n in notes)  # kept as typed
    assert page.home.select_signal(first.id)
    qtbot.mouseClick(find(page, "intakeFromSignal", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert page.wizard.step_code() == "signal"
    assert find(page, "signal_reporter").value() == known
