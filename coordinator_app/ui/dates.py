"""One date field for every form, and one way to show a date.

Shown: Dutch 05-12-2026, English 5 Dec 2026 (`display`). Typed (`parse_typed`): DD-MM-JJJJ, DDMMJJJJ,
D-M-JJ (two-digit years: this century unless that is more than ten years ahead, else the last), ISO
JJJJ-MM-DD, the shown form "5 Dec 2026" / "5 dec 2026", and the words v/vandaag/t/today and
g/gisteren/y/yesterday. Anything else is refused (the field turns red and the form names it); a
date is never guessed from a typo. `DateField` adds a calendar popup (the button in the field, or
Alt+Down) with Today and Yesterday.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.errors import current_language
from coordinator_app.ui import fit, theme

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS = {name.lower(): i + 1 for i, name in enumerate(MONTHS_EN)} | {
    "mrt": 3, "mei": 5, "okt": 10, "maa": 3, "mar": 3, "sept": 9,
}
TODAY_WORDS = {"v", "vandaag", "t", "today"}
YESTERDAY_WORDS = {"g", "gisteren", "y", "yesterday"}
_NUMERIC = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_WORDED = re.compile(r"^(\d{1,2})\s+([A-Za-z]{3,4})\.?\s+(\d{4})$")


def tr(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


def display(value: dt.date | dt.datetime | None, lang: str | None = None) -> str:
    """A date as the whole app shows it: Dutch 05-12-2026, English 5 Dec 2026 (a time is added as 14:05)."""
    if value is None:
        return ""
    lang = lang or current_language()
    day = value.date() if isinstance(value, dt.datetime) else value
    text = f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}" if lang == "en" else day.strftime("%d-%m-%Y")
    return f"{text} {value.strftime('%H:%M')}" if isinstance(value, dt.datetime) else text


def _year(two_or_four: str, today: dt.date) -> int:
    year = int(two_or_four)
    if len(two_or_four) == 4:
        return year
    this_century = today.year // 100 * 100 + year
    return this_century if this_century <= today.year + 10 else this_century - 100


def parse_typed(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date typed in a date field; None for an empty field; ValueError for anything else."""
    today = today or dt.date.today()
    text = text.strip()
    if not text:
        return None
    word = text.lower()
    if word in TODAY_WORDS:
        return today
    if word in YESTERDAY_WORDS:
        return today - dt.timedelta(days=1)
    if m := _ISO.match(text):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if m := _COMPACT.match(text):
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    if m := _NUMERIC.match(text):
        return dt.date(_year(m[3], today), int(m[2]), int(m[1]))
    if (m := _WORDED.match(text)) and m[2].lower() in MONTHS:
        return dt.date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    raise ValueError("not a date")


class CalendarPopup(QFrame):
    """A month calendar with Today and Yesterday; `picked` carries the chosen date."""

    picked = Signal(object)

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("dateCalendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._today = today
        self.calendar = QCalendarWidget(self, objectName="dateCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setAccessibleName(tr("Calendar"))
        self.calendar.activated.connect(lambda day: self._pick(day.toPython()))
        self.calendar.clicked.connect(lambda day: self._pick(day.toPython()))
        today_button = QPushButton(tr("&Today"), self, objectName="dateToday")
        yesterday_button = QPushButton(tr("&Yesterday"), self, objectName="dateYesterday")
        today_button.clicked.connect(lambda: self._pick(self._today()))
        yesterday_button.clicked.connect(lambda: self._pick(self._today() - dt.timedelta(days=1)))
        buttons = QHBoxLayout()
        buttons.addWidget(today_button)
        buttons.addWidget(yesterday_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.calendar)
        layout.addLayout(buttons)

    def show_at(self, anchor: QWidget, value: dt.date | None) -> None:
        self.calendar.setSelectedDate(QDate(value or self._today()))
        self.adjustSize()
        self.move(_placed(anchor, self.size()))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, value: dt.date) -> None:
        self.hide()
        self.picked.emit(value)


def _placed(anchor: QWidget, size: QSize) -> QPoint:
    """Where a popup of `size` goes: under the anchor, or above it when the screen ends below; never past the
    edges of the free screen area."""
    area = fit.available(anchor)
    below = anchor.mapToGlobal(anchor.rect().bottomLeft())
    top = below.y() if below.y() + size.height() <= area.bottom() + 1 \
        else anchor.mapToGlobal(anchor.rect().topLeft()).y() - size.height()
    left = min(below.x(), area.right() + 1 - size.width())
    return QPoint(max(area.left(), left), max(area.top(), top))


class DateField(QLineEdit):
    """The date field of every form. `date()` is the date (None when empty or not a date), `is_valid()`
    tells an empty field or a date from a typo; leaving the field shows a valid date the app's way."""

    dateChanged = Signal(object)

    def __init__(self, name: str = "", parent: QWidget | None = None,
                 today: Callable[[], dt.date] | None = None) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self._today = today or dt.date.today
        self.setPlaceholderText(tr("dd-mm-yyyy"))
        self.setToolTip(tr("Type 05-12-2026, 05122026 or 5-12-26; t for today, y for yesterday; "
                           "Alt+Down opens the calendar."))
        self.setMaximumWidth(170)
        self.setMinimumWidth(130)

        self.calendar_action = QAction(tr("Calendar"), self)
        theme.follow_icon(self.calendar_action, "calendar")
        self.calendar_action.setObjectName(f"{name}_calendar" if name else "dateCalendarAction")
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.popup: CalendarPopup | None = None
        self.editingFinished.connect(self.tidy)

    # the value

    def date(self) -> dt.date | None:
        try:
            return parse_typed(self.text(), self._today())
        except ValueError:
            return None

    def is_valid(self) -> bool:
        try:
            parse_typed(self.text(), self._today())
        except ValueError:
            return False
        return True

    def set_date(self, value: dt.date | None) -> None:
        self.setText(display(value))

    def tidy(self) -> None:
        """Show a valid date the app's way (05122026 → 05-12-2026) once the user leaves the field."""
        value = self.date()
        if value is not None and self.text() != display(value):
            self.setText(display(value))
            self.dateChanged.emit(value)

    # the calendar

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self._today, self)
            self.popup.picked.connect(self._picked)
        self.popup.show_at(self, self.date())

    def _picked(self, value: dt.date) -> None:
        self.set_date(value)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()
        self.dateChanged.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)
