"""Every table of the case screens (journal, tasks, indicators, route, consent, network, documents, import
problems) shows its cells isolated: a cell with a right-to-left override (U+202E) or isolate (U+2067) is
wrapped in FSI ... PDI, so it cannot reorder the row; the record itself is not changed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from coordinator_app.ui.cases.common import RecordModel

FSI, PDI = "\u2068", "\u2069"
TEXT = "Gesprek met \u202eAmal Haddad\u202c over werk"
NAME = "\u2067مريم\u2069 Nasser"


def test_record_model_isolates_text_and_keeps_the_row(qtmodeltester) -> None:
    row = {"id": 1, "on": dt.date(2026, 3, 5), "text": TEXT, "name": NAME, "plain": "Zoë de Vries"}
    model = RecordModel([("Datum", lambda r: r["on"]), ("Notitie", lambda r: r["text"]),
                         ("Naam", lambda r: r["name"]), ("Gewoon", lambda r: r["plain"])])
    model.set_rows([row])
    qtmodeltester.check(model)
    shown = [model.index(0, c).data(Qt.ItemDataRole.DisplayRole) for c in range(4)]
    assert shown[1:] == [FSI + TEXT + PDI, FSI + NAME + PDI, "Zoë de Vries"]  # left-to-right text as it is
    assert model.rows() == [row] and row["text"] == TEXT

