"""export-case (inzageverzoek, GDPR art. 15/20): the JSON gives back, field for field, what was
imported or typed; every stored column is in it; the PDF is readable; the export is audited without
personal data. Oracles: the corpus's expected.json, the values typed here, SQLite's own table_info."""

from __future__ import annotations

import base64
import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from coordinator_app.errors import NotFound, ValidationError
from coordinator_app.services import audit
from coordinator_app.services.cases import detail as case_detail
from coordinator_app.services.cases import own_data, sheet_import, store, work
from coordinator_app.services.documents import storage
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "cases"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
NFC = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731


def _columns(vault, table: str) -> set[str]:
    return {row[1] for row in vault.execute_sql(f"PRAGMA table_info({table})")}


@pytest.mark.parametrize("name", ["world_names_title_row.csv", "dates_and_serials.xlsx", "libreoffice.ods"])
def test_json_gives_back_what_was_imported(vault, tmp_path, name: str) -> None:
    sheet_import.import_checked(vault, sheet_import.check_file(vault, CORPUS / name))
    for want in EXPECTED[name]:
        out = own_data.export_case(vault, want["case_number"], "json", tmp_path / "inzage.json")
        data = json.loads(out.read_text(encoding="utf-8"))
        got = {"case_number": data["case"]["case_number"], "signal": data["case"]["signal_received_on"],
               "first_name": data["person"]["first_name"], "last_name": data["person"]["last_name"],
               "date_of_birth": data["person"]["date_of_birth"], "nationality": data["person"]["nationality"]}
        assert got == {k: NFC(v) if isinstance(v, str) else v for k, v in want.items()}


def test_json_holds_every_stored_field_of_a_typed_case(vault, tmp_path) -> None:
    typed = {"first_name": "Mohammad\u00a0Reza", "last_name": "می\u200cخواه", "alias": "Zoë\u00adJansen",
             "date_of_birth": "14-07-1999", "nationality": "IR", "safe_contact": "Bel eerst\n\u200fمن\u200e 06-1234567"}
    case_id = store.create_case(vault, store.CaseInput(
        signal_received_on="01-03-2025", status="active", case_number="T-1", signal_text="Regel 1\nRegel\u2028 2",
        person=store.PersonInput(**typed)))
    journal_text = "Gesprek met \u202eomgekeerd\u202c en ZWJ ከ\u200dሰ"
    work.add_journal(vault, case_id, journal_text, on="02-03-2025")
    task_id = work.add_task(vault, case_id, "Bel Ștefan", "2026-01-10", note="Notitie ẞ")
    case_detail.save_milestone(vault, case_id, case_detail.MilestoneInput(
        kind="police_report", status="done", on="03-03-2025", note="Aangifte"))
    case_detail.save_consent(vault, case_id, case_detail.ConsentInput(
        purpose="care_referral", given=False, legal_ground="vital_interest", note="Geen handtekening"))
    payload = bytes(range(256)) * 3
    attachment = tmp_path / "bijlage.bin"
    attachment.write_bytes(payload)
    storage.add_attachment(vault, case_id, attachment, "Verklaring")
    data = json.loads(own_data.export_case(vault, "T-1", "json", tmp_path / "x.json").read_text("utf-8"))
    person = data["person"]
    assert {k: person[k] for k in typed if k not in ("date_of_birth",)} == {
        k: NFC(v) for k, v in typed.items() if k != "date_of_birth"}
    assert person["date_of_birth"] == "1999-07-14"
    assert data["case"]["signal_text"] == "Regel 1\nRegel\u2028 2"
    assert [j["text"] for j in data["journal"]] == [NFC(journal_text)]
    assert [(t["id"], t["title"], t["due_on"], t["note"]) for t in data["tasks"]] == [(
        task_id, "Bel Ștefan", "2026-01-10", "Notitie ẞ")]
    assert [(ms["kind"], ms["on"], ms["note"]) for ms in data["milestones"]] == [("police_report", "2025-03-03",
                                                                                 "Aangifte")]
    assert data["consents"][0]["legal_ground"] == "vital_interest"
    assert base64.b64decode(data["documents"][0]["content_base64"]) == payload
    # every stored column of every table, by SQLite's own list of columns
    for key, table in (("case", "cases"), ("person", "persons")):
        assert set(data[key]) == _columns(vault, table)
    for key, table in (("journal", "journal_entries"), ("tasks", "tasks"), ("milestones", "milestones"),
                       ("consents", "consents"), ("audit", "audit_events")):
        assert data[key] and set(data[key][0]) == _columns(vault, table), key
    assert set(data["documents"][0]) == _columns(vault, "documents") | {"content_base64"}
    assert {"case_created", "document_added"} <= {a["event"] for a in data["audit"]}


def test_pdf_is_readable_and_the_export_is_audited_without_personal_data(vault, tmp_path) -> None:
    case_id = store.create_case(vault, store.CaseInput(
        signal_received_on="01-03-2025", case_number="P-1",
        person=store.PersonInput(first_name="Łukasz", last_name="محمد")))
    number = store.get_case(vault, case_id).case_number
    out = own_data.export_case(vault, number, "pdf", tmp_path / "inzage.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Inzage" in text and "Łukasz" in text and "[U+202E]" not in text
    # the Arabic surname is drawn (joined, right to left: presentation forms, hence NFKC), so it needs no remark;
    # text no font can show is flagged (tests/reports/test_pdf_scripts.py, test_pdf_unprintable.py)
    assert "محمد" in unicodedata.normalize("NFKC", text) and "niet kan tonen" not in text
    assert out.stat().st_mode & 0o077 == 0
    events = [e for e in audit.events(vault, case_id=case_id) if e.event == "case_exported"]
    assert [e.detail for e in events] == ["pdf"]
    assert PdfReader(out).metadata.title == "Inzage: alle gegevens over één persoon"


def test_bidi_controls_are_made_visible_in_the_pdf(vault, tmp_path) -> None:
    store.create_case(vault, store.CaseInput(signal_received_on="01-03-2025", case_number="B-1",
                                             person=store.PersonInput(first_name="Anna\u202eKarel")))
    out = own_data.export_case(vault, "B-1", "pdf", tmp_path / "b.pdf")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Anna[U+202E]Karel" in text


def test_unknown_case_and_bad_format_are_refused(vault, tmp_path) -> None:
    with pytest.raises(NotFound):
        own_data.export_case(vault, "BESTAAT-NIET", "json", tmp_path / "x.json")
    with pytest.raises(ValidationError):
        own_data.export_case(vault, "X", "docx", tmp_path / "x.docx")
    with pytest.raises(ValidationError):
        own_data.export_case(vault, "X", "json", tmp_path)
    assert not (tmp_path / "x.json").exists()


def test_cli_export_case(vault_dir, passphrase_file, tmp_path) -> None:
    from coordinator_app.db.vault import Vault

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        store.create_case(vault, store.CaseInput(signal_received_on=dt.date(2025, 3, 1), case_number="C-9",
                                                 person=store.PersonInput(first_name="Zoë", last_name="Özdemir")))
    args = ("--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    res = run_cli("export-case", "C-9", *args, "--format", "json", "--out", str(tmp_path / "inzage.json"))
    assert res.returncode == 0, res.stderr
    data = json.loads((tmp_path / "inzage.json").read_text(encoding="utf-8"))
    assert (data["person"]["first_name"], data["person"]["last_name"]) == ("Zoë", "Özdemir")
    res = run_cli("export-case", "C-9", *args, "--format", "pdf", "--out", str(tmp_path / "inzage.pdf"))
    assert res.returncode == 0 and PdfReader(tmp_path / "inzage.pdf").pages
    res = run_cli("export-case", "NIET-1", *args, "--format", "pdf", "--out", str(tmp_path / "n.pdf"))
    assert res.returncode == 2 and "bestaat niet" in res.stderr and "Traceback" not in res.stderr
    res = run_cli("export-case", "C-9", *args, "--format", "xml", "--out", str(tmp_path / "n.xml"))
    assert res.returncode == 2 and "pdf, json" in res.stderr


def test_gui_action_exports_off_the_gui_thread_and_is_audited(qtbot, vault, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    from coordinator_app.ui.cases.detail import CaseDetail

    case_id = store.create_case(vault, store.CaseInput(signal_received_on="01-03-2025", case_number="G-1",
                                                       person=store.PersonInput(first_name="Ștefan")))
    detail = CaseDetail(lambda: vault)
    qtbot.addWidget(detail)
    detail.show()
    detail.load(case_id)
    qtbot.waitUntil(lambda: detail.record is not None, timeout=10_000)
    detail.export_button.click()
    dialog = detail.findChild(QFileDialog, "caseExportDialog")
    assert dialog is not None and Path(dialog.selectedFiles()[0]).name == "inzage.pdf"
    dialog.reject()
    with qtbot.waitSignal(detail.exported, timeout=20_000) as signal:
        detail.export_to(str(tmp_path / "inzage.json"))
    data = json.loads(Path(signal.args[0]).read_text(encoding="utf-8"))
    assert data["person"]["first_name"] == "Ștefan"
    assert [e.detail for e in audit.events(vault, case_id=case_id) if e.event == "case_exported"] == ["json"]
