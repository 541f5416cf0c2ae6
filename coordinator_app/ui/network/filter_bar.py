"""The search field and filters above the network list (type, municipality, specialism, shelter places)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from coordinator_app import codes
from coordinator_app.errors import current_language
from coordinator_app.services.network.listing import NetworkFilter
from coordinator_app.services.search.index import MAX_QUERY
from coordinator_app.ui.flow import FlowLayout
from coordinator_app.ui.network import forms, labels


class FilterBar(QWidget):
    changed = Signal()  # debounced: the filter changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkFilters")
        lang = current_language()
        flow = FlowLayout(self)  # label and field pairs; they wrap onto more lines in a narrow pane
        self.search = QLineEdit()
        self.search.setObjectName("networkSearch")
        self.search.setMaxLength(MAX_QUERY)  # issue 21: a 100,000-character filter took minutes
        self.search.setPlaceholderText(self.tr("Search name, organisation, function, phone, e-mail, notes…"))
        self.search.setClearButtonEnabled(True)
        self.kind = forms.combo([("all", self.tr("Everything")),
                                 ("organisation", self.tr("Organisations")), ("contact", self.tr("People"))])
        types = [(None, self.tr("All types"))] + [(c, codes.label("org_type", c, lang))
                                                    for c in codes.code_list("org_type")]
        self.org_type = forms.combo(types)
        towns = [(None, self.tr("All municipalities"))] + [(c, codes.label("municipality", c, lang))
                                                             for c in codes.code_list("municipality")]
        self.municipality = forms.combo(towns)
        self.specialism = QLineEdit()
        self.specialism.setObjectName("filterSpecialism")
        self.specialism.setPlaceholderText(self.tr("e.g. minors"))
        self.specialism.setClearButtonEnabled(True)
        self._specialisms = QStringListModel(self)
        completer = QCompleter(self._specialisms, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.specialism.setCompleter(completer)
        rooms = [(None, self.tr("(no filter)"))] + [
            (code, self.tr("Places free for %1").replace("%1", text.lower()))
            for code, text in labels.target_groups().items() if code in ("women", "men", "minors")]
        self.shelter = forms.combo(rooms)
        entries = (
            (self.tr("&Search:"), self.search, "networkSearch", 0, 0, 3),
            (self.tr("Sho&w:"), self.kind, "filterKind", 0, 4, 1),
            (self.tr("T&ype:"), self.org_type, "filterType", 1, 0, 1),
            (self.tr("M&unicipality:"), self.municipality, "filterMunicipality", 1, 2, 3),
            (self.tr("Spe&cialism:"), self.specialism, "filterSpecialism", 2, 0, 1),
            (self.tr("Shelte&r:"), self.shelter, "filterShelter", 2, 2, 3),
        )
        for text, widget, name, _row, _column, _span in entries:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setObjectName(name)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            pair = QWidget(self)
            row_layout = QHBoxLayout(pair)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(label)
            row_layout.addWidget(widget, 1)
            flow.addWidget(pair)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(lambda: self.changed.emit())
        self.search.textChanged.connect(self._timer.start)
        self.specialism.textChanged.connect(self._timer.start)
        for box in (self.kind, self.org_type, self.municipality, self.shelter):
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> NetworkFilter:
        return NetworkFilter(
            text=self.search.text(), kind=self.kind.currentData() or "all", org_type=self.org_type.currentData(),
            municipality=self.municipality.currentData(), specialism=self.specialism.text(),
            shelter_room_for=self.shelter.currentData(),
        )

    def is_empty(self) -> bool:
        f = self.value()
        return not (f.text or f.org_type or f.municipality or f.specialism or f.shelter_room_for) and f.kind == "all"

    def set_specialisms(self, values: list[str]) -> None:
        self._specialisms.setStringList(values)

    def reset(self) -> None:
        """Clear every filter (e.g. to show an item that the filters hide), without a signal per field."""
        widgets = (self.search, self.specialism, self.kind, self.org_type, self.municipality, self.shelter)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.specialism.clear()
        for box in (self.kind, self.org_type, self.municipality, self.shelter):
            box.setCurrentIndex(0)
        for w in widgets:
            w.blockSignals(False)
        self._timer.stop()
