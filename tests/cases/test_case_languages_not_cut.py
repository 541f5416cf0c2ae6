"""A person's languages are kept all or refused out loud: more than the maximum is an error naming the
field (never silently the first twenty); the maximum itself is stored whole and in order."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.db.models import Person
from coordinator_app.errors import ValidationError
from coordinator_app.services.cases import store

LANGUAGES = [f"Taal {n}" for n in range(1, 22)]  # 21 distinct names


def _case(languages: list[str]) -> store.CaseInput:
    return store.CaseInput(dt.date(2026, 11, 2), person=store.PersonInput(first_name="Amal", languages=languages))


def test_more_languages_than_the_maximum_are_refused(vault) -> None:
    with pytest.raises(ValidationError) as caught:
        store.create_case(vault, _case(LANGUAGES))
    assert list(caught.value.errors) == ["person.languages"]
    text = caught.value.message("nl")
    assert "21" in text and "20" in text
    with vault.read() as s:
        assert s.scalar(select(Person)) is None


def test_the_maximum_is_kept_whole(vault) -> None:
    given = ["Tigrinya", "ትግርኛ", "فارسی", *LANGUAGES[:17]]
    assert len(given) == 20
    case_id = store.create_case(vault, _case(given))
    with vault.read() as s:
        assert s.scalar(select(Person.languages).where(Person.case_id == case_id)) == given
