"""The error dialog shows a value from the user isolated — a folder, file or column in the message and in the field
messages of a ValidationError (FSI ... PDI), so a right-to-left name or an override cannot reorder the sentence;
the exception keeps its values. Oracle: the texts of messages*.toml with the value put between U+2068 and U+2069
by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from coordinator_app.errors import MessageCode, ValidationError, message
from coordinator_app.ui.error_dialog import error_text, show_error

FSI, PDI = "\u2068", "\u2069"
COLUMN = "\u202eadres (privé)"
ROW_COLUMN = "\u202bعنوان"


def _error() -> ValidationError:
    return ValidationError({"file": MessageCode("import_repeated_column", column=COLUMN)},
                           code="import_joined_too_long", row=3, length=5000, maximum=4000, column=ROW_COLUMN)


def test_field_messages_name_the_users_value_isolated() -> None:
    exc = _error()
    expected = (message("import_joined_too_long", "nl", row=3, length=5000, maximum=4000,
                        column=f"{FSI}{ROW_COLUMN}{PDI}")
                + " " + message("import_repeated_column", "nl", column=f"{FSI}{COLUMN}{PDI}"))
    assert error_text(exc) == expected
    # the error itself is unchanged: its values and its field messages as they were
    assert exc.params == {"row": 3, "length": 5000, "maximum": 4000, "column": ROW_COLUMN}
    assert exc.errors["file"].params == {"column": COLUMN}  # type: ignore[attr-defined]
    assert exc.field_messages("nl") == {"file": message("import_repeated_column", "nl", column=COLUMN)}


def test_the_dialog_shows_the_isolated_text(qtbot) -> None:
    exc = _error()
    show_error(None, exc)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert f"{FSI}{COLUMN}{PDI}" in box.text() and f"{FSI}{ROW_COLUMN}{PDI}" in box.text()
    assert COLUMN not in box.text().replace(f"{FSI}{COLUMN}{PDI}", "")
    box.close()


def test_messages_next_to_form_fields_isolate_the_users_value(qapp) -> None:
    """The forms (case tabs, network, intake summary) show field messages through shown_field_messages."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    from coordinator_app.domain.text import shown_field_messages
    from coordinator_app.ui.network.forms import show_errors

    exc = _error()
    expected = message("import_repeated_column", "nl", column=f"{FSI}{COLUMN}{PDI}")
    assert shown_field_messages(exc, "nl") == {"file": expected}
    field, summary = QLineEdit(), QLabel()
    show_errors(exc, {"file": field}, summary)
    assert field.accessibleDescription() == expected
    assert f"{FSI}{COLUMN}{PDI}" in summary.text()
    assert COLUMN not in summary.text().replace(f"{FSI}{COLUMN}{PDI}", "")
