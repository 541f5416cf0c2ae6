"""The DPIA sheet: the facts a municipality's privacy officer needs, filled in from this vault's real
settings and the real cryptographic parameters. Text in resources/dpia/dpia_<lang>.md.

`python -m coordinator_app.services.dpia [nl|en]` prints the sheet with the default settings
(that is how docs/DPIA.md is made).
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from typing import Any

import sqlcipher3

from coordinator_app.db import keys, recovery_code
from coordinator_app.paths import default_vault_dir, resource
from coordinator_app.services.settings.defaults import Settings, default_settings


def _cipher_version() -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


def facts(settings: Settings, vault_folder: str | None = None) -> dict[str, Any]:
    p = keys.PRODUCTION
    bits = recovery_code.GROUPS * recovery_code.DATA_PER_GROUP * math.log2(len(recovery_code.ALPHABET))
    threshold = settings.suppression_threshold
    return {
        "generated": dt.date.today().isoformat(),
        "vault_folder": vault_folder or str(default_vault_dir()),
        "cipher_version": _cipher_version(),
        "kdf_t": p.time_cost,
        "kdf_m": p.memory_cost_kib // 1024,
        "kdf_p": p.parallelism,
        "code_bits": int(bits),
        "idle_minutes": settings.idle_lock_minutes,
        "retention_closed": settings.retention_years_closed,
        "retention_signal": settings.retention_years_signal,
        "backup_keep": settings.backup_keep,
        "backup_folder": settings.backup_folder or "—",
        "threshold": threshold,
    }


def sheet(settings: Settings, lang: str = "nl", vault_folder: str | None = None) -> str:
    """The DPIA sheet as Markdown in the given language."""
    template = resource("dpia", f"dpia_{'en' if lang == 'en' else 'nl'}.md").read_text(encoding="utf-8")
    return template.format(**facts(settings, vault_folder))


def main() -> int:
    lang = sys.argv[1] if len(sys.argv) > 1 else "nl"
    print(sheet(default_settings(), lang, vault_folder="~/.local/share/Coordinator/vault (Linux)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
