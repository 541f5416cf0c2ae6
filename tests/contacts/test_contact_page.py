"""pytest-qt tests of the Netwerk page: models, search, filters, edit, merge, link to a case, clipboard,
template offer, import preview, export, lock, and the reusable ContactPicker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton

from coordinator_app.db import models as m
from coordinator_app.services.network import contacts as c
from coordinator_app.services.network.duplicates import DuplicateGroup
from coordinator_app.services.network.importing import ImportItem, ParsedContact, ParsedOrganisation
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.network.detail import ClipboardGuard
from coordinator_app.ui.network.merge_dialog import GroupModel
from coordinator_app.ui.network.models import ImportPreviewModel
from coordinator_app.ui.network.page import NetworkPage
from coordinator_app.ui.network.picker import ContactPicker
from coordinator_app.ui.network.work_dialogs import CheckListModel
from coordinator_app.ui.worker import wait_idle
from tests.helpers import type_text


def _open(qtbot, vault) -> tuple[AppContext, NetworkPage]:
    ctx = AppContext()
    page = NetworkPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    ctx.set_vault(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 or page.banner.isVisible(), timeout=10_000)
    return ctx, page


@pytest.fixture
def demo_page(qtbot, demo_vault):
    ctx, page = _open(qtbot, demo_vault)
    yield ctx, page
    wait_idle()


def _names(page: NetworkPage) -> list[str]:
    return [r.name for r in page.model.rows()]


def _select(qtbot, page: NetworkPage, kind: str, item_id: int) -> None:
    assert page.select(kind, item_id)
    qtbot.waitUntil(lambda: page.detail.item_id == item_id, timeout=10_000)


def test_models_pass_modeltester(qtmodeltester, demo_page, qtbot) -> None:
    _ctx, page = demo_page
    qtmodeltester.check(page.model)
    contact = next(r for r in page.model.rows() if r.kind == "contact")
    _select(qtbot, page, "contact", contact.id)
    qtmodeltester.check(page.detail.cases)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.work.trainings.rowCount() > 0, timeout=10_000)
    qtmodeltester.check(page.work.trainings)
    qtmodeltester.check(page.work.moments)
    qtmodeltester.check(CheckListModel([(1, "GGD"), (2, "Politie")], {2}))
    preview = ImportPreviewModel()
    preview.set_rows([ImportItem("contact", 2, ParsedContact(last_name="Bos"), problems={"phone": "invalid_phone"}),
                      ImportItem("organisation", 3, ParsedOrganisation(name="GGD"), duplicate_of=[1],
                                 notices=["photo_ignored"])])
    qtmodeltester.check(preview)
    groups = GroupModel()
    rows = [r for r in page.model.rows() if r.kind == "contact"][:2]
    groups.set_rows([(DuplicateGroup("contact", tuple(r.id for r in rows), ("name",)), rows)])
    qtmodeltester.check(groups)


def test_search_and_filters(demo_page, qtbot) -> None:
    _ctx, page = demo_page
    total = page.model.rowCount()
    type_text(page.filters.search, "IJsselland")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < total, timeout=10_000)
    assert all("ijsselland" in r.haystack for r in page.model.rows())
    page.filters.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == total, timeout=10_000)
    page.filters.kind.setCurrentIndex(page.filters.kind.findData("organisation"))
    page.filters.org_type.setCurrentIndex(page.filters.org_type.findData("municipality"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 11, timeout=10_000)
    assert all(n.startswith("Gemeente ") for n in _names(page))
    page.filters.org_type.setCurrentIndex(0)
    page.filters.kind.setCurrentIndex(0)
    page.filters.shelter.setCurrentIndex(page.filters.shelter.findData("men"))
    qtbot.waitUntil(lambda: all(r.org_type and r.org_type.startswith("shelter") for r in page.model.rows()),
                    timeout=10_000)


def test_edit_person_and_bad_phone_keeps_input(demo_page, qtbot) -> None:
    ctx, page = demo_page
    contact = next(r for r in page.model.rows() if r.kind == "contact")
    _select(qtbot, page, "contact", contact.id)
    page.detail.edit_button.click()
    qtbot.waitUntil(lambda: page.editor.dialog is not None and page.editor.dialog.isVisible(), timeout=10_000)
    dialog = page.editor.dialog
    dialog.phone.setText("bel me")
    dialog.function.clear()
    type_text(dialog.function, "Zorgcoördinator")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.errors.isVisible(), timeout=10_000)
    assert "ongeldig" in dialog.errors.text() and dialog.isVisible()
    assert dialog.function.text() == "Zorgcoördinator"  # nothing lost
    dialog.phone.setText("038 123 4567")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: page.detail.subheading.text().startswith("Zorgcoördinator"), timeout=10_000)
    assert c.get_contact(ctx.vault, contact.id).phone == "038 123 4567"


def test_new_organisation_with_non_ascii_name(demo_page, qtbot) -> None:
    _ctx, page = demo_page
    page.new_org.click()
    qtbot.waitUntil(lambda: page.editor.dialog is not None and page.editor.dialog.isVisible(), timeout=10_000)
    dialog = page.editor.dialog
    type_text(dialog.name, "Coöperatie Łódź-Zwolle")
    dialog.org_type.setCurrentIndex(dialog.org_type.findData("ngo"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.detail.heading.text() == "Coöperatie Łódź-Zwolle", timeout=10_000)
    assert "Coöperatie Łódź-Zwolle" in _names(page)


def test_saving_a_lookalike_shows_the_duplicate_hint(demo_page, qtbot) -> None:
    _ctx, page = demo_page
    page.new_org.click()
    qtbot.waitUntil(lambda: page.editor.dialog is not None and page.editor.dialog.isVisible(), timeout=10_000)
    dialog = page.editor.dialog
    dialog.name.setText("ggd  ijsselland")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.duplicate_hint.isVisible(), timeout=10_000)
    assert "1" in page.duplicate_hint.text()


def test_merge_two_selected_people_keeps_case_links(demo_page, qtbot) -> None:
    ctx, page = demo_page
    vault = ctx.vault
    with vault.read() as s:
        inv = s.query(m.Involvement).filter(m.Involvement.contact_id.is_not(None)).first()
        case_id, linked = inv.case_id, inv.contact_id
    dup = c.create_contact(vault, c.ContactInput(last_name="Dubbel", first_name="Eva", email="eva@dubbel.example"))
    ctx.notify("contact", dup)
    qtbot.waitUntil(lambda: page.model.find(lambda r: r.id == dup and r.kind == "contact") >= 0, timeout=10_000)
    page.view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for item_id in (dup, linked):
        source = page.model.index(page.model.find(lambda r, i=item_id: r.kind == "contact" and r.id == i), 0)
        page.view.selectionModel().select(page.proxy.mapFromSource(source), flags)
    page.merge.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.objectName() == "mergeDialog", timeout=10_000)
    dialog = page.dialog
    keep_radio = next(b for b in dialog.keep.buttons() if b.property("item_id") == dup)
    keep_radio.setChecked(True)
    dialog.merge_button.click()
    assert dialog.confirm_box is not None and dialog.confirm_box.isVisible()  # nothing merged before the answer
    dialog.confirm_box.button(QMessageBox.StandardButton.No).click()
    wait_idle()
    with vault.read() as s:
        assert s.get(m.Contact, linked) is not None
    dialog.merge_button.click()
    assert "Dubbel" in dialog.confirm_box.text()
    dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.empty.isVisible(), timeout=10_000)
    assert dialog.result.isVisible() and "Dubbel" in dialog.result.text()
    assert not dialog.intro.isVisible() and "Geen dubbele" not in dialog.empty.text()
    with vault.read() as s:
        assert s.get(m.Contact, linked) is None
        assert case_id in {i.case_id for i in s.query(m.Involvement).filter(m.Involvement.contact_id == dup)}
    qtbot.waitUntil(lambda: page.detail.item_id == dup, timeout=10_000)
    assert page.detail.cases.rowCount() > 0


def test_case_link_navigates_to_the_case(demo_page, qtbot) -> None:
    ctx, page = demo_page
    with ctx.vault.read() as s:
        inv = s.query(m.Involvement).filter(m.Involvement.contact_id.is_not(None)).first()
    _select(qtbot, page, "contact", inv.contact_id)
    assert page.detail.cases.rowCount() > 0
    row = page.detail.cases.find(lambda link: link.case_id == inv.case_id)
    with qtbot.waitSignal(ctx.navigate, timeout=5_000) as signal:
        page.detail.case_view.doubleClicked.emit(page.detail.cases.index(row, 0))
    assert signal.args == ["cases", "case", inv.case_id]


def test_show_item_clears_filters_that_hide_it(demo_page, qtbot) -> None:
    _ctx, page = demo_page
    org = next(r for r in page.model.rows() if r.kind == "organisation")
    page.filters.kind.setCurrentIndex(page.filters.kind.findData("contact"))
    qtbot.waitUntil(lambda: all(r.kind == "contact" for r in page.model.rows()), timeout=10_000)
    page.show_item("organisation", org.id)
    qtbot.waitUntil(lambda: page.detail.item_id == org.id and page.detail.kind == "organisation", timeout=10_000)
    assert page.filters.is_empty()


def test_clipboard_is_cleared_only_when_it_still_holds_our_copy(qtbot) -> None:
    guard = ClipboardGuard(interval_ms=50)
    clipboard = QGuiApplication.clipboard()
    guard.copy("038 123 4567")
    assert clipboard.text() == "038 123 4567"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)
    guard.copy("a@b.nl")
    clipboard.setText("iets anders")
    with qtbot.waitSignal(guard.timer.timeout, timeout=2_000):  # the guard's moment to clear has come
        pass
    assert clipboard.text() == "iets anders"


def test_template_offered_on_first_use(qtbot, vault) -> None:
    ctx, page = _open(qtbot, vault)
    assert page.banner.isVisible()
    page.load_template.click()
    qtbot.waitUntil(lambda: page.model.rowCount() > 20, timeout=10_000)
    assert not page.banner.isVisible()
    assert all(r.kind == "organisation" for r in page.model.rows())
    ctx.lock()
    ctx2, page2 = _open(qtbot, type(vault).open(vault.folder, passphrase=_passphrase()))
    assert not page2.banner.isVisible()
    ctx2.lock()


def _passphrase() -> str:
    from tests.conftest import PASSPHRASE

    return PASSPHRASE


def test_import_preview_then_import(demo_page, qtbot, tmp_path: Path) -> None:
    _ctx, page = demo_page
    path = tmp_path / "contacts.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Yılmaz;Şükrü;;;\r\nORG:Gemeente Zwolle\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bos;Piet;;;\r\nTEL:onzin\r\nEND:VCARD\r\n", encoding="utf-8")
    before = page.model.rowCount()
    page.import_file(str(path))
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.objectName() == "importPreview", timeout=10_000)
    dialog = page.dialog
    assert dialog.model.rowCount() == 2
    assert "notes" in dialog.model.index(1, 4).data()  # "TEL:onzin" is no number: kept in the notes, said so
    assert dialog.model.index(1, 4).data().startswith("New; imported with remarks: ")
    assert dialog.model.index(0, 4).data() == "New"
    assert "1 entries are imported with remarks" in dialog.summary.text()
    assert page.model.rowCount() == before  # nothing written yet
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 2, timeout=10_000)
    assert "Şükrü Yılmaz" in _names(page) and "Piet Bos" in _names(page)
    wait_idle()  # the list reloaded after the import: the confirmation is still there to read
    notice = page.findChild(QLabel, "networkSaved")
    assert notice.isVisible() and notice.text() == "Imported: 0 organisations and 2 people; 0 entries skipped."
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 2, timeout=10_000)
    wait_idle()
    assert notice.isVisible() and notice.text().startswith("Imported: 0 organisations and 2 people")


def test_csv_with_unknown_columns_asks_before_the_preview(demo_page, qtbot, tmp_path: Path) -> None:
    _ctx, page = demo_page
    path = tmp_path / "lijst.csv"
    path.write_text("Voornaam;Achternaam;E-mail;Schoenmaat\r\nAnna;Bos;anna@example.org;39\r\n", encoding="utf-8")
    page.import_file(str(path))
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.objectName() == "unknownColumnsDialog",
                    timeout=10_000)
    assert "'Schoenmaat'" in page.dialog.text()
    page.dialog.findChild(QPushButton, "ignoreColumnsButton").click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.objectName() == "importPreview", timeout=10_000)
    [item] = page.dialog.items
    assert (item.values.first_name, item.values.last_name, item.values.email) == (
        "Anna", "Bos", "anna@example.org")


def test_import_garbage_shows_dutch_error(demo_page, qtbot, tmp_path: Path) -> None:
    _ctx, page = demo_page
    path = tmp_path / "kapot.vcf"
    path.write_bytes(b"\x00\x13\x37 geen vcard")
    page.import_file(str(path))
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "errorDialog") is not None, timeout=10_000)
    box = page.findChild(QMessageBox, "errorDialog")
    assert "niets geïmporteerd" in box.text() or "niets gelezen" in box.text()
    box.close()


def test_export_writes_file_with_warning(demo_page, qtbot, tmp_path: Path) -> None:
    _ctx, page = demo_page
    page.export_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.objectName() == "exportDialog", timeout=10_000)
    warning = page.dialog.findChild(QLabel, "exportWarning").text()
    assert "niet versleuteld" in warning or "not encrypted" in warning
    page.dialog.reject()
    out = tmp_path / "netwerk.vcf"
    page.export_to(str(out), "all", "vcard3")
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert out.read_bytes().count(b"BEGIN:VCARD") == page.model.rowCount()


def test_lock_clears_everything(demo_page, qtbot) -> None:
    ctx, page = demo_page
    contact = next(r for r in page.model.rows() if r.kind == "contact")
    _select(qtbot, page, "contact", contact.id)
    page.filters.search.setText("Erik")
    ctx.lock()
    assert page.model.rowCount() == 0 and page.detail.item_id is None and page.detail.cases.rowCount() == 0
    assert page.filters.search.text() == "" and page.detail.heading.text() == ""


def test_picker_pick_and_add_on_the_spot(demo_page, qtbot) -> None:
    ctx, page = demo_page
    picker = ContactPicker(ctx, page, kinds=("contact",))
    qtbot.addWidget(picker)
    picker.open()
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=10_000)
    assert all(r.kind == "contact" for r in picker.model.rows())
    type_text(picker.search, "Erik")
    qtbot.waitUntil(lambda: all("erik" in r.haystack for r in picker.model.rows()  # "lijkt op" names below
                                if not picker.model.is_similar(r)), timeout=10_000)
    with qtbot.waitSignal(picker.picked, timeout=5_000) as signal:
        picker.choose_button.click()
    assert signal.args[0] == "contact"
    picker2 = ContactPicker(ctx, page)
    qtbot.addWidget(picker2)
    picker2.open()
    picker2.search.setText("Wiśniewska")
    picker2.add_person.click()
    qtbot.waitUntil(lambda: picker2.editor.dialog is not None and picker2.editor.dialog.isVisible(), timeout=10_000)
    dialog = picker2.editor.dialog
    assert dialog.last_name.text() == "Wiśniewska"
    dialog.first_name.setText("Łucja")
    with qtbot.waitSignal(picker2.picked, timeout=10_000) as signal:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    kind, new_id = signal.args
    assert kind == "contact" and c.get_contact(ctx.vault, new_id).first_name == "Łucja"
    wait_idle()


def test_training_session_added_from_work_tab(demo_page, qtbot) -> None:
    _ctx, page = demo_page
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.work.counts.text() != "", timeout=10_000)
    before = page.work.trainings.rowCount()
    page.work.new_training.click()
    qtbot.waitUntil(lambda: page.work.dialog is not None and page.work.dialog.isVisible(), timeout=10_000)
    dialog = page.work.dialog
    dialog.held_on.setText(dt.date.today().strftime("%d-%m-%Y"))
    type_text(dialog.topic, "Signalen van uitbuiting herkennen")
    dialog.participants.setValue(12)
    dialog.orgs.setData(dialog.orgs.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.work.trainings.rowCount() == before + 1, timeout=10_000)


def test_dutch_translation_complete_with_same_placeholders() -> None:
    import re
    import xml.etree.ElementTree as ET

    from tests.helpers import ROOT

    tree = ET.parse(ROOT / "resources" / "i18n" / "network_nl.ts")
    placeholder = re.compile(r"%\d|%n|\{\w*\}|<[^>]+>")
    for message in tree.getroot().iter("message"):
        source, translation = message.find("source").text, message.find("translation")
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        assert translation.get("type") is None and all(texts), source
        for text in texts:
            assert sorted(placeholder.findall(source)) == sorted(placeholder.findall(text)), source


def test_open_edit_is_saved_before_lock(demo_page, qtbot) -> None:
    ctx, page = demo_page
    vault = ctx.vault
    contact = next(r for r in page.model.rows() if r.kind == "contact")
    page.editor.open("contact", contact.id)
    qtbot.waitUntil(lambda: page.editor.dialog is not None and page.editor.dialog.isVisible(), timeout=10_000)
    page.editor.dialog.function.setText("Teamleider")
    assert page.has_unsaved_changes()
    page.save_pending()
    wait_idle()
    assert c.get_contact(vault, contact.id).function == "Teamleider"


def test_new_person_is_shown_and_selected_even_when_filtered(demo_page, qtbot) -> None:
    _ctx, page = demo_page
    type_text(page.filters.search, "zzzz-niemand")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    page.new_person.click()
    qtbot.waitUntil(lambda: page.editor.dialog is not None and page.editor.dialog.isVisible(), timeout=10_000)
    dialog = page.editor.dialog
    type_text(dialog.last_name, "Özdemir")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.detail.heading.text().endswith("Özdemir"), timeout=10_000)
    assert page.filters.is_empty()
    assert next(r.name for r in page.selected_rows()).endswith("Özdemir")
    assert page.saved_note.isVisible() and "Özdemir" in page.saved_note.text()


def test_count_uses_plural_forms_and_work_tab_hides_book_actions(demo_page, qtbot) -> None:
    _ctx, page = demo_page
    org = next(r for r in page.model.rows() if r.kind == "organisation")
    contact = next(r for r in page.model.rows() if r.kind == "contact")
    page._loaded(([org], []))
    assert page.count.text() == "1 organisation, 0 people"
    page._loaded(([org, org, contact], []))
    assert page.count.text() == "2 organisations, 1 person"
    page.tabs.setCurrentIndex(1)
    assert not page.new_person.isVisible() and not page.merge.isVisible()
    page.tabs.setCurrentIndex(0)
    assert page.new_person.isVisible()


def test_person_form_shows_and_returns_every_new_field(qtbot, vault) -> None:
    """The person form shows what is stored (address with its line break, birthday without a year) and gives
    it back unchanged when saved without edits; a field typed in the form is stored as typed."""
    from coordinator_app.ui.network.edit_dialogs import ContactDialog

    given = {"first_name": "Nguyễn Thị", "last_name": "Hương", "nickname": "Hương\u00a0N.", "department": "Zorg;Oost",
             "function": "Casemanager", "phone": "06-1234567", "phone_alt": "+31 38 123 4567",
             "email": "huong@example.org", "address": "Postbus 12\nKeizerstraat 1", "postal_code": "8011 AB",
             "city": "Zwolle", "region": "Overijssel", "country": "Nederland", "website": "https://zorg.example",
             "birthday": "--04-15"}
    pid = c.create_contact(vault, c.ContactInput(**given))
    dialog = ContactDialog([], c.get_contact(vault, pid).as_input())
    qtbot.addWidget(dialog)
    assert dialog.birthday.text() == "15-04" and dialog.address.toPlainText() == "Postbus 12\nKeizerstraat 1"
    c.update_contact(vault, pid, dialog.value())
    assert {k: getattr(c.get_contact(vault, pid), k) for k in given} == given
    dialog.birthday.setText("29-02-1980")
    dialog.country.end(False)
    type_text(dialog.country, " (NL)")
    c.update_contact(vault, pid, dialog.value())
    got = c.get_contact(vault, pid)
    assert (got.birthday, got.country) == ("1980-02-29", "Nederland (NL)")


def test_right_to_left_names_are_isolated_in_the_list_and_the_detail(qtbot, vault) -> None:
    """A name with Arabic letters or a bidi override is wrapped in FSI...PDI where it is shown, so it cannot
    reorder the rest of the row; the stored value and the sort key stay as given."""
    c.create_contact(vault, c.ContactInput(first_name="فاطمة", last_name="الحسن"))
    pid = c.create_contact(vault, c.ContactInput(first_name="Jan", last_name="\u202eneslaJ", notes="<b>vet</b>"))
    _ctx, page = _open(qtbot, vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    shown = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert shown == {"\u2068فاطمة الحسن\u2069", "\u2068Jan \u202eneslaJ\u2069"}
    assert c.get_contact(vault, pid).last_name == "\u202eneslaJ"  # stored as given
    _select(qtbot, page, "contact", pid)
    assert page.detail.heading.text() == "\u2068Jan \u202eneslaJ\u2069"
    notes = page.detail.findChild(QLabel, "detail_notes")
    assert notes.text() == "<b>vet</b>" and notes.textFormat() == Qt.TextFormat.PlainText
    wait_idle()


def test_languages_are_shown_by_name_not_code(qtbot) -> None:
    """A contact's languages typed as codes ("pl") show as language names; other words as written."""
    from coordinator_app.services.network.contacts import ContactCases, ContactRecord
    from coordinator_app.ui.network.detail import DetailPane

    pane = DetailPane()
    qtbot.addWidget(pane)
    values = ContactRecord(1, first_name="Łucja", last_name="Nowak", languages=["pl", "RO", "Tigrinya"])
    pane.show_values("contact", 1, values, "", ContactCases([], 0, 0))
    shown = pane.findChild(QLabel, "detail_languages").text()
    assert [part.strip("\u2068\u2069") for part in shown.split(", ")] == ["Pools", "Roemeens", "Tigrinya"]
