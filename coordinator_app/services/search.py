"""Global full-text search (FTS5 `search_index`) over cases, persons, journal text and the network."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from coordinator_app.db.vault import Vault

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    kind: str  # case | person | journal | contact | organisation
    ref_id: int
    case_id: int | None
    snippet: str


def fts_query(user_text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 query: every word as a quoted prefix, all required."""
    tokens = _TOKEN.findall(user_text)[:12]
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


def search(vault: Vault, user_text: str, limit: int = 50) -> list[Hit]:
    query = fts_query(user_text)
    if query is None:
        return []
    sql = text(
        "SELECT kind, ref_id, case_id, snippet(search_index, 3, '', '', '…', 8) FROM search_index "
        "WHERE search_index MATCH :q ORDER BY rank LIMIT :n"
    )
    with vault.read() as session:
        return [Hit(k, int(r), c, s) for k, r, c, s in session.execute(sql, {"q": query, "n": limit})]


def matching_case_ids(vault: Vault, user_text: str, limit: int = 100_000) -> list[int]:
    """Case ids whose number, person or journal match (for filtering the case list)."""
    query = fts_query(user_text)
    if query is None:
        return []
    sql = text(
        "SELECT DISTINCT case_id FROM search_index WHERE search_index MATCH :q AND case_id IS NOT NULL LIMIT :n"
    )
    with vault.read() as session:
        return [int(row[0]) for row in session.execute(sql, {"q": query, "n": limit})]
