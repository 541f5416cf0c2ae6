""""Dit is dezelfde persoon": a new signal (an intake just started, or a quick signal) joins the file of
a person already in the vault instead of opening a second one. The signal becomes a journal line of the
existing case; the audit log records only that a signal joined that case (no names, no text).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from coordinator_app.db.models import Case, JournalEntry
from coordinator_app.db.vault import Vault
from coordinator_app.domain.validation import MAX_LONG_TEXT, Errors, check_date, clean_text, present, raise_if
from coordinator_app.errors import ValidationError, message
from coordinator_app.services import audit


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise ValidationError({"case_id": "intake_unknown_reference"})
    return case


def join_intake(vault: Vault, case_id: int, received_on: dt.date | str | None = None) -> int:
    """An intake that was just started belongs to an existing file: note the new signal on that case.
    Returns the journal entry id."""
    errors: Errors = {}
    day = check_date(errors, "when", received_on or dt.date.today(), required=True)
    raise_if(errors)
    day = present(day, "when")
    with vault.write() as session:
        _case(session, case_id)
        entry = JournalEntry(case_id=case_id, on=day,
                             text=message("known_person_intake_joined", "nl", on=day.strftime("%d-%m-%Y")))
        session.add(entry)
        session.flush()
        audit.record(session, "signal_joined", "journal", entry.id, case_id=case_id, detail="intake")
        return entry.id


def join_quick_signal(vault: Vault, case_id: int, who: str | None, what: str, when: dt.date | str | None) -> int:
    """A quick signal about a person already known: its text (and reporter) go into the existing case's
    journal, kept exactly as typed. Returns the journal entry id."""
    errors: Errors = {}
    text = clean_text(errors, "what", what, required=True, maximum=MAX_LONG_TEXT)
    who_text = clean_text(errors, "who", who, maximum=200)
    day = check_date(errors, "when", when, required=True)
    raise_if(errors)
    day = present(day, "when")
    with vault.write() as session:
        _case(session, case_id)
        body = message("known_person_quick_joined", "nl", on=day.strftime("%d-%m-%Y"), what=text)
        if who_text:
            body += "\n" + message("known_person_quick_reporter", "nl", who=who_text)
        entry = JournalEntry(case_id=case_id, on=day, text=body)
        session.add(entry)
        session.flush()
        audit.record(session, "signal_joined", "journal", entry.id, case_id=case_id, detail="quick")
        return entry.id
