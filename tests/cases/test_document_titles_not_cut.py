"""Document titles are never cut silently: a title longer than its column is refused with the field
named; a stored letter's title marks a shortened organisation name with a visible ellipsis."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from sqlalchemy import select

from coordinator_app.db.models import Document
from coordinator_app.errors import ValidationError
from coordinator_app.reports.letters import letter_title
from coordinator_app.reports.page_style import Recipient
from coordinator_app.reports.texts import TEMPLATES
from coordinator_app.services.cases import store
from coordinator_app.services.documents import letters, storage

COLUMN = 200  # documents.title is String(200)


def _case(vault) -> int:
    return store.create_case(vault, store.CaseInput(dt.date(2026, 11, 2)))


def test_a_title_over_the_column_is_refused(vault) -> None:
    case_id = _case(vault)
    with pytest.raises(ValidationError) as caught:
        storage.store_stream(vault, case_id, io.BytesIO(b"%PDF-1.4"), "t" * (COLUMN + 1), filename="a.pdf")
    assert list(caught.value.errors) == ["title"]
    assert str(COLUMN) in caught.value.message("nl")
    with vault.read() as s:
        assert s.scalar(select(Document)) is None


def test_a_title_of_the_column_size_is_kept_whole(vault) -> None:
    case_id = _case(vault)
    title = "Verklaring \u202eگواهی\u202c " + "x" * (COLUMN - 19)
    assert len(title) == COLUMN
    doc_id = storage.store_stream(vault, case_id, io.BytesIO(b"%PDF-1.4"), title, filename="a.pdf")
    assert storage.get_document(vault, doc_id).title == title


def test_a_long_organisation_is_shortened_visibly_in_the_stored_letter_title() -> None:
    template = TEMPLATES[0]
    organisation = "Stichting " + "Regionale Opvang " * 12
    title = letters.stored_title(template, Recipient(organisation.strip()))
    assert len(title) == COLUMN
    assert title.startswith(letter_title(template) + " — Stichting Regionale Opvang")
    assert title.endswith("…")
    short = letters.stored_title(template, Recipient("Stichting Oost"))
    assert short == letter_title(template) + " — Stichting Oost"
