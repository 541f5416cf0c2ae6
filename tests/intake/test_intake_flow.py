"""The intake flow without Qt: every branch of the route, consent rules, validation and drafts."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator_app.domain.dates import add_months
from coordinator_app.domain.intake.content import STEP_CODES
from coordinator_app.domain.intake.flow import IntakeFlow, SuggestedTask, age_on
from coordinator_app.domain.intake.state import ConsentRecord, FollowupChoice, IndicatorMark, IntakeState

TODAY = date(2026, 11, 20)
SIGNAL_DATE = date(2026, 11, 18)
GROUPS = {"NL": "nl", "PL": "eu_eea", "RO": "eu_eea", "NG": "non_eu", "UA": "non_eu"}


def group_of(iso2: str) -> str:
    return GROUPS.get(iso2, "unknown")


def make_flow(state: IntakeState) -> IntakeFlow:
    return IntakeFlow(state, today=TODAY, nationality_group=group_of)


def base_state(*, age: int = 30, nationality: str = "NL", gender: str = "female", form: str = "sexual",
               minor: bool | None = None, consent: bool | None = True) -> IntakeState:
    """A complete, valid intake of a known person; keyword arguments choose the branch."""
    s = IntakeState()
    s.signal.received_on = SIGNAL_DATE
    s.signal.reporter_org_type = "healthcare"
    s.signal.reporter_contact_id = 12
    s.signal.channel = "phone"
    s.signal.text = "Cliënte vertelt dat ze haar paspoort moet inleveren bij 'de baas'."
    s.referral_source = "care"
    s.municipality = "Zwolle"
    s.safety.acute_danger = False
    s.safety.is_minor = age < 18 if minor is None else minor
    if s.safety.is_minor:
        s.safety.meldcode_steps_done = ["map_signals", "consult", "conversation", "weigh", "decide"]
        s.safety.afweging = {"suspicion": True, "unsafe": True, "can_help": True, "help_accepted": True,
                             "help_sufficient": False}
        s.safety.meldcode_decision = "report_and_help"
    s.indicators.marks = [IndicatorMark("gen_no_id_papers", "fact", "melder")]
    s.primary_form = form
    if form == "labour":
        s.labour_sector = "land- en tuinbouw"
    s.person.first_name = "Anna"
    s.person.estimated_age = age
    s.person.gender = gender
    s.person.nationality = nationality
    s.person.languages = ["nl"]
    s.consultation.parties = ["colleague", "comensha"]
    s.consultation.weighed = "Signalen, veiligheid, wens van cliënte."
    s.consultation.decision = "Traject starten."
    s.consultation.grounds = "Meerdere signalen van uitbuiting."
    if consent is True:
        signer = "person" if age >= 16 else "parent"
        s.consent.records = [ConsentRecord("comensha_registration", True, SIGNAL_DATE, signer)]
    elif consent is False:
        s.consent.records = [ConsentRecord("comensha_registration", False, legal_ground="vital_interest")]
    return s


def codes(flow: IntakeFlow) -> list[str]:
    return [t.code for t in flow.suggested_followups()]


def fields(errors: list) -> list[str]:
    return [e.field for e in errors]


def finish(flow: IntakeFlow) -> None:
    flow.apply_suggested_followups()
    assert flow.validate("summary") == []
    assert flow.is_complete()


# --- branches --------------------------------------------------------------------------------

def test_dutch_adult_gets_centrumgemeente_shelter_and_avim() -> None:
    flow = make_flow(base_state())
    assert flow.steps() == ["signal", "safety", "indicators", "person", "consultation", "consent",
                            "followups", "summary"]
    assert flow.suggested_followups() == [
        SuggestedTask("informative_interview_police", "Informatief gesprek met de politie (AVIM)",
                      TODAY + timedelta(days=14), "police", "informative_interview"),
        SuggestedTask("shelter_women", "Vrouwenopvang regelen via de centrumgemeente",
                      TODAY + timedelta(days=2), "shelter_women", "shelter", "women"),
        SuggestedTask("comensha_registration", "Aanmelden bij CoMensha", TODAY + timedelta(days=7),
                      "comensha", "comensha_registration"),
        SuggestedTask("care_medical", "Medische zorg (huisarts of GGD)", TODAY + timedelta(days=14),
                      "healthcare", None),
    ]
    finish(flow)
    assert flow.summary()["shelter_chosen"] is True


def test_dutch_adult_man_and_other_gender_get_matching_shelter() -> None:
    assert "shelter_men" in codes(make_flow(base_state(gender="male")))
    assert "shelter_social" in codes(make_flow(base_state(gender="unknown")))


def test_acute_danger_comes_first_and_112_is_recorded() -> None:
    state = base_state(gender="male", form="criminal")
    state.safety.acute_danger = True
    flow = make_flow(state)
    assert flow.steps()[:4] == ["signal", "safety", "emergency", "indicators"]
    assert flow.next_step("safety") == "emergency"
    assert fields(flow.validate("emergency")) == ["safety.called_112"]
    state.safety.called_112 = True
    assert flow.validate("emergency") == []
    assert codes(flow) == ["emergency_aftercare", "informative_interview_police", "shelter_men",
                           "comensha_registration", "care_medical"]
    assert flow.suggested_followups()[0].due_date == TODAY + timedelta(days=1)
    finish(flow)
    assert flow.summary()["safety"]["called_112"] is True


def test_police_already_there_replaces_the_112_call() -> None:
    state = base_state()
    state.safety.acute_danger = True
    state.safety.emergency_note = "Politie was al ter plaatse."
    assert make_flow(state).validate("emergency") == []


def test_minor_under_16_meldcode_veilig_thuis_and_parent_signs() -> None:
    state = base_state(age=14)
    flow = make_flow(state)
    assert flow.steps() == ["signal", "safety", "meldcode", "indicators", "person", "consultation",
                            "consent", "followups", "summary"]
    assert flow.allowed_signers() == ("parent", "guardian")
    assert flow.conditions()["under_16"] and not flow.conditions()["age_16_17"]
    assert codes(flow) == ["veilig_thuis_report", "youth_protection", "informative_interview_police",
                           "comensha_registration", "care_medical"]
    vt = flow.suggested_followups()[0]
    assert (vt.org_type, vt.milestone) == ("veilig_thuis", "veilig_thuis_report")
    assert vt.due_date == TODAY + timedelta(days=1)
    finish(flow)
    state.consent.records[0].signer = "person"
    errors = flow.validate("consent")
    assert fields(errors) == ["consent.records[0].signer"]
    assert errors[0].message_nl == "Onder de 16 jaar tekent een ouder of de voogd."
    assert errors[0].message_en == "Under 16 a parent or the guardian signs."


def test_meldcode_decision_without_report_drops_the_veilig_thuis_task() -> None:
    state = base_state(age=14)
    state.safety.afweging["unsafe"] = False
    state.safety.afweging["help_sufficient"] = True
    state.safety.meldcode_decision = "help"
    flow = make_flow(state)
    assert flow.validate("meldcode") == []
    assert codes(flow) == ["youth_protection", "informative_interview_police", "comensha_registration",
                           "care_medical"]


def test_minor_16_17_signs_personally() -> None:
    state = base_state(age=17, gender="male", form="criminal")
    flow = make_flow(state)
    assert flow.allowed_signers() == ("person",)
    assert flow.conditions()["age_16_17"]
    assert codes(flow) == ["veilig_thuis_report", "youth_protection", "informative_interview_police",
                           "comensha_registration", "care_medical"]
    finish(flow)
    state.consent.records[0].signer = "parent"
    errors = flow.validate("consent")
    assert [(e.field, e.message_nl) for e in errors] == [
        ("consent.records[0].signer", "Vanaf 16 jaar tekent de persoon zelf.")]


def test_age_is_computed_on_the_signal_date() -> None:
    state = base_state(age=17)
    state.person.estimated_age = None
    state.person.date_of_birth = date(2008, 11, 19)  # 18 on 2026-11-19, the day after the signal
    flow = make_flow(state)
    assert flow.age() == 17 and flow.is_minor()
    state.person.date_of_birth = date(2008, 11, 18)
    assert flow.age() == 18 and not flow.is_minor()
    assert "meldcode" not in flow.steps()
    errors = flow.validate("person")
    assert fields(errors) == ["person.date_of_birth"]
    assert "(18)" in errors[0].message_nl


def test_unaccompanied_minor_foreigner_goes_to_nidos() -> None:
    state = base_state(age=15, nationality="NG", gender="male", form="criminal")
    state.safety.unaccompanied_minor = True
    state.consent.records[0].signer = "guardian"
    flow = make_flow(state)
    assert codes(flow) == ["veilig_thuis_report", "nidos", "informative_interview_police",
                           "comensha_registration", "care_medical"]
    nidos = flow.suggested_followups()[1]
    assert (nidos.org_type, nidos.shelter_type, nidos.milestone) == ("nidos", "youth", "shelter")
    assert "Nidos" in flow.guidance("safety")
    finish(flow)


def test_labour_exploitation_goes_to_labour_inspectorate_not_avim() -> None:
    flow = make_flow(base_state(nationality="UA", gender="male", form="labour"))
    assert codes(flow) == ["informative_interview_labour", "reflection_period", "shelter_cosm",
                           "comensha_registration", "care_medical", "legal_aid", "brp_registration"]
    assert flow.suggested_followups()[0].org_type == "labour_inspectorate"
    finish(flow)


def test_labour_and_sexual_together_get_both_interviews() -> None:
    state = base_state(form="labour")
    state.other_forms = ["sexual"]
    assert codes(make_flow(state))[:2] == ["informative_interview_police", "informative_interview_labour"]


def test_labour_needs_a_sector() -> None:
    state = base_state(form="labour")
    state.labour_sector = "  "
    assert fields(make_flow(state).validate("indicators")) == ["labour_sector"]


def test_non_dutch_adult_reflection_period_and_cosm() -> None:
    state = base_state(nationality="NG")
    flow = make_flow(state)
    tasks = flow.suggested_followups()
    assert [t.code for t in tasks] == ["informative_interview_police", "reflection_period", "shelter_cosm",
                                       "comensha_registration", "care_medical", "legal_aid",
                                       "brp_registration"]
    cosm = tasks[2]
    assert (cosm.org_type, cosm.shelter_type, cosm.milestone) == ("comensha", "cosm", "shelter")
    assert "bedenktijd" in flow.guidance("person")
    finish(flow)
    reflection = next(c for c in state.followups.chosen if c.code == "reflection_period")
    reflection.start_date = date(2026, 11, 30)
    assert flow.period_end(reflection) == date(2027, 2, 28)
    assert flow.period_reminder(reflection) == date(2027, 2, 14)
    summary_task = next(t for t in flow.summary()["tasks"] if t["code"] == "reflection_period")
    assert summary_task["end_date"] == "2027-02-28"


def test_eu_adult_gets_both_shelter_routes() -> None:
    flow = make_flow(base_state(nationality="PL"))
    assert codes(flow) == ["informative_interview_police", "reflection_period", "shelter_cosm",
                           "shelter_women", "comensha_registration", "care_medical", "legal_aid",
                           "brp_registration"]
    assert "EU-burger" in flow.guidance("followups")


def test_unknown_nationality_gets_no_nationality_bound_steps() -> None:
    flow = make_flow(base_state(nationality=""))
    assert codes(flow) == ["informative_interview_police", "comensha_registration", "care_medical"]


def test_anonymous_person_meld_misdaad_anoniem_and_no_consent_step() -> None:
    state = base_state()
    state.person.first_name = ""
    state.person.anonymous = True
    flow = make_flow(state)
    assert "consent" not in flow.steps()
    assert flow.next_step("consultation") == "followups"
    assert codes(flow) == ["meld_misdaad_anoniem"]
    assert "Meld Misdaad Anoniem" in flow.guidance("followups")
    finish(flow)
    assert flow.summary()["consent"] == []
    state.person.first_name = "Anna"
    assert fields(flow.validate("person")) == ["person.anonymous"]


def test_no_consent_requires_a_legal_ground() -> None:
    state = base_state(consent=False)
    flow = make_flow(state)
    assert flow.validate("consent") == []
    assert "comensha_registration" not in codes(flow)
    assert flow.conditions()["no_consent"]
    state.consent.records[0].legal_ground = ""
    errors = flow.validate("consent")
    assert [(e.field, e.message_nl) for e in errors] == [(
        "consent.records[0].legal_ground",
        "Geen toestemming: kies de wettelijke grondslag waarop u de gegevens toch verwerkt.")]
    state.consent.records[0].legal_ground = "meldcode"
    state.followups.chosen = [FollowupChoice("comensha_registration", TODAY)]
    assert [e.field for e in flow.validate("followups")] == ["followups.chosen[0].code"]


def test_consent_step_requires_the_comensha_decision() -> None:
    state = base_state(consent=None)
    errors = make_flow(state).validate("consent")
    assert fields(errors) == ["consent.records"]
    state.consent.records = [ConsentRecord("comensha_registration", None),
                             ConsentRecord("share_partners", True, None, "")]
    assert fields(make_flow(state).validate("consent")) == [
        "consent.records[0].given", "consent.records[1].signed_on", "consent.records[1].signer",
        "consent.records[1].partner_ids"]


# --- navigation ------------------------------------------------------------------------------

def test_navigation_forward_and_back_follows_the_answers() -> None:
    state = base_state(age=14)
    state.safety.acute_danger = True
    flow = make_flow(state)
    path = flow.steps()
    walked, step = [], flow.first_step()
    while step is not None:
        walked.append(step)
        step = flow.next_step(step)
    assert walked == path == ["signal", "safety", "emergency", "meldcode", "indicators", "person",
                              "consultation", "consent", "followups", "summary"]
    assert flow.previous_step("meldcode") == "emergency"
    assert flow.previous_step("signal") is None
    assert flow.is_last_step("summary")
    state.safety.acute_danger = False  # the user went back and changed the answer
    assert flow.next_step("emergency") == "meldcode"
    assert flow.previous_step("emergency") == "safety"


# --- validation messages ---------------------------------------------------------------------

def test_empty_signal_names_every_missing_field() -> None:
    errors = make_flow(IntakeState()).validate("signal")
    assert fields(errors) == ["signal.received_on", "signal.reporter_org_type", "signal.channel",
                              "signal.text", "referral_source", "municipality"]
    by_field = {e.field: e for e in errors}
    assert by_field["signal.text"].message_nl == "Beschrijf het signaal in de woorden van de melder."
    assert by_field["signal.text"].message_en == "Describe the signal in the reporter's words."
    assert by_field["signal.received_on"].message("en") == "Please fill this in."


def test_anonymous_reporter_needs_no_organisation() -> None:
    state = base_state()
    state.signal.reporter_anonymous = True
    state.signal.reporter_org_type = ""
    state.signal.reporter_contact_id = None
    assert make_flow(state).validate("signal") == []


def test_dates_in_the_future_and_unknown_codes() -> None:
    state = base_state()
    state.signal.received_on = TODAY + timedelta(days=1)
    state.municipality = "Amsterdam"
    errors = make_flow(state).validate("signal")
    assert [(e.field, e.message_nl) for e in errors] == [
        ("signal.received_on", "Deze datum ligt in de toekomst."),
        ("municipality", "Onbekende waarde 'Amsterdam'.")]


def test_safety_and_meldcode_rules() -> None:
    state = base_state(age=14)
    state.safety.acute_danger = None
    state.safety.unaccompanied_minor = True
    state.safety.is_minor = False
    assert fields(make_flow(state).validate("safety")) == [
        "safety.acute_danger", "safety.unaccompanied_minor"]
    state = base_state(age=14)
    state.safety.meldcode_decision = "help"  # the afweging says "unsafe": a report is required
    flow = make_flow(state)
    assert flow.afweging_requires_report()
    assert fields(flow.validate("meldcode")) == ["safety.meldcode_decision"]
    del state.safety.afweging["can_help"]
    assert "safety.afweging.can_help" in fields(flow.validate("meldcode"))


def test_indicator_rules_and_suggested_forms() -> None:
    state = base_state()
    state.indicators.marks = [
        IndicatorMark("sex_lives_at_work", "fact", "melder"),
        IndicatorMark("sex_away_from_home", "observation", "school"),
        IndicatorMark("crim_drugs_goods", "interpretation", "politie"),
        IndicatorMark("gen_fear", "observation", "zorgcoördinator"),
    ]
    flow = make_flow(state)
    assert flow.suggested_forms() == ["sexual", "criminal"]
    assert flow.validate("indicators") == []
    state.indicators.marks += [IndicatorMark("gen_fear", "guess", " "), IndicatorMark("nope", "fact", "x")]
    state.other_forms = ["sexual"]
    assert fields(flow.validate("indicators")) == [
        "indicators.marks[4].code", "indicators.marks[4].kind", "indicators.marks[4].source",
        "indicators.marks[5].code", "other_forms[0]"]


def test_person_rules() -> None:
    state = base_state()
    state.person.first_name = ""
    state.person.estimated_age = 130
    state.person.gender = ""
    state.person.nationality = "nl"
    assert fields(make_flow(state).validate("person")) == [
        "person.first_name", "person.estimated_age", "person.gender", "person.nationality"]
    state = base_state()
    state.person.date_of_birth = date(2026, 11, 19)
    assert "person.date_of_birth" in fields(make_flow(state).validate("person"))


def test_consultation_and_followup_rules() -> None:
    state = base_state()
    state.consultation.parties = ["tarot"]
    state.consultation.grounds = ""
    assert fields(make_flow(state).validate("consultation")) == [
        "consultation.parties[0]", "consultation.grounds"]
    state.followups.chosen = [FollowupChoice("shelter_cosm", None), FollowupChoice("shelter_cosm", TODAY),
                              FollowupChoice("teleport", TODAY)]
    state.followups.police_report = "yes"
    assert fields(make_flow(state).validate("followups")) == [
        "followups.chosen[0].due_date", "followups.chosen[0].shelter_type", "followups.chosen[1].code",
        "followups.chosen[1].shelter_type", "followups.chosen[2].code", "followups.police_report_on"]


def test_summary_is_plain_data_in_both_languages() -> None:
    flow = make_flow(base_state())
    flow.apply_suggested_followups()
    nl, en = flow.summary("nl"), flow.summary("en")
    json.dumps(nl)
    assert nl["complete"] is True
    assert nl["signal"]["municipality"] == "Zwolle"
    assert nl["signal"]["channel"] == "Telefoon" and en["signal"]["channel"] == "Phone"
    assert nl["indicators"][0]["kind"] == "Feit"
    assert [s["code"] for s in nl["steps"]] == flow.steps()
    assert en["steps"][0]["title"] == "Signal received"
    assert nl["person"]["age"] == 30 and nl["person"]["nationality_group"] == "Nederlands"


def test_helpers() -> None:
    assert age_on(date(2010, 2, 28), date(2026, 2, 27)) == 15
    assert age_on(date(2027, 1, 1), date(2026, 1, 1)) is None
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(9999, 11, 1), 3) is None


# --- drafts ----------------------------------------------------------------------------------

def full_state() -> IntakeState:
    state = base_state(age=14, nationality="NG")
    state.safety.acute_danger = True
    state.safety.called_112 = True
    state.person.date_of_birth = date(2012, 5, 1)
    state.person.languages = ["en", "pcm"]
    state.consultation.contact_ids = [3, 5]
    state.consultation.consulted_on = SIGNAL_DATE
    state.consent.records.append(ConsentRecord("share_partners", True, SIGNAL_DATE, "parent", "M. Ouder",
                                               partner_ids=[4, 9]))
    state.consent.records.append(ConsentRecord("shelter_referral", False, legal_ground="meldcode", note="x"))
    state.followups.chosen = [FollowupChoice("reflection_period", TODAY, 7, "", date(2026, 12, 1), "n")]
    state.followups.police_report = "not_yet"
    state.other_forms = ["criminal"]
    state.current_step = "consent"
    return state


def test_draft_round_trip_through_json() -> None:
    state = full_state()
    data = state.to_dict()
    assert data["version"] == 1
    assert data["signal"]["received_on"] == "2026-11-18"
    again = IntakeState.from_dict(json.loads(json.dumps(data)))
    assert again == state
    assert again.to_dict() == data
    assert IntakeState.from_json(state.to_json()) == state


def test_draft_is_tolerant_of_unknown_and_broken_keys() -> None:
    data = full_state().to_dict()
    data["version"] = 99
    data["added_later"] = {"x": 1}
    data["person"]["shoe_size"] = 42
    data["signal"]["received_on"] = "18-11-2026"
    data["person"]["estimated_age"] = "veertien"
    data["person"]["languages"] = ["en", 7]
    data["safety"] = "nonsense"
    state = IntakeState.from_dict(data)
    assert state.signal.received_on is None
    assert state.person.estimated_age is None
    assert state.person.languages == ["en"]
    assert state.safety == IntakeState().safety
    assert state.person.first_name == "Anna"
    assert IntakeState.from_dict(None) == IntakeState()
    assert IntakeState.from_dict({}) == IntakeState()


def test_unknown_current_step_in_a_draft_starts_at_the_beginning() -> None:
    data = full_state().to_dict()
    data["current_step"] = "hacked"
    assert IntakeState.from_dict(data).current_step == "signal"


def test_default_flow_uses_the_countries_module_and_the_clock() -> None:
    state = base_state(nationality="PL")
    flow = IntakeFlow(state)
    assert flow.today() == date.today()
    assert flow.nationality_group() == "eu_eea"
    state.person.nationality = "NG"
    assert flow.nationality_group() == "non_eu"
    state.person.nationality = "NL"
    assert flow.nationality_group() == "nl"
    state.person.nationality = "QQ"
    assert flow.nationality_group() == "unknown"
    assert "person.nationality" in fields(flow.validate("person"))


def test_resume_where_it_stopped() -> None:
    state = full_state()
    resumed = IntakeState.from_json(state.to_json())
    flow = make_flow(resumed)
    assert resumed.current_step == "consent"
    assert flow.next_step(resumed.current_step) == "followups"


# --- fuzzing ---------------------------------------------------------------------------------

free_text = st.text(max_size=200)
some_date = st.one_of(st.none(), st.dates())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=free_text, name=free_text, note=free_text, nationality=free_text, received=some_date,
       born=some_date, due=some_date, start=some_date, age=st.one_of(st.none(), st.integers()),
       minor=st.sampled_from([None, True, False]), anonymous=st.booleans())
def test_fuzzed_text_and_dates_never_crash_and_round_trip(
        text: str, name: str, note: str, nationality: str, received: date | None, born: date | None,
        due: date | None, start: date | None, age: int | None, minor: bool | None, anonymous: bool) -> None:
    state = base_state()
    state.signal.text = text
    state.signal.received_on = received
    state.safety.is_minor = minor
    state.safety.emergency_note = note
    state.person.anonymous = anonymous
    state.person.first_name = name
    state.person.alias = text
    state.person.nationality = nationality
    state.person.date_of_birth = born
    state.person.estimated_age = age
    state.person.languages = [name, text]
    state.consultation.weighed = note
    state.indicators.marks = [IndicatorMark("gen_fear", "observation", name, text)]
    state.consent.records = [ConsentRecord("comensha_registration", True, born, "person", name,
                                           legal_ground="", note=note)]
    state.followups.chosen = [FollowupChoice("reflection_period", due, None, "", start, text)]
    flow = make_flow(state)
    for step in STEP_CODES:
        for error in flow.validate(step):
            assert error.message_nl and error.message_en
    flow.suggested_followups()
    json.dumps(flow.summary())
    encoded = state.to_json().encode("ascii")
    again = IntakeState.from_json(encoded)
    assert again == state
    assert again.to_json().encode("ascii") == encoded


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=10,
)


@settings(max_examples=150, deadline=None)
@given(section=st.sampled_from(["signal", "safety", "indicators", "person", "consultation", "consent",
                                "followups", "other_forms", "current_step", "primary_form"]),
       key=st.text(max_size=20), value=json_values)
def test_fuzzed_drafts_load_without_crashing(section: str, key: str, value: object) -> None:
    data = full_state().to_dict()
    if isinstance(data[section], dict):
        data[section][key] = value
        data[section]["received_on"] = value
    else:
        data[section] = value
    state = IntakeState.from_dict(data)
    flow = make_flow(state)
    flow.validate("summary")
    assert IntakeState.from_json(state.to_json()) == state


@pytest.mark.parametrize("step", STEP_CODES)
def test_every_step_validates_an_empty_state(step: str) -> None:
    make_flow(IntakeState()).validate(step)


def test_referral_source_is_proposed_from_the_reporter() -> None:
    state = base_state()
    flow = make_flow(state)
    assert flow.suggested_referral_source() == "care"
    state.signal.reporter_org_type = "labour_inspectorate"
    assert flow.suggested_referral_source() == "labour_inspectorate"
    state.signal.reporter_org_type = "ngo"
    assert flow.suggested_referral_source() == "other"
    state.signal.reporter_org_type = ""
    state.signal.reporter_anonymous = True
    assert flow.suggested_referral_source() is None
