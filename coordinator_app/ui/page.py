"""The contract every main-window page follows.

A page gets the AppContext, loads its data in `on_unlocked`, clears every widget and model that
holds personal data in `on_locked`, and can be asked to show one item (`show_item`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from coordinator_app.ui.context import AppContext

_later: list[Callable[[], None]] | None = None  # while `deferring`: the parts of a page to build in later steps


def build_later(part: Callable[[], None]) -> None:
    """Build `part` of a page (a heavy tab, a wizard step) now, or, while the main window builds the pages in
    the background (`deferring`), as a step of its own in a later turn of the event loop, in the order given.
    Either way every part is built before the vault is unlocked and the page is shown."""
    if _later is None:
        part()
    else:
        _later.append(part)


@contextmanager
def deferring() -> Iterator[list[Callable[[], None]]]:
    """Collect the parts that `build_later` is given inside the block, instead of building them at once."""
    global _later
    outer, _later = _later, []
    try:
        yield _later
    finally:
        _later = outer


class Page(QWidget):
    page_id: str = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.page_id}")
        ctx.unlocked.connect(self.on_unlocked)
        ctx.locked.connect(self.on_locked)

    def title(self) -> str:
        """The translated title shown in the navigation."""
        raise NotImplementedError

    def global_actions(self) -> list[QAction]:
        """Actions with a window-wide shortcut (e.g. Ctrl+N for a new intake) that the main window adds to
        its File menu and keeps enabled only while the vault is open."""
        return []

    def icon_name(self) -> str:
        """File name (without .svg) of the page's icon in resources/icons."""
        return self.page_id

    def on_unlocked(self) -> None:
        """Load data from the open vault (through services)."""

    def on_locked(self) -> None:
        """Clear every widget and model holding personal data."""

    def show_item(self, kind: str, item_id: int) -> None:
        """Open one item of this page (e.g. a case); default: nothing."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save_pending(self) -> None:
        """Save pending edits (or keep them as an encrypted draft) before a lock."""
