"""The start screen of the Intake page: a new intake, the quick-signal form for a phone call, the
drafts to resume (and old drafts offered for deletion) and quick signals waiting for an intake."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.ui import fit
from coordinator_app.ui.intake.common import DateField, code_combo, combo_code, mark_error, set_combo, translate
from coordinator_app.ui.intake.home_models import ID_ROLE, SORT_ROLE, DraftModel, SignalModel
from coordinator_app.ui.intake.pages_start import text_edit

MAX_COLUMN_WIDTH = 140  # px; longer texts are elided (the tooltip shows them whole)


def _table(
    name: str, model, accessible: str, stretch: int, sort: tuple[int, Qt.SortOrder]
) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(proxy)
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between rows)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    view.sortByColumn(*sort)

    # columns fit their contents up to a cap, so the stretching text column keeps room; narrower when the
    # table is (no sideways scrolling)
    fit.keep_columns_fitted(view, minimum=60, stretch=stretch, maximum=MAX_COLUMN_WIDTH)
    return view, proxy


class IntakeHome(QWidget):
    new_requested = Signal()
    resume_requested = Signal(int)  # draft id
    delete_requested = Signal(int)  # draft id
    delete_stale_requested = Signal()
    signal_intake_requested = Signal(int)  # case id of a quick signal
    quick_signal_requested = Signal(dict)  # who, what, when, form, reporter_org_type

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeHome")
        outer = QVBoxLayout(self)
        top = QHBoxLayout()  # the page title is shown by the main window
        intro = QLabel(
            translate(
                "Intake",
                "An intake follows the reporting route step by step; it is saved as a draft on every "
                "step. For a phone call, record a quick signal first and do the intake later.",
            )
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(240)  # wraps into more lines rather than widening the page
        top.addWidget(intro, 1)
        self.new_button = QPushButton(translate("Intake", "&New signal (Ctrl+N)"))
        self.new_button.setObjectName("intakeNew")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_requested)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        columns.addWidget(self._quick_box(), 2)
        right = QVBoxLayout()
        columns.addLayout(right, 3)
        right.addWidget(self._drafts_box(), 3)
        right.addWidget(self._signals_box(), 2)

    # quick signal

    def _quick_box(self) -> QGroupBox:
        box = QGroupBox(translate("Intake", "Quick signal (phone call)"))
        box.setObjectName("quickSignal")
        outer = QVBoxLayout(box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above its field
        outer.addLayout(form)
        self.quick_who = QLineEdit()
        self.quick_who.setObjectName("quick_who")
        self.quick_who.setPlaceholderText(translate("Intake", "Name, organisation, phone number"))
        self.quick_org_type = code_combo("quick_org_type", "org_type", empty=translate("Intake", "(unknown)"))
        self.quick_what = text_edit("quick_what", 120)
        self.quick_what.setMaximumHeight(220)
        self.quick_when = DateField("quick_when")
        self.quick_when.set_date(dt.date.today())
        self.quick_form = code_combo("quick_form", "form")
        set_combo(self.quick_form, "unknown")
        for text, widget in (
            (translate("Intake", "Who re&ports"), self.quick_who),
            (translate("Intake", "Organisation &type"), self.quick_org_type),
            (translate("Intake", "&What was reported"), self.quick_what),
            (translate("Intake", "Wh&en"), self.quick_when),
            (translate("Intake", "Form of e&xploitation"), self.quick_form),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        self.quick_error = QLabel()
        self.quick_error.setObjectName("quick_error")
        self.quick_error.setWordWrap(True)
        mark_error(self.quick_error)
        self.quick_error.hide()
        form.addRow(self.quick_error)
        self.quick_save = QPushButton(translate("Intake", "&Save as signal"))
        self.quick_save.setObjectName("quick_save")
        self.quick_save.clicked.connect(self._quick_clicked)
        self.quick_status = QLabel()
        self.quick_status.setObjectName("quick_status")
        self.quick_status.setWordWrap(True)
        self.quick_status.hide()
        form.addRow(self.quick_save)
        form.addRow(self.quick_status)
        hint = QLabel(
            translate(
                "Intake",
                "A quick signal becomes a case with status 'signal'. Take it through the full intake "
                "as soon as you can: only then are consent, follow-up steps and tasks recorded.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        outer.addWidget(hint)
        outer.addStretch(1)
        return box

    def _quick_clicked(self) -> None:
        self.quick_error.hide()
        self.quick_status.clear()
        self.quick_status.hide()
        self.quick_signal_requested.emit(
            {
                "who": self.quick_who.text(),
                "what": self.quick_what.toPlainText(),
                "when": self.quick_when.normalised_text(),
                "form": combo_code(self.quick_form) or "unknown",
                "reporter_org_type": combo_code(self.quick_org_type) or None,
            }
        )

    def quick_failed(self, text: str) -> None:
        self.quick_error.setText(text)
        self.quick_error.show()

    def quick_saved(self, case_number: str) -> None:
        self.clear_quick()
        self.quick_status.setText(
            translate(
                "Intake", "Signal saved as case %1. Take it through the intake from the list on the right."
            ).replace("%1", bidi_isolate(case_number))
        )
        self.quick_status.show()

    def quick_joined(self, case_number: str) -> None:
        """The quick signal was about a person already known: it was added to that file."""
        self.clear_quick()
        self.quick_status.setText(
            translate("Intake", "Signal added to the existing case %1 (the same person).")
            .replace("%1", bidi_isolate(case_number))
        )
        self.quick_status.show()

    def clear_quick(self) -> None:
        self.quick_who.clear()
        self.quick_when.set_date(dt.date.today())
        self.quick_what.clear()
        self.quick_org_type.setCurrentIndex(0)
        set_combo(self.quick_form, "unknown")
        self.quick_error.hide()
        self.quick_status.clear()
        self.quick_status.hide()

    # drafts

    def _drafts_box(self) -> QGroupBox:
        box = QGroupBox(translate("Intake", "Unfinished intakes (drafts)"))
        layout = QVBoxLayout(box)
        self.drafts = DraftModel(self)
        self.drafts_view, self.drafts_proxy = _table(
            "intakeDrafts", self.drafts, translate("Intake", "Unfinished intakes"), 3, (4, Qt.SortOrder.DescendingOrder)
        )
        self.drafts_view.doubleClicked.connect(lambda _i: self._resume())
        self.drafts_view.activated.connect(lambda _i: self._resume())
        layout.addWidget(self.drafts_view, 1)
        buttons = QHBoxLayout()
        self.resume_button = QPushButton(translate("Intake", "&Resume"))
        self.resume_button.setObjectName("intakeResume")
        self.resume_button.clicked.connect(self._resume)
        self.delete_button = QPushButton(translate("Intake", "&Delete draft"))
        self.delete_button.setObjectName("intakeDeleteDraft")
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.stale_label = QLabel()
        self.stale_label.setObjectName("intakeStaleLabel")
        self.stale_label.setWordWrap(True)
        self.stale_button = QPushButton(translate("Intake", "Delete &old drafts…"))
        self.stale_button.setObjectName("intakeDeleteStale")
        self.stale_button.clicked.connect(self.delete_stale_requested)
        stale_row = QHBoxLayout()
        stale_row.addWidget(self.stale_label, 1)
        stale_row.addWidget(self.stale_button)
        layout.addLayout(stale_row)
        self.set_stale(0, 30)
        return box

    def _selected(self, view: QTableView) -> int | None:
        index = view.currentIndex()
        value = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def _resume(self) -> None:
        draft_id = self._selected(self.drafts_view)
        if draft_id is not None:
            self.resume_requested.emit(draft_id)

    def _delete(self) -> None:
        draft_id = self._selected(self.drafts_view)
        if draft_id is not None:
            self.delete_requested.emit(draft_id)

    def set_stale(self, count: int, days: int) -> None:
        self.stale_label.setText(
            translate(
                "Intake", "%1 draft(s) unchanged for more than %2 days: delete them if the intake will not be finished."
            )
            .replace("%1", str(count))
            .replace("%2", str(days))
        )
        self.stale_label.setVisible(count > 0)
        self.stale_button.setVisible(count > 0)

    # quick signals waiting for an intake

    def _signals_box(self) -> QGroupBox:
        box = QGroupBox(translate("Intake", "Signals waiting for an intake"))
        layout = QVBoxLayout(box)
        self.signals = SignalModel(self)
        self.signals_view, self.signals_proxy = _table(
            "intakeSignals", self.signals, translate("Intake", "Signals waiting"), 3, (1, Qt.SortOrder.DescendingOrder)
        )
        self.signals_view.doubleClicked.connect(lambda _i: self._signal_intake())
        layout.addWidget(self.signals_view, 1)
        self.signal_button = QPushButton(translate("Intake", "Start &intake for this signal"))
        self.signal_button.setObjectName("intakeFromSignal")
        self.signal_button.clicked.connect(self._signal_intake)
        row = QHBoxLayout()
        row.addWidget(self.signal_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def select_signal(self, case_id: int) -> bool:
        """Select (and show, with the focus) the waiting signal of this case, e.g. the one just saved."""
        for row in range(self.signals_proxy.rowCount()):
            index = self.signals_proxy.index(row, 0)
            if index.data(ID_ROLE) == case_id:
                self.signals_view.setCurrentIndex(index)
                self.signals_view.selectRow(row)
                self.signals_view.scrollTo(index)
                self.signals_view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _signal_intake(self) -> None:
        case_id = self._selected(self.signals_view)
        if case_id is not None:
            self.signal_intake_requested.emit(case_id)

    def clear(self) -> None:
        self.drafts.clear()
        self.signals.clear()
        self.clear_quick()
        self.set_stale(0, 30)
