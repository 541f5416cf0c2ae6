"""Phone numbers kept as typed (international form only beside a valid one) and every message in
resources/locale/*/LC_MESSAGES/messages*.po rendered with its placeholders filled."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coordinator_app.domain.validation import check_phone, phone_display, phone_international
from coordinator_app.errors import ValidationError, message
from coordinator_app.services.settings import form
from tests.po_files import po_texts


@pytest.mark.parametrize(("typed", "international"), [
    ("06-1234567", None),  # one digit short: kept, marked, never "61234567"
    ("034441/ 2 22 67", None),
    ("(905) 555-1234", None),  # a Canadian number typed without +1: not rewritten to Dutch
    ("+1 905 555 1234", "+19055551234"),  # the same number with its country code: valid
    ("06-12345678", "+31612345678"),
    ("020 - 624 11 11", "+31206241111"),
    ("+49 30 901820", "+4930901820"),
    ("+32 2 555 12 12", "+3225551212"),
])
def test_phone_kept_as_typed(typed: str, international: str | None) -> None:
    errors: dict[str, str] = {}
    phone = check_phone(errors, "phone", typed)
    assert not errors and phone is not None
    assert phone.typed == typed
    assert phone.international == international and phone.marked == (international is None)
    shown = phone_display(typed)
    assert shown.startswith(typed)
    assert ("niet gecontroleerd" in shown) == (international is None)


@pytest.mark.parametrize("typed", ["geen nummer", "06\n12345678", "0" * 41])
def test_phone_refused_only_when_it_cannot_be_a_number(typed: str) -> None:
    errors: dict[str, str] = {}
    assert check_phone(errors, "phone", typed) is None and "phone" in errors


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=string.digits + " -()+/.", min_size=1, max_size=30).filter(lambda s: any(c.isdigit() for c in s)
                                                                                   and s.strip() == s))
def test_any_typed_number_survives(typed: str) -> None:
    phone = check_phone({}, "phone", typed)
    assert phone is not None and phone.typed == typed
    if phone.international is not None:  # then it really is E.164 of the same digits' number
        assert re.fullmatch(r"\+\d{7,15}", phone.international)
        assert phone_international(phone.international) == phone.international


def test_settings_keep_the_coordinator_phone_as_typed() -> None:
    assert form.clean(form.SettingsForm(coordinator_phone="06-1234567"))["coordinator_phone"] == "06-1234567"
    assert form.clean(form.SettingsForm(coordinator_phone="(905) 555-1234"))["coordinator_phone"] == "(905) 555-1234"


MESSAGES = po_texts("messages*")
assert len(MESSAGES) > 100  # the glob found the message catalogues


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_renders_with_its_placeholders(code: str) -> None:
    fields = {lang: {f for _, f, _, _ in string.Formatter().parse(MESSAGES[code][lang]) if f}
              for lang in ("nl", "en")}
    assert fields["nl"] == fields["en"], code
    values = {name: f"<{name}>" for name in fields["nl"]}
    for lang in ("nl", "en"):
        text = message(code, lang, **values)
        for name in fields["nl"]:
            assert f"<{name}>" in text
        assert "{" not in text and "}" not in text


def test_field_errors_carry_their_maximum() -> None:
    from coordinator_app.domain.validation import clean_text

    errors: dict[str, str] = {}
    clean_text(errors, "note", "x" * 1_000_001, maximum=100_000)
    exc = ValidationError(errors)
    assert "100000" in exc.field_messages("nl")["note"] and "{" not in exc.message("nl")


@pytest.mark.parametrize(("text", "isolated"), [
    ("Jansen", False), ("Zoë Özdemir", False), ("محمد العلي", True), ("Anna\u202eKarel", True),
    ("Łukasz\u200f", True), ("ተስፋይ", False),  # Ethiopic is written left to right
])
def test_bidi_isolation_for_lists_and_labels(text: str, isolated: bool) -> None:
    from coordinator_app.domain.text import bidi_isolate

    shown = bidi_isolate(text)
    assert shown == (f"\u2068{text}\u2069" if isolated else text)


def test_case_list_isolates_a_name_with_an_override(qtbot, vault) -> None:
    from coordinator_app.services.cases import listing, store
    from coordinator_app.ui.cases.list_model import COL_NAME, LOADING, CaseListModel

    case_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-01-01",
                                                       person=store.PersonInput(first_name="Anna\u202eKarel")))
    model = CaseListModel(lambda ids: listing.fetch_rows(vault, ids))
    model.set_ids([case_id])
    model.data(model.index(0, COL_NAME))  # asks the worker for the batch
    qtbot.waitUntil(lambda: model.data(model.index(0, COL_NAME)) != LOADING, timeout=10_000)
    shown = model.data(model.index(0, COL_NAME))
    assert shown.startswith("\u2068") and shown.endswith("\u2069") and "Anna\u202eKarel" in shown


def test_too_many_address_lines_names_the_maximum() -> None:
    with pytest.raises(ValidationError) as info:
        form.clean(form.SettingsForm(municipality_address="\n".join(f"regel {i}" for i in range(30))))
    text = info.value.field_messages("nl")["municipality_address"]
    assert "{" not in text and str(form.MAX_ADDRESS_LINES) in text


def test_quick_search_results_isolate_right_to_left_names(qtbot) -> None:
    from coordinator_app.services.search.quick import Result
    from coordinator_app.ui.search.popup import SearchResultsModel

    model = SearchResultsModel()
    model.set_results([Result("case", "محمد\u202e العلي", "ZM-2026-0001", "cases", "case", 1),
                       Result("case", "Jansen", "ZM-2026-0002", "cases", "case", 2)])
    rows = [model.data(model.index(i, 0)) for i in range(model.rowCount())]
    assert "\u2068محمد\u202e العلي\u2069  —  ZM-2026-0001" in rows and "Jansen  —  ZM-2026-0002" in rows
