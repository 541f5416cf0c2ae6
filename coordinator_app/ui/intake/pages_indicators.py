"""Signalen in kaart: the indicator checklist grouped by form, with fact/observation/interpretation
and source per ticked indicator, and the forms of exploitation the flow suggests, live."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from coordinator_app.codes import code_list
from coordinator_app.domain.intake.checks import FieldError
from coordinator_app.domain.intake.content import IntakeContent
from coordinator_app.domain.intake.state import MARK_KINDS, IndicatorAnswers, IndicatorMark
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.ui.intake.common import StepPage, code_combo, combo_code, lang, mark_error, set_combo, translate

Index = QModelIndex | QPersistentModelIndex
COL_TEXT, COL_KIND, COL_SOURCE, COL_NOTE = range(4)
CODE_ROLE = Qt.ItemDataRole.UserRole


class IndicatorModel(QAbstractItemModel):
    """Groups (top level) and their indicators; ticking an indicator adds a mark to the answers."""

    marks_changed = Signal()

    def __init__(self, content: IntakeContent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.groups = [g for g in content.indicator_groups if content.indicators_in(g.code)]
        self.items = {g.code: content.indicators_in(g.code) for g in self.groups}
        self.answers = IndicatorAnswers()
        self.default_source = ""

    def set_answers(self, answers: IndicatorAnswers) -> None:
        self.beginResetModel()
        self.answers = answers
        self.endResetModel()

    def _mark(self, code: str) -> IndicatorMark | None:
        return next((m for m in self.answers.marks if m.code == code), None)

    # structure

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)  # a group
        return self.createIndex(row, column, parent.row() + 1)  # an indicator: its group's row + 1

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.items[self.groups[parent.row()].code])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("Intake", "Indicator"),
                translate("Intake", "Kind"),
                translate("Intake", "Source"),
                translate("Intake", "Note"),
            )[section]
        return None

    def _indicator(self, index: Index):
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.items[self.groups[int(index.internalId()) - 1].code][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        indicator = self._indicator(index)
        if indicator is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.groups[index.row()].title.get(lang())
            return None
        mark = self._mark(indicator.code)
        col = index.column()
        if role == CODE_ROLE:
            return indicator.code
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_TEXT:
            return Qt.CheckState.Checked if mark else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_TEXT:
                return indicator.text.get(lang())
            if mark is None:
                return ""
            if col == COL_KIND:
                if role == Qt.ItemDataRole.EditRole:
                    return mark.kind
                return self.content.message(f"kind_{mark.kind}", lang()) if mark.kind in MARK_KINDS else ""
            typed = mark.source if col == COL_SOURCE else mark.note
            # shown isolated (an override cannot reorder the row); the editor gets the text as typed
            return typed if role == Qt.ItemDataRole.EditRole else bidi_isolate(typed)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TEXT:
            return indicator.text.get(lang())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled
        indicator = self._indicator(index)
        if indicator is None:
            return base
        if index.column() == COL_TEXT:
            return base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        if self._mark(indicator.code) is not None:
            return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsSelectable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        indicator = self._indicator(index)
        if indicator is None:
            return False
        mark = self._mark(indicator.code)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_TEXT:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            if checked and mark is None:
                self.answers.marks.append(IndicatorMark(indicator.code, indicator.kind, self.default_source))
            elif not checked and mark is not None:
                self.answers.marks.remove(mark)
            else:
                return False
        elif role == Qt.ItemDataRole.EditRole and mark is not None and index.column() != COL_TEXT:
            text = value if isinstance(value, str) else ""
            if index.column() == COL_KIND:
                if text not in MARK_KINDS:
                    return False
                mark.kind = text
            elif index.column() == COL_SOURCE:
                mark.source = text
            else:
                mark.note = text
        else:
            return False
        row_start, row_end = index.siblingAtColumn(0), index.siblingAtColumn(COL_NOTE)
        self.dataChanged.emit(row_start, row_end)
        self.marks_changed.emit()
        return True


class WrapDelegate(QStyledItemDelegate):
    """Indicator texts wrap: a row is as tall as its text needs at the current column width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if not index.parent().isValid():  # a group heading: one line
            return size
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        reserved = self.view.indentation() * 2 + 28  # the branch indent and the check box
        width = max(80, self.view.columnWidth(COL_TEXT) - reserved)
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), rect.height() + 6))


class KindDelegate(QStyledItemDelegate):
    """Fact / observation / interpretation as a combo box."""

    def __init__(self, content: IntakeContent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.content = content

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.setObjectName("indicatorKindEditor")
        for kind in MARK_KINDS:
            box.addItem(self.content.message(f"kind_{kind}", lang()), kind)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        set_combo(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class IndicatorPage(StepPage):
    step = "indicators"

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        content = self.flow.content
        source_row = QHBoxLayout()
        source_label = QLabel(translate("Intake", "Source of newly ticked indicators:"))
        self.default_source = QLineEdit(translate("Intake", "Reporter"))
        self.default_source.setObjectName("indicators_default_source")
        self.default_source.setAccessibleName(translate("Intake", "Source of newly ticked indicators"))
        source_label.setBuddy(self.default_source)
        source_row.addWidget(source_label)
        source_row.addWidget(self.default_source, 1)
        self.body.addLayout(source_row)
        self.model = IndicatorModel(content, self)
        self.view = QTreeView()
        self.view.setObjectName("indicators_view")
        self.view.setAccessibleName(translate("Intake", "Indicators"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(COL_KIND, KindDelegate(content, self.view))
        self.view.setItemDelegateForColumn(COL_TEXT, WrapDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)  # long indicator texts wrap instead of being cut off with "…"
        self.view.setUniformRowHeights(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setMinimumHeight(230)
        header = self.view.header()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_KIND, 110), (COL_SOURCE, 100), (COL_NOTE, 100)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setStretchLastSection(False)
        header.sectionResized.connect(lambda *_args: self.view.scheduleDelayedItemsLayout())
        self.body.addWidget(self.view, 1)
        self._errors_line(["indicators.marks"])
        suggestion = QHBoxLayout()
        self.suggested = QLabel()
        self.suggested.setObjectName("indicators_suggested_forms")
        self.suggested.setWordWrap(True)
        self.use_suggestion = QPushButton(translate("Intake", "&Use as primary form"))
        self.use_suggestion.setObjectName("indicators_use_suggestion")
        suggestion.addWidget(self.suggested, 1)
        suggestion.addWidget(self.use_suggestion)
        self.body.addLayout(suggestion)
        form = self.form()
        self.primary = self.add_row(
            form,
            translate("Intake", "&Primary form"),
            code_combo("primary_form", "form", empty=translate("Intake", "(choose)")),
            "primary_form",
        )
        others = QWidget()
        self.others_layout = QGridLayout(others)  # two columns: the row fits a 1366 px screen
        self.others_layout.setContentsMargins(0, 0, 0, 0)
        self.others: dict[str, QCheckBox] = {}
        for code in code_list("form"):
            if code == "unknown":
                continue
            box = QCheckBox(code_list("form").label(code, lang()))
            box.setObjectName(f"other_form_{code}")
            self.others[code] = box
        self._place_others()
        self.add_row(form, translate("Intake", "Other forms"), others, "other_forms")
        self.sector = self.add_row(form, translate("Intake", "Labour &sector"), QLineEdit(), "labour_sector")
        self.sector.setObjectName("labour_sector")
        self.notes = self.add_row(form, translate("Intake", "N&otes"), QLineEdit(), "indicators.notes")
        self.notes.setObjectName("indicators_notes")
        self.model.marks_changed.connect(self._update_suggestion)
        self.default_source.textChanged.connect(lambda text: setattr(self.model, "default_source", text.strip()))
        self.model.default_source = self.default_source.text()
        self.use_suggestion.clicked.connect(self._use_suggestion)
        self.primary.currentIndexChanged.connect(self._update_sector)
        self.primary.currentIndexChanged.connect(self._place_others)
        for box in self.others.values():
            box.toggled.connect(self._update_sector)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Name the indicator in front of a problem with one of the ticked indicators."""
        named = []
        for error in errors:
            match = re.match(r"indicators\.marks\[(\d+)\]", error.field)
            marks = self.flow.state.indicators.marks
            if match and int(match.group(1)) < len(marks):
                item = self.flow.content.indicator(marks[int(match.group(1))].code)
                if item is not None:
                    error = FieldError(
                        error.field, f"{item.text.nl}: {error.message_nl}", f"{item.text.en}: {error.message_en}"
                    )
            named.append(error)
        super().show_errors(named)

    def _errors_line(self, paths: list[str]) -> None:
        error = QLabel()
        error.setWordWrap(True)
        mark_error(error)
        error.setObjectName("error_indicators_marks")
        error.hide()
        self.body.addWidget(error)
        for path in paths:
            self._errors[path] = error

    def _update_suggestion(self) -> None:
        forms = self.flow.suggested_forms()
        names = ", ".join(code_list("form").label(f, lang()) for f in forms)
        self.suggested.setText(
            translate("Intake", "Suggested forms: %1").replace("%1", names)
            if forms
            else translate("Intake", "Tick indicators to see which forms of exploitation they point to.")
        )
        self.use_suggestion.setEnabled(bool(forms))

    def _use_suggestion(self) -> None:
        forms = self.flow.suggested_forms()
        if forms:
            set_combo(self.primary, forms[0])
            for code, box in self.others.items():
                box.setChecked(code in forms[1:])

    def _place_others(self) -> None:
        """Offer every form except the primary one, in two columns."""
        primary = combo_code(self.primary) if hasattr(self, "primary") else ""
        for box in self.others.values():
            self.others_layout.removeWidget(box)
        shown = 0
        for code, box in self.others.items():
            if code == primary:
                box.setChecked(False)
                box.hide()
                continue
            self.others_layout.addWidget(box, shown // 2, shown % 2)
            box.show()
            shown += 1

    def _update_sector(self) -> None:
        labour = combo_code(self.primary) == "labour" or self.others["labour"].isChecked()
        self.sector.setEnabled(labour)

    def load(self) -> None:
        s = self.flow.state
        self.model.set_answers(s.indicators)
        self.view.expandAll()
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        for row, group in enumerate(self.model.groups):
            if group.optional and not any(
                m.code in {i.code for i in self.model.items[group.code]} for m in s.indicators.marks
            ):
                self.view.collapse(self.model.index(row, 0))
        set_combo(self.primary, s.primary_form)
        for code, box in self.others.items():
            box.setChecked(code in s.other_forms)
        self.sector.setText(s.labour_sector)
        self.notes.setText(s.indicators.notes)
        self._update_suggestion()
        self._update_sector()

    def store(self) -> None:
        s = self.flow.state
        s.indicators = self.model.answers
        s.primary_form = combo_code(self.primary)
        s.other_forms = [code for code, box in self.others.items() if box.isChecked() and code != s.primary_form]
        s.labour_sector = self.sector.text()
        s.indicators.notes = self.notes.text()
