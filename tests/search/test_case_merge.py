"""Duplicate review and merging two cases: likely duplicates found in any spelling; a merge keeps every
journal line, task, document, milestone, consent and link, says beforehand what moves, and is audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from coordinator_app.db.models import (
    AuditEvent,
    Case,
    CaseIndicator,
    Consent,
    Document,
    Involvement,
    JournalEntry,
    Milestone,
    Person,
    Task,
)
from coordinator_app.db.vault import Vault
from coordinator_app.errors import ValidationError
from coordinator_app.services.cases import merge, store
from coordinator_app.services.network import contacts
from coordinator_app.services.search import index


def _case(vault: Vault, first: str, last: str, born: str | None = None, **case: object) -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on=case.pop("on", "2026-02-01"),  # type: ignore[arg-type]
        person=store.PersonInput(first_name=first, last_name=last, date_of_birth=born), **case))  # type: ignore[arg-type]


def _rows(vault: Vault, case_id: int) -> dict[str, int]:
    with vault.read() as s:
        return {name: s.scalar(select(func.count()).select_from(model).where(model.case_id == case_id))
                for name, model in (("journal", JournalEntry), ("tasks", Task), ("documents", Document),
                                    ("milestones", Milestone), ("consents", Consent), ("links", Involvement),
                                    ("indicators", CaseIndicator))}


def test_likely_duplicates_in_any_spelling_but_not_with_another_birth_date(vault: Vault) -> None:
    a = _case(vault, "Mohammed", "El Amrani", "1990-01-01")
    b = _case(vault, "Muhammad", "Elamrani", "1990-01-01")
    c = _case(vault, "Nguyễn Văn", "Đức")
    d = _case(vault, "Nguyen Van", "Duc")
    _case(vault, "Mohammed", "El Amrani", "1975-05-05")  # same name, other birth date: someone else
    _case(vault, "Pieter", "Jansen")
    pairs = {(p.first.case_id, p.second.case_id): p for p in merge.likely_duplicates(vault)}
    assert set(pairs) == {(a, b), (c, d)}
    assert "date_of_birth" in pairs[(a, b)].reasons and pairs[(c, d)].reasons == ("same_name",)


def test_merge_keeps_everything_says_what_moves_and_is_audited(vault: Vault) -> None:
    keep = _case(vault, "Ioana", "Stănescu", "1999-04-02", on="2026-01-10")
    absorb = _case(vault, "Ioana", "Stanescu", None, on="2025-12-01", signal_text="Oude melding van de GGD.",
                   safety_notes="Niet bellen na 20 uur.")
    changes = store.PersonChanges(nationality="RO", other_spellings="Ioana Stanesku")
    store.update_case(vault, absorb, store.CaseChanges(), person=changes)
    org = contacts.create_organisation(vault, contacts.OrganisationInput("Opvang Oost", "shelter_women"))
    store.add_journal_entry(vault, absorb, "Gesprek gevoerd met tolk.")
    store.add_journal_entry(vault, keep, "Eerste gesprek.")
    with vault.write() as s:
        s.add(Task(case_id=absorb, kind="other", title="Bel de opvang", due_on=dt.date(2026, 3, 1)))
        s.add(Milestone(case_id=absorb, kind="shelter", on=dt.date(2026, 1, 2), organisation_id=org))
        s.add(Consent(case_id=absorb, purpose="share_care", given=True, signed_by="person",
                      given_on=dt.date(2026, 1, 2)))
        s.add(Involvement(case_id=absorb, organisation_id=org, role="shelter"))
        s.add(Document(case_id=absorb, kind="attachment", title="Verklaring", filename="verklaring.pdf"))
    before_keep, before_absorb = _rows(vault, keep), _rows(vault, absorb)
    plan = merge.merge_plan(vault, keep, absorb)
    assert {k: v for k, v in plan.counts.items() if k in before_absorb} == before_absorb
    assert plan.names == ["Ioana Stanescu", "Ioana Stanesku"]
    absorbed_number = plan.absorb_number
    merge.merge_cases(vault, keep, absorb)
    after = _rows(vault, keep)
    for kind in before_keep:
        expected = before_keep[kind] + before_absorb[kind] + (1 if kind == "journal" else 0)  # + the merge line
        assert after[kind] == expected, kind
    with vault.read() as s:
        assert s.get(Case, absorb) is None
        person = s.scalar(select(Person).where(Person.case_id == keep))
        notes = s.scalars(select(JournalEntry.text).where(JournalEntry.case_id == keep)).all()
        audit = s.scalars(select(AuditEvent).where(AuditEvent.event == "cases_merged")).all()
    assert person.nationality == "RO" and person.date_of_birth == dt.date(1999, 4, 2)
    assert person.other_spellings.splitlines() == ["Ioana Stanescu", "Ioana Stanesku"]
    merge_line = next(n for n in notes if absorbed_number in n)
    assert "Oude melding van de GGD." in merge_line and "Niet bellen na 20 uur." in merge_line
    assert "01-12-2025" in merge_line
    assert [(a.object_id, a.detail) for a in audit] == [(keep, str(absorb))]
    assert index.matching_case_ids(vault, "stanesku") == [keep]
    assert index.matching_case_ids(vault, absorbed_number) == [keep]  # the old number is in the merge line


def test_merge_refuses_the_same_case_or_a_missing_one(vault: Vault) -> None:
    a = _case(vault, "Anna", "Smit")
    for keep, absorb in ((a, a), (a, 999)):
        with pytest.raises(ValidationError):
            merge.merge_plan(vault, keep, absorb)
        with pytest.raises(ValidationError):
            merge.merge_cases(vault, keep, absorb)
