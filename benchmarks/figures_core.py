"""Figures that need no window: key derivation, demo generation, search, letters, quarterly, backup, import."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.framework import Result, percentile, timed
from benchmarks.setup import BENCH_DIR, PASSPHRASE, SEED, TODAY, open_vault, working_copy
from coordinator_app.db import keys
from coordinator_app.db.keys import TEST_ONLY
from coordinator_app.db.vault import Vault
from coordinator_app.services import demo, search


def key_derivation() -> Result:
    data_key = os.urandom(32)
    slot = keys.passphrase_slot(data_key, PASSPHRASE, "bench", keys.PRODUCTION)
    keyfile = keys.KeyFile("bench", 0, (slot,))
    samples = timed(lambda: keys.unlock(keyfile, passphrase=PASSPHRASE), repeat=5)
    p = keys.PRODUCTION
    return Result("key derivation (Argon2id)", "ms", samples, target="report; 250–1000 ms on this machine",
                  note=f"t={p.time_cost}, m={p.memory_cost_kib // 1024} MiB, p={p.parallelism}")


def demo_generation(cases: int, made_in: float | None) -> Result:
    samples = []
    if made_in is not None:
        samples.append(made_in * 1000)
    while len(samples) < 2:
        folder = Path(tempfile.mkdtemp(dir=BENCH_DIR)) / "v"
        vault, _ = Vault.create(folder, PASSPHRASE, profile=TEST_ONLY)
        start = time.perf_counter()
        with vault:
            demo.generate(vault, cases=cases, seed=SEED, today=TODAY)
        samples.append((time.perf_counter() - start) * 1000)
        shutil.rmtree(folder.parent, ignore_errors=True)
    return Result(f"demo generation of {cases:,} cases", "ms", samples, target="≤ 30 s", target_value=30_000)


def _typing_queries(vault: Vault, count: int = 50) -> list[str]:
    words = [r[0] for r in vault.execute_sql(
        "SELECT last_name FROM persons WHERE last_name IS NOT NULL GROUP BY last_name ORDER BY count(*) DESC LIMIT 8")]
    words += [r[0] for r in vault.execute_sql("SELECT case_number FROM cases ORDER BY id DESC LIMIT 2")]
    queries: list[str] = []
    for word in words:
        for end in range(2, len(word) + 1):
            queries.append(word[:end])
    return (queries * 3)[:count]


def search_as_you_type(folder: Path) -> Result:
    with open_vault(folder) as vault:
        queries = _typing_queries(vault)
        rows = vault.execute_sql("SELECT rowid, kind, ref_id, case_id, body FROM search_index")
        product = []
        for q in queries:
            start = time.perf_counter()
            search.search(vault, q)
            product.append((time.perf_counter() - start) * 1000)
    plain = sqlite3.connect(":memory:")
    plain.execute("CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref_id UNINDEXED, "
                  "case_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')")
    plain.executemany("INSERT INTO search_index(rowid, kind, ref_id, case_id, body) VALUES (?,?,?,?,?)", rows)
    sql = ("SELECT kind, ref_id, case_id, snippet(search_index, 3, '', '', '…', 8) FROM search_index "
           "WHERE search_index MATCH ? ORDER BY rank LIMIT 50")
    floor = []
    for q in queries:
        fq = search.fts_query(q)
        start = time.perf_counter()
        plain.execute(sql, (fq,)).fetchall()
        floor.append((time.perf_counter() - start) * 1000)
    result = Result("search as you type, p95 per keystroke", "ms", [percentile(product, 95)],
                    floor_name="same FTS5 queries, stdlib sqlite3", floor_samples=[percentile(floor, 95)],
                    target="≤ 2× floor", target_ratio=2.0, note=f"{len(queries)} keystroke queries")
    return result


def handover_letter() -> Result:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from coordinator_app.reports import fonts, layout, letters

    fonts.register_fonts()
    body = ("De cliënt verblijft sinds kort in de regio en heeft hulp nodig bij huisvesting en zorg. " * 12)
    content = letters.LetterContent(
        person=letters.PersonDetails(name="Elena Popescu", date_of_birth=dt.date(1999, 4, 2), gender="Vrouw",
                                     nationality="Roemeens", languages=("Roemeens", "Engels")),
        reason_and_signals=body, safety_risks=body, care_needs=body, agreements_and_contacts=body,
    )
    head = layout.Letterhead(municipality="Gemeente Zwolle", address_lines=("Postbus 10007", "8000 GA Zwolle"),
                             coordinator_name="M. de Vries", place="Zwolle")
    recipient = layout.Recipient(organisation="Opvang", address_lines=("Straat 1", "8000 AA Zwolle"))
    sections = {"person", "reason_and_signals", "safety_risks", "care_needs", "agreements_and_contacts"}

    def product() -> bytes:
        return letters.build_letter("handover", head, recipient, content, sections, "nl", TODAY)

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(product())).pages)
    style = layout.styles()["body"]

    def floor() -> bytes:
        buf = io.BytesIO()
        SimpleDocTemplate(buf, pagesize=A4).build([Paragraph(body, style) for _ in range(2 * pages + 2)])
        return buf.getvalue()

    return Result("handover letter to bytes", "ms", timed(product, repeat=7),
                  floor_name="bare reportlab 2-page document, same font", floor_samples=timed(floor, repeat=7),
                  target="≤ 3× floor", target_ratio=3.0, note=f"letter has {pages} pages")


def backup_and_verify(folder: Path) -> Result:
    """`create_backup` as the Back-ups page runs it: export, write, and its own single verification of the new
    file (the benchmark does not verify a second time)."""
    from coordinator_app.services import backup

    work = working_copy(folder, "backup")
    target = BENCH_DIR / "work" / "backups"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    product = []
    with open_vault(work) as vault:
        for _ in range(3):
            start = time.perf_counter()
            backup.create_backup(vault, target)
            product.append((time.perf_counter() - start) * 1000)
    floor = []
    for _ in range(3):
        start = time.perf_counter()
        copy = target / "plain-copy.db"
        shutil.copyfile(work / "vault.db", copy)
        with open(copy, "rb") as fh:
            hashlib.file_digest(fh, "sha256")
        floor.append((time.perf_counter() - start) * 1000)
    size = (work / "vault.db").stat().st_size / 1e6
    return Result("backup with its one verification", "ms", product, floor_name="copy vault file + SHA-256",
                  floor_samples=floor,
                  target="≤ 3× floor", target_ratio=3.0,
                  note=f"vault file {size:.1f} MB; create_backup verifies the written file once, nothing more")


def quarterly(folder: Path) -> Result:
    from coordinator_app.services import statistics
    from coordinator_app.services.quarter import Quarter

    quarter = Quarter.of(TODAY).previous()
    with open_vault(folder) as vault:
        product = timed(lambda: statistics.quarterly_report(vault, quarter), repeat=5)
        sql = "SELECT primary_form, count(*) FROM cases GROUP BY primary_form"
        floor = timed(lambda: vault.execute_sql(sql), repeat=5)
    return Result("quarterly statistics incl. suppression", "ms", product,
                  floor_name="one COUNT(*) GROUP BY", floor_samples=floor,
                  target="≤ 5× floor and ≤ 300 ms", target_ratio=5.0, target_value=300)


def spreadsheet_import(cases: int) -> Result:
    from coordinator_app.services import case_import

    work = BENCH_DIR / "work" / "import"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    path = work / "import.csv"
    header = ["dossiernummer", "datum_signaal", "datum_geopend", "status", "uitbuitingsvorm", "geslacht", "leeftijd",
              "nationaliteit", "gemeente", "melder"]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for i in range(cases):
            writer.writerow([f"IMP-2025-{i:05d}", "2025-03-01", "2025-03-04", "active", "labour", "male", 30, "PL",
                             "Zwolle", "police"])
    product = []
    for n in range(2):
        vault, _ = Vault.create(work / f"v{n}", PASSPHRASE, profile=TEST_ONLY)
        with vault:
            start = time.perf_counter()
            case_import.import_file(vault, path)
            product.append((time.perf_counter() - start) * 1000)

    def floor() -> None:
        with open(path, newline="", encoding="utf-8") as fh:
            list(csv.reader(fh))

    return Result(f"spreadsheet import of {cases:,} rows", "ms", product, floor_name="csv module reading the file",
                  floor_samples=timed(floor, repeat=3), target="report")
