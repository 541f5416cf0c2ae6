"""The route content in resources/ loads, is consistent with the code lists, and breaks clearly."""

from __future__ import annotations

import re
import shutil
import string
from pathlib import Path

import pytest

from coordinator_app.codes import code_list
from coordinator_app.domain.intake import checks, flow, state
from coordinator_app.domain.intake.content import (
    CONDITIONS,
    STEP_CODES,
    intake_content,
    load_intake_content,
)
from coordinator_app.domain.intake.flow import IntakeFlow
from coordinator_app.domain.intake.state import IntakeState
from coordinator_app.paths import resource
from coordinator_app.resources_loader import ResourceError


@pytest.fixture
def route_copy(tmp_path: Path) -> Path:
    """A writable copy of resources/route and resources/indicators.toml."""
    shutil.copytree(resource("route"), tmp_path / "route")
    shutil.copy(resource("indicators.toml"), tmp_path / "indicators.toml")
    return tmp_path


def load_copy(root: Path):
    return load_intake_content(root / "route", root / "indicators.toml")


def edit(path: Path, old: str, new: str, *, after: str = "") -> None:
    """Replace the first `old` (after the first occurrence of `after`) in the file."""
    text = path.read_text(encoding="utf-8")
    start = text.index(after) if after else 0
    index = text.index(old, start)
    path.write_text(text[:index] + new + text[index + len(old):], encoding="utf-8")


def test_bundled_content_loads_and_is_complete() -> None:
    content = intake_content()
    assert [s.code for s in content.steps] == list(STEP_CODES)
    assert {s.code for s in content.steps if s.branch} == {"emergency", "meldcode"}
    assert len([s for s in content.steps if not s.branch]) == 8
    for step in content.steps:
        assert step.title.nl and step.title.en and step.guidance.nl and step.guidance.en
    assert "112" in content.step("emergency").guidance.nl
    assert [m.code for m in content.meldcode_steps] == ["map_signals", "consult", "conversation", "weigh",
                                                        "decide"]
    assert len(content.afweging) == 5
    assert any(q.report_if is True for q in content.afweging)


def test_indicators_grouped_by_form_with_kinds() -> None:
    content = intake_content()
    groups = {g.code: g for g in content.indicator_groups}
    assert list(groups) == ["general", "sexual", "labour", "criminal", "organ"]
    assert groups["organ"].optional and groups["general"].form is None
    for code in ("general", "sexual", "labour", "criminal"):
        assert 8 <= len(content.indicators_in(code)) <= 12
    for indicator in content.indicators:
        assert indicator.kind in ("fact", "observation")
        group_form = groups[indicator.group].form
        if group_form:
            assert group_form in indicator.forms
    assert {i.kind for i in content.indicators} == {"fact", "observation"}


def test_followups_point_to_known_codes() -> None:
    content = intake_content()
    org_types, milestones = code_list("org_type"), code_list("milestone")
    for option in content.followups:
        assert option.org_type in org_types
        assert option.milestone is None or option.milestone in milestones
        assert option.shelter_type is None or option.shelter_type in code_list("shelter_type")
        assert 0 <= option.due_days <= 365
    reflection = content.followup("reflection_period")
    assert reflection is not None and reflection.duration_months == 3
    covered = {o.milestone for o in content.followups}
    assert set(milestones) <= covered


def test_every_condition_is_evaluated_by_the_flow() -> None:
    assert set(IntakeFlow(IntakeState()).conditions()) == CONDITIONS


def test_every_message_the_flow_uses_exists_with_the_same_placeholders() -> None:
    source = "".join(Path(m.__file__).read_text(encoding="utf-8") for m in (flow, checks))
    used = set(re.findall(r'error\([^()]*?, "([a-z0-9_]+)"', source))
    used |= set(re.findall(r'missing_key="([a-z0-9_]+)"', source))
    used |= {f"{name}_required" for name in ("weighed", "decision", "grounds")}
    used |= {f"kind_{k}" for k in state.MARK_KINDS}
    used |= {f"police_report_{a}" for a in state.POLICE_REPORT_ANSWERS}
    messages = intake_content().messages
    assert used - set(messages) == set()
    assert len(used) > 30
    for key, text in messages.items():
        fields_nl = {f for _, f, _, _ in string.Formatter().parse(text.nl) if f}
        fields_en = {f for _, f, _, _ in string.Formatter().parse(text.en) if f}
        assert fields_nl == fields_en, key


def test_a_copy_loads_like_the_original(route_copy: Path) -> None:
    assert load_copy(route_copy) == intake_content()


def test_missing_key_names_file_and_key(route_copy: Path) -> None:
    edit(route_copy / "route" / "followups.toml", "due_days = 2\n", "", after='code = "shelter_cosm"')
    with pytest.raises(ResourceError) as info:
        load_copy(route_copy)
    assert Path(info.value.path).name == "followups.toml"
    assert info.value.key == "followup.shelter_cosm.due_days"
    assert "followups.toml" in str(info.value) and "followup.shelter_cosm.due_days" in str(info.value)


def test_missing_indicator_kind_names_file_and_key(route_copy: Path) -> None:
    edit(route_copy / "indicators.toml", 'kind = "observation"\n', "", after='code = "gen_fear"')
    with pytest.raises(ResourceError) as info:
        load_copy(route_copy)
    assert Path(info.value.path).name == "indicators.toml"
    assert info.value.key == "indicator.gen_fear.kind"


def test_missing_guidance_names_the_step(route_copy: Path) -> None:
    path = route_copy / "route" / "steps.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('code = "consent"')
    begin = text.index("guidance_en", start)
    end = text.index('"""', text.index('"""', begin) + 3) + 3
    path.write_text(text[:begin] + text[end:], encoding="utf-8")
    with pytest.raises(ResourceError) as info:
        load_copy(route_copy)
    assert (Path(info.value.path).name, info.value.key) == ("steps.toml", "step.consent.guidance_en")


@pytest.mark.parametrize(("file", "old", "new", "after", "key"), [
    ("route/followups.toml", 'org_type = "comensha"', 'org_type = "sinterklaas"', 'code = "shelter_cosm"',
     "followup.shelter_cosm.org_type"),
    ("route/followups.toml", 'milestone = "shelter"', 'milestone = "moon"', 'code = "shelter_cosm"',
     "followup.shelter_cosm.milestone"),
    ("route/followups.toml", 'when = ["anonymous"]', 'when = ["rainy_day"]', 'code = "meld_misdaad_anoniem"',
     "followup.meld_misdaad_anoniem.when"),
    ("route/followups.toml", "due_days = 28", 'due_days = "28"', 'code = "police_report"',
     "followup.police_report.due_days"),
    ("route/followups.toml", 'code = "benefits"', 'code = "legal_aid"', "", "followup.legal_aid"),
    ("indicators.toml", 'forms = ["labour"]', 'forms = ["dance"]', 'code = "lab_low_pay"',
     "indicator.lab_low_pay.forms"),
    ("indicators.toml", 'group = "criminal"', 'group = "weather"', 'code = "crim_travel"',
     "indicator.crim_travel.group"),
    ("route/steps.toml", 'code = "summary"', 'code = "epilogue"', "", "step.epilogue"),
])
def test_bad_values_name_file_and_key(route_copy: Path, file: str, old: str, new: str, after: str,
                                      key: str) -> None:
    edit(route_copy / file, old, new, after=after)
    with pytest.raises(ResourceError) as info:
        load_copy(route_copy)
    assert Path(info.value.path).name == Path(file).name
    assert info.value.key == key


def test_syntax_error_names_the_file(route_copy: Path) -> None:
    (route_copy / "route" / "steps.toml").write_text("[[step]\ncode = ", encoding="utf-8")
    with pytest.raises(ResourceError) as info:
        load_copy(route_copy)
    assert "steps.toml" in str(info.value) and "ongeldige TOML" in str(info.value)


def test_missing_file_names_the_file(route_copy: Path) -> None:
    (route_copy / "route" / "followups.toml").unlink()
    with pytest.raises(ResourceError) as info:
        load_copy(route_copy)
    assert "followups.toml" in str(info.value)
