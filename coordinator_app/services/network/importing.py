"""The shared import step for vCard and CSV: a preview with problems and duplicates marked, then writing.

A parser turns a file into `ImportItem`s (nothing is written), each holding the values read as a
`ParsedContact` or a `ParsedOrganisation`. `prepare` validates each item and
marks the ones that match a contact or organisation already in the vault (or earlier in the same
file). `apply_import` writes the chosen items in one transaction: organisations first, then people,
linked to their organisation by name (an unknown organisation name is created, type "other").
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from sqlalchemy import select

from coordinator_app.db.models import Contact, Organisation
from coordinator_app.db.vault import Vault
from coordinator_app.errors import ValidationError
from coordinator_app.services import audit
from coordinator_app.services.network.contacts import (
    contact_input,
    insert_organisation,
    organisation_input,
    validate_contact,
    validate_organisation,
)
from coordinator_app.services.network.duplicates import KeyIndex, contact_keys, organisation_keys
from coordinator_app.services.network.listing import fold
from coordinator_app.services.network.phone import check_phone

MAX_IMPORT_BYTES = 20 * 1024 * 1024
PROGRESS_EVERY = 100  # entries between two progress reports of prepare/apply_import
FLUSH_EVERY = 500  # people written to the database at once by apply_import
Progress = Callable[[int, int], None]  # (entries done, entries in all)
MessageParams = dict[str, str | int]  # the parameters of a message code: line, property, charset


@dataclass(frozen=True)
class ParsedContact:
    """The values of one person as read from a file, before validation (the fields of ContactInput without
    the organisation, which is linked by name). Dates are the text read (a birthday already as YYYY-MM-DD
    or --MM-DD where the parser could read it)."""

    last_name: str | None = None
    first_name: str | None = None
    function: str | None = None
    department: str | None = None
    nickname: str | None = None
    phone: str | None = None
    phone_alt: str | None = None
    email: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    website: str | None = None
    birthday: str | None = None
    preferred_contact: str | None = None
    languages: list[str] = field(default_factory=list)
    specialisms: list[str] = field(default_factory=list)
    notes: str | None = None
    last_contact_on: str | None = None


@dataclass(frozen=True)
class ParsedOrganisation:
    """The values of one organisation as read from a file, before validation (the fields of
    OrganisationInput a file can carry; numbers and dates as the text read)."""

    name: str
    org_type: str = "other"
    municipality: str | None = None
    region_served: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    notes: str | None = None
    target_groups: list[str] = field(default_factory=list)
    capacity: str | None = None
    places_available: str | None = None
    availability_confirmed_on: str | None = None


@dataclass
class ImportItem:
    """One contact or organisation read from a file. `where` is the row (CSV) or card number (vCard)."""

    kind: str  # contact | organisation
    where: int
    values: ParsedContact | ParsedOrganisation  # ParsedOrganisation exactly when kind is "organisation"
    organisation_name: str = ""
    problems: dict[str, str] = field(default_factory=dict)  # field -> message code
    duplicate_of: list[int] = field(default_factory=list)  # ids in the vault of the same kind
    duplicate_in_file: int | None = None  # `where` of an earlier item in the same file
    notices: list[str] = field(default_factory=list)  # codes: photo_ignored, extra_in_notes, ...
    problem_params: MessageParams = field(default_factory=dict)  # parameters of the messages (line, charset)
    # properties of a vCard refused on their own (not stored; the rest of the card imports): message code and
    # its parameters (line, property, charset), shown in the preview
    refused_properties: list[tuple[str, MessageParams]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if (self.kind == "organisation") != isinstance(self.values, ParsedOrganisation):
            raise TypeError(f"an import item of kind {self.kind!r} holds {type(self.values).__name__}")

    @property
    def status(self) -> str:
        """The per-entry report: "refused" (with the reason in problems), "remarks" (imported, with the
        remarks in notices) or "ok"."""
        if self.problems:
            return "refused"
        return "remarks" if self.notices or self.refused_properties else "ok"

    @property
    def name(self) -> str:
        values = self.values
        if isinstance(values, ParsedOrganisation):
            return str(values.name or "")
        name = " ".join(p for p in (values.first_name, values.last_name) if p)
        # a person with only a nickname or an e-mail address is shown by that, never as a blank row
        return name or str(values.nickname or values.email or "")

    @property
    def is_duplicate(self) -> bool:
        return bool(self.duplicate_of) or self.duplicate_in_file is not None

    @property
    def importable(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportResult:
    organisations_added: int
    contacts_added: int
    skipped: int


def check_size(data: bytes) -> None:
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(code="import_too_large", maximum=MAX_IMPORT_BYTES // (1024 * 1024))


def read_import_file(path: Path | str) -> bytes:
    """The bytes of a .vcf or .csv file to import. The size is checked before anything is read; a
    folder, a missing or an unreadable file is a ValidationError with a plain Dutch message."""
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ValidationError({"file": "import_is_folder"}, code="import_is_folder")
        if info.st_size > MAX_IMPORT_BYTES:
            raise ValidationError(code="import_too_large", maximum=MAX_IMPORT_BYTES // (1024 * 1024))
        with path.open("rb") as fh:
            data = fh.read(MAX_IMPORT_BYTES + 1)  # a file that grows (or a device) is still bounded
    except FileNotFoundError as exc:
        raise ValidationError({"file": "file_not_found"}, code="file_not_found") from exc
    except IsADirectoryError as exc:
        raise ValidationError({"file": "import_is_folder"}, code="import_is_folder") from exc
    except OSError as exc:
        raise ValidationError({"file": "file_not_readable"}, code="file_not_readable") from exc
    check_size(data)
    return data


_PHONE_FIELDS = {"phone": "TEL", "phone_alt": "TEL"}


def _keep_bad_phones_in_notes(item: ImportItem, values: ParsedContact) -> ParsedContact:
    """A "phone number" that cannot be one (no digit at all, a line break) does not block the person: it is
    moved to the notes as written ("TEL: via receptie") and the preview says so. Returns the values to keep."""
    numbers = {"phone": values.phone, "phone_alt": values.phone_alt}
    moved = []
    for name, label in _PHONE_FIELDS.items():
        errors: dict[str, str] = {}
        check_phone(errors, name, numbers[name])
        if errors.get(name) == "invalid_phone":
            moved.append(f"{label}: {numbers[name]}")
            numbers[name] = None
    if not moved:
        return values
    if not numbers["phone"] and numbers["phone_alt"]:  # the number that is one comes first
        numbers["phone"], numbers["phone_alt"] = numbers["phone_alt"], None
    item.notices.append("extra_in_notes")
    return replace(values, phone=numbers["phone"], phone_alt=numbers["phone_alt"],
                   notes="\n".join(x for x in (values.notes, *moved) if x))


def prepare(vault: Vault, items: list[ImportItem], progress: Progress | None = None) -> list[ImportItem]:
    """Validate every item and mark duplicates (in the vault and within the file). Writes nothing.
    `progress(done, total)` is called every PROGRESS_EVERY entries and at the end."""
    with vault.read() as session:
        index = KeyIndex(session)
    seen: dict[str, int] = {}
    in_file = {fold(i.values.name) for i in items if isinstance(i.values, ParsedOrganisation)}
    for number, item in enumerate(items, 1):
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number, len(items))
        org = fold(item.organisation_name)
        if item.kind == "contact" and org and org not in index.org_names and org not in in_file:
            item.notices.append("new_organisation")  # created on import, type "other"
        try:
            if isinstance(item.values, ParsedOrganisation):
                org_values = item.values
                validate_organisation(organisation_input(asdict(org_values)))
                keys = organisation_keys(org_values.name, org_values.phone, org_values.email)
                item.duplicate_of = index.organisation_matches(keys)
            else:
                values = item.values = _keep_bad_phones_in_notes(item, item.values)
                checked = validate_contact(contact_input({**asdict(values), "organisation_id": None}))
                if any(checked[p] and not checked[f"{p}_intl"] for p in ("phone", "phone_alt")):
                    item.notices.append("phone_marked")  # kept as written, without an international form
                org_id = index.org_names.get(fold(item.organisation_name))
                keys = contact_keys(values.first_name, values.last_name, org_id,
                                    item.organisation_name, (values.phone, values.phone_alt), values.email)
                item.duplicate_of = index.contact_matches(keys)
        except ValidationError as exc:
            item.problems = {**exc.errors, **item.problems} or {"": exc.code}
            continue
        for key in keys:
            tagged = f"{item.kind}|{key}"
            if tagged in seen and item.duplicate_in_file is None:
                item.duplicate_in_file = seen[tagged]
            seen.setdefault(tagged, item.where)
    if progress is not None:
        progress(len(items), len(items))
    return items


def apply_import(vault: Vault, items: list[ImportItem], *, include_duplicates: bool = False,
                 progress: Progress | None = None) -> ImportResult:
    """Write the importable items (duplicates only when asked) in one transaction. `progress(done, total)`
    is called every PROGRESS_EVERY written entries and at the end."""
    chosen = [i for i in items if i.importable and (include_duplicates or not i.is_duplicate)]
    orgs_added = contacts_added = 0
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(chosen)):
            progress(done, len(chosen))

    with vault.write() as session:
        pending: list[Contact] = []

        def flush_contacts() -> None:
            session.add_all(pending)
            session.flush()
            for contact in pending:
                audit.record(session, "contact_created", "contact", contact.id)
            pending.clear()

        by_name = KeyIndex(session).org_names
        # held here, so they stay in the (weak) identity map: linking a person costs no query
        known = [*session.scalars(select(Organisation)).all()]
        for item in (i for i in chosen if i.kind == "organisation"):
            org = insert_organisation(session, organisation_input(asdict(item.values)))
            by_name.setdefault(fold(org.name), org.id)
            known.append(org)
            orgs_added += 1
            step()
        for item in (i for i in chosen if i.kind == "contact"):
            org_id = None
            if fold(item.organisation_name):
                org_id = by_name.get(fold(item.organisation_name))
                if org_id is None:
                    org = insert_organisation(session, organisation_input({"name": item.organisation_name}))
                    org_id = by_name[fold(org.name)] = org.id
                    known.append(org)
                    orgs_added += 1
            # as insert_contact (same validation, same audit line), but flushed in batches: one INSERT
            # round trip per batch instead of two per person (the organisation exists: it was found or made here)
            checked = validate_contact(contact_input({**asdict(item.values), "organisation_id": org_id}))
            pending.append(Contact(**checked))
            if len(pending) >= FLUSH_EVERY:
                flush_contacts()
            contacts_added += 1
            step()
        flush_contacts()
        audit.record(session, "contacts_imported", "contact", None, detail=str(orgs_added + contacts_added))
    return ImportResult(orgs_added, contacts_added, len(items) - len(chosen))
