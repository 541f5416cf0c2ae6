"""docs/SEARCH.md: the search every case picker uses ranks a case number first, then a person's name, then
journal text. A person whose name is typed exactly must be found even when more journal lines than the search
reads (its window of index rows) contain the same word and outrank the name row by bm25: the name was left out
of the window and, being exact, was not offered as "lijkt op" either."""

from __future__ import annotations

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import listing, store
from coordinator_app.services.search import index, persons, quick


def test_an_exact_name_is_found_however_many_journal_lines_hold_the_word(vault: Vault) -> None:
    other = store.create_case(vault, store.CaseInput(
        signal_received_on="2026-03-03", person=store.PersonInput(first_name="Anna", last_name="Smit")))
    lines = 300  # more than find_cases reads (100 rows) and fewer than RANKED_AT_MOST: the bm25-ranked path
    assert 100 < lines + 2 <= index.RANKED_AT_MOST
    for _ in range(lines):
        store.add_journal_entry(vault, other, "Jansen", on="2026-03-04")  # e.g. an officer's name, every visit
    target = store.create_case(vault, store.CaseInput(
        signal_received_on="2026-03-03", person=store.PersonInput(first_name="Pieter", last_name="Jansen")))
    found = persons.find_cases(vault, "jansen")
    assert [(m.case_id, m.reason) for m in found] == [(target, persons.NAME), (other, persons.JOURNAL)]
    assert [r.item_id for r in quick.quick_search(vault, "jansen") if r.group == "case"] == [target, other]
    assert listing.case_ids(vault, listing.CaseFilter(text="jansen"), similar=set()) == [other, target]
