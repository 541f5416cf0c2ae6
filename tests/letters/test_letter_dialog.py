"""The letter dialog end to end (pytest-qt): a real case, the suggested recipient, ticking sections
changes what the preview holds, printing and saving store the exact bytes in the case with an audit
event, the saved copy can be password protected, a lock closes everything."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressBar

from coordinator_app.services import audit
from coordinator_app.services.documents import storage
from coordinator_app.ui.documents.letter_dialog import LetterDialog, open_letter_dialog
from coordinator_app.ui.documents.save_options import SaveOptionsDialog
from tests.helpers import type_text
from tests.letters.letter_helpers import CANARY, MARKERS, make_letter_case, page_count, pdf_text

WAIT = 15_000


@pytest.fixture
def letter_case(vault):
    return make_letter_case(vault)


def open_dialog(qtbot, ctx, case_id, template="handover") -> LetterDialog:
    dialog = LetterDialog(ctx, case_id, None, template)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewReady, timeout=WAIT):
        dialog.show()
    return dialog


def rebuild(qtbot, dialog: LetterDialog, change) -> bytes:
    with qtbot.waitSignal(dialog.previewReady, timeout=WAIT):
        change()
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    return dialog.preview.data()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(100)
    return printer


def test_dialog_suggests_the_shelter_and_shows_only_ticked_sections(qtbot, ctx, letter_case):
    dialog = open_dialog(qtbot, ctx, letter_case.case_id)
    assert dialog.case_label.text().endswith(letter_case.case_number)
    assert dialog.organisation_combo.currentData() == letter_case.organisation_id
    assert dialog.contact_combo.currentData() == letter_case.contact_id
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    text = pdf_text(dialog.preview.data())
    assert CANARY in text and "Stichting Opvang Oost" in text
    assert dialog.preview.page_count() == page_count(dialog.preview.data())

    data = rebuild(qtbot, dialog, lambda: dialog.section_checks["person"].setChecked(False))
    assert CANARY not in pdf_text(data)

    data = rebuild(qtbot, dialog, lambda: dialog.set_sections(["consent"]))
    text = pdf_text(data)
    assert MARKERS["consent"] in text
    assert not any(marker in text for code, marker in MARKERS.items() if code != "consent")


def test_case_summary_has_no_recipient(qtbot, ctx, letter_case):
    dialog = open_dialog(qtbot, ctx, letter_case.case_id, template="case_summary")
    assert not dialog.organisation_combo.isEnabled() and not dialog.contact_combo.isEnabled()
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    assert dialog.request().organisation_id is None
    assert "T.a.v." not in pdf_text(dialog.preview.data())  # no address block
    assert all(marker in pdf_text(dialog.preview.data()) for marker in MARKERS.values())


def test_handover_without_recipient_cannot_be_sent(qtbot, ctx, letter_case):
    dialog = open_dialog(qtbot, ctx, letter_case.case_id)
    rebuild(qtbot, dialog, lambda: dialog.organisation_combo.setCurrentIndex(0))  # "no recipient"
    assert dialog.request().organisation_id is None and dialog.request().contact_id is None
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert "adresboek" in dialog.status_label.text() or "address book" in dialog.status_label.text()


def test_print_stores_exactly_the_printed_bytes(qtbot, ctx, vault, letter_case, tmp_path):
    dialog = open_dialog(qtbot, ctx, letter_case.case_id)
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    shown = dialog.preview.data()
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(dialog.stored, timeout=WAIT) as stored:
        pages = dialog.print_to(pdf_printer(out))
    assert pages == page_count(shown) == len(PdfReader(io.BytesIO(out.read_bytes())).pages)
    doc_id = stored.args[0]
    assert storage.read_bytes(vault, doc_id) == shown
    info = storage.get_document(vault, doc_id)
    assert info.template == "handover" and "person" in info.sections
    events = [e for e in audit.events(vault, case_id=letter_case.case_id) if e.event == "letter_printed"]
    assert [(e.object_id, e.detail) for e in events] == [(doc_id, "handover")]
    assert "bewaard" in dialog.status_label.text() or "kept" in dialog.status_label.text()


def test_save_with_password_writes_an_encrypted_copy_and_stores_the_letter(qtbot, ctx, vault, letter_case, tmp_path):
    dialog = open_dialog(qtbot, ctx, letter_case.case_id)
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    shown = dialog.preview.data()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "brief"  # ".pdf" is added
    with qtbot.waitSignal(dialog.stored, timeout=WAIT) as stored:
        dialog.save_to(target, password="lang-genoeg-wachtwoord")
    written = (out / "brief.pdf").read_bytes()
    reader = PdfReader(io.BytesIO(written))
    assert reader.is_encrypted and reader.decrypt("fout-wachtwoord") == 0
    assert CANARY in pdf_text(written, password="lang-genoeg-wachtwoord")
    assert (out / "brief.pdf").stat().st_mode & 0o077 == 0  # owner only
    assert [p.name for p in out.iterdir()] == ["brief.pdf"]  # atomic: no temp file left
    assert storage.read_bytes(vault, stored.args[0]) == shown
    assert any(e.event == "letter_saved" for e in audit.events(vault, case_id=letter_case.case_id))


def test_save_without_password(qtbot, ctx, vault, letter_case, tmp_path):
    dialog = open_dialog(qtbot, ctx, letter_case.case_id)
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    with qtbot.waitSignal(dialog.stored, timeout=WAIT):
        dialog.save_to(tmp_path / "brief.pdf")
    assert (tmp_path / "brief.pdf").read_bytes() == dialog.preview.data()


def test_save_into_a_missing_folder_is_a_clear_error(qtbot, ctx, vault, letter_case, tmp_path):
    dialog = open_dialog(qtbot, ctx, letter_case.case_id)
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    dialog.save_to(tmp_path / "bestaat-niet" / "brief.pdf")
    qtbot.waitUntil(lambda: dialog.findChild(object, "errorDialog") is not None, timeout=WAIT)
    box = dialog.findChild(object, "errorDialog")
    assert "Schrijven is mislukt" in box.text() or "Writing failed" in box.text()
    box.close()
    assert storage.list_documents(vault, letter_case.case_id) == []


def test_save_options_warn_and_check_the_password(qtbot):
    options = SaveOptionsDialog()
    qtbot.addWidget(options)
    options.open()
    assert "AES-256" in options.algorithm_note.text()
    assert options.protect_check.isChecked()
    type_text(options.password_edit, "kort")
    options.ok_button.click()
    assert options.isVisible() and options.error_label.isVisible()
    # long enough for the old 8-character rule, but easy to guess: refused like a weak vault passphrase
    options.password_edit.setText("wachtwoord2026")
    options.repeat_edit.setText("wachtwoord2026")
    options.ok_button.click()
    assert options.isVisible() and options.error_label.isVisible()
    meter = options.findChild(QProgressBar, "strengthMeter")
    assert meter is not None and meter.isVisible() and meter.value() < 3
    options.password_edit.setText("lang-genoeg-wachtwoord-ë")
    type_text(options.repeat_edit, "anders-wachtwoord-ë")
    options.ok_button.click()
    assert options.isVisible()
    options.repeat_edit.setText("lang-genoeg-wachtwoord-ë")
    with qtbot.waitSignal(options.accepted):
        options.ok_button.click()
    assert options.password() == "lang-genoeg-wachtwoord-ë"
    options.protect_check.setChecked(False)
    assert options.password() is None and options.problem() == ""


def test_save_button_opens_the_warning_first(qtbot, ctx, letter_case):
    dialog = open_dialog(qtbot, ctx, letter_case.case_id)
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    dialog.save_button.click()
    options = dialog.findChild(SaveOptionsDialog, "saveOptionsDialog")
    assert options is not None and options.isVisible()
    options.reject()


def test_font_warning_for_characters_the_font_lacks(qtbot, ctx, vault):
    # Arabic is drawn (joined, right to left); the Chinese characters have no glyph in any bundled font
    case = make_letter_case(vault, first_name="سارة", last_name="王小明")
    dialog = open_dialog(qtbot, ctx, case.case_id)
    qtbot.waitUntil(dialog.font_warning.isVisible, timeout=WAIT)
    assert "王" in dialog.font_warning.text() and "س" not in dialog.font_warning.text()
    rebuild(qtbot, dialog, lambda: dialog.section_checks["person"].setChecked(False))
    assert not dialog.font_warning.isVisible()


def test_open_letter_dialog_and_lock(qtbot, ctx, letter_case):
    dialog = open_letter_dialog(ctx, letter_case.case_id, None, template="referral")
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    assert dialog.isVisible() and dialog.template() == "referral"
    preview = dialog.preview
    ctx.lock()
    assert preview.page_count() == 0 and preview.data() == b""
    qtbot.waitUntil(lambda: not any(isinstance(w, LetterDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=WAIT)


def test_print_button_opens_the_print_dialog_without_blocking(qtbot, ctx, letter_case):
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = open_dialog(qtbot, ctx, letter_case.case_id)
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    dialog.print_button.click()  # returns at once: QPrintDialog.open()
    printer_dialog = dialog.preview.findChild(QPrintDialog, "printDialog")
    assert printer_dialog is not None and printer_dialog.isVisible()
    printer_dialog.reject()


def test_save_button_warns_then_asks_where(qtbot, ctx, vault, letter_case, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    dialog = open_dialog(qtbot, ctx, letter_case.case_id)
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    dialog.save_button.click()
    options = dialog.findChild(SaveOptionsDialog, "saveOptionsDialog")
    options.protect_check.setChecked(False)
    options.ok_button.click()
    chooser = dialog.findChild(QFileDialog, "saveFileDialog")
    assert chooser is not None and chooser.isVisible()
    suggested = chooser.selectedFiles()[0]
    # says what it is (issue 18), and nothing about the case or the person
    assert Path(suggested).name == f"overdrachtsbrief-{dt.date.today().isoformat()}.pdf"
    assert letter_case.case_number not in suggested and "Jansen" not in suggested
    target = tmp_path / "gekozen.pdf"
    with qtbot.waitSignal(dialog.stored, timeout=WAIT):
        chooser.fileSelected.emit(str(target))  # what the dialog does when the user picks a file
    assert target.read_bytes() == dialog.preview.data()
    chooser.reject()
