"""Accessibility (issue 18): on every page, tab, case tab and intake step, walking the focus chain with Tab
reaches every visible input, each with a name a screen reader reads (through QAccessible, as Orca/NVDA
would get it), in the order of the screen (top to bottom, left to right; a jump up only to a column on the
right), and no input catches Tab."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.ui.shell_fixtures import settle, unlock

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView,
          QAbstractSlider, QTabBar)
TOLERANCE = 4  # pixels: widgets of one row are not always aligned to the pixel


def tab_stop(widget: QWidget, root: QWidget) -> bool:
    return (root.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None)


def rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def scroll_area_of(widget: QWidget, root: QWidget) -> QAbstractScrollArea | None:
    """The innermost scroll area inside root that holds `widget` in its scrolled content."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport() and root.isAncestorOf(area):
            return area
        parent = parent.parentWidget()
    return None


def unscrolled(widget: QWidget, area: QAbstractScrollArea) -> QRect:
    """Where `widget` lies in the scroll area's content: the same wherever the area is scrolled to (it
    follows the focus while Tab goes round, which is no jump in the order)."""
    return QRect(widget.mapTo(area.viewport(), QPoint(0, 0)) + QPoint(area.horizontalScrollBar().value(),
                                                                       area.verticalScrollBar().value()),
                 widget.size())


def label(widget: QWidget) -> str:
    return f"{type(widget).__name__}:{widget.objectName() or '?'}"


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def out_of_order(ra: QRect, rb: QRect) -> bool:
    """rb follows ra in Tab order: it may not lie above ra (unless in a column to the right of it), nor left
    of it on the same row."""
    same_row = rb.top() < ra.bottom() - TOLERANCE and ra.top() < rb.bottom() - TOLERANCE
    if same_row:
        return rb.right() <= ra.left() + TOLERANCE
    if rb.bottom() <= ra.top() + TOLERANCE:  # b lies above a
        return rb.left() < ra.right() - TOLERANCE
    return False


def walk(qtbot, root: QWidget, where: str) -> list[str]:
    """Tab once round the whole focus chain; the problems found in the part inside `root`, read from where
    Tab enters it."""
    expected = [w for w in root.findChildren(QWidget) if isinstance(w, INPUTS) and tab_stop(w, root)]
    if not expected:
        return []
    problems: list[str] = []
    expected[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    cycle: list[QWidget] = []
    places: dict[int, QRect] = {}  # place inside root at the moment of focus
    in_content: dict[int, tuple[QAbstractScrollArea, QRect]] = {}  # place in a scroll area's whole content
    for _ in range(400):
        current = QApplication.focusWidget()
        if current is None:
            problems.append(f"{where}: Tab leaves no widget with the focus")
            break
        if current in cycle:
            if current is not cycle[0]:
                problems.append(f"{where}: Tab is caught by {label(current)}")
            break
        cycle.append(current)
        if root.isAncestorOf(current):
            places[id(current)] = QRect(current.mapTo(root, current.rect().topLeft()), current.size())
            area = scroll_area_of(current, root)
            if area is not None:
                in_content[id(current)] = (area, unscrolled(current, area))
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    inside = [root.isAncestorOf(w) for w in cycle]
    entry = next((i for i in range(len(cycle)) if inside[i] and not inside[i - 1]), 0)
    if all(inside):  # a dialog: Tab goes round inside it, from the last input back up to the first. Read the
        # round from one jump back: a round in screen order has only that one, any other is reported
        jumps = [i for i in range(len(cycle)) if out_of_order(places[id(cycle[i - 1])], places[id(cycle[i])])]
        entry = jumps[0] if jumps else 0
    seen = [w for w in cycle[entry:] + cycle[:entry] if root.isAncestorOf(w)]
    for widget in expected:
        if isinstance(widget, QRadioButton) and any(
                isinstance(w, QRadioButton) and w.parentWidget() is widget.parentWidget() for w in seen):
            continue  # a group of radio buttons is one Tab stop; the arrow keys choose inside it
        if widget not in seen:
            problems.append(f"{where}: {label(widget)} not reached with Tab")
    for widget in seen:
        if isinstance(widget, INPUTS) and not accessible_name(widget):
            problems.append(f"{where}: {label(widget)} has no accessible name")
    for a, b in itertools.pairwise(seen):
        ra, rb = places[id(a)], places[id(b)]
        if id(a) in in_content and id(b) in in_content and in_content[id(a)][0] is in_content[id(b)][0]:
            ra, rb = in_content[id(a)][1], in_content[id(b)][1]  # both in one scroll area: where they lie in it
        if out_of_order(ra, rb):
            problems.append(f"{where}: Tab goes from {label(a)} {ra.getRect()} back to {label(b)} {rb.getRect()}")
    return problems


def _chain(root: QWidget):
    widget = root.nextInFocusChain()
    for _ in range(5000):
        if widget is root:
            return
        yield widget
        widget = widget.nextInFocusChain()


def tabs_of(root: QWidget):
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            for index in range(tabs.count()):
                yield tabs, index


def screens(window, case_id: int):
    """(name, root widget) for every page and its tabs, the case detail's tabs and every intake step."""
    for page_id, page in window.pages.items():
        window.show_page(page_id)
        yield f"page {page_id}", page
        for tabs, index in list(tabs_of(page)):
            tabs.setCurrentIndex(index)
            yield f"page {page_id} tab {tabs.tabText(index)}", page
    window.show_page("cases")
    window.pages["cases"].show_item("case", case_id)
    for tabs, index in list(tabs_of(window.pages["cases"])):
        tabs.setCurrentIndex(index)
        yield f"case tab {tabs.tabText(index)}", window.pages["cases"]
    from coordinator_app.domain.intake.content import STEP_CODES

    window.show_page("intake")
    intake = window.pages["intake"]
    intake._begin_new(None)
    wizard = intake.wizard
    for code in STEP_CODES:
        wizard.setStartId(STEP_CODES.index(code))
        wizard.restart()
        wizard.focus_first_input()
        yield f"intake step {code}", wizard
    wizard.setStartId(0)
    intake._discard_new()


def test_every_screen_has_named_inputs_in_screen_order(qtbot, make_window, demo_vault_dir) -> None:
    from sqlalchemy import select

    from coordinator_app.db.models import Case

    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    window.activateWindow()
    with window.ctx.vault.read() as s:
        case_id = s.scalar(select(Case.id).order_by(Case.id))
    problems: list[str] = []
    for where, root in screens(window, case_id):
        settle(qtbot)
        problems += walk(qtbot, root, where)
    assert problems == [], "\n".join(problems)


def _dialog_ids(window) -> dict[str, int]:
    """The rows dialog_makers() needs: a case, an organisation (the AVIM's when there is one), a person."""
    rows = window.ctx.vault.execute_sql
    organisations = rows("SELECT id, name FROM organisations ORDER BY id")
    avim = next((i for i, name in organisations if "AVIM" in name), organisations[0][0])
    return {"case": rows("SELECT min(id) FROM cases")[0][0], "avim": avim,
            "person": rows("SELECT min(id) FROM contacts")[0][0]}


def _walk_window(qtbot, dialog: QWidget, where: str) -> list[str]:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    settle(qtbot)
    return walk(qtbot, dialog, where)


def test_every_dialog_has_named_inputs_in_screen_order(qtbot, make_window, demo_vault_dir) -> None:
    """Every dialog the layout audit opens (tests/ui/layout_audit.py, which a test keeps complete), every page
    of the restore wizard, the known-person check and the first-run wizard's steps."""
    from coordinator_app.db import keys
    from coordinator_app.ui.backups.restore_wizard import RestoreWizard
    from coordinator_app.ui.first_run.wizard import FirstRunWizard
    from tests.ui.layout_audit import dialog_makers

    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    problems: list[str] = []
    for name, make in dialog_makers(window, _dialog_ids(window)).items():
        dialog = make()
        problems += _walk_window(qtbot, dialog, f"dialog {name}")
        dialog.close()
        settle(qtbot)
    wizard = RestoreWizard(window.ctx, window.folder, window)
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        problems += _walk_window(qtbot, wizard, f"restore wizard {type(wizard.currentPage()).__name__}")
    wizard.close()
    window.show_page("intake")
    window.pages["intake"].show_item("new", 0)
    page = window.pages["intake"]
    qtbot.waitUntil(lambda: page.known_dialog is not None and page.known_dialog.isVisible())
    known = page.known_dialog
    problems += _walk_window(qtbot, known, "dialog known person")
    known.close()
    first = FirstRunWizard(demo_vault_dir.parent / "new-vault", kdf_profile=keys.TEST_ONLY)
    qtbot.addWidget(first)
    for step in range(first.steps.count()):
        first.go(step)
        problems += _walk_window(qtbot, first, f"first run step {step + 1}")
    assert problems == [], "\n".join(problems)
