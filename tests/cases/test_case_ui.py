"""The Dossiers page with pytest-qt: the lazy list model, filters and sorting on 2,000 cases, opening a
case, editing every tab, saving, reopening and seeing the edits; status changes, the unsaved-changes
guard, import and retention dialogs, and clearing on lock."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from coordinator_app.codes import code_list
from coordinator_app.services import demo
from coordinator_app.services.cases import detail as case_detail
from coordinator_app.services.cases import involvements, listing, store, work
from coordinator_app.services.documents import storage
from coordinator_app.services.network import contacts
from coordinator_app.ui.cases.list_model import CaseListModel
from coordinator_app.ui.cases.page import CasesPage
from coordinator_app.ui.context import AppContext
from tests.conftest import PASSPHRASE
from tests.helpers import settle, type_text

TODAY = dt.date.today()


@pytest.fixture
def page(qtbot, vault):
    ctx = AppContext()
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    yield page
    settle(qtbot)
    ctx.lock()
    settle(qtbot)


def _unlock(qtbot, page, vault) -> None:
    page.ctx.set_vault(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    settle(qtbot)


@pytest.fixture
def big_vault(vault):
    demo.generate(vault, cases=2000, seed=11)
    return vault


def test_list_model_with_modeltester(qtbot, qtmodeltester, big_vault):
    model = CaseListModel(lambda ids: listing.fetch_rows(big_vault, ids))
    model.set_ids(listing.case_ids(big_vault))
    assert model.rowCount() == 2000
    assert model.data(model.index(1500, 0)) == "…"  # not fetched yet: fetched lazily, in a batch
    qtbot.waitUntil(lambda: model.cached(1500) is not None, timeout=10_000)
    assert model.cached(1599) is not None and model.cached(1400) is None
    qtmodeltester.check(model)
    settle(qtbot)


def _last_activity(vault) -> dict[int, str]:
    """The test's own reading of each case's latest work: the newest timestamp of the case, its person, its
    journal entries, tasks, milestones and documents (as stored text, 'T' read as a space)."""
    latest: dict[int, str] = {}
    for table, column, key in (("cases", "updated_at", "id"), ("persons", "updated_at", "case_id"),
                               ("journal_entries", "updated_at", "case_id"), ("tasks", "updated_at", "case_id"),
                               ("milestones", "updated_at", "case_id"), ("documents", "created_at", "case_id")):
        for case_id, stamp in vault.execute_sql(f"SELECT {key}, {column} FROM {table} WHERE {key} IS NOT NULL"):
            value = str(stamp or "").replace("T", " ")
            latest[int(case_id)] = max(latest.get(int(case_id), ""), value)
    return latest


def test_list_opens_on_open_cases_newest_activity_first(qtbot, page, big_vault):
    _unlock(qtbot, page, big_vault)
    statuses = dict(big_vault.execute_sql("SELECT id, status FROM cases"))
    shown = page.model.ids()
    assert sorted(shown) == sorted(i for i, s in statuses.items() if s != "closed")  # no closed case
    assert 0 < len(shown) < 2000
    latest = _last_activity(big_vault)
    assert shown == sorted(shown, key=lambda i: (latest[i], i), reverse=True)  # newest activity first
    assert page.status.currentData() == "open"


def _letters_key(text: str) -> tuple[str, str]:
    """The test's own Dutch order: letters without their accents, case-blind; ties by the text itself."""
    plain = "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")
    return plain.lower(), text.lower()


STATUS_ORDER = ["signal", "intake", "active"]  # the case's path; closed (and anything else) after


def _expected_key(row_and_name: tuple, column: str) -> tuple:
    """An independent sort key for a list row and the person's name as stored: empty values last, ties by id."""
    row, name = row_and_name
    if column == "name":
        key: tuple = (name is None, _letters_key(name or ""))
    elif column in ("primary_form", "municipality"):
        codes = code_list("form" if column == "primary_form" else column)
        code = getattr(row, column)
        labels = sorted(codes.codes, key=lambda c: _letters_key(codes.label(c, "nl")))
        key = (labels.index(code) if code in labels else len(labels),)
    elif column == "status":
        key = (STATUS_ORDER.index(row.status) if row.status in STATUS_ORDER else len(STATUS_ORDER),)
    elif column == "case_number":
        key = (row.case_number,)
    else:  # dates
        value = getattr(row, column)
        key = (value is None, value or dt.date.min)
    return (*key, row.id)


def _age_group(vault, cid: int) -> str:
    return vault.execute_sql(f"SELECT ({listing.AGE_GROUP_SQL}) FROM cases c LEFT JOIN persons p "
                             f"ON p.case_id = c.id WHERE c.id = {cid}")[0][0]


def test_filter_and_sort_2000_cases(qtbot, page, big_vault):
    _unlock(qtbot, page, big_vault)
    page.status.setCurrentIndex(0)  # all statuses
    settle(qtbot)
    assert page.model.rowCount() == 2000
    page.municipality.setCurrentIndex(page.municipality.findData("Kampen"))
    settle(qtbot)
    kampen = listing.case_ids(big_vault, listing.CaseFilter(municipality="Kampen"), sort=listing.ACTIVITY,
                                descending=True)
    assert page.model.ids() == kampen and 0 < len(kampen) < 2000
    page.status.setCurrentIndex(page.status.findData("active"))
    page.overdue.setChecked(True)
    settle(qtbot)
    for row in range(page.model.rowCount()):
        page.model.data(page.model.index(row, 0))
    settle(qtbot)
    rows = [page.model.cached(r) for r in range(page.model.rowCount())]
    assert rows and all(r.municipality == "Kampen" and r.status == "active" and r.overdue for r in rows)
    page.overdue.setChecked(False)
    page.status.setCurrentIndex(0)
    page.municipality.setCurrentIndex(0)
    settle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2000, timeout=10_000)
    every = sorted(page.model.ids())
    rows = listing.fetch_rows(big_vault, every)
    names = {cid: " ".join(p for p in (first, last) if p and p.strip()) or (alias or "").strip() or None
             for cid, first, last, alias in big_vault.execute_sql(
                 "SELECT c.id, p.first_name, p.last_name, p.alias FROM cases c "
                 "LEFT JOIN persons p ON p.case_id = c.id")}
    rows = {cid: (row, names[cid]) for cid, row in rows.items()}
    assert len(rows) == 2000
    for column in range(8):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            page.table.sortByColumn(column, order)
            settle(qtbot)
            name = listing.COLUMNS[column]
            expected = sorted(every, key=lambda cid, col=name: _expected_key(rows[cid], col))
            if order == Qt.SortOrder.DescendingOrder:
                expected.reverse()
            shown = page.model.ids()
            assert sorted(shown) == every
            # what the column shows is in order; equal values by id, except the reflection end: two starts a day
            # apart can end on the same day (31 and 30 November + 3 months), and those stay in order of their start
            assert [_expected_key(rows[c], name)[:-1] for c in shown] == [
                _expected_key(rows[c], name)[:-1] for c in expected], name
            if name != "reflection_end":
                assert shown == expected, name
    page.age_group.setCurrentIndex(page.age_group.findData("0-17"))
    settle(qtbot)
    minors = [cid for cid in every if _age_group(big_vault, cid) == "0-17"]
    expected = sorted(minors, key=lambda cid: _expected_key(rows[cid], "reflection_end"), reverse=True)
    shown = page.model.ids()
    assert minors and sorted(shown) == sorted(minors)
    assert [rows[c][0].reflection_end for c in shown] == [rows[c][0].reflection_end for c in expected]


def test_search_as_you_type(qtbot, page, vault):
    for first in ("Anna", "Bram", "Corné"):
        store.create_case(vault, store.CaseInput(signal_received_on=TODAY, person=store.PersonInput(first_name=first)))
    _unlock(qtbot, page, vault)
    assert page.model.rowCount() == 3
    type_text(page.search, "Corn")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert page.count.text() == "3 dossiers" or page.count.text().startswith("3 ")
    rect = page.table.visualRect(page.model.index(1, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click starts so
    settle(qtbot)
    assert page.stack.currentWidget() is page.detail and page.detail.case_id == page.model.case_id(1)


def _fixture_case(vault) -> tuple[int, int]:
    cid = store.create_case(vault, store.CaseInput(
        signal_received_on=TODAY - dt.timedelta(days=40), status="active", municipality="Zwolle",
        person=store.PersonInput(first_name="Eva", last_name="Mulder", estimated_age=30)))
    org = contacts.create_organisation(vault, contacts.OrganisationInput(name="Fier Fryslân", org_type="shelter_women"))
    contacts.create_contact(vault, contacts.ContactInput(last_name="Veenstra", first_name="Joke", organisation_id=org))
    return cid, org


def test_open_edit_every_tab_save_reopen(qtbot, page, vault, tmp_path: Path):
    cid, org = _fixture_case(vault)
    _unlock(qtbot, page, vault)
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(qtbot)
    detail = page.detail
    assert page.stack.currentWidget() is detail and detail.case_id == cid
    assert "Eva Mulder" in detail.heading.text()

    # Overzicht, Persoon, Uitbuiting & signalen: saved together
    f = detail.forms.inputs
    f["risk_level"].setCurrentIndex(f["risk_level"].findData("high"))
    f["person.alias"].setText("")
    type_text(f["person.alias"], "Zoë")
    f["person.nationality"].setCurrentIndex(f["person.nationality"].findData("RO"))
    f["person.safe_contact"].setPlainText("Alleen via de opvang")
    f["primary_form"].setCurrentIndex(f["primary_form"].findData("labour"))
    f["labour_sector"].setText("Land- en tuinbouw")
    detail.forms.other_forms["criminal"].setChecked(True)
    assert detail.dirty and detail.save_button.isEnabled()
    f["person.date_of_birth"].setText("31-02-2001")
    qtbot.keyClick(detail, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert "person.date_of_birth" in detail.errors.visible() and detail.dirty  # Dutch message next to the field
    assert "datum" in detail.errors.visible()["person.date_of_birth"]
    f["person.date_of_birth"].setText("")
    detail.save()
    settle(qtbot)
    assert not detail.dirty and not detail.errors.visible()

    # Uitbuiting & signalen: an indicator
    ind = detail.indicators
    ind.indicator.setCurrentIndex(1)
    ind.source.setText("melder")
    ind.save_button.click()
    settle(qtbot)
    assert ind.model.rowCount() == 1

    # Route: reflection period with its end date and a reminder task
    route = detail.route
    route.kind.setCurrentIndex(route.kind.findData("reflection_period"))
    start = TODAY - dt.timedelta(days=2)
    route.on.setText(start.strftime("%d-%m-%Y"))
    assert case_detail.reflection_end(start).strftime("%d-%m-%Y") in route.end_label.text()
    route.who.setCurrentIndex(route.who.findData(org))
    route.save_button.click()
    settle(qtbot)
    assert route.model.rowCount() == 1 and route.model.row_at(0).end_on == case_detail.reflection_end(start)

    # Toestemming: without consent a legal ground is required
    consent = detail.consent
    consent.given.setChecked(False)
    consent.save_button.click()
    settle(qtbot)
    assert "legal_ground" in consent.errors.visible() and consent.model.rowCount() == 0
    consent.ground.setCurrentIndex(consent.ground.findData("vital_interest"))
    consent.save_button.click()
    settle(qtbot)
    assert consent.model.rowCount() == 1

    # Journaal: quick add with Ctrl+Enter
    journal = detail.journal
    detail.tabs.setCurrentWidget(journal)
    journal.text.setFocus()
    type_text(journal.text, "Eerste gesprek gevoerd, zoë is gerustgesteld.")
    qtbot.keyClick(journal.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert journal.model.rowCount() == 1 and journal.model.row_at(0).text.startswith("Eerste gesprek")

    # undo: a deleted journal note comes back, and so does the text before an edit
    journal.table.selectRow(0)
    journal.delete_button.click()
    settle(qtbot)
    assert journal.model.rowCount() == 0 and journal.undo_button.isVisible()
    journal.undo_button.click()
    settle(qtbot)
    assert journal.model.rowCount() == 1 and not journal.undo_button.isVisible()
    journal.table.selectRow(0)
    journal.text.setPlainText("Verkeerd overschreven")
    journal.save_button.click()
    settle(qtbot)
    assert journal.model.row_at(0).text == "Verkeerd overschreven"
    journal.undo_button.click()
    settle(qtbot)
    assert journal.model.row_at(0).text.startswith("Eerste gesprek")

    # Taken: add, mark done
    tasks = detail.tasks
    tasks.new_button.click()
    tasks.title.setText("Zorgverzekering regelen")
    tasks.due.setText((TODAY + dt.timedelta(days=7)).strftime("%d-%m-%Y"))
    tasks.save_button.click()
    settle(qtbot)
    titles = [r.title for r in tasks.model.rows()]
    assert "Zorgverzekering regelen" in titles and "Bedenktijd loopt af" in titles
    row = titles.index("Zorgverzekering regelen")
    tasks.table.selectRow(row)
    tasks.done_button.click()
    settle(qtbot)
    assert next(r for r in tasks.model.rows() if r.title == "Zorgverzekering regelen").done_on == TODAY

    # Netwerk: pick a contact from the address book
    network = detail.network
    network.pick_button.click()
    settle(qtbot)
    picker = network.picker
    type_text(picker.search, "Veen")
    qtbot.waitUntil(lambda: picker.list.count() == 1, timeout=5000)
    picker.accept()
    network.role.setCurrentIndex(network.role.findData("shelter"))
    network.save_button.click()
    settle(qtbot)
    assert network.model.row_at(0).organisation_name == "Fier Fryslân"

    # Documenten: add an image, view it from memory, save a copy
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    source = tmp_path / "foto.png"
    image.save(str(source))
    docs = detail.documents
    docs.add_file(str(source))
    settle(qtbot)
    qtbot.waitUntil(lambda: docs.model.rowCount() == 1, timeout=5000)
    docs.table.selectRow(0)
    docs.open_selected()
    settle(qtbot)
    shown = docs.viewer.findChild(type(docs.status), "documentImage")
    assert shown is not None and shown.pixmap().width() == 40
    docs.viewer.close()
    docs.save_copy_to(docs.model.row_at(0)["id"], str(tmp_path / "kopie.png"))
    settle(qtbot)
    assert (tmp_path / "kopie.png").read_bytes() == source.read_bytes()

    # Audit: the case's events
    detail.tabs.setCurrentWidget(detail.audit)
    settle(qtbot)
    events = {r["event"] for r in detail.audit.model.rows()}
    assert {"case_updated", "document_added", "document_saved"} <= events

    # back to the list and reopen: every edit is there
    detail.back.click()
    settle(qtbot)
    assert page.stack.currentIndex() == 0
    page.show_item("case", cid)
    settle(qtbot)
    assert f["risk_level"].currentData() == "high" and f["person.alias"].text() == "Zoë"
    assert f["person.nationality"].currentData() == "RO" and f["labour_sector"].text() == "Land- en tuinbouw"
    assert f["person.safe_contact"].toPlainText() == "Alleen via de opvang"
    assert detail.forms.other_forms["criminal"].isChecked() and f["primary_form"].currentData() == "labour"
    assert detail.indicators.model.rowCount() == 1 and detail.route.model.rowCount() == 1
    assert detail.consent.model.rowCount() == 1 and detail.journal.model.rowCount() == 1
    assert detail.network.model.rowCount() == 1 and detail.documents.model.rowCount() == 1
    assert "Zoë" in detail.heading.text()
    rec = store.get_case(vault, cid)
    assert rec.values.risk_level == "high" and rec.other_forms == ["criminal"]
    assert len(storage.list_documents(vault, cid)) == 1

    # lock: everything holding personal data is cleared
    page.ctx.lock()
    settle(qtbot)
    assert page.model.rowCount() == 0 and detail.case_id is None and not detail.heading.text()
    assert f["person.alias"].text() == "" and detail.journal.model.rowCount() == 0
    assert detail.documents.model.rowCount() == 0 and detail.audit.model.rowCount() == 0


def test_status_changes_and_unsaved_guard(qtbot, page, vault):
    cid, _org = _fixture_case(vault)
    work.add_task(vault, cid, "Open taak", TODAY)
    _unlock(qtbot, page, vault)
    page.open_case(cid)
    settle(qtbot)
    detail = page.detail
    names = [a.objectName() for a in detail.status_menu.actions()]
    assert names == ["status_closed"]
    detail.status_menu.actions()[0].trigger()
    settle(qtbot)
    dialog = detail.close_dialog
    assert dialog.isVisible() and dialog.close_tasks.isChecked()
    dialog._accept()
    assert dialog.isVisible() and dialog.error.text()  # the reason is required
    dialog.reason.setCurrentIndex(dialog.reason.findData("goals_reached"))
    dialog._accept()
    settle(qtbot)
    assert store.get_case(vault, cid).status == "closed" and work.open_task_count(vault, cid) == 0
    assert detail.fact_labels["status"].text() == "Gesloten"
    detail.request_status("active")  # reopening
    settle(qtbot)
    assert store.get_case(vault, cid).status == "active"

    detail.forms.inputs["labour_sector"].setText("Schoonmaak")
    assert page.has_unsaved_changes()
    detail.back.click()
    settle(qtbot)
    box = detail.guard_box
    assert box.isVisible() and page.stack.currentWidget() is detail
    box.button(box.StandardButton.Cancel).click()
    settle(qtbot)
    assert page.stack.currentWidget() is detail and detail.dirty
    detail.back.click()
    settle(qtbot)
    detail.guard_box.button(box.StandardButton.Save).click()
    settle(qtbot)
    assert page.stack.currentIndex() == 0 and store.get_case(vault, cid).values.labour_sector == "Schoonmaak"
    page.open_case(cid)
    settle(qtbot)
    detail.forms.inputs["labour_sector"].setText("Horeca")
    detail.back.click()
    settle(qtbot)
    detail.guard_box.button(box.StandardButton.Discard).click()
    settle(qtbot)
    assert page.stack.currentIndex() == 0 and store.get_case(vault, cid).values.labour_sector == "Schoonmaak"


def test_import_dialog(qtbot, page, vault, tmp_path):
    _unlock_empty(qtbot, page, vault)
    path = tmp_path / "lijst.csv"
    path.write_text("dossiernummer;datum_signaal;status;uitbuitingsvorm;gemeente\n"
                    "ZM-2025-0001;2025-01-02;actief;Arbeidsuitbuiting;Zwolle\n"
                    "ZM-2025-0002;31-02-2026;onzin;sexual;Kampen\n", encoding="utf-8")
    page.import_button.click()
    dialog = page.import_dialog
    dialog.check_path(str(path))
    settle(qtbot)
    assert {(r["row"], r["column"]) for r in dialog.rows()} == {(3, "datum_signaal"), (3, "status")}
    assert not dialog.import_button.isEnabled()
    dialog.good_only.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    settle(qtbot)
    assert store.count_cases(vault) == 1 and "1" in dialog.summary.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    notsheet = tmp_path / "foto.xlsx"
    notsheet.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    dialog.check_path(str(notsheet))
    settle(qtbot)
    assert "geen spreadsheet" in dialog.summary.text() and not dialog.import_button.isEnabled()
    dialog.reject()


def _unlock_empty(qtbot, page, vault) -> None:
    page.ctx.set_vault(vault)
    settle(qtbot)


def test_retention_dialog(qtbot, page, vault):
    old = store.create_case(vault, store.CaseInput(signal_received_on=dt.date(2005, 1, 1), status="active"))
    store.change_status(vault, old, "closed", on=dt.date(2006, 1, 1), closing_reason="no_contact")
    keep = store.create_case(vault, store.CaseInput(signal_received_on=TODAY))
    _unlock(qtbot, page, vault)
    page.retention_button.click()
    settle(qtbot)
    dialog = page.retention_dialog
    assert dialog.model.rowCount() == 1 and dialog.findChild(type(dialog.error), "retentionBackupNote").text()
    dialog.delete_selected()
    assert dialog.error.text()  # nothing selected
    index = dialog.model.index(0, 0)
    assert dialog.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.passphrase.setText("verkeerd")
    dialog.delete_selected()
    settle(qtbot)
    assert "niets verwijderd" in dialog.error.text() and store.count_cases(vault) == 2
    dialog.model.check_all(True)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.delete_selected()
    settle(qtbot)
    assert store.count_cases(vault) == 1 and dialog.model.rowCount() == 0
    assert dialog.passphrase.text() == ""
    qtbot.waitUntil(lambda: page.model.ids() == [keep], timeout=5000)
    dialog.reject()


def test_the_role_of_a_picked_party_follows_its_organisation(qtbot, page, vault):
    """Issue 18: a shelter (or its staff) picked on the Network tab gets the role 'Opvang', not 'Anders';
    a role chosen by hand for an existing line is kept."""
    cid, org = _fixture_case(vault)
    police = contacts.create_organisation(vault, contacts.OrganisationInput(name="Politie AVIM", org_type="police"))
    _unlock(qtbot, page, vault)
    page.show_item("case", cid)
    settle(qtbot)
    network = page.detail.network
    items = {(i.kind, i.id): i for i in involvements.find_network(vault)}
    joke = next(i for i in items.values() if i.name == "Joke Veenstra")
    network.new_record()
    network.set_party(joke)
    assert network.role.currentData() == "shelter"  # Joke works at Fier Fryslân, a women's shelter
    network.set_party(items[("organisation", police)])
    assert network.role.currentData() == "police_contact"
    network.save_button.click()
    settle(qtbot)
    assert network.model.row_at(0).role == "police_contact"
    network.table.selectRow(0)
    network.role.setCurrentIndex(network.role.findData("lawyer"))
    network.set_party(items[("organisation", org)])
    assert network.role.currentData() == "lawyer"  # chosen by hand: kept
