"""With a right-to-left name, case number, file or folder name, the sentences and window titles that quote it
show it isolated (FSI ... PDI), so the sentence keeps its order; the value itself is unchanged. The places are
the ones tests/ui/test_bidi_isolation_audit.py checks in the source; here each is shown for real."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from coordinator_app.services.cases import store

FSI, PDI = "\u2068", "\u2069"
CASE_NUMBER = "ملف-٢٠٢٦-٧"  # a case number as a file from elsewhere may hold it (Arabic letters and digits)
TITLE = "تقرير الشرطة.png"
NAME = "\u202eAmal حداد"  # a right-to-left override and Arabic letters
WAIT = 15_000


def _isolated(value: str) -> str:
    return f"{FSI}{value}{PDI}"


def test_letter_dialog_title_isolates_the_case_number(qtbot, ctx, vault) -> None:
    from coordinator_app.ui.documents.letter_dialog import LetterDialog

    case_id = store.create_case(vault, store.CaseInput(
        signal_received_on="2026-03-02", case_number=CASE_NUMBER,
        person=store.PersonInput(first_name="أمل", last_name="حداد")))
    assert store.get_case(vault, case_id).case_number == CASE_NUMBER  # stored as given
    dialog = LetterDialog(ctx, case_id, None, "handover")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: CASE_NUMBER in dialog.windowTitle(), timeout=WAIT)
    assert _isolated(CASE_NUMBER) in dialog.windowTitle()


def test_document_viewer_title_isolates_the_document_title(qtbot) -> None:
    from coordinator_app.ui.cases.tabs_docs import DocumentViewer

    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    viewer = DocumentViewer(TITLE, bytes(data.data()), "image/png")
    qtbot.addWidget(viewer)
    assert viewer.windowTitle() == _isolated(TITLE)


def test_intake_notices_isolate_the_case_number(qtbot) -> None:
    from coordinator_app.ui.intake.home import IntakeHome

    home = IntakeHome()
    qtbot.addWidget(home)
    home.quick_saved(CASE_NUMBER)
    assert _isolated(CASE_NUMBER) in home.quick_status.text()
    home.quick_joined(CASE_NUMBER)
    assert _isolated(CASE_NUMBER) in home.quick_status.text()


def test_contacts_preview_heading_and_unchecked_phone_isolate_the_value(qtbot, ctx) -> None:
    from coordinator_app.ui.network import labels
    from coordinator_app.ui.network.transfer import ImportPreviewDialog

    dialog = ImportPreviewDialog(ctx, [], "جهات الاتصال.vcf")
    qtbot.addWidget(dialog)
    assert _isolated("جهات الاتصال.vcf") in dialog.findChild(QLabel, "importHeading").text()
    typed = "٠٦ ١٢٣٤٥٦٧٨"  # Arabic-Indic digits, kept as typed and marked as not checked
    assert labels.phone_text(typed, None).startswith(_isolated(typed))


def test_vault_folder_name_is_isolated_on_the_unlock_screen_and_status_bar(qtbot, ctx, tmp_path: Path) -> None:
    from coordinator_app.ui.shell.status import ShellStatusBar
    from coordinator_app.ui.unlock.screen import UnlockScreen

    folder = tmp_path / "خزنة"
    folder.mkdir()
    screen = UnlockScreen(folder)
    qtbot.addWidget(screen)
    assert _isolated("خزنة") in screen.folder_label.text()
    assert screen.folder_label.toolTip() == _isolated(str(folder))
    bar = ShellStatusBar(ctx, folder)
    qtbot.addWidget(bar)
    assert _isolated("خزنة") in bar.vault_label.text() and bar.vault_label.toolTip() == _isolated(str(folder))


def test_network_picker_looks_like_isolates_the_name() -> None:
    from coordinator_app.services.network.listing import NetworkRow
    from coordinator_app.ui.network.picker import PickerModel

    model = PickerModel()
    row = NetworkRow(kind="contact", id=1, name=NAME)
    model.similar = {("contact", 1)}
    assert _isolated(NAME) in model.cell(row, model.NAME)  # "lijkt op: <name>": the name cannot reorder it


def test_error_message_isolates_a_folder_name_and_keeps_the_error_as_it_was() -> None:
    from coordinator_app.errors import KnownError
    from coordinator_app.ui.error_dialog import error_text

    folder = "/home/مريم/kluis"
    exc = KnownError("vault_not_found", folder=folder)
    assert _isolated(folder) in error_text(exc)
    assert exc.params == {"folder": folder}  # the error itself is unchanged


def test_intake_signal_list_isolates_case_number_and_signal(qtbot) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt

    from coordinator_app.services.intake.finish import SignalInfo
    from coordinator_app.ui.intake.home_models import SignalModel

    model = SignalModel()
    signal = "\u202eمالک گفت که پاسپورت را نگه می‌دارد"
    model.set_rows([SignalInfo(1, CASE_NUMBER, dt.date(2026, 3, 2), "labour", signal)])
    shown = {model.index(0, c).data() for c in range(model.columnCount())}
    assert {_isolated(CASE_NUMBER), _isolated(signal)} <= shown
    tips = {model.index(0, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(model.columnCount())}
    assert {_isolated(CASE_NUMBER), _isolated(signal)} <= tips
