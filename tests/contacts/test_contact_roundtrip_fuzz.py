"""Property-based round trips over (almost) the whole Unicode range: what is stored for a person comes back
exactly from a vCard 3.0 / 4.0 or CSV export read into the address book again. The oracle is the input
itself; the generator only avoids what the app refuses or removes on purpose (control characters, line
breaks in one-line fields, lone surrogates, leading/trailing ASCII spaces) and gives NFC text."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator_app.services.network import contacts as c
from coordinator_app.services.network import contacts_csv as cc
from coordinator_app.services.network import vcard

_ASCII_SPACE = " \t\r\n"


def _text(max_size: int, multiline: bool = False) -> st.SearchStrategy[str]:
    chars = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85")
    if multiline:
        chars = st.one_of(chars, st.just("\n"))
    return st.text(chars, min_size=1, max_size=max_size).map(lambda t: unicodedata.normalize("NFC", t)).filter(
        lambda t: t == unicodedata.normalize("NFC", t) and t.strip(_ASCII_SPACE) == t and len(t) <= max_size
        and t.strip() != "")


person = st.fixed_dictionaries({
    "first_name": _text(40), "last_name": _text(40), "nickname": _text(30), "function": _text(40),
    "department": _text(40).filter(lambda t: ";" not in t), "address": _text(60, multiline=True),
    "postal_code": _text(10), "city": _text(30), "region": _text(30), "country": _text(30),
    "notes": _text(200, multiline=True), "phone": st.from_regex(r"\A\+?[0-9][0-9 ()./-]{5,20}[0-9]\Z"),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(values=person)
def test_person_round_trips_through_every_export(vault, values: dict[str, str]) -> None:
    pid = c.create_contact(vault, c.ContactInput(**values))
    stored = c.get_contact(vault, pid)
    assert {k: getattr(stored, k) for k in values} == values  # stored exactly as given
    exports = [cc.parse_csv(cc.export_csv(vault, [pid], []))]
    exports += [vcard.parse_vcards(vcard.export_vcards(vault, [pid], [], version)) for version in ("3.0", "4.0")]
    for items in exports:
        [item] = [i for i in items if i.kind == "contact"]
        assert not item.problems and not item.notices
        assert {k: getattr(item.values, k) for k in values} == values
