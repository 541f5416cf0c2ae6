"""Names shown in the intake's address-book pickers and follow-up table, the duplicates dialog, the route
tab's "who" list, the network work dialogs, the letter's recipient lists and case picker, and the
known-person check are isolated: a name with a right-to-left override (U+202E) or isolate (U+2067) is
shown wrapped in FSI ... PDI, so it cannot reorder its row or label; what is stored is not changed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from coordinator_app.db.models import Contact, Document, Organisation, Person
from coordinator_app.services.cases import store
from coordinator_app.services.cases.involvements import NetworkItem
from coordinator_app.services.documents import letters
from coordinator_app.services.network import contacts
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.worker import wait_idle

FSI, PDI = "\u2068", "\u2069"
FIRST = "\u202eAmal"                      # an override that would reverse the rest of the row
LAST = "\u2067حداد\u2069 Haddad"          # an isolate with Arabic letters
ORG = "Opvang \u202eالأمل\u202c Zwolle"
WAIT = 10_000


def isolated(value: str) -> str:
    """What the screen must show for a value (independent of domain.text.bidi_isolate)."""
    return FSI + value + PDI


@pytest.fixture
def ctx(qtbot, vault):
    context = AppContext(str(vault.folder))
    context.set_vault(vault)
    yield context
    wait_idle()
    QApplication.processEvents()


def test_intake_address_book_names_are_isolated(qtbot, ctx, vault) -> None:
    from coordinator_app.ui.intake.book import AddressBook, IdListModel, PickField

    org = contacts.create_organisation(vault, contacts.OrganisationInput(ORG, "shelter_women"))
    person = contacts.create_contact(vault, contacts.ContactInput(LAST, FIRST, organisation_id=org))
    book = AddressBook(ctx)
    with qtbot.waitSignal(book.changed, timeout=WAIT):
        book.reload()
    shown_person = book.name("contact", person)  # "<name> (<organisation>)", each part isolated
    name, _, rest = shown_person.partition(f"{PDI} (")
    assert name.startswith(FSI) and FIRST in name and LAST in name
    assert rest == f"{isolated(ORG)})"
    assert book.name("organisation", org) == isolated(ORG)
    field = PickField(book, "contact", "testPick")
    qtbot.addWidget(field)
    field.set_value(person)
    assert field.label.text() == shown_person
    model = IdListModel(book, "organisation")
    model.set_ids([org])
    assert model.index(0, 0).data() == isolated(ORG)
    from coordinator_app.domain.intake.flow import IntakeFlow
    from coordinator_app.ui.intake.followups_model import CODE_ROLE, COL_ORG, FollowupModel
    from tests.intake.test_intake_flow import TODAY, base_state

    flow = IntakeFlow(base_state(), today=TODAY)
    flow.apply_suggested_followups()
    flow.state.followups.chosen[0].org_id = org
    followups = FollowupModel(flow, book)
    followups.reload()
    row = next(r for r in range(followups.rowCount())
               if followups.index(r, 0).data(CODE_ROLE) == flow.state.followups.chosen[0].code)
    assert followups.index(row, COL_ORG).data() == isolated(ORG)
    with vault.read() as s:  # stored as typed
        assert (s.get(Contact, person).first_name, s.get(Contact, person).last_name) == (FIRST, LAST)
        assert s.get(Organisation, org).name == ORG


def test_duplicates_dialog_isolates_names(qtbot, ctx, vault) -> None:
    from coordinator_app.ui.cases.duplicates_dialog import DuplicateReviewDialog

    for _ in range(2):
        store.create_case(vault, store.CaseInput(signal_received_on="2026-02-01", person=store.PersonInput(
            first_name=FIRST, last_name=LAST, date_of_birth="2001-02-03")))
    dialog = DuplicateReviewDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    for column in (1, 4):
        shown = dialog.model.item(0, column).text()
        assert shown == isolated(f"{FIRST} {LAST}") + " (03-02-2001)", shown
    with vault.read() as s:
        assert {(p.first_name, p.last_name) for p in s.query(Person)} == {(FIRST, LAST)}


def test_known_person_check_isolates_names(qtbot, ctx, vault) -> None:
    from coordinator_app.ui.intake.known_person import KnownPersonDialog

    store.create_case(vault, store.CaseInput(signal_received_on="2026-02-01", person=store.PersonInput(
        first_name=FIRST, last_name=LAST)))
    dialog = KnownPersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.first_name.setText(FIRST)
    dialog.last_name.setText(LAST)
    dialog.run_check()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    shown = dialog.model.item(0, 1).text()
    assert shown.startswith(FSI) and shown.endswith(PDI) and FIRST in shown and LAST in shown


def test_route_tab_who_list_isolates_names(qtbot, vault) -> None:
    from coordinator_app.ui.cases.tabs_route import RouteTab

    tab = RouteTab(lambda: vault)
    qtbot.addWidget(tab)
    tab.set_organisations([NetworkItem("organisation", 7, ORG, "", "", None)])
    assert tab.who.itemText(1) == isolated(ORG) and tab.who.itemData(1) == 7


def test_work_dialogs_isolate_names(qtbot, ctx) -> None:
    from coordinator_app.ui.network.work_dialogs import CheckListModel, MomentDialog

    model = CheckListModel([(3, ORG), (4, "Politie IJsselland")], set())
    assert model.index(0, 0).data() == isolated(ORG)
    assert model.index(1, 0).data() == "Politie IJsselland"  # left-to-right text as it is
    dialog = MomentDialog(ctx, ("contact", 5, f"{FIRST} {LAST}"))
    qtbot.addWidget(dialog)
    assert dialog.target_label.text() == isolated(f"{FIRST} {LAST}")


def test_letter_recipient_lists_and_case_picker_isolate_names(qtbot) -> None:
    from coordinator_app.ui.documents.case_picker import CaseListModel
    from coordinator_app.ui.documents.letter_form import LetterForm

    form = LetterForm("nl", "handover")
    qtbot.addWidget(form)
    contact = f"{FIRST} {LAST}"
    form.set_choices(letters.LetterChoices(
        case_id=1, case_number="2026-0001",
        organisations=(letters.RecipientChoice(3, ORG, None),),
        contacts=(letters.RecipientChoice(5, contact, 3),),
        suggested_organisation_id=3, suggested_contact_id=5))
    assert form.organisation_combo.itemText(1) == isolated(ORG)
    assert form.contact_combo.currentText() == isolated(contact)
    model = CaseListModel()
    model.set_rows([letters.CaseChoice(1, "2026-0001", "active", contact)])
    assert model.index(0, 0).data().split("  ·  ")[:2] == ["2026-0001", isolated(contact)]


def test_case_network_picker_next_tasks_and_party_isolate_names(qtbot, vault) -> None:
    import datetime as dt

    from coordinator_app.services.cases import work
    from coordinator_app.ui.cases.detail import CaseDetail
    from coordinator_app.ui.cases.tabs_work import NetworkPicker, NetworkTab

    org = contacts.create_organisation(vault, contacts.OrganisationInput(ORG, "shelter_women"))
    picker = NetworkPicker(vault)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.list.count() == 1, timeout=WAIT)
    assert picker.list.item(0).text().startswith(isolated(ORG) + "  (")
    tab = NetworkTab(lambda: vault)
    qtbot.addWidget(tab)
    tab.set_party(NetworkItem("organisation", org, ORG, "", "", "shelter_women"))
    assert tab.party_label.text() == isolated(ORG)

    title = f"Bellen met {FIRST}"
    case_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-02-01", status="active"))
    work.add_task(vault, case_id, title, dt.date.today() + dt.timedelta(days=3))
    view = CaseDetail(lambda: vault)
    qtbot.addWidget(view)
    view.load(case_id)
    qtbot.waitUntil(lambda: any(title in view.next_tasks.item(i).text() for i in range(view.next_tasks.count())),
                    timeout=WAIT)
    shown = next(view.next_tasks.item(i).text() for i in range(view.next_tasks.count())
                 if title in view.next_tasks.item(i).text())
    assert shown.endswith(" — " + isolated(title))


def test_intake_indicator_table_and_documents_list_isolate_typed_text(qtbot) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt

    from coordinator_app.domain.intake.flow import IntakeFlow
    from coordinator_app.ui.documents.models import DocumentsModel
    from coordinator_app.ui.intake.pages_indicators import COL_NOTE, COL_SOURCE, IndicatorModel
    from tests.intake.test_intake_flow import TODAY, base_state

    state = base_state()
    source, note = f"buurman {FIRST}", f"Zegt: {LAST}"
    state.indicators.marks[0].source, state.indicators.marks[0].note = source, note
    model = IndicatorModel(IntakeFlow(state, today=TODAY).content)
    model.set_answers(state.indicators)
    cells = [(model.index(r, COL_SOURCE, model.index(g, 0)), model.index(r, COL_NOTE, model.index(g, 0)))
             for g in range(model.rowCount()) for r in range(model.rowCount(model.index(g, 0)))]
    shown = [(s.data(), n.data()) for s, n in cells if s.data(Qt.ItemDataRole.EditRole) == source]
    assert shown == [(isolated(source), isolated(note))]
    edited = [n.data(Qt.ItemDataRole.EditRole) for s, n in cells if s.data(Qt.ItemDataRole.EditRole) == source]
    assert edited == [note]  # the editor gets the text as typed
    assert state.indicators.marks[0].source == source

    documents = DocumentsModel()
    documents.set_rows([letters.DocumentRow(1, 1, "2026-0001", ORG, "letter", None, "application/pdf", 10,
                                            dt.datetime(2026, 3, 1, 12, 0))])
    assert documents.index(0, DocumentsModel.TITLE).data() == isolated(ORG)


def test_document_delete_question_isolates_the_title(qtbot, vault, tmp_path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from coordinator_app.services.documents import storage
    from coordinator_app.ui.cases.tabs_docs import DocumentsTab

    case_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-02-01"))
    source = tmp_path / "verklaring.txt"
    source.write_bytes(b"tekst")
    title = f"Verklaring {FIRST}.txt"
    storage.add_attachment(vault, case_id, source, title)
    tab = DocumentsTab(lambda: vault)
    qtbot.addWidget(tab)
    tab.load(case_id)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    tab.delete_selected()
    box = tab.findChild(QMessageBox, "documentDeleteConfirm")
    assert isolated(title) in box.text()
    box.reject()
    with vault.read() as s:
        assert s.query(Document.title).scalar() == title
