"""vCard 2.1 / 3.0 / 4.0 import (RFC 2426 / RFC 6350, and what real exporters write) and 3.0 / 4.0 export.

The reader is our own (line by line, on bytes), so the quirks of Outlook, Google, Apple and Lotus Notes
are read as meant: folded lines, quoted-printable values with soft line breaks, a CHARSET per property
(several code pages in one file), the encoding of the whole file decided by `files.text_decoding` (UTF-8 with or
without BOM, UTF-16, Windows-1252 only on evidence), 2.1 parameters without a value (`ADR;HOME;PREF;:`),
PROFILE:VCard, a missing END:VCARD before the next BEGIN:VCARD, and the CR CR LF line ends of iOS 5. A card
that cannot be read is refused in the preview with the line and the reason; the other cards still import.
One property whose bytes do not fit its character set (an Android export with one stray byte in a
quoted-printable value), or that names a character set we do not know, is refused on its own: it is not
stored, nothing is guessed, and the preview names the line and the property; the rest of the card imports.

Kept in real fields: name (N, or FN whole when there is no N), nickname, organisation and department
(ORG units after the first, joined with ";"), function (TITLE, else ROLE), two phone numbers as written,
e-mail, address (street, postal code, city, region, country), website, birthday, notes. What has no
field (a third number, a second address, a second ORG or TITLE, an ALTID alternative of N or FN, an IMPP, a
name prefix) goes into the notes as "NAME: value" and the preview says so. Photos, logos, sounds and keys
are not kept, and the preview says so per card.
At most MAX_CARDS cards; a larger file is refused with the number.

Export writes one card per organisation (KIND:org in 4.0; X-ABShowAs:COMPANY in 3.0, as Apple
does) and per person. Everything the address book holds that vCard has no property for travels in
X-COORDINATOR-* properties, so an exported file imports into another vault with nothing lost.
"""

from __future__ import annotations

import codecs
import datetime as dt
import quopri
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import vobject
from sqlalchemy import select

from coordinator_app.atomic import atomic_write_bytes
from coordinator_app.db.models import Contact, Organisation
from coordinator_app.db.vault import Vault
from coordinator_app.errors import ValidationError, disk_error
from coordinator_app.services import audit
from coordinator_app.services.files.text_decoding import decode_text_file, detect_text_file
from coordinator_app.services.network.contacts import check_birthday
from coordinator_app.services.network.importing import (
    MAX_IMPORT_BYTES,
    ImportItem,
    MessageParams,
    ParsedContact,
    ParsedOrganisation,
    check_size,
)

X = "X-COORDINATOR-"

# Organisation fields carried in X- properties: (attribute, property suffix)
_ORG_X = (("org_type", "ORG-TYPE"), ("municipality", "MUNICIPALITY"), ("region_served", "REGION"),
          ("capacity", "CAPACITY"), ("places_available", "PLACES"),
          ("availability_confirmed_on", "CONFIRMED"))


# --- reading -------------------------------------------------------------------------------------

_WS = " \t\r\n"  # only ASCII spaces and line breaks are trimmed: a non-breaking space is kept
MAX_CARDS = 10_000  # an address book of a care coordinator holds hundreds; more is refused, not truncated
LABEL = "Het vCard-bestand"
# Technical properties that hold nothing about the person (or repeat what another property holds).
_TECHNICAL = {"VERSION", "PROFILE", "PRODID", "REV", "UID", "NAME", "SOURCE", "CLIENTPIDMAP", "LABEL", "MAILER",
              "SORT-STRING", "X-ABUID", "X-ABLABEL", "X-ABSHOWAS", "X-ABADR", "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
              "X-MS-CARDPICTURE", "X-MS-OL-DESIGN", "X-WAB-GENDER", "KIND", "XML", "X-PHONETIC-FIRST-NAME",
              "X-PHONETIC-LAST-NAME", "FN", "N", "BEGIN", "END"}
_KEPT = {"TEL", "EMAIL", "ORG", "TITLE", "ROLE", "NOTE", "ADR", "URL", "BDAY", "NICKNAME", "LANG"}
_NAME = re.compile(rb"(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)")


class Prop:
    """One unfolded content line: group.NAME;params:value (value decoded to text, still escaped)."""

    __slots__ = ("line", "name", "params", "value")

    def __init__(self, name: str, params: dict[str, list[str]], value: str, line: int) -> None:
        self.name, self.params, self.value, self.line = name, params, value, line

    def types(self) -> set[str]:
        return {t.upper() for t in self.params.get("TYPE", [])}

    def preferred(self) -> bool:
        return "PREF" in self.types() or bool(self.params.get("PREF"))


def _split_unquoted(text: bytes, sep: bytes) -> list[bytes]:
    if b'"' not in text:
        return text.split(sep)
    parts: list[bytes] = []
    current = bytearray()
    quoted = False
    for byte in text:
        ch = bytes([byte])
        if ch == b'"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append(bytes(current))
            current = bytearray()
        else:
            current += ch
    parts.append(bytes(current))
    return parts


def _head_and_value(line: bytes) -> tuple[bytes, bytes] | None:
    """Split 'NAME;params' from the value at the first colon outside a quoted parameter value."""
    colon = line.find(b":")
    if colon < 0:
        return None
    if b'"' not in line[:colon]:
        return line[:colon], line[colon + 1:]
    quoted = False
    for i, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return line[:i], line[i + 1:]
    return None


def _params(parts: list[bytes], codec: str) -> dict[str, list[str]]:
    """2.1 bare parameters (HOME, PREF, QUOTED-PRINTABLE) become TYPE or ENCODING; empty ones (`ADR;HOME;;:`)
    are skipped; 3.0 lists (TYPE=home,pref) are split; quotes are removed. Parameter values (a 4.0 LABEL)
    are read in UTF-8 or the file's encoding."""
    params: dict[str, list[str]] = {}
    for raw in parts:
        try:
            text = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            text = raw.decode(codec).strip()
        if not text:
            continue
        key, eq, value = text.partition("=")
        if not eq:
            key, value = ("ENCODING" if text.upper() in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B")
                          else "TYPE"), text
        values = [v.strip().strip('"') for v in value.split(",")] if key.upper() != "LABEL" else [value]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return params


def _content_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Unfold: a line starting with a space or tab continues the previous one (RFC 2425/6350); a
    quoted-printable value ending in '=' continues on the next line (vCard 2.1 soft line break)."""
    out: list[tuple[int, bytes]] = []
    qp_open = b64_open = False
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line = raw.rstrip(b"\r")  # CRLF, and the CR CR LF of iOS 5 exports
        if b64_open and line.strip() and b":" not in line:
            continue  # vCard 2.1: base64 lines of a photo without indentation, up to an empty line
        b64_open = False
        if qp_open and out:
            out[-1] = (out[-1][0], out[-1][1][:-1] + line)  # drop the '=' of the soft break
        elif line[:1] in (b" ", b"\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + line[1:])
        else:
            out.append((number, line))
        last = out[-1][1] if out else b""
        head = _head_and_value(last)
        qp_open = head is not None and b"QUOTED-PRINTABLE" in head[0].upper() and last.endswith(b"=")
        b64_open = head is not None and re.search(rb"ENCODING=(?:BASE64|B)\b|;BASE64\b", head[0].upper()) is not None
    return out


def _qp_decode(value: bytes) -> bytes:
    return quopri.decodestring(value)


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


class _CardProblem(Exception):
    def __init__(self, code: str, **params: str | int) -> None:
        super().__init__(code)
        self.code, self.params = code, MessageParams(params)


class _PropertyProblem(_CardProblem):
    """A property whose value cannot be read as text (its bytes and its character set disagree): only that
    property is refused; `params` name the line, the property and the character set for the preview."""


def _parse_prop(line_no: int, line: bytes, default: str) -> Prop | None:
    if not line.strip():
        return None  # an empty line (after a 2.1 base64 block): nothing to keep
    split = _head_and_value(line)
    if split is None:
        raise _CardProblem("vcard_bad_line", line=line_no)
    head, value = split
    parts = _split_unquoted(head, b";")
    m = _NAME.fullmatch(parts[0].strip())
    if not m:
        raise _CardProblem("vcard_bad_line", line=line_no)
    name = m.group(1).decode("ascii").upper()
    try:
        params = _params(parts[1:], _codec(default) or "utf-8")
    except UnicodeDecodeError:
        raise _CardProblem("vcard_bad_line", line=line_no) from None
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    if encoding & {"BASE64", "B"} or name in _TECHNICAL - {"FN", "N", "KIND", "X-ABSHOWAS"}:
        return Prop(name, params, "", line_no)  # a photo, a key or a technical line: never decoded or kept
    if "QUOTED-PRINTABLE" in encoding:
        value = _qp_decode(value)
    charset = (params.get("CHARSET") or [default])[0]
    codec = _codec(charset)
    if codec is None:
        raise _PropertyProblem("vcard_property_unknown_charset", line=line_no, property=name, charset=charset[:40])
    try:
        text = value.decode(codec)
    except UnicodeDecodeError:
        raise _PropertyProblem("vcard_property_bad_characters", line=line_no, property=name,
                               charset=charset[:40]) from None
    return Prop(name, params, text, line_no)


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _components(text: str) -> list[str]:
    """A structured value (N, ADR, ORG) split at the semicolons that are not escaped, each unescaped."""
    if "\\" not in text:
        return text.split(";")
    parts: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i:i + 2])
            i += 2
            continue
        if ch == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return [_unescape(p) for p in parts]


def _file_default_encoding(data: bytes) -> tuple[bytes, str]:
    """The file as bytes in one encoding for the properties without a CHARSET parameter, and that encoding.
    UTF-16 files are decoded as a whole; others are judged (text_files) on every line without a CHARSET."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
        return decode_text_file(data, label=LABEL, max_bytes=MAX_IMPORT_BYTES).encode("utf-8"), "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = data.split(b"\n")
    plain = b"\n".join(b"" if re.search(rb"^[^:]*;\s*CHARSET=", ln, re.IGNORECASE) else ln for ln in lines)
    detected = detect_text_file(plain, label=LABEL, max_bytes=MAX_IMPORT_BYTES)
    return data, ("utf-8" if detected.encoding in ("utf-8", "utf-8-sig") else detected.encoding)


@dataclass
class _Card:
    """One card as read: its properties, its remarks, the problem that refuses it whole (a damaged line),
    and the properties refused on their own (message code and parameters each)."""

    props: list[Prop] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    problem: _CardProblem | None = None
    refused: list[tuple[str, MessageParams]] = field(default_factory=list)


def _cards(data: bytes) -> list[_Card]:
    """Each BEGIN:VCARD ... END:VCARD with its properties, its remarks and (for a damaged card) the problem.
    A BEGIN before the END of the previous card closes that card (some exporters forget END)."""
    body, default = _file_default_encoding(data)
    if not re.search(rb"^[ \t]*BEGIN:VCARD[ \t]*\r*$", body, re.IGNORECASE | re.MULTILINE):
        raise ValidationError(code="vcard_empty")
    cards: list[_Card] = []
    current: _Card | None = None
    depth = 0
    for line_no, line in _content_lines(body):
        upper = line.strip().upper()
        if upper == b"BEGIN:VCARD":
            if current is not None and depth == 0:
                current.remarks.append("vcard_end_missing")
                cards.append(current)
            elif current is not None:  # a nested card (AGENT): its lines are not kept
                depth += 1
                continue
            current = _Card()
            if len(cards) >= MAX_CARDS:
                raise ValidationError(code="vcard_too_many", maximum=f"{MAX_CARDS:,}".replace(",", "."))
            continue
        if current is None:
            continue
        if upper == b"END:VCARD":
            if depth:
                depth -= 1
                continue
            cards.append(current)
            current = None
            continue
        if depth or current.problem is not None:
            continue
        try:
            prop = _parse_prop(line_no, line, default)
        except _PropertyProblem as exc:
            current.refused.append((exc.code, exc.params))  # this property only: the rest of the card is read
            continue
        except _CardProblem as exc:
            current.problem = exc
            continue
        if prop is not None:
            current.props.append(prop)
    if current is not None:
        current.remarks.append("vcard_end_missing")
        cards.append(current)
    return cards


def _of(props: list[Prop], name: str) -> list[Prop]:
    found = [p for p in props if p.name == name]
    return sorted(found, key=lambda p: 0 if p.preferred() else 1)


def _one(props: list[Prop], name: str) -> str:
    found = _of(props, name)
    return _unescape(found[0].value).strip(_WS) if found else ""


def _is_org_card(props: list[Prop]) -> bool:
    kind = (_one(props, "KIND") or _one(props, X + "KIND")).lower()
    if kind in ("org", "organization", "organisation"):
        return True
    if _one(props, "X-ABSHOWAS").upper() == "COMPANY":
        return True
    n = _of(props, "N")
    parts = _components(n[0].value) if n else []
    has_name = any(p.strip() for p in parts[:3])
    return not has_name and not _one(props, "FN") and bool(_one(props, "ORG"))


def _texts(props: list[Prop], name: str) -> list[str]:
    return [t for p in _of(props, name) if (t := _unescape(p.value).strip(_WS))]


def _phone(value: str) -> str:
    return value[4:] if value.lower().startswith("tel:") else value


def _repeated(props: list[Prop], used: set[str]) -> list[str]:
    """A second N, FN, ORG, TITLE, ROLE or BDAY (an ALTID alternative, a second employer): only the first
    has a field, so every further one goes into the notes as 'NAME: value' (structured parts joined by ', ')."""
    extra: list[str] = []
    for name in ("N", "FN", "ORG", "TITLE", "ROLE", "BDAY"):
        if name not in used | {"N", "FN"}:
            continue  # not read into a field: the loop over the remaining properties keeps every one
        for p in _of(props, name)[1:]:
            parts = _components(p.value) if name in ("N", "ORG") else [_unescape(p.value)]
            text = ", ".join(x.strip(_WS) for x in parts if x.strip(_WS))
            if text:
                extra.append(f"{name}: {text}")
    return extra


def _item(props: list[Prop], where: int) -> ImportItem:
    """One card to an import item. What has a field goes into it; a second address, third number, or a
    property without a field goes into the notes as 'NAME: value' (a remark says so): nothing is lost."""
    phones = [_phone(t) for t in _texts(props, "TEL")]
    emails = [t[7:] if t.lower().startswith("mailto:") else t for t in _texts(props, "EMAIL")]
    urls = _texts(props, "URL")
    org_parts = _components(_of(props, "ORG")[0].value) if _of(props, "ORG") else []
    org_name = org_parts[0].strip(_WS) if org_parts else ""
    adrs = [_components(p.value) + [""] * 7 for p in _of(props, "ADR")]
    notes = [_unescape(p.value).replace("\r\n", "\n") for p in _of(props, "NOTE")]  # one line-break style
    extra: list[str] = []
    notices: list[str] = []
    values: dict[str, Any]
    if _is_org_card(props):
        kind = "organisation"
        values = {
            "name": _one(props, "FN") or org_name, "phone": phones[0] if phones else None,
            "email": emails[0] if emails else None, "website": urls[0] if urls else None,
            "target_groups": _texts(props, X + "TARGET-GROUP"),
        }
        for attr, suffix in _ORG_X:
            values[attr] = _one(props, X + suffix) or None
        values["org_type"] = values["org_type"] or "other"
        extra += [f"TEL: {p}" for p in phones[1:]]
        if adrs:
            pobox, ext, street, city, region, code, country = (x.strip(_WS) for x in adrs[0][:7])
            values.update(address=street or None, postal_code=code or None, city=city or None)
            extra += [f"ADR: {x}" for x in (pobox, ext, region, country) if x]
        whole_org = ", ".join(x.strip(_WS) for x in org_parts if x.strip(_WS))
        if whole_org and whole_org != values["name"]:
            extra.append(f"ORG: {whole_org}")  # a department, or an ORG that differs from the name (FN)
        used = {"TEL", "EMAIL", "URL", "ADR", "ORG", "NOTE"}
        organisation_name = ""
    else:
        kind = "contact"
        n = _of(props, "N")
        parts = (_components(n[0].value) if n else []) + [""] * 5
        family, given, additional, prefix, suffix = (x.strip(_WS) for x in parts[:5])
        first = " ".join(x for x in (given, additional) if x)
        nickname = ", ".join(_texts(props, "NICKNAME"))
        fn = _one(props, "FN")
        if not family and not first and fn and fn not in emails and fn != nickname and fn != org_name:
            family = fn  # a card with only a display name: kept whole as the name, never split by guessing
        values = {
            "first_name": first or None, "last_name": family, "nickname": nickname or None,
            "department": ";".join(org_parts[1:]).rstrip(";") or None,  # Apple ends ORG with ";"
            "function": _one(props, "TITLE") or _one(props, "ROLE") or None,
            "phone": phones[0] if phones else None, "phone_alt": phones[1] if len(phones) > 1 else None,
            "email": emails[0] if emails else None, "website": urls[0] if urls else None,
            "preferred_contact": _one(props, X + "PREFERRED") or None,
            "languages": _texts(props, "LANG") + _texts(props, X + "LANGUAGE"),
            "specialisms": _texts(props, X + "SPECIALISM"),
            "last_contact_on": _one(props, X + "LAST-CONTACT") or None,
        }
        if prefix or suffix:
            extra += [f"N: {x}" for x in (prefix, suffix) if x]
        if _one(props, "TITLE") and _one(props, "ROLE"):
            extra.append(f"ROLE: {_one(props, 'ROLE')}")
        extra += [f"TEL: {p}" for p in phones[2:]]
        if adrs:
            pobox, ext, street, city, region, code, country = (x.strip(_WS) for x in adrs[0][:7])
            values.update(address=street or None, city=city or None, region=region or None,
                          postal_code=code or None, country=country or None)
            extra += [f"ADR: {x}" for x in (pobox, ext) if x]
        bday = _one(props, "BDAY")
        if bday:
            if re.fullmatch(r"\d{4}-?\d{2}-?\d{2}T00:?00:?00(?:Z|[+-]00:?00)?", bday):
                bday = bday.split("T")[0]  # Google and Apple write a midnight time to a date
            errors: dict[str, str] = {}
            values["birthday"] = check_birthday(errors, "birthday", bday)
            if errors:
                extra.append(f"BDAY: {bday}")
        used = {"TEL", "EMAIL", "URL", "ADR", "ORG", "NOTE", "TITLE", "ROLE", "BDAY", "NICKNAME", "LANG"}
        organisation_name = org_name
    extra += [f"EMAIL: {e}" for e in emails[1:]] + [f"URL: {u}" for u in urls[1:]]
    extra += _repeated(props, used)
    extra += [f"ADR: {', '.join(x.strip(_WS) for x in a[:7] if x.strip())}" for a in adrs[1:]]
    media = False
    for p in props:
        if p.name in ("PHOTO", "LOGO", "SOUND", "KEY"):
            media = True
        elif p.name not in used and p.name not in _TECHNICAL and not p.name.startswith(X):
            text = _unescape(p.value).strip(_WS)
            if text:
                extra.append(f"{p.name}: {text}")
    if extra:  # keep what has no field of its own in the notes: nothing is lost
        notes.append("\n".join(extra))
        notices.append("extra_in_notes")
    if media:
        notices.append("photo_ignored")
    values["notes"] = "\n".join(n for n in notes if n) or None
    parsed = ParsedOrganisation(**values) if kind == "organisation" else ParsedContact(**values)
    item = ImportItem(kind, where, parsed, organisation_name=organisation_name)
    item.notices += notices
    return item


def parse_vcards(data: bytes) -> list[ImportItem]:
    """Read every card of a .vcf file. A damaged card is reported in the preview with the reason (the
    others still import); a file without any card, or with only damaged cards, raises ValidationError
    with a clear Dutch message."""
    check_size(data)
    items: list[ImportItem] = []
    for number, card in enumerate(_cards(data), start=1):
        if card.problem is not None:
            fn = next((p for p in card.props if p.name == "FN"), None)
            item = ImportItem("contact", number, ParsedContact(last_name=_unescape(fn.value) if fn else ""),
                              problems={"": card.problem.code}, problem_params=card.problem.params)
        else:
            item = _item(card.props, number)
            item.refused_properties += card.refused
        item.notices += card.remarks
        items.append(item)
    if not items:
        raise ValidationError(code="vcard_empty")
    if all("" in i.problems for i in items):
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
    _add(card, "N", vobject.vcard.Name(family=c.last_name or "", given=c.first_name or ""))
    _add(card, "NICKNAME", c.nickname)
    org = [c.organisation.name if c.organisation is not None else ""]
    if c.department:
        org += c.department.split(";")
    if org != [""]:
        _add(card, "ORG", org)
    _add(card, "TITLE", c.function)
    _add(card, "TEL", c.phone, TYPE=["work", "voice"])
    _add(card, "TEL", c.phone_alt, TYPE=["cell"])
    _add(card, "EMAIL", c.email, TYPE=["work"])
    if any((c.address, c.city, c.postal_code, c.region, c.country)):
        _add(card, "ADR", vobject.vcard.Address(street=c.address or "", city=c.city or "", region=c.region or "",
                                                code=c.postal_code or "", country=c.country or ""), TYPE=["work"])
    _add(card, "URL", c.website)
    _add(card, "BDAY", c.birthday)
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
