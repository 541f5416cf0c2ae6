"""Run in a child process: open a vault, write and search case text, lock, collect garbage, then scan
this process's memory for the data key (raw and hex) and for the written case text. Prints JSON."""

from __future__ import annotations

import gc
import json
import secrets
import sys
import weakref

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from tests.security import memscan


def main(folder: str, passphrase: str) -> None:
    vault = Vault.open(folder, passphrase=passphrase)
    key = bytearray(vault.data_key)  # the scanner's own copy, wiped before the scan
    needles = [memscan.Needle.of("key_raw", key), memscan.Needle.of("key_hex", key.hex().encode("ascii")),
               memscan.Needle.of("key_HEX", key.hex().upper().encode("ascii"))]
    canaries = []
    for _ in range(5):
        word = bytearray(b"QZX" + secrets.token_hex(12).encode("ascii"))
        canaries.append(memscan.Needle.of(f"text_{len(canaries)}", word))
        number = "ZM-" + secrets.token_hex(4)
        case_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-01-05", case_number=number))
        note = word.decode("ascii")
        store.add_journal_entry(vault, case_id, f"Gesprek gevoerd {note} met cliënt")
        del note
        for i in range(len(word)):
            word[i] = 0
    engine_ref = weakref.ref(vault.engine)
    vault.lock()
    for i in range(len(key)):
        key[i] = 0
    del vault
    gc.collect()
    result = memscan.count(needles + canaries)
    result["engine_alive"] = engine_ref() is not None
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) > 3:  # measuring only: the cipher_memory_security setting to compare
        from coordinator_app.db import engine

        engine.MEMORY_SECURITY = sys.argv[3]
    main(sys.argv[1], sys.argv[2])
