"""Hypothesis fuzzing of every text and date field through the case and contact services: no crash,
either a clear ValidationError or a byte-exact round trip of what was accepted."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator_app.db.vault import Vault
from coordinator_app.errors import ValidationError
from coordinator_app.services import cases, contacts
from coordinator_app.services.validation import clean_text

TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1890, 1, 1), max_value=dt.date(2100, 1, 1)),
                  st.text(max_size=12), st.from_regex(r"\d{1,2}-\d{1,2}-\d{4}", fullmatch=True))
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(first=TEXT, last=TEXT, alias=TEXT, signal=TEXT, dob=DATES, received=DATES)
def test_case_fields(vault: Vault, first: str, last: str, alias: str, signal: str, dob, received) -> None:
    data = cases.CaseInput(
        signal_received_on=received, signal_text=signal,
        person=cases.PersonInput(first_name=first, last_name=last, alias=alias, date_of_birth=dob),
    )
    try:
        case_id = cases.create_case(vault, data)
    except ValidationError as exc:
        assert exc.message("nl")
        return
    record = cases.get_case(vault, case_id)
    assert record.person is not None
    assert record.person["first_name"] == clean_text({}, "x", first, maximum=100)
    assert record.person["last_name"] == clean_text({}, "x", last, maximum=100)
    assert record.person["alias"] == clean_text({}, "x", alias, maximum=100)
    assert record.values["signal_text"] == clean_text({}, "x", signal, maximum=100_000)


@FUZZ
@given(name=TEXT, phone=TEXT, email=TEXT, notes=TEXT)
def test_contact_fields(vault: Vault, name: str, phone: str, email: str, notes: str) -> None:
    try:
        contact_id = contacts.create_contact(vault, contacts.ContactInput(last_name=name, phone=phone, email=email,
                                                                          notes=notes))
    except ValidationError as exc:
        assert exc.message("nl")
        return
    stored = contacts.get_contact(vault, contact_id)
    assert stored["last_name"] == clean_text({}, "x", name, maximum=100)
    assert stored["notes"] == clean_text({}, "x", notes, maximum=100_000)


@FUZZ
@given(text=st.text(min_size=1, max_size=2000))
def test_journal_round_trip(vault: Vault, text: str) -> None:
    case_id = cases.create_case(vault, cases.CaseInput(signal_received_on="2026-01-01"))
    try:
        entry = cases.add_journal_entry(vault, case_id, text)
    except ValidationError:
        assert not clean_text({}, "x", text, maximum=100_000)
        return
    stored = vault.execute_sql(f"SELECT text FROM journal_entries WHERE id = {int(entry)}")[0][0]
    assert stored == clean_text({}, "x", text, maximum=100_000)
