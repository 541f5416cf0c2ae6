"""Picking several contacts at once (issue 18: "three partners, three round trips"): the address-book picker
takes Ctrl+click, Shift+click and Space (arrow keys + Space, keyboard only); the intake's lists add every one
chosen; the case's Network tab adds a line for each, each with its own role. Single-choice pickers stay
single-choice."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coordinator_app.services.cases import involvements, store
from coordinator_app.services.network import contacts
from coordinator_app.ui.cases.page import CasesPage
from coordinator_app.ui.cases.tabs_work import NetworkPicker
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.intake.book import AddressBook, PickField, PickList
from coordinator_app.ui.network.models import ROW_ROLE
from coordinator_app.ui.network.picker import ContactPicker
from tests.helpers import settle

PEOPLE = [("Bakker", "Anna"), ("Claes", "Bram"), ("De Vries", "Cor"), ("Evers", "Dina")]


@pytest.fixture
def ctx(qtbot, vault):
    for last, first in PEOPLE:
        contacts.create_contact(vault, contacts.ContactInput(last, first))
    context = AppContext()
    context.set_vault(vault)
    yield context
    settle(qtbot)
    context.lock()
    settle(qtbot)


def _name_ids(vault) -> dict[str, int]:
    return {f"{first} {last}": cid for cid, first, last in vault.execute_sql(
        "SELECT id, first_name, last_name FROM contacts")}


def _open_picker(qtbot, ctx, multi: bool) -> ContactPicker:
    picker = ContactPicker(ctx, None, kinds=("contact",), multi=multi)
    qtbot.addWidget(picker)
    picker.open()
    qtbot.waitUntil(lambda: picker.model.rowCount() == len(PEOPLE), timeout=10_000)
    return picker


def _row_of(picker: ContactPicker, contact_id: int) -> int:
    return next(r for r in range(picker.proxy.rowCount())
                if picker.proxy.data(picker.proxy.index(r, 0), ROW_ROLE).id == contact_id)


def _chosen_ids(picker: ContactPicker) -> set[int]:
    return {picker.proxy.data(i, ROW_ROLE).id for i in picker.view.selectionModel().selectedRows()}


def _click(qtbot, picker: ContactPicker, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = picker.view.visualRect(picker.proxy.index(row, 0))
    qtbot.mouseClick(picker.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_ctrl_click_shift_click_and_space_pick_several(qtbot, ctx, vault) -> None:
    ids = _name_ids(vault)
    anna, bram, cor, dina = (ids[f"{first} {last}"] for last, first in PEOPLE)
    picker = _open_picker(qtbot, ctx, multi=True)
    _click(qtbot, picker, _row_of(picker, anna))
    _click(qtbot, picker, _row_of(picker, cor), Qt.KeyboardModifier.ShiftModifier)
    assert _chosen_ids(picker) == {anna, bram, cor}  # Shift+click: everything from Anna to Cor
    _click(qtbot, picker, _row_of(picker, bram), Qt.KeyboardModifier.ControlModifier)
    assert _chosen_ids(picker) == {anna, cor}  # Ctrl+click takes one out (or adds it)
    _click(qtbot, picker, _row_of(picker, dina), Qt.KeyboardModifier.ControlModifier)
    assert _chosen_ids(picker) == {anna, cor, dina}
    assert "3" in picker.choose_button.text()  # the button says how many
    qtbot.keyClick(picker.view, Qt.Key.Key_Space)  # Space toggles the current row (Dina) off again
    assert _chosen_ids(picker) == {anna, cor}
    with qtbot.waitSignal(picker.pickedMany, timeout=5_000) as signal:
        picker.choose_button.click()
    assert signal.args[0] == [("contact", anna), ("contact", cor)]  # in the list's order


def test_keyboard_only_arrows_and_space(qtbot, ctx, vault) -> None:
    picker = _open_picker(qtbot, ctx, multi=True)
    picker.view.setFocus()
    qtbot.waitUntil(lambda: picker.view.currentIndex().row() == 0, timeout=5_000)  # the first row is current
    assert _chosen_ids(picker) == set()  # but not chosen: typing a search never chooses anyone by itself
    qtbot.keyClick(picker.view, Qt.Key.Key_Space)
    qtbot.keyClick(picker.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # move without choosing
    qtbot.keyClick(picker.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(picker.view, Qt.Key.Key_Space)
    expected = [("contact", picker.proxy.data(picker.proxy.index(r, 0), ROW_ROLE).id) for r in (0, 2)]
    with qtbot.waitSignal(picker.pickedMany, timeout=5_000) as signal:
        qtbot.keyClick(picker.view, Qt.Key.Key_Return)
    assert signal.args[0] == expected


def test_chosen_in_one_search_stay_chosen_in_the_next(qtbot, ctx, vault) -> None:
    ids = _name_ids(vault)
    picker = _open_picker(qtbot, ctx, multi=True)
    for text, name in (("Bakker", "Anna Bakker"), ("Evers", "Dina Evers")):  # two searches, one round trip
        picker.search.setText(text)
        qtbot.waitUntil(lambda n=name: [r.id for r in picker.model.rows()] == [ids[n]], timeout=10_000)
        _click(qtbot, picker, 0)
        assert ids[name] in _chosen_ids(picker)
    assert "2" in picker.choose_button.text()
    picker.search.setText("")
    qtbot.waitUntil(lambda: picker.model.rowCount() == len(PEOPLE), timeout=10_000)
    assert _chosen_ids(picker) == {ids["Anna Bakker"], ids["Dina Evers"]}  # shown chosen in the full list
    with qtbot.waitSignal(picker.pickedMany, timeout=5_000) as signal:
        picker.choose_button.click()
    assert signal.args[0] == [("contact", ids["Anna Bakker"]), ("contact", ids["Dina Evers"])]


def test_a_single_choice_picker_stays_single(qtbot, ctx, vault) -> None:
    picker = _open_picker(qtbot, ctx, multi=False)
    _click(qtbot, picker, 0)
    _click(qtbot, picker, 2, Qt.KeyboardModifier.ControlModifier)
    assert len(picker.view.selectionModel().selectedRows()) == 1
    with qtbot.waitSignal(picker.picked, timeout=5_000) as signal:
        picker.choose_button.click()
    assert signal.args == ["contact", picker.proxy.data(picker.proxy.index(2, 0), ROW_ROLE).id]


def _visible_picker() -> ContactPicker:
    [picker] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ContactPicker) and w.isVisible()]
    return picker


def test_the_intake_list_adds_everyone_chosen_and_a_field_takes_one(qtbot, ctx, vault) -> None:
    ids = _name_ids(vault)
    book = AddressBook(ctx)
    book.reload()
    qtbot.waitUntil(lambda: len(book.rows) == len(PEOPLE), timeout=10_000)
    consulted = PickList(book, "contact", "consulted_contacts")
    qtbot.addWidget(consulted)
    consulted.show()
    consulted.add.click()
    picker = _visible_picker()
    assert picker.multi
    qtbot.waitUntil(lambda: picker.model.rowCount() == len(PEOPLE), timeout=10_000)
    picker.view.selectAll()
    with qtbot.waitSignal(consulted.changed, timeout=5_000):
        picker.choose_button.click()
    assert sorted(consulted.ids()) == sorted(ids.values())
    reporter = PickField(book, "contact", "signal_reporter")
    qtbot.addWidget(reporter)
    reporter.show()
    reporter.choose.click()
    picker = _visible_picker()
    assert not picker.multi
    qtbot.waitUntil(lambda: picker.model.rowCount() == len(PEOPLE), timeout=10_000)
    picker.reject()  # pick() deletes it once closed


def test_the_case_network_tab_adds_a_line_for_each_with_its_role(qtbot, vault) -> None:
    shelter = contacts.create_organisation(vault, contacts.OrganisationInput(name="Fier Fryslân",
                                                                               org_type="shelter_women"))
    police = contacts.create_organisation(vault, contacts.OrganisationInput(name="Politie AVIM", org_type="police"))
    joke = contacts.create_contact(vault, contacts.ContactInput("Veenstra", "Joke", organisation_id=shelter))
    loose = contacts.create_contact(vault, contacts.ContactInput("Zijlstra", "Ruud"))
    cid = store.create_case(vault, store.CaseInput(
        signal_received_on=dt.date.today() - dt.timedelta(days=3), status="active", municipality="Zwolle",
        person=store.PersonInput(first_name="Eva", last_name="Mulder", estimated_age=30)))
    ctx = AppContext()
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    ctx.set_vault(vault)
    page.show_item("case", cid)
    settle(qtbot)
    network = page.detail.network
    page.detail.tabs.setCurrentWidget(network)
    network.new_record()
    network.pick_button.click()
    dialog = network.findChild(NetworkPicker)
    qtbot.waitUntil(lambda: dialog.list.count() == 4, timeout=10_000)
    names = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole).name for i in range(dialog.list.count())]
    dialog.list.setFocus()
    dialog.list.setCurrentRow(names.index("Joke Veenstra"), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    for name in ("Politie AVIM", "Ruud Zijlstra"):  # keyboard: move (Ctrl+arrows do not select) and Space
        dialog.list.setCurrentRow(names.index(name), QItemSelectionModel.SelectionFlag.NoUpdate)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert len(dialog.list.selectedItems()) == 3
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: network.model.rowCount() == 3, timeout=10_000)
    stored = {(r.contact_id, r.organisation_id): r.role for r in involvements.list_involvements(vault, cid)}
    # the roles as the coordinator would give them: the shelter's staff "Opvang", the police its contact role,
    # someone without an organisation "Anders"
    assert stored == {(joke, None): "shelter", (None, police): "police_contact", (loose, None): "other"}
    settle(qtbot)
    ctx.lock()
    settle(qtbot)


def _shown(picker: NetworkPicker) -> list[tuple[str, int]]:
    items = [picker.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(picker.list.count())]
    return [(i.kind, i.id) for i in items]


def test_the_network_tab_picker_keeps_choices_across_searches(qtbot, vault) -> None:
    police = contacts.create_organisation(vault, contacts.OrganisationInput(name="Politie AVIM", org_type="police"))
    ids: dict[str, int] = {}
    for last, first in PEOPLE:
        ids[f"{first} {last}"] = contacts.create_contact(vault, contacts.ContactInput(last, first))
    picker = NetworkPicker(vault)
    qtbot.addWidget(picker)
    picker.show()
    for text, key in (("Politie", ("organisation", police)), ("Evers", ("contact", ids["Dina Evers"]))):
        picker.search.setText(text)
        qtbot.waitUntil(lambda k=key: _shown(picker) == [k], timeout=10_000)
        assert not picker.list.selectedItems()  # a search chooses no one by itself
        picker.list.setFocus()
        qtbot.keyClick(picker.list, Qt.Key.Key_Space)  # the current (first) row
    picker.search.setText("")
    qtbot.waitUntil(lambda: picker.list.count() == len(PEOPLE) + 1, timeout=10_000)
    assert len(picker.list.selectedItems()) == 2  # both shown chosen in the full list
    picker.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert [(i.kind, i.id) for i in picker.chosen_all] == [("organisation", police),
                                                                ("contact", ids["Dina Evers"])]


def test_one_pick_on_the_network_tab_still_fills_the_form(qtbot, vault) -> None:
    org = contacts.create_organisation(vault, contacts.OrganisationInput(name="Politie AVIM", org_type="police"))
    picker = NetworkPicker(vault)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitUntil(lambda: picker.list.count() == 1, timeout=10_000)
    picker.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert picker.chosen is not None and picker.chosen.id == org and len(picker.chosen_all) == 1
