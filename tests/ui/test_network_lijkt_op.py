"""The address-book picker and the contact-merge dialog use the same "lijkt op" as the case pickers: a
misspelled contact name is found, marked "lijkt op", and kept below the exact matches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coordinator_app.services.network import contacts as c
from coordinator_app.services.network import listing
from coordinator_app.services.search import persons
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.worker import wait_idle
from tests.helpers import type_text

WAIT = 10_000


@pytest.fixture
def book(vault) -> dict[str, int]:
    org = c.create_organisation(vault, c.OrganisationInput("Politie IJsselland AVIM", "police"))
    people = {
        "Piet Janssen": c.ContactInput(last_name="Janssen", first_name="Piet", organisation_id=org),
        "Bea Jansen": c.ContactInput(last_name="Jansen", first_name="Bea"),
        "Mohammed El Amrani": c.ContactInput(last_name="El Amrani", first_name="Mohammed"),
        "Muhamad El Amrani": c.ContactInput(last_name="El Amrani", first_name="Muhamad", email="m@amrani.example"),
        "Anna Smit": c.ContactInput(last_name="Smit", first_name="Anna"),
    }
    return {name: c.create_contact(vault, data) for name, data in people.items()}


@pytest.fixture
def ctx(qtbot, vault):
    context = AppContext()
    context.set_vault(vault)
    yield context
    wait_idle()


def test_find_in_network_puts_the_resembling_names_below_the_exact_ones(vault, book) -> None:
    found = persons.find_in_network(vault, listing.NetworkFilter(text="janssen"), kinds=("contact",))
    assert [(m.row.id, m.similar) for m in found] == [(book["Piet Janssen"], False), (book["Bea Jansen"], True)]
    found = persons.find_in_network(vault, listing.NetworkFilter(text="Mohamed Amrani"), kinds=("contact",))
    assert {m.row.id for m in found} == {book["Mohammed El Amrani"], book["Muhamad El Amrani"]}
    assert all(m.similar for m in found)  # neither is spelled like that: both only resemble
    assert persons.find_in_network(vault, listing.NetworkFilter(text="smit"), kinds=("contact",))[0].row.id == \
        book["Anna Smit"]
    assert [m.row.id for m in persons.find_in_network(vault, listing.NetworkFilter(text="Xyzzy"))] == []


def test_picker_marks_lijkt_op_and_keeps_it_below_in_every_sort_order(qtbot, ctx, book) -> None:
    from coordinator_app.ui.network.models import ROW_ROLE, NetworkTableModel
    from coordinator_app.ui.network.picker import ContactPicker

    picker = ContactPicker(ctx, None, kinds=("contact",))
    qtbot.addWidget(picker)
    picker.open()
    qtbot.waitUntil(lambda: picker.model.rowCount() == len(book), timeout=WAIT)
    type_text(picker.search, "janssen")
    qtbot.waitUntil(lambda: picker.model.rowCount() == 2, timeout=WAIT)

    def shown() -> list[tuple[int, str]]:
        return [(picker.proxy.index(r, 0).data(ROW_ROLE).id, picker.proxy.index(r, 0).data())
                for r in range(picker.proxy.rowCount())]

    assert shown() == [(book["Piet Janssen"], "Piet Janssen"), (book["Bea Jansen"], "looks like: Bea Jansen")] or \
        shown() == [(book["Piet Janssen"], "Piet Janssen"), (book["Bea Jansen"], "lijkt op: Bea Jansen")]
    picker.view.sortByColumn(NetworkTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert [i for i, _t in shown()] == [book["Piet Janssen"], book["Bea Jansen"]]  # "lijkt op" stays below
    picker.view.selectRow(1)
    with qtbot.waitSignal(picker.picked, timeout=WAIT) as signal:
        picker.choose_button.click()
    assert signal.args == ["contact", book["Bea Jansen"]]


def test_merge_dialog_offers_resembling_names_below_the_exact_duplicates(qtbot, vault, book) -> None:
    from coordinator_app.ui.network.page import NetworkPage

    twin = c.create_contact(vault, c.ContactInput(last_name="Smit", first_name="Anne", email="m@amrani.example"))
    bea = c.create_contact(vault, c.ContactInput(last_name="Janssen", first_name="Bea"))  # misspelled twice
    ctx = AppContext()
    page = NetworkPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.set_vault(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    page.view.clearSelection()
    page.merge.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.objectName() == "mergeDialog", timeout=WAIT)
    dialog = page.dialog
    groups = [(set(g.ids), g.reasons, dialog.model.index(i, 1).data())
              for i, (g, _rows) in enumerate(dialog.model.rows())]
    # the shared e-mail address first (exact), then the names that only resemble each other
    assert groups[0][:2] == ({book["Muhamad El Amrani"], twin}, ("email",))
    similar = [ids for ids, reasons, _text in groups if reasons == ("similar_name",)]
    assert {bea, book["Bea Jansen"]} in similar
    assert not any(book["Piet Janssen"] in ids for ids in similar)  # another first name: not alike
    assert {book["Mohammed El Amrani"], book["Muhamad El Amrani"]} in similar
    assert {book["Anna Smit"], twin} in similar
    assert all(reasons == ("similar_name",) for _ids, reasons, _t in groups[1:])
    assert all(text in ("looks like", "lijkt op") for _ids, reasons, text in groups if reasons == ("similar_name",))
    assert not any(book["Anna Smit"] in ids and book["Bea Jansen"] in ids for ids, _r, _t in groups)
    wait_idle()


def test_similar_network_groups_needs_the_names_alike_both_ways() -> None:
    from coordinator_app.services.network.listing import NetworkRow

    rows = [NetworkRow("contact", 1, "Bea Jansen"), NetworkRow("contact", 2, "Bea Janssen"),
            NetworkRow("contact", 3, "Anna"), NetworkRow("contact", 4, "Anna Smit"),
            NetworkRow("contact", 5, "Jan de Vries"), NetworkRow("contact", 6, "Jan de Vries"),
            NetworkRow("organisation", 2, "Bea Jansen"), NetworkRow("organisation", 7, "Stichting Fier"),
            NetworkRow("organisation", 8, "Stichting Fiere")]
    # not Anna / Anna Smit (alike one way only), not two "Jan de Vries" (the same name), never across kinds
    assert sorted(persons.similar_network_groups(rows)) == [("contact", (1, 2)), ("organisation", (7, 8))]
