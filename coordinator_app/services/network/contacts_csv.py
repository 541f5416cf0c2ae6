"""CSV import and export of the network: our own layout (Dutch column names, one row per person or
organisation) and the contact exports of Google, Outlook (Dutch and English) and Thunderbird.

Our columns: soort (persoon/organisatie; empty = persoon, or organisatie when there is no name of a
person), voornaam, achternaam, roepnaam, organisatie, afdeling, functie, telefoon, telefoon_2, email,
voorkeur, talen, specialismen, laatste_contact, type, gemeente, adres, postcode, plaats, regio, land,
website, verjaardag, doelgroepen, capaciteit, plaatsen_vrij, bevestigd_op, notities. Lists are
separated by "|". Headers are matched forgivingly (case, spaces and non-breaking spaces, a trailing
colon, a bracketed hint, "-" or "_" between words): "E-mail", "e-mailadres" and "Email:" all work.

Google, Outlook and Thunderbird columns are mapped to the same fields. A person's first two phone
numbers (mobile and work first), first e-mail, first address and first website go into their fields;
every other filled column of those layouts (a third number, a fax, a home address after a work
address, a spouse, "Labels") goes into the notes as "Column: value", and the preview says so: nothing
is lost. A column that none of the layouts knows is listed before anything is read into the preview
(`UnknownColumns`); the import goes on without it only when asked (`ignore_columns=True`).

The encoding is decided for the whole file by `files.text_decoding` (UTF-8 with or without BOM, UTF-16,
Windows-1252 only on evidence); "," ";" and tab separators are recognised, and Excel's "sep=;" first
line. Every bad row is reported with its row number (the header is row 1) and nothing is written
before the preview. On export a cell that a spreadsheet would run as a formula (= + - @ tab CR) gets
a leading "'"; the import removes it again, so "+31 6 12345678" round-trips.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coordinator_app.atomic import atomic_write_bytes
from coordinator_app.codes import code_list
from coordinator_app.db.models import Contact, Organisation
from coordinator_app.db.vault import Vault
from coordinator_app.errors import ValidationError, disk_error
from coordinator_app.services import audit
from coordinator_app.services.files.text_decoding import decode_text_file
from coordinator_app.services.network.contacts import check_birthday
from coordinator_app.services.network.importing import (
    MAX_IMPORT_BYTES,
    ImportItem,
    ParsedContact,
    ParsedOrganisation,
    check_size,
)

COLUMNS = (
    "soort", "voornaam", "achternaam", "roepnaam", "organisatie", "afdeling", "functie", "telefoon", "telefoon_2",
    "email", "voorkeur", "talen", "specialismen", "laatste_contact", "type", "gemeente", "adres", "postcode",
    "plaats", "regio", "land", "website", "verjaardag", "doelgroepen", "capaciteit", "plaatsen_vrij",
    "bevestigd_op", "notities",
)
_CONTACT = {"voornaam": "first_name", "achternaam": "last_name", "roepnaam": "nickname", "afdeling": "department",
            "functie": "function", "telefoon": "phone", "telefoon_2": "phone_alt", "email": "email",
            "voorkeur": "preferred_contact", "laatste_contact": "last_contact_on", "adres": "address",
            "postcode": "postal_code", "plaats": "city", "regio": "region", "land": "country", "website": "website",
            "verjaardag": "birthday", "notities": "notes"}
_ORG = {"organisatie": "name", "telefoon": "phone", "email": "email", "gemeente": "municipality",
        "adres": "address", "postcode": "postal_code", "plaats": "city", "website": "website",
        "capaciteit": "capacity", "plaatsen_vrij": "places_available", "bevestigd_op": "availability_confirmed_on",
        "notities": "notes"}
_KINDS = {"persoon": "contact", "contact": "contact", "contactpersoon": "contact", "person": "contact",
          "organisatie": "organisation", "organisation": "organisation"}
_SEP = "|"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as the start of a formula
MAX_ROWS = 10_000
_WS = " \t\r\n"  # only ASCII spaces and line breaks are trimmed: a non-breaking space is kept
LABEL = "Het contactenbestand"

# Synonyms of our own columns (after `header_key`).
_OWN_SYNONYMS = {
    "e-mail": "email", "e-mailadres": "email", "mail": "email", "emailadres": "email", "telefoon 2": "telefoon_2",
    "telefoon_2": "telefoon_2", "telefoonnummer": "telefoon", "laatste contact": "laatste_contact",
    "plaatsen vrij": "plaatsen_vrij", "bevestigd op": "bevestigd_op", "notitie": "notities", "opmerkingen": "notities",
    "geboortedatum": "verjaardag", "bijnaam": "roepnaam",
}

# Google, Outlook (en/nl) and Thunderbird columns -> a target. Targets: a contact field; "phone:<rank>",
# "email:<rank>", "web:<rank>" (lower rank first); "adr:<group>:<part>"; "first2" (a middle name, added to
# the first name); "display" (a whole name, used when there is no other name); "org"; "bday"; "bday_y/m/d"
# (Thunderbird); "note" (kept in the notes as "Column: value"); "skip" (a label of another column or an
# empty marker, holds nothing of its own).
_FOREIGN: dict[str, str] = {}


def _map(target: str, *headers: str) -> None:
    for h in headers:
        _FOREIGN[h] = target


_map("first_name", "first name", "given name", "voornaam")
_map("first2", "middle name", "additional name", "middelste naam", "tweede voornaam")
_map("last_name", "last name", "family name", "achternaam")
_map("nickname", "nickname", "bijnaam", "roepnaam")
_map("display", "display name", "name", "weergavenaam")
_map("org", "company", "organization", "organization name", "organization 1 - name", "bedrijf", "organisatie")
_map("department", "department", "organization department", "organization 1 - department", "afdeling")
_map("function", "job title", "organization title", "organization 1 - title", "functie")
_map("bday", "birthday", "verjaardag")
_map("bday_y", "birth year")
_map("bday_m", "birth month")
_map("bday_d", "birth day")
_map("notes", "notes", "notities")
for _rank, _names in enumerate((
        ("mobile phone", "mobile number", "mobiele telefoon", "mobiel"),
        ("business phone", "work phone", "telefoon op werk", "telefoon werk"),
        ("primary phone", "hoofdtelefoon"),
        ("home phone", "telefoon thuis"),
        ("business phone 2", "telefoon op werk 2"),
        ("home phone 2", "telefoon thuis 2"),
        ("company main phone", "hoofdtelefoon bedrijf"),
        ("other phone", "andere telefoon"),
        ("assistant's phone", "telefoon assistent"),
        ("car phone", "autotelefoon"),
        ("callback", "terugbellen"),
        ("radio phone", "radiotelefoon"),
)):
    _map(f"phone:{_rank:02d}", *_names)
for _n in range(1, 10):
    _map(f"phone:{20 + _n:02d}", f"phone {_n} - value")
    _map(f"email:{_n:02d}", f"e-mail {_n} - value")
    _map(f"web:{_n:02d}", f"website {_n} - value")
    _map("skip", f"phone {_n} - type", f"phone {_n} - label", f"e-mail {_n} - type", f"e-mail {_n} - label",
         f"website {_n} - type", f"website {_n} - label", f"address {_n} - type", f"address {_n} - label",
         f"address {_n} - formatted", f"organization {_n} - type")
    for _part, _google in (("street", "street"), ("city", "city"), ("pobox", "po box"), ("region", "region"),
                           ("code", "postal code"), ("country", "country"), ("ext", "extended address")):
        _map(f"adr:g{_n}:{_part}", f"address {_n} - {_google}")
_map("email:01", "e-mail address", "primary email", "e-mailadres", "eerste e-mailadres")
_map("email:02", "e-mail 2 address", "secondary email", "e-mailadres 2", "tweede e-mailadres")
_map("email:03", "e-mail 3 address", "e-mailadres 3")
_map("skip", "e-mail type", "e-mail 2 type", "e-mail 3 type", "e-mailtype", "e-mailtype 2", "e-mailtype 3",
     "e-mail display name", "e-mail 2 display name", "e-mail 3 display name", "weergavenaam e-mail",
     "weergavenaam e-mail 2", "weergavenaam e-mail 3")
_map("web:01", "web page", "web page 1", "webpagina", "webpagina 1")
_map("web:02", "web page 2", "webpagina 2")
for _group, (_en, _nl) in enumerate((("business", "werkadres"), ("home", "huisadres"), ("other", "ander adres"))):
    for _part, _en_part, _nl_part in (("street", "street", "straat"), ("street2", "street 2", "straat 2"),
                                      ("street3", "street 3", "straat 3"), ("city", "city", "plaats"),
                                      ("region", "state", "provincie"), ("code", "postal code", "postcode"),
                                      ("country", "country/region", "land/regio"), ("pobox", "address po box",
                                                                                    "postbus")):
        _map(f"adr:o{_group}:{_part}", f"{_en} {_en_part}", f"{_nl}, {_nl_part}", f"{_nl} {_nl_part}")
for _group, _en in enumerate(("work", "home")):
    for _part, _tb in (("street", "address"), ("street2", "address 2"), ("city", "city"), ("region", "state"),
                       ("code", "zipcode"), ("country", "country")):
        _map(f"adr:t{_group}:{_part}", f"{_en} {_tb}")
# Thunderbird with a Dutch interface: the same columns in Dutch (work address first, then the home address,
# which has no prefix: "Adres", "Woonplaats", ...).
THUNDERBIRD_NL = {
    "first_name": ("voornaam",), "last_name": ("achternaam",), "display": ("weergavenaam",),
    "nickname": ("bijnaam",), "email:01": ("eerste e-mail",), "email:02": ("tweede e-mail",),
    "phone:00": ("mobiel nummer",), "phone:01": ("telefoon werk",), "phone:03": ("telefoon thuis",),
    "note": ("faxnummer", "piepernummer", "overig 1", "overig 2", "overig 3", "overig 4"),
    "adr:t0:street": ("werkadres",), "adr:t0:street2": ("werkadres 2",), "adr:t0:city": ("werkplaats",),
    "adr:t0:region": ("werkprovincie",), "adr:t0:code": ("werkpostcode",), "adr:t0:country": ("werkland",),
    "adr:t1:street": ("adres",), "adr:t1:street2": ("adres 2",), "adr:t1:city": ("woonplaats",),
    "adr:t1:region": ("provincie",), "adr:t1:code": ("postcode",), "adr:t1:country": ("land",),
    "function": ("werktitel",), "department": ("afdeling",), "org": ("organisatie",),
    "web:01": ("webpagina 1",), "web:02": ("webpagina 2",), "bday_y": ("geboortejaar",),
    "bday_m": ("geboortemaand",), "bday_d": ("geboortedag",), "notes": ("aantekeningen",),
}
for _target, _names in THUNDERBIRD_NL.items():
    _map(_target, *_names)
# Every other column of these exports: kept in the notes when filled.
_map("note", "title", "suffix", "name prefix", "name suffix", "titel", "achtervoegsel", "initials", "initialen",
     "file as", "labels", "group membership", "categories", "categorieën", "business fax", "home fax", "other fax",
     "fax op werk", "fax thuis", "andere fax", "fax number", "pager", "pager number", "isdn", "telex",
     "tty/tdd phone", "teksttelefoon", "anniversary", "jubileum", "assistant's name", "naam assistent",
     "manager's name", "naam manager", "spouse", "partner", "children", "kinderen", "hobby", "gender", "geslacht",
     "language", "taal", "location", "locatie", "office location", "kantoorlocatie", "profession", "beroep",
     "referred by", "doorverwezen door", "account", "billing information", "factuurgegevens", "directory server",
     "adreslijstserver", "government id number", "sofi-nummer", "organizational id number", "organisatie-id",
     "internet free busy", "internet beschikbaarheidsinfo", "keywords", "trefwoorden", "mileage", "reisafstand",
     "priority", "prioriteit", "private", "privé", "sensitivity", "gevoeligheid", "user 1", "user 2", "user 3",
     "user 4", "gebruiker 1", "gebruiker 2", "gebruiker 3", "gebruiker 4", "screen name", "schermnaam",
     "custom 1", "custom 2", "custom 3", "custom 4", "phonetic first name", "phonetic middle name",
     "phonetic last name", "yomi name", "given name yomi", "additional name yomi", "family name yomi",
     "short name", "maiden name", "occupation", "subject", "photo", "organization 1 - yomi name",
     "organization 1 - symbol", "organization 1 - location", "organization 1 - job description",
     "organization phonetic name", "relation 1 - label", "relation 1 - value", "event 1 - label",
     "event 1 - value")

_NO_DATE = re.compile(r"0{1,2}[-/.]0{1,2}[-/.]0{2,4}")
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\ufeff]+")
_HINT = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*$")


def header_key(header: str | None) -> str:
    """A header as it is compared: NFC, every kind of space folded to one, trimmed, casefolded, without a
    trailing colon or a bracketed hint ("Geboortedatum (dd-mm-jjjj):" -> "geboortedatum")."""
    text = unicodedata.normalize("NFC", header or "")
    text = _SPACES.sub(" ", text).strip().casefold()
    for _ in range(2):
        text = text.rstrip(": ").strip()
        text = _HINT.sub("", text).strip()
    return text


def _own_key(key: str) -> str | None:
    """Our own column for a header key, or None."""
    underscored = key.replace(" ", "_").replace("-", "_")
    if key in COLUMNS:
        return key
    if underscored in COLUMNS:
        return underscored
    return _OWN_SYNONYMS.get(key)


class UnknownColumns(ValidationError):
    """Columns that no layout knows: listed before anything is imported. Params: columns."""

    code = "csv_unknown_columns"


@dataclass
class CsvLayout:
    name: str  # own | google | outlook_en | outlook_nl | thunderbird
    targets: list[str | None]  # per column: our column (own) or a _FOREIGN target; None = unknown
    headers: list[str]

    @property
    def unknown(self) -> list[str]:
        return [h for h, t in zip(self.headers, self.targets, strict=True) if t is None]


def detect_layout(headers: list[str]) -> CsvLayout:
    keys = [header_key(h) for h in headers]
    own = [_own_key(k) if k else "blank" for k in keys]
    foreign = [_FOREIGN.get(k) if k else "blank" for k in keys]
    names = set(keys)
    if names & {"e-mail address", "business phone", "home street", "job title"} and "first name" in names:
        return CsvLayout("outlook_en", foreign, headers)
    if names & {"telefoon op werk", "huisadres, straat", "werkadres, straat", "middelste naam"} \
            and "soort" not in names:
        return CsvLayout("outlook_nl", foreign, headers)
    if names & {"primary email", "display name", "birth year", "eerste e-mail", "geboortejaar"} \
            and "soort" not in names:
        return CsvLayout("thunderbird", foreign, headers)
    if names & {"given name", "family name", "e-mail 1 - value", "phone 1 - value", "organization name"}:
        return CsvLayout("google", foreign, headers)
    return CsvLayout("own", own, headers)


def _code(list_name: str, text: str) -> str | None:
    """A code from its code or Dutch/English label; the raw text when unknown (validation reports it)."""
    if not text:
        return None
    return code_list(list_name).code_for_label(text) or text


def _split(text: str) -> list[str]:
    return [p.strip(_WS) for p in text.replace(";", _SEP).split(_SEP) if p.strip()]


def escape_formula(value: str) -> str:
    """A cell that Excel or LibreOffice would read as a formula (starts with = + - @, a tab or a
    carriage return) gets a leading apostrophe, so "=HYPERLINK(...)" stays text."""
    return "'" + value if value[:1] in FORMULA_STARTS else value


def unescape_formula(value: str) -> str:
    """Undo `escape_formula` on import: "'+31 6 12345678" becomes "+31 6 12345678" again. An
    apostrophe before anything else is kept (it was typed, not added by us)."""
    return value[1:] if value[:1] == "'" and value[1:2] in FORMULA_STARTS else value


def _own_row(cells: dict[str, str], number: int) -> ImportItem:
    get = {k: cells.get(k, "") for k in COLUMNS}
    raw_kind = get["soort"].strip().casefold()
    person = any(get[k].strip() for k in ("voornaam", "achternaam", "roepnaam"))
    kind = _KINDS.get(raw_kind) or ("organisation" if not person and get["organisatie"].strip() else "contact")
    problems: dict[str, str] = {}
    if raw_kind and raw_kind not in _KINDS:
        problems["soort"] = "invalid_kind"
    if kind == "organisation":
        values: dict[str, Any] = {attr: get[col] or None for col, attr in _ORG.items()}
        values["name"] = get["organisatie"]
        values["org_type"] = _code("org_type", get["type"].strip()) or "other"
        values["municipality"] = _code("municipality", get["gemeente"].strip())
        values["target_groups"] = _split(get["doelgroepen"])
        return ImportItem("organisation", number, ParsedOrganisation(**values), problems=problems)
    values = {attr: get[col] or None for col, attr in _CONTACT.items()}
    values["last_name"] = get["achternaam"]
    values["languages"] = _split(get["talen"])
    values["specialisms"] = _split(get["specialismen"])
    if not (person or get["email"].strip() or get["organisatie"].strip()):
        problems["last_name"] = "contact_needs_name"
    return ImportItem("contact", number, ParsedContact(**values), organisation_name=get["organisatie"].strip(_WS),
                      problems=problems)


def _multi(value: str) -> list[str]:
    """Google writes several numbers or addresses in one cell separated by ' ::: '."""
    return [p.strip(_WS) for p in value.split(":::") if p.strip()] if ":::" in value else [value]


def _birthday(layout: str, text: str) -> str:
    """Outlook writes the birthday in the format of its language: 4/15/1980 (English, month first),
    15-4-1980 (Dutch); an empty birthday is 0/0/00. Other layouts write ISO dates (or --MM-DD)."""
    if re.fullmatch(r"0+[-/.]0+[-/.]0+", text):
        return ""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m and layout == "outlook_en":
        return f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return text


def _foreign_row(layout: CsvLayout, row: list[str], number: int) -> ImportItem:
    phones: list[tuple[str, str, str]] = []  # (rank, header, value)
    emails: list[tuple[str, str, str]] = []
    webs: list[tuple[str, str, str]] = []
    groups: dict[str, dict[str, tuple[str, str]]] = {}
    notes_extra: list[str] = []
    v: dict[str, str] = {}
    birth: dict[str, str] = {}
    for header, target, cell in zip(layout.headers, layout.targets, row, strict=False):
        value = cell.strip(_WS)
        if _NO_DATE.fullmatch(value):
            value = ""  # Outlook writes 0/0/00 (0-0-00 in Dutch) for a date that is not filled in
        if not value or target in (None, "skip", "blank"):
            continue
        head = header.strip()
        kind, _, rest = target.partition(":")
        if kind in ("phone", "email", "web"):
            bucket = {"phone": phones, "email": emails, "web": webs}[kind]
            bucket.extend((rest, head, part) for part in _multi(value))
        elif kind == "adr":
            group, _, part = rest.partition(":")
            groups.setdefault(group, {})[part] = (head, value)
        elif target in ("bday_y", "bday_m", "bday_d"):
            birth[target] = value
        elif target == "note":
            notes_extra.append(f"{head}: {value}")
        elif target in v:  # the same field twice (two "Notes" columns): both kept
            v[target] = f"{v[target]}\n{value}"
        else:
            v[target] = value
    first = " ".join(x for x in (v.get("first_name"), v.get("first2")) if x)
    values: dict[str, Any] = {"first_name": first or None, "last_name": v.get("last_name", ""),
                              "nickname": v.get("nickname"), "function": v.get("function"),
                              "department": v.get("department")}
    email_list = [e for _r, _h, e in sorted(emails)]
    display = v.get("display")
    if display:
        composed = " ".join(x for x in (first, v.get("last_name")) if x)
        if not composed and display not in email_list and display != v.get("nickname"):
            values["last_name"] = display  # a whole name only: kept whole, never split by guessing
        elif display not in (composed, *email_list, v.get("nickname")):
            notes_extra.append(f"{_header_of(layout, 'display')}: {display}")
    ordered_phones = sorted(phones)
    values["phone"] = ordered_phones[0][2] if ordered_phones else None
    values["phone_alt"] = ordered_phones[1][2] if len(ordered_phones) > 1 else None
    notes_extra += [f"{h}: {p}" for _r, h, p in ordered_phones[2:]]
    values["email"] = email_list[0] if email_list else None
    notes_extra += [f"{h}: {e}" for _r, h, e in sorted(emails)[1:]]
    web_list = sorted(webs)
    values["website"] = web_list[0][2] if web_list else None
    notes_extra += [f"{h}: {w}" for _r, h, w in web_list[1:]]
    first_address: dict[str, tuple[str, str]] = {}
    for index, group in enumerate(sorted(groups)):
        parts = groups[group]
        if index == 0:
            first_address = parts
            street = "\n".join(parts[p][1] for p in ("street", "street2", "street3") if p in parts)
            values.update(address=street or None, city=parts.get("city", ("", None))[1],
                          region=parts.get("region", ("", None))[1], postal_code=parts.get("code", ("", None))[1],
                          country=parts.get("country", ("", None))[1])
            notes_extra += [f"{parts[p][0]}: {parts[p][1]}" for p in ("pobox", "ext") if p in parts]
        else:
            notes_extra += [f"{h}: {val}" for h, val in parts.values()]
    bday = v.get("bday", "")
    if birth:
        y, m, d = birth.get("bday_y", ""), birth.get("bday_m", ""), birth.get("bday_d", "")
        if m and d:
            month, day = (f"{int(x):02d}" if x.isdigit() else x for x in (m, d))
            bday = f"{y}-{month}-{day}" if y else f"--{month}-{day}"  # a birthday without a year: --MM-DD
        else:
            notes_extra += [f"{_header_of(layout, k)}: {val}" for k, val in birth.items()]
    bday = _birthday(layout.name, bday)  # (an Outlook 0/0/00 is already empty)
    if bday:
        errors: dict[str, str] = {}
        values["birthday"] = check_birthday(errors, "birthday", bday)
        if errors:
            notes_extra.append(f"{_header_of(layout, 'bday')}: {bday}")
    notes = "\n".join(x for x in (v.get("notes"), "\n".join(notes_extra)) if x)
    values["notes"] = notes or None
    org = v.get("org", "")
    person = any(values.get(k) for k in ("first_name", "last_name", "nickname", "email"))
    problems: dict[str, str] = {}
    if not person and org:  # a company without a person (Outlook "File As" a company): an organisation
        org_values = {"name": org, "phone": values["phone"], "email": values["email"], "website": values["website"],
                      "address": values.get("address"), "postal_code": values.get("postal_code"),
                      "city": values.get("city"), "org_type": "other"}
        lost = [f"{first_address[k][0]}: {first_address[k][1]}" for k in ("region", "country")
                if k in first_address]
        lost += [f"{_header_of(layout, t)}: {values[k]}" for k, t in (("department", "department"),
                                                                      ("function", "function")) if values.get(k)]
        if values.get("phone_alt"):
            lost.append(f"{ordered_phones[1][1]}: {ordered_phones[1][2]}")
        org_values["notes"] = "\n".join(x for x in (notes, *lost) if x) or None
        item = ImportItem("organisation", number, ParsedOrganisation(**org_values))
    else:
        if not person:
            problems["last_name"] = "contact_needs_name"
        item = ImportItem("contact", number, ParsedContact(**values), organisation_name=org, problems=problems)
    if notes_extra:
        item.notices.append("extra_in_notes")
    return item


def _header_of(layout: CsvLayout, target: str) -> str:
    return next((h.strip() for h, t in zip(layout.headers, layout.targets, strict=True) if t == target), target)


def _delimiter(first: str) -> str:
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def parse_csv(data: bytes, *, ignore_columns: bool = False) -> list[ImportItem]:
    """Read a CSV file into import items (one per non-empty row). Raises ValidationError when unreadable,
    and UnknownColumns (naming them) when a column is not known, unless `ignore_columns`."""
    check_size(data)
    text = decode_text_file(data, label=LABEL, max_bytes=MAX_IMPORT_BYTES)
    lines = text.split("\n", 1)
    first_line_number = 1
    delimiter = ""
    if re.fullmatch(r"sep=(.)\r?", lines[0]):  # Excel's hint line: the separator, then the header
        delimiter = lines[0][4]
        text = lines[1] if len(lines) > 1 else ""
        first_line_number = 2
    if not text.strip():
        raise ValidationError(code="csv_no_name_column")
    try:
        reader = csv.reader(io.StringIO(text, newline=""),
                            delimiter=delimiter or _delimiter(text.split("\n", 1)[0]))
        headers = next(reader, [])
        layout = detect_layout(headers)
        if layout.name == "own" and not ({"achternaam", "organisatie", "voornaam", "email"} & set(
                t for t in layout.targets if t)):
            raise ValidationError(code="csv_no_name_column")
        if layout.unknown and not ignore_columns:
            raise UnknownColumns(columns=", ".join(f"'{h.strip()}'" for h in layout.unknown))
        items: list[ImportItem] = []
        previous_end = reader.line_num
        for row in reader:
            start, previous_end = previous_end + 1, reader.line_num  # a row with a line break spans lines
            if not any(cell.strip() for cell in row):
                continue
            if len(items) >= MAX_ROWS:
                raise ValidationError(code="csv_too_many", maximum=f"{MAX_ROWS:,}".replace(",", "."))
            number = start + first_line_number - 1
            cells = [unescape_formula(c) for c in row]
            stray = [c for t, c in zip(layout.targets, cells, strict=False) if t == "blank" and c.strip()]
            if stray or any(c.strip() for c in cells[len(headers):]):  # a value in a column without a name
                items.append(ImportItem("contact", number, ParsedContact(last_name=""),
                                        problems={"": "csv_value_without_header"}))
                continue
            if layout.name == "own":
                own = {t: c for t, c in zip(layout.targets, cells, strict=False) if t and t != "blank"}
                items.append(_own_row(own, number))
            else:
                items.append(_foreign_row(layout, cells, number))
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
