"""The layout audit (issue 18), run in a child process per screen size and language because the size of
Qt's offscreen screen is fixed when the application starts:

    QT_QPA_PLATFORM=offscreen:configfile=<screen.json> python -m tests.ui.layout_audit nl [shots folder]

It builds a vault with the demo data plus the longest organisation names of the region, a person of 60
characters and a reporter from the AVIM, starts the app as on a first launch, and opens every page, tab,
wizard step and the main dialogs. It prints one JSON list of problems:
- a visible horizontal scroll bar;
- a widget (outside scrolled content) that lies partly outside its window;
- a window that with its frame is larger than the free screen area;
- text cut off (a label, button or check box narrower than its text) without a tool tip that shows it;
- an Alt letter used twice among what one window shows at once, the menu bar included (mnemonic_clashes).
The address book is also audited with an organisation and a person open, the tasks tab with an open and
a done task selected (their buttons differ).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
LONG_PERSON = ("Anna-Maria Lucía Josefina", "Wiśniewska-Van den Bergh-Oosterhuis")  # 61 characters with a space
LONG_ORGANISATIONS = (
    "Politie Oost-Nederland, AVIM (Vreemdelingenpolitie, Identificatie en Mensenhandel)",
    "Openbaar Ministerie, Arrondissementsparket Oost-Nederland",
)


def screen_config(width: int, height: int, folder: Path) -> str:
    """A QT_QPA_PLATFORM value for an offscreen screen of this size."""
    path = folder / f"screen-{width}x{height}.json"
    path.write_text(json.dumps({"screens": [{
        "name": "Laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}), encoding="utf-8")
    return f"offscreen:configfile={path}"


def _isolate() -> Path:
    home = Path(tempfile.mkdtemp(prefix="coordinator-audit-"))
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_STATE_HOME", "state"), ("XDG_RUNTIME_DIR", "runtime")):
        os.environ[var] = str(home / sub)
        (home / sub).mkdir(mode=0o700)
    return home


def _make_vault(folder: Path) -> dict[str, int]:
    from coordinator_app.db import keys
    from coordinator_app.db.vault import Vault
    from coordinator_app.services import demo
    from coordinator_app.services.cases import work
    from coordinator_app.services.network import contacts

    vault, _code = Vault.create(folder, PASSPHRASE, profile=keys.TEST_ONLY)
    try:
        demo.generate(vault, cases=30, seed=7)
        names = {n for (n,) in vault.execute_sql("SELECT name FROM organisations")}
        for name in LONG_ORGANISATIONS:
            if name not in names:
                contacts.create_organisation(vault, contacts.OrganisationInput(name=name, org_type="police"))
        avim = vault.execute_sql("SELECT id FROM organisations WHERE name LIKE '%AVIM%' ORDER BY id")[0][0]
        person = contacts.create_contact(vault, contacts.ContactInput(
            first_name=LONG_PERSON[0], last_name=LONG_PERSON[1], organisation_id=avim,
            function="Rechercheur mensenhandel en arbeidsuitbuiting"))
        case = vault.execute_sql("SELECT min(id) FROM cases")[0][0]
        for title, done in (("Terugbellen over de opvang", False), ("Intakeverslag nasturen", True)):
            task = work.add_task(vault, case, title, None)  # an open and a done task: both texts of its button
            if done:
                work.set_task_done(vault, case, task, True)
        return {"avim": avim, "person": person, "case": case}
    finally:
        vault.close()


class Audit:
    def __init__(self, app, area) -> None:
        self.app = app
        self.area = area
        self.problems: list[str] = []
        self.seen = 0
        self.opened: set[str] = set()  # dialog classes audited

    def settle(self, rounds: int = 4) -> None:
        from coordinator_app.ui.worker import wait_idle

        for _ in range(rounds):
            wait_idle(20_000)
            self.app.processEvents()

    def check(self, window, where: str, shots: Path | None = None) -> None:
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QCheckBox, QLabel, QWidget

        from coordinator_app.ui import fit

        self.settle()
        self.seen += 1
        if shots is not None:
            window.grab().save(str(shots / f"{self.seen:02d}-{where.replace('/', '_').replace(' ', '_')}.png"))
        size = window.size()
        frame = fit.FRAME if not window.isMaximized() else type(size)(0, 0)
        if size.width() + frame.width() > self.area.width() or size.height() + frame.height() > self.area.height():
            self.problems.append(f"{where}: window {size.width()}×{size.height()} (+frame) larger than the free "
                                 f"screen {self.area.width()}×{self.area.height()}")
        viewports = [s.viewport() for s in window.findChildren(QAbstractScrollArea) if s.isVisible()]
        for scroll in window.findChildren(QAbstractScrollArea):
            if scroll.isVisible() and scroll.horizontalScrollBar().isVisible():
                self.problems.append(f"{where}: horizontal scroll bar on {type(scroll).__name__} "
                                     f"'{scroll.objectName()}' in '{_named_parent(scroll)}'")
        inside = window.rect().adjusted(-1, -1, 1, 1)
        for widget in window.findChildren(QWidget):
            if (not widget.isVisible() or widget.isWindow() or widget.window() is not window
                    or any(v.isAncestorOf(widget) for v in viewports)):
                continue  # another window (an open dialog) is audited on its own
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not inside.contains(rect):
                self.problems.append(f"{where}: {type(widget).__name__} '{widget.objectName() or _text(widget)}' "
                                     f"at {rect.getRect()} outside the window {window.width()}×{window.height()}")
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or widget.toolTip():
                continue
            if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
                if widget.textFormat() != _plain() and "<" in widget.text():
                    continue
                needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 2 * widget.margin()
                if widget.width() + 1 < needed and widget.width() > 0:
                    self.problems.append(f"{where}: label '{widget.text()[:50]}' cut off ({widget.width()} < {needed}) "
                                         "without a tool tip")
            elif isinstance(widget, (QAbstractButton, QCheckBox)) and widget.text() and widget.width() > 0 and \
                    widget.width() + 1 < widget.minimumSizeHint().width():
                self.problems.append(f"{where}: button '{widget.text()[:50]}' cut off "
                                     f"({widget.width()} < {widget.minimumSizeHint().width()}) without a tool tip")
        self.problems += [f"{where}: {clash}" for clash in mnemonic_clashes(window)]


    def check_popups(self, window, where: str) -> None:
        """The popups the window opens (every combo box's list, the date fields' calendar, the completers'
        lists, of each field in view) lie within the free screen area."""
        from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

        from coordinator_app.ui.dates import DateField

        for combo in window.findChildren(QComboBox):
            if _in_view(combo) and combo.isEnabled() and combo.count():
                combo.showPopup()
                self.app.processEvents()
                self._within(combo.view().window(), f"{where}: list of {combo.objectName() or 'combo box'}")
                combo.hidePopup()
        for field in window.findChildren(DateField):
            if _in_view(field) and field.isEnabled():
                field.open_calendar()
                self.app.processEvents()
                self._within(field.popup, f"{where}: calendar of {field.objectName() or 'date field'}")
                field.popup.hide()
        for line in window.findChildren(QLineEdit):
            completer = line.completer()
            if _in_view(line) and completer is not None and completer.model() is not None \
                    and completer.model().rowCount() and not isinstance(line.parentWidget(), QComboBox) \
                    and completer.completionMode() == QCompleter.CompletionMode.PopupCompletion:
                completer.setWidget(line)
                completer.setCompletionPrefix("")
                completer.complete()
                self.app.processEvents()
                self._within(completer.popup(), f"{where}: completions of {line.objectName() or 'field'}")
                completer.popup().hide()
        self.app.processEvents()

    def _within(self, popup, what: str) -> None:
        if popup is None or not popup.isVisible():
            self.problems.append(f"{what}: the popup did not open")
            return
        if not self.area.contains(popup.frameGeometry()):
            self.problems.append(f"{what}: popup at {popup.frameGeometry().getRect()} outside the free screen "
                                 f"{self.area.getRect()}")


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text ("&Opslaan" -> "o"; "&&" is a literal ampersand), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def mnemonic_clashes(window) -> list[str]:
    """Alt letters used twice among what the window shows at once: buttons, labels with a buddy, group boxes,
    the tabs of a visible tab bar and the menu bar. Qt then only moves the focus between them (and a button
    is not pressed), so the shortcut the label promises does not work."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

    owners: dict[str, list[str]] = {}

    def add(text: str, enabled: bool = True) -> None:
        letter = mnemonic(text)
        if letter and enabled:
            owners.setdefault(letter, []).append(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))

    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), widget.isEnabled())
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisible():
            add(widget.text(), widget.buddy().isEnabled())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title(), widget.isEnabled())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), widget.isTabEnabled(index))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), action.isEnabled())
    return [f"Alt+{letter.upper()} used by " + ", ".join(f"'{t}'" for t in texts)
            for letter, texts in sorted(owners.items()) if len(texts) > 1]


def _in_view(widget) -> bool:
    """Shown whole (not scrolled out of view: the user scrolls a field into view before opening its list)."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def _plain():
    from PySide6.QtCore import Qt

    return Qt.TextFormat.PlainText


def _text(widget) -> str:
    text = getattr(widget, "text", None)
    return text()[:40] if callable(text) and isinstance(text(), str) else ""


def _named_parent(widget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return parent.objectName() if parent is not None else ""


def _tabs(root) -> Iterator[tuple[str, Callable[[], None]]]:
    from PySide6.QtWidgets import QTabWidget

    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            yield f"{tabs.objectName() or 'tabs'}[{tabs.tabText(index).replace('&', '')}]", (
                lambda t=tabs, i=index: t.setCurrentIndex(i))


def run(lang: str, shots: Path | None = None) -> list[str]:
    home = _isolate()
    ids = _make_vault(home / "vault")

    from coordinator_app.db import keys
    from coordinator_app.ui import fit, i18n
    from coordinator_app.ui.app import build_main_window
    from coordinator_app.ui.settings.page import SettingsPage

    SettingsPage.kdf_profile = keys.TEST_ONLY
    app, window = build_main_window(home / "vault", lang, kdf_profile=keys.TEST_ONLY, watch_session=False)
    audit = Audit(app, fit.available(window))
    window.show()  # the size a first launch picks
    audit.check(window, "unlock screen", shots)
    from PySide6.QtCore import QEventLoop, QTimer

    opened = QEventLoop()  # until the vault is open (a signal), at most 60 s: no polling, no sleep
    window.ctx.unlocked.connect(opened.quit)
    QTimer.singleShot(60_000, opened.quit)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.try_unlock()
    if not window.ctx.is_unlocked:
        opened.exec()
    if not window.ctx.is_unlocked:
        raise TimeoutError("the audit vault did not open within 60 s")
    audit.settle()
    for page_id, page in window.pages.items():
        window.show_page(page_id)
        audit.check(window, f"page {page_id}", shots)
        audit.check_popups(window, f"page {page_id}")
        for name, show in list(_tabs(page)):
            show()
            audit.check(window, f"page {page_id} {name}", shots)
    for kind, key in (("organisation", "avim"), ("contact", "person")):  # the address book with an entry open
        window.show_page("network")
        window.pages["network"].show_item(kind, ids[key])
        audit.check(window, f"page network, {kind} open", shots)
    window.show_page("cases")
    window.pages["cases"].show_item("case", ids["case"])
    audit.settle()
    for name, show in list(_tabs(window.pages["cases"])):
        show()
        audit.check(window, f"case {name}", shots)
        audit.check_popups(window, f"case {name}")
    _audit_other_task(window, audit, shots)
    _audit_intake(window, audit, ids, shots)
    _audit_dialogs(window, audit, ids, shots)
    window._close_confirmed = True
    window.close()
    audit.settle()
    i18n.uninstall(app)
    return audit.problems


def _audit_other_task(window, audit: Audit, shots: Path | None) -> None:
    """The tasks tab with a task of the other kind (open or done) selected: its button's text changes."""
    detail = window.pages["cases"].detail
    tasks = detail.tasks
    detail.tabs.setCurrentWidget(tasks)
    audit.settle()
    first = tasks.done_button.text()
    for row in range(tasks.model.rowCount()):
        tasks.table.selectRow(row)
        if tasks.done_button.text() != first:
            audit.check(window, f"case tasks, {tasks.done_button.text().replace('&', '')}", shots)
            return
    audit.problems.append("case tasks: the audit case has no task of the other kind (open or done)")


def _audit_intake(window, audit: Audit, ids: dict[str, int], shots: Path | None) -> None:
    from coordinator_app.domain.intake.content import STEP_CODES

    window.show_page("intake")
    page = window.pages["intake"]
    audit.check(window, "intake home", shots)
    page.show_item("new", 0)
    audit.settle()
    known = page.known_dialog  # "Is deze persoon al bekend?" opens first when the vault holds persons
    assert known is not None and known.isVisible(), "the known-person check did not open"
    audit.check(known, "dialog known person", shots)
    audit.opened.add(type(known).__name__)
    known.new_button.click()  # "Nieuwe persoon": the wizard opens
    audit.settle()
    wizard = page.wizard
    wizard.pages["signal"].reporter.set_value(ids["person"], notify=True)
    audit.check(window, "intake step signal (AVIM reporter)", shots)
    audit.check_popups(window, "intake step signal")
    audit.opened.add(type(wizard).__name__)
    for code in STEP_CODES[1:]:  # every step, shown as the wizard would show it
        wizard.setStartId(STEP_CODES.index(code))
        wizard.restart()
        audit.check(window, f"intake step {code}", shots)
        audit.check_popups(window, f"intake step {code}")
    wizard.setStartId(0)
    page._discard_new()
    audit.settle()


# Every QDialog and QWizard subclass in coordinator_app/ui, by class name; test_layout_audit.py fails when a new one
# is not listed here, and the run reports a listed class it did not open.
AUDITED_DIALOGS = frozenset({
    "OrganisationDialog", "ContactDialog", "LetterDialog", "SaveOptionsDialog", "CasePickerDialog",
    "ShortcutsDialog", "AboutDialog", "KnownPersonDialog", "IntakeWizard", "ImportDialog", "RetentionDialog",
    "DuplicateReviewDialog", "CloseCaseDialog", "NetworkPicker", "DocumentViewer", "ContactPicker", "MergeDialog",
    "ImportPreviewDialog", "ExportDialog", "TrainingDialog", "MomentDialog", "ChangePassphraseDialog",
    "PassphraseChangedDialog", "RenewRecoveryCodeDialog", "RestoreWizard",
})
# Abstract bases: never opened themselves, only through the subclasses above.
DIALOG_BASES = frozenset({"_EditDialog", "_WorkDialog", "_SecretDialog"})


def dialog_makers(window, ids: dict[str, int]) -> dict[str, Callable[[], object]]:
    """How to open every dialog of the app (but the intake's, opened through its page): name -> a function
    that builds it (or opens it and returns it) with realistic long content. The focus-chain test uses it too."""
    from coordinator_app.services.network import duplicates, importing, listing, vcard
    from coordinator_app.services.network.contacts import OrganisationInput
    from coordinator_app.ui.cases.close_dialog import CloseCaseDialog
    from coordinator_app.ui.cases.duplicates_dialog import DuplicateReviewDialog
    from coordinator_app.ui.cases.import_dialog import ImportDialog
    from coordinator_app.ui.cases.retention_dialog import RetentionDialog
    from coordinator_app.ui.cases.tabs_docs import DocumentViewer
    from coordinator_app.ui.cases.tabs_work import NetworkPicker
    from coordinator_app.ui.documents.case_picker import CasePickerDialog
    from coordinator_app.ui.documents.letter_dialog import LetterDialog
    from coordinator_app.ui.documents.save_options import SaveOptionsDialog
    from coordinator_app.ui.network.edit_dialogs import ContactDialog, OrganisationDialog
    from coordinator_app.ui.network.merge_dialog import MergeDialog
    from coordinator_app.ui.network.picker import ContactPicker
    from coordinator_app.ui.network.transfer import ExportDialog, ImportPreviewDialog
    from coordinator_app.ui.network.work_dialogs import MomentDialog, TrainingDialog
    from coordinator_app.ui.settings.secrets import (
        ChangePassphraseDialog,
        PassphraseChangedDialog,
        RenewRecoveryCodeDialog,
    )

    ctx = window.ctx
    vault = ctx.vault
    organisations = [(1, name) for name in LONG_ORGANISATIONS]
    rows = {(r.kind, r.id): r for r in listing.list_network(vault)}
    orgs = sorted(i for kind, i in rows if kind == "organisation")
    pair = (ids["avim"], next(i for i in orgs if i != ids["avim"]))
    merge_groups = [(duplicates.DuplicateGroup("organisation", pair, ("name",)),
                     [rows[("organisation", i)] for i in pair])]
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + " ".join(LONG_PERSON) + "\r\nORG:" + LONG_ORGANISATIONS[0]
            + "\r\nTITLE:Rechercheur mensenhandel\r\nEND:VCARD\r\n").encode()
    import_items = importing.prepare(vault, vcard.parse_vcards(card))
    spreadsheet = Path(tempfile.mkdtemp(prefix="coordinator-audit-sheet-")) / "dossiers-met-een-lange-naam.csv"
    spreadsheet.write_text(  # rows with problems: the dialog lists them
        "dossiernummer,datum_signaal,gemeente,voornaam,achternaam\n"
        "ZM-2026-9001,31-02-2026,Zwolle,Anna,Jansen\n"
        f'ZM-2026-9002,15-01-2026,"{LONG_ORGANISATIONS[1]}",{LONG_PERSON[0]},{LONG_PERSON[1]}\n', encoding="utf-8")
    picture = _picture()

    def import_dialog():
        dialog = ImportDialog(vault, window)
        dialog.check_path(str(spreadsheet))
        return dialog

    return {
        "new organisation": lambda: OrganisationDialog(None, window),
        "edit organisation": lambda: OrganisationDialog(OrganisationInput(LONG_ORGANISATIONS[0], "police"), window),
        "new person": lambda: ContactDialog(organisations, None, window),
        "letter": lambda: LetterDialog(ctx, ids["case"], window),
        "save as PDF": lambda: SaveOptionsDialog(window),
        "choose a case for a letter": lambda: CasePickerDialog(ctx, window),
        "shortcuts": window.show_shortcuts,
        "about": window.show_about,
        "import cases": import_dialog,
        "retention": lambda: RetentionDialog(vault, window),
        "duplicate cases": lambda: DuplicateReviewDialog(ctx, window),
        "close case": lambda: CloseCaseDialog(3, window),
        "case network picker": lambda: NetworkPicker(vault, window),
        "document viewer": lambda: DocumentViewer("Identiteitsbewijs " + " ".join(LONG_PERSON), picture, "image/png",
                                                  window),
        "contact picker": lambda: ContactPicker(ctx, window),
        "merge organisations": lambda: MergeDialog(merge_groups, window),
        "import contacts": lambda: ImportPreviewDialog(ctx, import_items, "contacten-van-de-regio-oost.vcf", window),
        "export contacts": lambda: ExportDialog(3, 120, 340, window),
        "new training": lambda: TrainingDialog(organisations, None, window),
        "new contact moment": lambda: MomentDialog(ctx, None, window),
        "change passphrase": lambda: ChangePassphraseDialog(ctx, window),
        "renew recovery code": lambda: RenewRecoveryCodeDialog(ctx, window),
        "passphrase changed": lambda: PassphraseChangedDialog(ctx, window),
    }


def _audit_dialogs(window, audit: Audit, ids: dict[str, int], shots: Path | None) -> None:
    from coordinator_app.ui.backups.restore_wizard import RestoreWizard

    dialogs = dialog_makers(window, ids)
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        audit.settle()
        audit.check(dialog, f"dialog {name}", shots)
        audit.check_popups(dialog, f"dialog {name}")
        audit.opened.add(type(dialog).__name__)
        dialog.close()
        audit.settle()
    from coordinator_app.services.backups import backup, verify

    made = backup.create_backup(window.ctx.vault, Path(tempfile.mkdtemp(prefix="coordinator-audit-backup-")))
    wizard = RestoreWizard(window.ctx, window.folder, window, backup_file=str(made))
    wizard.set_contents(verify.verify(made, passphrase=PASSPHRASE))  # what the confirmation page shows
    wizard.show()
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        audit.check(wizard, f"restore wizard page {page_id} {type(wizard.currentPage()).__name__}", shots)
    audit.opened.add(type(wizard).__name__)
    wizard.close()
    audit.settle()
    _audit_first_run(window, audit, shots)
    missing = AUDITED_DIALOGS - audit.opened
    if missing:
        audit.problems.append(f"listed but not opened by the audit: {sorted(missing)}")


def _audit_first_run(window, audit: Audit, shots: Path | None) -> None:
    """The first-run wizard's steps, filling the screen as the main window that holds it does on a laptop."""
    from coordinator_app.db import keys
    from coordinator_app.ui.first_run.wizard import FirstRunWizard

    folder = Path(tempfile.mkdtemp(prefix="coordinator-audit-new-")) / "vault"
    first = FirstRunWizard(folder, kdf_profile=keys.TEST_ONLY)
    first.showMaximized()
    for step in range(first.steps.count()):
        first.go(step)
        audit.check(first, f"first run step {step + 1}", shots)
        audit.check_popups(first, f"first run step {step + 1}")
    first.close()
    audit.settle()


def _picture() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#8899aa"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(argv: list[str]) -> int:
    lang = argv[1] if len(argv) > 1 else "nl"
    shots = Path(argv[2]) if len(argv) > 2 else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    print(json.dumps(run(lang, shots)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
