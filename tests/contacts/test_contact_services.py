"""Service tests of the contact network: CRUD, validation, filters, delete, duplicates, merge, template."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.db import models as m
from coordinator_app.errors import NotFound, ValidationError
from coordinator_app.services.network import contacts as c
from coordinator_app.services.network import duplicates as cm
from coordinator_app.services.network import listing
from coordinator_app.services.network import template as nt
from coordinator_app.services.settings import settings


def _org(vault, name="Opvang De Haven", **kw):
    return c.create_organisation(vault, c.OrganisationInput(name=name, **kw))


def _person(vault, last="Jansen", **kw):
    return c.create_contact(vault, c.ContactInput(last_name=last, **kw))


def test_crud_and_normalised_phone_and_email(vault) -> None:
    org = _org(vault, org_type="shelter_women", municipality="Zwolle", phone="0381234567")
    pid = _person(vault, first_name="Łucja", last="Wiśniewska", organisation_id=org, phone="+31 6 1234 5678",
                  email="  Lucja@Example.NL ", languages=["pl", "nl"], specialisms=["minderjarigen"])
    got = c.get_contact(vault, pid)
    assert (got.phone, got.phone_intl) == ("+31 6 1234 5678", "+31612345678")  # kept as typed
    assert got.email == "Lucja@example.nl"
    assert (c.get_organisation(vault, org).phone, c.get_organisation(vault, org).phone_intl) == (
        "0381234567", "+31381234567")
    c.update_contact(vault, pid, dataclasses.replace(got.as_input(), function="Ambulant begeleider"))
    assert c.get_contact(vault, pid).function == "Ambulant begeleider"
    c.delete_contact(vault, pid)
    with pytest.raises(NotFound):
        c.get_contact(vault, pid)
    c.delete_organisation(vault, org)
    assert c.list_organisations(vault) == []


@pytest.mark.parametrize(("field", "value", "code"), [
    ("phone", "bel me maar", "invalid_phone"),
    ("email", "geen-adres", "invalid_email"), ("email", "a@b@c.nl", "invalid_email"),
    ("birthday", "31-02-1980", "invalid_date"), ("birthday", "morgen", "invalid_date"),
    ("preferred_contact", "postduif", "invalid_code"),
    ("last_contact_on", "31-02-2026", "invalid_date"),
])
def test_contact_validation(vault, field, value, code) -> None:
    data = c.ContactInput(last_name="Jansen")
    setattr(data, field, value)
    with pytest.raises(ValidationError) as info:
        c.create_contact(vault, data)
    assert info.value.errors[field] == code
    assert "ongeldig" in info.value.message("nl") or "verplicht" in info.value.message("nl") or \
        "lijst" in info.value.message("nl") or "datum" in info.value.message("nl")


def test_organisation_validation(vault) -> None:
    with pytest.raises(ValidationError) as info:
        _org(vault, org_type="bakery", target_groups=["aliens"], capacity=-1)
    assert set(info.value.errors) == {"org_type", "target_groups", "capacity"}


def test_filters(vault) -> None:
    men = _org(vault, "Mannenopvang Oost", org_type="shelter_men", municipality="Deventer",
               target_groups=["men", "labour"], places_available=2)
    _org(vault, "Mannenopvang Vol", org_type="shelter_men", target_groups=["men"], places_available=0)
    _org(vault, "Mannenopvang Zuid", org_type="shelter_men", places_available=1)  # men implied by the type
    _org(vault, "Politie Zwolle", org_type="police", municipality="Zwolle")
    _person(vault, "Yılmaz", first_name="Şükrü", organisation_id=men, specialisms=["Arbeidsuitbuiting", "Turks"])
    _person(vault, "de Vries", first_name="Anna", email="anna@politie.nl")

    def names(**kw):
        return [r.name for r in listing.list_network(vault, listing.NetworkFilter(**kw))]

    assert names(shelter_room_for="men") == ["Mannenopvang Oost", "Mannenopvang Zuid"]
    assert names(shelter_room_for="women") == []
    assert names(org_type="shelter_men", kind="contact") == ["Şükrü Yılmaz"]
    assert names(municipality="Deventer") == ["Mannenopvang Oost", "Şükrü Yılmaz"]
    assert names(specialism="arbeid") == ["Şükrü Yılmaz"]
    assert names(text="sukru") == ["Şükrü Yılmaz"]  # accents folded
    assert names(text="politie") == ["Anna de Vries", "Politie Zwolle"]  # e-mail is searched too
    assert names(kind="organisation", text="opvang") == ["Mannenopvang Oost", "Mannenopvang Vol", "Mannenopvang Zuid"]
    assert [r.name for r in listing.list_contacts(vault)] == ["Anna de Vries", "Şükrü Yılmaz"]
    assert listing.specialisms_in_use(vault) == ["Arbeidsuitbuiting", "Turks"]


def _case_with_links(vault, contact_id, org_id, *, year_start: dt.date) -> int:
    from coordinator_app.services.cases import store

    case_id = store.create_case(vault, store.CaseInput(signal_received_on=year_start))
    with vault.write() as s:
        s.add(m.Involvement(case_id=case_id, contact_id=contact_id, role="lawyer", started_on=year_start))
        s.add(m.Involvement(case_id=case_id, organisation_id=org_id, role="shelter", started_on=year_start))
        s.add(m.Milestone(case_id=case_id, kind="informative_interview", on=year_start, contact_id=contact_id,
                          organisation_id=org_id))
        s.add(m.Document(case_id=case_id, kind="letter", title="Overdracht", recipient_contact_id=contact_id,
                         recipient_organisation_id=org_id))
        s.add(m.ContactMoment(on=year_start, contact_id=contact_id, organisation_id=org_id, kind="phone"))
        s.add(m.Consent(case_id=case_id, purpose="share_partners", partners=[org_id]))
        s.get(m.Case, case_id).reporter_contact_id = contact_id
    return case_id


def test_delete_refused_while_linked_to_a_case(vault) -> None:
    org = _org(vault)
    pid = _person(vault, organisation_id=org)
    _case_with_links(vault, pid, org, year_start=dt.date.today())
    with pytest.raises(ValidationError) as info:
        c.delete_contact(vault, pid)
    assert "samen" in info.value.message("nl")
    with pytest.raises(ValidationError):
        c.delete_organisation(vault, org)


def test_contact_cases_roles_dates_and_this_year(vault) -> None:
    today = dt.date.today()
    org = _org(vault)
    pid = _person(vault, organisation_id=org)
    case_id = _case_with_links(vault, pid, org, year_start=dt.date(today.year, 1, 2))
    result = c.contact_cases(vault, "contact", pid, today=today)
    assert {link.role for link in result.links} == {"lawyer", "reporter", "informative_interview"}
    assert all(link.case_id == case_id for link in result.links)
    assert result.cases_this_year == 1 and result.moments_this_year == 1
    org_result = c.contact_cases(vault, "organisation", org, today=today)
    assert {link.role for link in org_result.links} == {"shelter", "informative_interview"}


def test_duplicate_detection(vault) -> None:
    org = _org(vault, "Veilig Thuis IJsselland", phone="088 1234567")
    _org(vault, "veilig  thuis ijsselland ")  # same name, other spacing/case
    a = _person(vault, "Bakker", first_name="Eva", organisation_id=org)
    b = _person(vault, "bakker", first_name="Éva", organisation_id=org)  # same name and organisation
    d = _person(vault, "Smit", phone="06-11112222")
    e = _person(vault, "Smid", phone="+31611112222")  # same phone
    f = _person(vault, "Visser", email="J.Visser@Example.nl")
    g = _person(vault, "Visscher", email="j.visser@example.nl")  # same e-mail
    _person(vault, "Bakker", first_name="Eva")  # same name, other organisation: not a duplicate
    groups = cm.find_duplicates(vault)
    assert [(g_.kind, g_.ids) for g_ in groups] == [
        ("contact", (a, b)), ("contact", (d, e)), ("contact", (f, g)), ("organisation", (1, 2))]
    assert groups[1].reasons == ("phone",)
    assert groups[3].reasons == ("name",)


def test_merge_contacts_keeps_every_case_link(vault) -> None:
    org = _org(vault)
    keep = _person(vault, "Bakker", first_name="Eva", phone="0381111111", specialisms=["jongeren"])
    other = _person(vault, "Bakker", first_name="Eva", organisation_id=org, phone="0382222222",
                    phone_alt="0383333333", email="eva@x.nl", specialisms=["mannen"], notes="Werkt op dinsdag",
                    last_contact_on="2026-01-01")
    case_id = _case_with_links(vault, other, org, year_start=dt.date.today())
    cm.merge_contacts(vault, keep, other)
    with vault.read() as s:
        assert s.get(m.Contact, other) is None
        assert s.scalars(select(m.Involvement.contact_id).where(m.Involvement.contact_id.is_not(None))).all() == [keep]
        assert s.scalar(select(m.Milestone.contact_id)) == keep
        assert s.scalar(select(m.Document.recipient_contact_id)) == keep
        assert s.get(m.Case, case_id).reporter_contact_id == keep
        assert s.scalar(select(m.ContactMoment.contact_id)) == keep
    merged = c.get_contact(vault, keep)
    assert merged.organisation_id == org and merged.email == "eva@x.nl"
    assert merged.specialisms == ["jongeren", "mannen"]
    assert merged.phone == "0381111111" and merged.phone_alt == "0382222222"  # as typed
    assert (merged.phone_intl, merged.phone_alt_intl) == ("+31381111111", "+31382222222")
    assert "0383333333" in merged.notes and "Werkt op dinsdag" in merged.notes
    assert merged.last_contact_on == dt.date(2026, 1, 1)
    with pytest.raises(ValidationError):
        cm.merge_contacts(vault, keep, keep)


def test_merge_organisations_keeps_every_link(vault) -> None:
    keep = _org(vault, "Slachtofferhulp", org_type="other")
    other = _org(vault, "Slachtofferhulp Nederland", org_type="victim_support", phone="0900 0101")
    pid = _person(vault, organisation_id=other)
    _case_with_links(vault, pid, other, year_start=dt.date.today())
    with vault.write() as s:
        t1 = m.TrainingSession(held_on=dt.date.today(), topic="Signalen", participants=5)
        t2 = m.TrainingSession(held_on=dt.date.today(), topic="Signalen 2", participants=5)
        s.add_all([t1, t2])
        s.flush()
        s.add_all([m.TrainingSessionOrganisation(session_id=t1.id, organisation_id=other),
                   m.TrainingSessionOrganisation(session_id=t2.id, organisation_id=other),
                   m.TrainingSessionOrganisation(session_id=t2.id, organisation_id=keep)])
    cm.merge_organisations(vault, keep, other)
    with vault.read() as s:
        assert s.get(m.Organisation, other) is None
        assert s.get(m.Contact, pid).organisation_id == keep
        assert s.scalars(select(m.Involvement.organisation_id).where(
            m.Involvement.organisation_id.is_not(None))).all() == [keep]
        assert s.scalar(select(m.Milestone.organisation_id)) == keep
        assert s.scalar(select(m.Document.recipient_organisation_id)) == keep
        assert s.scalar(select(m.ContactMoment.organisation_id)) == keep
        assert s.scalar(select(m.Consent.partners)) == [keep]
        assert sorted(s.scalars(select(m.TrainingSessionOrganisation.session_id))) == [1, 2]
    merged = c.get_organisation(vault, keep)
    assert merged.org_type == "victim_support" and merged.phone == "0900 0101"


def test_template_load_is_idempotent(vault) -> None:
    assert nt.should_offer(vault)
    first = nt.load_template(vault)
    assert first.added == len(nt.template_organisations()) and first.skipped == 0
    assert not nt.should_offer(vault)
    assert settings.get(vault, "network_template_offered") is True
    second = nt.load_template(vault)
    assert second.added == 0 and second.skipped == first.added
    orgs = c.list_organisations(vault)
    assert len(orgs) == first.added
    assert all(o.from_template and o.phone is None and o.email is None for o in orgs)
    with vault.read() as s:
        assert s.scalar(select(m.Contact.id)) is None  # never people


def test_template_declined_is_not_offered_again(vault) -> None:
    nt.mark_offered(vault)
    assert not nt.should_offer(vault)


@pytest.mark.parametrize(("typed", "international"), [
    ("06-1234567", None), ("034441/ 2 22 67", None), ("(905) 555-1234", None), ("12", None),
    ("06 12345678", "+31612345678"), ("+1 905 555 1234", "+19055551234"), ("0049 30 1234567", "+49301234567"),
])
def test_phone_kept_as_typed_and_marked_when_not_valid(vault, typed: str, international: str | None) -> None:
    """The issue's numbers: stored exactly as typed; the international form only for a valid number."""
    pid = _person(vault, "Jansen", phone=typed, phone_alt=typed)
    got = c.get_contact(vault, pid)
    assert (got.phone, got.phone_alt) == (typed, typed)
    assert (got.phone_intl, got.phone_alt_intl) == (international, international)


@pytest.mark.parametrize("values", [
    {"first_name": "Ahmad"}, {"email": "info@example.org"}, {"nickname": "Mo"}, {"last_name": "Ng"},
])
def test_a_person_with_only_one_name_or_only_an_email_is_stored(vault, values: dict) -> None:
    pid = c.create_contact(vault, c.ContactInput(**values))
    got = c.get_contact(vault, pid)
    assert {k: getattr(got, k) for k in values} == values
    assert got.last_name == values.get("last_name", "")  # no surname: the empty text (column NOT NULL)
    from coordinator_app.services.search import index
    word = next(iter(values.values())).split("@")[0]
    assert any(h.kind == "contact" and h.ref_id == pid for h in index.search(vault, word))


def test_a_person_without_any_name_or_email_is_refused(vault) -> None:
    with pytest.raises(ValidationError) as info:
        c.create_contact(vault, c.ContactInput(last_name="  ", function="Wijkagent", phone="0612345678"))
    assert info.value.errors == {"last_name": "contact_needs_name"}


def test_new_contact_fields_are_stored_as_given(vault) -> None:
    given = {"first_name": "Nguyễn Thị", "last_name": "Hương", "nickname": "Hương\u00a0N.",
             "department": "Zorg;Team Oost", "address": "Postbus 12\nKeizerstraat 1", "postal_code": "8011 AB",
             "city": "Zwolle", "region": "Overijssel", "country": "Nederland", "website": "https://zorg.example/ñ",
             "birthday": "1980-02-29"}
    got = c.get_contact(vault, c.create_contact(vault, c.ContactInput(**given)))
    assert {k: getattr(got, k) for k in given} == given
    for typed, stored in (("29-02-1980", "1980-02-29"), ("--0415", "--04-15"), ("15-4", "--04-15"),
                          ("19800415", "1980-04-15")):
        assert c.check_birthday({}, "birthday", typed) == stored
