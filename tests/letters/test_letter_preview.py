"""The in-memory PDF preview: loads bytes offscreen, shows the right page count, navigates and zooms,
prints to a QPrinter with the same number of pages, and writes no file anywhere while doing so."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter

from coordinator_app.reports.letters import LetterContent, SectionText, build_letter
from coordinator_app.reports.page_style import Letterhead
from coordinator_app.ui.documents.preview import FIT_WIDTH, PdfPreview
from coordinator_app.ui.pdf_print import PdfLoadError
from tests.helpers import canary_hits, file_contents, holds
from tests.letters.letter_helpers import CANARY, page_count


def home_folder() -> Path:
    """The isolated home of this test run (tests/conftest.py points the XDG folders below it)."""
    return Path(os.environ["XDG_DATA_HOME"]).parent


HEAD = Letterhead(municipality="Gemeente Zwolle", coordinator_name="Anna de Vries", place="Zwolle")


def letter(paragraphs: int) -> bytes:
    body = "\n\n".join(f"Alinea {i} over {CANARY} met genoeg woorden om de regel te vullen." for i in range(paragraphs))
    return build_letter("case_summary", HEAD, None, LetterContent(care_needs=SectionText(text=body)),
                        ["care_needs"], "nl", dt.date(2026, 3, 5))


@pytest.fixture
def preview(qtbot):
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(700, 760)
    widget.show()
    return widget


def files_below(folder: Path, skip: Path | None = None) -> set[str]:
    out = set()
    for root, dirs, files in os.walk(folder):
        if skip is not None and Path(root).resolve().is_relative_to(skip):
            dirs[:] = []
            continue
        out.update(os.path.join(root, f) for f in files)
    return out


def is_rendered(widget: PdfPreview) -> bool:
    image = widget.view.viewport().grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    return len(colours) > 3  # more than background + white page: text was painted


@pytest.mark.parametrize("paragraphs", [1, 60])
def test_preview_loads_bytes_and_shows_the_page_count(qtbot, preview, paragraphs):
    data = letter(paragraphs)
    preview.set_pdf(data)
    assert preview.page_count() == page_count(data)
    assert preview.page_total.text().endswith(str(page_count(data)))
    assert preview.data() == data
    qtbot.waitUntil(lambda: is_rendered(preview), timeout=10_000)  # QPdfView renders asynchronously


def test_navigation_and_zoom(qtbot, preview):
    data = letter(60)
    preview.set_pdf(data)
    count = preview.page_count()
    assert count >= 3
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    preview.next_button.click()
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    assert preview.page_spin.value() == 2
    preview.page_spin.setValue(count)
    qtbot.waitUntil(lambda: preview.current_page() == count - 1)
    assert not preview.next_button.isEnabled()
    preview.set_zoom(1.5)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom and preview.view.zoomFactor() == 1.5
    preview.zoom_in_button.click()
    assert preview.view.zoomFactor() == 2.0
    preview.zoom_out_button.click()
    assert preview.view.zoomFactor() == 1.5
    preview.set_zoom(FIT_WIDTH)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.view.verticalScrollBarPolicy().name == "ScrollBarAlwaysOn"  # FitToWidth loop guard


@pytest.mark.parametrize("paragraphs", [1, 60])
def test_print_to_pdf_printer_gives_the_same_page_count(qtbot, preview, tmp_path, paragraphs):
    data = letter(paragraphs)
    preview.set_pdf(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"  # the test's explicit "save": the printer's output file
    printer.setOutputFileName(str(out))
    printer.setResolution(100)
    assert preview.print_to(printer) == page_count(data)
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == page_count(data)


def test_no_file_is_written_to_preview_or_print(qtbot, preview, tmp_path, monkeypatch):
    system_tmp = Path(tempfile.gettempdir()).resolve()
    own_tmp = tmp_path / "tmpdir"
    own_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(own_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(own_tmp))
    pytest_tmp = tmp_path.resolve().parent.parent  # pytest's own base folder holds tmp_path
    before = files_below(system_tmp, skip=pytest_tmp)
    home_before = files_below(home_folder())

    data = letter(8)
    preview.set_pdf(data)
    qtbot.waitUntil(lambda: is_rendered(preview), timeout=10_000)
    preview.go_to_page(1)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    assert preview.print_to(printer) == page_count(data)
    preview.clear()

    assert list(own_tmp.iterdir()) == []
    # other programs share the system's temporary folder: none of what appeared there may hold the letter
    for path in files_below(system_tmp, skip=pytest_tmp) - before:
        with contextlib.suppress(OSError):
            assert not holds(file_contents(Path(path)), CANARY), path  # its text if a PDF, its members if a ZIP
    assert files_below(home_folder()) - home_before == set()
    assert canary_hits(CANARY, own_tmp, home_folder()) == []


def test_clear_forgets_the_document(qtbot, preview):
    preview.set_pdf(letter(2))
    preview.clear()
    assert preview.page_count() == 0 and preview.data() == b""
    assert preview.stack.currentWidget() is preview.placeholder
    assert not preview.page_spin.isEnabled()


def test_bytes_that_are_no_pdf_are_refused(qtbot, preview):
    with pytest.raises(PdfLoadError):
        preview.set_pdf(b"dit is geen pdf")
    assert preview.page_count() == 0


def test_long_print_shows_cancellable_progress_and_cancel_prints_nothing(qtbot, preview, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    from coordinator_app.ui import pdf_print

    data = letter(200)
    pages = page_count(data)
    assert pages > pdf_print.PROGRESS_FROM_PAGES
    preview.set_pdf(data)
    seen: list[tuple[int, int]] = []

    class Recording(QProgressDialog):
        cancel_after: int | None = None

        def setValue(self, value: int) -> None:
            super().setValue(value)
            seen.append((value, self.maximum()))
            assert self.objectName() == "printProgress" and self.isVisible()
            if Recording.cancel_after is not None and value >= Recording.cancel_after:
                self.cancel()

    monkeypatch.setattr(pdf_print, "QProgressDialog", Recording)

    def printer(name: str) -> QPrinter:
        result = QPrinter(QPrinter.PrinterMode.HighResolution)
        result.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        result.setOutputFileName(str(tmp_path / name))
        result.setResolution(50)
        return result

    assert preview.print_to(printer("all.pdf")) == pages
    assert seen[0] == (0, pages) and seen[-1] == (pages - 1, pages)
    seen.clear()
    Recording.cancel_after = 2
    assert preview.print_to(printer("cancelled.pdf")) == 0  # nothing counts as printed, nothing is audited
    assert seen[-1][0] == 2


def test_short_print_needs_no_progress_dialog(qtbot, preview, tmp_path, monkeypatch):
    from coordinator_app.ui import pdf_print

    def forbidden(*_args, **_kwargs):
        raise AssertionError("no progress dialog for a short print")

    monkeypatch.setattr(pdf_print, "QProgressDialog", forbidden)
    data = letter(1)
    preview.set_pdf(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "kort.pdf"))
    assert preview.print_to(printer) == page_count(data)
