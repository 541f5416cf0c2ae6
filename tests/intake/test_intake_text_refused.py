"""The intake's free texts (indicator notes, consent notes, follow-up notes, safety notes) are stored as
typed or refused by field: a lone surrogate or a text over the maximum is never stored as empty or cut."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from coordinator_app.db.models import Case, CaseIndicator, Task
from coordinator_app.domain.intake.flow import IntakeFlow
from coordinator_app.domain.validation import MAX_LONG_TEXT
from coordinator_app.services.intake import finish
from tests.intake.test_intake_finish import TODAY, make


def _finish(vault, state) -> int:
    IntakeFlow(state, today=TODAY).apply_suggested_followups()
    return finish.finish(vault, state, today=TODAY)


def _nothing_written(vault) -> None:
    with vault.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0
        assert s.scalar(select(func.count()).select_from(CaseIndicator)) == 0


def test_a_lone_surrogate_in_an_indicator_note_is_refused_by_name(vault) -> None:
    state = make()
    state.indicators.marks[0].note = "Zegt: ik moet \ud83d betalen"  # half of an emoji pasted
    with pytest.raises(finish.IntakeIncomplete) as caught:
        _finish(vault, state)
    fields = [e.field for e in caught.value.field_errors]
    assert fields == ["indicators.marks[0].note"]
    text = caught.value.field_errors[0].message("nl")
    assert text.startswith("Toelichting bij signaal 1: ") and "surrogaat" in text
    assert "Toelichting bij signaal 1" in caught.value.message("nl")
    _nothing_written(vault)


def test_an_over_long_followup_note_is_refused_not_cut(vault) -> None:
    state = make()
    IntakeFlow(state, today=TODAY).apply_suggested_followups()
    assert state.followups.chosen  # the base intake chooses follow-ups
    state.followups.chosen[0].note = "a" * (MAX_LONG_TEXT + 1)
    with pytest.raises(finish.IntakeIncomplete) as caught:
        finish.finish(vault, state, today=TODAY)
    assert [e.field for e in caught.value.field_errors] == ["followups.chosen[0].note"]
    text = caught.value.field_errors[0].message("nl")
    assert text.startswith("Toelichting bij vervolgstap 1: ") and f"{MAX_LONG_TEXT}" in text
    _nothing_written(vault)


def test_notes_of_exactly_the_maximum_and_with_bidi_are_kept_whole(vault) -> None:
    state = make()
    IntakeFlow(state, today=TODAY).apply_suggested_followups()
    note = "Melder\u00a0zegt \u202eمركز\u202c\u200c " + "x" * (MAX_LONG_TEXT - 20)
    note = note[:MAX_LONG_TEXT]
    assert len(note) == MAX_LONG_TEXT
    state.followups.chosen[0].note = note
    mark_note = "Rafael\u2067 \u05e9\u05dc\u05d5\u05dd\u2069"
    state.indicators.marks[0].note = mark_note
    case_id = finish.finish(vault, state, today=TODAY)
    with vault.read() as s:
        notes = set(s.scalars(select(Task.note).where(Task.case_id == case_id)))
        stored_mark = s.scalar(select(CaseIndicator.note).where(CaseIndicator.case_id == case_id)
                               .order_by(CaseIndicator.id))
    assert note in notes
    assert stored_mark == mark_note
