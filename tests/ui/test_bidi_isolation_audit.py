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
from pathlib import Path

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
NOT_USER_DATA: dict[tuple[str, str], str] = {
    ("backups/page.py", 'button.text().replace("&", "").rstrip("…")'): APP_TEXT,
    ("backups/page.py", "str(keep)"): NUMBER,
    ("backups/page.py", "made"): "the date and time of a backup, formatted",
    ("backups/restore_wizard.py", "self.confirm.text()"): APP_TEXT,
    ("backups/restore_wizard.py", "self.header.app_version"): APP_TEXT,
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
    ("network/bulk_actions.py", 'exc.message() + "\\n\\n"'): "a message of messages*.toml without personal data",
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
    ("network/models.py", "reason"): "messages of messages*.toml whose values are line numbers and codes",
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
    ("reports/models.py", "str(threshold - 1)"): NUMBER,
    ("reports/page.py", "str(published.quarter)"): NUMBER,
    ("reports/page.py", "FORMAT_NAMES[fmt]"): APP_TEXT,
    ("reports/page.py", "str(value)"): NUMBER,
    ("reports/page.py", "str(quarter)"): NUMBER,
    ("reports/page.py", "str(published.threshold)"): NUMBER,
    ("reports/page.py", "str(written)"): "the number of files written",
    ("reports/page.py", "str(published.version)"): NUMBER,
    ("reports/trend.py", '"; ".join(parts)'): "quarters and figures",
    ("settings/page.py", 'name.replace("&", "").rstrip(":")'): APP_TEXT,
    ("settings/page.py", 'button.text().replace("&", "")'): APP_TEXT,
    ("settings/page.py", "failure"): "a message of messages*.toml without personal data",
    ("settings/page.py", '", ".join(done)'): "names of settings",
    ("settings/page.py", '", ".join(in_vault)'): "names of settings",
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
