"""vCard 3.0 / 4.0 import and export (RFC 2426 / RFC 6350) with vobject; vCard 2.1 (old Outlook) is read too.

Import copes with what Outlook, Google and Apple write: folded lines, quoted-printable values (with
soft line breaks and a CHARSET), several cards in one file, a UTF-8 or UTF-16 byte order mark, and
files in Windows-1252. Photos, logos, sounds and keys are ignored: nothing of them is kept, and the
preview says so per card. A file that is no vCard gives a clear Dutch error.

Export writes one card per organisation (KIND:org in 4.0; X-ABShowAs:COMPANY in 3.0, as Apple
does) and per person. Everything the address book holds that vCard has no property for travels in
X-COORDINATOR-* properties, so an exported file imports into another vault with nothing lost.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import vobject
from sqlalchemy import select

from coordinator_app.atomic import atomic_write_bytes
from coordinator_app.db.models import Contact, Organisation
from coordinator_app.db.vault import Vault
from coordinator_app.errors import ValidationError, disk_error
from coordinator_app.services import audit
from coordinator_app.services.contacts_import import ImportItem, check_size

X = "X-COORDINATOR-"
_DROPPED = ("PHOTO", "LOGO", "SOUND", "KEY")
_PROP = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]")
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)
_FN = re.compile(r"^FN(?:;[^:\r\n]*)?:([^\r\n]*)\r?$", re.IGNORECASE | re.MULTILINE)

# Organisation fields carried in X- properties: (attribute, property suffix)
_ORG_X = (("org_type", "ORG-TYPE"), ("municipality", "MUNICIPALITY"), ("region_served", "REGION"),
          ("capacity", "CAPACITY"), ("places_available", "PLACES"),
          ("availability_confirmed_on", "CONFIRMED"))


# --- reading -------------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """Bytes to text: BOMs, UTF-8, then Windows-1252 (what old Outlook writes). Clear error otherwise."""
    check_size(data)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValidationError(code="vcard_encoding") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise ValidationError(code="vcard_encoding") from None


def _strip_media(text: str) -> tuple[str, list[int]]:
    """Remove PHOTO/LOGO/SOUND/KEY with their continuation lines; returns the text and the card numbers
    (1-based) that had one."""
    out: list[str] = []
    cards_with_media: list[int] = []
    card = 0
    skipping = False
    for line in text.splitlines():
        if skipping:
            # folded continuation, a 2.1 base64 block (lines without ':'), or its closing blank line
            if line[:1] in (" ", "\t") or (line.strip() and ":" not in line) or not line.strip():
                continue
            skipping = False
        m = _PROP.match(line)
        if m and m.group(1).upper() == "BEGIN" and line.upper().startswith("BEGIN:VCARD"):
            card += 1
        if m and m.group(1).upper() in _DROPPED:
            skipping = True
            if card not in cards_with_media:
                cards_with_media.append(card)
            continue
        out.append(line)
    return "\r\n".join(out) + "\r\n", cards_with_media


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    return str(value or "").strip()


def _all(card: Any, name: str) -> list[Any]:
    return [c for c in card.getChildren() if c.name.upper() == name]


def _first(card: Any, name: str) -> str:
    found = _all(card, name)
    return _text(found[0].value) if found else ""


def _sorted_by_pref(props: list[Any]) -> list[Any]:
    def rank(p: Any) -> int:
        types = {t.upper() for t in p.params.get("TYPE", [])} | {t.upper() for t in p.singletonparams}
        return 0 if "PREF" in types or p.params.get("PREF") else 1
    return sorted(props, key=rank)


def _is_org(card: Any) -> bool:
    kind = _first(card, "KIND").lower() or _first(card, X + "KIND").lower()
    if kind in ("org", "organization", "organisation"):
        return True
    if _first(card, "X-ABSHOWAS").upper() == "COMPANY":
        return True
    n = _all(card, "N")
    has_name = bool(n) and bool(_text(getattr(n[0].value, "family", "")) or _text(getattr(n[0].value, "given", "")))
    return not has_name and not _first(card, "FN") and bool(_first(card, "ORG"))


def _item(card: Any, where: int) -> ImportItem:
    phones = [_text(p.value) for p in _sorted_by_pref(_all(card, "TEL")) if _text(p.value)]
    phones = [p[4:] if p.lower().startswith("tel:") else p for p in phones]
    emails = [_text(p.value) for p in _sorted_by_pref(_all(card, "EMAIL")) if _text(p.value)]
    org_field = _all(card, "ORG")
    org_name = _text(org_field[0].value[0] if isinstance(org_field[0].value, list) and org_field[0].value
                     else org_field[0].value) if org_field else ""
    note = _first(card, "NOTE").replace("\r\n", "\n")
    item: ImportItem
    if _is_org(card):
        adr = _all(card, "ADR")
        values: dict[str, Any] = {
            "name": _first(card, "FN") or org_name, "phone": phones[0] if phones else None,
            "email": emails[0] if emails else None, "website": _first(card, "URL") or None,
            "target_groups": [_text(p.value) for p in _all(card, X + "TARGET-GROUP")],
        }
        for attr, suffix in _ORG_X:
            values[attr] = _first(card, X + suffix) or None
        values["org_type"] = values["org_type"] or "other"
        if adr:
            a = adr[0].value
            values["address"] = _text(getattr(a, "street", "")) or None
            values["postal_code"] = _text(getattr(a, "code", "")) or None
            values["city"] = _text(getattr(a, "city", "")) or None
        extra = phones[1:] + emails[1:]
        item = ImportItem("organisation", where, values)
    else:
        n = _all(card, "N")
        family = _text(getattr(n[0].value, "family", "")) if n else ""
        given = " ".join(filter(None, (_text(getattr(n[0].value, "given", "")),
                                       _text(getattr(n[0].value, "additional", ""))))) if n else ""
        if not family and not given:
            full = _first(card, "FN")
            given, _, family = full.rpartition(" ")
        values = {
            "first_name": given or None, "last_name": family, "function": _first(card, "TITLE") or
            _first(card, "ROLE") or None, "phone": phones[0] if phones else None,
            "phone_alt": phones[1] if len(phones) > 1 else None, "email": emails[0] if emails else None,
            "preferred_contact": _first(card, X + "PREFERRED") or None,
            "languages": [_text(p.value) for p in _all(card, "LANG") + _all(card, X + "LANGUAGE")],
            "specialisms": [_text(p.value) for p in _all(card, X + "SPECIALISM")],
            "last_contact_on": _first(card, X + "LAST-CONTACT") or None,
        }
        extra = phones[2:] + emails[1:]
        item = ImportItem("contact", where, values, organisation_name=org_name)
    if extra:  # keep what has no field of its own in the notes: nothing is lost
        note = "\n".join(filter(None, (note, *extra)))
        item.notices.append("extra_in_notes")
    item.values["notes"] = note or None
    return item


def _blocks(text: str) -> list[str]:
    """The text of each BEGIN:VCARD ... END:VCARD block (text between blocks is ignored)."""
    blocks: list[str] = []
    current: list[str] | None = None
    for line in text.splitlines():
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            current = [line]
        elif current is not None:
            current.append(line)
            if upper == "END:VCARD":
                blocks.append("\r\n".join(current) + "\r\n")
                current = None
    if current is not None:  # a last card without END:VCARD: still shown (as unreadable)
        blocks.append("\r\n".join(current) + "\r\n")
    return blocks


def _unreadable(block: str, number: int) -> ImportItem:
    """A card vobject cannot read: reported in the preview with its name when one can be found."""
    found = _FN.search(block)
    name = found.group(1).strip() if found else ""
    return ImportItem("contact", number, {"last_name": name[:100]}, problems={"": "vcard_card_unreadable"})


def parse_vcards(data: bytes) -> list[ImportItem]:
    """Read every card of a .vcf file. A damaged card is reported in the preview (the others still import);
    a file without any readable card raises ValidationError with a clear Dutch message."""
    text = decode(data)
    if not _BEGIN.search(text):
        raise ValidationError(code="vcard_empty")
    text, with_media = _strip_media(text)
    items: list[ImportItem] = []
    for number, block in enumerate(_blocks(text), start=1):
        try:
            card = vobject.readOne(block, allowQP=True)
            item = _item(card, number)
        except Exception:  # vobject raises ParseError, ValueError, AttributeError, ... on broken input
            item = _unreadable(block, number)
        if number in with_media:
            item.notices.append("photo_ignored")
        items.append(item)
    if not items:
        raise ValidationError(code="vcard_empty")
    if all(i.problems.get("") == "vcard_card_unreadable" for i in items):
        raise ValidationError(code="vcard_unreadable")
    return items


# --- writing -------------------------------------------------------------------------------------


def _add(card: Any, name: str, value: Any, **params: list[str]) -> None:
    if value in (None, "", []):
        return
    prop = card.add(name.lower())
    prop.value = value
    for key, val in params.items():
        prop.params[key.upper()] = val


def _org_card(o: Organisation, version: str) -> Any:
    card = vobject.vCard()
    _add(card, "VERSION", version)
    if version == "4.0":
        _add(card, "KIND", "org")
    else:
        _add(card, "X-ABSHOWAS", "COMPANY")
        _add(card, X + "KIND", "org")
    _add(card, "FN", o.name)
    _add(card, "N", vobject.vcard.Name())
    _add(card, "ORG", [o.name])
    if o.address or o.city or o.postal_code:
        _add(card, "ADR", vobject.vcard.Address(street=o.address or "", city=o.city or "", code=o.postal_code or ""),
             TYPE=["work"])
    _add(card, "TEL", o.phone, TYPE=["work"])
    _add(card, "EMAIL", o.email, TYPE=["work"])
    _add(card, "URL", o.website)
    _add(card, "NOTE", o.notes)
    for attr, suffix in _ORG_X:
        value = getattr(o, attr)
        _add(card, X + suffix, value.isoformat() if isinstance(value, dt.date) else
             (str(value) if value is not None else None))
    for group in o.target_groups or []:
        _add(card, X + "TARGET-GROUP", group)
    return card


def _contact_card(c: Contact, version: str) -> Any:
    card = vobject.vCard()
    _add(card, "VERSION", version)
    if version == "4.0":
        _add(card, "KIND", "individual")
    _add(card, "FN", c.display_name)
    _add(card, "N", vobject.vcard.Name(family=c.last_name, given=c.first_name or ""))
    if c.organisation is not None:
        _add(card, "ORG", [c.organisation.name])
    _add(card, "TITLE", c.function)
    _add(card, "TEL", c.phone, TYPE=["work", "voice"])
    _add(card, "TEL", c.phone_alt, TYPE=["cell"])
    _add(card, "EMAIL", c.email, TYPE=["work"])
    _add(card, "NOTE", c.notes)
    for lang in c.languages or []:
        _add(card, "LANG" if version == "4.0" else X + "LANGUAGE", lang)
    for spec in c.specialisms or []:
        _add(card, X + "SPECIALISM", spec)
    _add(card, X + "PREFERRED", c.preferred_contact)
    _add(card, X + "LAST-CONTACT", c.last_contact_on.isoformat() if c.last_contact_on else None)
    return card


def export_vcards(vault: Vault, contact_ids: list[int], organisation_ids: list[int], version: str = "3.0") -> bytes:
    """The chosen people and organisations (and the organisations of the chosen people) as one .vcf file."""
    if version not in ("3.0", "4.0"):
        raise ValueError(version)
    with vault.read() as session:
        contacts = session.scalars(select(Contact).where(Contact.id.in_(contact_ids)).order_by(Contact.id)).all()
        org_ids = set(organisation_ids) | {c.organisation_id for c in contacts if c.organisation_id is not None}
        orgs = session.scalars(select(Organisation).where(Organisation.id.in_(org_ids)).order_by(Organisation.id))
        cards = [_org_card(o, version) for o in orgs] + [_contact_card(c, version) for c in contacts]
        text = "".join(card.serialize() for card in cards)
    return text.encode("utf-8")


def write_vcards(vault: Vault, path: Path | str, contact_ids: list[int], organisation_ids: list[int],
                 version: str = "3.0") -> int:
    """Write the export atomically (the file is NOT encrypted: the UI warns first). Returns the card count."""
    data = export_vcards(vault, contact_ids, organisation_ids, version)
    try:
        atomic_write_bytes(Path(path), data)
    except OSError as exc:  # no access, a folder chosen, disk full: plain Dutch, no OS text
        raise disk_error(exc) from exc
    audit.log(vault, "contacts_exported", "contact", None, detail=f"vcard{version}")
    return data.count(b"BEGIN:VCARD")
