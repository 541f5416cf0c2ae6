"""The main window: first-run wizard, unlock screen or workspace (navigation, pages, global
search, status bar) in one stacked widget, menus with every shortcut, locking, window geometry
in QSettings, and a guard for unsaved edits on close. One window per vault folder: a second
Coordinator on the same folder says so on its unlock screen before a passphrase is typed. On every
lock the other windows and dialogs (letters, forms, message boxes) close and the unlock screen says
why the app locked.

Pages come from the registry in ui/pages.py; a page that does not import is a bug and raises. For a fast
unlock screen they are built after its first paint (`build_pages_in_background`): their modules import on a
worker thread while the user types, then the pages are built in short steps, one per turn of the event loop (a
page, or a part it left for later with `build_later`: a tab of the case, a step of the intake wizard), pausing
while keys are typed on the unlock screen; unlocking builds what is left at once (`build_pages`).
"""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coordinator_app.db.folder import is_vault
from coordinator_app.ui import fit, theme
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.instance import InstanceLock
from coordinator_app.ui.locking import LockManager
from coordinator_app.ui.page import Page, deferring
from coordinator_app.ui.pages import PAGES
from coordinator_app.ui.search.popup import GlobalSearch
from coordinator_app.ui.shell.status import ShellStatusBar
from coordinator_app.ui.unlock.screen import UnlockScreen
from coordinator_app.ui.worker import run_db, run_job

if TYPE_CHECKING:
    from coordinator_app.db.keys import KdfProfile
    from coordinator_app.db.vault import Vault
    from coordinator_app.ui.first_run.wizard import FirstRunWizard
    from coordinator_app.ui.shell.dialogs import AboutDialog, ShortcutsDialog

log = logging.getLogger("coordinator.ui")
GEOMETRY_KEY = "window/geometry"
IN_USE_RETRY_MS = 2000  # while another Coordinator holds the folder: look again this often
# between two steps of the background build: a timer, not a posted call, so that the keys typed and the timers
# due meanwhile are handled before the next step (posted calls could follow each other without them)
STEP_GAP_MS = 1
TYPING_PAUSE_MS = 400  # the background build waits until no key was typed on the unlock screen for this long


FIRST_SIZE = QSize(1366, 768)  # wanted on first launch; less (and maximised) when the screen is smaller


def first_size(area: QRect) -> tuple[QSize, bool]:
    """The client size of the first launch on a screen whose free area (without task bar) is `area`, and
    whether to maximise: the whole window, title bar and status bar with Vergrendelen included, fits."""
    size = fit.fitted(FIRST_SIZE, area)
    return size, size != FIRST_SIZE


def load_page_classes() -> list[tuple[str, type[Page], str]]:
    """(page id, class, shortcut) for every registered page. A page that does not import is a bug: it
    raises (the self-test and the tests import them all). Pages load after the unlock screen is painted."""
    return [
        (page_id, getattr(importlib.import_module(module_name), class_name), shortcut)
        for page_id, module_name, class_name, shortcut in PAGES
    ]


def import_page_modules(_control: object = None, *, freeze: bool = False) -> None:
    """Import every page's module (run on a worker thread after the unlock screen's first paint: the imports,
    services and SQLAlchemy included, are most of the start-up time; importing builds no widget). `freeze`: after
    each module, move every object alive so far out of the cyclic collector's reach (`gc.freeze`; nothing is
    collected or freed here), so that the collector on the GUI thread (ui/collector.py) does not walk the hundreds
    of thousands of module objects, which stalled the unlock screen for a few hundred milliseconds."""
    for _page_id, module_name, _class_name, _shortcut in PAGES:
        importlib.import_module(module_name)
        if freeze:
            gc.freeze()
    read_page_resources()
    if freeze:
        gc.freeze()


def read_page_resources() -> None:
    """Read and check the bundled files that the pages' constructors use (code lists, countries, the intake route,
    the quarterly texts; each is read once and kept), so that the worker thread does it with the imports and the
    GUI thread does not while it builds the pages."""
    from coordinator_app import codes  # start-up time: after the first paint, with the pages' modules
    from coordinator_app.domain import countries  # start-up time: after the first paint
    from coordinator_app.domain.intake.content import intake_content  # start-up time: after the first paint

    # start-up time: these modules load after the first paint, as the pages' modules that use them
    from coordinator_app.reports.quarterly_texts import quarterly_texts

    codes.all_lists()
    countries.all_countries()
    intake_content()
    quarterly_texts()


class MainWindow(QMainWindow):
    pages_built = Signal()  # every page is built (`pages_ready`)

    def __init__(
        self, ctx: AppContext, folder: Path | str, *, kdf_profile: KdfProfile | None = None,
        watch_session: bool = True, defer_pages: bool = False,
    ) -> None:
        """`kdf_profile`: the key derivation of a vault made by the first-run wizard (None: production).
        `defer_pages`: build the pages later (`build_pages_in_background` after the first paint, while the user
        types the passphrase) so the unlock screen shows fast; unlocking builds them at the latest."""
        super().__init__()
        self.ctx = ctx
        self.folder = Path(folder)
        self._kdf_profile = kdf_profile
        self._close_confirmed = False
        self.instance_lock = InstanceLock(self.folder)
        self.destroyed.connect(lambda _obj=None, held=self.instance_lock: held.release())
        self._in_use_timer = QTimer(self, interval=IN_USE_RETRY_MS)
        self._in_use_timer.timeout.connect(self._claim_folder)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Coordinator")
        self.stack = QStackedWidget(self, objectName="mainStack")
        self.setCentralWidget(self.stack)
        self.first_run: FirstRunWizard | None = None
        self.restore_wizard: QWidget | None = None
        self.unlock_screen = UnlockScreen(self.folder, self)
        self.unlock_screen.unlocked.connect(self._vault_opened)
        self.unlock_screen.restore_requested.connect(self.open_restore)
        for field in (self.unlock_screen.passphrase, self.unlock_screen.code):
            field.textEdited.connect(lambda _text: self._typed.start())
        self.stack.addWidget(self.unlock_screen)
        self.pages: dict[str, Page] = {}
        self.pages_ready = False  # every page built, with its navigation entry and actions
        self._to_build: list[tuple[str, type[Page], str]] | None = None  # classes loaded, pages not built yet
        self._parts: list[Callable[[], None]] = []  # parts of the pages built so far, left for later steps
        self.build_steps_taken = 0  # steps of the background build run so far (`build_step`)
        self.build_paused = False  # the background build waits: a key was typed on the unlock screen just now
        self._typed = QElapsedTimer()  # since the last key typed into the unlock screen (not valid: none yet)
        self._background = False
        self.workspace = self._build_workspace()
        self.stack.addWidget(self.workspace)
        self.status = ShellStatusBar(ctx, self.folder, self)
        self.setStatusBar(self.status)
        self.lock_manager = LockManager(ctx, lambda: self.pages.values(), self, watch_session=watch_session)
        self.status.lock_clicked.connect(lambda: self.lock_manager.lock("manual"))
        self._build_menus()
        if not defer_pages:
            self.build_pages()
        ctx.locked.connect(self._close_other_windows)
        ctx.locked.connect(self._show_locked)
        ctx.navigate.connect(self.navigate)
        self._restore_geometry()

    # --- building ---------------------------------------------------------------------------------

    def _build_workspace(self) -> QWidget:
        workspace = QWidget(self, objectName="workspace")
        self.nav = QListWidget(workspace, objectName="navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.page_stack = QStackedWidget(workspace, objectName="pageStack")
        self.page_title = QLabel(workspace, objectName="pageTitle")
        self.page_title.setProperty("role", "heading")
        self.search = GlobalSearch(self.ctx, workspace, workspace)
        top = QHBoxLayout()
        top.setContentsMargins(16, 10, 16, 6)
        top.addWidget(self.page_title, 1)
        top.addWidget(self.search)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(top)
        right.addWidget(self.page_stack, 1)
        layout = QHBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.page_actions: list[QAction] = []
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.setFixedWidth(200)
        return workspace

    def build_pages(self) -> None:
        """Import and build every page (those not built yet, and the parts of a page left for later), its
        navigation entry and its actions (once)."""
        if self.pages_ready:
            return
        if self._to_build is None:
            self._to_build = load_page_classes()
        while self._parts:
            self._parts.pop(0)()  # not deferring: a part that leaves parts for later builds them now
        while self._to_build:
            self._build_page(*self._to_build.pop(0))
        self._finish_pages()

    def build_step(self) -> bool:
        """One short step of the background build: the next part a page left for later (`page.build_later`: a
        heavy tab, a wizard step), else the next page without its later parts, else the finishing touches.
        False when nothing was left to do."""
        if self.pages_ready or self._to_build is None:
            return False
        if self._parts:
            with deferring() as later:
                self._parts.pop(0)()
            self._parts[:0] = later  # a part's own later parts come before the parts that followed it
        elif self._to_build:
            with deferring() as later:
                self._build_page(*self._to_build.pop(0))
            self._parts = later
        else:
            self._finish_pages()
        self.build_steps_taken += 1
        return True

    def typing_pause_left(self) -> int:
        """Milliseconds the background build still waits: it pauses while keys are typed on the unlock screen and
        goes on when none was typed for TYPING_PAUSE_MS."""
        if not self._typed.isValid():
            return 0
        return max(0, TYPING_PAUSE_MS - int(self._typed.elapsed()))

    def build_pages_in_background(self, *, freeze: bool = False) -> None:
        """Import the pages' modules on a worker thread, then build the pages in short steps (`build_step`), one
        per turn of the event loop, so the unlock screen keeps taking typing; while keys are typed there the steps
        wait (`typing_pause_left`), and `build_pages` at unlock finishes whatever is left. An import that fails
        raises here on the GUI thread, as `build_pages` would. `freeze`: the imported modules' objects leave the
        cyclic collector's work (`import_page_modules`; the app does)."""
        if self.pages_ready or self._background:
            return
        self._background = True

        def next_step() -> None:
            if not isValid(self) or self.pages_ready:
                return
            pause = self.typing_pause_left()
            self.build_paused = pause > 0
            if self.build_paused:
                QTimer.singleShot(pause, next_step)
            elif self.build_step():
                QTimer.singleShot(STEP_GAP_MS, next_step)

        def imported(_result: object) -> None:
            if not isValid(self) or self.pages_ready:  # closed meanwhile, or unlocked and built
                return
            if self._to_build is None:
                self._to_build = load_page_classes()  # modules imported: only getattr here
            QTimer.singleShot(STEP_GAP_MS, next_step)

        def failed(_exc: BaseException) -> None:
            if isValid(self):
                self.build_pages()  # imports again on the GUI thread: the same error, raised where it is reported

        run_job(lambda control: import_page_modules(control, freeze=freeze), imported, failed)

    def _build_page(self, page_id: str, cls: type[Page], shortcut: str) -> None:
        frame = self._frame(page_id)
        page = cls(self.ctx, frame.viewport())  # built where it stays: moving a built page costs a restyle
        frame.setWidget(page)
        self.pages[page_id] = page
        self.page_stack.addWidget(frame)
        item = QListWidgetItem(page.title())
        item.setData(Qt.ItemDataRole.UserRole, page_id)
        keys_text = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        item.setToolTip(f"{page.title()} ({keys_text})")
        self.nav.addItem(item)
        action = QAction(page.title().replace("&", "&&"), self)
        theme.follow(action, lambda i=item, a=action, name=page.icon_name(): (i.setIcon(theme.icon(name)),
                                                                          a.setIcon(theme.icon(name))))
        action.setObjectName(f"goto_{page_id}")
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, pid=page_id: self.show_page(pid))
        self.page_actions.append(action)

    def _finish_pages(self) -> None:
        """After the last page: the navigation's width, the pages' global actions and the Go menu."""
        self.nav.setFixedWidth(min(260, max(200, self.nav.sizeHintForColumn(0) + 28)))
        page_global = [a for page in self.pages.values() for a in page.global_actions()]
        for action in page_global:
            self.addAction(action)
            self.file_menu.insertAction(self.lock_action, action)
        if page_global:
            self.file_menu.insertSeparator(self.lock_action)
        for action in self.page_actions:
            self.go_menu.addAction(action)
        new_actions = [*self.page_actions, *page_global]
        self._vault_actions.extend(new_actions)
        for action in new_actions:
            action.setEnabled(self.ctx.is_unlocked)
        self.pages_ready = True
        self.pages_built.emit()

    def _frame(self, page_id: str) -> QScrollArea:
        """The scroll area of a page: a page wider or taller than the window scrolls instead of
        forcing the window past the screen (1366×768 laptops)."""
        scroll = QScrollArea(self.page_stack)
        scroll.setObjectName(f"frame_{page_id}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the navigation straight to the page's inputs
        return scroll

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self, objectName="actionLock")
        theme.follow(self.lock_action, lambda: self.lock_action.setIcon(theme.icon("lock")))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock_manager.lock("manual"))
        quit_action = QAction(self.tr("&Quit"), self, objectName="actionQuit")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        go_menu = self.go_menu = bar.addMenu(self.tr("&Go"))
        self.search_action = QAction(self.tr("&Search"), self, objectName="actionSearch")
        theme.follow(self.search_action, lambda: self.search_action.setIcon(theme.icon("search")))
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
        self.search_action.triggered.connect(self.search.focus_search)
        go_menu.addAction(self.search_action)
        go_menu.addSeparator()
        help_menu = bar.addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self, objectName="actionShortcuts")
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        about = QAction(self.tr("&About Coordinator"), self, objectName="actionAbout")
        about.triggered.connect(self.show_about)
        help_menu.addAction(shortcuts)
        help_menu.addAction(about)
        self._vault_actions = [self.lock_action, self.search_action]

    # --- start-up and unlocking -------------------------------------------------------------------

    def start(self) -> None:
        """Show the first-run wizard when the folder holds no vault yet, else the unlock screen (which
        says at once when another Coordinator has this folder open)."""
        if is_vault(self.folder):
            self._claim_folder()
            self._show_locked()
        else:
            from coordinator_app.db import keys  # start-up time: Argon2, cryptography: only for a new vault

            # start-up time: loaded after the first paint
            from coordinator_app.ui.first_run.wizard import FirstRunWizard  # only a new vault needs it (reportlab)

            profile = self._kdf_profile or keys.PRODUCTION
            self.first_run = FirstRunWizard(self.folder, self, kdf_profile=profile)
            self.first_run.completed.connect(self._vault_opened)
            self.first_run.restore_requested.connect(self.open_restore)
            self.stack.addWidget(self.first_run)
            self.stack.setCurrentWidget(self.first_run)
            self.statusBar().hide()
            self._set_vault_actions(False)

    def _claim_folder(self) -> None:
        """Take the one-window-per-folder lock; while another program holds it, keep trying."""
        in_use = not self.instance_lock.acquire()
        self.unlock_screen.set_in_use(in_use)
        if in_use:
            self._in_use_timer.start()
        else:
            self._in_use_timer.stop()
            self.unlock_screen.focus_field()

    def _vault_opened(self, vault: Vault) -> None:
        self.instance_lock.acquire()  # after the first-run wizard or a restore on a new laptop
        self.build_pages()
        if self.first_run is not None:
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.ctx.set_vault(vault)
        from coordinator_app.services import audit  # start-up time: loaded after the first paint

        # an unwritten "unlock" line in the audit log is said: the log must not have gaps she does not know of
        run_db(lambda _c: audit.log(vault, "unlock"), None, lambda exc: show_error(self, exc))
        self.stack.setCurrentWidget(self.workspace)
        self.statusBar().show()
        self._set_vault_actions(True)
        if self.pages and self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        elif self.nav.currentRow() >= 0:
            self._nav_changed(self.nav.currentRow())
        self.activateWindow()
        self.nav.setFocus(Qt.FocusReason.OtherFocusReason)  # shortcuts and Tab work at once after unlocking

    def _close_other_windows(self) -> None:
        """On lock: no dialog or other window stays open over the unlock screen with data in it."""
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible() or not self._owns(widget):
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            if widget.isVisible():
                widget.close()

    def _owns(self, widget: QWidget) -> bool:
        """A window of this main window (its parent chain ends here), or a parentless dialog or popup."""
        root = widget
        while root.parentWidget() is not None:
            root = root.parentWidget()
        return root is self or (root is widget and not isinstance(widget, QMainWindow))

    def _show_locked(self) -> None:
        idle_minutes = self.lock_manager.idle.interval() // 60_000
        self.unlock_screen.set_reason(self.lock_manager.last_reason, idle_minutes)
        self.unlock_screen.reset()
        self.stack.setCurrentWidget(self.unlock_screen)
        self.statusBar().hide()
        self._set_vault_actions(False)
        self.unlock_screen.focus_field()

    def _set_vault_actions(self, enabled: bool) -> None:
        for action in self._vault_actions:
            action.setEnabled(enabled)

    def open_restore(self, folder: str) -> None:
        from coordinator_app.ui.backups.restore_wizard import RestoreWizard  # loaded on first use: start-up time

        wizard = RestoreWizard(self.ctx, folder, self)
        self.restore_wizard = wizard
        wizard.restored.connect(lambda _folder: self._after_restore())
        wizard.open()

    def _after_restore(self) -> None:
        """A backup was put back: back to a fresh unlock screen (the restored vault opens with its secrets)."""
        self.unlock_screen.failures = 0
        if self.first_run is not None and is_vault(self.folder):  # restored on a new laptop
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        if not self.ctx.is_unlocked:
            self._show_locked()

    # --- pages ------------------------------------------------------------------------------------

    def show_page(self, page_id: str) -> bool:
        page = self.pages.get(page_id)
        if page is None or not self.ctx.is_unlocked:
            return False
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == page_id:
                self.nav.setCurrentRow(row)
        return True

    def _nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is None:
            return
        page = self.pages[item.data(Qt.ItemDataRole.UserRole)]
        self.page_stack.setCurrentWidget(page.parentWidget().parentWidget())
        self.page_title.setText(page.title())

    def navigate(self, page_id: str, kind: str, item_id: int) -> None:
        """Handle `ctx.navigate`: page id "search" focuses the global search field."""
        if page_id == "search":
            self.search.focus_search()
            return
        if page_id not in self.pages:
            raise KeyError(f"no page {page_id!r}")  # a bug: every page in PAGES is built after unlocking
        if not self.show_page(page_id):
            return  # locked: the unlock screen stays
        if kind:
            self.pages[page_id].show_item(kind, item_id)

    def current_page(self) -> Page | None:
        frame = self.page_stack.currentWidget()
        widget = frame.widget() if isinstance(frame, QScrollArea) else None
        return widget if isinstance(widget, Page) else None

    # --- dialogs ----------------------------------------------------------------------------------

    def show_shortcuts(self) -> ShortcutsDialog:
        from coordinator_app.ui.shell.dialogs import ShortcutsDialog  # start-up time: loaded when first opened

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        from coordinator_app.ui.shell.dialogs import AboutDialog  # start-up time: loaded when first opened

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- window state -----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is not None and self.restoreGeometry(geometry):
            return
        size, maximised = first_size(fit.available(self))
        self.resize(size)
        area = fit.available(self)
        self.move(area.left() + (area.width() - size.width() - fit.FRAME.width()) // 2,
                  area.top() + (area.height() - size.height() - fit.FRAME.height()) // 2)
        if maximised:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.lock_manager.windows_filter is not None and not getattr(self, "_wts_registered", False):
            self._wts_registered = self.lock_manager.windows_filter.register(int(self.winId()))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.WindowStateChange and self.isMinimized():
            self.lock_manager.minimised()

    def unsaved_pages(self) -> list[Page]:
        if not self.ctx.is_unlocked:
            return []
        return [p for p in self.pages.values() if p.has_unsaved_changes()]

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_confirmed and self.unsaved_pages():
            event.ignore()
            self._ask_unsaved()
            return
        self.lock_manager.lock("close")
        if self.first_run is not None:
            self.first_run.discard()
        self._in_use_timer.stop()
        self.instance_lock.release()
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        event.accept()

    def _ask_unsaved(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("unsavedDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Some changes have not been saved yet. Save them before closing?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def answered(_result: int) -> None:
            button = box.standardButton(box.clickedButton())
            if button == QMessageBox.StandardButton.Cancel or button == QMessageBox.StandardButton.NoButton:
                return
            self._close_confirmed = True  # Save: lock() calls save_pending on every page
            if button == QMessageBox.StandardButton.Discard:
                self.lock_manager.discard_pending = True
            self.close()

        box.finished.connect(answered)
        box.open()
