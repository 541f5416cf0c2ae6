"""The dashboard: open cases by status, tasks due today or overdue, reflection periods ending
within 14 days, intake drafts to resume, days since the last good backup, and quick actions.
Every item opens what it names through `ctx.navigate`:
- a status count: ("cases", "status:<code>", -1); a task: ("cases", "task", task id) when it
  belongs to no case, else ("cases", "case", case id); a reflection period: ("cases", "case", id);
- a draft: ("intake", "draft", draft id); the backup card: ("backups", "", -1); "Make a backup":
  ("backups", "make", -1), which makes the backup on the Back-ups page (progress and result shown there);
- "New signal": ("intake", "new", -1); "Search": ("search", "", -1) focuses the global search.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.codes import label
from coordinator_app.domain.intake.content import intake_content
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.services import dashboard
from coordinator_app.ui import i18n, theme
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.dashboard.models import DashboardItem, DashboardListModel, ItemRole
from coordinator_app.ui.error_dialog import inline_error_text
from coordinator_app.ui.page import Page
from coordinator_app.ui.worker import run_db


def _task_text(task: dashboard.TaskItem) -> str:
    """Case number and title of a task, each isolated: an override in a title cannot reorder the row."""
    return " ".join(bidi_isolate(p) for p in (task.case_number, task.title) if p)


def _card(parent: QWidget, title: str, name: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    frame = QFrame(parent, objectName=name)
    frame.setProperty("card", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    heading = QLabel(title, frame)
    heading.setProperty("role", "subheading")
    heading.setWordWrap(True)
    layout.addWidget(heading)
    return frame, layout, heading


class DashboardPage(Page):
    page_id = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: dashboard.Dashboard | None = None
        self._serial = 0
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(16, 4, 16, 16)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        self.date_label = QLabel(body, objectName="dashboardDate")
        self.date_label.setProperty("role", "muted")
        self.demo_label = QLabel(self.tr("Demo vault: every person and case in it is fictitious."), body)
        self.demo_label.setObjectName("dashboardDemo")
        self.demo_label.setProperty("role", "error")
        self.demo_label.setWordWrap(True)
        self.demo_label.hide()
        header = QHBoxLayout()
        header.addWidget(self.date_label)
        header.addStretch(1)
        header.addWidget(self.demo_label)
        grid.addLayout(header, 0, 0, 1, 3)
        self.error_label = QLabel(body, objectName="dashboardError")  # a failed load, in place of the data
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        grid.addWidget(self.error_label, 1, 0, 1, 3)
        grid.addWidget(self._status_card(body), 2, 0, 1, 2)
        grid.addWidget(self._backup_card(body), 2, 2)
        self.tasks_model = DashboardListModel(self)
        self.reflection_model = DashboardListModel(self)
        self.drafts_model = DashboardListModel(self)
        self.tasks_card, self.tasks_heading, self.tasks_view = self._list_card(
            body, self.tr("Tasks due"), "dashboardTasks", self.tasks_model)
        self.reflection_card, self.reflection_heading, self.reflection_view = self._list_card(
            body, self.tr("Reflection periods ending soon"), "dashboardReflection", self.reflection_model)
        self.drafts_card, self.drafts_heading, self.drafts_view = self._list_card(
            body, self.tr("Intakes to resume"), "dashboardDrafts", self.drafts_model)
        grid.addWidget(self.tasks_card, 3, 0)
        grid.addWidget(self.reflection_card, 3, 1)
        grid.addWidget(self.drafts_card, 3, 2)
        grid.setRowStretch(3, 1)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own; it follows the focus
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        ctx.changed.connect(self._changed)

    def title(self) -> str:
        return self.tr("Dashboard")

    # --- building ---------------------------------------------------------------------------------

    def _status_card(self, parent: QWidget) -> QFrame:
        frame, layout, _heading = _card(parent, self.tr("Open case files"), "dashboardStatus")
        row = QHBoxLayout()
        self.status_buttons: dict[str, QToolButton] = {}
        for status in (*dashboard.OPEN_STATUSES, "all"):
            button = QToolButton(frame, objectName=f"status_{status}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            button.setMinimumSize(120, 64)
            button.setProperty("statusCount", True)
            button.clicked.connect(lambda _c=False, s=status: self.ctx.navigate.emit("cases", f"status:{s}", -1))
            self.status_buttons[status] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New signal"), frame, objectName="quickNew")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(lambda: self.ctx.navigate.emit("intake", "new", -1))
        self.search_button = QPushButton(self.tr("&Search"), frame, objectName="quickSearch")
        self.search_button.clicked.connect(lambda: self.ctx.navigate.emit("search", "", -1))
        self.backup_button = QPushButton(self.tr("Make a &backup"), frame, objectName="quickBackup")
        for button, name in ((self.new_button, "plus"), (self.search_button, "search"),
                             (self.backup_button, "backups")):
            theme.follow_icon(button, name)
        self.backup_button.clicked.connect(lambda: self.ctx.navigate.emit("backups", "make", -1))
        for button in (self.new_button, self.search_button, self.backup_button):
            button.setAccessibleName(button.text().replace("&", ""))
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        return frame

    def _backup_card(self, parent: QWidget) -> QFrame:
        frame, layout, _heading = _card(parent, self.tr("Backup"), "dashboardBackup")
        self.backup_value = QLabel(frame, objectName="backupAge")
        self.backup_value.setProperty("role", "big")
        self._backup_colour = theme.ok_colour  # the theme's function: asked again after a light/dark switch
        theme.follow(self.backup_value, self._colour_backup)
        self.backup_note = QLabel(frame, objectName="backupNote")
        self.backup_note.setWordWrap(True)
        open_backups = QPushButton(self.tr("Open backups"), frame, objectName="openBackups")
        open_backups.clicked.connect(lambda: self.ctx.navigate.emit("backups", "", -1))
        layout.addWidget(self.backup_value)
        layout.addWidget(self.backup_note)
        layout.addStretch(1)
        layout.addWidget(open_backups, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _list_card(self, parent: QWidget, title: str, name: str, model: DashboardListModel):
        frame, layout, heading = _card(parent, title, name)
        view = QListView(frame, objectName=f"{name}List")
        view.setModel(model)
        view.setAccessibleName(title)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setMinimumHeight(160)
        view.setWordWrap(True)
        view.activated.connect(self._open_item)
        view.doubleClicked.connect(self._open_item)
        layout.addWidget(view, 1)
        return frame, heading, view

    # --- data -------------------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.reload()

    def _changed(self, area: str, _item_id: int) -> None:
        if area in ("case", "task", "intake", "backup", "settings", "milestone", "draft"):
            self.reload()

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self._serial += 1
        serial, vault = self._serial, self.ctx.vault
        run_db(lambda _c: dashboard.load(vault), lambda data: self._show(serial, data),
               lambda exc: self._failed(serial, exc))

    def _failed(self, serial: int, exc: BaseException) -> None:
        """Say at the top that the overview could not be loaded, so empty cards are not taken for 'nothing
        to do'; figures of an earlier load are cleared. The vault locked meanwhile: nothing to say."""
        if serial != self._serial or not self.ctx.is_unlocked:
            return
        text = inline_error_text(exc)
        if text is None:
            return
        self._clear()
        self.error_label.setText(self.tr("The dashboard could not be loaded: %1").replace("%1", text))
        self.error_label.show()

    def _show(self, serial: int, data: dashboard.Dashboard) -> None:
        if serial != self._serial or not self.ctx.is_unlocked:
            return
        self.error_label.hide()
        self.data = data
        lang = i18n.current_language()
        locale = QLocale()
        self.date_label.setText(locale.toString(data.today, QLocale.FormatType.LongFormat))
        self.demo_label.setVisible(data.is_demo)
        for status, button in self.status_buttons.items():
            count = data.open_total if status == "all" else data.open_by_status.get(status, 0)
            name = self.tr("All open") if status == "all" else label("status", status, lang)
            button.setText(f"{count}\n{name}")
            button.setAccessibleName(f"{name}: {count}")
        self._show_backup(data)
        short = QLocale.FormatType.ShortFormat
        overdue, today = self.tr("Overdue"), self.tr("Today")
        tasks = [
            DashboardItem(
                f"{overdue} · {locale.toString(t.due_on, short)} · {_task_text(t)}",
                "cases", "case" if t.case_id else "task", t.case_id or t.task_id, warning=True)
            for t in data.tasks_overdue
        ] + [
            DashboardItem(f"{today} · {_task_text(t)}",
                          "cases", "case" if t.case_id else "task", t.case_id or t.task_id)
            for t in data.tasks_today
        ]
        self.tasks_model.set_items(tasks)
        self.tasks_heading.setText(self.tr("Tasks due: %1 overdue, %2 today")
                                   .replace("%1", str(data.overdue_count)).replace("%2", str(data.today_count)))
        self.reflection_heading.setText(self.tr("Reflection periods ending within %n day(s)", "",
                                                data.reflection_window_days))
        self.reflection_model.set_items([
            DashboardItem(self.tr("%1 ends on %2").replace("%1", bidi_isolate(r.case_number)).replace(
                "%2", locale.toString(r.ends_on, short)), "cases", "case", r.case_id)
            for r in data.reflection_ending
        ])
        self.drafts_model.set_items([
            DashboardItem(self.tr("Intake from %1 (step: %2)").replace(
                "%1", locale.toString(d.updated_at.date(), short)).replace("%2", self._step_title(d.step, lang)),
                "intake", "draft", d.draft_id)
            for d in data.drafts
        ])
        self._empty_notes()

    @staticmethod
    def _step_title(code: str, lang: str) -> str:
        try:
            return intake_content().step(code).title.get(lang)
        except StopIteration:  # an unknown or renamed step: show its code
            return code

    def _show_backup(self, data: dashboard.Dashboard) -> None:
        days = data.last_backup_days
        if days is None:
            self.backup_value.setText(self.tr("None yet"))
        else:
            self.backup_value.setText(self.tr("%n day(s) ago", "", days) if days else self.tr("Today"))
        if days is None:
            self.backup_note.setText(self.tr("No backup has been made of this vault yet. Make one now."))
            self._backup_colour = theme.warning_colour
        elif data.backup_overdue:
            self.backup_note.setText(self.tr("Make a backup: the last one is older than %n day(s).", "",
                                             data.backup_reminder_days))
            self._backup_colour = theme.warning_colour
        else:
            self.backup_note.setText(self.tr("Backups are up to date."))
            self._backup_colour = theme.ok_colour
        self._colour_backup()

    def _colour_backup(self) -> None:
        self.backup_value.setStyleSheet(f"color: {self._backup_colour().name()};")

    def _empty_notes(self) -> None:
        for model, text in (
            (self.tasks_model, self.tr("No tasks due.")),
            (self.reflection_model, self.tr("No reflection period ends in the next %n day(s).", "",
                                            self.data.reflection_window_days if self.data else 14)),
            (self.drafts_model, self.tr("No unfinished intakes.")),
        ):
            if model.rowCount() == 0:
                model.set_items([DashboardItem(text, "", "", -1, placeholder=True)])

    def _open_item(self, index) -> None:
        item: DashboardItem | None = index.data(ItemRole)
        if item is None or item.placeholder:
            return
        self.ctx.navigate.emit(item.page_id, item.kind, item.item_id)

    def on_locked(self) -> None:
        self._serial += 1
        self._clear()
        self.error_label.hide()

    def _clear(self) -> None:
        self.data = None
        for model in (self.tasks_model, self.reflection_model, self.drafts_model):
            model.set_items([])
        for button in self.status_buttons.values():
            button.setText("")
        self.backup_value.clear()
        self.backup_note.clear()
        self.date_label.clear()
        self.demo_label.hide()
