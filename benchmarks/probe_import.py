"""One import of a benchmark list in a fresh child process, with SQLCipher's memory security as asked: ON, as
the app ships it, or OFF, to show in the same run what it costs (docs/SECURITY.md). The setting is one flag
for the whole process that can only be switched on, so the comparison needs a process of its own for each.

    python -m benchmarks.probe_import LIST.csv NEW_VAULT_FOLDER ON|OFF

Prints one JSON line: wall milliseconds and CPU seconds of the check and the write together (as the figure
in the benchmark's own process), the rows created, and the setting as SQLCipher reads it back.
`import_every_row` is the import both measure."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks.setup import PASSPHRASE
from coordinator_app.db import engine
from coordinator_app.db.keys import TEST_ONLY
from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import sheet_import


def import_every_row(vault: Vault, source: Path) -> tuple[int, int]:
    """Check `source`, then write it; a row that may be an earlier row's or a known person is answered
    "nieuwe persoon", so that every row imports. (rows offered a person, cases created)"""
    check = sheet_import.check_file(vault, source)
    result = sheet_import.import_checked(vault, check, known_choices=dict.fromkeys(
        check.rows_to_answer, sheet_import.NEW_PERSON))
    return len(check.rows_to_answer), len(result.created)


def main(source: Path, folder: Path, memory_security: str) -> None:
    engine.MEMORY_SECURITY = memory_security  # read when a connection opens: before the first one of this process
    vault, _ = Vault.create(folder, PASSPHRASE, profile=TEST_ONLY)
    with vault:
        with vault.read() as session:
            setting = str(session.connection().exec_driver_sql("PRAGMA cipher_memory_security").scalar())
        start, start_cpu = time.perf_counter(), time.process_time()
        _offered, created = import_every_row(vault, source)
        ms = (time.perf_counter() - start) * 1000
        cpu = time.process_time() - start_cpu
    print(json.dumps({"ms": ms, "cpu_s": cpu, "created": created, "memory_security": setting}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
