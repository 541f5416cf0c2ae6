"""Building blocks of the intake wizard: the step page (inputs beside the guidance), a date field
that accepts DD-MM-YYYY, code-list combo boxes and inline field errors.

A `StepPage` binds to one step of the `IntakeFlow`: `load()` puts the answers into the widgets,
`store()` writes the widgets back into the state; `validatePage()` stores and asks the flow to
validate the step, and shows each `FieldError` under the input it belongs to.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from coordinator_app.codes import code_list
from coordinator_app.domain.intake.checks import FieldError
from coordinator_app.domain.intake.content import Option
from coordinator_app.domain.intake.flow import IntakeFlow
from coordinator_app.errors import current_language
from coordinator_app.ui import dates, theme
from coordinator_app.ui.flow import FlowLayout
from coordinator_app.ui.intake.book import AddressBook


class IntakeWizard(Protocol):
    """What a step page uses of its wizard (ui/intake/wizard.IntakeWizard implements it); a protocol keeps
    the pages below the wizard in the import graph."""

    flow: IntakeFlow
    book: AddressBook
    replaying: bool  # the wizard is re-creating pages from a saved draft
    clearing: bool  # the widgets are being emptied: load() must not add defaults
    followups_suggested: bool

BANNER_STYLE = theme.BANNER_STYLE
GUIDANCE_STYLE = "QFrame#guidancePanel { background: palette(alternate-base); border-left: 3px solid palette(link); }"


def mark_error(label: QLabel) -> None:
    """An error line under an input: the theme's warning colour (light or dark), semi-bold."""
    theme.mark(label, "error", "font-weight: 600;")


translate = QCoreApplication.translate  # translate("Intake", "...") is what pyside6-lupdate finds


def tr(text: str) -> str:
    """Translate a text that is not a literal (literals use translate("Intake", ...))."""
    return QCoreApplication.translate("Intake", text)


def lang() -> str:
    return current_language()


def fmt_date(value: dt.date | None) -> str:
    return dates.display(value)


class DateField(dates.DateField):
    """The app's date field (ui/dates.py) with `normalised_text()` for the services: ISO when it is a date."""

    def normalised_text(self) -> str:
        value = self.date()
        return value.isoformat() if value is not None else self.text().strip()


def code_combo(name: str, list_name: str, *, empty: str | None = None) -> QComboBox:
    """A combo box over a code list (labels in the UI language, the code as item data)."""
    box = QComboBox()
    box.setObjectName(name)
    if empty is not None:
        box.addItem(empty, "")
    for code in code_list(list_name):
        box.addItem(code_list(list_name).label(code, lang()), code)
    return box


def option_combo(name: str, options: tuple[Option, ...], empty: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.addItem(empty, "")
    for option in options:
        box.addItem(option.label.get(lang()), option.code)
    return box


def set_combo(box: QComboBox | YesNo | Choice, code: object) -> None:
    if isinstance(box, YesNo):
        box.set_value(code if isinstance(code, bool) else None)
        return
    if isinstance(box, Choice):
        box.set_value(code)
        return
    if code is None or code == "":
        box.setCurrentIndex(0)
        return
    index = next((i for i in range(box.count()) if box.itemData(i) == code and type(box.itemData(i)) is type(code)), -1)
    box.setCurrentIndex(index if index >= 0 else 0)


def combo_code(box: QComboBox | Choice) -> str:
    data = box.value() if isinstance(box, Choice) else box.currentData()
    return data if isinstance(data, str) else ""


class YesNo(QWidget):
    """A yes/no question as two radio buttons, neither chosen until answered (value None). Objects named
    `<name>_yes` and `<name>_no`; Tab reaches both, Space chooses."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.yes = QRadioButton(translate("Intake", "Yes"), objectName=f"{name}_yes")
        self.no = QRadioButton(translate("Intake", "No"), objectName=f"{name}_no")
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no):
            self.group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(lambda on: on and self.changed.emit())
        layout.addStretch(1)
        self.setFocusProxy(self.yes)  # a failing answer focuses "Yes"

    def value(self) -> bool | None:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None

    def set_value(self, value: bool | None) -> None:
        if value == self.value():
            return
        if value is None:
            self.group.setExclusive(False)  # an exclusive group cannot be emptied
            self.yes.setChecked(False)
            self.no.setChecked(False)
            self.group.setExclusive(True)
            self.changed.emit()
        else:
            (self.yes if value else self.no).setChecked(True)

    def setAccessibleName(self, name: str) -> None:
        """Each button carries the question: 'Is there acute danger?: Yes'."""
        super().setAccessibleName(name)
        for button in (self.yes, self.no):
            button.setAccessibleName(f"{name}: {button.text().replace('&', '')}")


class Choice(QWidget):
    """A short answer as radio buttons in a row, e.g. yes / no / not recorded yet: every option in sight, one
    always chosen (the first until answered). `items` are (value, text); buttons are named `<name>_<index>`;
    one Tab stop, the arrow keys choose."""

    changed = Signal()

    def __init__(self, name: str, items: list[tuple[object, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.values = [value for value, _text in items]
        layout = FlowLayout(self)  # the options wrap onto a second line rather than widen the step
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for index, (_value, text) in enumerate(items):
            button = QRadioButton(text, objectName=f"{name}_{index}")
            self.group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button)
            button.toggled.connect(lambda on: on and self.changed.emit())
        self.buttons[0].setChecked(True)
        self.setFocusProxy(self.buttons[0])

    def value(self) -> object:
        return self.values[max(self.group.checkedId(), 0)]

    def set_value(self, value: object) -> None:
        """Choose the option holding `value` (compared with its type: False is not 0 or ""); else the first."""
        index = next((i for i, v in enumerate(self.values) if v == value and type(v) is type(value)), 0)
        self.buttons[index].setChecked(True)

    def setAccessibleName(self, name: str) -> None:
        """Each button carries the question: 'Consent: No consent'."""
        super().setAccessibleName(name)
        for button in self.buttons:
            button.setAccessibleName(f"{name}: {button.text().replace('&', '')}")


def yes_no(name: str) -> YesNo:
    """Yes / no with an explicit 'not answered yet' (None)."""
    return YesNo(name)


def tri_value(box: YesNo) -> bool | None:
    return box.value()


class StepPage(QWizardPage):
    """One step: a scrollable form on the left, the step's guidance on the right."""

    step = ""

    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName(f"intakeStep_{self.step}")
        self._errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}  # field path -> the input to focus when it fails
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.top_error = QLabel()
        self.top_error.setObjectName(f"{self.step}_errors")
        self.top_error.setWordWrap(True)
        self.top_error.setStyleSheet(BANNER_STYLE)
        self.top_error.hide()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it scrolls to the focused input itself
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 8, 0)
        scroll.setWidget(body)
        self.scroll = scroll
        left.addWidget(scroll, 1)
        left.addWidget(self.top_error)  # below the form: showing it does not move the fields
        outer.addLayout(left, 2)
        panel = QFrame()
        panel.setObjectName("guidancePanel")
        panel.setStyleSheet(GUIDANCE_STYLE)
        panel_layout = QVBoxLayout(panel)
        self.heading = QLabel(translate("Intake", "Guidance"))
        self.heading.setObjectName(f"{self.step}_guidance_heading")
        self.heading.setStyleSheet("font-weight: bold; color: palette(link);")
        panel_layout.addWidget(self.heading)
        self.guidance = QLabel()
        self.guidance.setObjectName(f"{self.step}_guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        panel_layout.addWidget(self.guidance)
        panel_layout.addStretch(1)
        panel.setMinimumWidth(320)
        outer.addWidget(panel, 1)
        step = self.flow.content.step(self.step)
        self.setTitle(step.title.get(lang()))

    @property
    def flow(self) -> IntakeFlow:
        return self.wiz.flow

    def focus_first(self) -> None:
        """Put the keyboard focus on the step's first input (in Tab order)."""
        widget = self.nextInFocusChain()
        for _ in range(500):
            if widget is self or not self.isAncestorOf(widget):
                break
            if (widget.isVisibleTo(self) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def form(self) -> QFormLayout:
        """A new form section in the body."""
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above its field
        self.body.addLayout(layout)
        return layout

    def add_row(self, form: QFormLayout, text: str, widget: QWidget, path: str | None = None) -> QWidget:
        """A labelled input with an (initially hidden) error line under it for `path`."""
        widget.setAccessibleName(text.replace("&", ""))
        if text:
            form.addRow(text, widget)
        else:
            form.addRow(widget)
        if path is not None:
            error = QLabel()
            error.setObjectName(f"error_{path.replace('.', '_')}")
            error.setWordWrap(True)
            mark_error(error)
            error.hide()
            form.addRow("", error)
            self._errors[path] = error
            self._inputs[path] = widget
            if isinstance(widget, DateField):
                widget.textChanged.connect(lambda _text, f=widget, p=path: self._date_edited(f, p))
        return widget

    def _date_edited(self, field: DateField, path: str) -> None:
        """A date error disappears as soon as the date is valid (its line keeps its space)."""
        label = self._errors.get(path)
        if label is not None and not label.isHidden() and label.text().strip() and field.is_valid():
            label.setText(" ")

    def refresh_guidance(self) -> None:
        """The step's guidance as paragraphs; notes that apply to these answers stand out below it."""
        blocks = self.flow.guidance(self.step, lang()).split("\n\n")
        parts = []
        note_title = translate("Intake", "Please note")
        for number, block in enumerate(blocks):
            paragraphs = "".join(
                f"<p style='margin:0 0 8px 0'>{html.escape(line)}</p>" for line in block.split("\n") if line.strip()
            )
            if number == 0:
                parts.append(paragraphs)
            else:
                parts.append(
                    "<table width='100%' cellpadding='6' style='margin-top:6px; "
                    f"background:{theme.NOTE_BACKGROUND}; color:{theme.NOTE_TEXT}'>"
                    f"<tr><td><b>{html.escape(note_title)}</b>{paragraphs}</td></tr></table>"
                )
        self.guidance.setText("".join(parts))
        path = self.flow.steps()
        if self.step in path:
            self.heading.setText(
                translate("Intake", "Step %1 of %2 · guidance")
                .replace("%1", str(path.index(self.step) + 1))
                .replace("%2", str(len(path)))
            )

    # binding (overridden per step)

    def load(self) -> None:
        """Put the answers of the state into the widgets."""

    def store(self) -> None:
        """Write the widgets into the state."""

    def extra_errors(self) -> list[FieldError]:
        """Problems only the page can see (e.g. a date typed wrongly)."""
        return []

    def date_error(self, field: DateField, path: str) -> list[FieldError]:
        if field.is_valid():
            return []
        return [self.flow.error(path, "date_invalid")]

    # QWizardPage

    def initializePage(self) -> None:
        self.load()
        self.refresh_guidance()
        self.reset_errors()

    def reset_errors(self) -> None:
        """Hide every error line (a page just shown starts without the space they reserve)."""
        for label in self._errors.values():
            label.hide()
        self.show_errors([])

    def cleanupPage(self) -> None:
        # QWizard.restart() cleans up every visited page; while the wizard replays a loaded state or
        # clears itself, the widgets still hold the previous answers and must not overwrite the state.
        if not self.wiz.replaying:
            self.store()

    def validatePage(self) -> bool:
        self.store()
        if self.wiz.replaying:
            return True
        errors = self.extra_errors() or self.flow.validate(self.step)
        self.show_errors(errors)
        if errors:
            self.focus_first_error()
        return not errors

    def focus_first_error(self) -> None:
        """Scroll to the topmost field that has an error and put the cursor in it."""
        shown = [
            self._inputs.get(path) or label
            for path, label in self._errors.items()
            if label is not self.top_error and not label.isHidden() and label.text().strip()
        ]
        body = self.scroll.widget()
        shown = [w for w in shown if w is not None and body.isAncestorOf(w)]
        if not shown:
            return
        first = min(shown, key=lambda w: w.mapTo(body, w.rect().topLeft()).y())
        path = next((p for p, w in self._inputs.items() if w is first), None)
        if path is not None:
            self.scroll.ensureWidgetVisible(self._errors[path], 20, 20)  # the message under it, then the input
        self.scroll.ensureWidgetVisible(first, 20, 20)
        target = first.focusProxy() or first
        if target.focusPolicy() != Qt.FocusPolicy.NoFocus:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            if label is self.top_error or label.isHidden():
                label.hide()
            else:
                label.setText(" ")  # keeps its line: the form does not jump while the user corrects it
        loose: list[str] = []
        per_target: dict[str, list[str]] = {}
        for error in errors:
            target = self._target(error.field)
            if target is None:
                loose.append(error.message(lang()))
            else:
                per_target.setdefault(target, []).append(error.message(lang()))
        for target, messages in per_target.items():
            self._errors[target].setText("\n".join(dict.fromkeys(messages)))
            self._errors[target].show()
        self.top_error.setText("\n".join(dict.fromkeys(loose)))
        self.top_error.setVisible(bool(loose))
        if errors and not loose:
            self.top_error.setText(translate("Intake", "Please check the marked fields."))
            self.top_error.show()

    def _target(self, field: str) -> str | None:
        """The error line for a field path: exact, else the longest bound prefix."""
        if field in self._errors:
            return field
        candidates = [p for p in self._errors if field.startswith(p)]
        return max(candidates, key=len) if candidates else None
