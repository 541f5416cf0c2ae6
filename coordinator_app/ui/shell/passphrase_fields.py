"""A new passphrase typed twice, with a strength meter (zxcvbn via services/passphrase.py) and the
minimum spelled out. Used by the first-run wizard and by "change passphrase" in the settings.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from coordinator_app.errors import message
from coordinator_app.services import passphrase
from coordinator_app.ui import theme


class PassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, user_inputs: list[str] | None = None) -> None:
        super().__init__(parent)
        self._user_inputs = user_inputs or []
        self._acceptable = False
        self.new = QLineEdit(self, objectName="newPassphrase")
        self.repeat = QLineEdit(self, objectName="repeatPassphrase")
        for field in (self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMinimumWidth(360)
            field.textChanged.connect(self._schedule)
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.show_text = QCheckBox(self.tr("&Show passphrase"), self, objectName="showPassphrase")
        self.show_text.setAccessibleName(self.tr("Show passphrase"))
        self.show_text.toggled.connect(self._toggle_echo)
        self.meter = QProgressBar(self, objectName="strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self._meter_ok = False
        theme.follow(self.meter, self._colour_meter)  # the meter's colour follows a light/dark switch
        self.verdict = QLabel(self, objectName="strengthVerdict")
        self.verdict.setWordWrap(True)
        self.rules = QLabel(
            self.tr(
                "At least %1 characters. A sentence of four or more ordinary words is strong and easy to "
                "remember, e.g. a line only you would think of. Do not use names, dates or your e-mail address."
            ).replace("%1", str(passphrase.MIN_LENGTH)),
            self,
        )
        self.rules.setWordWrap(True)
        self.rules.setProperty("role", "muted")
        form = QFormLayout()
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.show_text)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label and isinstance(label.widget(), QLabel) and label.widget().text():
                label.widget().setBuddy(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rules)
        layout.addLayout(form)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.update_strength)
        self.setTabOrder(self.new, self.repeat)
        self.setTabOrder(self.repeat, self.show_text)
        self.update_strength()

    def _colour_meter(self) -> None:
        colour = (theme.ok_colour() if self._meter_ok else theme.warning_colour()).name()
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")

    def _schedule(self) -> None:
        self._acceptable = False
        self._timer.start()
        self.changed.emit()

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.new.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def update_strength(self) -> None:
        """Score the passphrase now (normally done 150 ms after the last key press)."""
        text = self.new.text()
        result = passphrase.strength(text, self._user_inputs)
        self.meter.setValue(result.score if text else 0)
        self._meter_ok = result.acceptable
        self._colour_meter()
        labels = [self.tr("very weak"), self.tr("weak"), self.tr("fair"), self.tr("strong"), self.tr("very strong")]
        if not text:
            self.verdict.setText("")
        else:
            problem = passphrase.check_new_passphrase(text, self._user_inputs)
            verdict = self.tr("Strength: %1.").replace("%1", labels[result.score])
            self.verdict.setText(f"{verdict} {problem}" if problem else verdict)
        self.verdict.setProperty("role", "error" if text and not result.acceptable else "muted")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self._acceptable = bool(text) and result.acceptable
        self.changed.emit()

    def problem(self) -> str | None:
        """What still stops this passphrase (None when it can be used)."""
        if self._timer.isActive():
            self._timer.stop()
            self.update_strength()
        problem = passphrase.check_new_passphrase(self.new.text(), self._user_inputs)
        if problem:
            return problem
        if self.new.text() != self.repeat.text():
            return message("passphrase_mismatch")
        return None

    def is_ready(self) -> bool:
        return self._acceptable and bool(self.repeat.text()) and self.new.text() == self.repeat.text()

    def passphrase(self) -> str:
        return self.new.text()

    def clear(self) -> None:
        self.new.clear()
        self.repeat.clear()
        self.update_strength()
