"""The letter dialog's case picker shows the person's name with number and status (the same picker as
everywhere); the letter's file name and the audit lines still carry no personal data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from coordinator_app.services.cases import store
from tests.letters.letter_helpers import CANARY, CANARY_LAST, make_letter_case

WAIT = 15_000


def test_picker_shows_names_and_the_letter_keeps_them_out_of_file_name_and_audit(qtbot, ctx, vault, tmp_path: Path):
    from coordinator_app.ui.documents.case_picker import CaseListModel, CasePickerDialog
    from coordinator_app.ui.documents.letter_dialog import LetterDialog

    letter_case = make_letter_case(vault)
    anonymous = store.create_case(vault, store.CaseInput(
        signal_received_on="2026-03-04", person=store.PersonInput(first_name="Verborgen", anonymous=True)))
    picker = CasePickerDialog(ctx)  # deletes itself when closed (not handed to qtbot)
    qtbot.waitUntil(lambda: picker.model.rowCount() == 2, timeout=WAIT)
    texts = {picker.model.index(r, 0).data(CaseListModel.IdRole): picker.model.index(r, 0).data()
             for r in range(2)}
    shown = texts[letter_case.case_id].split("  ·  ")
    assert shown[0] == letter_case.case_number and shown[1] == f"{CANARY} {CANARY_LAST}"
    assert shown[2] in ("Actief", "Active")
    assert "Verborgen" not in texts[anonymous]  # an anonymous person's name is not shown

    picker.filter_edit.setText(CANARY_LAST.lower())  # found by name
    qtbot.waitUntil(lambda: picker.proxy.rowCount() == 1, timeout=WAIT)
    assert picker.selected_case_id() == letter_case.case_id
    with qtbot.waitSignal(picker.casePicked, timeout=WAIT) as picked:
        picker.ok_button.click()
    assert picked.args == [letter_case.case_id]

    dialog = LetterDialog(ctx, letter_case.case_id, None, "handover")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewReady, timeout=WAIT):
        dialog.show()
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    name = dialog.default_file_name()
    for personal in (CANARY, CANARY_LAST, letter_case.case_number, "Jansen", "Opvang"):
        assert personal.casefold() not in name.casefold()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    with qtbot.waitSignal(dialog.stored, timeout=WAIT):
        assert dialog.print_to(printer) > 0
    lines = vault.execute_sql("SELECT * FROM audit_events")
    assert any("letter_printed" in line for line in lines)
    for line in lines:
        text = " ".join(str(v) for v in line)
        assert CANARY not in text and CANARY_LAST not in text, line
