"""Qt's own dialogs speak Dutch (issue 18): the file dialog's labels, buttons and columns come from
qtbase_nl plus the few strings it lacks ("&Look in:", "Files of &type:"), which resources/i18n adds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

from tests.ui.shell_fixtures import compile_translations

ENGLISH = {"Look in:", "Files of type:", "File name:", "Save", "Open", "Cancel", "Back", "Forward", "Parent Directory",
           "Create New Folder", "List View", "Detail View", "Name", "Size", "Date Modified"}


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen])
def test_file_dialog_is_dutch(qtbot, qapp, mode) -> None:
    from coordinator_app.ui import i18n

    compile_translations()
    i18n.install(qapp, "nl")
    try:
        dialog = QFileDialog(None, "Brief opslaan", "", "PDF (*.pdf)")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.show()
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        texts += [b.text() or b.toolTip() for b in dialog.findChildren(QAbstractButton)]
        for view in dialog.findChildren(QTreeView):
            model = view.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        shown = {t.replace("&", "") for t in texts}
        assert "Zoeken in:" in shown and "Bestandstype:" in shown
        assert shown & ENGLISH == set(), shown & ENGLISH
        assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Bestands&type:"
    finally:
        i18n.uninstall(qapp)
