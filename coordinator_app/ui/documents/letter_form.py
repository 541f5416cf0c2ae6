"""The left-hand side of the letter dialog: kind of letter, recipient from the address book, language,
and one checkbox per section (data minimisation: only what is ticked is read and shown).
It holds choices only; the dialog builds, previews, prints and stores."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.reports.letters import letter_title, sections
from coordinator_app.reports.texts import TEMPLATES
from coordinator_app.services.documents import letters
from coordinator_app.ui import theme


@dataclass(frozen=True)
class LetterRequest:
    """What the user chose; the preview's bytes belong to exactly one request."""

    template: str
    organisation_id: int | None
    contact_id: int | None
    sections: tuple[str, ...]
    lang: str
    free_text: str = ""  # the coordinator's own paragraph, printed as typed before the closing


class LetterForm(QWidget):
    changed = Signal()  # any choice changed: the preview is out of date
    add_recipient_requested = Signal()  # the recipient is not in the address book yet

    def __init__(self, ui_lang: str, template: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterForm")
        self._choices: letters.LetterChoices | None = None

        self.case_label = QLabel(self)
        self.case_label.setObjectName("caseLabel")
        self.case_label.setStyleSheet("font-size: 15px; font-weight: 600;")

        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("templateCombo")
        self.template_combo.setAccessibleName(self.tr("Kind of letter"))
        for code in TEMPLATES:
            self.template_combo.addItem(letter_title(code, ui_lang), code)
        self.template_combo.setCurrentIndex(TEMPLATES.index(template if template in TEMPLATES else "handover"))

        self.organisation_combo = QComboBox(self)
        self.organisation_combo.setObjectName("organisationCombo")
        self.organisation_combo.setAccessibleName(self.tr("Recipient organisation"))
        self.organisation_combo.setEditable(True)
        self.organisation_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.contact_combo = QComboBox(self)
        self.contact_combo.setObjectName("contactCombo")
        self.contact_combo.setAccessibleName(self.tr("Recipient contact person"))

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language of the letter"))
        self.language_combo.addItem(self.tr("Dutch"), "nl")
        self.language_combo.addItem(self.tr("English"), "en")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Kind of letter"), self.template_combo)
        form.addRow(self.tr("&Organisation"), self.organisation_combo)
        form.addRow(self.tr("Con&tact person"), self.contact_combo)
        self.add_recipient_button = QPushButton(self.tr("Add to the address &book…"), self)
        self.add_recipient_button.setObjectName("addRecipient")
        self.add_recipient_button.setAccessibleName(self.tr("Add a recipient to the address book"))
        self.add_recipient_button.setToolTip(self.tr("Add a recipient to the address book"))  # when cut off
        self.add_recipient_button.clicked.connect(self.add_recipient_requested)
        form.addRow("", self.add_recipient_button)
        form.addRow(self.tr("&Language"), self.language_combo)
        QWidget.setTabOrder(self.contact_combo, self.add_recipient_button)  # Tab follows the form, top down
        QWidget.setTabOrder(self.add_recipient_button, self.language_combo)

        self.sections_box = QGroupBox(self.tr("What goes into the letter"), self)
        self.sections_box.setObjectName("sectionsBox")
        box_layout = QVBoxLayout(self.sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        for info in sections():
            check = QCheckBox(info.label(ui_lang), self.sections_box)
            check.setObjectName(f"section_{info.code}")
            check.setAccessibleName(info.label(ui_lang))
            check.toggled.connect(self.changed)
            box_layout.addWidget(check)
            self.section_checks[info.code] = check
        hint = QLabel(self.tr("Only what you tick is read from the case and appears in the letter. "
                              "Share no more than the recipient needs."), self.sections_box)
        hint.setObjectName("minimisationHint")
        hint.setWordWrap(True)
        theme.mark(hint, "muted")
        box_layout.addWidget(hint)

        self.free_text = QPlainTextEdit(self)
        self.free_text.setObjectName("letterFreeText")
        self.free_text.setAccessibleName(self.tr("Your own paragraph"))
        self.free_text.setPlaceholderText(self.tr("Your own text for this letter (optional); it is printed as typed."))
        self.free_text.setTabChangesFocus(True)
        self.free_text.setMaximumHeight(110)
        self.free_text.textChanged.connect(self.changed)
        free_label = QLabel(self.tr("Own &paragraph"), self)
        free_label.setBuddy(self.free_text)

        self.font_warning = QLabel(self)
        self.font_warning.setObjectName("fontWarning")
        self.font_warning.setWordWrap(True)
        self.font_warning.setStyleSheet(theme.NOTE_STYLE)
        self.font_warning.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.case_label)
        layout.addLayout(form)
        layout.addWidget(self.sections_box)
        layout.addWidget(free_label)
        layout.addWidget(self.free_text)
        layout.addWidget(self.font_warning)
        layout.addStretch(1)

        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.organisation_combo.currentIndexChanged.connect(self._organisation_changed)
        self.contact_combo.currentIndexChanged.connect(self.changed)
        self.language_combo.currentIndexChanged.connect(self.changed)
        self._apply_default_sections()
        self._enable_recipient()

    # ------------------------------------------------------------------ choices

    def set_choices(self, choices: letters.LetterChoices) -> None:
        """Fill the address book and select the recipient the case suggests."""
        self._choices = choices
        self.case_label.setText(self.tr("Case %1").replace("%1", bidi_isolate(choices.case_number)))
        combo = self.organisation_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— no recipient —"), None)
        for org in choices.organisations:
            combo.addItem(bidi_isolate(org.name), org.id)  # an override cannot reorder the list
        index = combo.findData(choices.suggested_organisation_id) if choices.suggested_organisation_id else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._fill_contacts(choices.suggested_contact_id)
        self.changed.emit()

    def select_recipient(self, kind: str, item_id: int) -> None:
        """Select an organisation or a contact person (with their organisation) in the combos."""
        if kind == "contact" and self._choices is not None:
            person = next((c for c in self._choices.contacts if c.id == item_id), None)
            org_index = self.organisation_combo.findData(person.organisation_id if person else None)
            self.organisation_combo.setCurrentIndex(max(org_index, 0))
            self._fill_contacts(item_id)
        else:
            self.organisation_combo.setCurrentIndex(max(self.organisation_combo.findData(item_id), 0))
            self._fill_contacts()
        self.changed.emit()

    def clear(self) -> None:
        self._choices = None
        for combo in (self.organisation_combo, self.contact_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.case_label.clear()
        self.font_warning.hide()

    def _fill_contacts(self, select_id: int | None = None) -> None:
        org_id = self.organisation_combo.currentData()
        combo = self.contact_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— no contact person —"), None)
        for person in self._choices.contacts if self._choices else ():
            if org_id is None or person.organisation_id == org_id:
                combo.addItem(bidi_isolate(person.name), person.id)
        index = combo.findData(select_id) if select_id is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _organisation_changed(self) -> None:
        self._fill_contacts()
        self.changed.emit()

    def _template_changed(self) -> None:
        self._enable_recipient()
        self._apply_default_sections()
        self.changed.emit()

    def _enable_recipient(self) -> None:
        needs = self.template() in letters.NEEDS_RECIPIENT
        self.organisation_combo.setEnabled(needs)
        self.contact_combo.setEnabled(needs)
        self.add_recipient_button.setEnabled(needs)

    def _apply_default_sections(self) -> None:
        chosen = letters.DEFAULT_SECTIONS[self.template()]
        for code, check in self.section_checks.items():
            check.blockSignals(True)
            check.setChecked(code in chosen)
            check.blockSignals(False)

    # ------------------------------------------------------------------ state

    def template(self) -> str:
        return str(self.template_combo.currentData())

    def request(self) -> LetterRequest:
        template = self.template()
        needs = template in letters.NEEDS_RECIPIENT
        return LetterRequest(
            template=template,
            organisation_id=self.organisation_combo.currentData() if needs else None,
            contact_id=self.contact_combo.currentData() if needs else None,
            sections=tuple(code for code, check in self.section_checks.items() if check.isChecked()),
            lang=str(self.language_combo.currentData()),
            free_text=self.free_text.toPlainText(),
        )

    def lacks_recipient(self) -> bool:
        request = self.request()
        return request.template in letters.NEEDS_RECIPIENT and request.organisation_id is None \
            and request.contact_id is None

    def set_sections(self, codes: list[str] | tuple[str, ...]) -> None:
        """Tick exactly these sections."""
        for code, check in self.section_checks.items():
            check.setChecked(code in codes)

    def show_missing_glyphs(self, missing: str) -> None:
        """Warn about characters the letter font cannot print (they would show as empty boxes)."""
        if missing:
            self.font_warning.setText(self.tr(
                "Some characters cannot be printed with the letter font and will show as empty boxes: %1. "
                "Add a spelling in Latin letters to the case, for example next to the name."
            ).replace("%1", " ".join(map(bidi_isolate, missing))))
        self.font_warning.setVisible(bool(missing))
