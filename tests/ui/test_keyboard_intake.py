"""A whole intake by keyboard only (pytest-qt): Ctrl+N, "Is deze persoon al bekend?", every step, "Dossier
aanmaken" and the handover letter, with key presses only (no clicks, no setText, no setCurrentIndex)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

from tests.helpers import type_text
from tests.ui.shell_fixtures import settle, unlock

KEY = Qt.Key
MOD = Qt.KeyboardModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = MOD.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifier)
    settle(qtbot)


def chain(qtbot, limit: int = 80) -> list[str]:
    """The object names met walking the focus chain with Tab once round (for the failure message)."""
    names = []
    for _ in range(limit):
        names.append(f"{type(focus()).__name__}:{focus().objectName()}")
        qtbot.keyClick(focus(), KEY.Key_Tab)
    return names


def tab_to(qtbot, name: str, limit: int = 80) -> QWidget:
    """Press Tab until the widget `name` has the focus (it must be reachable by Tab)."""
    seen = []
    for _ in range(limit):
        if focus().objectName() == name:
            return focus()
        seen.append(f"{type(focus()).__name__}:{focus().objectName()}")
        qtbot.keyClick(focus(), KEY.Key_Tab)
    raise AssertionError(f"{name} not reached by Tab; chain: {seen}")


def pick(qtbot, data: object) -> None:
    """The focused combo box: Home, then Down until the item with `data` is current."""
    box = focus()
    assert isinstance(box, QComboBox), box
    qtbot.keyClick(box, KEY.Key_Home)
    for _ in range(box.count()):
        if box.currentData() == data:
            return
        qtbot.keyClick(box, KEY.Key_Down)
    raise AssertionError(f"{data!r} not in {box.objectName()}")


def next_step(qtbot, wizard, expect: str) -> None:
    """Tab to Next (Volgende) and press Space; the wizard must show `expect` with the focus on its first input."""
    tab_to(qtbot, "intakeNext")
    press(qtbot, KEY.Key_Space)
    settle(qtbot)
    page = wizard.current_page()
    assert wizard.step_code() == expect, page.top_error.text() if page else ""
    assert page.isAncestorOf(focus()), f"focus on {focus().objectName()} after Next"


def tick_tree_item(qtbot, view, row_path: tuple[int, int]) -> None:
    """In the indicator tree (focused): go to group/row with the arrow keys and tick it with Space."""
    model = view.model()
    group, row = row_path
    target = model.index(row, 0, model.index(group, 0))
    qtbot.keyClick(view, KEY.Key_Home)
    for _ in range(400):
        if view.currentIndex() == target:
            break
        current = view.currentIndex()
        if model.hasChildren(current) and not view.isExpanded(current) and current == model.index(group, 0):
            qtbot.keyClick(view, KEY.Key_Right)
        qtbot.keyClick(view, KEY.Key_Down)
    assert view.currentIndex() == target
    qtbot.keyClick(view, KEY.Key_Space)
    assert target.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value or \
        target.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_a_whole_intake_by_keyboard_from_ctrl_n_to_the_handover_letter(qtbot, make_window, demo_vault_dir) -> None:
    import datetime as dt

    from sqlalchemy import select

    from coordinator_app.db.models import Case, Person

    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    with window.ctx.vault.read() as s:
        cases_before = set(s.scalars(select(Case.id)))
    press(qtbot, KEY.Key_N, MOD.ControlModifier)  # Ctrl+N from wherever the focus is

    # "Is deze persoon al bekend?": the demo vault holds persons; type a name, then "Nieuwe persoon"
    qtbot.waitUntil(lambda: (d := window.findChild(QWidget, "knownPersonDialog")) is not None and d.isVisible())
    assert focus().objectName() == "knownFirstName"
    type_text(focus(), "Jolanta")
    tab_to(qtbot, "knownLastName")
    type_text(focus(), "Wiśniewska")
    known = window.findChild(QWidget, "knownPersonDialog")  # as a person would: read the answer, then choose
    qtbot.waitUntil(lambda: not known._timer.isActive())
    settle(qtbot)
    tab_to(qtbot, "knownNew")
    press(qtbot, KEY.Key_Space)
    settle(qtbot)

    wizard = window.findChild(QWidget, "intakeWizard")
    qtbot.waitUntil(lambda: wizard.isVisible() and wizard.step_code() == "signal")
    assert focus().objectName() == "signal_received_on"  # the first input, not the wizard or its buttons
    assert focus().text() == dt.date.today().strftime("%d-%m-%Y")
    tab_to(qtbot, "signal_channel")
    pick(qtbot, "phone")
    tab_to(qtbot, "signal_reporter_org_type")
    pick(qtbot, "healthcare")
    tab_to(qtbot, "signal_text")
    type_text(focus(), "Cliënte zegt: 'mijn paspoort ligt bij de baas', werkt 14 uur per dag.")
    tab_to(qtbot, "municipality")
    pick(qtbot, "Zwolle")
    next_step(qtbot, wizard, "safety")

    for question in ("safety_acute_danger", "safety_is_minor"):  # yes/no: radio buttons, one Tab stop;
        tab_to(qtbot, f"{question}_yes")  # the arrow key goes to "No", Space chooses it
        press(qtbot, KEY.Key_Right)
        assert focus().objectName() == f"{question}_no"
        press(qtbot, KEY.Key_Space)
    assert (wizard.state.safety.acute_danger, wizard.state.safety.is_minor) == (False, False)
    next_step(qtbot, wizard, "indicators")

    view = tab_to(qtbot, "indicators_view")
    tick_tree_item(qtbot, view, (0, 0))
    tick_tree_item(qtbot, view, (1, 1))
    tab_to(qtbot, "indicators_use_suggestion")
    press(qtbot, KEY.Key_Space)
    next_step(qtbot, wizard, "person")

    first = tab_to(qtbot, "person_first_name")
    assert first.text() == "Jolanta"  # typed in the known-person check, not asked again
    tab_to(qtbot, "person_estimated_age")
    qtbot.keyClicks(focus(), "31")
    tab_to(qtbot, "person_gender")
    pick(qtbot, "female")
    tab_to(qtbot, "person_nationality")
    pick(qtbot, "PL")
    next_step(qtbot, wizard, "consultation")

    tab_to(qtbot, "consulted_colleague")
    press(qtbot, KEY.Key_Space)
    for name, text in (("consultation_weighed", "Signalen, veiligheid en wensen van de cliënte."),
                       ("consultation_decision", "Traject starten."),
                       ("consultation_grounds", "Meerdere signalen van uitbuiting.")):
        tab_to(qtbot, name)
        type_text(focus(), text)
    next_step(qtbot, wizard, "consent")

    tab_to(qtbot, "consent_comensha_registration_given_0")  # radio buttons: "not recorded yet" is chosen,
    press(qtbot, KEY.Key_Right)  # the arrow key goes to "Yes, consent given", Space chooses it
    assert focus().objectName() == "consent_comensha_registration_given_1"
    press(qtbot, KEY.Key_Space)
    assert wizard.pages["consent"].boxes["comensha_registration"].answer.value() is True
    tab_to(qtbot, "consent_comensha_registration_signed_on")
    qtbot.keyClicks(focus(), dt.date.today().strftime("%d%m%Y"))
    tab_to(qtbot, "consent_comensha_registration_signer")
    pick(qtbot, "person")
    next_step(qtbot, wizard, "followups")
    next_step(qtbot, wizard, "summary")
    summary = window.findChild(QWidget, "summary_view").toPlainText()
    assert "Jolanta" in summary and "Wiśniewska" in summary

    tab_to(qtbot, "intakeFinish")
    press(qtbot, KEY.Key_Space)
    letter = window.findChild(QAbstractButton, "intakeHandoverLetter")
    qtbot.waitUntil(lambda: letter.isVisible())
    with window.ctx.vault.read() as s:
        new = set(s.scalars(select(Case.id))) - cases_before
        assert len(new) == 1
        (case_id,) = new
        person = s.scalar(select(Person).where(Person.case_id == case_id))
        assert (person.first_name, person.last_name) == ("Jolanta", "Wiśniewska")
    assert focus() in (window.findChild(QAbstractButton, "intakeOpenCase"), letter)  # focus on the result panel
    tab_to(qtbot, "intakeHandoverLetter")
    press(qtbot, KEY.Key_Space)
    qtbot.waitUntil(lambda: (d := window.findChild(QWidget, "letterDialog")) is not None and d.isVisible())
    dialog = window.findChild(QWidget, "letterDialog")
    assert dialog.isAncestorOf(focus()) or focus() is dialog
