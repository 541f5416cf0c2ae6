"""pytest-qt tests of the Rapportages page: preview exactly as exported, threshold and quarter, trend,
export through the warning and the save dialog, errors, and clearing on lock."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from coordinator_app.db.vault import Vault
from coordinator_app.domain.disclosure import PUBLISHED_MEASURES
from coordinator_app.domain.quarter import Quarter
from coordinator_app.reports.quarterly_export import csv_bytes
from coordinator_app.services import audit
from coordinator_app.services.quarterly import counts, releases
from coordinator_app.services.settings import settings
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.quarterly.models import COL_VALUE, HEADING_ROLE, STATUS_ROLE, VALUE_ROLE
from coordinator_app.ui.quarterly.page import ReportsPage
from tests.helpers import settle

TIMEOUT = 30_000
QUARTER = Quarter.current().previous()


def close_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox | QFileDialog) and widget.isVisible():
            texts.append(widget.text() if isinstance(widget, QMessageBox) else widget.objectName())
            widget.close()
    return texts


@pytest.fixture
def page(qtbot, demo_vault: Vault):
    ctx = AppContext(str(demo_vault.folder))
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1166, 690)
    widget.show()
    ctx.set_vault(demo_vault)
    qtbot.waitUntil(lambda: widget.data is not None, timeout=TIMEOUT)
    yield widget
    settle(qtbot)
    close_boxes()
    if ctx.is_unlocked:
        ctx.lock()


def test_preview_is_exactly_the_published_table(qtmodeltester, page: ReportsPage, demo_vault: Vault) -> None:
    assert page.page_id == "reports" and page.title() in ("Reports", "Rapportages")
    assert page.quarter() == QUARTER and page.threshold() == 5
    expected = counts.quarterly_report(demo_vault, QUARTER)
    assert page.data.published == expected
    assert "active_at_end" not in page.models  # the stock is not published
    for measure in PUBLISHED_MEASURES:
        model = page.models[measure]
        qtmodeltester.check(model)
        shown = model.values()
        assert shown == [(c.dimension, c.category, c.value) for c in expected.cells if c.measure == measure]
        rows = [r for r in range(model.rowCount()) if not model.index(r, 0).data(HEADING_ROLE)]
        texts = [model.index(r, COL_VALUE).data() for r in rows]
        assert texts == [str(c.value) for c in expected.cells if c.measure == measure]  # as in the CSV
    assert not expected.summary().nothing_hidden, "the demo quarter should hide something"


def test_hidden_cells_look_different_and_explain_themselves(qtbot, page: ReportsPage) -> None:
    page.threshold_spin.setValue(7)  # so that route outcomes have small counts too
    qtbot.waitUntil(lambda: page.data is not None and page.data.published.threshold == 7, timeout=TIMEOUT)
    marked = []
    for measure, wanted in (("opened", "group"), ("outcome", "primary")):
        model = page.models[measure]
        rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(STATUS_ROLE) == wanted]
        shown = [r for r in range(model.rowCount()) if model.index(r, 0).data(STATUS_ROLE) == "shown"]
        assert rows and shown, measure
        for r in rows:
            index = model.index(r, COL_VALUE)
            assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
            assert index.data(Qt.ItemDataRole.FontRole).italic()
            assert index.data(Qt.ItemDataRole.ToolTipRole)
            value = index.data(VALUE_ROLE)
            assert value == "<7" if wanted == "primary" else (isinstance(value, int) and value >= 7)
            if wanted == "group":
                assert "+" in model.index(r, 0).data() and "+" in model.index(r, 1).data()
            marked.append(r)
        assert model.index(shown[0], COL_VALUE).data(Qt.ItemDataRole.BackgroundRole) is None
        assert model.index(shown[0], COL_VALUE).data(Qt.ItemDataRole.ToolTipRole) is None
    text = page.explanation_label.text()
    assert "<7" in text and "A + B" in text
    assert page.trend.quarters == [str(q) for q in QUARTER.trailing(4)]
    assert [label for label, _v in page.trend.series] == [page.short_label(m) for m in ("opened", "closed")]


def test_threshold_and_quarter_change_the_preview(qtbot, page: ReportsPage, demo_vault: Vault) -> None:
    page.threshold_spin.setValue(11)
    assert page.data is None and not page.export_buttons["csv"].isEnabled()  # stale preview cannot be exported
    qtbot.waitUntil(lambda: page.data is not None and page.data.published.threshold == 11, timeout=TIMEOUT)
    assert page.data.published == counts.quarterly_report(demo_vault, QUARTER, threshold=11)
    assert settings.get(demo_vault, "suppression_threshold") == 5  # changed for this export only
    page.quarter_combo.setCurrentIndex(2)
    earlier = QUARTER.previous()
    qtbot.waitUntil(lambda: page.data is not None and page.data.published.quarter == earlier, timeout=TIMEOUT)
    assert page.data.published == counts.quarterly_report(demo_vault, earlier, threshold=11)


def test_threshold_setting_is_the_default(qtbot, page: ReportsPage, demo_vault: Vault) -> None:
    settings.set_many(demo_vault, {"suppression_threshold": 10})
    page.ctx.notify("settings")
    qtbot.waitUntil(lambda: page.threshold() == 10 and page.data is not None
                    and page.data.published.threshold == 10, timeout=TIMEOUT)
    assert "10" in page.setting_label.text()


def _export_via_dialogs(qtbot, page: ReportsPage, fmt: str, path: Path) -> None:
    page.export_buttons[fmt].click()
    box = page.warning_box
    assert box.isVisible() and box.objectName() == "reportsExportWarning"
    assert "kluis" in box.text() or "vault" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.file_dialog.isVisible(), timeout=TIMEOUT)
    assert page.file_dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert f"kwartaalcijfers-{QUARTER}" in page.file_dialog.selectedFiles()[0]
    page.file_dialog.fileSelected.emit(str(path))
    page.file_dialog.close()
    qtbot.waitUntil(lambda: path.exists() and not page.progress_row.isVisible(), timeout=TIMEOUT)


def test_export_all_formats_writes_what_is_previewed(qtbot, page: ReportsPage, demo_vault: Vault,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("csv", "xlsx", "pdf"):
        _export_via_dialogs(qtbot, page, fmt, out / f"k.{fmt}")
        assert str(out / f"k.{fmt}") in page.status_label.text()
    assert (out / "k.csv").read_bytes() == csv_bytes(page.data.published)
    assert openpyxl.load_workbook(out / "k.xlsx").sheetnames[-1] == "Netwerk"
    assert "Kwartaalrapportage" in PdfReader(out / "k.pdf").pages[0].extract_text()
    details = [e.detail for e in audit.events(demo_vault, limit=10) if e.event == "export_quarterly"]
    assert sorted(details) == sorted(f"{QUARTER}:{f}" for f in ("csv", "xlsx", "pdf"))


def test_cancel_in_the_warning_writes_nothing(qtbot, page: ReportsPage, demo_vault: Vault) -> None:
    page.export_buttons["csv"].click()
    page.warning_box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot)
    assert not getattr(page, "file_dialog", None) or not page.file_dialog.isVisible()
    assert all(e.event != "export_quarterly" for e in audit.events(demo_vault, limit=10))


def test_export_to_a_bad_place_shows_a_dutch_error(qtbot, page: ReportsPage, tmp_path: Path) -> None:
    page.export_to("csv", str(tmp_path / "bestaat-niet" / "k.csv"))
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.objectName() == "errorDialog" and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=TIMEOUT)
    texts = close_boxes()
    assert any("opgeslagen" in t or "saved" in t for t in texts)
    assert page.export_buttons["csv"].isEnabled()


def test_lock_clears_everything(qtbot, page: ReportsPage) -> None:
    page.ctx.lock()
    assert page.data is None
    assert all(model.rowCount() == 0 for model in page.models.values())
    assert page.trend.quarters == [] and page.explanation_label.text() == "" and page.summary_label.text() == ""
    assert not any(button.isEnabled() for button in page.export_buttons.values())
    assert not page.threshold_spin.isEnabled()


def test_preview_follows_changes_in_the_vault(qtbot, page: ReportsPage, demo_vault: Vault) -> None:
    from coordinator_app.services.cases import store

    before = counts.quarterly_counts(demo_vault, QUARTER).total("opened")
    store.create_case(demo_vault, store.CaseInput(signal_received_on=QUARTER.first_day, status="active",
                                                  opened_on=QUARTER.first_day))
    assert counts.quarterly_counts(demo_vault, QUARTER).total("opened") == before + 1
    page.ctx.notify("case", 1)
    expected = counts.quarterly_report(demo_vault, QUARTER)
    qtbot.waitUntil(lambda: page.data is not None and page.data.published == expected, timeout=TIMEOUT)


def test_an_exported_quarter_comes_back_unchanged_unless_corrected(
    qtbot, page: ReportsPage, demo_vault: Vault, tmp_path: Path
) -> None:
    from coordinator_app.services.cases import store

    assert str(QUARTER) in page.status_label.text() and not page.data.plan.reused
    _export_via_dialogs(qtbot, page, "csv", tmp_path / "k.csv")
    released = releases.versions(demo_vault, QUARTER)
    assert [v.version for v in released] == [1] and released[0] == page.data.published
    for _ in range(6):  # the data change after the release
        store.create_case(demo_vault, store.CaseInput(signal_received_on=QUARTER.first_day, status="active",
                                                      opened_on=QUARTER.first_day, municipality="Ommen"))
    page.ctx.notify("case", 1)
    qtbot.waitUntil(lambda: page.data is not None and page.data.plan.reused, timeout=TIMEOUT)
    assert page.data.published == released[0]
    assert page.data.published != counts.quarterly_report(demo_vault, QUARTER)
    page.correction_check.setChecked(True)
    qtbot.waitUntil(lambda: page.data is not None and not page.data.plan.reused, timeout=TIMEOUT)
    assert page.data.published.version == 2
    assert page.data.published.total("opened") == counts.quarterly_counts(demo_vault, QUARTER).total("opened")
    assert "2" in page.status_label.text()
    _export_via_dialogs(qtbot, page, "csv", tmp_path / "k2.csv")
    assert [v.version for v in releases.versions(demo_vault, QUARTER)] == [1, 2]
    assert (tmp_path / "k2.csv").read_bytes() == csv_bytes(page.data.published)


def test_the_figures_are_computed_when_the_page_is_shown_not_at_unlock(qtbot, demo_vault: Vault) -> None:
    """A session that never opens Rapportages does not compute the quarter (nor load SciPy for it)."""
    ctx = AppContext(str(demo_vault.folder))
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1166, 690)
    ctx.set_vault(demo_vault)  # unlocked while the page is hidden
    settle(qtbot)
    assert widget.data is None and not widget.progress_row.isVisible()
    widget.show()
    qtbot.waitUntil(lambda: widget.data is not None, timeout=TIMEOUT)
    assert widget.data.published == counts.quarterly_report(demo_vault, QUARTER)
    settle(qtbot)
    ctx.lock()
