"""Global search on the demo vault: finds a case (by person name) and a contact as you type,
groups them, and Enter opens the first result through ctx.navigate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from coordinator_app.db.models import Contact, Person
from coordinator_app.ui.shell.search import IsHeaderRole, ResultRole, SearchResultsModel
from tests.ui.shell_fixtures import unlock


def _results(window):
    model = window.search.model
    return [model.index(r, 0).data(ResultRole) for r in range(model.rowCount()) if model.index(r, 0).data(ResultRole)]


def _type_and_wait(qtbot, window, text: str) -> None:
    window.search.reset()
    window.search.focus_search()
    qtbot.keyClicks(window.search, text)  # ASCII only here
    qtbot.waitUntil(lambda: window.search.model.result_count() > 0, timeout=10_000)


def test_search_finds_case_and_contact(qtbot, make_window, demo_vault_dir: Path) -> None:
    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    with window.ctx.vault.read() as session:
        person = session.scalars(
            select(Person).where(Person.last_name.is_not(None), Person.anonymous.is_(False)).order_by(Person.id)
        ).first()
        contact = session.scalars(select(Contact).order_by(Contact.id)).first()
        person_case, last_name, contact_id = person.case_id, person.last_name, contact.id
        contact_name = f"{contact.first_name or ''} {contact.last_name}".strip()
    ascii_name = last_name.encode("ascii", "ignore").decode() or last_name
    _type_and_wait(qtbot, window, f"{person.first_name.encode('ascii', 'ignore').decode()} {ascii_name}".strip())
    results = _results(window)
    assert any(r.group == "case" and r.item_id == person_case for r in results)
    assert window.search.results.isVisible()
    assert window.search.model.index(0, 0).data(IsHeaderRole)  # grouped: a header first

    _type_and_wait(qtbot, window, contact_name.encode("ascii", "ignore").decode())
    results = _results(window)
    assert any(r.group == "contact" and r.item_id == contact_id for r in results)
    first = window.search.results.currentIndex().data(ResultRole)
    with qtbot.waitSignal(window.ctx.navigate, timeout=5000) as blocker:
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert blocker.args == [first.page_id, first.kind, first.item_id]
    assert not window.search.results.isVisible() and window.search.text() == ""


def test_search_shortcuts_focus_the_field(qtbot, make_window, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    keys = {k.toString() for k in window.search_action.shortcuts()}
    assert {"Ctrl+K", "Ctrl+F"} <= keys
    window.search_action.trigger()
    assert window.search.hasFocus() or window.focusWidget() is window.search


def test_results_model_is_sound(qtmodeltester) -> None:
    from coordinator_app.services.quick_search import Result

    model = SearchResultsModel()
    model.set_results([
        Result("case", "ZM-2026-0001", "A. Jansen", "cases", "case", 1),
        Result("contact", "B. de Boer", "Politie", "network", "contact", 2),
        Result("organisation", "GGD IJsselland", "Zwolle", "network", "organisation", 3),
    ])
    qtmodeltester.check(model)
    assert model.rowCount() == 6 and model.result_count() == 3
    assert not (model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable)
