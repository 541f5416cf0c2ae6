"""The layout audit (issue 18), run in a child process per screen size and language because the size of
Qt's offscreen screen is fixed when the application starts:

    QT_QPA_PLATFORM=offscreen:configfile=<screen.json> python -m tests.ui.layout_audit nl [shots folder]

It builds a vault with the demo data plus the longest organisation names of the region, a person of 60
characters and a reporter from the AVIM, starts the app as on a first launch, and opens every page, tab,
wizard step and the main dialogs. It prints one JSON list of problems:
- a visible horizontal scroll bar;
- a widget (outside scrolled content) that lies partly outside its window;
- a window that with its frame is larger than the free screen area;
- text cut off (a label, button or check box narrower than its text) without a tool tip that shows it.
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
    from coordinator_app.services import contacts, demo

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
        return {"avim": avim, "person": person, "case": case}
    finally:
        vault.close()


class Audit:
    def __init__(self, app, area) -> None:
        self.app = app
        self.area = area
        self.problems: list[str] = []
        self.seen = 0

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
        for name, show in list(_tabs(page)):
            show()
            audit.check(window, f"page {page_id} {name}", shots)
    window.show_page("cases")
    window.pages["cases"].show_item("case", ids["case"])
    audit.settle()
    for name, show in list(_tabs(window.pages["cases"])):
        show()
        audit.check(window, f"case {name}", shots)
    _audit_intake(window, audit, ids, shots)
    _audit_dialogs(window, audit, ids, shots)
    window._close_confirmed = True
    window.close()
    audit.settle()
    i18n.uninstall(app)
    return audit.problems


def _audit_intake(window, audit: Audit, ids: dict[str, int], shots: Path | None) -> None:
    from coordinator_app.services.intake_content import STEP_CODES

    window.show_page("intake")
    page = window.pages["intake"]
    audit.check(window, "intake home", shots)
    page.show_item("new", 0)
    audit.settle()
    known = page.known_dialog  # "Is deze persoon al bekend?" opens first when the vault holds persons
    assert known is not None and known.isVisible(), "the known-person check did not open"
    audit.check(known, "dialog known person", shots)
    known.new_button.click()  # "Nieuwe persoon": the wizard opens
    audit.settle()
    wizard = page.wizard
    wizard.pages["signal"].reporter.set_value(ids["person"], notify=True)
    audit.check(window, "intake step signal (AVIM reporter)", shots)
    for code in STEP_CODES[1:]:  # every step, shown as the wizard would show it
        wizard.setStartId(STEP_CODES.index(code))
        wizard.restart()
        audit.check(window, f"intake step {code}", shots)
    wizard.setStartId(0)
    page._discard_new()
    audit.settle()


def _audit_dialogs(window, audit: Audit, ids: dict[str, int], shots: Path | None) -> None:
    from coordinator_app.ui.documents.letter_dialog import LetterDialog
    from coordinator_app.ui.network.edit_dialogs import ContactDialog, OrganisationDialog

    organisations = [(1, name) for name in LONG_ORGANISATIONS]
    dialogs = {
        "new organisation": lambda: OrganisationDialog(None, window),
        "edit organisation": lambda: OrganisationDialog({"name": LONG_ORGANISATIONS[0], "org_type": "police"}, window),
        "new person": lambda: ContactDialog(organisations, None, window),
        "letter": lambda: LetterDialog(window.ctx, ids["case"], window),
        "shortcuts": window.show_shortcuts,
        "about": window.show_about,
    }
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        audit.settle()
        audit.check(dialog, f"dialog {name}", shots)
        dialog.close()
        audit.settle()


def main(argv: list[str]) -> int:
    lang = argv[1] if len(argv) > 1 else "nl"
    shots = Path(argv[2]) if len(argv) > 2 else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    print(json.dumps(run(lang, shots)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
