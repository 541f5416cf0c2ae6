"""The settings page: municipality and letterhead (name, address, logo), the coordinator's
details, locking, backups, retention and the suppression threshold (all stored in the vault via
`services/settings.set_many`, checked by `services/settings_form`), the language (QSettings; takes
effect on the next start), light or dark colours (QSettings; at once) and the vault's secrets (change
passphrase, renew recovery code).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.db import keys
from coordinator_app.errors import message
from coordinator_app.services.settings import form as settings_form
from coordinator_app.services.settings import settings
from coordinator_app.services.settings.defaults import Settings, SettingValue
from coordinator_app.services.settings.form import SettingsForm
from coordinator_app.ui import i18n, theme
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import error_text
from coordinator_app.ui.flow import FlowLayout
from coordinator_app.ui.page import Page
from coordinator_app.ui.settings.secrets import ChangePassphraseDialog, RenewRecoveryCodeDialog
from coordinator_app.ui.worker import run_db

LOGO_MAX_PX = 600


class SettingsPage(Page):
    page_id = "settings"
    kdf_profile: keys.KdfProfile = keys.PRODUCTION  # tests set keys.TEST_ONLY

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loaded: dict[str, SettingValue] = {}  # what the vault holds, by setting
        self._logo = ""
        self._dirty = False
        self._lock_notice = ""  # what save_pending() did at the last lock; shown after the next unlock
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        body = QWidget(self)
        columns = FlowLayout(body, spacing=16, align=Qt.AlignmentFlag.AlignTop)  # one column under the other
        columns.setContentsMargins(16, 4, 16, 16)  # when the window is too narrow for both side by side
        left_column, right_column = QWidget(body), QWidget(body)
        left, right = QVBoxLayout(left_column), QVBoxLayout(right_column)
        for column in (left_column, right_column):
            column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            column.layout().setContentsMargins(0, 0, 0, 0)
        left.addWidget(self._municipality_group(body))
        left.addWidget(self._coordinator_group(body))
        left.addStretch(1)
        right.addWidget(self._security_group(body))
        right.addWidget(self._backup_group(body))
        right.addWidget(self._retention_group(body))
        right.addWidget(self._language_group(body))
        right.addWidget(self._appearance_group(body))
        right.addStretch(1)
        columns.addWidget(left_column)
        columns.addWidget(right_column)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own; it follows the focus
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.save_button = QPushButton(self.tr("&Save settings"), self, objectName="settingsSave")
        self.save_button.setProperty("primary", True)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self, objectName="settingsStatus")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(16, 0, 16, 10)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._lock_notice_box())
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        for widget in self.fields.values():
            signal = getattr(widget, "textChanged", None) or getattr(widget, "valueChanged", None)
            signal = signal or getattr(widget, "toggled", None) or getattr(widget, "currentIndexChanged", None)
            signal.connect(self._mark_dirty)
        self.language.currentIndexChanged.connect(self._mark_dirty)
        self.setEnabled(False)

    def title(self) -> str:
        return self.tr("Settings")

    def _lock_notice_box(self) -> QFrame:
        """What happened to unsaved edits at the last lock; stays until "Read" is pressed."""
        box = QFrame(self, objectName="settingsLockNotice")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(box)
        row.setContentsMargins(16, 8, 16, 8)
        self.lock_notice_text = QLabel(box, objectName="settingsLockNoticeText")
        self.lock_notice_text.setWordWrap(True)
        self.lock_notice_text.setTextFormat(Qt.TextFormat.PlainText)
        self.lock_notice_read = QPushButton(self.tr("Read"), box, objectName="settingsLockNoticeRead")
        self.lock_notice_read.setAccessibleName(self.tr("Read"))
        self.lock_notice_read.clicked.connect(self.dismiss_lock_notice)
        row.addWidget(self.lock_notice_text, 1)
        row.addWidget(self.lock_notice_read, 0, Qt.AlignmentFlag.AlignTop)
        box.hide()
        self.lock_notice = box
        return box

    def _open_for_notice(self) -> None:
        if self.ctx.is_unlocked and self._lock_notice:
            self.ctx.navigate.emit(self.page_id, "", -1)

    def dismiss_lock_notice(self) -> None:
        self._lock_notice = ""
        self.lock_notice_text.clear()
        self.lock_notice.hide()

    # --- building ---------------------------------------------------------------------------------

    def _row(self, form: QFormLayout, key: str, text: str, widget: QWidget, help_text: str = "") -> None:
        widget.setObjectName(f"setting_{key}")
        name = text or getattr(widget, "text", lambda: "")()
        widget.setAccessibleName(name.replace("&", "").rstrip(":"))
        error = QLabel(widget.parentWidget(), objectName=f"error_{key}")
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        if help_text:
            note = QLabel(help_text, widget.parentWidget())
            note.setProperty("role", "muted")
            note.setWordWrap(True)
            box.addWidget(note)
        box.addWidget(error)
        label = QLabel(text, widget.parentWidget())
        label.setBuddy(widget)
        form.addRow(label, box)
        self.fields[key] = widget
        self.errors[key] = error

    def _group(self, parent: QWidget, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title, parent)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above its field
        return group, form

    def _spin(self, parent: QWidget, key: str, suffix: str | Callable[[int], str]) -> QSpinBox:
        """A number field; `suffix` a fixed text or, for a unit, a tr() with %n (1 dag, 2 dagen)."""
        spin = QSpinBox(parent)
        low, high = settings_form.RANGES[key]
        spin.setRange(low, high)
        if callable(suffix):
            i18n.numerus_suffix(spin, suffix)
        else:
            spin.setSuffix(suffix)
        spin.setMaximumWidth(240)
        return spin

    def _municipality_group(self, parent: QWidget) -> QGroupBox:
        group, form = self._group(parent, self.tr("Municipality and letterhead"))
        self._row(form, "municipality_name", self.tr("&Name:"), QLineEdit(group))
        address = QPlainTextEdit(group)
        address.setTabChangesFocus(True)
        address.setFixedHeight(70)
        self._row(form, "municipality_address", self.tr("A&ddress:"), address, self.tr("One line per address line."))
        self.logo_preview = QLabel(group, objectName="logoPreview")
        self.logo_preview.setFixedSize(180, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        choose = QPushButton(self.tr("Choose &logo…"), group, objectName="chooseLogo")
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Remove logo"), group, objectName="removeLogo")
        remove.clicked.connect(lambda: self.set_logo(""))
        logo_row = FlowLayout()  # wraps onto a second line in a narrow column
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        self.logo_error = QLabel(group, objectName="error_municipality_logo_png")
        self.logo_error.setProperty("role", "error")
        self.errors["municipality_logo_png"] = self.logo_error
        box = QVBoxLayout()
        box.addLayout(logo_row)
        box.addWidget(self.logo_error)
        form.addRow(self.tr("Logo:"), box)
        return group

    def _coordinator_group(self, parent: QWidget) -> QGroupBox:
        group, form = self._group(parent, self.tr("Coordinator (signs the letters)"))
        self._row(form, "coordinator_name", self.tr("N&ame:"), QLineEdit(group))
        self._row(form, "coordinator_function", self.tr("F&unction:"), QLineEdit(group))
        self._row(form, "coordinator_phone", self.tr("Ph&one:"), QLineEdit(group))
        self._row(form, "coordinator_email", self.tr("&E-mail:"), QLineEdit(group))
        return group

    def _security_group(self, parent: QWidget) -> QGroupBox:
        group, form = self._group(parent, self.tr("Security"))
        minutes = self._spin(group, "idle_lock_minutes", lambda n: self.tr("%n minute(s)", "", n))
        self._row(form, "idle_lock_minutes", self.tr("Lock after &idle:"), minutes)
        self._row(form, "lock_on_minimise", "", QCheckBox(self.tr("Lock when the window is &minimised"), group))
        change = QPushButton(self.tr("Change &passphrase…"), group, objectName="changePassphrase")
        change.clicked.connect(self.change_passphrase)
        renew = QPushButton(self.tr("Renew &recovery code…"), group, objectName="renewRecoveryCode")
        renew.clicked.connect(self.renew_recovery_code)
        row = FlowLayout()  # wraps onto a second line in a narrow column
        row.addWidget(change)
        row.addWidget(renew)
        form.addRow("", row)
        return group

    def _backup_group(self, parent: QWidget) -> QGroupBox:
        group, form = self._group(parent, self.tr("Backups"))
        folder = QLineEdit(group)
        browse = QPushButton(self.tr("Bro&wse…"), group, objectName="browseBackupFolder")
        browse.clicked.connect(self.choose_backup_folder)
        self._row(form, "backup_folder", self.tr("Backup folder:"), folder,
                  self.tr("For example a USB stick or a network share."))
        box = form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.FieldRole).layout()
        box.removeWidget(folder)
        line = QHBoxLayout()
        line.addWidget(folder, 1)
        line.addWidget(browse)
        box.insertLayout(0, line)
        self._row(form, "backup_reminder_days", self.tr("Remind after:"),
                  self._spin(group, "backup_reminder_days", lambda n: self.tr("%n day(s)", "", n)))
        keep = self._spin(group, "backup_keep", lambda n: self.tr("%n backup(s)", "", n))
        self._row(form, "backup_keep", self.tr("Keep:"), keep)
        return group

    def _retention_group(self, parent: QWidget) -> QGroupBox:
        group, form = self._group(parent, self.tr("Retention and reporting"))
        self._row(form, "retention_years_closed", self.tr("Closed &case files:"),
                  self._spin(group, "retention_years_closed",
                             lambda n: self.tr("%n year(s) after closing", "", n)))
        self._row(form, "retention_years_signal", self.tr("Signals without a case:"),
                  self._spin(group, "retention_years_signal", lambda n: self.tr("%n year(s)", "", n)))
        self._row(form, "suppression_threshold", self.tr("Small numbers &below:"),
                  self._spin(group, "suppression_threshold", ""),
                  self.tr("Counts from 1 up to this number are hidden in quarterly reports."))
        return group

    def _language_group(self, parent: QWidget) -> QGroupBox:
        group, form = self._group(parent, self.tr("Language"))
        self.language = QComboBox(group, objectName="setting_language")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Language"))
        label = QLabel(self.tr("Interface:"), group)
        label.setBuddy(self.language)
        note = QLabel(self.tr("A new language takes effect the next time Coordinator starts."), group)
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        box = QVBoxLayout()
        box.addWidget(self.language)
        box.addWidget(note)
        form.addRow(label, box)
        return group

    def _appearance_group(self, parent: QWidget) -> QGroupBox:
        """Light, dark, or as the system says: radio buttons, taking effect at once when saved."""
        group, form = self._group(parent, self.tr("Appearance"))
        row = QHBoxLayout()
        self.scheme_buttons: dict[str, QRadioButton] = {}
        for scheme, text in (("system", self.tr("As the s&ystem")), ("light", self.tr("Ligh&t")),
                             ("dark", self.tr("Dar&k"))):
            button = QRadioButton(text, group, objectName=f"setting_scheme_{scheme}")
            button.setAccessibleName(self.tr("Colours: %1").replace("%1", button.text().replace("&", "")))
            button.toggled.connect(self._mark_dirty)
            self.scheme_buttons[scheme] = button
            row.addWidget(button)
        row.addStretch(1)
        form.addRow(self.tr("Colours:"), row)
        return group

    def chosen_scheme(self) -> str:
        return next((s for s, b in self.scheme_buttons.items() if b.isChecked()), "system")

    # --- loading and saving -----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        if self._lock_notice:
            self.lock_notice_text.setText(self._lock_notice)
            self.lock_notice.show()
            # after the shell has restored the page it was on: this page, so the notice is seen
            QTimer.singleShot(0, self, self._open_for_notice)
        vault = self.ctx.vault
        run_db(lambda _c: settings.get_all(vault), self._fill, lambda exc: self.status.setText(error_text(exc)))

    def _fill(self, values: Settings) -> None:
        if not self.ctx.is_unlocked:
            return
        self._loaded = {f.name: getattr(values, f.name) for f in fields(values)}
        for key, widget in self.fields.items():
            value = self._shown(key, self._loaded[key])
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QSpinBox):
                widget.setValue(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value)
        self.set_logo(values.municipality_logo_png, mark=False)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.saved_language())))
        self.scheme_buttons[theme.saved_scheme()].setChecked(True)
        self._clear_errors()
        self.status.clear()
        self._dirty = False
        self.setEnabled(True)

    def _shown(self, key: str, value: Any) -> Any:
        """A stored value as its field shows it (what `values()` returns while it is unedited)."""
        widget = self.fields.get(key)
        if isinstance(widget, QPlainTextEdit):
            return "\n".join(value or []) if isinstance(value, list) else str(value or "")
        if isinstance(widget, QSpinBox):
            return int(value or widget.minimum())
        if isinstance(widget, QCheckBox):
            return bool(value)
        return str(value or "")  # line edits and the logo (base64 text)

    def _setting_name(self, key: str) -> str:
        widget = self.fields.get(key)
        return widget.accessibleName() if widget is not None else self.tr("Logo")

    def values(self) -> SettingsForm:
        """What the fields hold now, as typed."""
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                out[key] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
        out["municipality_logo_png"] = self._logo
        return SettingsForm(**out)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def save(self) -> None:
        """Check every field; show each problem under its field; store when all are right."""
        self._clear_errors()
        try:
            clean = settings_form.clean(self.values())
        except settings_form.FieldError as exc:
            for key, text in exc.field_messages().items():
                if key in self.errors:
                    self.errors[key].setText(text)
                    self.errors[key].show()
            self.status.setText(message("validation_failed"))
            self.status.setProperty("role", "error")
            self.status.style().polish(self.status)
            return
        lang = self.language.currentData()
        if lang != i18n.saved_language():
            i18n.save_language(lang)
        if self.chosen_scheme() != theme.saved_scheme():
            theme.save_scheme(self.chosen_scheme())  # light or dark at once, every window
        vault = self.ctx.vault
        self.save_button.setEnabled(False)
        run_db(lambda _c: settings.set_many(vault, clean), lambda _r: self._saved(clean), self._save_failed)

    def _saved(self, clean: dict[str, SettingValue]) -> None:
        self.save_button.setEnabled(True)
        self._loaded.update(clean)
        self._dirty = False
        self.status.setProperty("role", "muted")
        self.status.style().polish(self.status)
        self.status.setText(self.tr("Settings saved."))
        self.ctx.notify("settings")

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(error_text(exc))

    def _mark_dirty(self, *_args) -> None:
        self._dirty = True

    def has_unsaved_changes(self) -> bool:
        return self._dirty and self.ctx.is_unlocked

    def save_pending(self) -> None:
        """Before a lock: store every edited setting that is valid (language and colours included); an invalid
        edit is not kept (the old value stays). After the next unlock the page says which were saved and which
        were not."""
        if not self.has_unsaved_changes():
            return
        saved: dict[str, SettingValue] = {}
        refused: dict[str, str] = {}
        for key, value in self.values().given().items():
            if value == self._shown(key, self._loaded.get(key)):
                continue  # not edited
            try:
                saved.update(settings_form.clean(SettingsForm(**{key: value})))
            except settings_form.FieldError as exc:
                refused.update(exc.field_messages())
        here: list[str] = []  # kept on this computer (QSettings), not in the vault
        lang = self.language.currentData()
        if lang != i18n.saved_language():
            i18n.save_language(lang)
            here.append(self.tr("Language"))
        if self.chosen_scheme() != theme.saved_scheme():
            theme.save_scheme(self.chosen_scheme())
            here.append(self.tr("Appearance"))
        self._dirty = False
        in_vault = [self._setting_name(key) for key in saved]

        def notice(failure: str = "") -> str:
            lines = []
            done = here if failure else in_vault + here
            if failure:
                lines.append(self.tr("When Coordinator was locked, these unsaved settings could not be saved: %1 (%2).")
                             .replace("%1", ", ".join(in_vault)).replace("%2", failure))
            if done:
                lines.append(self.tr("When Coordinator was locked, these unsaved settings were saved: %1.")
                             .replace("%1", ", ".join(done)))
            if refused:
                lines.append(self.tr("Not kept, because they were not valid (the previous value still applies):"))
                lines.extend(f"- {self._setting_name(key)}: {text}" for key, text in refused.items())
            return "\n".join(lines)

        self._lock_notice = notice()
        if not saved:
            return
        vault = self.ctx.vault

        def failed(exc: BaseException) -> None:
            self._lock_notice = notice(error_text(exc))

        run_db(lambda _c: settings.set_many(vault, saved), None, failed)

    def on_locked(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.clear()
        self.set_logo("", mark=False)
        self._loaded = {}
        self._clear_errors()
        self.status.clear()
        self._dirty = False
        self.setEnabled(False)

    # --- logo, folder, secrets --------------------------------------------------------------------

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose logo"), "",
                                                    self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo_from_file(path)

    def set_logo_from_file(self, path: str) -> bool:
        """Read an image, scale it to at most 600 px and keep it as base64 PNG. False (with a message) if unreadable."""
        image = QImage(path)
        self.logo_error.clear()
        if image.isNull():
            self.logo_error.setText(message("logo_unreadable"))
            self.logo_error.show()
            return False
        if max(image.width(), image.height()) > LOGO_MAX_PX:
            image = image.scaled(LOGO_MAX_PX, LOGO_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        self.set_logo(base64.b64encode(bytes(data)).decode("ascii"))
        return True

    def set_logo(self, logo_b64: str, mark: bool = True) -> None:
        self._logo = logo_b64
        pixmap = QPixmap()
        if logo_b64 and pixmap.loadFromData(base64.b64decode(logo_b64)):
            self.logo_preview.setPixmap(pixmap.scaled(self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo") if not logo_b64 else "")
        if mark:
            self._dirty = True

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"))
        if folder:
            self.fields["backup_folder"].setText(folder)  # type: ignore[attr-defined]

    def change_passphrase(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self.ctx, self, self.kdf_profile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def renew_recovery_code(self) -> RenewRecoveryCodeDialog:
        dialog = RenewRecoveryCodeDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
