"""Property: whatever bidi controls a user value holds — overrides, embeddings, isolates left open, a PDI without
its initiator, line breaks — once shown with bidi_isolate in a row (here the case screens' RecordModel, its
display texts joined as a view paints them side by side), the value's controls and right-to-left letters stay
inside its isolate and the app's own text around it is in no embedding, override or isolate. Only FSI and PDI are
added.

The oracle is a small directional-status-stack walk written here from the Unicode bidi algorithm (UAX #9 X1-X8
and BD9, by unicodedata.bidirectional): embeddings and overrides (LRE, RLE, LRO, RLO) push, PDF pops an
embedding (never an isolate), LRI/RLI/FSI push an isolate, PDI pops up to and including the innermost open
isolate (nothing when none is open), a paragraph separator (class B) ends them all. The values are short, far
from the depth limit of 125."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from coordinator_app.domain.text import bidi_isolate

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
LETTERS = "aZ5 -(.)مرح١٢שלום"
BREAKS = "\n\r\u2029\x1c\x85"
RTL_OR_CONTROL = {"R", "AL", "AN", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}
values = st.text(alphabet=st.sampled_from(CONTROLS + LETTERS + BREAKS), max_size=24)


def _walk(pieces: list[tuple[str, bool]]) -> None:
    """Walk the row (pieces of app text and of shown user values) keeping the directional status stack; assert
    that app text is never inside an embedding or isolate, and that every right-to-left letter or bidi control
    of a user value is inside an isolate that is the outermost entry of the stack."""
    stack: list[str] = []  # "iso" or "emb", outermost first
    for piece, from_user in pieces:
        for ch in piece:
            kind = unicodedata.bidirectional(ch)
            before = list(stack)
            if kind == "B":
                stack.clear()
            elif kind in ("LRE", "RLE", "LRO", "RLO"):
                stack.append("emb")
            elif kind == "PDF":
                if stack and stack[-1] == "emb":
                    stack.pop()
            elif kind in ("LRI", "RLI", "FSI"):
                stack.append("iso")
            elif kind == "PDI" and "iso" in stack:
                while stack.pop() != "iso":
                    pass
            if not from_user:
                assert kind == "B" or not before, (pieces, ch)  # the app's own text: at the bottom level
            elif kind in RTL_OR_CONTROL:
                assert (before[:1] == ["iso"]) or (stack[:1] == ["iso"]), (pieces, ch, before, stack)
        if not from_user:
            assert not stack, pieces
    assert not stack, pieces


def _without_isolates(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


@settings(max_examples=400, deadline=None)
@given(values)
def test_a_value_cannot_leave_its_isolate(value: str) -> None:
    shown = bidi_isolate(value)
    _walk([("12-03-2026 ", False), (shown, True), (" (dossier 17)", False)])
    assert _without_isolates(shown) == _without_isolates(value)  # only FSI/PDI added, nothing else changed


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(values, values), min_size=1, max_size=3))
def test_a_list_row_keeps_every_value_in_its_own_isolate(qapp, rows: list[tuple[str, str]]) -> None:
    from coordinator_app.ui.cases.common import RecordModel

    model = RecordModel([("Naam", lambda r: r["name"]), ("Datum", lambda r: r["on"]),
                         ("Dossier", lambda r: r["number"])])
    model.set_rows([{"name": name, "on": dt.date(2026, 3, 12), "number": number} for name, number in rows])
    for row, (name, number) in enumerate(rows):
        cells = [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) for column in range(3)]
        _walk([(cells[0], True), ("  ", False), (cells[1], False), ("  ", False), (cells[2], True)])
        assert [_without_isolates(cells[0]), _without_isolates(cells[2])] == [
            _without_isolates(name), _without_isolates(number)]


def test_the_walk_sees_a_value_that_escapes() -> None:
    """The oracle itself: a value wrapped naively (FSI + value + PDI) escapes when it closes the isolate early or
    leaves one open; the walk says so."""
    for value in ("\u2069\u202eevil", "Jan\u2067 \u202e(x)"):
        naive = f"\u2068{value}\u2069"
        try:
            _walk([("12-03-2026 ", False), (naive, True), (" (dossier 17)", False)])
        except AssertionError:
            continue
        raise AssertionError(f"the walk missed {value!r}")
