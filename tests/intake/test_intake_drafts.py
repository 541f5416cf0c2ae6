"""Drafts (save/resume, also through lock and unlock), quick signals, and fuzzed input through finish()."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update

from coordinator_app.db.models import Case, CaseIndicator, IntakeDraft, JournalEntry, Person, Task
from coordinator_app.db.vault import Vault
from coordinator_app.domain.intake.flow import IntakeFlow
from coordinator_app.errors import NotFound, ValidationError
from coordinator_app.services.cases import store
from coordinator_app.services.intake import drafts, finish
from tests.conftest import PASSPHRASE
from tests.helpers import canary_hits
from tests.intake.test_intake_finish import make
from tests.intake.test_intake_flow import SIGNAL_DATE, TODAY, full_state


def test_draft_round_trip_through_lock_and_unlock(vault_dir) -> None:
    state = full_state()
    state.signal.text = "Kanarie-7319 meldt: ĳsselmeer, Łódź, 😀"
    vault = Vault.open(vault_dir, passphrase=PASSPHRASE)
    draft_id = drafts.save_draft(vault, state)
    state.current_step = "followups"
    assert drafts.save_draft(vault, state, draft_id) == draft_id
    vault.close()
    assert canary_hits("Kanarie-7319", vault_dir) == []  # encrypted on disk
    vault = Vault.open(vault_dir, passphrase=PASSPHRASE)
    try:
        again = drafts.load_draft(vault, draft_id)
        assert again == state and again.current_step == "followups"
        [info] = drafts.list_drafts(vault)
        assert (info.id, info.step, info.received_on, info.person) == (draft_id, "followups", SIGNAL_DATE, "Anna")
        assert info.signal_excerpt.startswith("Kanarie-7319")
    finally:
        vault.close()


def test_drafts_list_delete_and_stale(vault) -> None:
    a = drafts.save_draft(vault, make())
    b = drafts.save_draft(vault, make(age=14))
    assert [d.id for d in drafts.list_drafts(vault)] == [b, a]
    with vault.write() as s:
        s.execute(update(IntakeDraft).where(IntakeDraft.id == a)
                  .values(updated_at=dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=31)))
    assert [d.id for d in drafts.stale_drafts(vault)] == [a]  # setting draft_max_age_days = 30
    assert [d.id for d in drafts.stale_drafts(vault, days=40)] == []
    drafts.delete_draft(vault, a)
    drafts.delete_draft(vault, a)  # twice is harmless
    assert [d.id for d in drafts.list_drafts(vault)] == [b]
    with pytest.raises(NotFound):
        drafts.load_draft(vault, a)
    assert drafts.save_draft(vault, make(), draft_id=a) not in (a, b)  # a deleted draft id gives a new one


def test_quick_signal_then_full_intake_updates_the_same_case(vault) -> None:
    case_id = finish.quick_signal(vault, "Wijkagent Zwolle-Zuid", "Jongen (15?) wordt dagelijks opgehaald bij school.",
                                  SIGNAL_DATE, "criminal", reporter_org_type="police")
    record = store.get_case(vault, case_id)
    assert (record.status, record.values.primary_form, record.values.referral_source) == (
        "signal", "criminal", "police")
    state = finish.start_from_case(vault, case_id)
    assert (state.case_id, state.signal.received_on, state.primary_form) == (case_id, SIGNAL_DATE, "criminal")
    assert state.signal.text == "Jongen (15?) wordt dagelijks opgehaald bij school."
    draft_id = drafts.save_draft(vault, state)
    full = make(age=15, gender="male", form="criminal")
    full.case_id = case_id
    IntakeFlow(full, today=TODAY).apply_suggested_followups()
    assert finish.finish(vault, full, today=TODAY) == case_id
    assert store.count_cases(vault) == 1
    record = store.get_case(vault, case_id)
    assert record.status == "active" and record.case_number.startswith("ZM-2026-")
    assert record.person.first_name == "Anna" and record.person.estimated_age == 15
    with vault.read() as s:
        assert s.get(IntakeDraft, draft_id) is None  # the draft of that case went with it
        notes = s.scalars(select(JournalEntry.text).where(JournalEntry.case_id == case_id)).all()
        assert notes == ["Snel signaal. Melder: Wijkagent Zwolle-Zuid"]
        assert s.scalar(select(func.count(Task.id)).where(Task.case_id == case_id)) == 5
    with pytest.raises(ValidationError):  # the intake of that case is done
        finish.start_from_case(vault, case_id)
    with pytest.raises(ValidationError) as info:
        finish.finish(vault, full, today=TODAY)
    assert info.value.errors == {"status": "intake_case_not_signal"}


def test_quick_signal_rejects_bad_input_clearly(vault) -> None:
    with pytest.raises(ValidationError) as info:
        finish.quick_signal(vault, "", "  ", "31-02-2026", "dance")
    assert set(info.value.errors) == {"what", "when", "form"}
    with pytest.raises(ValidationError) as info:
        finish.quick_signal(vault, 4711, "x", SIGNAL_DATE, "unknown")
    assert info.value.errors == {"who": "intake_unknown_reference"}
    assert finish.quick_signal(vault, None, "Anoniem belletje", "18-11-2026", "unknown") > 0


# --- fuzzing -----------------------------------------------------------------------------------

# Printable text (newlines and tabs inside, nothing to trim at the ends) is stored byte-exact.
clean_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Co", "Cn", "Zs", "Zl", "Zp"),
                                   whitelist_characters=" \n\t"), min_size=1, max_size=60).filter(
    lambda t: t == t.strip() and t != "")
single_line_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Co", "Cn", "Zs", "Zl", "Zp"),
                                         whitelist_characters=" "), min_size=1, max_size=60).filter(
    lambda t: t == t.strip() and t != "")
any_text = st.text(max_size=60)


def kept_as_given(text: str) -> str | None:
    """The oracle of validation.clean_text's promise: the input after NFC, with only C0/C1 control
    characters other than tab and line breaks removed and ASCII whitespace trimmed at the ends."""
    breaks = "\t\n\r\x0b\x0c\x85"
    nfc = unicodedata.normalize("NFC", text)
    kept = "".join(ch for ch in nfc if unicodedata.category(ch) != "Cc" or ch in breaks).strip(" \t\r\n")
    return None if not kept or kept.isspace() else kept
any_date = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(signal=any_text, name=any_text, source=any_text, note=any_text, received=any_date, born=st.none() | any_date,
       due=any_date)
def test_fuzzed_text_and_dates_through_finish(vault, signal, name, source, note, received, born, due) -> None:
    state = make(age=30)
    state.signal.text, state.person.first_name = signal, name
    state.indicators.marks[0].source = source
    state.signal.received_on, state.person.date_of_birth = received, born
    if born is not None:
        state.person.estimated_age = None
    IntakeFlow(state, today=TODAY).apply_suggested_followups()
    state.followups.chosen[0].due_date, state.followups.chosen[0].note = due, note
    try:
        case_id = finish.finish(vault, state, today=TODAY)
    except ValidationError as exc:
        assert exc.message("nl") and exc.errors
        return
    with vault.read() as s:
        case = s.get(Case, case_id)
        person = s.scalar(select(Person).where(Person.case_id == case_id))
        mark = s.scalar(select(CaseIndicator).where(CaseIndicator.case_id == case_id))
        task = s.scalar(select(Task).where(Task.case_id == case_id).order_by(Task.id))
        stored = (case.signal_text, person.first_name, mark.source, task.note)
        dates = (case.signal_received_on, person.date_of_birth, task.due_on)
    assert dates == (received, born, due)
    for given_text, kept in zip((signal, name, source, note), stored, strict=True):
        assert kept == kept_as_given(given_text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(signal=clean_text, name=single_line_text)  # a first name is one line: a line break is refused
def test_clean_text_round_trips_byte_exact(vault, signal, name) -> None:
    state = make()
    state.signal.text, state.person.first_name = signal, name
    case_id = finish.finish(vault, state, today=TODAY)
    record = store.get_case(vault, case_id)
    nfc = functools.partial(unicodedata.normalize, "NFC")  # stored as given after Unicode NFC
    assert record.values.signal_text.encode() == nfc(signal).encode()
    assert record.person.first_name.encode() == nfc(name).encode()
    draft = drafts.save_draft(vault, state)
    assert drafts.load_draft(vault, draft).signal.text.encode() == signal.encode()


def test_deleting_a_draft_is_audited_without_content(vault) -> None:
    from coordinator_app.services import audit

    state = full_state()
    state.signal.text = "Kanarie-5521 meldt iets"
    draft_id = drafts.save_draft(vault, state)
    drafts.delete_draft(vault, draft_id)
    drafts.delete_draft(vault, draft_id)  # gone already: nothing more to audit
    rows = [e for e in audit.events(vault) if e.event == "intake_draft_deleted"]
    assert len(rows) == 1 and (rows[0].object_kind, rows[0].object_id) == ("intake_draft", draft_id)
    assert all("Kanarie" not in str(v) for v in vars(rows[0]).values())
