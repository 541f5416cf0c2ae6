"""Ten hand-made mutations of the security and privacy code, each run against the tests that claim to guard it.

    .venv/bin/python tools/mutants.py            # all ten; prints the kill rate
    .venv/bin/python tools/mutants.py 3 7        # only these (1-based)

Each mutation is one exact text replacement (it must match exactly once). The run works in a temporary copy of
the checkout, so the checkout itself is never edited, and the copy is removed at the end: nothing to revert by
hand, even after Ctrl+C. A mutation is "killed" when its tests fail; a survivor is a test to strengthen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Mutation:
    what: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


MUTATIONS = (
    Mutation("secure_delete off: deleted case text stays in free pages", "coordinator_app/db/engine.py",
             '"PRAGMA secure_delete = ON"', '"PRAGMA secure_delete = OFF"',
             ("tests/cases/test_case_retention.py::test_deletion_leaves_no_trace",)),
    Mutation("no FTS merge after deletion: old index segments keep the terms", "coordinator_app/db/vault.py",
             """conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")""",
             "pass",
             ("tests/cases/test_case_retention.py::test_deletion_leaves_no_trace",
              "tests/security/test_security_search_purge.py")),
    Mutation("letter 'encrypted' without encryption", "coordinator_app/reports/pdf_security.py",
             "    writer.encrypt(user_password, owner_password=secrets.token_urlsafe(32), algorithm=ALGORITHM)\n",
             "",
             ("tests/letters/test_letter_service.py::test_password_protected_letter",)),
    Mutation("the person's name in the letter's PDF metadata", "coordinator_app/reports/letters.py",
             "    return build_document(letterhead, story, title, lang,",
             "    title = f'{title} {content.person.name if content.person else \'\'}'\n"
             "    return build_document(letterhead, story, title, lang,",
             ("tests/letters/test_letter_service.py::test_metadata_free_of_personal_data",)),
    Mutation("exception messages (with personal data) written to the log", "coordinator_app/logging_setup.py",
             "        exc_type, _exc, tb = ei\n        return scrubbed_traceback(exc_type, tb)",
             "        exc_type, _exc, tb = ei\n        return scrubbed_traceback(exc_type, tb) + str(_exc)",
             ("tests/security/test_security_logs.py",)),
    Mutation("unexpected errors shown with their text in the dialog", "coordinator_app/ui/error_dialog.py",
             '        "The details (without personal data) are in the log file.",\n    )',
             '        "The details (without personal data) are in the log file.",\n    ) + str(exc)',
             ("tests/security/test_security_logs.py",)),
    Mutation("rollback of the database not detected", "coordinator_app/db/vault.py",
             "if db_generation < self._keyfile.generation and not accept_rollback:",
             "if False:",
             ("tests/foundation/test_vault_safety.py",)),
    Mutation("KDF parameters not bound to the wrapped key (downgrade)", "coordinator_app/db/keys.py",
             'json.dumps({"vault": vault_id, "slot": kind, "kdf": kdf}, sort_keys=True)',
             'json.dumps({"vault": vault_id, "slot": kind}, sort_keys=True)',
             ("tests/foundation/test_vault_keys.py", "tests/security/test_security_secrets.py")),
    Mutation("backup manifest MAC not checked", "coordinator_app/services/backups/file_format.py",
             'return hmac.compare_digest(compute_mac(manifest, data_key), str(manifest.get("mac", "")))',
             "return True",
             ("tests/backup/test_backup_tamper.py",)),
    Mutation("print job named after the document's first page count (not the fixed name)",
             "coordinator_app/ui/documents/preview.py",
             'printer.setDocName(self.tr("Coordinator document"))',
             'printer.setDocName(f"Brief ({self.page_count()} p.)")',
             ("tests/security/test_security_dpia.py::test_print_job_name_holds_no_personal_data",)),
)


def _copy_checkout(target: Path) -> None:
    shutil.copytree(ROOT, target, symlinks=True, ignore=shutil.ignore_patterns(
        ".venv", ".git", "build", "dist", ".bench", ".security", "__pycache__", ".pytest_cache", ".ruff_cache"))


def run(selected: list[int]) -> int:
    python = ROOT / ".venv" / "bin" / "python"
    killed: list[str] = []
    survived: list[str] = []
    with tempfile.TemporaryDirectory(prefix="coordinator-mutants-") as tmp:
        for number in selected:
            m = MUTATIONS[number - 1]
            work = Path(tmp) / f"m{number}"
            _copy_checkout(work)
            path = work / m.path
            text = path.read_text(encoding="utf-8")
            if text.count(m.old) != 1:
                print(f"{number:2}. {m.what}: the text to mutate is not there exactly once: fix the list")
                return 2
            path.write_text(text.replace(m.old, m.new), encoding="utf-8")
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1",
                       SECURITY_FIGURES=str(work / ".security" / "figures.json"))
            start = time.monotonic()
            result = subprocess.run([str(python), "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *m.tests],
                                    cwd=work, env=env, capture_output=True, text=True, timeout=1800)
            verdict = "killed" if result.returncode != 0 else "SURVIVED"
            (killed if result.returncode != 0 else survived).append(m.what)
            print(f"{number:2}. {verdict:8} {m.what} ({time.monotonic() - start:.0f} s; {' '.join(m.tests)})",
                  flush=True)
            shutil.rmtree(work, ignore_errors=True)
    total = len(killed) + len(survived)
    print(f"\nkill rate: {len(killed)}/{total}" + (f"; survivors: {'; '.join(survived)}" if survived else ""))
    return 0 if not survived else 1


if __name__ == "__main__":
    chosen = [int(a) for a in sys.argv[1:]] or list(range(1, len(MUTATIONS) + 1))
    sys.exit(run(chosen))
