"""Audit: every value put into a translated sentence ("%1" placeholders), a window title, a tool tip or an
accessible name in coordinator_app/ui, and every value an f-string or a `+` adds to a translated text, is
either isolated with `bidi_isolate` (FSI ... PDI, so an Arabic or Hebrew name or a right-to-left override
cannot reorder the sentence) or is, by construction, not text from the user or a file (a number, a date, a
translated label). The walk is over the source (AST), so a new sentence is audited the day it is written,
and removing one `bidi_isolate` makes this test fail.

How a value counts as handled: a literal; a `bidi_isolate(...)` call; a translated string (`tr`/`translate`,
with its own placeholders handled); a call of a formatter of numbers, dates or code labels (FORMATTERS); a
join or f-string whose parts are all handled; a local name whose every assignment in the function is handled.
What remains must be listed in NOT_USER_DATA with the reason; the list is checked to hold no stale entry.
The behaviour itself (that the isolates are in the shown text) is checked with an RTL name in
test_bidi_isolation_shown.py."""

from __future__ import annotations

import ast
import datetime as dt
import unicodedata
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt

from tests.helpers import ROOT

UI = ROOT / "coordinator_app" / "ui"
SINKS = {"setWindowTitle", "setToolTip", "setAccessibleName", "setAccessibleDescription", "setStatusTip",
         "showMessage", "setWhatsThis"}
TRANSLATE = {"tr", "translate", "_tr"}
# Formatters whose result is a number, a date, a size or a label from a code list or the app's own texts.
FORMATTERS = {"bidi_isolate", "len", "format_when", "format_size", "human_size", "fmt_date", "_date", "date_text",
              "display", "toString", "label", "code_label", "measure_label", "_step_title", "_setting_name",
              "age_in_days", "table_title", "title", "strftime", "lower", "rstrip", "join"}

# (file under coordinator_app/ui, source of the value) -> why it is not user data. Numbers first.
NUMBER = "a number the app counts or computes"
APP_TEXT = "text of the app itself (a translated label, a format name, a version)"
ERROR_TEXT = "an error message from inline_error_text/error_text: a value it names is isolated there"
NOT_USER_DATA: dict[tuple[str, str], str] = {
    ("backups/page.py", 'button.text().replace("&", "").rstrip("…")'): APP_TEXT,
    ("backups/page.py", "str(keep)"): NUMBER,
    ("backups/page.py", "made"): "the date and time of a backup, formatted",
    ("backups/restore_wizard.py", "self.confirm.text()"): APP_TEXT,
    ("cases/common.py", "accessible"): APP_TEXT,
    ("cases/detail.py", 'str(ov.counts["involvements"])'): NUMBER,
    ("cases/detail.py", 'str(ov.counts["documents"])'): NUMBER,
    ("cases/detail.py", 'str(ov.counts["journal"])'): NUMBER,
    ("cases/detail.py", 'item.text() + " — "'): "the task line built above with its title isolated",
    ("cases/duplicates_dialog.py", "plan.other_forms"): NUMBER,
    ("cases/duplicates_dialog.py", '", ".join(moving) if moving else self.tr("nothing else")'):
        "counts with translated kinds (journal lines, tasks, ...)",
    ("cases/forms.py", 'text.replace("&", "")'): APP_TEXT,
    ("cases/forms.py", "widget.text()"): APP_TEXT,
    ("cases/import_dialog.py", "accessible"): APP_TEXT,
    ("cases/import_dialog.py", "str(rows)"): NUMBER,
    ("cases/import_dialog.py", '", ".join(map(str, check.title_rows))'): NUMBER,
    ("cases/import_dialog.py", "str(m.estimated_age)"): NUMBER,
    ("cases/import_dialog.py", "str(done - stage * rows)"): NUMBER,
    ("cases/import_dialog.py", "str(choice.row)"): NUMBER,
    ("cases/import_dialog.py", "str(person.estimated_age)"): NUMBER,
    ("cases/import_dialog.py", "str(earlier.row)"): NUMBER,
    ("cases/list_editor.py", 'text.replace("&", "")'): APP_TEXT,
    ("dashboard/page.py", 'button.text().replace("&", "")'): APP_TEXT,
    ("dashboard/page.py", 'f"{name}: {count}"'): "a status label and a count",
    ("dashboard/page.py", "str(data.today_count)"): NUMBER,
    ("dashboard/page.py", "str(data.overdue_count)"): NUMBER,
    ("dashboard/page.py", "title"): APP_TEXT,
    ("documents/preview.py", "tip"): APP_TEXT,
    ("documents/preview.py", "str(count)"): NUMBER,
    ("documents/save_options.py", "ALGORITHM_LABEL"): APP_TEXT,
    ("error_dialog.py", 'title or QCoreApplication.translate("ErrorDialog", "Coordinator")'): APP_TEXT,
    ("first_run/wizard.py", "str(step + 1)"): NUMBER,
    ("intake/book.py", "str(item_id)"): NUMBER,
    ("intake/book.py", 'text if self._id is not None else ""'):
        "AddressBook.name, which isolates name and organisation",
    ("intake/book.py", "name"): APP_TEXT,
    ("intake/common.py", "name"): APP_TEXT,
    ("intake/common.py", 'text.replace("&", "")'): APP_TEXT,
    ("intake/common.py", "f\"{name}: {button.text().replace('&', '')}\""): APP_TEXT,
    ("intake/common.py", "str(path.index(self.step) + 1)"): NUMBER,
    ("intake/home.py", "accessible"): APP_TEXT,
    ("intake/home.py", 'text.replace("&", "")'): APP_TEXT,
    ("intake/home.py", "str(days)"): NUMBER,
    ("intake/home.py", "str(count)"): NUMBER,
    ("intake/known_person.py", "accessible"): APP_TEXT,
    ("intake/pages_consent.py", 'f"{self.title()}: {text}"'): APP_TEXT,
    ("intake/pages_consent.py", "str(age)"): NUMBER,
    ("intake/pages_person.py", "option.label.get(lang())"): APP_TEXT,
    ("intake/pages_start.py", "option.label.get(self.lang_code())"): APP_TEXT,
    ("intake/pages_start.py", "question.text.get(self.lang_code())"): APP_TEXT,
    ("intake/summary_text.py", 'r["signer"].lower()'): "a code (person, parent, guardian)",
    ("intake/summary_text.py", 'r["legal_ground"]'): "a label of the code list 'legal ground'",
    ("main_window.py", 'f"{page.title()} ({keys_text})"'): APP_TEXT,
    ("network/bulk_actions.py", "str(result.skipped)"): NUMBER,
    ("network/bulk_actions.py", 'exc.message() + "\\n\\n"'): "a catalogue message (messages*.po) without personal data",
    ("network/bulk_actions.py", "str(count)"): NUMBER,
    ("network/bulk_actions.py", "str(result.contacts_added)"): NUMBER,
    ("network/bulk_actions.py", "str(result.organisations_added)"): NUMBER,
    ("network/detail.py", "str(links.moments_this_year)"): NUMBER,
    ("network/detail.py", "str(links.cases_this_year)"): NUMBER,
    ("network/detail.py", 'str(values.capacity if values.capacity is not None else "?")'): NUMBER,
    ("network/detail.py", 'str(values.places_available if values.places_available is not None else "?")'): NUMBER,
    ("network/edit_dialogs.py", "text"): APP_TEXT,
    ("network/edit_dialogs.py", "title"): APP_TEXT,
    ("network/work_dialogs.py", "title"): APP_TEXT,
    ("network/filter_bar.py", 'text.replace("&", "").rstrip(":")'): APP_TEXT,
    ("network/filter_bar.py", "text.lower()"): "a label of the code list 'target group'",
    ("network/forms.py", 'text.replace("&", "")'): APP_TEXT,
    ("network/forms.py", 'text.replace("&", "").rstrip("…")'): APP_TEXT,
    ("network/forms.py", "text"): APP_TEXT,
    ("network/models.py", "reason"): "messages of the messages*.po catalogues whose values are line numbers and codes",
    ("network/models.py", "remarks"): APP_TEXT,
    ("network/models.py", "str(row.duplicate_in_file)"): NUMBER,
    ("network/page.py", "str(orgs)"): NUMBER,
    ("network/page.py", "str(people)"): NUMBER,
    ("network/page.py", "str(result.added)"): NUMBER,
    ("network/transfer.py", 'radio.text().replace("&", "")'): APP_TEXT,
    ("network/transfer.py", "str(remarks)"): NUMBER,
    ("network/transfer.py", "str(count)"): NUMBER,
    ("network/transfer.py", "str(bad)"): NUMBER,
    ("network/transfer.py", "str(dupes)"): NUMBER,
    ("network/transfer.py", "str(i.where)"): NUMBER,
    ("network/transfer.py", "str(new)"): NUMBER,
    ("network/transfer.py", "text"): "labels.refused_properties_text: the values from the file isolated there",
    ("network/work_tab.py", "accessible"): APP_TEXT,
    ("network/work_tab.py", 'str(counts["organisations_reached"])'): NUMBER,
    ("network/work_tab.py", 'str(counts["training_participants"])'): NUMBER,
    ("network/work_tab.py", 'str(counts["training_sessions"])'): NUMBER,
    ("pdf_print.py", "str(total)"): NUMBER,
    ("pdf_print.py", "str(done + 1)"): NUMBER,
    ("quarterly/models.py", "str(threshold - 1)"): NUMBER,
    ("quarterly/page.py", "str(published.quarter)"): NUMBER,
    ("quarterly/page.py", "FORMAT_NAMES[fmt]"): APP_TEXT,
    ("quarterly/page.py", "str(value)"): NUMBER,
    ("quarterly/page.py", "str(quarter)"): NUMBER,
    ("quarterly/page.py", "str(published.threshold)"): NUMBER,
    ("quarterly/page.py", "str(written)"): "the number of files written",
    ("quarterly/page.py", "str(published.version)"): NUMBER,
    ("quarterly/trend.py", '"; ".join(parts)'): "quarters and figures",
    ("settings/page.py", 'name.replace("&", "").rstrip(":")'): APP_TEXT,
    ("settings/page.py", 'button.text().replace("&", "")'): APP_TEXT,
    ("settings/page.py", "failure"): "a catalogue message (messages*.po) without personal data",
    ("settings/page.py", '", ".join(done)'): "names of settings",
    ("settings/page.py", '", ".join(in_vault)'): "names of settings",
    ("dashboard/page.py", "text"): ERROR_TEXT,
    ("documents/case_picker.py", "text"): ERROR_TEXT,
    ("intake/known_person.py", "text"): ERROR_TEXT,
    ("search/popup.py", "text"): ERROR_TEXT,
    ("shell/status.py", "text"): ERROR_TEXT,
    ("shell/status.py", "self.backup_label.text()"): "the label's own text, set just before from ERROR_TEXT",
    ("shell/passphrase_fields.py", "str(passphrase.MIN_LENGTH)"): NUMBER,
    ("shell/passphrase_fields.py", "labels[result.score]"): APP_TEXT,
    ("unlock/screen.py", 'self.switch_button.text().replace("&", "")'): APP_TEXT,
}


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


class _Audit:
    def __init__(self, source: str, tree: ast.AST) -> None:
        self.source = source
        self.parents: dict[ast.AST, ast.AST] = {}
        self.resolving: set[str] = set()
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node

    def _function(self, node: ast.AST) -> ast.AST | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                return node
        return None

    def _assignments(self, name: str, where: ast.AST) -> list[ast.expr] | None:
        """The values assigned to a local name in the function around `where` (None: a parameter or loop
        variable, whose value this audit cannot see)."""
        function = self._function(where)
        if function is None:
            return None
        values: list[ast.expr] = []
        for node in ast.walk(function):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign | ast.AugAssign) else []
            if any(isinstance(t, ast.Name) and t.id == name for t in targets) and node.value is not None:
                values.append(node.value)
            elif isinstance(node, ast.For | ast.comprehension) and any(
                    isinstance(t, ast.Name) and t.id == name for t in ast.walk(node.target)):
                return None
        return values or None

    def handled(self, node: ast.expr, depth: int = 0) -> bool:
        if depth > 12:
            return False
        if isinstance(node, ast.Constant):
            return True
        if isinstance(node, ast.JoinedStr):
            return all(self.handled(v.value, depth + 1) for v in node.values if isinstance(v, ast.FormattedValue))
        if isinstance(node, ast.BinOp):
            return self.handled(node.left, depth + 1) and self.handled(node.right, depth + 1)
        if isinstance(node, ast.IfExp):
            return self.handled(node.body, depth + 1) and self.handled(node.orelse, depth + 1)
        if isinstance(node, ast.BoolOp):
            return all(self.handled(v, depth + 1) for v in node.values)
        if isinstance(node, ast.Name):
            if node.id in self.resolving:
                return True  # `name = tr("looks like: %1").replace("%1", name)`: the other assignments decide
            values = self._assignments(node.id, node)
            self.resolving.add(node.id)
            try:
                return values is not None and all(self.handled(v, depth + 1) for v in values)
            finally:
                self.resolving.discard(node.id)
        if isinstance(node, ast.GeneratorExp | ast.ListComp):
            return self.handled(node.elt, depth + 1)
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name == "bidi_isolate" or name in TRANSLATE:
                return True
            if _translated(node):  # a translated sentence: its own %N values are audited where they are filled in
                return True
            if name == "join":
                return all(self.handled(a, depth + 1) for a in node.args)
            if name == "map":
                return bool(node.args) and isinstance(node.args[0], ast.Name) and node.args[0].id == "bidi_isolate"
            if name == "str" and len(node.args) == 1:
                return self.handled(node.args[0], depth + 1)
            if name in FORMATTERS - {"join", "lower", "rstrip", "title"}:
                return True
        return False


def _translated(node: ast.expr) -> bool:
    """A tr()/translate() result, or one with its placeholders filled in (tr(...).replace(...))."""
    if not isinstance(node, ast.Call):
        return False
    name = _call_name(node)
    return name in TRANSLATE or (name == "replace" and isinstance(node.func, ast.Attribute)
                                 and _translated(node.func.value))


def _values(node: ast.AST) -> list[ast.expr]:
    """The values this node puts into a sentence: the %N of a translated text, the text of a title, tip or
    accessible name, and what an f-string or a `+` adds to a translated text."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
        name, first = node.func.attr, node.args[0]
        if name == "replace" and len(node.args) == 2 and isinstance(first, ast.Constant) \
                and isinstance(first.value, str) and first.value[:1] == "%" and first.value[1:].isdigit():
            return [node.args[1]]
        if name == "arg" or name in SINKS:
            return [first]
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
        if any(_translated(p) for p in parts):
            return [p for p in parts if not _translated(p)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and (
            _translated(node.left) or _translated(node.right)):
        return [x for x in (node.left, node.right) if not _translated(x)]
    return []


def _sinks(path: Path) -> list[tuple[int, str, ast.expr]]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    audit = _Audit(source, tree)
    found = []
    for node in ast.walk(tree):
        for value in _values(node):
            if not audit.handled(value):
                found.append((getattr(node, "lineno", 0),
                              " ".join((ast.get_source_segment(source, value) or "").split()), value))
    return found


def _unhandled() -> dict[tuple[str, str], list[int]]:
    out: dict[tuple[str, str], list[int]] = {}
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        for line, text, _node in _sinks(path):
            out.setdefault((rel, text), []).append(line)
    return out


def test_every_value_in_a_sentence_title_or_tip_is_isolated_or_not_user_data() -> None:
    unhandled = _unhandled()
    missing = {f"{file}:{lines[0]}: {text}" for (file, text), lines in unhandled.items()
               if (file, text) not in NOT_USER_DATA}
    assert not missing, "isolate these with bidi_isolate (or list them with a reason):\n" + "\n".join(sorted(missing))


def test_the_list_of_values_that_are_not_user_data_holds_no_stale_entry() -> None:
    stale = set(NOT_USER_DATA) - set(_unhandled())
    assert not stale, stale


def test_the_audit_sees_a_removed_isolate(tmp_path: Path) -> None:
    """The audit itself: the same sentences are accepted with bidi_isolate and reported without it, also when
    the value passes through a local name, a join, a window title, an f-string or a `+` onto a translated text."""
    good = tmp_path / "good.py"
    good.write_text(
        "def f(self, row, names):\n"
        "    name = bidi_isolate(row.name)\n"
        "    self.setWindowTitle(self.tr('Letter for case %1').replace('%1', bidi_isolate(row.number)))\n"
        "    self.label.setText(self.tr('Saved: %1').replace('%1', name))\n"
        "    self.label.setToolTip(', '.join(map(bidi_isolate, names)))\n"
        "    self.a.setText(f\"{self.tr('Saved')}: {bidi_isolate(row.title)}\")\n"
        "    self.b.setText(self.tr('Kept: ') + bidi_isolate(row.note))\n", encoding="utf-8")
    assert _sinks(good) == []
    bad = tmp_path / "bad.py"
    bad.write_text(good.read_text(encoding="utf-8").replace("bidi_isolate(", "str(").replace(
        "map(bidi_isolate, names)", "names"), encoding="utf-8")
    assert sorted(text for _line, text, _node in _sinks(bad)) == sorted([
        "str(row.number)", "name", "', '.join(names)", "str(row.title)", "str(row.note)"])


# --- tool tips of the item models: user text isolated like the DisplayRole ----------------------------------------

HOSTILE = ("\u202eAmira Haddad", "\u202bمريم الحسن", "ملف-17", "Jan\u2067 \u202e(x)")
# (file under coordinator_app/ui, class) whose data() answers ToolTipRole: checked below with hostile rows, or
# giving only the app's own text (the reason)
TIP_MODELS_CHECKED = {("backups/models.py", "BackupTableModel"), ("cases/common.py", "RecordModel"),
                      ("network/models.py", "RowTableModel"), ("intake/home_models.py", "_RowsModel"),
                      ("dashboard/models.py", "DashboardListModel"), ("network/work_dialogs.py", "CheckListModel")}
TIP_MODELS_APP_TEXT = {
    ("cases/list_model.py", "CaseListModel"): "only 'This case has an overdue task' (translated)",
    ("quarterly/models.py", "PreviewModel"): "hidden_tooltip: the threshold and why a count is hidden",
    ("intake/followups_model.py", "FollowupModel"): "the guidance of a follow-up step (resources/intake)",
    ("search/popup.py", "SearchResultsModel"): "only the failure row's message (ERROR_TEXT), the hits have no tip",
    ("intake/pages_indicators.py", "IndicatorModel"): "the text of an indicator (resources/intake)",
}


def _tip_models() -> set[tuple[str, str]]:
    """The classes in coordinator_app/ui whose data() mentions ToolTipRole."""
    found = set()
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef) and fn.name == "data" and any(
                        isinstance(n, ast.Attribute) and n.attr == "ToolTipRole" for n in ast.walk(fn)):
                    found.add((path.relative_to(UI).as_posix(), cls.name))
    return found


def test_every_model_answering_tool_tips_is_checked_or_gives_app_text_only() -> None:
    assert _tip_models() == TIP_MODELS_CHECKED | set(TIP_MODELS_APP_TEXT)


def _outside_isolates(text: str) -> str:
    """What is left of the text outside every isolate (FSI, RLI or LRI ... its PDI, matched as the bidi algorithm
    does, BD9); an isolate still open at the end of a line would hold the rest of the line: refused."""
    kept = []
    for line in text.split("\n"):
        depth = 0
        for ch in line:
            if ch in "\u2066\u2067\u2068":
                depth += 1
            elif ch == "\u2069" and depth:
                depth -= 1
            elif depth == 0:
                kept.append(ch)
        assert depth == 0, f"an isolate is left open: {line!r}"
    return "".join(kept)


def _assert_isolated(text: str, values: tuple[str, ...]) -> None:
    """Every value given is in the text inside FSI ... PDI, and outside the isolates there is no right-to-left
    letter and no bidi control (nothing that could reorder the rest of the tip)."""
    for value in values:
        assert f"\u2068{value}\u2069" in text, (text, value)
    outside = _outside_isolates(text)
    assert not any(unicodedata.bidirectional(ch) in {"R", "AL", "AN", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI",
                                                     "LRI", "FSI", "PDI"} for ch in outside), outside


def _tips(model: QAbstractItemModel) -> list[str]:
    tips = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            if tip:
                tips.append(tip)
    return tips


def test_backup_tips_isolate_the_file_name(qapp) -> None:
    from coordinator_app.ui.backups.models import UNREADABLE, BackupRow, BackupTableModel

    model = BackupTableModel()
    names = [f"{h}.cbak" for h in HOSTILE]
    model.set_rows([BackupRow(Path("/backups") / name, dt.datetime(2026, 1, 5), 1024, "1.0", UNREADABLE,
                              "backup_truncated") for name in names])
    tips = _tips(model)
    assert len(tips) == len(names) * model.columnCount()
    for row, name in enumerate(names):
        tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        _assert_isolated(tip, (name,))


def test_backup_list_isolates_the_version_read_from_the_file(qapp) -> None:
    from coordinator_app.ui.backups.models import VERIFIED, BackupRow, BackupTableModel

    model = BackupTableModel()
    when = dt.datetime(2026, 1, 5)
    model.set_rows([BackupRow(Path("/backups") / "b.cbak", when, 1024, h, VERIFIED) for h in HOSTILE])
    for row, version in enumerate(HOSTILE):
        _assert_isolated(model.data(model.index(row, 2), Qt.ItemDataRole.DisplayRole), (version,))


def test_record_model_tips_isolate_like_the_display(qapp) -> None:
    from coordinator_app.ui.cases.common import RecordModel

    model = RecordModel([("Naam", lambda r: r["name"]), ("Datum", lambda r: r["on"])])
    model.set_rows([{"name": h, "on": dt.date(2026, 1, 5)} for h in HOSTILE])
    for row, value in enumerate(HOSTILE):
        _assert_isolated(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole), (value,))
        assert model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole) == model.data(model.index(row, 1))


def test_network_tips_isolate_names_organisations_and_numbers(qapp) -> None:
    from coordinator_app.services.network.listing import NetworkRow
    from coordinator_app.ui.network.models import NetworkTableModel

    model = NetworkTableModel()
    model.set_rows([NetworkRow(kind="contact", id=i, name=h, organisation=f"Stichting {h}", function=h,
                               phone=f"+31 {h}", email=f"{h}@example.org") for i, h in enumerate(HOSTILE)])
    for row, value in enumerate(HOSTILE):
        for column, shown in enumerate((value, value, f"Stichting {value}", None, f"+31 {value}",
                                        f"{value}@example.org")):
            tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            if shown is not None:
                _assert_isolated(tip, (shown,))


def test_intake_tips_isolate_person_case_number_and_signal(qapp) -> None:
    from coordinator_app.services.intake.drafts import DraftInfo
    from coordinator_app.services.intake.finish import SignalInfo
    from coordinator_app.ui.intake.home_models import DraftModel, SignalModel

    drafts = DraftModel()
    drafts.set_rows([DraftInfo(id=i, step="person", created_at=dt.datetime(2026, 1, 5), updated_at=dt.datetime(
        2026, 1, 5), case_id=None, received_on=dt.date(2026, 1, 5), person=h, anonymous=False,
        signal_excerpt=f"melding over {h}") for i, h in enumerate(HOSTILE)])
    signals = SignalModel()
    signals.set_rows([SignalInfo(case_id=i, case_number=h, received_on=dt.date(2026, 1, 5), primary_form="labour",
                                 signal_excerpt=f"melding over {h}") for i, h in enumerate(HOSTILE)])
    for row, value in enumerate(HOSTILE):
        _assert_isolated(drafts.data(drafts.index(row, 2), Qt.ItemDataRole.ToolTipRole), (value,))
        _assert_isolated(drafts.data(drafts.index(row, 3), Qt.ItemDataRole.ToolTipRole), (f"melding over {value}",))
        _assert_isolated(signals.data(signals.index(row, 0), Qt.ItemDataRole.ToolTipRole), (value,))
        _assert_isolated(signals.data(signals.index(row, 3), Qt.ItemDataRole.ToolTipRole), (f"melding over {value}",))


def test_dashboard_tips_are_the_rows_as_shown(qapp) -> None:
    """The dashboard's rows are built with their titles isolated (test_dashboard_bidi.py); the tip is that text."""
    from coordinator_app.domain.text import bidi_isolate
    from coordinator_app.ui.dashboard.models import DashboardItem, DashboardListModel

    model = DashboardListModel()
    texts = [f"05-01-2026  ZM-1  {bidi_isolate(h)}" for h in HOSTILE]  # as the page builds them
    model.set_items([DashboardItem(text=t, page_id="cases", kind="task", item_id=i) for i, t in enumerate(texts)])
    for row, value in enumerate(HOSTILE):
        tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        assert tip == model.data(model.index(row, 0)) == texts[row]
        _assert_isolated(tip, (value,))


def test_organisation_check_list_tips_isolate_the_name(qapp) -> None:
    from coordinator_app.ui.network.work_dialogs import CheckListModel

    model = CheckListModel([(i, h) for i, h in enumerate(HOSTILE)], {0})
    for row, value in enumerate(HOSTILE):
        _assert_isolated(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole), (value,))
