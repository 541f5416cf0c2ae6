"""Run in a child process (tests/security/test_security_memory_lock_limit.py): open a vault with
cipher_memory_security ON, write and search case text, and report how much memory the process holds
locked (VmLck) at its highest, whether memory security reads back as on, and the limit it ran under (it sets
RLIMIT_MEMLOCK to the limit given first: lowering one's own limit needs no privilege).
Prints JSON."""

from __future__ import annotations

import json
import resource
import sys

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from coordinator_app.services.search import index


def locked_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmLck:"):
                return int(line.split()[1])
    raise RuntimeError("no VmLck line")


def main(folder: str, passphrase: str, cases: int, limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_MEMLOCK, (limit, limit))  # before SQLCipher allocates anything
    vault = Vault.open(folder, passphrase=passphrase)
    highest = 0
    with vault.read() as session:
        on = session.connection().exec_driver_sql("PRAGMA cipher_memory_security").scalar()
    for n in range(cases):
        case_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-01-05", case_number=f"ZM-{n}"))
        store.add_journal_entry(vault, case_id, f"Gesprek gevoerd met cliënt nummer {n} " + "x" * 2000)
        if n % 20 == 0:
            highest = max(highest, locked_kib())
    hits = len(index.search(vault, "gesprek cliënt", limit=500))
    highest = max(highest, locked_kib())
    vault.lock()
    soft, _hard = resource.getrlimit(resource.RLIMIT_MEMLOCK)
    print(json.dumps({"memory_security": str(on), "locked_kib": highest, "limit": soft, "hits": hits}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
