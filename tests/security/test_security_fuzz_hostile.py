"""Hostile spreadsheets (issue 21): each is read by the case importer in a child process; it must be
refused with its own Dutch message (never "unexpected error"), within 5 s and 300 MB of extra memory."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus.hostile.make_hostile import HOSTILE
from tests.security.figures import record

ROOT = Path(__file__).resolve().parents[2]
CHILD = r"""
import json, resource, sys, time
from coordinator_app.errors import KnownError
from coordinator_app.services.cases import sheet_import as case_import
import defusedxml.ElementTree, openpyxl, charset_normalizer  # loaded before the baseline
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    case_import.read_table(sys.argv[1])
    code, text = None, ""
except KnownError as exc:
    code, text = exc.code, exc.message("nl")
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"code": code, "text": text, "seconds": seconds, "extra_mb": (peak - base) / 1024}))
"""
MEASURED: dict[str, dict[str, object]] = {}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_file_refused_quickly_and_in_bounded_memory(tmp_path: Path, name: str) -> None:
    writer, code = HOSTILE[name]
    path = writer(tmp_path)
    res = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    got = json.loads(res.stdout.strip().splitlines()[-1])
    MEASURED[name] = got
    record(f"hostile spreadsheet: {name}", 1, int(got["code"] == code),
           f"refused in {got['seconds']:.2f} s, +{got['extra_mb']:.0f} MB")
    assert got["code"] == code, got
    assert "onverwacht" not in got["text"] and "{" not in got["text"]
    assert got["seconds"] < 5, got
    assert got["extra_mb"] < 300, got


def _mutated_copies(source: Path, folder: Path, count: int) -> list[Path]:
    """Copies of a real spreadsheet with one byte of one XML part changed (then zipped again, so the
    change reaches the XML parser and the value conversion, not just the zip checksum)."""
    import random
    import zipfile

    rng = random.Random(16)
    with zipfile.ZipFile(source) as zf:
        parts = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    xml_names = sorted(n for n in parts if n.endswith(".xml"))
    out = []
    for n in range(count):
        name = rng.choice(xml_names)
        data = bytearray(parts[name])
        data[rng.randrange(len(data))] = rng.choice(b'<>"=&;/0123456789-x \x00\xff')
        path = folder / f"m{n}{source.suffix}"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for other, content in parts.items():
                zf.writestr(other, bytes(data) if other == name else content)
        out.append(path)
    return out


@pytest.mark.parametrize("name", ["dates_and_serials.xlsx", "libreoffice.ods"])
def test_mutated_spreadsheets_never_give_an_unexpected_error(vault, tmp_path: Path, name: str) -> None:
    from coordinator_app.errors import KnownError
    from coordinator_app.services.cases import sheet_import, store

    refused = read = 0
    for path in _mutated_copies(ROOT / "tests" / "corpus" / "cases" / name, tmp_path, 150):
        try:
            sheet_import.check_file(vault, path)
            read += 1
        except KnownError as exc:
            assert exc.message("nl") and "{" not in exc.message("nl")
            refused += 1
    assert store.count_cases(vault) == 0  # checking never writes
    record(f"mutated spreadsheets ({name})", refused + read, refused + read,
           f"{refused} refused with a Dutch message, {read} read; no unexpected error")
