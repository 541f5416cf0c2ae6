"""A word that matches very many rows (a first keystroke: "de", "zm") is not ranked by FTS5's bm25, which
costs one locked and wiped allocation per matching row (docs/SEARCH.md); its hits come by kind, newest
first. The hits themselves are the same either way.

The oracle: the source tables read directly and folded word by word (what the index is built from,
revision 0005), not the search index."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from sqlalchemy import text

import coordinator_app
from coordinator_app.db.vault import Vault
from coordinator_app.folding import fold_words
from coordinator_app.services.cases import store
from coordinator_app.services.network import contacts
from coordinator_app.services.search import index, persons

_VERSIONS = Path(coordinator_app.__file__).parent / "db" / "migrations" / "versions"


def _migration(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, _VERSIONS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _expected(vault: Vault, words: list[str], kinds: tuple[str, ...]) -> list[tuple[str, int]]:
    """(kind, id) of every row whose text has, for every typed word, a folded word starting with it;
    in the order the unranked search promises: by kind as asked, newest (highest id) first."""
    sources = {
        "case": "SELECT id, case_number FROM cases",
        "person": "SELECT id, coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || "
                  "coalesce(alias, '') || ' ' || coalesce(other_spellings, '') FROM persons",
        "journal": "SELECT id, text FROM journal_entries",
    }
    out = []
    with vault.read() as session:
        for kind in kinds:
            rows = session.execute(text(sources[kind])).all()
            found = [int(i) for i, body in rows
                     if all(any(w.startswith(typed) for w in fold_words(body or "")) for typed in words)]
            out += [(kind, i) for i in sorted(found, reverse=True)]
    return out


def _fill(vault: Vault) -> None:
    names = [("Dewi", "de Vries"), ("Anna", "Dekker"), ("Đặng", "Minh"), ("Joost", "Desmet"), ("Piet", "Jansen")]
    for first, last in names:
        cid = store.create_case(vault, store.CaseInput(
            signal_received_on="2026-03-03", person=store.PersonInput(first_name=first, last_name=last)))
        store.add_journal_entry(vault, cid, "Gesprek met de wijkagent over de woning", on="2026-03-04")
        store.add_journal_entry(vault, cid, "Niets nieuws", on="2026-03-05")


def test_the_rowid_tells_kind_and_id_of_every_index_row(demo_vault: Vault) -> None:
    """The unranked path reads kind and id from the rowid; that holds for every row the triggers wrote."""
    assert index.KIND_NUMBERS == _migration("0005_folded_search").FTS_KINDS  # type: ignore[attr-defined]
    rows = demo_vault.execute_sql("SELECT rowid, kind, ref_id FROM search_index")
    assert len(rows) > 100
    for rowid, kind, ref_id in rows:
        assert rowid == int(ref_id) * 8 + index.KIND_NUMBERS[str(kind)], (rowid, kind, ref_id)  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", ["de", "d", "de wo", "wijk de"])
def test_many_matches_come_by_kind_newest_first_and_are_the_same_hits(
        vault: Vault, monkeypatch: pytest.MonkeyPatch, typed: str) -> None:
    _fill(vault)
    kinds = ("person", "journal", "case")
    expected = _expected(vault, typed.split(), kinds)
    assert len(expected) > 4  # more than the threshold below: the unranked path is taken
    ranked = {(h.kind, h.ref_id) for h in index.search(vault, typed, limit=100, kinds=kinds)}
    monkeypatch.setattr(index, "RANKED_AT_MOST", 4)
    hits = index.search(vault, typed, limit=100, kinds=kinds)
    assert [(h.kind, h.ref_id) for h in hits] == expected
    assert ranked == set(expected)  # bm25 ranks the same hits, in its own order
    assert [(h.kind, h.ref_id) for h in index.search(vault, typed, limit=3, kinds=kinds)] == expected[:3]


def test_unranked_hits_carry_case_and_the_original_text(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(vault)
    monkeypatch.setattr(index, "RANKED_AT_MOST", 1)
    hits = index.search(vault, "dang", kinds=("person",))
    assert len(hits) == 1 and "Đặng" in hits[0].snippet
    with vault.read() as session:
        case_of = dict(session.execute(text("SELECT id, case_id FROM persons")).all())
        journal_case = dict(session.execute(text("SELECT id, case_id FROM journal_entries")).all())
    for hit in index.search(vault, "de"):
        if hit.kind == "person":
            assert hit.case_id == case_of[hit.ref_id]
        elif hit.kind == "journal":
            assert hit.case_id == journal_case[hit.ref_id]
            assert "de wijkagent" in hit.snippet


def test_find_cases_puts_names_before_journal_text_when_many_match(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(vault)
    monkeypatch.setattr(index, "RANKED_AT_MOST", 2)
    named = {_person_case(vault, pid) for _kind, pid in _expected(vault, ["de"], ("person",))}
    assert len(named) == 3  # de Vries, Dekker, Desmet
    found = persons.find_cases(vault, "de")
    assert [m.reason for m in found] == [persons.NAME] * 3 + [persons.JOURNAL] * 2  # every case has "de" in its journal
    assert {m.case_id for m in found[:3]} == named


def _person_case(vault: Vault, person_id: int) -> int:
    with vault.read() as session:
        return int(session.execute(text("SELECT case_id FROM persons WHERE id = :p"), {"p": person_id}).scalar_one())


@pytest.mark.parametrize("typed", ["de", "d", "de wo", "wijk de", "minh", "zm", "niets de"])
def test_matching_case_ids_are_the_cases_of_the_matching_rows(vault: Vault, typed: str) -> None:
    """The case list filter: the case of every matching case number, person and journal line; contacts
    (no case) never."""
    _fill(vault)
    contacts.create_contact(vault, contacts.ContactInput(first_name="Dirk", last_name="Dekkers"))
    with vault.read() as session:
        case_of = {"case": {int(i): int(i) for (i,) in session.execute(text("SELECT id FROM cases"))},
                   "person": dict(session.execute(text("SELECT id, case_id FROM persons")).all()),
                   "journal": dict(session.execute(text("SELECT id, case_id FROM journal_entries")).all())}
    expected = sorted({case_of[kind][i] for kind, i in _expected(vault, typed.split(), ("case", "person", "journal"))})
    assert index.matching_case_ids(vault, typed) == expected
    assert expected or typed == "niets de"
