"""The intake summary (last wizard step) shows typed names and notes isolated: a value with a
right-to-left override (U+202E) or isolate (U+2067) is wrapped in FSI ... PDI, so it cannot reorder
its label or the next line; the intake state keeps the value unchanged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTextBrowser

from coordinator_app.services.network import contacts
from tests.intake.conftest import settle
from tests.intake.test_intake_flow import base_state

FSI, PDI = "\u2068", "\u2069"
FIRST = "\u202eAmal"
LAST = "\u2067حداد\u2069 Haddad"
SOURCE = "buurman \u202eKarim\u202c"
NOTE = "Zegt: \u202eik ben vrij\u202c\nTweede regel"
REPORTER_LAST, REPORTER_FIRST = "Nasser", "\u202eMaryam"


def _isolated(text: str, value: str) -> bool:
    return FSI + value + PDI in text


def test_summary_isolates_names_and_notes(qtbot, page, vault) -> None:
    reporter = contacts.create_contact(vault, contacts.ContactInput(REPORTER_LAST, REPORTER_FIRST))
    qtbot.mouseClick(page.findChild(QPushButton, "intakeNew"), Qt.MouseButton.LeftButton)
    settle()
    state = base_state()
    state.signal.reporter_contact_id = reporter
    state.person.first_name, state.person.last_name = FIRST, LAST
    state.indicators.marks[0].source = SOURCE
    state.signal.text = NOTE
    page.wizard.flow.state = state
    page.wizard.book.reload()
    settle()
    summary = page.wizard.pages["summary"]
    summary.load()
    shown = summary.findChild(QTextBrowser, "summary_view").toPlainText()
    first_line, second_line = NOTE.split("\n")
    for value in (FIRST, LAST, SOURCE, first_line, f"{REPORTER_FIRST} {REPORTER_LAST}"):
        assert _isolated(shown, value), (value, shown)
    assert f"{PDI}\n{second_line}" in shown  # each line isolated on its own; plain Latin shown as is
    # the state itself is untouched
    assert (state.person.first_name, state.person.last_name, state.indicators.marks[0].source, state.signal.text) \
        == (FIRST, LAST, SOURCE, NOTE)
