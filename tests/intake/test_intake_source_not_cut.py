"""An indicator source longer than its column is refused with a message naming the field, never cut;
a source of exactly the maximum is stored whole."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from coordinator_app.db.models import CaseIndicator
from coordinator_app.domain.intake.flow import IntakeFlow
from coordinator_app.services.intake import finish
from tests.intake.test_intake_finish import TODAY, make

LIMIT = 200  # case_indicators.source is String(200)


def _finish(vault, source: str):
    state = make()
    state.indicators.marks[0].source = source
    IntakeFlow(state, today=TODAY).apply_suggested_followups()
    return finish.finish(vault, state, today=TODAY)


def test_a_source_over_the_limit_is_refused_by_name(vault) -> None:
    source = "Buurvrouw, " + "ز" * (LIMIT - 10)  # 201 characters, Persian letters at the end
    assert len(source) == LIMIT + 1
    with pytest.raises(finish.IntakeIncomplete) as caught:
        _finish(vault, source)
    fields = [e.field for e in caught.value.field_errors]
    assert fields == ["indicators.marks[0].source"]
    text = caught.value.field_errors[0].message("nl")
    assert "bron" in text and str(LIMIT) in text and str(LIMIT + 1) in text
    with vault.read() as s:
        assert s.scalar(select(CaseIndicator)) is None  # nothing written


def test_a_source_of_exactly_the_limit_is_kept_whole(vault) -> None:
    source = "Politie\u00a0AVIM \u202eمركز\u202c " + "x" * (LIMIT - 20)
    assert len(source) == LIMIT
    case_id = _finish(vault, source)
    with vault.read() as s:
        stored = s.scalar(select(CaseIndicator.source).where(CaseIndicator.case_id == case_id))
    assert stored == source
