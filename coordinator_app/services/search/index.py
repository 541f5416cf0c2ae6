"""Global full-text search (FTS5 `search_index`) over cases, persons, journal text and the network.

What the coordinator types is cut to MAX_QUERY characters, folded with the same function the index
uses (coordinator_app/folding.py: "lukasz" finds Łukasz, "duc" finds Đức) and matched as prefixes of
the folded words, all required, in any order. Hits come best first by FTS5's rank, or, when a word of one
or two letters matches very many rows, by kind and newest first (see RANKED_AT_MOST). Dates of birth
(12-03-1990, 12/03/1990, 12.03.1990, 1990-03-12) are recognised in the same text and matched against
the persons' dates of birth.
The original text is what is shown: snippets are cut from it, never from the folded form.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from coordinator_app.db.vault import Vault
from coordinator_app.folding import fold, fold_words

# Longest text a search or filter box takes (issue 21: a 100,000-character filter took minutes).
MAX_QUERY = 200
MAX_WORDS = 12

_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_YMD = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")


@dataclass(frozen=True)
class Hit:
    kind: str  # case | person | journal | contact | organisation
    ref_id: int
    case_id: int | None
    snippet: str


@dataclass(frozen=True)
class Query:
    """What was typed, understood: folded words and dates of birth."""

    words: tuple[str, ...] = ()
    dates: tuple[dt.date, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not self.words and not self.dates


def clean(user_text: str | None) -> str:
    """The text a search box works with: at most MAX_QUERY characters, without lone surrogates."""
    if not user_text:
        return ""
    return user_text[:MAX_QUERY].encode("utf-8", "ignore").decode("utf-8")


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse(user_text: str | None) -> Query:
    """Split typed text into dates of birth and folded words (at most MAX_WORDS)."""
    rest = clean(user_text)
    dates: list[dt.date] = []
    for pattern, order in ((_DMY, (3, 2, 1)), (_YMD, (1, 2, 3))):
        for m in list(pattern.finditer(rest)):
            found = _date(*(m.group(i) for i in order))
            if found is not None:
                dates.append(found)
                rest = rest.replace(m.group(0), " ", 1)
    return Query(tuple(fold_words(rest)[:MAX_WORDS]), tuple(dates))


def words_query(words: tuple[str, ...] | list[str]) -> str | None:
    """A safe FTS5 query: every folded word as a quoted prefix of the folded column, all required."""
    if not words:
        return None
    return " AND ".join(f'folded : "{w}"*' for w in words)


def fts_query(user_text: str) -> str | None:
    """The FTS5 query for the words of `user_text` (dates of birth are not part of it)."""
    return words_query(parse(user_text).words)


def snippet(original: str, words: tuple[str, ...], width: int = 60) -> str:
    """A short piece of the original text around the first word that matches (by its folded form)."""
    if not original:
        return ""
    position = 0
    for m in re.finditer(r"\w+", original):
        folded = fold(m.group(0))
        if any(folded.startswith(w) or w in folded for w in words):
            position = m.start()
            break
    start = max(0, position - width // 3)
    piece = original[start:start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(original) else "")


_HITS = ("SELECT kind, ref_id, case_id, {body} FROM search_index WHERE search_index MATCH :q{kinds} "
         "ORDER BY rank LIMIT :n")
_KINDS = " AND kind IN (SELECT value FROM json_each(:kinds))"
# statements compiled once (a new text() per keystroke costs SQLAlchemy more than the query); the original
# text is only read when a snippet is wanted
_STATEMENTS = {
    (snippets, bool(kinds)): text(_HITS.format(body="body" if snippets else "''", kinds=_KINDS if kinds else ""))
    for snippets in (True, False) for kinds in (True, False)
}

# Every row of the index has rowid = its own id * 8 + the number of its kind (revision 0001, kept by 0005):
# which rows match, and of which kind, is known from the rowids alone.
KIND_NUMBERS = {"case": 1, "person": 2, "journal": 3, "contact": 4, "organisation": 5}
# FTS5's rank (bm25) costs one allocation per matching row, and with cipher_memory_security each one is
# locked, wiped and unlocked (10-20 µs a row here; docs/SEARCH.md). Beyond this many matching rows (a word of one
# or two letters: "de", "zm") the rows are not ranked by bm25 but taken by kind, newest first.
RANKED_AT_MOST = 1_000
_ROWIDS = text("SELECT rowid FROM search_index WHERE search_index MATCH :q")
_ROWS = {
    snippets: text(f"SELECT rowid, kind, ref_id, case_id, {'body' if snippets else chr(39) * 2} FROM search_index "
                   "WHERE rowid IN (SELECT value FROM json_each(:ids))")
    for snippets in (True, False)
}


_BY_KIND: dict[tuple[bool, tuple[str, ...]], Any] = {}  # (snippets, kinds) -> statement, compiled once


def _by_kind(snippets: bool, kinds: tuple[str, ...]) -> Any:
    """The bm25-ranked statement with the hits of each kind before those of the next (in the order of `kinds`)."""
    key = (snippets, kinds)
    if key not in _BY_KIND:
        order = " ".join(f"WHEN {KIND_NUMBERS[k]} THEN {i}" for i, k in enumerate(kinds))
        _BY_KIND[key] = text(
            f"SELECT kind, ref_id, case_id, {'body' if snippets else chr(39) * 2} FROM search_index "
            f"WHERE search_index MATCH :q AND rowid % 8 IN ({', '.join(str(KIND_NUMBERS[k]) for k in kinds)}) "
            f"ORDER BY CASE rowid % 8 {order} END, rank LIMIT :n")
    return _BY_KIND[key]


def search(vault: Vault, user_text: str, limit: int = 50, *, snippets: bool = True,
           kinds: tuple[str, ...] = (), by_kind: bool = False) -> list[Hit]:
    """FTS5 hits for the words typed, best first; with `snippets`, a piece of the original text for each;
    with `kinds`, only hits of those kinds.

    Best first: by FTS5's rank (bm25) when at most RANKED_AT_MOST rows match; when more match, by kind
    (in the order of `kinds`, else case, person, journal, contact, organisation), newest first. With
    `by_kind`, by kind first in both cases, then by rank: `limit` rows of another kind can never push
    out a row of a kind that comes before it (a name row by 100 journal lines that rank higher)."""
    query = parse(user_text)
    fts = words_query(query.words)
    if fts is None:
        return []
    with vault.read() as session:
        rowids = [int(r[0]) for r in session.execute(_ROWIDS, {"q": fts})]
        rows: list[tuple[Any, ...]]
        if len(rowids) <= RANKED_AT_MOST and by_kind:
            statement = _by_kind(snippets, tuple(kinds or KIND_NUMBERS))
            rows = [tuple(r) for r in session.execute(statement, {"q": fts, "n": limit})]
        elif len(rowids) <= RANKED_AT_MOST:
            params: dict[str, object] = {"q": fts, "n": limit, "kinds": json.dumps(list(kinds))}
            rows = [tuple(r) for r in session.execute(_STATEMENTS[(snippets, bool(kinds))], params)]
        else:
            order = {KIND_NUMBERS[k]: i for i, k in enumerate(kinds or KIND_NUMBERS)}
            chosen = sorted((r for r in rowids if r % 8 in order), key=lambda r: (order[r % 8], -r))[:limit]
            found = {int(r[0]): tuple(r[1:]) for r in session.execute(_ROWS[snippets], {"ids": json.dumps(chosen)})}
            rows = [found[r] for r in chosen if r in found]
    return [Hit(k, int(r), c, snippet(b or "", query.words) if snippets else "") for k, r, c, b in rows]


_NUMBERED = text("SELECT rowid / 8 FROM search_index WHERE search_index MATCH :q AND rowid % 8 = 1")


def case_ids_numbered(vault: Vault, user_text: str) -> list[int]:
    """Case ids (ascending) whose number holds every word typed, the dates of birth in it read as words: a
    case number may look like a date (12-05-2023, from an imported list). Empty when the text holds no date
    (then `search` finds case numbers as it is)."""
    if not parse(user_text).dates:
        return []
    fts = words_query(fold_words(clean(user_text))[:MAX_WORDS])
    if fts is None:
        return []
    with vault.read() as session:
        return sorted(int(r[0]) for r in session.execute(_NUMBERED, {"q": fts}))


_BORN_ON = text("SELECT case_id FROM persons WHERE date_of_birth IN (SELECT value FROM json_each(:dates))")


def case_ids_born_on(vault: Vault, dates: tuple[dt.date, ...]) -> set[int]:
    if not dates:
        return set()
    params = {"dates": json.dumps([d.isoformat() for d in dates])}
    with vault.read() as session:
        return {int(r[0]) for r in session.execute(_BORN_ON, params)}


# The case of each matching row, from the rowid (see KIND_NUMBERS): reading case_id from the index itself
# would read every matching row's stored text (one locked and wiped allocation each; "de" matches thousands).
_CASE_IDS = text(
    "SELECT CASE rowid % 8 WHEN 1 THEN rowid / 8 "
    "WHEN 2 THEN (SELECT case_id FROM persons WHERE id = search_index.rowid / 8) "
    "WHEN 3 THEN (SELECT case_id FROM journal_entries WHERE id = search_index.rowid / 8) END "
    "FROM search_index WHERE search_index MATCH :q"
)


def matching_case_ids(vault: Vault, user_text: str, limit: int = 100_000) -> list[int]:
    """Case ids (ascending) whose number, person (name, other spellings, date of birth) or journal match (for
    filtering the case list). With both words and a date, a case must match both; a case number that holds
    the text's words and its date read as words matches too (`case_ids_numbered`)."""
    query = parse(user_text)
    if query.empty:
        return []
    ids: list[int] | None = None
    fts = words_query(query.words)
    if fts is not None:
        with vault.read() as session:
            ids = sorted({int(r[0]) for r in session.execute(_CASE_IDS, {"q": fts}) if r[0] is not None})
    if query.dates:
        born = case_ids_born_on(vault, query.dates)
        ids = sorted(born) if ids is None else [i for i in ids if i in born]
        numbered = case_ids_numbered(vault, user_text)  # a number that looks like a date
        ids = sorted(set(ids) | set(numbered)) if numbered else ids
    return (ids or [])[:limit]
