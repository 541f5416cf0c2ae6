"""The person (may be anonymous or unknown, estimated age) and the consultation step."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from coordinator_app.domain.countries import all_countries
from coordinator_app.domain.intake.checks import FieldError
from coordinator_app.ui.intake.book import PickList
from coordinator_app.ui.intake.common import DateField, StepPage, code_combo, combo_code, lang, set_combo, translate
from coordinator_app.ui.intake.pages_start import text_edit


def line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    return edit


class PersonPage(StepPage):
    step = "person"

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        form = self.form()
        self.anonymous = self.add_row(
            form, "", QCheckBox(translate("Intake", "&Anonymous or (as yet) unknown")), "person.anonymous"
        )
        self.anonymous.setObjectName("person_anonymous")
        self.first_name = self.add_row(
            form, translate("Intake", "Fi&rst name"), line("person_first_name"), "person.first_name"
        )
        self.last_name = self.add_row(
            form, translate("Intake", "&Last name"), line("person_last_name"), "person.last_name"
        )
        self.alias = self.add_row(form, translate("Intake", "Alia&s / known as"), line("person_alias"), "person.alias")
        age_row = QWidget()
        age_layout = QHBoxLayout(age_row)
        age_layout.setContentsMargins(0, 0, 0, 0)
        self.born = DateField("person_date_of_birth")
        self.born.setAccessibleName(translate("Intake", "Date of birth"))
        self.age = QSpinBox()
        self.age.setObjectName("person_estimated_age")
        self.age.setAccessibleName(translate("Intake", "Estimated age"))
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(translate("Intake", "unknown"))
        self.age.setSuffix(translate("Intake", " years"))
        self.age.setValue(-1)
        age_layout.addWidget(self.born)
        age_layout.addWidget(self.age_label(translate("Intake", "or estimated age")))
        age_layout.addWidget(self.age)
        age_layout.addStretch(1)
        self.add_row(form, translate("Intake", "Date of &birth"), age_row, "person.date_of_birth")
        self._errors["person.estimated_age"] = self._errors["person.date_of_birth"]
        self.gender = self.add_row(
            form,
            translate("Intake", "G&ender"),
            code_combo("person_gender", "gender", empty=translate("Intake", "(choose)")),
            "person.gender",
        )
        self.nationality = self.add_row(
            form, translate("Intake", "Na&tionality"), self._countries(), "person.nationality"
        )
        self.languages = self.add_row(
            form, translate("Intake", "Lang&uages"), line("person_languages"), "person.languages"
        )
        self.languages.setPlaceholderText(translate("Intake", "separated by commas, e.g. Romanian, English"))
        self.interpreter = self.add_row(form, "", QCheckBox(translate("Intake", "&Interpreter needed")))
        self.interpreter.setObjectName("person_interpreter_needed")
        self.safe_contact = self.add_row(
            form,
            translate("Intake", "Safe way to make &contact"),
            text_edit("person_safe_contact", 60),
            "person.safe_contact",
        )
        self.whereabouts = self.add_row(
            form, translate("Intake", "Current &whereabouts"), text_edit("person_whereabouts", 60), "person.whereabouts"
        )
        self.body.addStretch(1)
        self.anonymous.toggled.connect(self._anonymous_toggled)

    @staticmethod
    def age_label(text: str):
        return QLabel(text)

    @staticmethod
    def _countries() -> QComboBox:
        box = QComboBox()
        box.setObjectName("person_nationality")
        box.addItem(translate("Intake", "(unknown)"), "")
        for country in sorted(all_countries(), key=lambda c: c.name(lang())):
            box.addItem(country.name(lang()), country.code)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.completer().setFilterMode(box.completer().filterMode().MatchContains)
        return box

    def _anonymous_toggled(self, anonymous: bool) -> None:
        for edit in (self.first_name, self.last_name, self.alias):
            if anonymous:
                edit.clear()
            edit.setEnabled(not anonymous)

    def load(self) -> None:
        p = self.flow.state.person
        self.anonymous.setChecked(p.anonymous)
        self._anonymous_toggled(p.anonymous)
        self.first_name.setText(p.first_name)
        self.last_name.setText(p.last_name)
        self.alias.setText(p.alias)
        self.born.set_date(p.date_of_birth)
        self.age.setValue(p.estimated_age if p.estimated_age is not None and 0 <= p.estimated_age <= 120 else -1)
        set_combo(self.gender, p.gender)
        set_combo(self.nationality, p.nationality)
        self.languages.setText(", ".join(p.languages))
        self.interpreter.setChecked(p.interpreter_needed)
        self.safe_contact.setPlainText(p.safe_contact)
        self.whereabouts.setPlainText(p.whereabouts)

    def store(self) -> None:
        p = self.flow.state.person
        p.anonymous = self.anonymous.isChecked()
        p.first_name, p.last_name, p.alias = self.first_name.text(), self.last_name.text(), self.alias.text()
        p.date_of_birth = self.born.date()
        p.estimated_age = self.age.value() if self.age.value() >= 0 else None
        p.gender = combo_code(self.gender)
        index = self.nationality.findText(self.nationality.currentText())
        # typed text that is not a country stays visible as a validation error ("choose from the list")
        p.nationality = (self.nationality.itemData(index) or "") if index >= 0 else "?"
        p.languages = [part.strip() for part in self.languages.text().split(",") if part.strip()]
        p.interpreter_needed = self.interpreter.isChecked()
        p.safe_contact, p.whereabouts = self.safe_contact.toPlainText(), self.whereabouts.toPlainText()

    def extra_errors(self) -> list[FieldError]:
        return self.date_error(self.born, "person.date_of_birth")


class ConsultationPage(StepPage):
    step = "consultation"

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        form = self.form()
        parties = QWidget()
        layout = QGridLayout(parties)
        layout.setContentsMargins(0, 0, 0, 0)
        self.parties: dict[str, QCheckBox] = {}
        for number, option in enumerate(self.flow.content.consulted_parties):
            box = QCheckBox(option.label.get(lang()))
            box.setObjectName(f"consulted_{option.code}")
            box.setAccessibleName(option.label.get(lang()))
            layout.addWidget(box, number // 3, number % 3)
            self.parties[option.code] = box
        self.add_row(form, translate("Intake", "Consulted"), parties, "consultation.parties")
        self.contacts = self.add_row(
            form, translate("Intake", "Consulted &people"), PickList(wizard.book, "contact", "consulted_contacts")
        )
        self.on = self.add_row(
            form, translate("Intake", "Consulted &on"), DateField("consultation_on"), "consultation.consulted_on"
        )
        self.weighed = self.add_row(
            form, translate("Intake", "What was &weighed"), text_edit("consultation_weighed"), "consultation.weighed"
        )
        self.decision = self.add_row(
            form, translate("Intake", "De&cision"), text_edit("consultation_decision", 60), "consultation.decision"
        )
        self.grounds = self.add_row(
            form, translate("Intake", "G&rounds"), text_edit("consultation_grounds", 60), "consultation.grounds"
        )
        self.body.addStretch(1)

    def load(self) -> None:
        c = self.flow.state.consultation
        for code, box in self.parties.items():
            box.setChecked(code in c.parties)
        self.contacts.set_ids(c.contact_ids)
        self.on.set_date(c.consulted_on)
        self.weighed.setPlainText(c.weighed)
        self.decision.setPlainText(c.decision)
        self.grounds.setPlainText(c.grounds)

    def store(self) -> None:
        c = self.flow.state.consultation
        c.parties = [code for code, box in self.parties.items() if box.isChecked()]
        c.contact_ids = self.contacts.ids()
        c.consulted_on = self.on.date()
        c.weighed, c.decision = self.weighed.toPlainText(), self.decision.toPlainText()
        c.grounds = self.grounds.toPlainText()

    def extra_errors(self) -> list[FieldError]:
        return self.date_error(self.on, "consultation.consulted_on")
