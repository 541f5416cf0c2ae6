"""Figures the security and reliability suites report (how many cases of each kind were tried, how many
were detected). Each test adds its line; `make security-report` prints the collected table and
docs/SECURITY.md quotes it. The file lives in SECURITY_FIGURES (default: .security/figures.json)."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
_lock = threading.Lock()


def figures_path() -> Path:
    return Path(os.environ.get("SECURITY_FIGURES", ROOT / ".security" / "figures.json"))


def record(name: str, tried: int, detected: int, note: str = "") -> None:
    """Record one figure (replacing an older one of the same name)."""
    path = figures_path()
    with _lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        data[name] = {"tried": tried, "detected": detected, "note": note}
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def table() -> str:
    try:
        data = json.loads(figures_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "No figures recorded yet: run the security and reliability suites first."
    lines = ["| check | tried | detected / held | note |", "|---|---|---|---|"]
    for name, f in sorted(data.items()):
        lines.append(f"| {name} | {f['tried']:,} | {f['detected']:,} | {f['note']} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
