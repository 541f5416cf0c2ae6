"""The application context shared by every screen: the open vault (or none), the language, and
signals that tell views what changed. Passed explicitly to pages (no global registry)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from coordinator_app.errors import VaultLocked

if TYPE_CHECKING:
    from coordinator_app.db.vault import Vault


class AppContext(QObject):
    unlocked = Signal()  # a vault was opened: pages load their data
    locked = Signal()  # the vault was locked: pages clear every widget holding personal data
    changed = Signal(str, int)  # (area, id) after a write: "case", "contact", "organisation", "task", ...; id -1 = many
    navigate = Signal(str, str, int)  # (page_id, kind, id): open a page, optionally an item on it
    activity = Signal()  # user activity (resets the idle-lock timer)

    def __init__(self, vault_dir: str | None = None, lang: str = "nl") -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.lang = lang
        self._vault: Vault | None = None

    @property
    def vault(self) -> Vault:
        """The open vault; raises VaultLocked (a known error) when there is none."""
        if self._vault is None or not self._vault.is_open:
            raise VaultLocked()
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and self._vault.is_open

    def set_vault(self, vault: Vault) -> None:
        self._vault = vault
        self.unlocked.emit()

    def lock(self) -> None:
        """Tell every page to clear itself, then close the vault (engine disposed, key wiped)."""
        if self._vault is None:
            return
        self.locked.emit()
        vault, self._vault = self._vault, None
        if vault.is_open:
            vault.close()

    def notify(self, area: str, item_id: int = -1) -> None:
        self.changed.emit(area, item_id)
