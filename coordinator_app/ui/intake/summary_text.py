"""The summary of an intake as HTML for the last wizard page (from `IntakeFlow.summary`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coordinator_app.ui.intake.book import AddressBook
from coordinator_app.ui.intake.common import tr


def _yes_no(value: Any) -> str:
    if value is None:
        return "–"
    return tr("yes") if value else tr("no")


def _date(iso: str) -> str:
    return f"{iso[8:10]}-{iso[5:7]}-{iso[0:4]}" if len(iso) == 10 else iso


def render(s: dict[str, Any], book: AddressBook, esc: Callable[[str], str]) -> str:
    parts: list[str] = []

    def section(title: str, rows: list[tuple[str, Any]]) -> None:
        body = "".join(
            f"<tr><td style='color:#555;padding-right:12px;white-space:nowrap'>{esc(k)}</td>"
            f"<td>{esc(str(v)).replace(chr(10), '<br>')}</td></tr>"
            for k, v in rows if v not in ("", None, [])
        )
        parts.append(f"<h3 style='margin:10px 0 2px 0'>{esc(title)}</h3><table>{body}</table>")

    sig = s["signal"]
    reporter = tr("anonymous") if sig["reporter_anonymous"] else book.name("contact", sig["reporter_contact_id"])
    section(tr("Signal"), [
        (tr("Received on"), _date(sig["received_on"])), (tr("Channel"), sig["channel"]),
        (tr("Reporter"), reporter), (tr("Organisation type"), sig["reporter_org_type"]),
        (tr("Referral source"), sig["referral_source"]), (tr("Municipality"), sig["municipality"]),
        (tr("Signal"), sig["text"]),
    ])
    saf = s["safety"]
    section(tr("Safety"), [
        (tr("Acute danger"), _yes_no(saf["acute_danger"])),
        (tr("112 called"), _yes_no(saf["called_112"]) if saf["acute_danger"] else ""),
        (tr("Note"), saf["emergency_note"]), (tr("Minor"), _yes_no(saf["is_minor"])),
        (tr("Unaccompanied minor foreigner"), tr("yes") if saf["unaccompanied_minor"] else ""),
        (tr("Meldcode steps taken"), ", ".join(saf["meldcode_steps_done"])),
        (tr("Meldcode decision"), saf["meldcode_decision"] if saf["is_minor"] else ""),
    ])
    forms = s["forms"]
    marks = [f"{m['text']} — {m['kind']}; {m['source']}" + (f" ({m['note']})" if m["note"] else "")
             for m in s["indicators"]]
    section(tr("Indicators and forms"), [
        (tr("Primary form"), forms["primary"]), (tr("Other forms"), ", ".join(forms["other"])),
        (tr("Labour sector"), forms["labour_sector"]), (tr("Indicators"), "\n".join(marks)),
        (tr("Notes"), s["indicator_notes"]),
    ])
    p = s["person"]
    name = tr("anonymous or unknown") if p["anonymous"] else " ".join(
        x for x in (p["first_name"], p["last_name"]) if x)
    section(tr("Person"), [
        (tr("Name"), name), (tr("Alias"), p["alias"]), (tr("Date of birth"), _date(p["date_of_birth"])),
        (tr("Age"), p["age"]), (tr("Gender"), p["gender"]), (tr("Nationality"), p["nationality"]),
        (tr("Languages"), ", ".join(p["languages"])),
        (tr("Interpreter needed"), tr("yes") if p["interpreter_needed"] else ""),
        (tr("Safe contact"), p["safe_contact"]), (tr("Whereabouts"), p["whereabouts"]),
    ])
    c = s["consultation"]
    section(tr("Consultation"), [
        (tr("Consulted"), ", ".join(c["parties"])),
        (tr("People"), ", ".join(book.name("contact", i) for i in c["contact_ids"])),
        (tr("On"), _date(c["consulted_on"])), (tr("Weighed"), c["weighed"]), (tr("Decision"), c["decision"]),
        (tr("Grounds"), c["grounds"]),
    ])
    if s["consent"]:
        rows = []
        for r in s["consent"]:
            if r["given"]:
                text = tr("given on %1 by %2").replace("%1", _date(r["signed_on"])).replace("%2", r["signer"])
                if r["signer_name"]:
                    text += f" ({r['signer_name']})"
                if r["partner_ids"]:
                    text += ": " + ", ".join(book.name("organisation", i) for i in r["partner_ids"])
            else:
                text = tr("not given; legal ground: %1").replace("%1", r["legal_ground"])
            rows.append((r["purpose"], text))
        section(tr("Consent"), rows)
    tasks = []
    for t in s["tasks"]:
        line = f"{t['title']} — {tr('due')} {_date(t['due_date'])}"
        if t["org_id"] is not None:
            line += f", {book.name('organisation', t['org_id'])}"
        if t["start_date"]:
            line += f", {tr('from')} {_date(t['start_date'])} {tr('to')} {_date(t['end_date'])}"
        tasks.append(line)
    section(tr("Follow-up steps (tasks)"), [
        (tr("Tasks"), "\n".join(tasks) or tr("none: the case stays in intake")),
        (tr("Report to the police"), s["police_report"]), (tr("Report made on"), _date(s["police_report_on"])),
    ])
    if s["shelter_chosen"]:
        parts.append("<p><b>" + esc(tr("A shelter was chosen: after creating the case you can make the "
                                       "handover letter.")) + "</b></p>")
    return "".join(parts)
