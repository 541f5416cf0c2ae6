"""The detail pane of the Netwerk page: everything about one organisation or person, quick actions
(copy phone or e-mail; the clipboard is cleared after 30 seconds when it still holds what we copied),
and the cases it is involved in (double-click opens the case)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import current_language
from coordinator_app.services.documents.letter_content import language_name
from coordinator_app.services.network.contacts import ContactCases, ContactRecord, OrganisationRecord
from coordinator_app.ui.flow import FlowLayout
from coordinator_app.ui.network import forms, labels
from coordinator_app.ui.network.forms import action_button
from coordinator_app.ui.network.models import ROW_ROLE, CaseLinksModel

CLIPBOARD_CLEAR_MS = 30_000



def _phone(values: ContactRecord | OrganisationRecord | None) -> str | None:
    """The number to copy: the phone, else a person's second phone."""
    if values is None:
        return None
    return values.phone or (values.phone_alt if isinstance(values, ContactRecord) else None)

class ClipboardGuard:
    """Copies text and clears the clipboard after a while, but only when it still holds our text."""

    def __init__(self, interval_ms: int = CLIPBOARD_CLEAR_MS) -> None:
        self.copied: str | None = None
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied = text
        self.timer.start()

    def clear(self) -> None:
        self.timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self.copied is not None and clipboard.text() == self.copied:
            clipboard.clear()
        self.copied = None


class DetailPane(QFrame):
    edit_requested = Signal()
    delete_requested = Signal()
    moment_requested = Signal()
    case_requested = Signal(int)
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkDetail")
        self.setProperty("card", True)
        self.setMinimumWidth(400)
        self.clipboard = ClipboardGuard()
        self.kind: str | None = None
        self.item_id: int | None = None
        self._values: ContactRecord | OrganisationRecord | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        self.subheading.setObjectName("detailSubheading")
        self.subheading.setProperty("role", "muted")
        self.subheading.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        actions = QHBoxLayout()
        self.copy_phone = action_button(self.tr("Copy pho&ne"), "copyPhone", self._copy_phone)
        self.copy_email = action_button(self.tr("Copy e-&mail"), "copyEmail", self._copy_email)
        self.edit_button = action_button(self.tr("&Edit…"), "editButton", self.edit_requested.emit)
        self.moment_button = action_button(self.tr("Con&tact moment…"), "momentButton", self.moment_requested.emit)
        self.delete_button = action_button(self.tr("De&lete"), "deleteButton", self.delete_requested.emit)
        main = FlowLayout()  # the rows wrap in a narrow pane or a longer translation instead of cutting text
        for button in (self.edit_button, self.moment_button):
            main.addWidget(button)
        actions.addLayout(main, 1)
        delete = FlowLayout(align=Qt.AlignmentFlag.AlignRight)  # Delete stays apart, on the right
        delete.addWidget(self.delete_button)
        actions.addLayout(delete)
        quick = FlowLayout()
        quick.addWidget(self.copy_phone)
        quick.addWidget(self.copy_email)
        layout.addLayout(quick)
        layout.addLayout(actions)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.form)
        self.cases_heading = QLabel()
        self.cases_heading.setObjectName("casesHeading")
        self.cases_heading.setProperty("role", "subheading")
        self.cases_heading.setWordWrap(True)
        layout.addWidget(self.cases_heading)
        self.cases = CaseLinksModel(self)
        self.case_view = forms.FittedTableView((0.25, 0.22, 0.19, 0.19))
        self.case_view.setObjectName("caseLinks")
        self.case_view.setAccessibleName(self.tr("Cases this contact is involved in"))
        self.case_view.setModel(self.cases)
        self.case_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_view.verticalHeader().hide()
        self.case_view.verticalHeader().setDefaultSectionSize(26)
        self.case_view.horizontalHeader().setStretchLastSection(True)
        self.case_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.case_view.doubleClicked.connect(self._open_case)
        self.case_view.activated.connect(self._open_case)
        layout.addWidget(self.case_view, 1)
        self.empty = QLabel(self.tr("Choose an organisation or a person in the list."))
        self.empty.setObjectName("detailEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.clear()

    def _copy_phone(self) -> None:
        phone = _phone(self._values)
        if phone:
            self.clipboard.copy(phone)
            self.status.emit(self.tr("Phone number copied; the clipboard is cleared after 30 seconds."))

    def _copy_email(self) -> None:
        if self._values is not None and self._values.email:
            self.clipboard.copy(self._values.email)
            self.status.emit(self.tr("E-mail address copied; the clipboard is cleared after 30 seconds."))

    def _open_case(self, index: QModelIndex) -> None:
        link = self.cases.data(index, ROW_ROLE)
        if link is not None:
            self.case_requested.emit(link.case_id)

    def _set_visible(self, shown: bool) -> None:
        for w in (self.heading, self.subheading, self.copy_phone, self.copy_email, self.edit_button,
                  self.moment_button, self.delete_button, self.cases_heading, self.case_view):
            w.setVisible(shown)
        self.empty.setVisible(not shown)

    def clear(self) -> None:
        """Forget everything shown (also on lock); the clipboard is cleared if it holds our copy."""
        self.kind = self.item_id = None
        self._values = None
        self.heading.clear()
        self.subheading.clear()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.cases.clear()
        self.cases_heading.clear()
        self._set_visible(False)

    def show_values(self, kind: str, item_id: int, values: ContactRecord | OrganisationRecord, org_name: str,
                    links: ContactCases) -> None:
        self.clear()
        self.kind, self.item_id, self._values = kind, item_id, values
        names = labels.field_names()
        if kind == "organisation":
            self.heading.setText(bidi_isolate(values.name))
            self.subheading.setText(" · ".join(filter(None, (
                labels.code_label("org_type", values.org_type),
                labels.code_label("municipality", values.municipality),
                self.tr("from the regional template") if values.from_template else ""))))
            address = ", ".join(filter(None, (values.address, " ".join(filter(None, (
                values.postal_code, values.city))))))
            groups = labels.target_groups()
            rows = [
                ("region_served", values.region_served), ("address", address),
                ("phone", labels.phone_text(values.phone, values.phone_intl)),
                ("email", values.email), ("website", values.website),
                ("target_groups", ", ".join(groups.get(g, g) for g in values.target_groups or [])),
            ]
            if values.capacity is not None or values.places_available is not None:
                rows.append(("places_available", self.tr("%1 of %2 (confirmed %3)")
                             .replace("%1", str(values.places_available if values.places_available
                                                is not None else "?"))
                             .replace("%2", str(values.capacity if values.capacity is not None else "?"))
                             .replace("%3", labels.date_text(values.availability_confirmed_on) or "—")))
        else:
            name = " ".join(filter(None, (values.first_name, values.last_name)))
            self.heading.setText(bidi_isolate(name or values.nickname or values.email or ""))
            self.subheading.setText(" · ".join(filter(None, (values.function, values.department,
                                                             org_name))))
            ways = labels.preferred_contact()
            address = "\n".join(filter(None, (values.address, " ".join(filter(None, (
                values.postal_code, values.city))), values.region, values.country)))
            rows = [
                ("nickname", values.nickname),
                ("phone", labels.phone_text(values.phone, values.phone_intl)),
                ("phone_alt", labels.phone_text(values.phone_alt, values.phone_alt_intl)),
                ("email", values.email), ("address", address), ("website", values.website),
                ("birthday", labels.birthday_text(values.birthday)),
                ("preferred_contact", ways.get(values.preferred_contact or "", "")),
                ("languages", ", ".join(language_name(v, current_language()) for v in values.languages or [])),
                ("specialisms", ", ".join(values.specialisms or [])),
                ("last_contact_on", labels.date_text(values.last_contact_on)),
            ]
        rows.append(("notes", values.notes))
        for field, text in rows:
            if text:
                label = QLabel(bidi_isolate(str(text)))
                label.setTextFormat(Qt.TextFormat.PlainText)  # a "<b>" in a name or note is text, not markup
                label.setWordWrap(True)
                label.setObjectName(f"detail_{field}")
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.form.addRow(names.get(field, field) + ":", label)
        self.copy_phone.setEnabled(bool(_phone(values)))
        self.copy_email.setEnabled(bool(values.email))
        self.cases.set_rows(links.links)
        self.cases_heading.setText(
            self.tr("Cases (%1) · this year: %2 cases, %3 contact moments")
            .replace("%1", str(len({link.case_id for link in links.links})))
            .replace("%2", str(links.cases_this_year)).replace("%3", str(links.moments_this_year)))
        self._set_visible(True)
