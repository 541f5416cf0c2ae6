"""Finding a case by what the coordinator types: the one search and ranking every case picker uses
(global search, letter dialog, case list filter) and the check "Is deze persoon al bekend?" at the start
of an intake, a quick signal and a case import. The address-book picker and the contact-merge dialog use
the same "lijkt op" (find_in_network, similar_network_groups).

Ranking: exact matches first (case number, then a person's name, other spellings or date of birth, then
journal text), then names that only resemble what was typed ("lijkt op", services/search/name_match.py), best
first. Names are shown as stored; folding only happens inside the search.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from sqlalchemy import text

from coordinator_app.db.vault import Vault
from coordinator_app.domain.validation import check_age
from coordinator_app.services.network import listing
from coordinator_app.services.network.listing import NetworkFilter, NetworkRow
from coordinator_app.services.search import index as search
from coordinator_app.services.search.name_match import MIN_FUZZY_WORD, SIMILAR, NameIndex, NameScore, name_score

# reasons a case was found (codes; the UI words them)
NUMBER, NAME, BIRTH, JOURNAL, SIMILAR_NAME = "number", "name", "date_of_birth", "journal", "similar_name"
_ORDER = {NUMBER: 0, NAME: 1, BIRTH: 1, JOURNAL: 2}
SHOWN = 60.0  # a known-person candidate scoring less is not offered (an exact name with another birth date is)


@dataclass(frozen=True)
class CaseMatch:
    case_id: int
    case_number: str
    name: str  # as stored: first and last name, alias in brackets
    status: str
    date_of_birth: dt.date | None
    estimated_age: int | None
    nationality: str | None
    reason: str  # NUMBER | NAME | BIRTH | JOURNAL | SIMILAR_NAME
    score: float  # 100 for an exact match
    other_spellings: tuple[str, ...] = ()

    @property
    def similar(self) -> bool:
        """Shown as "lijkt op": the name only resembles what was typed."""
        return self.reason == SIMILAR_NAME


# --- the prepared names of a vault, rebuilt only when persons changed --------------------------------

_lock = threading.Lock()
_CACHE_KEY = "person_search.names"  # in vault.caches: emptied when the vault closes (lock)
_SIGNATURE = text("SELECT count(*), max(id), max(updated_at) FROM persons")


@dataclass(frozen=True)
class _Cached:
    """The NameIndex of a vault, with the vault generation and the persons' signature it was built at."""

    generation: int
    signature: tuple[object, ...]
    index: NameIndex


_NAMES = text("SELECT case_id, first_name, last_name, alias, other_spellings FROM persons")


def _spellings(first: str | None, last: str | None, alias: str | None, other: str | None) -> list[str | None]:
    full = " ".join(p for p in (first, last) if p)
    return [full, alias, *(other or "").splitlines()]


def name_index(vault: Vault) -> NameIndex:
    """The NameIndex of the vault's persons, kept (in `vault.caches`) between searches while no person
    changed; gone when the vault closes."""
    generation = vault.generation
    with _lock:
        cached = vault.caches.get(_CACHE_KEY)
        if isinstance(cached, _Cached) and cached.generation == generation:
            return cached.index
        with vault.read() as session:
            signature = tuple(session.execute(_SIGNATURE).one())
            if isinstance(cached, _Cached) and cached.signature == signature:
                vault.caches[_CACHE_KEY] = _Cached(generation, signature, cached.index)
                return cached.index
            rows = session.execute(_NAMES).all()
        index = NameIndex.build((int(cid), _spellings(f, la, a, o)) for cid, f, la, a, o in rows)
        vault.caches[_CACHE_KEY] = _Cached(generation, signature, index)
        return index


def forget(vault: Vault) -> None:
    """Drop the prepared names of a vault now (closing the vault does this too)."""
    with _lock:
        vault.caches.pop(_CACHE_KEY, None)


# --- details of the cases found ----------------------------------------------------------------------


_DETAILS = text(
    "SELECT c.id, c.case_number, c.status, p.first_name, p.last_name, p.alias, p.date_of_birth, "
    "p.estimated_age, p.nationality, p.other_spellings, p.anonymous "
    "FROM cases c LEFT JOIN persons p ON p.case_id = c.id WHERE c.id IN (SELECT value FROM json_each(:ids))"
)  # one statement, compiled once (a new text() per call costs SQLAlchemy ~20 ms)


class _Details(NamedTuple):
    """One row of _DETAILS after the case id."""

    case_number: str
    status: str
    first_name: str | None
    last_name: str | None
    alias: str | None
    date_of_birth: dt.date | str | None  # raw SQL gives the stored ISO text
    estimated_age: int | None
    nationality: str | None
    other_spellings: str | None
    anonymous: bool | int | None


def _details(vault: Vault, ids: Sequence[int]) -> dict[int, _Details]:
    if not ids:
        return {}
    with vault.read() as session:
        rows = session.execute(_DETAILS, {"ids": json.dumps([int(i) for i in ids])})
        return {int(row[0]): _Details(*row[1:]) for row in rows}


def _display_name(first: str | None, last: str | None, alias: str | None) -> str:
    name = " ".join(p for p in (first, last) if p)
    if alias:
        name = f"{name} ({alias})" if name else alias
    return name


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _matches(vault: Vault, found: Iterable[tuple[int, str, float]]) -> list[CaseMatch]:
    found = list(found)
    details = _details(vault, [cid for cid, _r, _s in found])
    out = []
    for cid, reason, score in found:
        d = details.get(cid)
        if d is None:
            continue
        number, status, first, last, alias, born, age, nationality, other, anonymous = d
        name = "" if anonymous else _display_name(first, last, alias)
        out.append(CaseMatch(cid, number, name, status, _as_date(born), age, nationality, reason, score,
                             tuple((other or "").splitlines())))
    return out


# --- the search box ----------------------------------------------------------------------------------


def find_cases(vault: Vault, user_text: str, limit: int = 20, *, similar: bool = True) -> list[CaseMatch]:
    """Cases for what was typed in a search or picker box, ranked (see the module text)."""
    query = search.parse(user_text)
    if query.empty:
        return []
    ranked: dict[int, tuple[str, float]] = dict.fromkeys(search.case_ids_numbered(vault, user_text), (NUMBER, 100.0))
    born = search.case_ids_born_on(vault, query.dates) if query.dates else None  # (a number may look like a date)
    if query.words:
        hits = search.search(vault, user_text, limit=max(10 * limit, 100), snippets=False,
                             kinds=("case", "person", "journal"), by_kind=True)  # names never pushed out by journal
        for hit in hits:
            if hit.case_id is None:
                continue
            reason = {"case": NUMBER, "person": NAME, "journal": JOURNAL}.get(hit.kind)
            if reason is None or (born is not None and hit.case_id not in born):
                continue
            if hit.case_id not in ranked or _ORDER[reason] < _ORDER[ranked[hit.case_id][0]]:
                ranked[hit.case_id] = (reason, 100.0)
    elif born is not None:
        for cid in sorted(born):
            ranked.setdefault(cid, (BIRTH, 100.0))
    order = sorted(ranked, key=lambda cid: _ORDER[ranked[cid][0]])  # stable: FTS rank within a reason
    found = [(cid, ranked[cid][0], ranked[cid][1]) for cid in order]
    if similar and len(found) < limit and any(len(w) >= 3 for w in query.words):
        words = " ".join(query.words)
        for cid, score in name_index(vault).match(words, limit=limit):
            if cid in ranked or score.exact or (born is not None and cid not in born):
                continue
            found.append((cid, SIMILAR_NAME, score.score))
    return _matches(vault, found[:limit])


def similar_case_ids(vault: Vault, user_text: str, exclude: set[int] | None = None, limit: int = 50) -> list[int]:
    """Cases whose person's name only resembles what was typed ("lijkt op"), best first; for filters that
    add them after their exact matches (the case list). Dates of birth typed must match too."""
    query = search.parse(user_text)
    if not any(len(w) >= 3 for w in query.words):
        return []
    born = search.case_ids_born_on(vault, query.dates) if query.dates else None
    exclude = exclude or set()
    out = []
    for cid, score in name_index(vault).match(" ".join(query.words), limit=limit + len(exclude)):
        if score.exact or cid in exclude or (born is not None and cid not in born):
            continue
        out.append(cid)
    return out[:limit]


# --- "Is deze persoon al bekend?" ---------------------------------------------------------------------


@dataclass(frozen=True)
class PersonQuery:
    """What is known of a new person at the start of an intake, a quick signal or an import row."""

    first_name: str | None = None
    last_name: str | None = None
    alias: str | None = None
    other_spellings: str | None = None
    date_of_birth: dt.date | None = None
    estimated_age: int | None = None  # on `on`
    nationality: str | None = None  # ISO alpha-2
    on: dt.date | None = None  # the day the age was estimated (default today)

    @property
    def spellings(self) -> list[str]:
        return [s for s in _spellings(self.first_name, self.last_name, self.alias, self.other_spellings) if s]


@dataclass(frozen=True)
class Candidate:
    match: CaseMatch
    score: float
    reasons: tuple[str, ...]  # "name" | "similar_name" | "alias" | "date_of_birth" | "age" | "nationality"


def _age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def known_persons(vault: Vault, person: PersonQuery, limit: int = 8) -> list[Candidate]:
    """Persons already in the vault who may be this person: by (folded or similar) name or alias, or by
    the same date of birth and nationality; ranked by how much agrees. Empty when nothing is known."""
    names = _name_hits(name_index(vault), person)
    born_ids = search.case_ids_born_on(vault, (person.date_of_birth,)) if person.date_of_birth else set()
    if person.spellings and (missing := born_ids - set(names)):
        names.update(_born_name_hits(person, missing, _spellings_of(vault, missing)))
    ids = set(names) | born_ids
    if not ids:
        return []
    details = _matches(vault, ((cid, NAME, 0.0) for cid in ids))
    return _rank(person, names, details, limit)


def _name_hits(index: NameIndex, person: PersonQuery,
               found: Mapping[str, list[tuple[int, NameScore]]] | None = None) -> dict[int, tuple[float, bool, bool]]:
    """case id -> (score, exact, via alias / other spelling) for every spelling of the person; `found`:
    what NameIndex.match_many found for the spellings of many persons at once (an import)."""
    names: dict[int, tuple[float, bool, bool]] = {}
    for n, spelling in enumerate(person.spellings):
        matches = found[spelling] if found is not None else index.match(spelling, limit=NAMES_KEPT, threshold=SIMILAR)
        for cid, score in matches:
            previous = names.get(cid)
            if previous is None or score.score > previous[0]:
                names[cid] = (score.score, score.exact, n > 0)
    return names


_SPELLINGS_OF = text("SELECT case_id, first_name, last_name, alias, other_spellings FROM persons "
                     "WHERE case_id IN (SELECT value FROM json_each(:ids))")


def _spellings_of(vault: Vault, ids: set[int]) -> dict[int, list[str | None]]:
    """case id -> the spellings of its person (as the name index holds them), in one query."""
    if not ids:
        return {}
    with vault.read() as session:
        rows = session.execute(_SPELLINGS_OF, {"ids": json.dumps(sorted(ids))}).all()
    return {int(cid): _spellings(first, last, alias, other) for cid, first, last, alias, other in rows}


NAMES_KEPT = 50  # the most alike names the name search keeps per spelling (check against the vault and in a file)


def _kept_all(spellings: Iterable[str], found: Mapping[str, Sequence[object]]) -> bool:
    """True when the name search kept NAMES_KEPT names for one of these spellings: it may have left out a
    namesake born on the same day, so those are scored on their own (_born_name_hits). With fewer, every name
    alike enough is among them already, and scoring the others would find nothing: a file in which thousands
    of persons share a registration date of birth such as 1 January stays fast (measured: 3,000 such rows
    took 155 s with every one scored, 1.7 s with this)."""
    return any(len(found[spelling]) >= NAMES_KEPT for spelling in spellings)


def _born_name_hits(person: PersonQuery, ids: Iterable[int],
                    spellings_of: Mapping[int, list[str | None]]) -> dict[int, tuple[float, bool, bool]]:
    """The name hits (as `_name_hits`) among `ids`, persons born on the person's date of birth that the name
    search did not keep: it keeps the 50 most alike names, and with more namesakes the one born on the same
    day may not be among them (docs/SEARCH.md). Scored one by one (a date of birth is shared by few persons)."""
    names: dict[int, tuple[float, bool, bool]] = {}
    for cid in ids:
        theirs = spellings_of.get(cid)
        if theirs is None:
            continue
        for n, spelling in enumerate(person.spellings):
            score = name_score(spelling, theirs)
            previous = names.get(cid)
            if (score.exact or score.score >= SIMILAR) and (previous is None or score.score > previous[0]):
                names[cid] = (score.score, score.exact, n > 0)
    return names


def _agreement(person: PersonQuery, name: tuple[float, bool, bool] | None, born: dt.date | None,
               age: int | None, nationality: str | None) -> tuple[float, tuple[str, ...]] | None:
    """How much a person already known (a vault person, or an earlier row of an import) agrees with
    `person`: (score, reasons), or None when it is not offered. `name`: the name hit (score, exact, via
    alias) or None; `born`, `age`, `nationality`: what is known of the other person."""
    day = person.on or dt.date.today()
    reasons: list[str] = []
    score = 0.0
    if name is not None:
        name_score_, exact, via_other = name
        score += name_score_
        reasons.append("name" if exact else "similar_name")
        if via_other:
            reasons.append("alias")
    same_birth = person.date_of_birth is not None and born == person.date_of_birth
    if same_birth:
        score += 30
        reasons.append("date_of_birth")
    elif person.date_of_birth and born:
        score -= 40  # both known and different: most likely someone else
    elif person.estimated_age is not None or age is not None:
        theirs = _age_on(born, day) if born else age
        ours = _age_on(person.date_of_birth, day) if person.date_of_birth else person.estimated_age
        if theirs is not None and ours is not None and abs(theirs - ours) <= 2:
            score += 10
            reasons.append("age")
    if person.nationality and nationality == person.nationality.upper():
        score += 10
        reasons.append("nationality")
    elif person.nationality and nationality:
        score -= 15
    if name is None:
        if not (same_birth and "nationality" in reasons):
            return None  # a shared date of birth alone is not enough
        score = SHOWN  # the same date of birth and nationality: offered, below every name match
    if score < SHOWN:
        return None
    return score, tuple(reasons)


def _rank(person: PersonQuery, names: dict[int, tuple[float, bool, bool]], details: Iterable[CaseMatch],
          limit: int) -> list[Candidate]:
    out: list[Candidate] = []
    for m in details:
        agreed = _agreement(person, names.get(m.case_id), m.date_of_birth, m.estimated_age, m.nationality)
        if agreed is None:
            continue
        score, reasons = agreed
        reason = NAME if "name" in reasons else (SIMILAR_NAME if "similar_name" in reasons else BIRTH)
        out.append(Candidate(CaseMatch(**{**m.__dict__, "reason": reason, "score": score}), score, reasons))
    out.sort(key=lambda c: (-c.score, c.match.case_number))
    return out[:limit]


def anyone_to_recognise(vault: Vault) -> bool:
    """True when the vault holds at least one person with a name or a date of birth (else the question
    "is this person already known?" has only one answer and is not asked)."""
    sql = text(
        "SELECT 1 FROM persons WHERE anonymous = 0 AND (first_name IS NOT NULL OR last_name IS NOT NULL "
        "OR alias IS NOT NULL OR other_spellings IS NOT NULL OR date_of_birth IS NOT NULL) LIMIT 1")
    with vault.read() as session:
        return session.execute(sql).first() is not None


def known_persons_for_rows(vault: Vault, rows: Sequence[PersonQuery | None],
                           progress: Callable[[int, int], None] | None = None) -> list[list[Candidate]]:
    """The known-person check for every row of an import, in row order; a row without a name or date of
    birth (or None) has no candidates. Batched: one name index, every distinct spelling matched once
    (NameIndex.match_many), and the persons' details and dates of birth read once for all rows (not two
    queries per row), with the same ranking as known_persons. `progress(done, total)`: the steps of
    match_many (twice the distinct spellings), then the rows ranked; now and then and at the end."""
    index = name_index(vault)
    asked = [row if row is not None and (row.spellings or row.date_of_birth) else None for row in rows]
    texts = list(dict.fromkeys(s for row in asked if row is not None for s in row.spellings))
    total = 2 * len(texts) + len(asked)
    spelled = index.match_many(texts, limit=NAMES_KEPT, threshold=SIMILAR,
                               progress=(lambda done, _t: progress(done, total)) if progress else None)
    seen: dict[tuple[str, ...], dict[int, tuple[float, bool, bool]]] = {}  # a list may name one person often
    hits: list[dict[int, tuple[float, bool, bool]]] = []
    for row in asked:
        key = tuple(row.spellings) if row is not None else ()
        if row is not None and key not in seen:
            seen[key] = _name_hits(index, row, spelled)
        hits.append(seen[key] if row is not None else {})
    births = {row.date_of_birth for row in asked if row is not None and row.date_of_birth}
    born = _born_index(vault, births) if births else {}
    missing = {n: born.get(row.date_of_birth, set()) - set(hits[n]) for n, row in enumerate(asked)
               if row is not None and row.spellings and row.date_of_birth
               and _kept_all(row.spellings, spelled)}  # namesakes born that day whom
    spellings_of = _spellings_of(vault, set().union(*missing.values()))  # the 50 most alike names left out
    scored: dict[tuple[tuple[str, ...], dt.date], dict[int, tuple[float, bool, bool]]] = {}  # a list may name
    for n, ids in missing.items():  # one person born on one day many times: scored once
        row = asked[n]
        if not ids or row is None or row.date_of_birth is None:
            continue
        person_day = (tuple(row.spellings), row.date_of_birth)
        if person_day not in scored:
            scored[person_day] = _born_name_hits(row, ids, spellings_of)
        if extra := scored[person_day]:
            hits[n] = {**hits[n], **extra}
    wanted: set[int] = set()
    for found in (*hits, *born.values()):
        wanted.update(found)
    details = {m.case_id: m for m in _matches_in_chunks(vault, sorted(wanted))}
    out: list[list[Candidate]] = []
    for n, (row, names) in enumerate(zip(asked, hits, strict=True), 1):
        if progress is not None and n % _PROGRESS_EVERY == 0:
            progress(2 * len(texts) + n, total)
        if row is None:
            out.append([])
            continue
        ids = set(names) | (born.get(row.date_of_birth, set()) if row.date_of_birth else set())
        out.append(_rank(row, names, (details[cid] for cid in sorted(ids) if cid in details), 8) if ids else [])
    if progress is not None:
        progress(total, total)
    return out


@dataclass(frozen=True)
class RowCandidate:
    """An earlier row of the same import whose person may be the person of a later row."""

    index: int  # the earlier row's position in the rows given
    score: float
    reasons: tuple[str, ...]  # as Candidate.reasons


def same_persons_among_rows(rows: Sequence[PersonQuery | None], limit: int = 8,
                            progress: Callable[[int, int], None] | None = None) -> list[list[RowCandidate]]:
    """For every row of an import, the EARLIER rows that may be about the same person: the rules of the
    check against the vault (folded and similar names, other spellings, date of birth, age, nationality;
    a date of birth alone is not enough), applied to the rows among each other. A row without a name or
    date of birth (or None) has none and is offered to no other row. Best first, then the earliest row.
    `progress(done, total)`: as known_persons_for_rows."""
    spellings = [tuple(row.spellings) if row is not None else () for row in rows]  # worked out once per row
    asked = [row if row is not None and (spelled or row.date_of_birth) else None
             for row, spelled in zip(rows, spellings, strict=True)]
    index = NameIndex.build((i, list(spellings[i])) for i, row in enumerate(asked) if row is not None)
    texts = list(dict.fromkeys(s for i, row in enumerate(asked) if row is not None for s in spellings[i]))
    total = 2 * len(texts) + len(asked)
    spelled = index.match_many(texts, limit=NAMES_KEPT, threshold=SIMILAR,  # as the check against the vault
                               progress=(lambda done, _t: progress(done, total)) if progress else None)
    # without a name hit only the same date of birth AND nationality is offered (all at SHOWN, the earliest
    # first): the earliest `limit` rows of each pair are enough
    born: dict[tuple[dt.date, str], list[int]] = {}
    for i, row in enumerate(asked):
        if row is not None and row.date_of_birth is not None and row.nationality:
            born.setdefault((row.date_of_birth, row.nationality.upper()), []).append(i)
    # the rows born on each day (with a name), to score the namesakes the name search's 50 left out, as the check
    # against the vault does (_born_name_hits): a list naming one person hundreds of times
    born_on: dict[dt.date, list[int]] = {}
    for i, row in enumerate(asked):
        if row is not None and row.date_of_birth is not None and spellings[i]:
            born_on.setdefault(row.date_of_birth, []).append(i)
    pair_hits: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[float, bool, bool] | None] = {}
    seen: dict[tuple[str, ...], dict[int, tuple[float, bool, bool]]] = {}  # a list may name one person often
    facts = [(row.date_of_birth, row.estimated_age, row.nationality) if row is not None else (None, None, None)
             for row in asked]
    out: list[list[RowCandidate]] = []
    for i, row in enumerate(asked):
        if progress is not None and (i + 1) % _PROGRESS_EVERY == 0:
            progress(2 * len(texts) + i + 1, total)
        if row is None:
            out.append([])
            continue
        key = spellings[i]
        if key not in seen:
            seen[key] = _name_hits(index, row, spelled)
        names = seen[key]
        if row.date_of_birth is not None and key and _kept_all(key, spelled):
            extra: dict[int, tuple[float, bool, bool]] = {}
            for j in born_on.get(row.date_of_birth, ()):
                if j >= i:
                    break
                if j in names:
                    continue
                pair = (key, spellings[j])
                if pair not in pair_hits:  # the same two spellings are scored once
                    pair_hits[pair] = _born_name_hits(row, (j,), {j: list(spellings[j])}).get(j)
                if (hit := pair_hits[pair]) is not None:
                    extra[j] = hit
            if extra:
                names = {**names, **extra}
        earlier = [j for j in names if j < i]
        if row.date_of_birth is not None and row.nationality:
            earlier += [j for j in born[(row.date_of_birth, row.nationality.upper())][:limit] if j < i
                        and j not in names]
        best = sorted(_scores(row, names, earlier, facts))[:limit]  # (-score, j): j is unique; a few dozen
        kept = []
        for _score, j in best:
            agreed = _agreement(row, names.get(j), *facts[j])
            assert agreed is not None, "_scores offers exactly what _agreement offers"
            kept.append(RowCandidate(j, agreed[0], agreed[1]))
        out.append(kept)
    if progress is not None:
        progress(total, total)
    return out


def _scores(person: PersonQuery, names: Mapping[int, tuple[float, bool, bool]], others: Iterable[int],
            facts: Sequence[tuple[dt.date | None, int | None, str | None]]) -> Iterator[tuple[float, int]]:
    """(-score, j) for every other row j that `_agreement` offers to `person`, with the score `_agreement`
    gives it; the reasons are not built (same_persons_among_rows asks `_agreement` for them for the few
    rows it keeps). The same rules as `_agreement`, with what depends only on `person` worked out once:
    a file naming one person a thousand times compares each row with up to fifty earlier rows (measured:
    the check of the benchmark's 10,000-row list spent 0.5-1 s building reasons it then threw away).
    tests/search/test_import_known_persons_batched.py compares the outcome with the check against the
    vault, which ranks with `_agreement` itself."""
    day = person.on or dt.date.today()
    born_p, age_p = person.date_of_birth, person.estimated_age
    ours = _age_on(born_p, day) if born_p else age_p
    nation = person.nationality.upper() if person.nationality else None
    for j in others:
        born, age, nationality = facts[j]
        name = names.get(j)
        score = name[0] if name is not None else 0.0
        same_birth = born_p is not None and born == born_p
        if same_birth:
            score += 30
        elif born_p and born:
            score -= 40
        elif age_p is not None or age is not None:
            theirs = _age_on(born, day) if born else age
            if theirs is not None and ours is not None and abs(theirs - ours) <= 2:
                score += 10
        same_nation = nation is not None and nationality == nation
        if same_nation:
            score += 10
        elif nation is not None and nationality:
            score -= 15
        if name is None:
            if not (same_birth and same_nation):
                continue
            score = SHOWN
        if score >= SHOWN:
            yield -score, j


_PROGRESS_EVERY = 200  # rows between two progress reports while the rows are ranked
_BORN = text("SELECT case_id, date_of_birth FROM persons WHERE date_of_birth IN (SELECT value FROM json_each(:d))")


def _born_index(vault: Vault, days: set[dt.date]) -> dict[dt.date, set[int]]:
    """date of birth -> case ids, for many dates in one query."""
    out: dict[dt.date, set[int]] = {}
    with vault.read() as session:
        for cid, born in session.execute(_BORN, {"d": json.dumps(sorted(d.isoformat() for d in days))}):
            day = _as_date(born)
            if day is not None:
                out.setdefault(day, set()).add(int(cid))
    return out


def _matches_in_chunks(vault: Vault, ids: Sequence[int], size: int = 20_000) -> list[CaseMatch]:
    out: list[CaseMatch] = []
    for start in range(0, len(ids), size):
        out += _matches(vault, ((cid, NAME, 0.0) for cid in ids[start:start + size]))
    return out


def person_query(person: object | None, on: dt.date | None = None) -> PersonQuery | None:
    """A PersonQuery from a cases.PersonInput-like object (an import row's person); None without one."""
    if person is None or getattr(person, "anonymous", False):
        return None
    born = getattr(person, "date_of_birth", None)
    if isinstance(born, str):
        try:
            born = dt.date.fromisoformat(born[:10])
        except ValueError:
            born = None
    age = getattr(person, "estimated_age", None)
    if age is not None and not isinstance(age, int):  # as given (an import cell: "34"); compared as a number
        errors: dict[str, str] = {}
        age = check_age(errors, "estimated_age", age)
    return PersonQuery(
        first_name=getattr(person, "first_name", None), last_name=getattr(person, "last_name", None),
        alias=getattr(person, "alias", None), other_spellings=getattr(person, "other_spellings", None),
        date_of_birth=born, estimated_age=age,
        nationality=getattr(person, "nationality", None), on=on,
    )



# --- the address book: the same "lijkt op" for contacts and organisations ------------------------------


@dataclass(frozen=True)
class NetworkMatch:
    """An address-book entry found for what was typed; `similar`: only its name resembles the text."""

    row: NetworkRow
    similar: bool = False
    score: float = 100.0


def find_in_network(vault: Vault, flt: NetworkFilter, kinds: Sequence[str] = ("contact", "organisation"),
                    limit_similar: int = 20) -> list[NetworkMatch]:
    """The address-book entries for a filter, as the case pickers rank them: every entry the filter finds
    (folded, all words, any order) first, then entries whose name only resembles the typed text ("lijkt
    op", services/search/name_match.py), best first. The other filters (kind, type, municipality) hold for both."""
    exact = [r for r in listing.list_network(vault, flt) if r.kind in kinds]
    found = [NetworkMatch(r) for r in exact]
    typed = " ".join(listing.fold(flt.text[:search.MAX_QUERY]).split()[:search.MAX_WORDS])
    if not any(len(w) >= MIN_FUZZY_WORD for w in typed.split()):
        return found
    seen = {(r.kind, r.id) for r in exact}
    rest = [r for r in listing.list_network(vault, replace(flt, text="")) if r.kind in kinds
            and (r.kind, r.id) not in seen]
    similar = []
    for row in rest:
        score = name_score(typed, [row.name])
        if score.score >= SIMILAR and not score.exact:
            similar.append(NetworkMatch(row, True, score.score))
    similar.sort(key=lambda m: (-m.score, listing.fold(m.row.name), m.row.id))
    return found + similar[:limit_similar]


def similar_network_groups(rows: Sequence[NetworkRow]) -> list[tuple[str, tuple[int, ...]]]:
    """Pairs of address-book entries of one kind whose names resemble each other ("lijkt op": a
    misspelled duplicate such as Janssen / Jansen), for the merge dialog; (kind, (id, id)), best first."""
    out: dict[tuple[str, tuple[int, ...]], float] = {}
    for kind in ("contact", "organisation"):
        by_id = {r.id: r for r in rows if r.kind == kind and r.name.strip()}
        index = NameIndex.build((r.id, [r.name]) for r in by_id.values())
        for row in by_id.values():
            for other, _score in index.match(row.name, limit=10):
                key = (kind, tuple(sorted((row.id, other))))
                if other == row.id or key in out:
                    continue
                a, b = row.name, by_id[other].name
                if listing.fold(a) == listing.fold(b):
                    continue  # the same name: find_duplicates' own reason (within one organisation)
                both = min(name_score(a, [b]).score, name_score(b, [a]).score)  # "Anna" is not "Anna Smit"
                if both >= SIMILAR:
                    out[key] = both
    return [key for key, _s in sorted(out.items(), key=lambda item: (-item[1], item[0]))]
