"""The Netwerk page: a searchable, filterable list of organisations and people with a detail pane,
add/edit/delete, merging duplicates, vCard/CSV import (with preview) and export (with a warning), the
regional template on first use, and a tab for network work (training sessions, contact moments)."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.services.network import contacts, duplicates, listing, template
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.flow import FlowLayout
from coordinator_app.ui.network import forms
from coordinator_app.ui.network.bulk_actions import BulkActions
from coordinator_app.ui.network.detail import DetailPane
from coordinator_app.ui.network.editing import Editor
from coordinator_app.ui.network.filter_bar import FilterBar
from coordinator_app.ui.network.forms import action_button
from coordinator_app.ui.network.models import ROW_ROLE, SORT_ROLE, NetworkTableModel
from coordinator_app.ui.network.work_tab import WorkTab
from coordinator_app.ui.page import Page, build_later
from coordinator_app.ui.worker import run_db


class NetworkPage(BulkActions, Page):
    page_id = "network"
    work: WorkTab  # the "Network work" tab (`_add_work_tab`)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._pending: tuple[str, int] | None = None  # item to select after the next load
        self._current: tuple[str, int] | None = None  # the one entry selected (kept across reloads)
        self._just_saved: tuple[str, int] | None = None  # shown and selected even if the filters hid it
        self._serial = 0  # only the newest list load is shown
        self.dialog: Any = None  # the open merge/import/export/file dialog (tests reach it here)
        self.editor = Editor(ctx, self)
        self.editor.saved.connect(lambda kind, item_id: self._after_write(kind, item_id))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 4, 16, 8)
        actions = QWidget()  # the main window shows the page title; the actions sit above the tabs
        head = FlowLayout(actions, align=Qt.AlignmentFlag.AlignRight)  # above the tabs; wraps when narrow
        head.setContentsMargins(0, 0, 0, 4)
        self.new_org = action_button(self.tr("New &organisation…"), "newOrganisation",
                                    lambda: self.editor.open("organisation"))
        self.new_person = action_button(self.tr("New &person…"), "newPerson", lambda: self.editor.open("contact"))
        self.merge = action_button(self.tr("Merge &duplicates…"), "mergeDuplicates", self.open_merge)
        self.import_button = action_button(self.tr("&Import…"), "importContacts", self.choose_import_file)
        self.export_button = action_button(self.tr("E&xport…"), "exportContacts", self.open_export)
        for b in (self.new_org, self.new_person, self.merge, self.import_button, self.export_button):
            head.addWidget(b)
        self.banner = self._template_banner()
        outer.addWidget(self.banner)
        self.actions_bar = actions
        self.tabs = QTabWidget()
        self.tabs.setObjectName("networkTabs")
        outer.addWidget(self.tabs, 1)
        book = QSplitter(Qt.Orientation.Horizontal)
        book.setObjectName("networkSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 8, 8, 0)
        self.filters = FilterBar()
        self.filters.changed.connect(self.reload)
        left_layout.addWidget(self.filters)
        self.model = NetworkTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = forms.FittedTableView((0.30, 0.23, 0.29))
        self.view.setObjectName("networkList")
        self.view.setAccessibleName(self.tr("Organisations and people"))
        self.view.setModel(self.proxy)
        for column in (NetworkTableModel.PHONE, NetworkTableModel.EMAIL):  # shown in the detail pane, with copy
            self.view.setColumnHidden(column, True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NetworkTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(lambda _i: self.edit_current())  # Enter or double-click
        left_layout.addWidget(self.view, 1)
        self.duplicate_hint = QLabel()
        self.duplicate_hint.setObjectName("duplicateHint")
        self.duplicate_hint.setProperty("role", "error")
        self.duplicate_hint.setWordWrap(True)
        self.duplicate_hint.setVisible(False)
        left_layout.addWidget(self.duplicate_hint)
        self.count = QLabel()
        self.count.setObjectName("networkCount")
        self.count.setProperty("role", "muted")
        left_layout.addWidget(self.count)
        self.saved_note = QLabel()  # a confirmation (saved, imported, exported): stays until the next one or lock
        self.saved_note.setObjectName("networkSaved")
        self.saved_note.setWordWrap(True)
        self.saved_note.setVisible(False)
        left_layout.addWidget(self.saved_note)
        self.import_progress = QProgressBar(objectName="importProgress")  # reading and checking an import file
        self.import_progress.setAccessibleName(self.tr("Checking the import file"))
        self.import_progress.setVisible(False)
        left_layout.addWidget(self.import_progress)
        book.addWidget(left)
        self.detail = DetailPane()
        self.detail.edit_requested.connect(self.edit_current)
        self.detail.delete_requested.connect(self.delete_current)
        self.detail.moment_requested.connect(self._log_moment)
        self.detail.case_requested.connect(lambda case_id: self.ctx.navigate.emit("cases", "case", case_id))
        self.detail.status.connect(self.count.setText)
        book.addWidget(self.detail)
        book.setStretchFactor(0, 3)
        book.setStretchFactor(1, 2)
        book.setSizes([600, 520])
        book_tab = QWidget()  # the address-book actions sit above the list, inside its tab; they wrap when narrow
        book_layout = QVBoxLayout(book_tab)
        book_layout.setContentsMargins(0, 4, 0, 0)
        book_layout.addWidget(actions)
        book_layout.addWidget(book, 1)
        self.tabs.addTab(book_tab, self.tr("Address book"))
        chain = [self.tabs.tabBar(), self.new_org, self.new_person, self.merge, self.import_button, self.export_button]
        for first, second in itertools.pairwise(chain):  # Tab follows the screen: the tabs, then the actions
            QWidget.setTabOrder(first, second)
        build_later(self._add_work_tab)  # a step of its own when the main window builds the pages in the background
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.filters.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, activated=self.delete_current)
        ctx.changed.connect(self._changed)

    def _add_work_tab(self) -> None:
        self.work = WorkTab(self.ctx)
        self.tabs.addTab(self.work, self.tr("Network work"))
        self.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, index: int) -> None:
        """The address-book actions belong to the address book; the work tab has its own buttons."""
        self.actions_bar.setVisible(index == 0)
        if index == 1:
            self.work.reload()

    def title(self) -> str:
        return self.tr("Network")

    def _template_banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("templateBanner")
        frame.setProperty("card", True)
        row = QHBoxLayout(frame)
        text = QLabel(self.tr("<b>Start with the IJsselland network?</b> Load the organisations of the region "
                              "(names and types only, no people or phone numbers); you add contact details yourself."))
        text.setWordWrap(True)
        row.addWidget(text, 1)
        self.load_template = action_button(self.tr("&Load template"), "loadTemplate",
                                           lambda: self.answer_template(True))
        self.load_template.setProperty("primary", True)
        self.skip_template = action_button(self.tr("Not now"), "skipTemplate", lambda: self.answer_template(False))
        row.addWidget(self.load_template)
        row.addWidget(self.skip_template)
        frame.setVisible(False)
        return frame

    # --- loading -----------------------------------------------------------------------------
    def on_unlocked(self) -> None:
        vault = self.ctx.vault
        run_db(lambda _c: template.should_offer(vault), self.banner.setVisible, self._failed)
        self.reload()

    def has_unsaved_changes(self) -> bool:
        return any(d is not None and d.isVisible() for d in (self.editor.dialog, self.work.dialog))

    def save_pending(self) -> None:
        """Before a lock: submit an open add/edit dialog (the lock waits for the vault worker). Input that does
        not pass the checks cannot be kept: nothing is stored outside the vault."""
        for dialog in (self.editor.dialog, self.work.dialog):
            if dialog is not None and dialog.isVisible():
                dialog.submit()

    def on_locked(self) -> None:
        if self.dialog is not None:  # merge/import/export/file dialogs may show names: close and drop them
            self.dialog.reject()
            self.dialog.deleteLater()
        self.dialog = None
        self.editor.close()
        self.model.clear()
        self.detail.clear()
        self.detail.clipboard.clear()
        self.work.clear()
        self.filters.reset()
        self.filters.set_specialisms([])
        self.banner.setVisible(False)
        self.duplicate_hint.setVisible(False)
        self.count.clear()
        self.saved_note.clear()
        self.saved_note.setVisible(False)
        self._pending = self._current = self._just_saved = None

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        vault, flt = self.ctx.vault, self.filters.value()
        self._serial += 1
        serial = self._serial

        def load(_control: Any) -> tuple[list[listing.NetworkRow], list[str]]:
            return listing.list_network(vault, flt), listing.specialisms_in_use(vault)

        run_db(load, lambda result: self._loaded(result) if serial == self._serial else None, self._failed)

    def _loaded(self, result: tuple[list[listing.NetworkRow], list[str]]) -> None:
        if not self.ctx.is_unlocked:
            return
        rows, specialisms = result
        keep = self._pending or self._current
        self._pending = None
        self.model.set_rows(rows)
        self.filters.set_specialisms(specialisms)
        orgs = sum(1 for r in rows if r.kind == "organisation")
        if rows or self.filters.is_empty():
            people = len(rows) - orgs
            # separate strings rather than %n plurals: they read right without a translation (English) too
            org_text = self.tr("1 organisation") if orgs == 1 else self.tr("%1 organisations").replace("%1", str(orgs))
            people_text = self.tr("1 person") if people == 1 else self.tr("%1 people").replace("%1", str(people))
            self.count.setText(f"{org_text}, {people_text}")
        else:
            self.count.setText(self.tr("Nothing matches these filters. Shelters count only when places are free."))
        saved, self._just_saved = self._just_saved, None
        if keep and not self.select(*keep):
            if saved is not None and keep == saved and not self.filters.is_empty():
                self.filters.reset()  # the filters hide what was just saved: show everything, then select it
                self._pending = self._just_saved = saved
                self.reload()
                return
            self._current = None
            self.detail.clear()
        elif saved is not None and keep == saved:
            row = self.model.rows()[self.model.find(lambda r: (r.kind, r.id) == saved)]
            self.show_notice(self.tr("“%1” has been saved.").replace("%1", bidi_isolate(row.name)))

    def show_notice(self, text: str) -> None:
        """A confirmation that stays until it is read: not in the count line, which every reload rewrites."""
        self.saved_note.setText(text)
        self.saved_note.setVisible(True)

    def select(self, kind: str, item_id: int) -> bool:
        """Select an entry in the list (and show it); False when the filters hide it."""
        source_row = self.model.find(lambda r: r.kind == kind and r.id == item_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def show_item(self, kind: str, item_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        if not self.select(kind, item_id):
            self.filters.reset()
            self._pending = (kind, item_id)
            self.reload()

    def selected_rows(self) -> list[listing.NetworkRow]:
        return [self.proxy.data(i, ROW_ROLE) for i in self.view.selectionModel().selectedRows()]

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            if not rows and self.model.rowCount():
                self._current = None
                self.detail.clear()
            return
        row = rows[0]
        self._current = (row.kind, row.id)
        if not self.ctx.is_unlocked:
            return
        vault = self.ctx.vault

        def load(_control: Any) -> tuple[dict[str, Any], contacts.ContactCases]:
            getter = contacts.get_contact if row.kind == "contact" else contacts.get_organisation
            return getter(vault, row.id), contacts.contact_cases(vault, row.kind, row.id)

        def shown(result: tuple[dict[str, Any], contacts.ContactCases]) -> None:
            current = self.selected_rows()
            if self.ctx.is_unlocked and len(current) == 1 and (current[0].kind, current[0].id) == (row.kind, row.id):
                self.detail.show_values(row.kind, row.id, result[0], row.organisation, result[1])

        run_db(load, shown, self._failed)

    # --- writing -----------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _after_write(self, kind: str, item_id: int) -> None:
        self._pending = self._just_saved = (kind, item_id) if item_id > 0 else None
        self.reload()
        if item_id > 0 and self.ctx.is_unlocked:
            vault = self.ctx.vault
            run_db(lambda _c: duplicates.duplicates_of(vault, kind, item_id), self._warn_duplicates, self._failed)

    def _warn_duplicates(self, others: list[int]) -> None:
        if others and self.ctx.is_unlocked:
            self.duplicate_hint.setText(self.tr("This entry looks like %n other entry/entries (same name, phone or "
                                                "e-mail). Use Merge duplicates to combine them.", "", len(others)))
            self.duplicate_hint.setVisible(True)
        else:
            self.duplicate_hint.setVisible(False)

    def _changed(self, area: str, _item_id: int) -> None:
        if area in ("contact", "organisation", "case") and self.ctx.is_unlocked:
            self.reload()

    def edit_current(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.editor.open(rows[0].kind, rows[0].id)

    def delete_current(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"),
                          self.tr("Delete “%1” from the address book?").replace("%1", bidi_isolate(row.name)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmDelete")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.accepted.connect(lambda: self.delete(row.kind, row.id))
        self.dialog = box
        box.open()

    def delete(self, kind: str, item_id: int) -> None:
        vault = self.ctx.vault
        remove = contacts.delete_contact if kind == "contact" else contacts.delete_organisation

        def done(_r: Any) -> None:
            self.detail.clear()
            self.ctx.notify(kind, item_id)

        run_db(lambda _c: remove(vault, item_id), done, self._failed)

    def answer_template(self, load: bool) -> None:
        vault = self.ctx.vault
        self.banner.setVisible(False)

        def work(_c: Any) -> Any:
            return template.load_template(vault) if load else template.mark_offered(vault)

        def done(result: Any) -> None:
            if result is not None:
                self.show_notice(self.tr("%1 organisations of the regional template added.")
                                 .replace("%1", str(result.added)))
            self.ctx.notify("organisation", -1)

        run_db(work, done, self._failed)

    def _log_moment(self) -> None:
        if self.detail.item_id is not None and self.detail.kind:
            self.tabs.setCurrentIndex(1)
            self.work.add_moment((self.detail.kind, self.detail.item_id, self.detail.heading.text()))
