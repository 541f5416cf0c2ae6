"""Hypothesis fuzzing of text and date fields through the case and contact services over the whole
Unicode range: no crash, and either a clear ValidationError or exactly the input (after NFC) stored.

The oracle is the input itself: strategies draw text without the characters the app removes or
refuses (C0/C1 controls, surrogates, line breaks in single-line fields), so what is stored must be
`unicodedata.normalize("NFC", input)`; separate tests insert the removable controls and refused
characters and check that exactly those (and nothing else) are removed, or the value is refused.
"""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator_app.db.vault import Vault
from coordinator_app.errors import ValidationError
from coordinator_app.services.cases import store
from coordinator_app.services.network import contacts

# every code point except surrogates (Cs) and control characters (Cc): unassigned, private use,
# format characters (ZWJ, ZWNJ, bidi marks, soft hyphen), every space, combining marks, emoji
KEPT = st.characters(exclude_categories=("Cs", "Cc"))
SINGLE = st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=60)
MULTI = st.text(alphabet=st.one_of(KEPT, st.sampled_from("\n\r\t\u2028\u2029\x85")), max_size=300)
DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1890, 1, 1), max_value=dt.date(2100, 1, 1)),
                  st.text(max_size=12), st.from_regex(r"\d{1,2}-\d{1,2}-\d{4}", fullmatch=True))
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
ENDS = " \t\r\n"  # the only characters trimmed at the ends (documented in clean_text)
# Hypothesis reuses one vault for every example and replays examples while shrinking: a case number
# drawn from the example itself would already exist on a replay (the row then counts as a duplicate)
CASE_NUMBERS = itertools.count(1)


def expected(text: str, maximum: int) -> str | type[ValidationError] | None:
    """Independent oracle: the NFC of the input; None when empty; refused when too long."""
    nfc = unicodedata.normalize("NFC", text).strip(ENDS)
    if not nfc or nfc.isspace():
        return None
    return ValidationError if len(nfc) > maximum else nfc


@FUZZ
@given(first=SINGLE, last=SINGLE, alias=SINGLE, signal=MULTI, dob=DATES, received=DATES)
def test_case_fields(vault: Vault, first: str, last: str, alias: str, signal: str, dob, received) -> None:
    data = store.CaseInput(
        signal_received_on=received, signal_text=signal,
        person=store.PersonInput(first_name=first, last_name=last, alias=alias, date_of_birth=dob),
    )
    wanted = {"first_name": expected(first, 100), "last_name": expected(last, 100), "alias": expected(alias, 100),
              "signal_text": expected(signal, 100_000)}
    try:
        case_id = store.create_case(vault, data)
    except ValidationError as exc:
        text = exc.message("nl")
        assert text and "{" not in text
        for field, code in exc.errors.items():  # a text field is refused only when too long
            short = field.removeprefix("person.")
            if short in wanted:
                assert wanted[short] is ValidationError and code == "text_too_long"
        return
    assert ValidationError not in wanted.values()
    record = store.get_case(vault, case_id)
    assert record.person is not None
    for name in ("first_name", "last_name", "alias"):
        assert getattr(record.person, name) == wanted[name]
    assert record.values.signal_text == wanted["signal_text"]


@FUZZ
@given(name=SINGLE, notes=MULTI)
def test_contact_fields(vault: Vault, name: str, notes: str) -> None:
    try:
        contact_id = contacts.create_contact(vault, contacts.ContactInput(last_name=name, notes=notes))
    except ValidationError as exc:
        assert exc.message("nl") and "{" not in exc.message("nl")
        assert expected(name, 100) in (None, ValidationError) or expected(notes, 100_000) is ValidationError
        return
    stored = contacts.get_contact(vault, contact_id)
    assert stored.last_name == expected(name, 100)
    assert stored.notes == expected(notes, 100_000)


@FUZZ
@given(text=st.text(alphabet=KEPT, min_size=1, max_size=2000))
def test_journal_round_trip(vault: Vault, text: str) -> None:
    case_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-01-01"))
    want = expected(text, 100_000)
    try:
        entry = store.add_journal_entry(vault, case_id, text)
    except ValidationError:
        assert want is None
        return
    stored = vault.execute_sql(f"SELECT text FROM journal_entries WHERE id = {int(entry)}")[0][0]
    assert stored == want


CONTROLS = [chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if chr(c) not in "\t\n\r\x0b\x0c\x85"]


@FUZZ
@given(text=st.text(alphabet=KEPT, min_size=1, max_size=80).filter(lambda s: s.strip(ENDS) == s and not s.isspace()),
       inserts=st.lists(st.tuples(st.integers(0, 80), st.sampled_from(CONTROLS)), max_size=5))
def test_only_control_characters_are_removed(vault: Vault, text: str, inserts: list[tuple[int, str]]) -> None:
    typed = text
    for position, control in inserts:
        typed = typed[:position] + control + typed[position:]
    case_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-01-01"))
    entry = store.add_journal_entry(vault, case_id, typed)
    stored = vault.execute_sql(f"SELECT text FROM journal_entries WHERE id = {int(entry)}")[0][0]
    # the oracle: the text as drawn before the controls were put in (NFC), compared code point for code point
    assert stored == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("kept", ["Mohammad\u00a0Reza", "می\u200cخواهم", "\u200fنور\u200e", "Zoë\u00adJansen",
                                  "ከ\u200dሰ", "Nguyễn Thị Minh Khai", "Łukasz Wróblewski", "Ștefan Țurcanu"])
def test_named_characters_are_kept_in_names(vault: Vault, kept: str) -> None:
    case_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-01-01",
                                                       person=store.PersonInput(first_name=kept, last_name=kept)))
    person = store.get_case(vault, case_id).person
    assert person is not None and person.first_name == unicodedata.normalize("NFC", kept)


@pytest.mark.parametrize("refused", ["Zoë\u2028Jansen", "Zoë\nJansen", "Zoë\tJansen", "Zoë\u2029"])
def test_line_breaks_in_single_line_fields_are_refused_not_dropped(vault: Vault, refused: str) -> None:
    with pytest.raises(ValidationError) as info:
        store.create_case(vault, store.CaseInput(signal_received_on="2026-01-01",
                                                 person=store.PersonInput(first_name=refused)))
    assert info.value.errors["person.first_name"] == "text_line_break"
    assert "één regel" in info.value.message("nl")


def test_lone_surrogate_refused_with_a_message(vault: Vault) -> None:
    case_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-01-01"))
    with pytest.raises(ValidationError) as info:
        store.add_journal_entry(vault, case_id, "abc\ud800def")
    assert "surrogaat" in info.value.message("nl")


@pytest.mark.parametrize("number", ["2026-\u202e001", "\u200f2026-001", "2026\u2066-001\u2069"])
def test_bidi_controls_refused_in_case_numbers(vault: Vault, number: str) -> None:
    with pytest.raises(ValidationError) as info:
        store.create_case(vault, store.CaseInput(signal_received_on="2026-01-01", case_number=number))
    assert info.value.errors["case_number"] == "text_bidi_control"


def test_too_long_note_message_names_the_maximum(vault: Vault) -> None:
    case_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-01-01"))
    with pytest.raises(ValidationError) as info:
        store.add_journal_entry(vault, case_id, "x" * 1_000_001)
    text = info.value.message("nl")
    assert "{maximum}" not in text and "100000" in text
    assert "100000" in info.value.field_messages("nl")["text"]


NAME = st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40).filter(
    lambda s: s.strip(ENDS) == s and not s.isspace() and "_x" not in s)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=NAME, last=NAME, note=MULTI, xlsx=st.booleans())
def test_case_import_keeps_names_and_notes_exactly(vault: Vault, tmp_path_factory, first: str, last: str,
                                                    note: str, xlsx: bool) -> None:
    """Through the case importer (CSV written by the csv module, XLSX by openpyxl): what is stored is
    the NFC of what was in the cells."""
    import csv

    import openpyxl

    from coordinator_app.services.cases import sheet_import

    folder = tmp_path_factory.mktemp("fuzz")
    header = ["dossiernummer", "datum_signaal", "voornaam", "achternaam", "notitie"]
    number = f"F-{next(CASE_NUMBERS)}"
    row = [number, "01-03-2025", first, last, note]
    if xlsx:
        path = folder / "lijst.xlsx"
        wb = openpyxl.Workbook()
        wb.active.append(header)
        wb.active.append(row)
        wb.save(path)
    else:
        path = folder / "lijst.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter=";").writerows([header, row])
    in_file = note
    if xlsx:  # an XLSX cell is XML text: its parser turns CR LF and a lone CR into LF (XML 1.0, 2.11),
        in_file = note.replace("\r\n", "\n").replace("\r", "\n")  # so the file holds that, for any reader
    wanted = {"first": expected(first, 100), "last": expected(last, 100), "note": expected(in_file, 100_000)}
    if xlsx and any(v.startswith("=") and len(v) > 1 for v in (first, last, note)):
        # openpyxl writes "=..." as a formula without a calculated value: refused, never guessed
        with pytest.raises(ValidationError) as info:
            sheet_import.check_file(vault, path)
        assert info.value.code == "import_formula_without_value"
        return
    check = sheet_import.check_file(vault, path)
    if ValidationError in wanted.values():
        assert check.bad
        return
    assert not check.bad, [e.text() for e in check.errors]
    # examples share one vault: an earlier example's person may be offered as known; this one is new
    result = sheet_import.import_checked(vault, check, known_choices=dict.fromkeys(check.known_persons,
                                                                                 sheet_import.NEW_PERSON))
    person = store.get_case(vault, result.created[0]).person
    assert person is not None and (person.first_name, person.last_name) == (wanted["first"], wanted["last"])
    notes = vault.execute_sql(f"SELECT text FROM journal_entries WHERE case_id = {int(result.created[0])}")
    assert [n[0] for n in notes] == ([wanted["note"]] if wanted["note"] is not None else [])
