"""Vervolgstappen (the suggested tasks with due dates the user can change) and the summary."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTextBrowser,
)

from coordinator_app.domain.intake.checks import FieldError
from coordinator_app.ui.intake.book import PickField
from coordinator_app.ui.intake.common import (
    Choice,
    DateField,
    IntakeWizard,
    StepPage,
    code_combo,
    combo_code,
    lang,
    set_combo,
    translate,
)
from coordinator_app.ui.intake.followups_model import COL_DUE, COL_END, COL_ORG, COL_START, COL_TITLE, FollowupModel
from coordinator_app.ui.intake.summary_text import render


class FollowupPage(StepPage):
    step = "followups"

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.model = FollowupModel(self.flow, wizard.book, self)
        self.view = QTableView()
        self.view.setObjectName("followups_view")
        self.view.setAccessibleName(translate("Intake", "Follow-up steps"))
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.verticalHeader().hide()
        self.view.setMinimumHeight(220)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_DUE, 95), (COL_ORG, 150), (COL_START, 95), (COL_END, 95)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.body.addWidget(self.view, 1)
        hint = QLabel(translate("Intake", "Tick a step to make it a task; double-click a date to change it."))
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        self.detail = QGroupBox(translate("Intake", "Selected step"))
        self.detail.setObjectName("followups_detail")
        detail = QFormLayout(self.detail)
        self.option_guidance = QLabel()
        self.option_guidance.setObjectName("followups_option_guidance")
        self.option_guidance.setWordWrap(True)
        detail.addRow(self.option_guidance)
        self.org = PickField(wizard.book, "organisation", "followups_organisation")
        self.org.setAccessibleName(translate("Intake", "Organisation"))
        detail.addRow(translate("Intake", "Organisation"), self.org)
        self.shelter = code_combo("followups_shelter_type", "shelter_type", empty=translate("Intake", "(none)"))
        self.shelter.setAccessibleName(translate("Intake", "Type of shelter"))
        detail.addRow(translate("Intake", "Type of shelter"), self.shelter)
        self.note = QLineEdit()
        self.note.setObjectName("followups_note")
        self.note.setAccessibleName(translate("Intake", "Note"))
        detail.addRow(translate("Intake", "Note"), self.note)
        self.body.addWidget(self.detail)
        form = self.form()
        answers: list[tuple[object, str]] = [("", translate("Intake", "Not discussed yet"))]
        answers += [(a, self.flow.content.message(f"police_report_{a}", lang())) for a in ("yes", "no", "not_yet")]
        self.police = self.add_row(  # radio buttons: yes / no / not yet in sight, not in a drop-down
            form, translate("Intake", "Report to the &police made?"), Choice("followups_police_report", answers),
            "followups.police_report"
        )
        self.police_on = self.add_row(
            form,
            translate("Intake", "Report &made on"),
            DateField("followups_police_report_on"),
            "followups.police_report_on",
        )
        self._errors["followups.chosen"] = self.top_error
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.model.choices_changed.connect(self._show_detail)
        self.org.changed.connect(self._detail_changed)
        self.shelter.currentIndexChanged.connect(self._detail_changed)
        self.note.textEdited.connect(self._detail_changed)
        self.police.changed.connect(lambda: self.police_on.setEnabled(combo_code(self.police) == "yes"))
        self._loading = False

    def _current_choice(self) -> Any:
        option = self.model.option_at(self.view.currentIndex().row())
        return (option, self.model.choice(option.code) if option else None)

    def _show_detail(self) -> None:
        option, choice = self._current_choice()
        self._loading = True
        try:
            self.option_guidance.setText(
                option.guidance.get(lang()) if option else translate("Intake", "Select a step to see what it involves.")
            )
            enabled = choice is not None
            for widget in (self.org, self.shelter, self.note):
                widget.setEnabled(enabled)
            self.org.set_value(choice.org_id if choice else None)
            set_combo(self.shelter, choice.shelter_type if choice else "")
            self.shelter.setEnabled(enabled and option is not None and option.shelter_type is not None)
            self.note.setText(choice.note if choice else "")
        finally:
            self._loading = False

    def _detail_changed(self) -> None:
        if self._loading:
            return
        _option, choice = self._current_choice()
        if choice is None:
            return
        choice.org_id = self.org.value()
        choice.shelter_type = combo_code(self.shelter)
        choice.note = self.note.text()
        row = self.view.currentIndex().row()
        self.model.dataChanged.emit(self.model.index(row, COL_ORG), self.model.index(row, COL_ORG))

    def load(self) -> None:
        if not self.wiz.clearing:
            if not self.wiz.followups_suggested and not self.flow.state.followups.chosen:
                self.flow.apply_suggested_followups()
            self.wiz.followups_suggested = True
        self.model.reload()
        if self.model.rowCount():
            self.view.selectRow(0)
        self._show_detail()
        set_combo(self.police, self.flow.state.followups.police_report)
        self.police_on.set_date(self.flow.state.followups.police_report_on)
        self.police_on.setEnabled(combo_code(self.police) == "yes")

    def store(self) -> None:
        self.flow.state.followups.police_report = combo_code(self.police)
        self.flow.state.followups.police_report_on = self.police_on.date()

    def extra_errors(self) -> list[FieldError]:
        return self.date_error(self.police_on, "followups.police_report_on")

    def show_errors(self, errors: list[FieldError]) -> None:
        """A problem with a chosen step names that step."""
        chosen = self.flow.state.followups.chosen
        named = []
        for error in errors:
            parts = error.field.split("]", 1)
            if error.field.startswith("followups.chosen[") and parts[0][17:].isdigit():
                index = int(parts[0][17:])
                option = self.flow.content.followup(chosen[index].code) if index < len(chosen) else None
                if option is not None:
                    error = FieldError(
                        "followups.chosen",
                        f"{option.title.nl}: {error.message_nl}",
                        f"{option.title.en}: {error.message_en}",
                    )
            named.append(error)
        super().show_errors(named)


class SummaryPage(StepPage):
    step = "summary"

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.view = QTextBrowser()
        self.view.setObjectName("summary_view")
        self.view.setAccessibleName(translate("Intake", "Summary"))
        self.view.setOpenLinks(False)
        self.body.addWidget(self.view, 1)

    def load(self) -> None:
        self.view.setHtml(summary_html(self.wiz))

    def validatePage(self) -> bool:
        if self.wiz.replaying:
            return True
        errors = self.flow.validate("summary")
        self.show_errors(errors)
        return not errors


def summary_html(wiz: IntakeWizard) -> str:
    """Everything entered, as simple HTML (all values escaped)."""
    return render(wiz.flow.summary(lang()), wiz.book, html.escape)
