"""A name typed as one word (Nguyenthihuong, Vanderberg) or in a transcription none of whose words resembles a
stored word on its own (Abdelrahman for عبد الرحمن, folded "bd lrhmn") is still compared as a whole name, as
docs/SEARCH.md promises ("the whole name written as one word is compared too"): the name index must offer
every name whose score reaches "lijkt op", not only the names sharing a word with what was typed."""

from __future__ import annotations

import datetime as dt

import pytest
from rapidfuzz import fuzz

from coordinator_app.db.vault import Vault
from coordinator_app.folding import fold_words
from coordinator_app.services.cases import listing, store
from coordinator_app.services.search import persons
from coordinator_app.services.search.name_match import SIMILAR, NameIndex, name_score
from coordinator_app.services.search.persons import PersonQuery
from tests.search.test_name_corpus import HELD_OUT_FILE, _pairs

# (stored first name, stored last name, typed): the typed text shares no word with the stored name that
# resembles it on its own; written as one word the two are alike (checked below with name_score's parts).
PAIRS = [
    ("Nguyễn Thị", "Hương", "Nguyenthihuong"),
    ("María José", "García López", "Mariajosegarcialopez"),
    ("Jan", "van der Berg", "Janvanderberg"),
    ("عبد الرحمن", "", "Abdelrahman"),
    ("عبد الرحمن", "بن علي", "Abderrahmane Benali"),
    ("Mohamed Amine", "El Idrissi", "Mohamedamineelidrissi"),
]


def _case(vault: Vault, first: str, last: str) -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on="2026-03-03", person=store.PersonInput(first_name=first or None, last_name=last or None)))


def _one_word(text: str) -> str:
    """The text as one lower-case word of plain letters, written out here without the app's folding."""
    return "".join(ch for ch in text.lower() if ch.isalpha() and ch.isascii())


def test_the_pairs_share_no_similar_word_but_are_alike_as_one_word() -> None:
    """The premise of the pairs, shown without the index: typed as the coordinator would, and the stored name's
    Latin pairs written as one word are the same letters."""
    assert _one_word("Nguyen Thi Huong") == _one_word("Nguyenthihuong")
    assert _one_word("Maria Jose Garcia Lopez") == _one_word("Mariajosegarcialopez")
    assert _one_word("Jan van der Berg") == _one_word("Janvanderberg")
    for first, last, typed in PAIRS:
        assert name_score(typed, [f"{first} {last}".strip()]).score >= SIMILAR, typed


@pytest.mark.parametrize(("first", "last", "typed"), PAIRS)
def test_found_everywhere_a_person_is_looked_for(vault: Vault, first: str, last: str, typed: str) -> None:
    other = _case(vault, "Pieter", "Jansen")
    cid = _case(vault, first, last)
    found = persons.find_cases(vault, typed)  # the global search and every case picker
    assert [m.case_id for m in found] == [cid] and found[0].similar, typed
    similar: set[int] = set()
    assert listing.case_ids(vault, listing.CaseFilter(text=typed), similar=similar) == [cid]  # the case list
    assert similar == {cid}
    words = typed.split()
    query = PersonQuery(first_name=words[0], last_name=" ".join(words[1:]) or None, on=dt.date(2026, 3, 4))
    assert [c.match.case_id for c in persons.known_persons(vault, query)] == [cid]  # intake, quick signal
    rows = persons.known_persons_for_rows(vault, [query])  # the case import
    assert [c.match.case_id for c in rows[0]] == [cid]
    assert other not in {m.case_id for m in found}


def test_the_index_offers_every_name_alike_as_one_word() -> None:
    """NameIndex.match (and match_many, the import) against comparing every stored name with the typed text,
    both written as one word (rapidfuzz's Indel ratio here, on the folded words), over the name corpus: every
    name alike as one word is offered, and nothing is offered that does not score "lijkt op" on its own."""
    pairs = _pairs() + _pairs(HELD_OUT_FILE)
    names = sorted({s for _l, _t, s in pairs} | {f"{f} {la}".strip() for f, la, _t in PAIRS})
    index = NameIndex.build((k, [n]) for k, n in enumerate(names))
    texts = sorted({t for _l, t, _s in pairs} | {t for _f, _l, t in PAIRS})
    many = index.match_many(texts, limit=10**6)
    alike_somewhere = 0
    for text in texts:
        one = "".join(fold_words(text))
        alike = {k for k, name in enumerate(names)
                 if len(one) >= 6 and fuzz.ratio(one, "".join(fold_words(name))) >= SIMILAR}
        got = {k for k, _s in index.match(text, limit=10**6)}
        assert alike <= got, (text, [names[k] for k in alike - got])
        assert {k for k, _s in many[text]} == got, text
        for key in got:
            score = name_score(text, [names[key]])
            assert score.exact or score.score >= SIMILAR, (text, names[key])
        alike_somewhere += bool(alike)
    assert alike_somewhere >= len(texts) // 2  # not vacuous
