"""The Route tab (milestones of the reporting route, with the reflection period's end date) and the
Toestemming tab (consent per purpose, or the legal ground)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from coordinator_app.db.vault import Vault
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.domain.validation import parse_date
from coordinator_app.services.cases import detail
from coordinator_app.services.cases.detail import ConsentInput, ConsentRow, MilestoneInput, MilestoneRow
from coordinator_app.services.cases.involvements import NetworkItem
from coordinator_app.ui import theme
from coordinator_app.ui.cases.common import code_combo, combo_code, compact_combo, fmt_date, label, set_combo
from coordinator_app.ui.cases.list_editor import ListEditor
from coordinator_app.ui.dates import DateField


def _date_edit(name: str) -> DateField:
    return DateField(name)


class RouteTab(ListEditor):
    name = "route"

    def table_title(self) -> str:
        return self.tr("Route milestones")

    def columns(self):
        return [
            (self.tr("Step"), lambda r: label("milestone", r.kind)),
            (self.tr("Status"), lambda r: label("milestone_status", r.status)),
            (self.tr("Date"), lambda r: r.on),
            (self.tr("Reflection period ends"), lambda r: r.end_on),
            (self.tr("Shelter type"), lambda r: label("shelter_type", r.shelter_type)),
            (self.tr("Who"), lambda r: r.who),
            (self.tr("Note"), lambda r: (r.note or "").split("\n")[0]),
        ]

    def build_form(self, form: QFormLayout) -> None:
        self.kind = code_combo("milestone", name="routeKind")
        self.status = code_combo("milestone_status", name="routeStatus")
        self.on = _date_edit("routeDate")
        self.end_label = QLabel()
        self.end_label.setObjectName("routeReflectionEnd")
        self.shelter = code_combo("shelter_type", empty=self.tr("(no shelter)"), name="routeShelterType")
        self.who = compact_combo(30)
        self.who.setObjectName("routeWho")
        self.who.addItem(self.tr("(nobody chosen)"), None)
        self.note = QLineEdit()
        self.note.setObjectName("routeNote")
        self.add_field(form, self.tr("Ste&p"), self.kind, "kind")
        self.add_field(form, self.tr("Stat&us"), self.status, "status")
        self.add_field(form, self.tr("&Date"), self.on, "on")
        form.addRow("", self.end_label)
        self.add_field(form, self.tr("Shelter t&ype"), self.shelter, "shelter_type")
        self.add_field(form, self.tr("&Who (organisation)"), self.who, "organisation_id")
        self.add_field(form, self.tr("N&ote"), self.note, "note")
        self.kind.currentIndexChanged.connect(self._update_hint)
        self.on.textChanged.connect(self._update_hint)

    def set_organisations(self, items: list[NetworkItem]) -> None:
        current = self.who.currentData()
        self.who.clear()
        self.who.addItem(self.tr("(nobody chosen)"), None)
        for item in items:
            if item.kind == "organisation":
                self.who.addItem(bidi_isolate(item.name), item.id)  # an override cannot reorder the list
        set_combo(self.who, current)

    def clear(self) -> None:
        self.set_organisations([])
        super().clear()

    def _update_hint(self) -> None:
        is_reflection = combo_code(self.kind) == "reflection_period"
        self.shelter.setEnabled(combo_code(self.kind) == "shelter")
        text = ""
        if is_reflection:
            try:
                start = parse_date(self.on.text())
            except ValueError:
                start = None
            end = detail.reflection_end(start) if start else None
            text = self.tr("The reflection period ends on %1; a reminder task is added.").replace(
                "%1", fmt_date(end)) if end else self.tr("Enter the start date: the end date is start + 3 months.")
        self.end_label.setText(text)
        self.end_label.setVisible(bool(text))

    def fill(self, row: MilestoneRow | None) -> None:
        set_combo(self.kind, row.kind if row else None)
        set_combo(self.status, row.status if row else "done")
        self.on.setText(fmt_date(row.on if row else None))
        set_combo(self.shelter, row.shelter_type if row else None)
        set_combo(self.who, row.organisation_id if row else None)
        self.note.setText((row.note if row else None) or "")
        self._update_hint()

    def collect(self) -> MilestoneInput:
        return MilestoneInput(kind=combo_code(self.kind), status=combo_code(self.status), on=self.on.text(),
                              shelter_type=combo_code(self.shelter), organisation_id=combo_code(self.who),
                              note=self.note.text())

    def load_rows(self, vault: Vault, case_id: int) -> list[MilestoneRow]:
        return detail.list_milestones(vault, case_id)

    def save_row(self, vault: Vault, case_id: int, data: MilestoneInput, row_id: int | None) -> int:
        return detail.save_milestone(vault, case_id, data, row_id)

    def delete_row(self, vault: Vault, case_id: int, row_id: int) -> None:
        detail.delete_milestone(vault, case_id, row_id)


class ConsentTab(ListEditor):
    name = "consent"

    def table_title(self) -> str:
        return self.tr("Consent records")

    def columns(self):
        return [
            (self.tr("Purpose"), lambda r: label("consent_purpose", r.purpose)),
            (self.tr("Consent"), lambda r: self.tr("Yes") if r.given else self.tr("No")),
            (self.tr("Date"), lambda r: r.given_on),
            (self.tr("Signed by"), lambda r: label("consent_signer", r.signed_by)),
            (self.tr("In writing"), lambda r: self.tr("Yes") if r.written else ""),
            (self.tr("Legal ground"), lambda r: label("legal_ground", r.legal_ground)),
        ]

    def build_form(self, form: QFormLayout) -> None:
        self.purpose = code_combo("consent_purpose", name="consentPurpose")
        self.given = QCheckBox(self.tr("The person (or parent/guardian) gave consent"))
        self.given.setObjectName("consentGiven")
        self.on = _date_edit("consentDate")
        self.signer = code_combo("consent_signer", empty=self.tr("(choose)"), name="consentSigner")
        self.written = QCheckBox(self.tr("Consent given in writing"))
        self.written.setObjectName("consentWritten")
        self.ground = code_combo("legal_ground", empty=self.tr("(choose)"), name="consentLegalGround")
        self.note = QPlainTextEdit()
        self.note.setObjectName("consentNote")
        self.note.setMaximumHeight(60)
        self.rule = QLabel(self.tr("From 16 the person signs; under 16 a parent or guardian. "
                                   "Without consent, record the legal ground."))
        self.rule.setWordWrap(True)
        theme.mark(self.rule, "muted")
        form.addRow(self.rule)
        self.add_field(form, self.tr("&Purpose"), self.purpose, "purpose")
        self.add_field(form, self.tr("&Consent"), self.given, "given")
        self.add_field(form, self.tr("&Date"), self.on, "given_on")
        self.add_field(form, self.tr("S&igned by"), self.signer, "signed_by")
        self.add_field(form, "", self.written, "written")
        self.add_field(form, self.tr("&Legal ground"), self.ground, "legal_ground")
        self.add_field(form, self.tr("N&ote"), self.note, "note")
        self.given.toggled.connect(self._update_enabled)

    def _update_enabled(self) -> None:
        given = self.given.isChecked()
        for widget in (self.on, self.signer, self.written):
            widget.setEnabled(given)
        self.ground.setEnabled(not given)

    def fill(self, row: ConsentRow | None) -> None:
        set_combo(self.purpose, row.purpose if row else None)
        self.given.setChecked(row.given if row else True)
        self.on.setText(fmt_date(row.given_on if row else None))
        set_combo(self.signer, row.signed_by if row else None)
        self.written.setChecked(bool(row and row.written))
        set_combo(self.ground, row.legal_ground if row else None)
        self.note.setPlainText((row.note if row else None) or "")
        self._update_enabled()

    def collect(self) -> ConsentInput:
        return ConsentInput(purpose=combo_code(self.purpose), given=self.given.isChecked(), given_on=self.on.text(),
                            signed_by=combo_code(self.signer), written=self.written.isChecked(),
                            legal_ground=combo_code(self.ground), note=self.note.toPlainText())

    def load_rows(self, vault: Vault, case_id: int) -> list[ConsentRow]:
        return detail.list_consents(vault, case_id)

    def save_row(self, vault: Vault, case_id: int, data: ConsentInput, row_id: int | None) -> int:
        return detail.save_consent(vault, case_id, data, row_id)

    def delete_row(self, vault: Vault, case_id: int, row_id: int) -> None:
        detail.delete_consent(vault, case_id, row_id)
