"""Every picker finds cases by name (as typed, any spelling) and by number, with the shared ranking."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from coordinator_app.db.vault import Vault
from coordinator_app.services import cases
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.worker import wait_idle

WAIT = 10_000


def _case(vault: Vault, first: str, last: str, born: str | None = None) -> int:
    return cases.create_case(vault, cases.CaseInput(
        signal_received_on="2026-03-03", person=cases.PersonInput(first_name=first, last_name=last,
                                                                  date_of_birth=born)))


def _number(vault: Vault, case_id: int) -> str:
    return vault.execute_sql(f"SELECT case_number FROM cases WHERE id = {case_id}")[0][0]


@pytest.fixture
def ctx(qtbot, vault):
    context = AppContext(str(vault.folder))
    context.set_vault(vault)
    yield context
    wait_idle()
    QApplication.processEvents()


def test_letter_case_picker_finds_by_name_number_and_birth_date(qtbot, ctx, vault) -> None:
    from coordinator_app.ui.documents.case_picker import CaseListModel, CasePickerDialog

    kowalska = _case(vault, "Małgorzata", "Kowalska", "1990-02-03")
    similar = _case(vault, "Malgosia", "Kowalsky")
    other = _case(vault, "Pieter", "Jansen")
    picker = CasePickerDialog(ctx)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.model.rowCount() == 3, timeout=WAIT)

    def shown() -> list[int]:
        return [picker.proxy.index(r, 0).data(CaseListModel.IdRole) for r in range(picker.proxy.rowCount())]

    picker.filter_edit.setText("kowalska")
    qtbot.waitUntil(lambda: shown() == [kowalska, similar], timeout=WAIT)
    assert picker.selected_case_id() == kowalska
    texts = [picker.proxy.index(r, 0).data() for r in range(2)]
    assert _number(vault, kowalska) in texts[0] and "like" in texts[1] or "lijkt" in texts[1]
    assert all("Kowal" not in t for t in texts)  # numbers and status only: no names on this screen
    picker.filter_edit.setText("03-02-1990")
    qtbot.waitUntil(lambda: shown() == [kowalska], timeout=WAIT)
    picker.filter_edit.setText(_number(vault, other))
    qtbot.waitUntil(lambda: shown() == [other], timeout=WAIT)
    assert picker.filter_edit.maxLength() == 200
