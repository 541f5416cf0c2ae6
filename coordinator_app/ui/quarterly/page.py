"""The Rapportages page: the anonymised quarterly counts, previewed exactly as they are exported.

Choose a quarter and the threshold (from the setting `suppression_threshold`, changeable for this
export only); the page computes the published table and the trend of the last four quarters on the
vault worker (`quarterly_files.gather`) and shows one tab per measure (model/view; hidden cells
marked with a tint and a tooltip), a QPainter trend chart and a short explanation of why cells are
hidden. A quarter exported before shows the table released then (and its threshold); the check
box "correction" computes a new version instead (docs/DISCLOSURE.md). Export CSV/XLSX/PDF: a
warning that the file leaves the vault (counts only), a save dialog, then store the release, render,
atomic write and audit on the vault worker, with a progress row. The export uses the very table
previewed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.disclosure import (
    DEFAULT_THRESHOLD,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    PUBLISHED_MEASURES,
    PUBLISHED_PERSON_MEASURES,
    explanation,
    hidden_lines,
)
from coordinator_app.domain.quarter import Quarter
from coordinator_app.domain.quarterly_table import measure_label
from coordinator_app.reports.quarterly_texts import quarterly_texts
from coordinator_app.services.quarterly import counts, exports
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.page import Page
from coordinator_app.ui.quarterly.models import COL_CODE, COL_LABEL, COL_VALUE, PreviewModel
from coordinator_app.ui.quarterly.side_panel import ReportsSidePanel
from coordinator_app.ui.save_names import documents_folder
from coordinator_app.ui.worker import JobControl, run_db

QUARTERS_OFFERED = 12
FORMAT_NAMES = {"csv": "CSV", "xlsx": "Excel (XLSX)", "pdf": "PDF"}


class ReportsPage(Page):
    page_id = "reports"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._serial = 0
        self._busy = False
        self._data: exports.ReportData | None = None
        self._setting_threshold = DEFAULT_THRESHOLD
        self.models = {m: PreviewModel(m, self) for m in PUBLISHED_MEASURES}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self._controls())
        layout.addWidget(self._progress_row())
        splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="reportsSplitter")
        splitter.addWidget(self._tables())
        splitter.addWidget(self._side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 470])
        layout.addWidget(splitter, 1)
        self.status_label = QLabel(self, objectName="reportsStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status_label)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        self._hidden_reload = False  # a reload asked for while the page was not shown: it runs at the next show
        ctx.changed.connect(self._changed)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Reports")

    def tab_label(self, measure: str) -> str:
        return {"opened": self.tr("Opened"), "closed": self.tr("Closed"), "outcome": self.tr("Route outcomes"),
                "network": self.tr("Network")}[measure]

    def short_label(self, measure: str) -> str:
        """Short names of the person measures for the summary line and the chart legend."""
        return {"opened": self.tr("Opened"), "closed": self.tr("Closed")}[measure]

    # --- building -----------------------------------------------------------------------------------

    def _controls(self) -> QFrame:
        card = QFrame(self, objectName="reportsControls")
        card.setProperty("card", True)
        rows = QVBoxLayout(card)  # two rows: what to count, then how to publish (fits 1280 px)
        rows.setContentsMargins(14, 8, 14, 8)
        row = QHBoxLayout()
        rows.addLayout(row)
        quarter_label = QLabel(self.tr("&Quarter:"), card)
        self.quarter_combo = QComboBox(card, objectName="reportsQuarter")
        self.quarter_combo.setAccessibleName(self.tr("Quarter"))
        self.quarter_combo.setMinimumContentsLength(20)
        quarter_label.setBuddy(self.quarter_combo)
        self._fill_quarters()
        self.quarter_combo.currentIndexChanged.connect(lambda _i: self._schedule())
        threshold_label = QLabel(self.tr("&Threshold:"), card)
        self.threshold_spin = QSpinBox(card, objectName="reportsThreshold")
        self.threshold_spin.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold_spin.setValue(DEFAULT_THRESHOLD)
        self.threshold_spin.setAccessibleName(self.tr("Threshold for hiding small numbers"))
        self.threshold_spin.setToolTip(self.tr("Numbers from 1 up to the threshold minus one are hidden."))
        threshold_label.setBuddy(self.threshold_spin)
        self.threshold_spin.valueChanged.connect(lambda _v: self._schedule())
        self.setting_label = QLabel(card, objectName="reportsThresholdSetting")
        self.setting_label.setProperty("role", "muted")
        self.correction_check = QCheckBox(self.tr("C&orrection (new version)"), card, objectName="reportsCorrection")
        self.correction_check.setAccessibleName(self.tr("Publish a corrected version of a quarter exported before"))
        self.correction_check.setToolTip(self.tr(
            "A quarter exported before gives the same table again. Tick this only to publish a corrected "
            "version from today's data; it keeps every group of the earlier version together."))
        self.correction_check.toggled.connect(lambda _v: self._schedule())
        for widget in (quarter_label, self.quarter_combo, threshold_label, self.threshold_spin, self.setting_label):
            row.addWidget(widget)
        row.addStretch(1)
        row = QHBoxLayout()
        rows.addLayout(row)
        row.addWidget(self.correction_check)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Export:"), card))
        self.export_buttons: dict[str, QPushButton] = {}
        texts = {"csv": self.tr("&CSV…"), "xlsx": self.tr("E&xcel (XLSX)…"), "pdf": self.tr("&PDF report…")}
        for fmt, text in texts.items():
            button = QPushButton(text, card, objectName=f"reportsExport_{fmt}")
            button.setAccessibleName(self.tr("Export as %1").replace("%1", FORMAT_NAMES[fmt]))
            button.clicked.connect(lambda _c=False, f=fmt: self.ask_export(f))
            row.addWidget(button)
            self.export_buttons[fmt] = button
        self.export_buttons["pdf"].setProperty("primary", True)
        self.export_buttons["pdf"].setShortcut(QKeySequence("Ctrl+Shift+E"))
        return card

    def _fill_quarters(self) -> None:
        names = quarterly_texts(self.ctx.lang if self.ctx.lang in ("nl", "en") else "nl")
        current = Quarter.current()
        for k in range(QUARTERS_OFFERED):
            quarter = current.previous(k)
            suffix = self.tr(" (running)") if k == 0 else ""
            self.quarter_combo.addItem(f"{quarter} — {names.quarter_name(quarter)}{suffix}", str(quarter))
        self.quarter_combo.setCurrentIndex(1)  # the last complete quarter

    def _progress_row(self) -> QWidget:
        box = QWidget(self, objectName="reportsProgressRow")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(box, objectName="reportsProgressLabel")
        self.progress = QProgressBar(box, objectName="reportsProgress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        row.addWidget(self.progress_label)
        row.addWidget(self.progress, 1)
        box.setVisible(False)
        self.progress_row = box
        return box

    def _tables(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(box, objectName="reportsSummary")
        self.summary_label.setProperty("role", "subheading")
        self.summary_label.setWordWrap(True)
        column.addWidget(self.summary_label)
        self.tabs = QTabWidget(box, objectName="reportsTabs")
        self.views: dict[str, QTableView] = {}
        for measure in PUBLISHED_MEASURES:
            view = QTableView(self.tabs, objectName=f"reportsTable_{measure}")
            view.setModel(self.models[measure])
            view.setAccessibleName(measure_label(measure, self._lang()))
            view.verticalHeader().hide()
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setWordWrap(False)
            view.verticalHeader().setDefaultSectionSize(24)
            header = view.horizontalHeader()
            header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(COL_VALUE, 90)
            self.models[measure].modelReset.connect(lambda v=view, m=measure: self._spans(v, m))
            index = self.tabs.addTab(view, self.tab_label(measure))
            self.tabs.setTabToolTip(index, measure_label(measure, self._lang()))
            self.views[measure] = view
        column.addWidget(self.tabs, 1)
        return box

    def _side(self) -> QWidget:
        side = ReportsSidePanel(self)
        self.trend, self.explanation_label, self.leaves_label = side.trend, side.explanation_label, side.leaves_label
        return side

    def _spans(self, view: QTableView, measure: str) -> None:
        view.clearSpans()
        for row in self.models[measure].heading_rows():
            view.setSpan(row, 0, 1, 3)

    def _lang(self) -> str:
        return self.ctx.lang if self.ctx.lang in ("nl", "en") else "nl"

    # --- state --------------------------------------------------------------------------------------

    def quarter(self) -> Quarter:
        return Quarter.parse(self.quarter_combo.currentData())

    def threshold(self) -> int:
        return self.threshold_spin.value()

    @property
    def data(self) -> exports.ReportData | None:
        """What the preview shows and an export writes (None while computing or locked)."""
        return self._data

    def _update_buttons(self) -> None:
        ready = self.ctx.is_unlocked and self._data is not None and not self._busy
        for button in self.export_buttons.values():
            button.setEnabled(ready)
        self.quarter_combo.setEnabled(self.ctx.is_unlocked)
        self.threshold_spin.setEnabled(self.ctx.is_unlocked)
        self.correction_check.setEnabled(self.ctx.is_unlocked)

    def _set_busy(self, text: str | None) -> None:
        self._busy = text is not None
        self.progress_label.setText(text or "")
        self.progress_row.setVisible(self._busy)
        self._update_buttons()

    # --- loading ------------------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        vault = self.ctx.vault
        self._serial += 1
        serial = self._serial

        def load(_control: JobControl) -> int:
            try:
                return counts.threshold_setting(vault)
            except counts.ThresholdInvalid:
                return DEFAULT_THRESHOLD

        run_db(load, lambda value: self._setting_loaded(serial, value), self._show_error)

    def _setting_loaded(self, serial: int, value: int) -> None:
        if serial != self._serial or not self.ctx.is_unlocked:
            return
        self._setting_threshold = value
        self.setting_label.setText(self.tr("(setting: %1)").replace("%1", str(value)))
        self.threshold_spin.blockSignals(True)
        self.threshold_spin.setValue(value)
        self.threshold_spin.blockSignals(False)
        self.reload()

    def on_locked(self) -> None:
        self._serial += 1
        self._timer.stop()
        self._data = None
        for model in self.models.values():
            model.clear()
        self.trend.clear()
        self.summary_label.clear()
        self.explanation_label.clear()
        self.status_label.clear()
        self.setting_label.clear()
        self._set_busy(None)
        self.quarter_combo.setEnabled(False)  # the context still counts as unlocked while `locked` is emitted
        self.threshold_spin.setEnabled(False)
        self.correction_check.setEnabled(False)

    def _changed(self, area: str, _item_id: int) -> None:
        if area == "settings" and self.ctx.is_unlocked:
            self.on_unlocked()
        elif area in ("case", "network_work", "organisation") and self.ctx.is_unlocked:
            self._schedule()

    def _schedule(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self._data = None
        self._update_buttons()
        self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._hidden_reload:
            self.reload()

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self._timer.stop()
        if not self.isVisible():
            # computed when the page is shown, not at every unlock: the disclosure check loads SciPy and NumPy
            # (about 75 MB), which a session that never opens Rapportages does not need
            self._hidden_reload = True
            self._data = None
            self._update_buttons()
            return
        self._hidden_reload = False
        self._serial += 1
        serial, vault, quarter, threshold = self._serial, self.ctx.vault, self.quarter(), self.threshold()
        correction = self.correction_check.isChecked()
        self._data = None
        self._set_busy(self.tr("Computing the figures of %1…").replace("%1", str(quarter)))
        run_db(lambda _c: exports.gather(vault, quarter, threshold, correction, strict=False),
               lambda data: self._show(serial, data), lambda exc: self._failed(serial, exc))

    def _failed(self, serial: int, exc: BaseException) -> None:
        if serial != self._serial:
            return
        self._set_busy(None)
        self._show_error(exc)

    def _show(self, serial: int, data: exports.ReportData) -> None:
        if serial != self._serial or not self.ctx.is_unlocked:
            return
        lang = self._lang()
        self._data = data
        published = data.published
        for model in self.models.values():
            model.set_table(published, lang)
        totals = [f"{self.short_label(m)}: {published.value(m, 'total', 'all')}" for m in PUBLISHED_PERSON_MEASURES]
        self.summary_label.setText("   ·   ".join(totals))
        self.trend.set_data([str(t.quarter) for t in data.trend],
                            [(self.short_label(m), [t.value(m, "total", "all") for t in data.trend])
                             for m in PUBLISHED_PERSON_MEASURES])
        lines = explanation(published.threshold, lang)
        hidden = hidden_lines(published, lang)
        count = hidden or [self.tr("No number had to be hidden or grouped in this quarter.")]
        self.explanation_label.setText("\n".join([*count, *(f"•  {line}" for line in lines)]))
        self.status_label.setText(self._release_text(data))
        self._set_busy(None)

    def _release_text(self, data: exports.ReportData) -> str:
        plan, published = data.plan, data.published
        if plan.reused:
            text = self.tr("%1 was exported before (version %2, threshold %3): an export gives the same table.")
            return text.replace("%1", str(published.quarter)).replace("%2", str(published.version)).replace(
                "%3", str(published.threshold))
        if plan.earlier_versions:
            text = self.tr("Correction: an export publishes version %1 of %2 (threshold %3).")
            return text.replace("%1", str(published.version)).replace("%2", str(published.quarter)).replace(
                "%3", str(published.threshold))
        return self.tr("%1 has not been exported yet: an export stores this table, and later exports give it "
                       "again.").replace("%1", str(published.quarter))

    # --- export -------------------------------------------------------------------------------------

    def ask_export(self, fmt: str) -> None:
        """Warn that the file leaves the vault, then ask where (both non-blocking)."""
        if self._data is None or self._busy:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export leaves the vault"), self.tr(
            "The file is saved outside the encrypted vault. It contains only the counts shown here, with small "
            "numbers hidden: no names, case numbers, notes or dates finer than the quarter.\n\n"
            "Keep it with the municipality's reports and share it only with those who need it."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("reportsExportWarning")
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Choose where to save…"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.accepted.connect(lambda: self._ask_file(fmt))
        self.warning_box = box
        box.open()

    def _ask_file(self, fmt: str) -> None:
        if self._data is None:
            return
        name = exports.default_filename(self._data.published.quarter, fmt)
        filters = {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                   "pdf": self.tr("PDF documents (*.pdf)")}
        dialog = QFileDialog(self, self.tr("Save the quarterly figures"), str(documents_folder() / name), filters[fmt])
        dialog.setObjectName("reportsSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(fmt)
        dialog.fileSelected.connect(lambda path: self.export_to(fmt, path))
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, fmt: str, path: str) -> None:
        """Render the previewed table in `fmt` and write it to `path` (vault worker), then say where."""
        if not path or self._data is None or not self.ctx.is_unlocked or self._busy:
            return
        vault, data, lang = self.ctx.vault, self._data, self._lang()
        quarter = data.published.quarter

        def work(_control: JobControl) -> Path:
            content = exports.render(data, fmt, lang)
            return exports.save(vault, quarter, fmt, path, content, data.plan)

        def done(written: Path) -> None:
            self._set_busy(None)
            self.status_label.setText(self.tr("Saved: %1").replace("%1", str(written)))
            self.ctx.notify("export")  # the previewed table is the stored release now; exporting again gives it

        def failed(exc: BaseException) -> None:
            self._set_busy(None)
            self._show_error(exc)

        self._set_busy(self.tr("Writing the %1 file…").replace("%1", FORMAT_NAMES[fmt]))
        run_db(work, done, failed)

    def _show_error(self, exc: BaseException) -> None:
        show_error(self.window(), exc, self.tr("Reports"))

