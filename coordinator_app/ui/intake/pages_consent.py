"""Toestemming: consent per purpose, following the age rules (from 16 the person signs, under 16 a
parent or guardian); without consent, the legal ground used."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from coordinator_app.codes import code_list
from coordinator_app.domain.intake.checks import FieldError
from coordinator_app.domain.intake.state import ConsentRecord
from coordinator_app.ui.intake.book import PickList
from coordinator_app.ui.intake.common import (
    Choice,
    DateField,
    StepPage,
    code_combo,
    combo_code,
    lang,
    mark_error,
    set_combo,
    translate,
)
from coordinator_app.ui.page import build_later

REQUIRED = "comensha_registration"
# the field of a consent record -> the row of its box that shows its error
FIELD_ROWS = {"given": "answer", "signed_on": "signed_on", "signer": "signer", "partner_ids": "partners",
              "legal_ground": "ground"}


class PurposeBox(QGroupBox):
    """The answer for one purpose: given or not, when and by whom, or the legal ground."""

    def __init__(self, page: ConsentPage, purpose: str) -> None:
        super().__init__(code_list("consent_purpose").label(purpose, lang()))
        self.purpose = purpose
        self.setObjectName(f"consent_{purpose}")
        form = QFormLayout(self)
        self.answer = Choice(f"consent_{purpose}_given", [  # the same for every purpose; radio buttons, not a list
            (None, translate("Intake", "Not recorded yet")),
            (True, translate("Intake", "Yes, consent given")),
            (False, translate("Intake", "No consent")),
        ])
        self.signed_on = DateField(f"consent_{purpose}_signed_on")
        self.signer = QComboBox()
        self.signer.setObjectName(f"consent_{purpose}_signer")
        self.signer_name = QLineEdit()
        self.signer_name.setObjectName(f"consent_{purpose}_signer_name")
        self.partners = (
            PickList(page.wiz.book, "organisation", f"consent_{purpose}_partners")
            if purpose == "share_partners"
            else None
        )
        self.ground = code_combo(
            f"consent_{purpose}_legal_ground", "legal_ground", empty=translate("Intake", "(choose)")
        )
        self.note = QLineEdit()
        self.note.setObjectName(f"consent_{purpose}_note")
        self.rows: dict[str, tuple[QLabel, object]] = {}
        self.row_errors: dict[str, QLabel] = {}  # row key -> the error line under that input
        for key, text, widget in (
            ("answer", translate("Intake", "Consent"), self.answer),
            ("signed_on", translate("Intake", "Signed on"), self.signed_on),
            ("signer", translate("Intake", "Signed by"), self.signer),
            ("signer_name", translate("Intake", "Name of the signer"), self.signer_name),
            ("partners", translate("Intake", "Partners"), self.partners),
            ("ground", translate("Intake", "Legal ground"), self.ground),
            ("note", translate("Intake", "Note"), self.note),
        ):
            if widget is None:
                continue
            label = QLabel(text)
            widget.setAccessibleName(f"{self.title()}: {text}")
            form.addRow(label, widget)
            self.rows[key] = (label, widget)
            if key in FIELD_ROWS.values():
                error = QLabel()
                error.setObjectName(f"error_consent_{purpose}_{key}")
                error.setWordWrap(True)
                mark_error(error)
                error.hide()
                form.addRow("", error)
                self.row_errors[key] = error
        self.error = QLabel()
        self.error.setObjectName(f"error_consent_{purpose}")
        self.error.setWordWrap(True)
        mark_error(self.error)
        self.error.hide()
        form.addRow(self.error)
        self.answer.changed.connect(self.update_visibility)

    def set_signers(self, allowed: tuple[str, ...]) -> None:
        current = combo_code(self.signer)
        self.signer.clear()
        self.signer.addItem(translate("Intake", "(choose)"), "")
        for code in allowed:
            self.signer.addItem(code_list("consent_signer").label(code, lang()), code)
        set_combo(self.signer, current if current in allowed else (allowed[0] if len(allowed) == 1 else ""))

    def update_visibility(self) -> None:
        given = self.answer.value()
        for key, (label, widget) in self.rows.items():
            visible = (
                key in ("answer", "note")
                or (given is True and key in ("signed_on", "signer", "signer_name", "partners"))
                or (given is False and key == "ground")
            )
            label.setVisible(visible)
            widget.setVisible(visible)  # type: ignore[attr-defined]
            if not visible and key in self.row_errors:
                self.row_errors[key].hide()

    def load(self, record: ConsentRecord | None, allowed: tuple[str, ...]) -> None:
        self.set_signers(allowed)
        record = record or ConsentRecord(self.purpose)
        set_combo(self.answer, record.given)
        self.signed_on.set_date(record.signed_on)
        if record.signer:
            set_combo(self.signer, record.signer)
        self.signer_name.setText(record.signer_name)
        if self.partners is not None:
            self.partners.set_ids(record.partner_ids)
        set_combo(self.ground, record.legal_ground)
        self.note.setText(record.note)
        self.update_visibility()

    def record(self) -> ConsentRecord | None:
        given = self.answer.value()
        if given is None and self.purpose != REQUIRED:
            return None
        if given is None:
            return None
        return ConsentRecord(
            self.purpose,
            given,
            self.signed_on.date() if given else None,
            combo_code(self.signer) if given else "",
            self.signer_name.text() if given else "",
            self.partners.ids() if (self.partners is not None and given) else [],
            combo_code(self.ground) if given is False else "",
            self.note.text(),
        )


class ConsentPage(StepPage):
    step = "consent"

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.age_rule = QLabel()
        self.age_rule.setObjectName("consent_age_rule")
        self.age_rule.setWordWrap(True)
        self.age_rule.setStyleSheet("font-weight: bold;")
        self.body.addWidget(self.age_rule)
        self.boxes: dict[str, PurposeBox] = {}
        for purpose in code_list("consent_purpose"):  # each a step of its own in the background build
            build_later(lambda purpose=purpose: self._add_box(PurposeBox(self, purpose)))
        build_later(lambda: self.body.addStretch(1))

    def _add_box(self, box: PurposeBox) -> None:
        self.boxes[box.purpose] = box
        self.body.addWidget(box)
        self._errors[f"consent.{box.purpose}"] = box.error
        for key, error in box.row_errors.items():
            self._errors[f"consent.{box.purpose}.{key}"] = error
            self._inputs[f"consent.{box.purpose}.{key}"] = box.rows[key][1]  # type: ignore[assignment]
        box.signed_on.textChanged.connect(
            lambda _text, b=box: self._date_edited(b.signed_on, f"consent.{b.purpose}.signed_on")
        )

    def load(self) -> None:
        allowed = self.flow.allowed_signers()
        age = self.flow.age()
        if allowed == ("person",):
            text = translate("Intake", "The person is %1 or older: the person signs.").replace("%1", "16")
        elif set(allowed) == {"parent", "guardian"}:
            text = translate("Intake", "The person is under 16: a parent or the guardian signs.")
        else:
            text = translate(
                "Intake", "The age is not known: record who signed (from 16 the person, under 16 a parent or guardian)."
            )
        if age is not None:
            text = translate("Intake", "Age: %1. ").replace("%1", str(age)) + text
        self.age_rule.setText(text)
        for purpose, box in self.boxes.items():
            box.load(self.flow.state.consent_for(purpose), allowed)

    def store(self) -> None:
        self.flow.state.consent.records = [r for box in self.boxes.values() if (r := box.record()) is not None]

    def extra_errors(self) -> list[FieldError]:
        errors: list[FieldError] = []
        for box in self.boxes.values():
            if box.answer.value() is True:
                errors += self.date_error(box.signed_on, f"consent.{box.purpose}.signed_on")
        return errors

    def show_errors(self, errors: list[FieldError]) -> None:
        """Errors name a record by its index; show them in the box of its purpose."""
        records = self.flow.state.consent.records
        mapped = []
        for error in errors:
            field = error.field
            match = re.match(r"consent\.records\[(\d+)\](?:\.(\w+))?", field)
            if match and int(match.group(1)) < len(records):
                field = f"consent.{records[int(match.group(1))].purpose}"
                row = FIELD_ROWS.get(match.group(2) or "")
                if row is not None:
                    field += f".{row}"
            elif field == "consent.records":
                field = f"consent.{REQUIRED}.answer"
            mapped.append(FieldError(field, error.message_nl, error.message_en))
        super().show_errors(mapped)
