"""The Netwerk page's bulk actions: merging duplicates, importing a vCard/CSV file (preview first) and
exporting (after the warning that the file is not encrypted). Mixed into NetworkPage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.services.network import contacts_csv, duplicates, importing, listing, vcard
from coordinator_app.services.search import persons
from coordinator_app.ui.network.merge_dialog import MergeDialog
from coordinator_app.ui.network.transfer import ExportDialog, ImportPreviewDialog
from coordinator_app.ui.save_names import documents_folder, suggested_path
from coordinator_app.ui.worker import run_db

translate = QCoreApplication.translate


class BulkActions:
    """Needs from the page: ctx, model, dialog, count, duplicate_hint, import_button, import_progress,
    selected_rows(), _after_write(), _failed()."""

    ctx: Any
    model: Any
    dialog: Any
    count: Any
    duplicate_hint: Any
    import_button: Any
    import_progress: Any

    # --- merge ---------------------------------------------------------------------------------
    def open_merge(self) -> None:
        """Two selected entries of one kind: merge those. Otherwise: every duplicate group found."""
        vault = self.ctx.vault
        chosen = self.selected_rows()

        def load(_c: Any) -> list[tuple[duplicates.DuplicateGroup, list[listing.NetworkRow]]]:
            rows = {(r.kind, r.id): r for r in listing.list_network(vault)}
            if len(chosen) >= 2 and len({r.kind for r in chosen}) == 1:
                groups = [duplicates.DuplicateGroup(chosen[0].kind, tuple(r.id for r in chosen), ())]
            else:  # the same name, phone or e-mail first; then names that only resemble ("lijkt op")
                groups = duplicates.find_duplicates(vault)
                together = [(g.kind, set(g.ids)) for g in groups]
                groups += [duplicates.DuplicateGroup(kind, ids, ("similar_name",))
                           for kind, ids in persons.similar_network_groups(list(rows.values()))
                           if not any(k == kind and set(ids) <= t for k, t in together)]
            return [(g, [rows[(g.kind, i)] for i in g.ids if (g.kind, i) in rows]) for g in groups]

        run_db(load, self._show_merge, self._failed)

    def _show_merge(self, groups: list[Any]) -> None:
        if not self.ctx.is_unlocked:
            return
        dialog = MergeDialog(groups, self)
        dialog.merge_requested.connect(lambda kind, keep, others: self._merge(dialog, kind, keep, others))
        self.dialog = dialog
        dialog.open()

    def _merge(self, dialog: MergeDialog, kind: str, keep: int, others: list[int]) -> None:
        vault = self.ctx.vault
        merge = duplicates.merge_contacts if kind == "contact" else duplicates.merge_organisations

        def work(_c: Any) -> None:
            for other in others:
                merge(vault, keep, other)

        def done(_r: Any) -> None:
            dialog.merged()
            self.duplicate_hint.setVisible(False)
            self._after_write(kind, keep)

        run_db(work, done, self._failed)

    # --- import / export -----------------------------------------------------------------------
    def choose_import_file(self) -> None:
        kinds = translate("NetworkPage", "Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv)")
        dialog = QFileDialog(self, translate("NetworkPage", "Import contacts"), str(documents_folder()), kinds)
        dialog.setObjectName("importFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_file)
        self.dialog = dialog
        dialog.open()

    def import_file(self, path: str, ignore_columns: bool = False) -> None:
        """Read and check a .vcf or .csv file (nothing is written), then show the preview. A CSV file with
        columns that are not recognised: they are listed first and the import goes on only when asked."""
        vault = self.ctx.vault
        bar = self.import_progress
        bar.setRange(0, 0)  # busy while the file is read; then entries checked of all
        bar.setFormat(translate("NetworkPage", "Reading the file…"))
        bar.setVisible(True)
        self.import_button.setEnabled(False)  # one import at a time

        def work(control: Any) -> list[importing.ImportItem] | contacts_csv.UnknownColumns:
            data = importing.read_import_file(path)
            is_csv = path.lower().endswith(".csv")
            try:
                items = contacts_csv.parse_csv(data, ignore_columns=ignore_columns) if is_csv \
                    else vcard.parse_vcards(data)
            except contacts_csv.UnknownColumns as exc:
                return exc
            control.progress(0, len(items))
            return importing.prepare(vault, items, progress=control.progress)

        def progress(done: int, total: int) -> None:
            bar.setRange(0, total)
            bar.setValue(done)
            bar.setFormat(translate("NetworkPage", "Checking entry %v of %m…"))

        def finished() -> None:
            bar.setVisible(False)
            self.import_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            finished()
            self._failed(exc)

        def show(items: list[importing.ImportItem] | contacts_csv.UnknownColumns) -> None:
            finished()
            if not self.ctx.is_unlocked:
                return
            if isinstance(items, contacts_csv.UnknownColumns):
                self._ask_unknown_columns(path, items)
                return
            dialog = ImportPreviewDialog(self.ctx, items, Path(path).name, self)
            dialog.imported.connect(self._imported)
            self.dialog = dialog
            dialog.open()

        run_db(work, show, failed, progress)

    def _ask_unknown_columns(self, path: str, exc: contacts_csv.UnknownColumns) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, translate("NetworkPage", "Columns not recognised"),
                          exc.message() + "\n\n" + translate(
                              "NetworkPage", "Go on without these columns? Their values are not imported. "
                              "Nothing has been written yet."), parent=self)
        box.setObjectName("unknownColumnsDialog")
        go_on = box.addButton(translate("NetworkPage", "&Go on without them"), QMessageBox.ButtonRole.AcceptRole)
        go_on.setObjectName("ignoreColumnsButton")
        box.addButton(translate("NetworkPage", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go_on)
        box.buttonClicked.connect(lambda button: self.import_file(path, True) if button is go_on else None)
        self.dialog = box
        box.open()

    def _imported(self, result: importing.ImportResult) -> None:
        self.show_notice(translate("NetworkPage", "Imported: %1 organisations and %2 people; %3 entries skipped.")
                         .replace("%1", str(result.organisations_added)).replace("%2", str(result.contacts_added))
                         .replace("%3", str(result.skipped)))

    def open_export(self) -> None:
        selected = self.selected_rows()
        shown = self.model.rows()
        vault = self.ctx.vault

        def show(total: int) -> None:
            dialog = ExportDialog(len(selected), len(shown), total, self)
            dialog.chosen.connect(lambda scope, fmt: self.choose_export_file(scope, fmt))
            self.dialog = dialog
            dialog.open()

        run_db(lambda _c: len(listing.list_network(vault)), show, self._failed)

    def choose_export_file(self, scope: str, fmt: str) -> None:
        suffix = ".csv" if fmt == "csv" else ".vcf"
        kinds = translate("NetworkPage", "CSV (*.csv)") if fmt == "csv" else translate("NetworkPage", "vCard (*.vcf)")
        dialog = QFileDialog(self, translate("NetworkPage", "Export contacts (not encrypted)"),
                             suggested_path("export", suffix), kinds)
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix[1:])
        dialog.fileSelected.connect(lambda path: self.export_to(path, scope, fmt))
        self.dialog = dialog
        dialog.open()

    def export_to(self, path: str, scope: str, fmt: str) -> None:
        vault = self.ctx.vault
        rows = self.selected_rows() if scope == "selected" else self.model.rows()

        def work(_c: Any) -> int:
            chosen = listing.list_network(vault) if scope == "all" else rows
            people = [r.id for r in chosen if r.kind == "contact"]
            orgs = [r.id for r in chosen if r.kind == "organisation"]
            if fmt == "csv":
                contacts_csv.write_csv(vault, path, people, orgs)
            else:
                vcard.write_vcards(vault, path, people, orgs, "4.0" if fmt == "vcard4" else "3.0")
            return len(chosen)

        def done(count: int) -> None:
            self.show_notice(translate("NetworkPage", "%1 entries exported to %2. This file is not encrypted.")
                             .replace("%1", str(count)).replace("%2", bidi_isolate(Path(path).name)))

        run_db(work, done, self._failed)
