"""The editable case fields, spread over three tabs (Overzicht, Persoon, Uitbuiting & signalen) and saved
together with one `cases.update_case` call. Every input reports edits (for the unsaved-changes guard)
and has its Dutch validation message beneath it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.codes import code_list
from coordinator_app.domain import countries
from coordinator_app.errors import current_language
from coordinator_app.services.cases.store import CaseChanges, CaseRecord, PersonChanges
from coordinator_app.ui.cases.common import (
    FieldErrors,
    code_combo,
    combo_code,
    compact_combo,
    field_box,
    fmt_date,
    label,
    set_combo,
)
from coordinator_app.ui.cases.tabs_route import _date_edit


class CaseForms(QObject):
    """Builds the inputs of the case and person fields; `load(record)` fills them, `collect()` reads them."""

    edited = Signal()

    def __init__(self, errors: FieldErrors, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self._loading = False
        self.inputs: dict[str, QWidget] = {}

    # --- building ------------------------------------------------------------------------------------

    def _add(self, form: QFormLayout, key: str, text: str, widget: QWidget) -> QWidget:
        name = key.replace("person.", "person_")
        widget.setObjectName(f"field_{name}")
        widget.setAccessibleName(text.replace("&", ""))
        box = field_box(widget, self.errors.label_for(key))
        lab = QLabel(text)
        lab.setBuddy(widget)
        form.addRow(lab, box)
        if isinstance(widget, QCheckBox):
            widget.setToolTip(widget.text())  # the whole text when a narrow window cuts the check box off
        self.inputs[key] = widget
        for signal in ("textChanged", "currentIndexChanged", "toggled", "valueChanged"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(self._edited)
                break
        return widget

    def _edited(self, *_args: Any) -> None:
        if not self._loading:
            self.edited.emit()

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above its field
        return form

    def build_overview_fields(self) -> QFormLayout:
        form = self._form()
        self._add(form, "signal_received_on", self.tr("Signal &received"), _date_edit(""))
        self._add(form, "opened_on", self.tr("&Opened"), _date_edit(""))
        self._add(form, "risk_level", self.tr("Ris&k level"), code_combo("risk_level", empty=self.tr("(not set)")))
        return form

    def build_person(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        left, right = self._form(), self._form()
        self._add(left, "person.anonymous", self.tr("&Anonymous"), QCheckBox(self.tr("The person stays anonymous")))
        self._add(left, "person.first_name", self.tr("First na&me"), QLineEdit())
        self._add(left, "person.last_name", self.tr("&Last name"), QLineEdit())
        self._add(left, "person.alias", self.tr("Al&ias"), QLineEdit())
        self._add(left, "person.date_of_birth", self.tr("&Date of birth"), _date_edit(""))
        age = QSpinBox()
        age.setRange(-1, 120)
        age.setSpecialValueText(self.tr("unknown"))
        self._add(left, "person.estimated_age", self.tr("&Estimated age (at the signal)"), age)
        self._add(left, "person.gender", self.tr("Gende&r"), code_combo("gender"))
        nationality = compact_combo(20)
        nationality.addItem(self.tr("(unknown)"), None)
        for country in sorted(countries.all_countries(), key=lambda c: c.name(current_language())):
            nationality.addItem(country.name(current_language()), country.code)
        self._add(right, "person.nationality", self.tr("&Nationality"), nationality)
        languages = QLineEdit()
        languages.setPlaceholderText(self.tr("For example: Romanian, English"))
        self._add(right, "person.languages", self.tr("Lang&uages"), languages)
        self._add(right, "person.interpreter_needed", self.tr("Inter&preter"),
                  QCheckBox(self.tr("An interpreter is needed")))
        self._add(right, "person.interpreter_language", self.tr("Interpreter language"), QLineEdit())
        spellings = QPlainTextEdit()  # searched like the name (issue 17): other transcriptions, own script
        spellings.setMaximumHeight(56)
        spellings.setPlaceholderText(self.tr("One per line, e.g. Mohamed El Amrani or the name in its own script"))
        self._add(left, "person.other_spellings", self.tr("&Other spellings of the name"), spellings)
        for key, text in (("person.safe_contact", self.tr("&Safe way to make contact")),
                          ("person.whereabouts", self.tr("Current &whereabouts")),
                          ("safety_notes", self.tr("Safet&y notes")), ("care_needs", self.tr("&Care needs"))):
            edit = QPlainTextEdit()
            edit.setMaximumHeight(70)
            self._add(right, key, text, edit)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        return page

    def build_exploitation(self) -> QGroupBox:
        box = QGroupBox(self.tr("Exploitation and signal"))
        grid = QGridLayout(box)
        left, right = self._form(), self._form()
        primary = self._add(left, "primary_form", self.tr("&Primary form"), code_combo("form"))
        primary.currentIndexChanged.connect(self._primary_changed)
        others = QWidget()
        row = QGridLayout(others)
        row.setContentsMargins(0, 0, 0, 0)
        self.other_forms: dict[str, QCheckBox] = {}
        for code in code_list("form").codes:
            if code == "unknown":
                continue
            check = QCheckBox(label("form", code))
            check.setObjectName(f"otherForm_{code}")
            check.toggled.connect(self._edited)
            row.addWidget(check, len(self.other_forms) // 2, len(self.other_forms) % 2)
            self.other_forms[code] = check
        self._add_plain(left, "other_forms", self.tr("Other forms"), others)
        self._add(left, "labour_sector", self.tr("Sector (&labour)"), QLineEdit())
        self._add(right, "referral_source", self.tr("Referre&d by"), code_combo("referral_source"))
        self._add(right, "municipality", self.tr("&Municipality"), code_combo("municipality"))
        text = QPlainTextEdit()
        text.setMaximumHeight(70)
        self._add(right, "signal_text", self.tr("The signal in the reporter's &words"), text)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        return box

    def _primary_changed(self) -> None:
        primary = combo_code(self.inputs["primary_form"])  # type: ignore[arg-type]
        for code, check in self.other_forms.items():
            check.setEnabled(code != primary)
            if code == primary:
                check.setChecked(False)

    def _add_plain(self, form: QFormLayout, key: str, text: str, widget: QWidget) -> None:
        box = QVBoxLayout()
        box.addWidget(widget)
        box.addWidget(self.errors.label_for(key))
        form.addRow(QLabel(text), box)

    # --- data ----------------------------------------------------------------------------------------

    def load(self, record: CaseRecord) -> None:
        self._loading = True
        try:
            for key, widget in self.inputs.items():
                source = record.person if key.startswith("person.") else record.values
                self._set(widget, getattr(source, key.removeprefix("person.")) if source is not None else None, key)
            for code, check in self.other_forms.items():
                check.setChecked(code in record.other_forms)
            self._primary_changed()
        finally:
            self._loading = False

    def clear(self) -> None:
        self._loading = True
        try:
            for key, widget in self.inputs.items():
                self._set(widget, None, key)
            for check in self.other_forms.values():
                check.setChecked(False)
        finally:
            self._loading = False

    @staticmethod
    def _set(widget: QWidget, value: Any, key: str) -> None:
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            set_combo(widget, value)
        elif isinstance(widget, QSpinBox):
            widget.setValue(-1 if value is None else int(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            if key.endswith("languages"):
                widget.setText(", ".join(value or []))
            elif hasattr(value, "year"):
                widget.setText(fmt_date(value))
            else:
                widget.setText(value or "")

    @staticmethod
    def _get(widget: QWidget, key: str) -> Any:
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return combo_code(widget)
        if isinstance(widget, QSpinBox):
            return None if widget.value() < 0 else widget.value()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QLineEdit):
            if key.endswith("languages"):
                return [p.strip() for p in widget.text().split(",") if p.strip()]
            return widget.text()
        return None

    def collect(self) -> tuple[CaseChanges, PersonChanges]:
        """(case changes, person changes) for `cases.update_case`: every field of the form."""
        changes: dict[str, Any] = {}
        person: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            value = self._get(widget, key)
            if key.startswith("person."):
                person[key.removeprefix("person.")] = value
            else:
                changes[key] = value
        changes["other_forms"] = [c for c, check in self.other_forms.items() if check.isChecked()]
        return CaseChanges(**changes), PersonChanges(**person)
