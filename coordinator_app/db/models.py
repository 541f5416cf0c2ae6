"""SQLAlchemy 2 typed ORM models: everything the vault stores (docs/DOMAIN.md §4 and §8).

Codes (status, form, gender, ...) are stored as the code strings of resources/codes.toml.
All DateTime columns hold UTC; Date columns are calendar dates as the user entered them.
Full-text search lives in the FTS5 table `search_index`, kept up to date by triggers
(revision 0005: the text and its folded form, see coordinator_app/folding.py; revision 0006: prefix
indexes of 1, 2 and 3 letters), so it is inside the encrypted database too.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeAlias

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

JsonValue: TypeAlias = "str | int | float | bool | list[JsonValue] | dict[str, JsonValue] | None"
"""Any value a JSON column holds (what `json.loads` can return)."""

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# --- vault bookkeeping -------------------------------------------------------------------------


class VaultMeta(Base):
    """Key/value facts about the vault itself (vault id, generation counter, created_at)."""

    __tablename__ = "vault_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """Settings that belong in the vault (letterhead, coordinator details, retention, ...); JSON values."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class AuditEvent(Base):
    """Append-only log of what happened: never personal data, only event, object kind and id."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    event: Mapped[str] = mapped_column(String(48), index=True)
    object_kind: Mapped[str | None] = mapped_column(String(32))
    object_id: Mapped[int | None] = mapped_column(Integer, index=True)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)  # no FK: outlives a deleted case
    detail: Mapped[str | None] = mapped_column(String(64))  # a code or number, never free text


# --- the network (address book) ----------------------------------------------------------------


class Organisation(Timestamped, Base):
    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    org_type: Mapped[str] = mapped_column(String(32), index=True)
    municipality: Mapped[str | None] = mapped_column(String(40))
    region_served: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(16))
    city: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(40))  # as typed
    phone_intl: Mapped[str | None] = mapped_column(String(40))  # E.164 when the number is valid, else NULL
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    # shelters
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)  # women, men, minors, form codes
    capacity: Mapped[int | None] = mapped_column(Integer)
    places_available: Mapped[int | None] = mapped_column(Integer)
    availability_confirmed_on: Mapped[dt.date | None] = mapped_column(Date)
    from_template: Mapped[bool] = mapped_column(Boolean, default=False)

    contacts: Mapped[list[Contact]] = relationship(back_populates="organisation")


class Contact(Timestamped, Base):
    """A professional in the network. A person without a surname has last_name "" (see migration 0004);
    a person needs a first name, a surname, a nickname or an e-mail address."""

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"), index=True)
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    function: Mapped[str | None] = mapped_column(String(120))
    nickname: Mapped[str | None] = mapped_column(String(100))
    department: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))  # as typed
    phone_alt: Mapped[str | None] = mapped_column(String(40))
    phone_intl: Mapped[str | None] = mapped_column(String(40))  # E.164 when the number is valid, else NULL
    phone_alt_intl: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(16))
    city: Mapped[str | None] = mapped_column(String(80))
    region: Mapped[str | None] = mapped_column(String(80))
    country: Mapped[str | None] = mapped_column(String(80))
    website: Mapped[str | None] = mapped_column(String(200))
    birthday: Mapped[str | None] = mapped_column(String(10))  # YYYY-MM-DD, or --MM-DD without a year
    preferred_contact: Mapped[str | None] = mapped_column(String(20))  # phone, email, secure_mail, in_person
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    specialisms: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    last_contact_on: Mapped[dt.date | None] = mapped_column(Date)

    organisation: Mapped[Organisation | None] = relationship(back_populates="contacts")

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p) or self.nickname or self.email or ""


class ContactMoment(Base):
    """A contact with the network outside a case (a call, a meeting), for the network report."""

    __tablename__ = "contact_moments"
    id: Mapped[int] = mapped_column(primary_key=True)
    on: Mapped[dt.date] = mapped_column(Date, index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(32), default="meeting")
    note: Mapped[str | None] = mapped_column(Text)


class TrainingSession(Timestamped, Base):
    """Deskundigheidsbevordering: a training or awareness session given to partners."""

    __tablename__ = "training_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    topic: Mapped[str] = mapped_column(String(200))
    participants: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    organisations: Mapped[list[Organisation]] = relationship(secondary="training_session_organisations")


class TrainingSessionOrganisation(Base):
    __tablename__ = "training_session_organisations"
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)


# --- case files --------------------------------------------------------------------------------


class Case(Timestamped, Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="signal", index=True)
    closing_reason: Mapped[str | None] = mapped_column(String(32))
    signal_received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    opened_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    primary_form: Mapped[str] = mapped_column(String(16), default="unknown", index=True)
    labour_sector: Mapped[str | None] = mapped_column(String(80))
    referral_source: Mapped[str] = mapped_column(String(32), default="unknown")
    municipality: Mapped[str] = mapped_column(String(40), default="unknown", index=True)
    risk_level: Mapped[str | None] = mapped_column(String(16))
    reporter_org_type: Mapped[str | None] = mapped_column(String(32))
    reporter_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    reporter_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    signal_channel: Mapped[str | None] = mapped_column(String(32))
    signal_text: Mapped[str | None] = mapped_column(Text)
    acute_danger: Mapped[bool] = mapped_column(Boolean, default=False)
    emergency_called: Mapped[bool] = mapped_column(Boolean, default=False)
    # who was consulted, weighing, decision, grounds
    consultation: Mapped[dict[str, JsonValue] | None] = mapped_column(JSON)
    safety_notes: Mapped[str | None] = mapped_column(Text)
    care_needs: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person | None] = relationship(
        back_populates="case", uselist=False, cascade="all, delete-orphan", passive_deletes=True
    )
    other_forms: Mapped[list[CaseForm]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    indicators: Mapped[list[CaseIndicator]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    milestones: Mapped[list[Milestone]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    consents: Mapped[list[Consent]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    involvements: Mapped[list[Involvement]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    journal: Mapped[list[JournalEntry]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    tasks: Mapped[list[Task]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    documents: Mapped[list[Document]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class Person(Timestamped, Base):
    """The (possible) victim of a case. Every field may be empty: a person may be anonymous or unknown."""

    __tablename__ = "persons"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    alias: Mapped[str | None] = mapped_column(String(100))
    # Other spellings of the name (one per line: another transcription, the name in its own script,
    # a spelling from an earlier file); searched like the name itself.
    other_spellings: Mapped[str | None] = mapped_column(Text)
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    estimated_age: Mapped[int | None] = mapped_column(Integer)  # on the date the signal was received
    gender: Mapped[str] = mapped_column(String(16), default="unknown")
    nationality: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str | None] = mapped_column(String(60))
    safe_contact: Mapped[str | None] = mapped_column(Text)
    whereabouts: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="person")

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        if self.alias:
            name = f"{name} ({self.alias})" if name else self.alias
        return name


class CaseForm(Base):
    """Other forms of exploitation noted besides the primary one."""

    __tablename__ = "case_forms"
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    form: Mapped[str] = mapped_column(String(16), primary_key=True)


class CaseIndicator(Base):
    """An indicator (signal) seen, kept apart as fact, observation or interpretation, with its source."""

    __tablename__ = "case_indicators"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    indicator_code: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16), default="observation")  # fact | observation | interpretation
    source: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_on: Mapped[dt.date | None] = mapped_column(Date)


class Milestone(Timestamped, Base):
    """A step of the reporting route (docs/DOMAIN.md §3.7) with its date and who was involved."""

    __tablename__ = "milestones"
    # a case's milestones of one kind by date (the case list's reflection-period end, the route timeline)
    __table_args__ = (Index("ix_milestones_case_kind_on", "case_id", "kind", "on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)  # code list `milestone`
    status: Mapped[str] = mapped_column(String(16), default="done")  # code list `milestone_status`
    on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    shelter_type: Mapped[str | None] = mapped_column(String(16))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)


class Consent(Timestamped, Base):
    """Consent per purpose; without consent, the legal ground used."""

    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    given: Mapped[bool] = mapped_column(Boolean, default=False)
    given_on: Mapped[dt.date | None] = mapped_column(Date)
    signed_by: Mapped[str | None] = mapped_column(String(16))  # person | parent | guardian
    written: Mapped[bool] = mapped_column(Boolean, default=False)
    legal_ground: Mapped[str | None] = mapped_column(String(32))
    partners: Mapped[list[int]] = mapped_column(JSON, default=list)  # organisation ids it covers
    note: Mapped[str | None] = mapped_column(Text)


class Involvement(Base):
    """A contact or organisation involved in a case, with its role there."""

    __tablename__ = "involvements"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(32), default="other")
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class JournalEntry(Timestamped, Base):
    __tablename__ = "journal_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    on: Mapped[dt.date] = mapped_column(Date, index=True)
    text: Mapped[str] = mapped_column(Text)


class Task(Timestamped, Base):
    __tablename__ = "tasks"
    # a case's open tasks by due date (the case list's "next task" column, the case overview)
    __table_args__ = (Index("ix_tasks_case_open_due", "case_id", "done_on", "due_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str | None] = mapped_column(String(40))  # follow-up code from the route, or None
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    remind_days_before: Mapped[int] = mapped_column(Integer, default=0)
    done_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    note: Mapped[str | None] = mapped_column(Text)


class Document(Base):
    """A generated letter or an attachment; the bytes live in `document_chunks` (streamed, bounded memory)."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # letter | attachment
    template: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    filename: Mapped[str | None] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64))
    recipient_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    recipient_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    sections: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)


class DocumentChunk(Base):
    __tablename__ = "document_chunks"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class IntakeDraft(Timestamped, Base):
    """An unfinished intake: the serialised wizard state, encrypted with the rest of the vault."""

    __tablename__ = "intake_drafts"
    id: Mapped[int] = mapped_column(primary_key=True)
    step: Mapped[str] = mapped_column(String(32))
    state: Mapped[dict[str, JsonValue]] = mapped_column(JSON)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))


class PublishedRelease(Base):
    """One quarterly table exactly as it left the vault (counts and marks only, never case data).

    Every later export is protected against all earlier releases: a reader may hold them all. A
    re-export of a quarter gives back the stored table; a deliberate correction adds a new version.
    """

    __tablename__ = "published_releases"
    __table_args__ = (Index("ix_published_releases_quarter_version", "quarter", "version", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    quarter: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer, default=1)
    threshold: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    cells: Mapped[list[list[int | str]]] = mapped_column(JSON)  # [measure, dimension, category, value]


__all__ = [
    "AuditEvent", "Base", "Case", "CaseForm", "CaseIndicator", "Consent", "Contact", "ContactMoment",
    "Document", "DocumentChunk", "IntakeDraft", "Involvement", "JournalEntry", "Milestone", "Organisation",
    "Person", "PublishedRelease", "Setting", "Task", "TrainingSession", "TrainingSessionOrganisation",
    "VaultMeta", "utcnow",
]
