"""The Dossiers page: the case list (filters, sort on every column, search as you type) and the case
detail, one at a time. The list model holds ids only; the rows it shows are fetched in batches."""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.errors import KnownError
from coordinator_app.services.cases import listing, store
from coordinator_app.services.search.index import MAX_QUERY
from coordinator_app.ui import fit
from coordinator_app.ui.cases.common import call_db, code_combo, combo_code, set_combo
from coordinator_app.ui.cases.detail import CaseDetail
from coordinator_app.ui.cases.list_model import CaseListModel
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.documents.letter_dialog import open_letter_dialog
from coordinator_app.ui.flow import FlowLayout
from coordinator_app.ui.page import Page, build_later

SEARCH_DELAY_MS = 250
log = logging.getLogger("coordinator.cases")


class CaseTable(QTableView):
    """Enter opens the current case (as a double click does)."""

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.doubleClicked.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class CasesPage(Page):
    page_id = "cases"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._generation = 0
        self._sort: tuple[str, bool] = (listing.ACTIVITY, True)
        self.model = CaseListModel(parent=self)
        self.model.sort_requested.connect(self._sort_requested)

        self.new_button = QPushButton(self.tr("&New signal"), self)
        self.new_button.setObjectName("caseNew")
        self.new_button.clicked.connect(lambda: self.ctx.navigate.emit("intake", "", -1))

        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setObjectName("caseImport")
        self.import_button.clicked.connect(self.open_import)
        self.retention_button = QPushButton(self.tr("&Retention review…"), self)
        self.retention_button.setObjectName("caseRetention")
        self.retention_button.clicked.connect(self.open_retention)
        self.duplicates_button = QPushButton(QCoreApplication.translate("DuplicateReviewDialog", "&Duplicates…"), self)
        self.duplicates_button.setObjectName("caseDuplicates")
        self.duplicates_button.clicked.connect(self.open_duplicates)
        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setMaxLength(MAX_QUERY)  # issue 21: very long filters
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setPlaceholderText(self.tr("Search by case number, name, alias or journal text"))
        self.search.setMinimumWidth(300)  # the widest of the filter row (it wraps onto a second line when narrow)
        self.search.setClearButtonEnabled(True)
        # before the table: enabling its sorting already asks for a refresh, which stops this timer
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.status = code_combo("status", empty=self.tr("All statuses"), name="filterStatus",
                                 accessible=self.tr("Filter on status"))
        self.status.insertItem(1, self.tr("Open (not closed)"), listing.OPEN)
        self.status.setCurrentIndex(1)  # the list opens on the cases still being worked on
        self.form = code_combo("form", empty=self.tr("All forms"), name="filterForm",
                               accessible=self.tr("Filter on form of exploitation"))
        self.municipality = code_combo("municipality", empty=self.tr("All municipalities"),
                                       name="filterMunicipality", accessible=self.tr("Filter on municipality"))
        self.age_group = code_combo("age_group", empty=self.tr("All ages"), name="filterAgeGroup",
                                    accessible=self.tr("Filter on age group at opening"))
        self.overdue = QCheckBox(self.tr("Overdue task"), self)
        self.overdue.setObjectName("filterOverdue")
        self.overdue.setAccessibleName(self.tr("Only cases with an overdue task"))
        self.count = QLabel(self)
        self.count.setObjectName("caseCount")
        self.table = CaseTable(self)
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self._sort = (listing.ACTIVITY, True)  # newest activity first (no column: no sort indicator)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        widths = (115, 210, 80, 170, 120, 90, 110)  # the 8 columns fit at 1280 px
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        fit.keep_widths_fitted(self.table, widths)  # narrower (elided, tool tip) in a longer translation
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(self._open_index)

        self.search.textChanged.connect(self.timer.start)
        for combo in (self.status, self.form, self.municipality, self.age_group):
            combo.currentIndexChanged.connect(self.refresh)
        self.overdue.toggled.connect(self.refresh)

        filters = FlowLayout()  # wraps onto a second line on a narrow screen
        for widget in (self.search, self.status, self.form, self.municipality, self.age_group, self.overdue):
            filters.addWidget(widget)
        actions = QHBoxLayout()  # the page title itself is shown by the main window
        actions.addWidget(self.count)
        buttons = FlowLayout(align=Qt.AlignmentFlag.AlignRight)
        for button in (self.new_button, self.import_button, self.retention_button, self.duplicates_button):
            buttons.addWidget(button)
        actions.addLayout(buttons, 1)
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(actions)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        tab_order = [self.new_button, self.import_button, self.retention_button, self.duplicates_button, self.search,
                     self.status, self.form, self.municipality, self.age_group, self.overdue, self.table]
        for first, second in itertools.pairwise(tab_order):  # Tab follows the screen: buttons, filters, list
            QWidget.setTabOrder(first, second)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_page)
        self.detail = CaseDetail(lambda: self.ctx.vault, self.stack)  # its tabs may come in later steps
        self.detail.back_requested.connect(self.show_list)
        self.detail.case_changed.connect(self._case_changed)
        build_later(lambda: self.detail.documents.letter_requested.connect(self.open_letter))
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.changed.connect(self._context_changed)
        if ctx.is_unlocked:  # built on a vault that is already open: load the list now
            self.on_unlocked()

    def title(self) -> str:
        return self.tr("Cases")

    # --- list ------------------------------------------------------------------------------------

    def current_filter(self) -> listing.CaseFilter:
        return listing.CaseFilter(
            status=combo_code(self.status), form=combo_code(self.form), municipality=combo_code(self.municipality),
            age_group=combo_code(self.age_group), overdue=self.overdue.isChecked(), text=self.search.text(),
        )

    def refresh(self) -> None:
        """Ask the vault for the ids matching the filters, in the chosen order."""
        if not self.ctx.is_unlocked:
            return
        self.timer.stop()
        vault = self.ctx.vault
        self.model.set_fetch(lambda ids: listing.fetch_rows(vault, ids))
        self._generation += 1
        generation, flt, (sort, descending) = self._generation, self.current_filter(), self._sort

        def done(found: tuple[list[int], set[int]]) -> None:
            if generation != self._generation:
                return
            ids, similar = found
            selected = self.selected_case_id()
            self.model.similar = similar
            self.model.set_ids(ids)
            self.count.setText(self.tr("%n case(s)", "", len(ids)))
            row = self.model.row_of(selected) if selected is not None else -1
            if row >= 0:
                self.table.selectRow(row)

        def work() -> tuple[list[int], set[int]]:
            similar: set[int] = set()
            return listing.case_ids(vault, flt, sort, descending, similar=similar), similar

        call_db(self, work, done)

    def _sort_requested(self, column: str, descending: bool) -> None:
        self._sort = (column, descending)
        self.refresh()

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.open_case(case_id)

    # --- detail ----------------------------------------------------------------------------------

    def open_case(self, case_id: int) -> None:
        def go() -> None:
            self.detail.load(case_id)
            self.stack.setCurrentWidget(self.detail)
            self.detail.tabs.setCurrentIndex(0)

        if self.stack.currentWidget() is self.detail and self.detail.case_id not in (None, case_id):
            self.detail.maybe_leave(go)
        else:
            go()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()
        self.refresh()  # cases may have been added or changed elsewhere meanwhile

    def _case_changed(self, _case_id: int) -> None:
        self.model.refresh_rows()
        self.ctx.notify("case", _case_id)

    def _context_changed(self, area: str, _item_id: int) -> None:
        """Another part of the app changed something: refresh what is shown (the list, or the open case's
        documents after a letter was stored)."""
        if not self.ctx.is_unlocked:
            return
        if self.stack.currentIndex() == 0:
            if area in ("case", "task", "document"):
                self.refresh()
        elif self.detail.case_id is not None and area in ("document", "letter"):
            self.detail.documents.reload()
            self.detail.audit.load(self.detail.case_id)

    # --- dialogs ---------------------------------------------------------------------------------

    def open_import(self) -> None:
        from coordinator_app.ui.cases.import_dialog import ImportDialog  # start-up time: loaded on first use

        self.import_dialog = ImportDialog(self.ctx.vault, self)
        self.import_dialog.imported.connect(lambda: (self.refresh(), self.ctx.notify("case", -1)))
        self.import_dialog.open()

    def open_retention(self) -> None:
        from coordinator_app.ui.cases.retention_dialog import RetentionDialog  # start-up time: loaded on first use

        self.retention_dialog = RetentionDialog(self.ctx.vault, self)
        self.retention_dialog.deleted.connect(lambda: (self.refresh(), self.ctx.notify("case", -1)))
        self.retention_dialog.open()

    def open_duplicates(self) -> None:
        """Duplicate review (issue 17): possible duplicate persons, and merging two files."""
        # start-up time: loaded on first use
        from coordinator_app.ui.cases.duplicates_dialog import DuplicateReviewDialog

        self.duplicates_dialog = DuplicateReviewDialog(self.ctx, self)
        self.duplicates_dialog.merged.connect(lambda _keep: (self.refresh(), self.ctx.notify("case", -1)))
        self.duplicates_dialog.open()

    # --- Page contract ---------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.show_list()
        self.refresh()

    def on_locked(self) -> None:
        self._generation += 1
        self.timer.stop()
        self.model.set_fetch(None)
        self.model.clear()
        self.search.clear()
        self.count.clear()
        self.detail.clear()
        for name in ("import_dialog", "retention_dialog"):
            dialog = getattr(self, name, None)
            if dialog is not None:
                dialog.clear()
                dialog.close()
                setattr(self, name, None)
        self.stack.setCurrentIndex(0)

    def show_item(self, kind: str, item_id: int) -> None:
        """"case" opens a case; "status:<code>" shows the list filtered on that status (from the dashboard)."""
        if kind == "case":
            self.open_case(item_id)
        elif kind.startswith("status:"):
            self.show_list()
            for combo in (self.form, self.municipality, self.age_group):
                combo.setCurrentIndex(0)
            self.overdue.setChecked(False)
            self.search.clear()
            set_combo(self.status, kind.split(":", 1)[1])
            self.refresh()

    def open_letter(self, case_id: int) -> None:
        open_letter_dialog(self.ctx, case_id, self)

    def has_unsaved_changes(self) -> bool:
        return self.detail.dirty

    def save_pending(self) -> None:
        """Save pending case edits before a lock (synchronously, the vault closes right after)."""
        if not self.detail.dirty or self.detail.case_id is None:
            return

        changes, person = self.detail.forms.collect()
        try:
            store.update_case(self.ctx.vault, self.detail.case_id, changes, person)
        except KnownError:  # invalid edits cannot be saved; they go with the lock (no personal data logged)
            log.warning("pending case edits were not valid and were not saved at lock")
        self.detail.dirty = False
