"""CSV import and export of the network (Dutch column names, one row per person or organisation).

Columns: soort (persoon/organisatie; empty = persoon, or organisatie when there is no achternaam),
voornaam, achternaam, organisatie, functie, telefoon, telefoon_2, email, voorkeur, talen,
specialismen, laatste_contact, type, gemeente, adres, postcode, plaats, website, doelgroepen,
capaciteit, plaatsen_vrij, bevestigd_op, notities. Lists are separated by "|". Both "," and ";"
(Dutch Excel) are read as separators; UTF-8 (with or without BOM) and Windows-1252. Every bad row is
reported with its row number (the header is row 1) and nothing is written before the preview.
On export a cell that a spreadsheet would run as a formula (= + - @ tab CR) gets a leading "'";
the import removes it again, so "+31 6 12345678" round-trips.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coordinator_app.atomic import atomic_write_bytes
from coordinator_app.codes import code_list
from coordinator_app.db.models import Contact, Organisation
from coordinator_app.db.vault import Vault
from coordinator_app.errors import ValidationError, disk_error
from coordinator_app.services import audit
from coordinator_app.services.contacts_import import ImportItem, check_size

COLUMNS = (
    "soort", "voornaam", "achternaam", "organisatie", "functie", "telefoon", "telefoon_2", "email", "voorkeur",
    "talen", "specialismen", "laatste_contact", "type", "gemeente", "adres", "postcode", "plaats", "website",
    "doelgroepen", "capaciteit", "plaatsen_vrij", "bevestigd_op", "notities",
)
_CONTACT = {"voornaam": "first_name", "achternaam": "last_name", "functie": "function", "telefoon": "phone",
            "telefoon_2": "phone_alt", "email": "email", "voorkeur": "preferred_contact",
            "laatste_contact": "last_contact_on", "notities": "notes"}
_ORG = {"organisatie": "name", "telefoon": "phone", "email": "email", "gemeente": "municipality",
        "adres": "address", "postcode": "postal_code", "plaats": "city", "website": "website",
        "capaciteit": "capacity", "plaatsen_vrij": "places_available", "bevestigd_op": "availability_confirmed_on",
        "notities": "notes"}
_KINDS = {"persoon": "contact", "contact": "contact", "contactpersoon": "contact", "person": "contact",
          "organisatie": "organisation", "organisation": "organisation"}
_SEP = "|"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as the start of a formula


def _decode(data: bytes) -> str:
    check_size(data)
    if b"\x00" in data[:4096]:
        raise ValidationError(code="csv_unreadable")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _code(list_name: str, text: str) -> str | None:
    """A code from its code or Dutch/English label; the raw text when unknown (validation reports it)."""
    if not text:
        return None
    return code_list(list_name).code_for_label(text) or text


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", _SEP).split(_SEP) if p.strip()]


def escape_formula(value: str) -> str:
    """A cell that Excel or LibreOffice would read as a formula (starts with = + - @, a tab or a
    carriage return) gets a leading apostrophe, so "=HYPERLINK(...)" stays text."""
    return "'" + value if value[:1] in FORMULA_STARTS else value


def unescape_formula(value: str) -> str:
    """Undo `escape_formula` on import: "'+31 6 12345678" becomes "+31 6 12345678" again. An
    apostrophe before anything else is kept (it was typed, not added by us)."""
    return value[1:] if value[:1] == "'" and value[1:2] in FORMULA_STARTS else value


def _row_item(row: dict[str, str], number: int) -> ImportItem:
    get = {k: unescape_formula(row.get(k) or "").strip() for k in COLUMNS}
    raw_kind = get["soort"].casefold()
    kind = _KINDS.get(raw_kind) or ("organisation" if not get["achternaam"] and get["organisatie"] else "contact")
    problems: dict[str, str] = {}
    if raw_kind and raw_kind not in _KINDS:
        problems["soort"] = "invalid_kind"
    if kind == "organisation":
        values: dict[str, Any] = {attr: get[col] or None for col, attr in _ORG.items()}
        values["name"] = get["organisatie"]
        values["org_type"] = _code("org_type", get["type"]) or "other"
        values["municipality"] = _code("municipality", get["gemeente"])
        values["target_groups"] = _split(get["doelgroepen"])
        item = ImportItem("organisation", number, values, problems=problems)
    else:
        values = {attr: get[col] or None for col, attr in _CONTACT.items()}
        values["last_name"] = get["achternaam"]
        values["languages"] = _split(get["talen"])
        values["specialisms"] = _split(get["specialismen"])
        if not get["achternaam"] and not get["organisatie"]:
            problems["last_name"] = "name_or_organisation"
        item = ImportItem("contact", number, values, organisation_name=get["organisatie"], problems=problems)
    return item


def parse_csv(data: bytes) -> list[ImportItem]:
    """Read a CSV file into import items (one per non-empty row). Raises ValidationError when unreadable."""
    text = _decode(data)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        header = [(h or "").strip().casefold().replace(" ", "_") for h in (reader.fieldnames or [])]
        if not ({"achternaam", "organisatie"} & set(header)):
            raise ValidationError(code="csv_no_name_column")
        reader.fieldnames = header
        items = []
        for row in reader:
            if not any((v or "").strip() for k, v in row.items() if k is not None and isinstance(v, str)):
                continue
            items.append(_row_item(row, reader.line_num))
    except csv.Error:
        raise ValidationError(code="csv_unreadable") from None
    return items


def _join(values: list[str] | None) -> str:
    return _SEP.join(values or [])


def export_csv(vault: Vault, contact_ids: list[int], organisation_ids: list[int]) -> bytes:
    """The chosen organisations and people as CSV (UTF-8 with BOM so Excel shows accents)."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    with vault.read() as session:
        for o in session.scalars(select(Organisation).where(Organisation.id.in_(organisation_ids))
                                 .order_by(Organisation.name)):
            row = {col: getattr(o, attr) for col, attr in _ORG.items()}
            row.update(soort="organisatie", type=o.org_type, doelgroepen=_join(o.target_groups))
            writer.writerow({k: "" if v is None else escape_formula(str(v)) for k, v in row.items()})
        for c in session.scalars(select(Contact).where(Contact.id.in_(contact_ids))
                                 .order_by(Contact.last_name, Contact.first_name)):
            row = {col: getattr(c, attr) for col, attr in _CONTACT.items()}
            row.update(soort="persoon", organisatie=c.organisation.name if c.organisation else "",
                       talen=_join(c.languages), specialismen=_join(c.specialisms))
            writer.writerow({k: "" if v is None else escape_formula(str(v)) for k, v in row.items()})
    return out.getvalue().encode("utf-8-sig")


def write_csv(vault: Vault, path: Path | str, contact_ids: list[int], organisation_ids: list[int]) -> None:
    """Write the export atomically (the file is NOT encrypted: the UI warns first). A write that
    fails (no access, a folder chosen, disk full) is a DiskError in plain Dutch."""
    data = export_csv(vault, contact_ids, organisation_ids)
    try:
        atomic_write_bytes(Path(path), data)
    except OSError as exc:
        raise disk_error(exc) from exc
    audit.log(vault, "contacts_exported", "contact", None, detail="csv")
