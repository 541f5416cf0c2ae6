"""The intake page on an open vault, shared by the intake's UI tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from coordinator_app.ui import worker
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.intake.page import IntakePage


def settle() -> None:
    """Until no vault job is in flight (a condition, like tests.helpers.settle, not a number of rounds)."""
    for _ in range(1000):
        worker.wait_idle()
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        if not worker._live:
            return
    raise AssertionError("vault jobs still in flight")


@pytest.fixture
def page(qtbot, vault):
    ctx = AppContext(str(vault.folder))
    widget = IntakePage(ctx)
    qtbot.addWidget(widget)
    ctx.set_vault(vault)
    widget.resize(1366, 768)
    widget.show()
    settle()
    yield widget
    settle()
    if ctx.is_unlocked:
        ctx.lock()
