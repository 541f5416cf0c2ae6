"""Folding at index and query time: names typed on a Dutch keyboard find their stored spelling, in
any script; the original is what is shown; dates of birth and case numbers work in the same box."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.db.vault import Vault
from coordinator_app.folding import fold
from coordinator_app.services.cases import store
from coordinator_app.services.search import index

# (stored spelling, what a coordinator types) — the typed form is written out by hand, not computed.
STORED_TYPED = [
    ("Łukasz Wiśniewski", "lukasz wisniewski"),
    ("Małgorzata Kowalska", "malgorzata"),
    ("Nguyễn Văn Đức", "duc nguyen"),
    ("Søren Ødegård", "soren odegard"),
    ("Æsa Bjørk", "aesa"),
    ("Grete Straße", "strasse"),
    ("Işık Yıldız", "isik yildiz"),
    ("Œdipe Lœwe", "oedipe"),
    ("Ștefan Țurcanu", "stefan turcanu"),
    ("Chukwuemeka Ọkọnkwọ", "okonkwo"),
    ("Дмитрий Иванов", "dmitriy ivanov"),
    ("Γιώργος Νικολάου", "giorgos"),
    ("ሙሉጌታ ተስፋዬ", "mulugeta tesfaye"),
    ("ʿAbd al-Raḥmān", "abd"),
    ("Siobhán O'Brien", "obrien"),
    ("Trần Thị Hương", "huong tran"),
]


@pytest.mark.parametrize(("stored", "typed"), STORED_TYPED)
def test_fold_joins_the_typed_spelling(stored: str, typed: str) -> None:
    assert all(word in fold(stored).split() for word in typed.split()), (fold(stored), typed)


def _case(vault: Vault, first: str, last: str | None = None, **person: object) -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on="2026-03-03",
        person=store.PersonInput(first_name=first, last_name=last, **person)))  # type: ignore[arg-type]


def test_typed_names_find_the_stored_person_and_show_the_original(vault: Vault) -> None:
    ids = {stored: _case(vault, stored) for stored, _typed in STORED_TYPED}
    for stored, typed in STORED_TYPED:
        hits = [h for h in index.search(vault, typed) if h.kind == "person"]
        assert [h.case_id for h in hits] == [ids[stored]], (typed, hits)
        assert stored in hits[0].snippet  # the original spelling, not the folded one


def test_prefix_as_you_type_and_words_in_any_order(vault: Vault) -> None:
    cid = _case(vault, "Małgorzata", "Kowalska-Wójcik")
    other = _case(vault, "Małgosia", "Nowak")
    for typed in ("m", "ma", "mal", "malg", "malgo"):
        assert {h.case_id for h in index.search(vault, typed) if h.kind == "person"} == {cid, other}
    assert [h.case_id for h in index.search(vault, "wojcik malgorzata")] == [cid]
    assert [h.case_id for h in index.search(vault, "kowalska wój")] == [cid]


def test_date_of_birth_and_case_number_in_the_same_box(vault: Vault) -> None:
    a = _case(vault, "Elena", "Popescu", date_of_birth="1999-04-02")
    b = _case(vault, "Elena", "Popa", date_of_birth="2001-07-15")
    for typed in ("02-04-1999", "2-4-1999", "02/04/1999", "02.04.1999", "1999-04-02"):
        assert index.parse(typed).dates == (dt.date(1999, 4, 2),), typed
        assert index.matching_case_ids(vault, typed) == [a], typed
    assert index.matching_case_ids(vault, "elena 15-07-2001") == [b]
    assert index.matching_case_ids(vault, "popescu 15-07-2001") == []
    assert index.parse("31-02-1999").dates == ()  # not a date: stays words
    number = vault.execute_sql(f"SELECT case_number FROM cases WHERE id = {b}")[0][0]
    assert index.matching_case_ids(vault, number) == [b]
    assert b in index.matching_case_ids(vault, number.split("-")[-1])


def test_other_spellings_are_searched(vault: Vault) -> None:
    cid = _case(vault, "Mohammed", "El Amrani", other_spellings="محمد العمراني\nMuhammad Amrani")
    assert index.matching_case_ids(vault, "muhammad") == [cid]
    assert index.matching_case_ids(vault, "محمد") == [cid]


def test_query_length_is_capped_and_odd_input_never_raises(vault: Vault) -> None:
    _case(vault, "Anna", "Smit")
    assert len(index.clean("a" * 100_000)) == index.MAX_QUERY
    assert index.search(vault, "smit " + "x" * 100_000) == []  # only the first MAX_QUERY characters count
    assert index.search(vault, "smit\ud800") != []  # a lone surrogate is dropped
    for odd in ('" OR * NEAR( -- ;', "folded : x", "'", "\x00", "{}", "^"):
        assert isinstance(index.search(vault, odd), list)
