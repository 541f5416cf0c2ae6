"""The right-hand card of the Rapportages page: the trend chart of the last four quarters, why some
numbers are hidden, and a reminder that an export leaves the vault (counts only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from coordinator_app.ui.quarterly.trend import TrendChart


class ReportsSidePanel(QFrame):
    """Holds `trend` (TrendChart), `explanation_label` and `leaves_label`; the page fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reportsSide")
        self.setProperty("card", True)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 12)
        trend_heading = QLabel(self.tr("Trend over the last four quarters"), self)
        trend_heading.setProperty("role", "subheading")
        column.addWidget(trend_heading)
        self.trend = TrendChart(self)
        self.trend.setAccessibleName(self.tr("Trend over the last four quarters"))
        self.trend.empty_text = self.tr("No figures yet.")
        column.addWidget(self.trend, 1)
        why = QLabel(self.tr("What is hidden, and why?"), self)
        why.setProperty("role", "subheading")
        column.addWidget(why)
        self.explanation_label = QLabel(self, objectName="reportsExplanation")
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.explanation_label)
        self.leaves_label = QLabel(self.tr(
            "An export is a file outside the encrypted vault. It holds counts per quarter only, with small "
            "numbers hidden: no names, case numbers, notes or dates."), self, objectName="reportsLeavesVault")
        self.leaves_label.setWordWrap(True)
        self.leaves_label.setProperty("role", "muted")
        column.addWidget(self.leaves_label)


__all__ = ["ReportsSidePanel"]
