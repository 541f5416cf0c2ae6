"""Dialogs to add or edit an organisation or a person. They collect the input and emit `submitted`; the
caller saves it (through run_db) and either closes the dialog or shows the errors in it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coordinator_app import codes
from coordinator_app.errors import ValidationError, current_language
from coordinator_app.services.network.contacts import ContactInput, OrganisationInput
from coordinator_app.ui.fit import fit_dialog
from coordinator_app.ui.network import forms, labels

translate = QCoreApplication.translate


class _EditDialog(QDialog):
    submitted = Signal(object)  # an OrganisationInput or ContactInput

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.resize(560, 640)
        self._fitted = False
        self.fields: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the last field to the buttons
        body = self.body = QWidget()
        self.form = QFormLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.errors = QLabel()
        self.errors.setObjectName("formErrors")
        self.errors.setProperty("role", "error")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)
        outer.addWidget(self.errors)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("dialogButtons")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("NetworkDialogs", "&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("NetworkDialogs", "Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:  # sized to its fields once they are all there: no scroll bars at 1366×768
            self._fitted = True
            fit_dialog(self, self.scroll, self.body, minimum_width=560)
        super().showEvent(event)

    def _add(self, text: str, widget: QWidget, field: str) -> Any:
        self.fields[field] = forms.add_row(self.form, text, widget, field)
        return widget

    def submit(self) -> None:
        self.errors.setVisible(False)
        self.buttons.setEnabled(False)
        self.submitted.emit(self.value())

    def value(self) -> Any:
        raise NotImplementedError

    def show_errors(self, exc: ValidationError) -> None:
        """Called by the page when saving failed: the dialog stays open with the input intact."""
        self.buttons.setEnabled(True)
        forms.show_errors(exc, self.fields, self.errors)

    def saved(self) -> None:
        self.buttons.setEnabled(True)
        self.accept()


class OrganisationDialog(_EditDialog):
    """Add or edit an organisation (with shelter details)."""

    def __init__(self, values: OrganisationInput | None = None, parent: QWidget | None = None) -> None:
        v = values or OrganisationInput(name="")
        super().__init__(self.tr("Edit organisation") if values else self.tr("New organisation"), parent)
        self.setObjectName("organisationDialog")
        lang = current_language()
        self.name = self._add(self.tr("&Name"), forms.line(v.name), "name")
        types = [(c, codes.label("org_type", c, lang)) for c in codes.code_list("org_type")]
        self.org_type = self._add(self.tr("&Type"), forms.combo(types, v.org_type), "org_type")
        towns = [(None, self.tr("(none)"))] + [
            (c, codes.label("municipality", c, lang)) for c in codes.code_list("municipality")
        ]
        self.municipality = self._add(
            self.tr("&Municipality"), forms.combo(towns, v.municipality), "municipality"
        )
        self.region = self._add(self.tr("&Region served"), forms.line(v.region_served), "region_served")
        self.address = self._add(self.tr("&Address"), forms.line(v.address), "address")
        self.postal_code = self._add(self.tr("Postal co&de"), forms.line(v.postal_code), "postal_code")
        self.city = self._add(self.tr("C&ity"), forms.line(v.city), "city")
        self.phone = self._add(self.tr("P&hone"), forms.line(v.phone), "phone")
        self.email = self._add(self.tr("&E-mail"), forms.line(v.email), "email")
        self.website = self._add(self.tr("&Website"), forms.line(v.website), "website")
        shelter = QGroupBox(self.tr("Shelter: target groups and places"))
        grid = QGridLayout(shelter)
        self.groups: dict[str, QCheckBox] = {}
        for i, (code, text) in enumerate(labels.target_groups().items()):
            box = QCheckBox(text)
            box.setObjectName(f"target_{code}")
            box.setAccessibleName(text)
            box.setChecked(code in (v.target_groups or []))
            grid.addWidget(box, i // 3, i % 3)
            self.groups[code] = box
        self.fields["target_groups"] = shelter
        self.form.addRow(shelter)
        self.capacity = self._add(self.tr("Ca&pacity"), forms.optional_number(), "capacity")
        self.places = self._add(self.tr("Places a&vailable"), forms.optional_number(), "places_available")
        for box, number in ((self.capacity, v.capacity), (self.places, v.places_available)):
            if number is not None:
                box.setValue(int(number))
        self.confirmed = self._add(
            self.tr("Availability &confirmed on"),
            forms.date_line(v.availability_confirmed_on),
            "availability_confirmed_on",
        )
        self.notes = self._add(self.tr("N&otes"), QPlainTextEdit(v.notes or ""), "notes")
        self._from_template = bool(v.from_template)
        self.name.setFocus()

    def value(self) -> OrganisationInput:
        return OrganisationInput(
            name=self.name.text(),
            org_type=self.org_type.currentData(),
            municipality=self.municipality.currentData(),
            region_served=self.region.text(),
            address=self.address.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            notes=self.notes.toPlainText(),
            target_groups=[c for c, b in self.groups.items() if b.isChecked()],
            capacity=forms.number_value(self.capacity),
            places_available=forms.number_value(self.places),
            availability_confirmed_on=self.confirmed.text(),
            from_template=self._from_template,
        )


class ContactDialog(_EditDialog):
    """Add or edit a person in the network."""

    def __init__(
        self, organisations: list[tuple[int, str]], values: ContactInput | None = None, parent: QWidget | None = None
    ) -> None:
        v = values or ContactInput()
        super().__init__(self.tr("Edit person") if values else self.tr("New person"), parent)
        self.setObjectName("contactDialog")
        hint = QLabel(self.tr("A first name, last name, nickname or e-mail address is enough."))
        hint.setObjectName("nameHint")
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.first_name = self._add(self.tr("&First name"), forms.line(v.first_name), "first_name")
        self.last_name = self._add(self.tr("&Last name"), forms.line(v.last_name), "last_name")
        self.nickname = self._add(self.tr("Nic&kname"), forms.line(v.nickname), "nickname")
        orgs = [(None, self.tr("(no organisation)"))] + [(str(i), n) for i, n in organisations]
        current = str(v.organisation_id) if v.organisation_id is not None else None
        self.organisation = self._add(self.tr("&Organisation"), forms.combo(orgs, current), "organisation_id")
        self.organisation.setEditable(False)
        self.department = self._add(self.tr("Depart&ment"), forms.line(v.department), "department")
        self.function = self._add(self.tr("F&unction"), forms.line(v.function), "function")
        self.phone = self._add(self.tr("P&hone"), forms.line(v.phone), "phone")
        self.phone_alt = self._add(self.tr("Second phone"), forms.line(v.phone_alt), "phone_alt")
        self.email = self._add(self.tr("&E-mail"), forms.line(v.email), "email")
        self.address = self._add(self.tr("&Address"), QPlainTextEdit(v.address or ""), "address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 3 + 12)
        self.postal_code = self._add(self.tr("Postal co&de"), forms.line(v.postal_code), "postal_code")
        self.city = self._add(self.tr("C&ity"), forms.line(v.city), "city")
        self.region = self._add(self.tr("&Region"), forms.line(v.region), "region")
        self.country = self._add(self.tr("Cou&ntry"), forms.line(v.country), "country")
        self.website = self._add(self.tr("&Website"), forms.line(v.website), "website")
        self.birthday = self._add(self.tr("&Birthday"), forms.birthday_line(v.birthday), "birthday")
        ways = [(None, self.tr("(no preference)")), *labels.preferred_contact().items()]
        self.preferred = self._add(
            self.tr("&Preferred contact"), forms.combo(ways, v.preferred_contact), "preferred_contact"
        )
        self.languages = self._add(
            self.tr("Lan&guages"),
            forms.line(", ".join(v.languages or []), self.tr("e.g. Polish, Romanian, English")),
            "languages",
        )
        self.specialisms = self._add(
            self.tr("Spe&cialisms"),
            forms.line(", ".join(v.specialisms or []), self.tr("e.g. minors, labour exploitation, men")),
            "specialisms",
        )
        self.last_contact = self._add(
            self.tr("Last con&tact"), forms.date_line(v.last_contact_on), "last_contact_on"
        )
        self.notes = self._add(self.tr("Notes"), QPlainTextEdit(v.notes or ""), "notes")
        self.last_name.setFocus() if values else self.first_name.setFocus()

    def value(self) -> ContactInput:
        org = self.organisation.currentData()
        return ContactInput(
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            nickname=self.nickname.text(),
            organisation_id=int(org) if org else None,
            department=self.department.text(),
            function=self.function.text(),
            phone=self.phone.text(),
            phone_alt=self.phone_alt.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            region=self.region.text(),
            country=self.country.text(),
            website=self.website.text(),
            birthday=self.birthday.text(),
            preferred_contact=self.preferred.currentData(),
            languages=forms.split_list(self.languages.text()),
            specialisms=forms.split_list(self.specialisms.text()),
            notes=self.notes.toPlainText(),
            last_contact_on=self.last_contact.text(),
        )
