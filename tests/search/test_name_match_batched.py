"""NameIndex.match skips scoring in full the names that cannot reach the threshold, and match_many (the
import's check) compares whole names for many texts in a few rapidfuzz calls: both must find exactly what
scoring every candidate in full finds (match with a threshold below the word floor prunes nothing), with
the score name_score gives the pair on its own."""

from __future__ import annotations

import random

import pytest

from coordinator_app.folding import fold_words
from coordinator_app.services.search import name_match
from coordinator_app.services.search.name_match import SIMILAR, NameIndex, name_score
from tests.search.test_name_corpus import HELD_OUT_FILE, _pairs


@pytest.mark.parametrize("kept", [name_match.JOINED_AT_MOST, 0])
def test_pruned_and_batched_matching_find_what_full_scoring_finds(kept: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Also with no names kept from the whole-name pass (every text compared name by name, as for a list of
    near-identical names): the same results."""
    monkeypatch.setattr(name_match, "JOINED_AT_MOST", kept)
    pairs = _pairs() + _pairs(HELD_OUT_FILE)
    stored = sorted({s for _lang, _t, s in pairs})
    extra = ["Anna Jansen", "Jansen Anna", "Anna Janssen", "Fatima Zahra Benali", "Fatimazahra Benali",
             "Mohammed El Amrani", "Nguyen Van Duc", "Duc Nguyen", "Kovalenko Olena"]
    names = stored + [n for n in extra if n not in stored]
    index = NameIndex.build((k, [n]) for k, n in enumerate(names))
    texts = sorted({t for _lang, t, _s in pairs}) + extra + ["Muhamad", "Ana Jansen", "Duc", "El Amrany Mohamed",
                                                             "Kowalenko", "xq", "Olena"]
    many = index.match_many(texts, limit=10**6)
    found_any = 0
    for text in texts:
        full = [(k, s) for k, s in index.match(text, limit=10**6, threshold=0.0) if s.exact or s.score >= SIMILAR]
        assert index.match(text, limit=10**6) == full, text
        assert many[text] == full, text
        for key, score in full:
            assert score == name_score(text, [names[key]]), (text, names[key])
        found_any += bool(full)
    assert found_any >= len(texts) * 0.9  # the texts do find names: the comparison above is not vacuous


def test_match_many_reports_progress_in_both_phases() -> None:
    names = [f"Voornaam{i} Achternaam{i}" for i in range(300)]
    index = NameIndex.build((k, [n]) for k, n in enumerate(names))
    texts = [f"Voornaam{i} Achternam{i}" for i in range(300)] * 2  # every text twice: matched once
    reports: list[tuple[int, int]] = []
    many = index.match_many(texts, progress=lambda done, total: reports.append((done, total)))
    assert len(many) == 300 and all(many[f"Voornaam{i} Achternam{i}"][0][0] == i for i in range(300))
    assert {total for _d, total in reports} == {600}  # twice the distinct texts
    done = [d for d, _t in reports]
    assert done == sorted(done) and done[-1] == 600
    assert any(0 < d <= 300 for d in done) and sum(1 for d in done if 300 < d < 600) >= 2  # both phases


def test_near_identical_names_keep_memory_bounded() -> None:
    """A list of names that all look alike (Voornaam1 Achternaam1, ...): the whole-name pass keeps at most
    JOINED_AT_MOST names per text (it kept all of them: 3 GB at 10,000 rows), and the answers are those of
    matching each text on its own."""
    names = [f"Voornaam{i} Achternaam{i}" for i in range(600)]
    index = NameIndex.build((k, [n]) for k, n in enumerate(names))
    joined = index._joined_at_least([name_match._Typed.of(fold_words(n)[:12]) for n in names], SIMILAR)
    assert all(j is None or len(j) <= name_match.JOINED_AT_MOST for j in joined)
    assert sum(j is None for j in joined) > len(names) // 2  # they do all look alike: most went over the bound
    many = index.match_many(names[:40], limit=50)
    for text in names[:40]:
        assert many[text] == index.match(text, limit=50), text


def _random_words(rng: random.Random, count: int) -> list[str]:
    """Folded words of 1-9 letters from a small alphabet, so that many resemble each other (prefixes, one
    letter off, the same consonant skeleton), and a few that are only consonants or only vowels."""
    out = []
    for _ in range(count):
        letters = rng.choice(("aeiou" "bdklmnrst", "bdklmnrst", "aeiouy", "hjwy" "ae"))
        out.append("".join(rng.choice(letters) for _ in range(rng.randrange(1, 10))))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_words_looked_up_in_blocks_find_what_one_by_one_finds(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """_positions_many (cdist blocks, the import's check) against _positions word by word (process.extract
    per word, the search box): for every word the same names, the candidates and the near ones. Blocks of
    7 so that several blocks and a short last one are used."""
    monkeypatch.setattr(name_match, "_BLOCK", 7)
    rng = random.Random(seed)
    vocabulary = _random_words(rng, 800)
    names = [" ".join(rng.sample(vocabulary, rng.randrange(1, 4))) for _ in range(500)]
    index = NameIndex.build((k, [n]) for k, n in enumerate(names))
    typed = list(dict.fromkeys(_random_words(rng, 300) + rng.sample(vocabulary, 60) + [w[:-1] for w in vocabulary[:20]
                                                                                         if len(w) > 1]))
    many = index._positions_many(typed)
    assert set(many) == set(typed)
    near_only = 0
    for word in typed:
        assert many[word] == index._positions(word), word
        near_only += bool(many[word][1] - many[word][0])
    assert sum(bool(found) for found, _near in many.values()) >= len(typed) // 2  # not vacuous
    assert near_only >= 1  # the skeleton pass adds names of its own
