"""Every picker finds cases by name (as typed, any spelling) and by number, with the shared ranking."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.worker import wait_idle

WAIT = 10_000


def _case(vault: Vault, first: str, last: str, born: str | None = None) -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on="2026-03-03", person=store.PersonInput(first_name=first, last_name=last,
                                                                  date_of_birth=born)))


def _number(vault: Vault, case_id: int) -> str:
    return vault.execute_sql(f"SELECT case_number FROM cases WHERE id = {case_id}")[0][0]


@pytest.fixture
def ctx(qtbot, vault):
    context = AppContext(str(vault.folder))
    context.set_vault(vault)
    yield context
    wait_idle()
    QApplication.processEvents()


def test_letter_case_picker_finds_by_name_number_and_birth_date(qtbot, ctx, vault, tmp_path) -> None:
    from coordinator_app.ui.documents.case_picker import CaseListModel, CasePickerDialog

    kowalska = _case(vault, "Małgorzata", "Kowalska", "1990-02-03")
    similar = _case(vault, "Malgosia", "Kowalsky")
    other = _case(vault, "Pieter", "Jansen")
    picker = CasePickerDialog(ctx)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.model.rowCount() == 3, timeout=WAIT)

    def shown() -> list[int]:
        return [picker.proxy.index(r, 0).data(CaseListModel.IdRole) for r in range(picker.proxy.rowCount())]

    picker.filter_edit.setText("kowalska")
    qtbot.waitUntil(lambda: shown() == [kowalska, similar], timeout=WAIT)
    assert picker.selected_case_id() == kowalska
    texts = [picker.proxy.index(r, 0).data() for r in range(2)]
    # number, name as stored and status, as every picker shows a case; the resembling one marked
    assert _number(vault, kowalska) in texts[0] and "Małgorzata Kowalska" in texts[0]
    assert _number(vault, similar) in texts[1] and "Malgosia Kowalsky" in texts[1]
    assert ("like" in texts[1] or "lijkt" in texts[1]) and not ("like" in texts[0] or "lijkt" in texts[0])
    picker.show()
    image = picker.grab()
    assert image.save(str(Path(os.environ.get("SCREENSHOT_DIR", tmp_path)) / "letter_case_picker.png"))
    picker.filter_edit.setText("03-02-1990")
    qtbot.waitUntil(lambda: shown() == [kowalska], timeout=WAIT)
    picker.filter_edit.setText(_number(vault, other))
    qtbot.waitUntil(lambda: shown() == [other], timeout=WAIT)
    assert picker.filter_edit.maxLength() == 200


def test_address_book_filter_folds_like_the_search_and_caps_long_text(vault) -> None:
    from coordinator_app.services.network import contacts
    from coordinator_app.services.network import listing as network_listing

    ids = {
        contacts.create_contact(vault, contacts.ContactInput(last_name=last, first_name=first)): last
        for first, last in (("Đức", "Trần"), ("Мария", "Иванова"), ("Søren", "Ødegård"), ("Anna", "Smit"))
    }
    for typed, expected in (("duc tran", "Trần"), ("ivanova", "Иванова"), ("soren odegard", "Ødegård")):
        rows = network_listing.list_network(vault, network_listing.NetworkFilter(text=typed, kind="contact"))
        assert [ids[r.id] for r in rows] == [expected], typed
    huge = "smit " + "x" * 100_000  # only the first 200 characters are used, so this is fast and finds nothing
    assert network_listing.list_network(vault, network_listing.NetworkFilter(text=huge, kind="contact")) == []
    rows = network_listing.list_network(vault, network_listing.NetworkFilter(text="smit\ud800"))
    assert [ids[r.id] for r in rows] == ["Smit"]


def test_every_search_box_is_capped(qtbot, ctx) -> None:
    """(CasesPage is built on a locked context, as the main window does.)"""
    from PySide6.QtWidgets import QLineEdit

    from coordinator_app.ui.cases.page import CasesPage
    from coordinator_app.ui.network.filter_bar import FilterBar
    from coordinator_app.ui.network.picker import ContactPicker

    for widget, name in ((CasesPage(AppContext()), "caseSearch"), (FilterBar(), "networkSearch"),
                         (ContactPicker(ctx), "pickerSearch")):
        qtbot.addWidget(widget)
        assert widget.findChild(QLineEdit, name).maxLength() == 200, name


def test_case_list_filter_adds_similar_names_marked(qtbot, vault) -> None:
    from coordinator_app.services.cases import listing
    from coordinator_app.ui import i18n
    from coordinator_app.ui.cases.list_model import COL_NAME
    from coordinator_app.ui.cases.page import CasesPage

    exact = _case(vault, "Nguyễn Văn", "Đức")
    similar = _case(vault, "Ngyuen", "Duc")
    _case(vault, "Pieter", "Jansen")
    found: set[int] = set()
    assert listing.case_ids(vault, listing.CaseFilter(text="nguyen duc"), similar=found) == [exact, similar]
    assert found == {similar}
    assert listing.case_ids(vault, listing.CaseFilter(text="nguyen duc")) == [exact]  # exact only unless asked
    app = QApplication.instance()
    i18n.install(app, "nl")
    try:
        context = AppContext()
        page = CasesPage(context)
        qtbot.addWidget(page)
        context.set_vault(vault)
        page.search.setText("nguyen duc")
        qtbot.waitUntil(lambda: page.model.index(1, COL_NAME).data() == "lijkt op: Ngyuen Duc", timeout=WAIT)
        assert page.model.index(0, COL_NAME).data() == "Nguyễn Văn Đức"
    finally:
        wait_idle()
        i18n.uninstall(app)


def test_other_spellings_are_edited_on_the_person_and_searched(qtbot, vault, tmp_path) -> None:
    from coordinator_app.ui.cases.page import CasesPage

    cid = _case(vault, "Youssef", "El Idrissi")
    context = AppContext()
    page = CasesPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    context.set_vault(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    page.show_item("case", cid)
    qtbot.waitUntil(lambda: page.detail.case_id == cid, timeout=WAIT)
    wait_idle()
    QApplication.processEvents()
    field = page.detail.forms.inputs["person.other_spellings"]
    assert field.objectName() == "field_person_other_spellings"
    field.setPlainText("يوسف الإدريسي\nYusuf Idrisi")
    assert page.detail.dirty
    tabs = page.detail.findChild(QTabWidget)
    if tabs is not None:
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(field)))
    image = page.grab()
    assert image.save(str(Path(os.environ.get("SCREENSHOT_DIR", tmp_path)) / "case_person_tab_1366x768.png"))
    page.detail.save()
    qtbot.waitUntil(lambda: not page.detail.dirty, timeout=WAIT)
    wait_idle()
    with vault.read() as s:
        from coordinator_app.db.models import Person

        assert s.get(Person, cid).other_spellings == "يوسف الإدريسي\nYusuf Idrisi"  # kept exactly
    from coordinator_app.services.search import index

    assert index.matching_case_ids(vault, "يوسف") == [cid]
    assert index.matching_case_ids(vault, "yusuf idrisi") == [cid]
    context.lock()
    wait_idle()
