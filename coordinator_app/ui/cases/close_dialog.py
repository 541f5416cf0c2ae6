"""Closing a case: the reason (code list `closing_reason`) is required; open tasks may be closed too."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from coordinator_app.ui import theme
from coordinator_app.ui.cases.common import code_combo, combo_code


class CloseCaseDialog(QDialog):
    """Closing asks for the reason and offers to close the open tasks."""

    def __init__(self, open_tasks: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeCaseDialog")
        self.setWindowTitle(self.tr("Close case"))
        self.reason = code_combo("closing_reason", empty=self.tr("(choose a reason)"), name="closingReason",
                                 accessible=self.tr("Closing reason"))
        self.error = QLabel(self)
        self.error.setObjectName("closingReasonError")
        theme.mark(self.error, "error")
        self.close_tasks = QCheckBox(self.tr("Also mark the %n open task(s) as done", "", open_tasks))
        self.close_tasks.setObjectName("closeOpenTasks")
        self.close_tasks.setChecked(open_tasks > 0)
        self.close_tasks.setVisible(open_tasks > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Reason for closing"), self.reason)
        form.addRow("", self.error)
        form.addRow("", self.close_tasks)
        form.addRow(buttons)

    def _accept(self) -> None:
        if combo_code(self.reason) is None:
            self.error.setText(self.tr("Choose the reason for closing."))
            return
        self.accept()
