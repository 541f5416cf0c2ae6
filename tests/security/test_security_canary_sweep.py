"""The canary sweep: a whole working day with a unique canary name — intake, edits, an attachment, a
letter previewed and printed, the quarterly export, a backup, a lock and a crash — then every place the
app may write is searched for the canary in UTF-8 and UTF-16 — in the raw bytes, the text of every PDF (pypdf)
and the unzipped XML of every XLSX: the vault folder, the backup folder, the
temporary folder, the log folder, Qt's settings and cache folders and the data folder. The only hits
allowed are in files the user explicitly saved (the attachment's source and the printed letter)."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from coordinator_app import paths
from coordinator_app.db.vault import Vault
from coordinator_app.domain.intake.flow import IntakeFlow
from coordinator_app.domain.quarter import Quarter
from coordinator_app.services.backups import backup
from coordinator_app.services.cases import store
from coordinator_app.services.documents import letters, storage
from coordinator_app.services.intake import finish
from coordinator_app.services.network import contacts
from coordinator_app.services.quarterly import exports as quarterly_files
from coordinator_app.ui.documents.preview import PdfPreview
from coordinator_app.ui.pdf_print import load_document, paint_document
from coordinator_app.ui.worker import wait_idle
from tests.conftest import PASSPHRASE, isolated_home
from tests.helpers import ROOT, canary_hits, file_contents, holds
from tests.intake.test_intake_flow import base_state
from tests.security.figures import record

FIRST, LAST = "Zqxvorna", "Canarisdottir"
CANARY = f"{FIRST} {LAST}"

CRASH_WRITER = """
import sys
from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store as cases
v = Vault.open(sys.argv[1], passphrase=sys.argv[2])
i = 0
while True:
    i += 1
    cases.add_journal_entry(v, int(sys.argv[3]), f"{sys.argv[4]} regel {i}")
    print(i, flush=True)
"""


def _recent_files(folder: Path, since: float) -> list[Path]:
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            try:
                if path.stat().st_mtime >= since:
                    found.append(path)
            except OSError:
                continue
    return found


def test_canary_appears_nowhere_but_in_explicit_saves(qtbot, vault_dir: Path, tmp_path: Path) -> None:
    started = time.time() - 1
    explicit = tmp_path / "saved-by-the-user"
    explicit.mkdir()
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    vault = Vault.open(vault_dir, passphrase=PASSPHRASE)

    # intake
    state = base_state(age=24, nationality="RO", form="labour")
    state.signal.reporter_contact_id = None
    state.person.first_name, state.person.last_name = FIRST, LAST
    state.signal.text = f"Melding over {CANARY}: werkt zeven dagen per week."
    today = dt.date.today()
    state.signal.received_on = today - dt.timedelta(days=3)
    IntakeFlow(state, today=today).apply_suggested_followups()
    case_id = finish.finish(vault, state, today=today)

    # edits: journal, case text, network
    store.add_journal_entry(vault, case_id, f"Gesprek met {CANARY} en tolk.")
    store.update_case(vault, case_id, store.CaseChanges(signal_text=f"Aangevuld: {CANARY} slaapt op de werkplek."))
    shelter = contacts.create_organisation(vault, contacts.OrganisationInput("Opvang De Haven", "shelter_social"))
    contacts.create_contact(vault, contacts.ContactInput(last_name=LAST, first_name=FIRST, notes=CANARY))

    # attachment from a file the user owns (explicitly saved by her: allowed to hold the canary)
    scan = explicit / "verklaring.txt"
    scan.write_text(f"Verklaring van {CANARY}", encoding="utf-8")
    storage.add_attachment(vault, case_id, scan)

    # letter: built in memory, previewed, printed to a PDF printer the user chose, stored in the case
    pdf = letters.build_case_letter(vault, case_id, "handover", shelter, None, ["person", "reason_and_signals"])
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(pdf)
    preview.show()
    qtbot.waitUntil(lambda: preview.page_count() >= 1)
    preview.grab()  # paints the visible page now (the renderer's own buffers are what we look for)
    document, _buffer = load_document(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(explicit / "geprinte-brief.pdf"))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      printer.pageLayout().margins()))
    assert paint_document(document, printer) >= 1
    storage.store_letter(vault, case_id, pdf, "handover", "Overdrachtsbrief", shelter, None,
                           ["person", "reason_and_signals"])

    # quarterly export (counts only: must be clean even though it is an explicit save)
    exports = tmp_path / "exports"
    exports.mkdir()
    for fmt in ("csv", "xlsx", "pdf"):
        quarterly_files.export_quarterly(vault, Quarter.of(today), fmt, exports / f"kwartaal.{fmt}")

    # backup, then lock
    backup.create_backup(vault, stick)
    preview.close()
    wait_idle()
    vault.close()

    # a crash in the middle of writing
    proc = subprocess.Popen([sys.executable, "-c", CRASH_WRITER, str(vault_dir), PASSPHRASE, str(case_id), CANARY],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if int(line) >= 15:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)

    # the sweep (first as the crash left the files, WAL included)
    home = isolated_home()
    swept = [vault_dir, stick, exports, paths.log_dir(), paths.data_dir(), home / "config", home / "cache",
             home / "state", home / "runtime"]
    hits = canary_hits(CANARY, *swept)
    hits += canary_hits(LAST, *swept)
    in_swept = {p.resolve() for folder in swept if folder.exists() for p in folder.rglob("*") if p.is_file()}
    tmp_recent = [p for p in _recent_files(Path(tempfile.gettempdir()), started)
                  if explicit not in p.parents and p.resolve() not in in_swept]  # each file counted once
    tmp_hits = [str(p) for p in tmp_recent if holds(file_contents(p), LAST)]
    swept_files = [p for folder in swept if folder.exists() for p in folder.rglob("*") if p.is_file()]
    extracted = sum(1 for p in [*swept_files, *tmp_recent] if len(file_contents(p)) > 1)
    files_swept = len(swept_files)
    record("canary sweep after a full workflow (files searched, files clean)", files_swept + len(tmp_recent),
           files_swept + len(tmp_recent) - len(set(hits)) - len(tmp_hits),
           f"UTF-8 and UTF-16; vault, backups, exports, logs, Qt settings/cache, recent temp files; {extracted} "
           "PDF/XLSX files searched in their extracted text (pypdf, unzipped XML), not their compressed bytes")
    assert hits == []
    assert tmp_hits == []
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:  # the data is really there, encrypted
        assert v.execute_sql("SELECT count(*) FROM search_index WHERE search_index MATCH 'Canarisdottir'")[0][0] > 3
    assert canary_hits(LAST, vault_dir) == []
    # The search can fail: a letter saved as PDF holds the name only in compressed streams, and the sweep finds it.
    saved = explicit / "opgeslagen-brief.pdf"
    saved.write_bytes(pdf)
    assert LAST.encode() not in pdf and str(saved) in canary_hits(LAST, explicit)
    # The exports were searched in their content: the unzipped XLSX and the PDF's text are readable.
    assert holds(file_contents(exports / "kwartaal.xlsx"), str(Quarter.of(today).year))
    assert holds(file_contents(exports / "kwartaal.pdf"), str(Quarter.of(today).year))
    assert extracted >= 2
