"""Names that are spelled differently but probably belong to the same person ("lijkt op").

Folding (coordinator_app/folding.py) already joins Łukasz and Lukasz. What it cannot join is left to
this module: Mohammed / Muhammad, Nguyen / Ngyuen, Tesfay / Tesfai, a name written as one word or two
(Fatimazahra / Fatima Zahra), first and last name swapped, and a Latin spelling against a name stored in
Arabic script (folded to its consonants: محمد → mhmd).

Every word typed is compared with the best word of the stored name (rapidfuzz's Indel ratio on the
folded words and on a consonant skeleton of them); the whole name is also compared as one joined word.
A prefix of a stored word counts as an exact word (the coordinator may still be typing).
The thresholds were set on tests/search/name_pairs.tsv (see docs/SEARCH.md); the test prints the
figures.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from coordinator_app.folding import fold_words

SIMILAR = 80.0  # a name scoring at least this is shown as "lijkt op"
WORD_FLOOR = 70.0  # every word typed must resemble a word of the name at least this much
MIN_FUZZY_WORD = 3  # shorter words typed only count as prefixes (too little to compare)
EXACT = 100.0
PROGRESS_EVERY = 100  # texts between two progress reports of NameIndex.match_many
JOINED_AT_MOST = 256  # names kept per text from the whole-name pass; a text like more of them (a list of
# near-identical names) is compared name by name instead: the same result, memory bounded by texts × this

_DIGRAPHS = (("sch", "s"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("kh", "k"), ("sh", "s"),
             ("ch", "k"), ("tz", "s"), ("ts", "s"), ("x", "ks"), ("c", "k"), ("q", "k"), ("z", "s"), ("v", "w"),
             ("j", "y"))
_VOWELS = re.compile(r"[aeiouyw]")
_PLAIN_VOWELS = re.compile(r"[aeiou]")
_TRAILING_H = re.compile(r"h+$")
_RUNS = re.compile(r"(.)\1+")


@lru_cache(maxsize=65_536)
def skeleton(word: str) -> str:
    """The consonants of a folded word after common spelling equivalences (ph=f, c=k, z=s, j=y, ...)."""
    w = _TRAILING_H.sub("", word) or word
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    w = _VOWELS.sub("", w)
    return _RUNS.sub(r"\1", w)


@lru_cache(maxsize=262_144)
def word_score(typed: str, stored: str) -> float:
    """How much a typed (folded) word resembles a stored one, 0-100; a prefix is exact."""
    if stored.startswith(typed):
        return EXACT
    if len(typed) < MIN_FUZZY_WORD:  # too little to compare, but for a short name typed in Arabic script
        return 80.0 if _consonants_only(typed) and skeleton(typed) == skeleton(stored) else 0.0
    score = float(fuzz.ratio(typed, stored))
    sk_t, sk_s = skeleton(typed), skeleton(stored)
    if sk_t and sk_s:
        if min(len(sk_t), len(sk_s)) >= 3:
            score = max(score, 0.92 * fuzz.ratio(sk_t, sk_s))
        elif sk_t == sk_s and (_consonants_only(stored) or _consonants_only(typed)):  # a short name from
            score = max(score, 80.0)  # Arabic script (علي → ly), stored or typed
    return score


def _consonants_only(word: str) -> bool:
    """A folded word without a, e, i, o, u: most likely written in Arabic script (علي → ly, يوسف → ywsf)."""
    return bool(word) and not _PLAIN_VOWELS.search(word)


def _assign(typed: Sequence[str], words: Sequence[str]) -> list[float]:
    """Best score of each typed word, each stored word used at most once (greedy, best pairs first)."""
    if len(typed) == 1:  # one word typed: the greedy choice is simply its best word
        t = typed[0]
        return [max(word_score(t, w) for w in words)]
    pairs = sorted(((word_score(t, w), i, j) for i, t in enumerate(typed) for j, w in enumerate(words)), reverse=True)
    best = [0.0] * len(typed)
    done_t: set[int] = set()
    done_w: set[int] = set()
    for score, i, j in pairs:
        if i in done_t or j in done_w:
            continue
        best[i] = score
        done_t.add(i)
        done_w.add(j)
    return best


@dataclass(frozen=True)
class NameScore:
    score: float
    exact: bool  # every word typed is a prefix of a word of the name


@dataclass
class _Entry:
    words: tuple[str, ...]
    joined: tuple[str, ...]  # each spelling written as one word
    joined_sorted: tuple[str, ...]
    skeletons: tuple[str, ...]  # the skeleton of each spelling written as one word


def _prepare(spellings: Iterable[str | None]) -> _Entry:
    words: list[str] = []
    joined: list[str] = []
    joined_sorted: list[str] = []
    skeletons: list[str] = []
    for spelling in spellings:
        ws = fold_words(spelling)
        if not ws:
            continue
        words.extend(w for w in ws if w not in words)
        joined.append("".join(ws))
        joined_sorted.append("".join(sorted(ws)))
        skeletons.append(skeleton("".join(ws)))
    return _Entry(tuple(words), tuple(joined), tuple(joined_sorted), tuple(skeletons))


@dataclass(frozen=True)
class _Typed:
    """What was typed, folded, with the forms every stored name is compared with (made once per text)."""

    words: tuple[str, ...]
    one: str  # the words written as one
    one_sorted: str  # the words sorted, written as one (first and last name swapped)
    sk_one: str  # the skeleton of `one`

    @classmethod
    def of(cls, words: Sequence[str]) -> _Typed:
        one = "".join(words)
        return cls(tuple(words), one, "".join(sorted(words)), skeleton(one) if words else "")


def _joined(typed: _Typed, entry: _Entry) -> float:
    """How much what was typed, written as one word, resembles a spelling of the name written as one."""
    one = typed.one
    if len(one) < 6:  # too short to compare as one word
        return 0.0
    one_sorted = typed.one_sorted
    pairs = zip(entry.joined, entry.joined_sorted, strict=True)
    joined = max((max(fuzz.ratio(one, j), fuzz.ratio(one_sorted, s)) for j, s in pairs), default=0.0)
    sk_one = typed.sk_one
    if len(sk_one) >= 5:
        joined = max(joined, max((0.92 * fuzz.ratio(sk_one, sk) for sk in entry.skeletons), default=0.0))
    return float(joined)


def _score(typed: _Typed, entry: _Entry) -> NameScore:
    if not typed.words or not entry.words:
        return NameScore(0.0, False)
    best = _assign(typed.words, entry.words)
    low = min(best)
    if low == EXACT:
        return NameScore(EXACT, True)
    wordwise = sum(best) / len(best) if low >= WORD_FLOOR else low
    return NameScore(float(max(wordwise, _joined(typed, entry))), False)


def name_score(typed: str, spellings: Iterable[str | None]) -> NameScore:
    """Score one typed text against the spellings of one person (name, alias, other spellings)."""
    return _score(_Typed.of(fold_words(typed)), _prepare(spellings))


_BLOCK = 256  # typed texts per rapidfuzz cdist call (a block of 256 x the vocabulary, one byte each)


def _pairs_at_least(typed: Sequence[str], choices: Sequence[str], cutoff: float) -> Iterator[tuple[str, str]]:
    """Every (typed, choice) whose Indel ratio (fuzz.ratio) is at least `cutoff`, exactly as
    process.extract(typed, choices, scorer=fuzz.ratio, score_cutoff=cutoff) finds them: candidates from
    `cdist` blocks with a cut-off half a point lower (its scores are rounded to whole numbers), each then
    scored again with the exact scorer and cut-off."""
    if not typed or not choices:
        return
    for start in range(0, len(typed), _BLOCK):
        block = typed[start:start + _BLOCK]
        scores = process.cdist(block, choices, scorer=fuzz.ratio, score_cutoff=max(cutoff - 0.5, 0.0), dtype="uint8")
        for k, word in enumerate(block):
            for j in scores[k].nonzero()[0].tolist():
                if fuzz.ratio(word, choices[j], score_cutoff=cutoff):
                    yield word, choices[j]


@dataclass
class NameIndex:
    """The names of many persons, prepared once, to find the ones that resemble a typed name quickly:
    only persons sharing a word that resembles a typed word (found with rapidfuzz over the vocabulary)
    are scored in full."""

    keys: list[int] = field(default_factory=list)
    _entries: list[_Entry] = field(default_factory=list)  # distinct folded names (many persons may share one)
    _keys_of: list[list[int]] = field(default_factory=list)  # per distinct name: the persons holding it
    _by_word: dict[str, list[int]] = field(default_factory=dict)
    _vocabulary: list[str] = field(default_factory=list)
    _by_skeleton: dict[str, list[str]] = field(default_factory=dict)
    _skeletons: list[str] = field(default_factory=list)  # the keys of _by_skeleton
    # every spelling written as one word (and sorted, and its skeleton), with the name it belongs to
    _flat: tuple[list[str], list[str], list[str]] = field(default_factory=lambda: ([], [], []))
    _owner: list[int] = field(default_factory=list)  # the name of each of _flat's spellings

    @classmethod
    def build(cls, rows: Iterable[tuple[int, Sequence[str | None]]]) -> NameIndex:
        index = cls()
        seen: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}  # (words, joined) -> position
        for key, spellings in rows:
            entry = _prepare(spellings)
            if not entry.words:
                continue
            index.keys.append(key)
            signature = (entry.words, entry.joined)
            position = seen.get(signature)
            if position is not None:
                index._keys_of[position].append(key)
                continue
            position = seen[signature] = len(index._entries)
            index._entries.append(entry)
            for flat, values in zip(index._flat, (entry.joined, entry.joined_sorted, entry.skeletons), strict=True):
                flat.extend(values)
            index._owner.extend([position] * len(entry.joined))
            index._keys_of.append([key])
            for word in entry.words:
                index._by_word.setdefault(word, []).append(position)
        index._vocabulary = sorted(index._by_word)
        for word in index._vocabulary:
            index._by_skeleton.setdefault(skeleton(word), []).append(word)
        index._skeletons = list(index._by_skeleton)
        return index

    def __len__(self) -> int:
        return len(self.keys)

    def _with_prefix(self, typed: str) -> set[str]:
        """The vocabulary words that start with `typed` (they follow each other in the sorted vocabulary;
        walked by position: a slice from there on would copy the rest of the vocabulary for every word)."""
        found: set[str] = set()
        vocabulary = self._vocabulary
        at = bisect.bisect_left(vocabulary, typed)
        while at < len(vocabulary) and vocabulary[at].startswith(typed):
            found.add(vocabulary[at])
            at += 1
        return found

    def _words_like(self, typed: str) -> set[str]:
        found = self._with_prefix(typed)
        if len(typed) < MIN_FUZZY_WORD and _consonants_only(typed):  # as word_score: علي → ly finds Ali
            found.update(self._by_skeleton.get(skeleton(typed), ()))
        elif len(typed) >= MIN_FUZZY_WORD:
            for word, _score, _i in process.extract(
                typed, self._vocabulary, scorer=fuzz.ratio, score_cutoff=WORD_FLOOR, limit=None
            ):
                found.add(word)
            found.update(self._by_skeleton.get(skeleton(typed), ()))
        return found

    def _strongly_like(self, typed: str, like: set[str]) -> set[str]:
        """At least the vocabulary words a typed word can score WORD_FLOOR or more against (word_score):
        `like` (prefixes, Indel ratio, the same skeleton) and the words with a near skeleton."""
        sk = skeleton(typed)
        if len(typed) < MIN_FUZZY_WORD or len(sk) < 3:
            return like
        strong = set(like)
        cutoff = WORD_FLOOR / 0.92 - 0.1  # a little lower than needed: never too few
        for near, _score, _i in process.extract(sk, self._skeletons, scorer=fuzz.ratio, score_cutoff=cutoff,
                                                limit=None):
            if len(near) >= 3:
                strong.update(self._by_skeleton[near])
        return strong

    def _positions(self, typed: str) -> tuple[set[int], set[int]]:
        """The names holding a word like `typed` (candidates), and those holding a word it can score
        WORD_FLOOR or more against."""
        like = self._words_like(typed)
        found: set[int] = set()
        for word in like:
            found.update(self._by_word[word])
        strong: set[int] = set()
        for word in self._strongly_like(typed, like):
            strong.update(self._by_word[word])
        return found, strong

    def _positions_many(self, words: Sequence[str]) -> dict[str, tuple[set[int], set[int]]]:
        """`_positions` for many distinct words at once (an import): the Indel ratios of every word against
        the vocabulary, and of its skeleton against the skeletons, in rapidfuzz `cdist` blocks instead of
        one `process.extract` per word (which compares each word with the whole vocabulary from Python:
        quadratic in the distinct words of a list of different persons). The block's cut-off is a little
        low and each word it finds is checked with the exact scorer and cut-off of `_words_like` and
        `_strongly_like`, so the result is the same (tests/search/test_name_match_batched.py)."""
        words = list(dict.fromkeys(words))
        like: dict[str, set[str]] = {}
        for word in words:  # prefixes and the same skeleton, as in _words_like
            found = self._with_prefix(word)
            if len(word) >= MIN_FUZZY_WORD or _consonants_only(word):  # as _words_like
                found.update(self._by_skeleton.get(skeleton(word), ()))
            like[word] = found
        fuzzy = [w for w in words if len(w) >= MIN_FUZZY_WORD]
        for word, other in _pairs_at_least(fuzzy, self._vocabulary, WORD_FLOOR):
            like[word].add(other)
        strong = {word: set(found) for word, found in like.items()}
        skeletons = {w: skeleton(w) for w in fuzzy if len(skeleton(w)) >= 3}
        cutoff = WORD_FLOOR / 0.92 - 0.1  # as _strongly_like
        near_of: dict[str, list[str]] = {}
        for sk, near in _pairs_at_least(list(dict.fromkeys(skeletons.values())), self._skeletons, cutoff):
            if len(near) >= 3:
                near_of.setdefault(sk, []).append(near)
        for word, sk in skeletons.items():
            for near in near_of.get(sk, ()):
                strong[word].update(self._by_skeleton[near])
        out: dict[str, tuple[set[int], set[int]]] = {}
        for word in words:
            positions: set[int] = set()
            for other in like[word]:
                positions.update(self._by_word[other])
            near_positions: set[int] = set()
            for other in strong[word]:
                near_positions.update(self._by_word[other])
            out[word] = (positions, near_positions)
        return out

    def match(self, typed_text: str, limit: int = 50, threshold: float = SIMILAR) -> list[tuple[int, NameScore]]:
        """Persons whose name matches exactly (as prefixes) or resembles `typed_text`, best first."""
        return self._match(_Typed.of(fold_words(typed_text)[:12]), limit, threshold, None, None)

    def match_many(self, texts: Iterable[str], limit: int = 50, threshold: float = SIMILAR,
                   progress: Callable[[int, int], None] | None = None) -> dict[str, list[tuple[int, NameScore]]]:
        """`match` for many texts at once (an import): each distinct text once, the vocabulary looked up
        once per distinct word, and the whole-name comparison done for all texts in a few rapidfuzz
        `cdist` calls; the same results as `match` text by text. `progress(done, total)`: total is twice
        the distinct texts: first the whole-name comparison, then the texts matched; now and then and at
        the end."""
        distinct = list(dict.fromkeys(texts))
        total = 2 * len(distinct)
        typed = [_Typed.of(fold_words(t)[:12]) for t in distinct]
        compared = (lambda done: progress(done, total)) if progress is not None else None
        joined = self._joined_at_least(typed, threshold, compared) if threshold >= WORD_FLOOR \
            else [None] * len(typed)
        memo = self._positions_many([w for t in typed for w in t.words])
        out: dict[str, list[tuple[int, NameScore]]] = {}
        for n, (text, t, j) in enumerate(zip(distinct, typed, joined, strict=True), 1):
            out[text] = self._match(t, limit, threshold, memo, j)
            if progress is not None and (n % PROGRESS_EVERY == 0 or n == len(distinct)):
                progress(len(distinct) + n, total)
        return out

    def _joined_at_least(self, typed: Sequence[_Typed], threshold: float,
                         progress: Callable[[int], None] | None = None) -> list[set[int] | None]:
        """Per text: at least every name whose `_joined` score reaches `threshold` (a few more may come: the
        cut-offs are a little low, and each name found is scored in full afterwards). `progress(done)`:
        texts compared (of all), after each block."""
        out: list[set[int] | None] = [set() for _ in typed]
        owner = self._owner
        forms = [(t.one, t.one_sorted, t.sk_one) for t in typed]
        for n, cutoff, shortest in ((0, threshold, 6), (1, threshold, 6), (2, threshold / 0.92, 5)):
            rows = [i for i, t in enumerate(typed) if len(t.one) >= 6 and len(forms[i][n]) >= shortest]
            for start in range(0, len(rows), 256):
                chunk = rows[start:start + 256]
                scores = process.cdist([forms[i][n] for i in chunk], self._flat[n], scorer=fuzz.ratio,
                                       score_cutoff=max(cutoff - 0.5, 0.0), dtype="uint8")
                for k, i in enumerate(chunk):
                    found = out[i]
                    if found is None:  # too many already: `_match` compares this text name by name
                        continue
                    found.update(owner[j] for j in scores[k].nonzero()[0].tolist())
                    if len(found) > JOINED_AT_MOST:
                        out[i] = None
                if progress is not None:
                    progress(len(typed) * (n * len(rows) + start + len(chunk)) // (3 * len(rows)))
        return out

    def _joined_like(self, typed: _Typed, threshold: float) -> set[int]:
        """At least the names one of whose spellings, written as one word, scores `threshold` (at least
        WORD_FLOOR) or more against what was typed written as one (`_joined`): "Nguyenthihuong" for Nguyễn
        Thị Hương, "Abdelrahman" for عبد الرحمن (bd lrhmn), names sharing no word that resembles a typed word.
        rapidfuzz over every spelling at once, the cut-offs of `_joined`."""
        if len(typed.one) < 6:  # as _joined: too short to compare as one word
            return set()
        cutoff = max(threshold, WORD_FLOOR)
        found: set[int] = set()
        forms = ((typed.one, self._flat[0], cutoff), (typed.one_sorted, self._flat[1], cutoff),
                 (typed.sk_one, self._flat[2], cutoff / 0.92 - 1e-9))
        for n, (form, spellings, cut) in enumerate(forms):
            if n == 2 and len(form) < 5:
                continue
            for _s, _score, j in process.extract(form, spellings, scorer=fuzz.ratio, score_cutoff=cut, limit=None):
                found.add(self._owner[j])
        return found

    def _match(self, prepared: _Typed, limit: int, threshold: float, memo: dict[str, tuple[set[int], set[int]]] | None,
               joined: set[int] | None) -> list[tuple[int, NameScore]]:
        """Candidates: the names holding a word like a typed word, and those whose whole name resembles what
        was typed as one word (`joined` when given: `_joined_at_least`, else `_joined_like`). A candidate
        lacking, for some typed word, every word that word could score WORD_FLOOR against can neither match
        exactly nor word by word (its lowest word scores below the floor); it can only pass as one joined
        word, so only that is looked at first, and the full score only when it passes: the same result,
        less work."""
        typed = prepared.words
        if not typed:
            return []
        positions: set[int] = set(joined) if joined is not None and threshold >= WORD_FLOOR \
            else self._joined_like(prepared, threshold)
        strong: set[int] | None = None
        for t in typed:
            if memo is None:
                found, near = self._positions(t)
            else:
                if t not in memo:
                    memo[t] = self._positions(t)
                found, near = memo[t]
            positions |= found
            strong = set(near) if strong is None else strong & near
        prune = threshold >= WORD_FLOOR and strong is not None
        scored: list[tuple[int, NameScore]] = []
        for pos in positions:
            entry = self._entries[pos]
            if prune and pos not in strong and (  # type: ignore[operator]
                    (pos not in joined) if joined is not None else _joined(prepared, entry) < threshold):
                continue
            result = _score(prepared, entry)
            if result.exact or result.score >= threshold:
                scored.extend((key, result) for key in self._keys_of[pos])
        scored.sort(key=lambda item: (not item[1].exact, -item[1].score, item[0]))
        return scored[:limit]
