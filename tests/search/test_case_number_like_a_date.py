"""Every picker finds a case by its number (issue 17). A case number may look like a date (an imported list
numbered its files 12-05-2023; the import keeps the number as given): the search box read it as a date of
birth only, and the case was found by no picker nor the case list."""

from __future__ import annotations

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import listing, store
from coordinator_app.services.search import persons, quick


def _case(vault: Vault, number: str | None, first: str, born: str | None = None) -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on="2026-03-03", case_number=number,
        person=store.PersonInput(first_name=first, last_name="Smit", date_of_birth=born)))


def test_a_case_number_that_looks_like_a_date_is_found_by_number(vault: Vault) -> None:
    numbered = _case(vault, "12-05-2023", "Anna")
    born = _case(vault, None, "Bea", born="2023-05-12")  # born on the day the number reads as
    _case(vault, "12-06-2023", "Cor")
    found = persons.find_cases(vault, "12-05-2023")
    assert [(m.case_id, m.reason) for m in found] == [(numbered, persons.NUMBER), (born, persons.BIRTH)]
    assert [r.item_id for r in quick.quick_search(vault, "12-05-2023") if r.group == "case"] == [numbered, born]
    assert listing.case_ids(vault, listing.CaseFilter(text="12-05-2023")) == [numbered, born]
    # a date of birth together with a name still needs both, and a number typed with a name too
    assert [m.case_id for m in persons.find_cases(vault, "bea 12-05-2023")] == [born]
    assert listing.case_ids(vault, listing.CaseFilter(text="bea 12-05-2023")) == [born]
