"""The command line shows text safely: every value from the user or a file that it puts into a sentence (a case
number, a name, a column of an imported file, a folder, an answer given on the command line) is wrapped in FIRST
STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (U+2068 ... U+2069), so a right-to-left name or an override (U+202E,
U+202B) cannot reorder the rest of the line in a terminal; the words around it are unchanged. Output meant for
machines — the path a command prints alone on its line and the files it writes — stays byte-exact.

Oracles: the expected lines are written out here (the Dutch sentences of the command and messages*.toml with the
value put between U+2068 and U+2069 by hand), and the JSON export is compared with the values given."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import pytest

from coordinator_app import cli
from coordinator_app.db.vault import Vault
from coordinator_app.errors import message
from coordinator_app.services.cases import store
from tests.conftest import PASSPHRASE

FSI, PDI = "\u2068", "\u2069"
RLO, RLE, PDF = "\u202e", "\u202b", "\u202c"
# a name whose override would reverse everything after it on the line, and an Arabic case number that would pull
# the neutral characters and digits around it into its right-to-left run
HOSTILE_FIRST = f"{RLO}Amira"
HOSTILE_LAST = f"{RLE}الحسن"
HOSTILE_NUMBER = "ملف-17"
HOSTILE_COLUMN = f"{RLO}kleur 1 (fiets)"
HEAD = "dossiernummer;datum_signaal;geboortedatum;voornaam;achternaam"


def _iso(text: str) -> str:
    return f"{FSI}{text}{PDI}"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _known_case(vault_dir: Path) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        store.create_case(vault, store.CaseInput(
            signal_received_on="2026-01-05", case_number=HOSTILE_NUMBER,
            person=store.PersonInput(first_name=HOSTILE_FIRST, last_name=HOSTILE_LAST, date_of_birth="1999-09-09")))


def _csv(tmp_path: Path, *rows: str, head: str = HEAD) -> Path:
    path = tmp_path / "lijst.csv"
    path.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    return path


def _outside_isolates(text: str) -> str:
    """The text with every isolate (FSI, RLI or LRI ... its matching PDI, BD9) taken out: what a user value cannot
    reorder. An isolate still open at the end of a line would hold the rest of the line: refused."""
    kept = []
    for line in text.split("\n"):
        depth = 0
        for ch in line:
            if ch in "\u2066\u2067\u2068":
                depth += 1
            elif ch == PDI and depth:
                depth -= 1
            elif depth == 0:
                kept.append(ch)
        assert depth == 0, f"an isolate is left open: {line!r}"
        kept.append("\n")
    return "".join(kept)


def _no_control_outside_isolates(text: str) -> None:
    outside = _outside_isolates(text)
    assert not set(outside) & {RLO, RLE, PDF, FSI, PDI}, outside
    assert not any("\u0600" <= ch <= "\u06ff" for ch in outside), outside


def test_import_lists_a_known_person_with_name_and_case_number_isolated(
        vault_dir: Path, tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _known_case(vault_dir)
    path = _csv(tmp_path, f"OUD-1;2026-01-10;09-09-1999;{HOSTILE_FIRST};{HOSTILE_LAST}",
                f"OUD-2;2026-01-11;09-09-1999;{HOSTILE_FIRST};{HOSTILE_LAST}")
    code, out, err = _run(capsys, "import", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file),
                          str(path))
    assert code == 2 and out == ""
    name = f"{HOSTILE_FIRST} {HOSTILE_LAST}"
    lines = err.splitlines()
    assert f"  {_iso(HOSTILE_NUMBER)}  {_iso(name)}  09-09-1999  Signaal" in lines, err
    assert f"  regel 2 van dit bestand  {_iso(name)}  09-09-1999  (--same-as-row 3=2)" in lines, err
    _no_control_outside_isolates(err)


def test_import_answers_given_on_the_command_line_are_isolated_when_refused(
        vault_dir: Path, tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _known_case(vault_dir)
    path = _csv(tmp_path, f"OUD-1;2026-01-10;09-09-1999;{HOSTILE_FIRST};{HOSTILE_LAST}")
    given = f"2={RLO}ZM-1"
    code, _out, err = _run(capsys, "import", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file),
                           "--same-person", given, str(path))
    assert code == 2
    assert err.splitlines() == [
        f"--same-person {_iso(given)}: regel 2 heeft geen bekende persoon met dossiernummer {_iso(RLO + 'ZM-1')}. "
        "Gebruik REGEL=DOSSIERNUMMER uit de lijst."]
    _no_control_outside_isolates(err)


def test_import_names_an_unknown_column_isolated(
        vault_dir: Path, tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _csv(tmp_path, "OUD-1;2026-01-10;;Jan;Jansen;x", head=f"{HEAD};{HOSTILE_COLUMN}")
    args = ("import", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    code, out, err = _run(capsys, *args, str(path))
    assert code == 2 and out == ""
    assert err.splitlines() == message("import_unknown_columns", "nl", columns=_iso(HOSTILE_COLUMN)).splitlines()
    _no_control_outside_isolates(err)
    code, out, err = _run(capsys, *args, "--ignore-columns", str(path))
    assert code == 0, err
    assert err.splitlines() == [f"Kolom {_iso(HOSTILE_COLUMN)} is onbekend en wordt overgeslagen (--ignore-columns)."]
    assert out.splitlines() == ["Geïmporteerd: 1 dossier(s)."]


def test_import_names_the_skipped_case_numbers_isolated(
        vault_dir: Path, tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _known_case(vault_dir)
    path = _csv(tmp_path, f"{HOSTILE_NUMBER};2026-01-05;09-09-1999;{HOSTILE_FIRST};{HOSTILE_LAST}",
                "OUD-2;2026-01-11;;Jan;Jansen")
    code, out, err = _run(capsys, "import", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file),
                          str(path))
    assert code == 0, err
    assert out.splitlines() == ["Geïmporteerd: 1 dossier(s).",
                                f"Overgeslagen (dossiernummer bestaat al): {_iso(HOSTILE_NUMBER)}"]
    _no_control_outside_isolates(out)


def test_a_known_error_names_its_folder_isolated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / f"{RLO}kluis"
    code, out, err = _run(capsys, "check", "--vault", str(folder))
    assert code == 2 and out == ""
    assert err == f"coordinator-app: {message('vault_not_found', 'nl', folder=_iso(str(folder)))}\n"
    _no_control_outside_isolates(err)


def test_a_missing_passphrase_file_is_named_isolated(
        vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / f"{RLE}سر.txt"
    code, _out, err = _run(capsys, "check", "--vault", str(vault_dir), "--passphrase-file", str(missing))
    assert code == 2
    assert err == f"coordinator-app: {message('secret_missing', 'nl', file=_iso(str(missing)))}\n"
    _no_control_outside_isolates(err)


def test_the_template_path_is_isolated_in_its_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / f"{RLO}sjabloon.csv"
    code, out, _err = _run(capsys, "import", "--template", str(target))
    assert code == 0 and target.is_file()
    assert out == f"Leeg sjabloon geschreven: {_iso(str(target))}\n"


def test_export_case_json_and_its_printed_path_stay_byte_exact(
        vault_dir: Path, tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """For machines: the file holds the stored values exactly (no isolate added) and stdout is the path alone,
    exactly as given (a script reads it; alone on its line a terminal shows it the same with or without one)."""
    _known_case(vault_dir)
    target = tmp_path / f"{RLO}inzage.json"
    code, out, err = _run(capsys, "export-case", HOSTILE_NUMBER, "--vault", str(vault_dir), "--format", "json",
                          "--out", str(target), "--passphrase-file", str(passphrase_file))
    assert code == 0, err
    assert out == f"{target}\n"
    raw = target.read_text(encoding="utf-8")
    assert FSI not in raw and PDI not in raw and "\\u2068" not in raw.lower() and "\\u2069" not in raw.lower()
    data = json.loads(raw)
    found = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            found.extend(v for v in node.values() if isinstance(v, str))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(data)
    assert {HOSTILE_FIRST, HOSTILE_LAST, HOSTILE_NUMBER} <= set(found)


# --- the audit: every value the command line puts into a line is isolated or, by construction, not user data ----

CLI = Path(cli.__file__).parent
NUMBER = "a number the command counts or computes"
APP_TEXT = "text of the app itself (a message of messages*.toml, a fixed sentence, a version)"
MACHINE = "a path alone on its line, for scripts: byte-exact (a terminal shows it the same with or without isolate)"
# (file under coordinator_app/cli, source of the value) -> why it is not shown isolated
NOT_ISOLATED: dict[tuple[str, str], str] = {
    ("__init__.py", "self._isolate_buried_values(message)"):
        "argparse's usage error: _Parser isolates each typed value in it (test_cli_usage_errors_bidi.py)",
    ("cmd_backup.py", "str(path)"): MACHINE,
    ("cmd_export_case.py", "str(path)"): MACHINE,
    ("cmd_export_quarterly.py", "str(path)"): MACHINE,
    ("cmd_check.py", "problem"): "SQLite's integrity-check lines (pages, tables, indexes), no stored values",
    ("cmd_demo.py", "args.cases"): NUMBER,
    ("cmd_demo.py", "code"): "the recovery code the app generated",
    ("cmd_demo.py", "WARNING"): APP_TEXT,
    ("cmd_init.py", "code"): "the recovery code the app generated",
    ("cmd_init.py", "WARNING"): APP_TEXT,
    ("cmd_init.py", "problem"): "services.passphrase's verdict on a new passphrase (a message, never the passphrase)",
    ("cmd_import.py", "', '.join(map(str, result.rejected_rows))"): NUMBER,
    ("cmd_import.py", "row"): "a row number",
    ("cmd_import.py", "earlier.row"): "a row number",
    ("cmd_import.py", "born"): "a date or an age, formatted",
    ("cmd_import.py", 'error.text("nl")'): "a row number, the template's column name and a message",
    ("cmd_restore.py", "summary(result.contents)"): "cmd_verify_backup.summary, audited there",
    ("cmd_verify_backup.py", "summary(contents)"): "cmd_verify_backup.summary, audited there",
    ("cmd_verify_backup.py", "contents.cases"): NUMBER,
    ("cmd_verify_backup.py", "contents.contacts"): NUMBER,
    ("common.py", "text"): "out(text): the callers are audited",
    ("common.py", "exc"): "a CliError's text, built in cli/ from isolated values (audited where it is raised)",
    ("common.py", "type(exc).__name__"): "the name of an exception class",
    ("common.py", "ROLLBACK_HINT"): APP_TEXT,
    ("selftest.py", "__version__"): APP_TEXT,
    ("selftest.py", "sys.platform"): APP_TEXT,
    ("selftest.py", "folder"): "the self-test's own temporary folder",
    ("selftest.py", "name"): "the name of a self-test check",
    ("selftest.py", "detail"): "a self-test check's result on its own fictitious data",
    ("selftest.py", "time.perf_counter() - start"): NUMBER,
    ("selftest.py", "type(exc).__name__"): "the name of an exception class",
    ("selftest.py", "exc"): "a self-test check's failure on its own fictitious data",
}
SINK_CALLS = {"print", "out", "CliError"}
HANDLED_CALLS = {"message", "shown_message"}  # a message's own values are audited as its keyword arguments


def _cli_values() -> dict[tuple[str, str], list[int]]:
    from tests.ui.test_bidi_isolation_audit import _Audit, _call_name

    found: dict[tuple[str, str], list[int]] = {}
    for path in sorted(CLI.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        audit = _Audit(source, tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            values: list[ast.expr] = []
            if name in SINK_CALLS:
                for arg in node.args[:1] if name == "CliError" else node.args:
                    values.extend([v.value for v in arg.values if isinstance(v, ast.FormattedValue)]
                                  if isinstance(arg, ast.JoinedStr) else [arg])
            elif name == "message":
                values.extend(k.value for k in node.keywords)
            for value in values:
                if (isinstance(value, ast.Call) and _call_name(value) in HANDLED_CALLS) or audit.handled(value):
                    continue
                text = " ".join((ast.get_source_segment(source, value) or "").split())
                found.setdefault((path.name, text), []).append(node.lineno)
    return found


def test_every_value_the_command_line_prints_is_isolated_or_not_user_data() -> None:
    missing = {f"{file}:{lines[0]}: {text}" for (file, text), lines in _cli_values().items()
               if (file, text) not in NOT_ISOLATED}
    assert not missing, "isolate these with bidi_isolate (or list them with a reason):\n" + "\n".join(sorted(missing))


def test_the_list_of_values_not_isolated_holds_no_stale_entry() -> None:
    assert not set(NOT_ISOLATED) - set(_cli_values())


def test_the_cli_audit_sees_a_removed_isolate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The audit itself: cmd_import without its isolates is reported, name by name."""
    copy = tmp_path / "cli"
    copy.mkdir()
    source = (CLI / "cmd_import.py").read_text(encoding="utf-8")
    (copy / "cmd_import.py").write_text(source.replace("bidi_isolate(", "str(").replace(
        "map(bidi_isolate, ", "map(str, "), encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "CLI", copy)
    reported = {text for _file, text in _cli_values()}
    assert {"str(given)", "str(m.case_number)", "str(column)", "str(args.file)"} <= reported, reported
