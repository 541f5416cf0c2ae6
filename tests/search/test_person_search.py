"""The shared case search (every picker) and the known-person check, against a vault."""

from __future__ import annotations

import datetime as dt

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from coordinator_app.services.search import persons
from coordinator_app.services.search.persons import PersonQuery


def _case(vault: Vault, first: str | None, last: str | None, **person: object) -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on="2026-03-03",
        person=store.PersonInput(first_name=first, last_name=last, **person)))  # type: ignore[arg-type]


def _number(vault: Vault, case_id: int) -> str:
    return vault.execute_sql(f"SELECT case_number FROM cases WHERE id = {case_id}")[0][0]


def test_exact_before_similar_and_similar_is_marked(vault: Vault) -> None:
    exact = _case(vault, "Muhammad", "Amrani")
    similar = _case(vault, "Mohammed", "Amrani")
    unrelated = _case(vault, "Pieter", "Jansen")
    found = persons.find_cases(vault, "muhammad amrani")
    assert [m.case_id for m in found] == [exact, similar]
    assert [m.similar for m in found] == [False, True]
    assert found[0].name == "Muhammad Amrani" and found[1].name == "Mohammed Amrani"  # as stored
    assert unrelated not in {m.case_id for m in persons.find_cases(vault, "mohammed")}


def test_cases_by_number_name_and_date_of_birth_with_status(vault: Vault) -> None:
    cid = _case(vault, "Nguyễn Văn", "Đức", date_of_birth="1998-05-17")
    number = _number(vault, cid)
    for typed in (number, "duc", "nguyen duc", "17-05-1998", "ngyuen"):
        found = persons.find_cases(vault, typed)
        assert found and found[0].case_id == cid, typed
        assert found[0].case_number == number and found[0].status == "signal"
    assert persons.find_cases(vault, "ngyuen")[0].similar
    assert persons.find_cases(vault, number)[0].reason == persons.NUMBER


def test_known_person_by_other_spelling_birth_date_and_nationality(vault: Vault) -> None:
    known = _case(vault, "Tesfay", "Haile", date_of_birth="2001-02-03", nationality="ER")
    arabic = _case(vault, "Youssef", "El Idrissi", other_spellings="يوسف الإدريسي", nationality="MA")
    _case(vault, "Tesfay", "Haile", date_of_birth="1980-01-01", nationality="ET")
    found = persons.known_persons(vault, PersonQuery(
        first_name="Tesfai", last_name="Hayle", date_of_birth=dt.date(2001, 2, 3), nationality="ER"))
    assert found[0].match.case_id == known
    assert set(found[0].reasons) >= {"similar_name", "date_of_birth", "nationality"}
    found = persons.known_persons(vault, PersonQuery(first_name="Yusuf", last_name="Idrisi"))
    assert [c.match.case_id for c in found] == [arabic]
    # same birth date and nationality, a name written quite differently: still offered
    found = persons.known_persons(vault, PersonQuery(
        first_name="Tsegay", last_name="Kidane", date_of_birth=dt.date(2001, 2, 3), nationality="ER"))
    assert [c.match.case_id for c in found] == [known]
    assert persons.known_persons(vault, PersonQuery(first_name="Pieter", last_name="Jansen")) == []
    assert persons.known_persons(vault, PersonQuery()) == []


def test_the_name_index_follows_changes(vault: Vault) -> None:
    cid = _case(vault, "Anna", "Kowalczyk")
    assert persons.find_cases(vault, "kowalczik")[0].case_id == cid
    store.update_case(vault, cid, store.CaseChanges(), person=store.PersonChanges(last_name="Nowak"))
    assert persons.find_cases(vault, "kowalczik") == []
    assert persons.find_cases(vault, "nowack")[0].case_id == cid


def test_prepared_names_do_not_outlive_the_open_vault(vault_dir) -> None:
    from tests.conftest import PASSPHRASE

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        cid = _case(v, "Oksana", "Testenko")
        assert persons.find_cases(v, "oksana testenko")[0].case_id == cid
        assert v.caches  # the names prepared for "lijkt op"
    assert v.caches == {}
