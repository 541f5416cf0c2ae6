"""Opening the add/edit dialogs and saving them on the vault worker, shared by the page and the picker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from coordinator_app.errors import ValidationError
from coordinator_app.services.network import contacts
from coordinator_app.services.network.contacts import ContactInput, OrganisationInput
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.network.edit_dialogs import ContactDialog, OrganisationDialog
from coordinator_app.ui.worker import run_db


class Editor(QObject):
    """Loads what a dialog needs, shows it, saves what it submits; emits `saved(kind, id)`."""

    saved = Signal(str, int)
    opened = Signal(object)  # the dialog, once it is shown

    def __init__(self, ctx: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.ctx = ctx
        self.parent_widget = parent_widget
        self.dialog: OrganisationDialog | ContactDialog | None = None

    def open(self, kind: str, item_id: int | None = None,
             preset: ContactInput | OrganisationInput | None = None) -> None:
        """Open the dialog for a new (item_id None; `preset`: what is filled in already) or existing
        organisation/person."""
        vault = self.ctx.vault

        def load(_control: Any) -> tuple[ContactInput | OrganisationInput | None, list[tuple[int, str]]]:
            orgs = [(o.id, o.name) for o in contacts.list_organisations(vault)] if kind == "contact" else []
            if item_id is None:
                return preset, orgs
            getter = contacts.get_contact if kind == "contact" else contacts.get_organisation
            return getter(vault, item_id).as_input(), orgs

        run_db(load, lambda result: self._show(kind, item_id, *result),
               lambda exc: show_error(self.parent_widget, exc))

    def _show(self, kind: str, item_id: int | None, values: ContactInput | OrganisationInput | None,
              orgs: list[tuple[int, str]]) -> None:
        if not self.ctx.is_unlocked:
            return
        self.close()
        if kind == "contact":
            self.dialog = ContactDialog(orgs, values if item_id is not None else None, self.parent_widget)
            if item_id is None and values:
                self._preset_contact(self.dialog, values)
        else:
            self.dialog = OrganisationDialog(values if item_id is not None else None, self.parent_widget)
            if item_id is None and values and values.name:
                self.dialog.name.setText(values.name)
        dialog = self.dialog
        dialog.submitted.connect(lambda data: self._save(dialog, kind, item_id, data))
        dialog.open()
        self.opened.emit(dialog)

    @staticmethod
    def _preset_contact(dialog: ContactDialog, values: ContactInput) -> None:
        if values.last_name:
            dialog.last_name.setText(values.last_name)
        if values.organisation_id is not None:
            dialog.organisation.setCurrentIndex(max(0, dialog.organisation.findData(str(values.organisation_id))))

    def _save(self, dialog: QWidget, kind: str, item_id: int | None, data: Any) -> None:
        vault = self.ctx.vault

        def save(_control: Any) -> int:
            if kind == "contact":
                if item_id is None:
                    return contacts.create_contact(vault, data)
                contacts.update_contact(vault, item_id, data)
            else:
                if item_id is None:
                    return contacts.create_organisation(vault, data)
                contacts.update_organisation(vault, item_id, data)
            return item_id

        def done(new_id: int) -> None:
            dialog.saved()
            self.ctx.notify(kind, new_id)
            self.saved.emit(kind, new_id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and exc.errors:
                dialog.show_errors(exc)
            else:
                dialog.buttons.setEnabled(True)
                show_error(dialog, exc)

        run_db(save, done, failed)

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None
