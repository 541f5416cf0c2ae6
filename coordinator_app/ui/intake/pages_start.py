"""The first steps of the route: the signal, immediate safety, acute danger (112) and the Meldcode."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from coordinator_app.domain.intake.checks import FieldError
from coordinator_app.ui.intake.book import PickField
from coordinator_app.ui.intake.common import (
    BANNER_STYLE,
    DateField,
    StepPage,
    YesNo,
    code_combo,
    combo_code,
    lang,
    mark_error,
    option_combo,
    set_combo,
    translate,
    tri_value,
    yes_no,
)


def text_edit(name: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)
    return edit


class SignalPage(StepPage):
    step = "signal"

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        form = self.form()
        self.received_on = self.add_row(
            form, translate("Intake", "Signal &received on"), DateField("signal_received_on"), "signal.received_on"
        )
        self.channel = self.add_row(
            form,
            translate("Intake", "&Channel"),
            option_combo("signal_channel", self.flow.content.channels, translate("Intake", "(choose)")),
            "signal.channel",
        )
        self.anonymous = self.add_row(
            form, "", QCheckBox(translate("Intake", "The reporter wishes to stay &anonymous"))
        )
        self.anonymous.setObjectName("signal_reporter_anonymous")
        self.reporter = self.add_row(
            form, translate("Intake", "Re&porter"), PickField(wizard.book, "contact", "signal_reporter")
        )
        self.org_type = self.add_row(
            form,
            translate("Intake", "Reporter's &organisation type"),
            code_combo("signal_reporter_org_type", "org_type", empty=translate("Intake", "(choose)")),
            "signal.reporter_org_type",
        )
        self.text = self.add_row(
            form,
            translate("Intake", "The signal in the reporter's &words"),
            text_edit("signal_text", 140),
            "signal.text",
        )
        self.referral = self.add_row(
            form,
            translate("Intake", "Referral &source"),
            code_combo("referral_source", "referral_source", empty=translate("Intake", "(choose)")),
            "referral_source",
        )
        self.municipality = self.add_row(
            form,
            translate("Intake", "&Municipality"),
            code_combo("municipality", "municipality", empty=translate("Intake", "(choose)")),
            "municipality",
        )
        self.body.addStretch(1)
        self.reporter.changed.connect(self._reporter_picked)
        self.org_type.currentIndexChanged.connect(self._propose_referral)

    def _reporter_picked(self) -> None:
        org_type = self.wiz.book.org_type("contact", self.reporter.value())
        if org_type and not combo_code(self.org_type):
            set_combo(self.org_type, org_type)

    def _propose_referral(self) -> None:
        if combo_code(self.referral):
            return
        self.store()
        proposal = self.flow.suggested_referral_source()
        if proposal:
            set_combo(self.referral, proposal)

    def load(self) -> None:
        s = self.flow.state
        if s.signal.received_on is None and not s.signal.text and not self.wiz.clearing:
            s.signal.received_on = self.flow.today()
        self.received_on.set_date(s.signal.received_on)
        set_combo(self.channel, s.signal.channel)
        self.anonymous.setChecked(s.signal.reporter_anonymous)
        self.reporter.set_value(s.signal.reporter_contact_id)
        self.org_type.blockSignals(True)
        set_combo(self.org_type, s.signal.reporter_org_type)
        self.org_type.blockSignals(False)
        self.text.setPlainText(s.signal.text)
        set_combo(self.referral, s.referral_source)
        set_combo(self.municipality, s.municipality)

    def store(self) -> None:
        s = self.flow.state
        s.signal.received_on = self.received_on.date()
        s.signal.channel = combo_code(self.channel)
        s.signal.reporter_anonymous = self.anonymous.isChecked()
        s.signal.reporter_contact_id = self.reporter.value()
        s.signal.reporter_org_type = combo_code(self.org_type)
        s.signal.text = self.text.toPlainText()
        s.referral_source = combo_code(self.referral)
        s.municipality = combo_code(self.municipality)

    def extra_errors(self) -> list[FieldError]:
        return self.date_error(self.received_on, "signal.received_on")


class SafetyPage(StepPage):
    step = "safety"

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        form = self.form()
        self.acute = self.add_row(
            form,
            translate("Intake", "Is there &acute danger?"),
            yes_no("safety_acute_danger"),
            "safety.acute_danger",
        )
        self.minor = self.add_row(
            form,
            translate("Intake", "Is the person (probably) &under 18?"),
            yes_no("safety_is_minor"),
            "safety.is_minor",
        )
        self.unaccompanied = self.add_row(
            form, "", QCheckBox(translate("Intake", "Unaccompanied &minor foreigner")), "safety.unaccompanied_minor"
        )
        self.unaccompanied.setObjectName("safety_unaccompanied_minor")
        self.body.addStretch(1)
        for box in (self.acute, self.minor):
            box.changed.connect(self._changed)
        self.unaccompanied.toggled.connect(self._changed)

    def _changed(self) -> None:
        self.store()
        self.refresh_guidance()

    def load(self) -> None:
        safety = self.flow.state.safety
        set_combo(self.acute, safety.acute_danger)
        set_combo(self.minor, safety.is_minor)
        self.unaccompanied.setChecked(safety.unaccompanied_minor)

    def store(self) -> None:
        safety = self.flow.state.safety
        safety.acute_danger = tri_value(self.acute)
        safety.is_minor = tri_value(self.minor)
        safety.unaccompanied_minor = self.unaccompanied.isChecked()


class EmergencyPage(StepPage):
    step = "emergency"

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        banner = QLabel(translate("Intake", "Acute danger: call 112 now. The rest of the intake can wait."))
        banner.setObjectName("emergency_banner")
        banner.setWordWrap(True)
        banner.setStyleSheet(BANNER_STYLE + " font-size: 15pt; font-weight: bold; padding: 10px;")
        self.body.addWidget(banner)
        form = self.form()
        self.called = self.add_row(
            form, "", QCheckBox(translate("Intake", "&112 has been called")), "safety.called_112"
        )
        self.called.setObjectName("safety_called_112")
        self.note = self.add_row(
            form,
            translate("Intake", "What was &agreed, or why 112 was not needed"),
            text_edit("safety_emergency_note"),
            "safety.emergency_note",
        )
        self.body.addStretch(1)

    def load(self) -> None:
        self.called.setChecked(self.flow.state.safety.called_112)
        self.note.setPlainText(self.flow.state.safety.emergency_note)

    def store(self) -> None:
        self.flow.state.safety.called_112 = self.called.isChecked()
        self.flow.state.safety.emergency_note = self.note.toPlainText()


class MeldcodePage(StepPage):
    step = "meldcode"

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        content = self.flow.content
        steps_box = QWidget()
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps: dict[str, QCheckBox] = {}
        for option in content.meldcode_steps:
            box = QCheckBox(option.label.get(self.lang_code()))
            box.setObjectName(f"meldcode_step_{option.code}")
            box.setAccessibleName(option.label.get(self.lang_code()))
            steps_layout.addWidget(box)
            self.steps[option.code] = box
        form = self.form()
        self.add_row(form, translate("Intake", "Steps taken"), steps_box, "safety.meldcode_steps_done")
        heading = QLabel(translate("Intake", "Decision framework (afwegingskader)"))
        heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
        self.body.addWidget(heading)
        questions = self.form()
        self.answers: dict[str, YesNo] = {}
        for question in content.afweging:
            label = QLabel(question.text.get(self.lang_code()))
            label.setWordWrap(True)
            box = yes_no(f"meldcode_afweging_{question.code}")
            box.setAccessibleName(question.text.get(self.lang_code()))
            questions.addRow(label, box)
            error = QLabel()
            self._add_error_line(questions, f"safety.afweging.{question.code}", error)
            self.answers[question.code] = box
        decision_form = self.form()
        self.decision = self.add_row(
            decision_form,
            translate("Intake", "De&cision"),
            option_combo("meldcode_decision", content.meldcode_decisions, translate("Intake", "(choose)")),
            "safety.meldcode_decision",
        )
        self.note = self.add_row(decision_form, translate("Intake", "N&ote"), text_edit("meldcode_note", 70))
        self.body.addStretch(1)

    @staticmethod
    def lang_code() -> str:
        return lang()

    def _add_error_line(self, form, path: str, error: QLabel) -> None:
        error.setObjectName(f"error_{path.replace('.', '_')}")
        error.setWordWrap(True)
        mark_error(error)
        error.hide()
        form.addRow("", error)
        self._errors[path] = error

    def load(self) -> None:
        safety = self.flow.state.safety
        for code, box in self.steps.items():
            box.setChecked(code in safety.meldcode_steps_done)
        for code, box in self.answers.items():
            set_combo(box, safety.afweging.get(code))
        set_combo(self.decision, safety.meldcode_decision)
        self.note.setPlainText(safety.meldcode_note)

    def store(self) -> None:
        safety = self.flow.state.safety
        known = [code for code, box in self.steps.items() if box.isChecked()]
        safety.meldcode_steps_done = known
        safety.afweging = {code: value for code, box in self.answers.items() if (value := tri_value(box)) is not None}
        safety.meldcode_decision = combo_code(self.decision)
        safety.meldcode_note = self.note.toPlainText()
