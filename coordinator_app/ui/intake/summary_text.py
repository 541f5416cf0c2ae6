"""The summary of an intake as HTML for the last wizard page (from `IntakeFlow.summary`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coordinator_app.domain.countries import country_name
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.ui import theme
from coordinator_app.ui.intake.book import AddressBook
from coordinator_app.ui.intake.common import lang, translate


def _yes_no(value: Any) -> str:
    if value is None:
        return "–"
    return translate("Intake", "yes") if value else translate("Intake", "no")


def _date(iso: str) -> str:
    return f"{iso[8:10]}-{iso[5:7]}-{iso[0:4]}" if len(iso) == 10 else iso


def _free(text: Any) -> str:
    """Typed text, each line isolated (FSI ... PDI when it holds right-to-left letters or bidi controls):
    an override in a name or note cannot reorder the label beside it or the next line."""
    return "\n".join(bidi_isolate(line) for line in str(text or "").split("\n")) if text else ""


def _who(book: AddressBook, kind: str, item_id: int | None) -> str:
    """An address-book name for the summary, name and organisation each isolated."""
    row = book.rows.get((kind, item_id)) if item_id is not None else None
    if row is None:
        return book.name(kind, item_id)
    name = bidi_isolate(row.name)
    return f"{name} ({bidi_isolate(row.organisation)})" if row.organisation else name


def render(s: dict[str, Any], book: AddressBook, esc: Callable[[str], str]) -> str:
    parts: list[str] = []

    def section(title: str, rows: list[tuple[str, Any]]) -> None:
        body = "".join(
            f"<tr><td style='color:{theme.muted().name()};padding-right:12px;white-space:nowrap'>{esc(k)}</td>"
            f"<td>{esc(str(v)).replace(chr(10), '<br>')}</td></tr>"
            for k, v in rows
            if v not in ("", None, [])
        )
        parts.append(f"<h3 style='margin:10px 0 2px 0'>{esc(title)}</h3><table>{body}</table>")

    sig = s["signal"]
    reporter = (
        translate("Intake", "anonymous")
        if sig["reporter_anonymous"]
        else _who(book, "contact", sig["reporter_contact_id"])
    )
    section(
        translate("Intake", "Signal"),
        [
            (translate("Intake", "Received on"), _date(sig["received_on"])),
            (translate("Intake", "Channel"), sig["channel"]),
            (translate("Intake", "Reporter"), reporter),
            (translate("Intake", "Organisation type"), sig["reporter_org_type"]),
            (translate("Intake", "Referral source"), sig["referral_source"]),
            (translate("Intake", "Municipality"), sig["municipality"]),
            (translate("Intake", "Signal"), _free(sig["text"])),
        ],
    )
    saf = s["safety"]
    section(
        translate("Intake", "Safety"),
        [
            (translate("Intake", "Acute danger"), _yes_no(saf["acute_danger"])),
            (translate("Intake", "112 called"), _yes_no(saf["called_112"]) if saf["acute_danger"] else ""),
            (translate("Intake", "Note"), _free(saf["emergency_note"])),
            (translate("Intake", "Minor"), _yes_no(saf["is_minor"])),
            (
                translate("Intake", "Unaccompanied minor foreigner"),
                translate("Intake", "yes") if saf["unaccompanied_minor"] else "",
            ),
            (translate("Intake", "Meldcode steps taken"), "\n".join(saf["meldcode_steps_done"])),
            (translate("Intake", "Meldcode decision"), saf["meldcode_decision"] if saf["is_minor"] else ""),
        ],
    )
    forms = s["forms"]
    marks = [
        f"{m['text']} — {m['kind']}; {_free(m['source'])}" + (f" ({_free(m['note'])})" if m["note"] else "")
        for m in s["indicators"]
    ]
    section(
        translate("Intake", "Indicators and forms"),
        [
            (translate("Intake", "Primary form"), forms["primary"]),
            (translate("Intake", "Other forms"), ", ".join(forms["other"])),
            (translate("Intake", "Labour sector"), _free(forms["labour_sector"])),
            (translate("Intake", "Indicators"), "\n".join(marks)),
            (translate("Intake", "Notes"), _free(s["indicator_notes"])),
        ],
    )
    p = s["person"]
    name = (
        translate("Intake", "anonymous or unknown")
        if p["anonymous"]
        else " ".join(bidi_isolate(x) for x in (p["first_name"], p["last_name"]) if x)
    )
    section(
        translate("Intake", "Person"),
        [
            (translate("Intake", "Name"), name),
            (translate("Intake", "Alias"), _free(p["alias"])),
            (translate("Intake", "Date of birth"), _date(p["date_of_birth"])),
            (translate("Intake", "Age"), p["age"]),
            (translate("Intake", "Gender"), p["gender"]),
            (translate("Intake", "Nationality"), country_name(p["nationality"], lang()) if p["nationality"] else ""),
            (translate("Intake", "Languages"), ", ".join(bidi_isolate(x) for x in p["languages"])),
            (translate("Intake", "Interpreter needed"), translate("Intake", "yes") if p["interpreter_needed"] else ""),
            (translate("Intake", "Safe contact"), _free(p["safe_contact"])),
            (translate("Intake", "Whereabouts"), _free(p["whereabouts"])),
        ],
    )
    c = s["consultation"]
    section(
        translate("Intake", "Consultation"),
        [
            (translate("Intake", "Consulted"), ", ".join(c["parties"])),
            (translate("Intake", "People"), ", ".join(_who(book, "contact", i) for i in c["contact_ids"])),
            (translate("Intake", "On"), _date(c["consulted_on"])),
            (translate("Intake", "Weighed"), _free(c["weighed"])),
            (translate("Intake", "Decision"), c["decision"]),
            (translate("Intake", "Grounds"), _free(c["grounds"])),
        ],
    )
    if s["consent"]:
        rows = []
        for r in s["consent"]:
            if r["given"]:
                text = (
                    translate("Intake", "given on %1 by %2")
                    .replace("%1", _date(r["signed_on"]))
                    .replace("%2", r["signer"].lower())
                )
                if r["signer_name"]:
                    text += f" ({bidi_isolate(r['signer_name'])})"
                if r["partner_ids"]:
                    text += ": " + ", ".join(_who(book, "organisation", i) for i in r["partner_ids"])
            else:
                text = translate("Intake", "not given; legal ground: %1").replace("%1", r["legal_ground"])
            rows.append((r["purpose"], text))
        section(translate("Intake", "Consent"), rows)
    tasks = []
    for t in s["tasks"]:
        due = translate("Intake", "due %1").replace("%1", _date(t["due_date"]))
        line = f"{bidi_isolate(t['title'])} — {due}"
        if t["org_id"] is not None:
            line += f", {_who(book, 'organisation', t['org_id'])}"
        if t["start_date"]:
            period = translate("Intake", "from %1 to %2")
            line += ", " + period.replace("%1", _date(t["start_date"])).replace("%2", _date(t["end_date"]))
        tasks.append(line)
    section(
        translate("Intake", "Follow-up steps (tasks)"),
        [
            (translate("Intake", "Tasks"), "\n".join(tasks) or translate("Intake", "none: the case stays in intake")),
            (translate("Intake", "Report to the police"), s["police_report"]),
            (translate("Intake", "Report made on"), _date(s["police_report_on"])),
        ],
    )
    if s["shelter_chosen"]:
        parts.append(
            "<p><b>"
            + esc(
                translate("Intake", "A shelter was chosen: after creating the case you can make the handover letter.")
            )
            + "</b></p>"
        )
    return "".join(parts)
