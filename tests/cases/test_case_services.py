"""Case services: status transitions, list query, reflection end date, consent age rules, detail CRUD."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coordinator_app.domain import dates
from coordinator_app.errors import ValidationError
from coordinator_app.services.cases import detail as cd
from coordinator_app.services.cases import involvements, listing, store, work
from coordinator_app.services.cases.detail import ConsentInput, IndicatorInput, MilestoneInput
from coordinator_app.services.cases.involvements import InvolvementInput
from coordinator_app.services.cases.work import TaskInput

TODAY = dt.date.today()


def _case(vault, **kw) -> int:
    person = kw.pop("person", store.PersonInput(first_name="Anna", last_name="Visser"))
    data = store.CaseInput(signal_received_on=kw.pop("signal", TODAY - dt.timedelta(days=30)), person=person, **kw)
    return store.create_case(vault, data)


def test_status_transitions_and_reopen(vault):
    cid = _case(vault)
    with pytest.raises(ValidationError):
        store.change_status(vault, cid, "signal")  # signal -> signal is no transition
    store.change_status(vault, cid, "intake")
    store.change_status(vault, cid, "active")
    with pytest.raises(ValidationError) as err:
        store.change_status(vault, cid, "closed")
    assert err.value.errors == {"closing_reason": "closing_reason_required"}
    work.add_task(vault, cid, "Bellen", TODAY)
    store.change_status(vault, cid, "closed", closing_reason="goals_reached", close_open_tasks=True)
    rec = store.get_case(vault, cid)
    assert rec.status == "closed" and rec.values.closing_reason == "goals_reached"
    assert work.open_task_count(vault, cid) == 0
    with pytest.raises(ValidationError):
        store.change_status(vault, cid, "intake")
    store.change_status(vault, cid, "active")
    rec = store.get_case(vault, cid)
    assert rec.status == "active" and rec.values.closed_on is None
    from coordinator_app.services import audit

    assert "case_reopened" in [e.event for e in audit.events(vault, case_id=cid)]


def test_reflection_end_date_is_start_plus_three_months(vault):
    cid = _case(vault)
    start = TODAY - dt.timedelta(days=10)
    cd.save_milestone(vault, cid, MilestoneInput(kind="reflection_period", status="done", on=start))
    [m] = cd.list_milestones(vault, cid)
    assert m.end_on == dates.add_months(start, 3)
    assert cd.reflection_end(dt.date(2026, 11, 30)) == dt.date(2027, 2, 28)
    assert cd.reflection_end(dt.date(2026, 1, 15)) == dt.date(2026, 4, 15)
    row = listing.fetch_rows(vault, [cid])[cid]
    assert row.reflection_end == m.end_on
    steps = {s.kind: s for s in cd.timeline(vault, cid)}
    assert steps["reflection_period"].state == "done" and steps["reflection_period"].end_on == m.end_on
    assert steps["police_report"].state == "todo"
    assert cd.overview(vault, cid).reflection_end == m.end_on


def test_milestone_rules(vault):
    cid = _case(vault)
    with pytest.raises(ValidationError) as err:
        cd.save_milestone(vault, cid, MilestoneInput(kind="shelter", status="done", on=TODAY))
    assert "shelter_type" in err.value.errors
    with pytest.raises(ValidationError) as err:
        cd.save_milestone(vault, cid, MilestoneInput("police_report", status="done", on=TODAY + dt.timedelta(days=3)))
    assert err.value.errors["on"] == "date_in_future"
    mid = cd.save_milestone(vault, cid, MilestoneInput("police_report", status="planned", on=TODAY + dt.timedelta(3)))
    cd.save_milestone(vault, cid, MilestoneInput(kind="police_report", status="done", on=TODAY), mid)
    assert cd.list_milestones(vault, cid)[0].status == "done"
    cd.delete_milestone(vault, cid, mid)
    assert cd.list_milestones(vault, cid) == []


@pytest.mark.parametrize(("age", "signer", "error"), [
    (17, "person", None), (17, "parent", "consent_signer_16plus"), (16, "guardian", "consent_signer_16plus"),
    (15, "parent", None), (15, "guardian", None), (15, "person", "consent_signer_under16"), (None, "parent", None),
])
def test_consent_age_rules(vault, age, signer, error):
    dob = None if age is None else dt.date(TODAY.year - age, 1, 1)
    cid = _case(vault, person=store.PersonInput(first_name="X", date_of_birth=dob))
    data = ConsentInput(purpose="share_partners", given=True, given_on=TODAY, signed_by=signer, written=True)
    if error is None:
        cd.save_consent(vault, cid, data)
        assert cd.list_consents(vault, cid)[0].signed_by == signer
    else:
        with pytest.raises(ValidationError) as err:
            cd.save_consent(vault, cid, data)
        assert err.value.errors["signed_by"] == error


def test_comensha_registration_needs_written_consent(vault):
    cid = _case(vault)
    data = ConsentInput(purpose="comensha_registration", given=True, given_on=TODAY, signed_by="person")
    with pytest.raises(ValidationError) as err:
        cd.save_consent(vault, cid, data)
    assert err.value.errors == {"written": "consent_written_required"}
    cd.save_consent(vault, cid, dataclasses.replace(data, written=True))


def test_no_consent_needs_legal_ground(vault):
    cid = _case(vault)
    with pytest.raises(ValidationError) as err:
        cd.save_consent(vault, cid, ConsentInput(purpose="share_partners", given=False))
    assert err.value.errors == {"legal_ground": "legal_ground_required"}
    with pytest.raises(ValidationError):
        cd.save_consent(vault, cid, ConsentInput(purpose="share_partners", given=False, legal_ground="whim"))
    kid = cd.save_consent(vault, cid, ConsentInput("share_partners", given=False, legal_ground="vital_interest"))
    cd.delete_consent(vault, cid, kid)
    assert cd.list_consents(vault, cid) == []


def test_indicators_journal_tasks_involvements(vault):
    from coordinator_app.services.network import contacts

    cid = _case(vault)
    code, _group, text = cd.indicator_choices()[0]
    iid = cd.save_indicator(vault, cid, IndicatorInput(indicator_code=code, kind="fact", source="melder"))
    assert cd.list_indicators(vault, cid)[0].text == text
    with pytest.raises(ValidationError):
        cd.save_indicator(vault, cid, IndicatorInput(indicator_code="does_not_exist"))
    cd.delete_indicator(vault, cid, iid)

    old = work.add_journal(vault, cid, "Eerste gesprek", TODAY - dt.timedelta(days=5))
    new = work.add_journal(vault, cid, "Tweede gesprek", TODAY)
    assert [e.id for e in work.list_journal(vault, cid)] == [new, old]
    work.update_journal(vault, cid, old, "Eerste gesprek, aangevuld", TODAY - dt.timedelta(days=5))
    with pytest.raises(ValidationError):
        work.update_journal(vault, cid, old, "   ", TODAY)
    work.delete_journal(vault, cid, new)
    assert [e.text for e in work.list_journal(vault, cid)] == ["Eerste gesprek, aangevuld"]

    t1 = work.add_task(vault, cid, "Later", TODAY + dt.timedelta(days=9))
    t2 = work.add_task(vault, cid, "Eerst", TODAY + dt.timedelta(days=1), remind_days_before=2)
    assert [t.id for t in work.list_tasks(vault, cid)] == [t2, t1]
    work.set_task_done(vault, cid, t2, True)
    assert [t.id for t in work.list_tasks(vault, cid)] == [t1, t2]
    work.set_task_done(vault, cid, t2, False)
    work.update_task(vault, cid, t1, TaskInput(title="Later nog", due_on=TODAY, remind_days_before=1))
    assert work.list_tasks(vault, cid)[0].title == "Later nog"
    work.delete_task(vault, cid, t1)

    org = contacts.create_organisation(vault, contacts.OrganisationInput(name="Fier", org_type="shelter_women"))
    con = contacts.create_contact(vault, contacts.ContactInput(last_name="Jansen", organisation_id=org))
    assert {i.kind for i in involvements.find_network(vault, "fier")} == {"contact", "organisation"}
    with pytest.raises(ValidationError):
        involvements.save_involvement(vault, cid, InvolvementInput(role="shelter"))
    with pytest.raises(ValidationError):
        involvements.save_involvement(vault, cid, InvolvementInput(contact_id=con, role="nonsense"))
    vid = involvements.save_involvement(vault, cid, InvolvementInput(contact_id=con, role="shelter"))
    [inv] = involvements.list_involvements(vault, cid)
    assert inv.organisation_name == "Fier" and inv.contact_name == "Jansen"
    involvements.delete_involvement(vault, cid, vid)
    assert involvements.list_involvements(vault, cid) == []


def test_list_filters_and_sorting(vault):
    a = _case(vault, municipality="Zwolle", primary_form="labour",
              person=store.PersonInput(first_name="Bram", date_of_birth=TODAY.replace(year=TODAY.year - 30)))
    b = _case(vault, municipality="Kampen", primary_form="sexual", status="active",
              person=store.PersonInput(alias="Mimi", estimated_age=16))
    c = _case(vault, person=None)
    work.add_task(vault, b, "Te laat", TODAY - dt.timedelta(days=2))
    rows = listing.fetch_rows(vault, [a, b, c])
    assert rows[c].name == "onbekend" and rows[b].name == "Mimi" and rows[b].overdue
    flt = listing.CaseFilter
    assert listing.case_ids(vault, flt(municipality="Zwolle")) == [a]
    assert listing.case_ids(vault, flt(age_group="0-17")) == [b]
    assert listing.case_ids(vault, flt(age_group="23+")) == [a]
    assert listing.case_ids(vault, flt(age_group="unknown")) == [c]
    assert listing.case_ids(vault, flt(overdue=True)) == [b]
    assert listing.case_ids(vault, flt(status="active")) == [b]
    assert listing.case_ids(vault, flt(form="sexual")) == [b]
    assert listing.case_ids(vault, flt(text="bram")) == [a]
    assert listing.case_ids(vault, flt(text="nobody-here")) == []
    assert listing.case_ids(vault, sort="name") == [a, b, c]
    assert listing.case_ids(vault, sort="name", descending=True) == [c, b, a]
    assert listing.case_ids(vault, sort="next_due")[0] == b
    for column in listing.COLUMNS:  # every column orders every case, whatever its order
        assert sorted(listing.case_ids(vault, sort=column)) == [a, b, c]


def test_names_sort_in_dutch_order(vault):
    """Accented capitals stand with their letter; case and accents only break ties; no name comes last."""
    names = ["Zoë", "Éva", "ömer", "Anna", "Ömer", "eva", "Ángel", "Ijsbrand", "Bram", "Žaneta", "zeynep", None]
    ids = {}
    for name in names:
        person = store.PersonInput(first_name=name) if name else None
        ids[name] = _case(vault, person=person)
    # Written out by hand (the oracle): a, b, e, i, o, z as if unaccented ("Ángel" < "Anna", "Žaneta" < "zeynep");
    # "eva" and "Éva" tie on their letters: plain before accented; "ömer"/"Ömer" tie fully: first made first.
    expected = ["Ángel", "Anna", "Bram", "eva", "Éva", "Ijsbrand", "ömer", "Ömer", "Žaneta", "zeynep", "Zoë", None]
    assert listing.case_ids(vault, sort="name") == [ids[n] for n in expected]
    assert listing.case_ids(vault, sort="name", descending=True) == [ids[n] for n in reversed(expected)]


def test_reflection_period_gets_a_reminder_task(vault):
    cid = _case(vault)
    start = TODAY - dt.timedelta(days=5)
    mid = cd.save_milestone(vault, cid, MilestoneInput(kind="reflection_period", status="done", on=start))
    [task] = work.list_tasks(vault, cid)
    assert task.kind == "reflection_end" and task.due_on == cd.reflection_end(start)
    assert task.remind_days_before == 14
    later = TODAY - dt.timedelta(days=1)
    cd.save_milestone(vault, cid, MilestoneInput(kind="reflection_period", status="done", on=later), mid)
    [task] = work.list_tasks(vault, cid)
    assert task.due_on == cd.reflection_end(later)


def test_closed_case_fields_can_still_be_edited(vault):
    cid = _case(vault, status="active")
    store.change_status(vault, cid, "closed", closing_reason="referred_on")
    store.update_case(vault, cid, store.CaseChanges(risk_level="low"), store.PersonChanges(alias="Zon"))
    rec = store.get_case(vault, cid)
    assert rec.status == "closed" and rec.values.risk_level == "low" and rec.person.alias == "Zon"
    # the fields left UNCHANGED keep what was stored (the defaults of _case: Anna Visser, signal 30 days ago)
    assert (rec.person.first_name, rec.person.last_name) == ("Anna", "Visser")
    assert rec.values.signal_received_on == TODAY - dt.timedelta(days=30) and rec.values.closing_reason == "referred_on"
    store.update_case(vault, cid, store.CaseChanges(risk_level=None), store.PersonChanges(alias=None))
    rec = store.get_case(vault, cid)
    assert (rec.values.risk_level, rec.person.alias, rec.person.first_name) == (None, None, "Anna")  # None clears


def test_case_list_age_filter_agrees_with_the_statistics(demo_vault):
    """The list filter and the quarterly counts use one expression: same group for every case."""
    from sqlalchemy import select, update

    from coordinator_app.db.models import Case, Person
    from coordinator_app.domain.age_groups import AGE_GROUPS
    from coordinator_app.services.quarterly.age_groups import age_group

    # estimated 17 on a signal of 20 December, opened 5 January: still 17 (calendar years would say 18)
    late = _case(demo_vault, signal=dt.date(2025, 12, 20), opened_on=dt.date(2026, 1, 5),
                 person=store.PersonInput(alias="Laat", estimated_age=17))
    impossible = _case(demo_vault, person=store.PersonInput(alias="Toekomst", estimated_age=20))
    with demo_vault.write() as session:  # a birth date after the opening: an impossible age
        session.execute(update(Person).where(Person.case_id == impossible)
                        .values(estimated_age=None, date_of_birth=dt.date(2090, 1, 1)))
    with demo_vault.read() as session:
        counted = dict(session.execute(select(Case.id, age_group()).outerjoin(Person, Person.case_id == Case.id)).all())
    for group in AGE_GROUPS:
        listed = set(listing.case_ids(demo_vault, listing.CaseFilter(age_group=group)))
        assert listed == {cid for cid, g in counted.items() if g == group}, group
    assert counted[late] == "0-17" and counted[impossible] == "unknown"


def test_add_months_never_crashes():
    assert dates.add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert dates.add_months(dt.date(2026, 3, 10), -3) == dt.date(2025, 12, 10)
    assert dates.add_months(dt.date(9999, 11, 1), 3) is None
    assert dates.add_months(dt.date(1, 2, 1), -3) is None
