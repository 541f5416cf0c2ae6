"""Global search on the demo vault: finds a case (by person name) and a contact as you type,
groups them, and Enter opens the first result through ctx.navigate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from coordinator_app.db.models import Contact, Person
from coordinator_app.ui.search.popup import IsHeaderRole, ResultRole, SearchResultsModel
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
    from coordinator_app.services.search.quick import Result

    model = SearchResultsModel()
    model.set_results([
        Result("case", "ZM-2026-0001", "A. Jansen", "cases", "case", 1),
        Result("contact", "B. de Boer", "Politie", "network", "contact", 2),
        Result("organisation", "GGD IJsselland", "Zwolle", "network", "organisation", 3),
    ])
    qtmodeltester.check(model)
    assert model.rowCount() == 6 and model.result_count() == 3
    assert not (model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable)


def _case(vault, first: str, last: str, born: str | None = None) -> int:
    from coordinator_app.services.cases import store

    return store.create_case(vault, store.CaseInput(
        signal_received_on="2026-03-03", person=store.PersonInput(first_name=first, last_name=last,
                                                                  date_of_birth=born)))


def test_names_as_typed_status_lijkt_op_and_the_list_fits_the_window(qtbot, make_window, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    vault = window.ctx.vault
    exact = _case(vault, "Nguyễn Văn", "Đức", "1998-05-17")
    similar = _case(vault, "Ngyuen", "Duc")
    _type_and_wait(qtbot, window, "nguyen duc")
    results = [r for r in _results(window) if r.group == "case"]
    assert [(r.item_id, r.similar) for r in results] == [(exact, False), (similar, True)]
    model = window.search.model
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    number = vault.execute_sql(f"SELECT case_number FROM cases WHERE id = {exact}")[0][0]
    assert f"{number}  —  Nguyễn Văn Đức  —  Signaal" in texts  # number, name as stored, status
    assert any(t.startswith(vault.execute_sql(f"SELECT case_number FROM cases WHERE id = {similar}")[0][0])
               and "lijkt op: Ngyuen Duc" in t for t in texts)
    popup = window.search.results.geometry()
    overlay = window.search.results.parentWidget().rect()
    assert overlay.contains(popup), (popup, overlay)
    _type_and_wait(qtbot, window, "17-05-1998")  # date of birth in the same box
    assert [r.item_id for r in _results(window)] == [exact]


def test_no_results_says_so_and_enter_opens_a_single_match(qtbot, make_window, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    only = _case(window.ctx.vault, "Małgorzata", "Kowalska")
    window.search.reset()
    window.search.focus_search()
    qtbot.keyClicks(window.search, "zzyzxq")
    qtbot.waitUntil(lambda: window.search.model.nothing_found, timeout=10_000)
    assert window.search.results.isVisible() and window.search.model.result_count() == 0
    assert window.search.model.index(0, 0).data().startswith("Geen resultaten")
    window.search.reset()
    window.search.focus_search()
    with qtbot.waitSignal(window.ctx.navigate, timeout=10_000) as blocker:
        qtbot.keyClicks(window.search, "malgorzata")
        qtbot.keyClick(window.search, Qt.Key.Key_Return)  # before the query ran: opens its single match
    assert blocker.args == ["cases", "case", only]
    assert window.search.maxLength() == 200


def test_screenshot_of_the_search_popup(qtbot, make_window, vault_dir: Path, tmp_path: Path) -> None:
    import os

    window = make_window(vault_dir)
    unlock(qtbot, window)
    for first, last, born in (("Nguyễn Văn", "Đức", "1998-05-17"), ("Ngyuen", "Duc", None),
                              ("Đặng Thị", "Nguyệt", None)):
        _case(window.ctx.vault, first, last, born)
    _type_and_wait(qtbot, window, "nguyen")
    results = window.search.results
    assert results.isVisible()
    shown = results.geometry().translated(results.parentWidget().mapTo(window, results.parentWidget().rect().topLeft()))
    assert window.rect().contains(shown), (shown, window.rect())  # the popup stays inside the window
    image = window.grab()  # the window fits the test screen (the layout audit covers 1366x768 and 1280x720)
    target = Path(os.environ.get("SCREENSHOT_DIR", tmp_path)) / "global_search.png"
    assert image.save(str(target))


def test_screenshot_of_the_case_list_with_the_duplicates_button(qtbot, make_window, vault_dir: Path,
                                                                tmp_path: Path) -> None:
    import os

    from PySide6.QtWidgets import QPushButton

    window = make_window(vault_dir)
    unlock(qtbot, window)
    _case(window.ctx.vault, "Tesfay", "Haile", "2001-02-03")
    _case(window.ctx.vault, "Tesfai", "Hayle", "2001-02-03")
    window.ctx.navigate.emit("cases", "", 0)
    button = window.findChild(QPushButton, "caseDuplicates")
    qtbot.waitUntil(lambda: button.isVisible(), timeout=10_000)
    assert button.text() == "&Dubbele personen…"
    image = window.grab()
    assert image.save(str(Path(os.environ.get("SCREENSHOT_DIR", tmp_path)) / "case_list_1366x768.png"))
