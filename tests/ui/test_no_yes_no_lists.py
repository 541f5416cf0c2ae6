"""Yes/no questions are radio buttons or check boxes, never a drop-down list (issue 18): every combo box that
exists once every page, every case tab, the whole intake wizard and the dialogs have been built is looked at;
none may offer only yes / no (/ unknown, not yet, not recorded). The questions that were lists — consent per
purpose in the intake, "report to the police made?" — are radio buttons with every answer in sight."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox, QRadioButton, QWidget

from tests.ui.shell_fixtures import settle, unlock

YES = {"yes", "ja", ("bool", True)}
NO = {"no", "nee", ("bool", False)}
UNSURE = {"unknown", "onbekend", "not yet", "nog niet", "not_yet", "not recorded yet", "nog niet vastgelegd",
          "not discussed yet", "nog niet besproken", "", None}


def _answer(text: str) -> str:
    """'&Ja, toestemming gegeven' -> 'ja'; '(nog niet besproken)' -> 'nog niet besproken'."""
    text = text.replace("&", "").strip().strip("()").strip().lower()
    return re.split(r"[,:;.]", text, maxsplit=1)[0].strip()


def _kind(data: object) -> object:
    """An item's data as compared: True/False exactly (not 1/0), text case-blind, anything else by itself."""
    if isinstance(data, bool):
        return ("bool", data)
    if isinstance(data, str):
        return data.lower()
    return data if data is None else ("other", repr(data))


def offers_only_yes_no(box: QComboBox) -> bool:
    """True when every item of `box` is a yes, a no or an unsure answer (by its data or by its text), with at
    least one yes and one no."""
    data = [box.itemData(i) for i in range(box.count())]
    for kinds in ([_kind(d) for d in data], [_answer(box.itemText(i)) for i in range(box.count())]):
        if (kinds and all(k in YES | NO | UNSURE for k in kinds) and any(k in YES for k in kinds)
                and any(k in NO for k in kinds)):
            return True
    return False


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    return box


def test_the_check_recognises_a_yes_no_list(qtbot) -> None:
    assert offers_only_yes_no(_combo([("(nog niet besproken)", ""), ("Ja", "yes"), ("Nee", "no"),
                                      ("Nog niet", "not_yet")]))
    assert offers_only_yes_no(_combo([("Nog niet vastgelegd", None), ("Ja, toestemming gegeven", True),
                                      ("Geen toestemming", False)]))
    assert offers_only_yes_no(_combo([("Yes", None), ("No", None), ("Unknown", None)]))
    assert not offers_only_yes_no(_combo([("Vrouw", "female"), ("Man", "male"), ("Onbekend", "unknown")]))
    assert not offers_only_yes_no(_combo([("Nederlands", "nl"), ("English", "en")]))
    assert not offers_only_yes_no(_combo([]))
    assert not offers_only_yes_no(_combo([("Eén", 1), ("Nul", 0)]))  # numbers are not yes and no


def test_no_combo_box_in_the_app_asks_yes_or_no(qtbot, make_window, demo_vault_dir: Path) -> None:
    from coordinator_app.ui.documents.letter_dialog import LetterDialog
    from coordinator_app.ui.network.edit_dialogs import ContactDialog, OrganisationDialog

    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    case_id = int(window.ctx.vault.execute_sql("SELECT min(id) FROM cases")[0][0])
    for page_id in window.pages:
        window.show_page(page_id)
    window.show_page("cases")
    window.pages["cases"].show_item("case", case_id)
    window.pages["intake"].show_item("new", 0)
    settle(qtbot)
    dialogs: list[QWidget] = [OrganisationDialog(None, window), ContactDialog([], None, window),
                              LetterDialog(window.ctx, case_id, window)]
    settle(qtbot)
    combos = [w for w in QApplication.allWidgets() if isinstance(w, QComboBox)]
    wizard = window.findChild(QWidget, "intakeWizard")
    assert wizard is not None and len(combos) > 30  # the case tabs, the intake steps and the dialogs were built
    offending = [f"{b.objectName() or '?'}: {[b.itemText(i) for i in range(b.count())]}"
                 for b in combos if offers_only_yes_no(b)]
    assert offending == []
    for name, answers in (("consent_comensha_registration_given", 3), ("followups_police_report", 4)):
        question = wizard.findChild(QWidget, name)
        assert question is not None and not isinstance(question, QComboBox), name
        assert len(question.findChildren(QRadioButton)) == answers, name
    for dialog in dialogs:
        dialog.deleteLater()
    window.pages["intake"]._discard_new()
    settle(qtbot)
