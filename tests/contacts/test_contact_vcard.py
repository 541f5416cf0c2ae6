"""vCard import/export: real-world quirks (folded lines, quoted-printable, photos, encodings, several cards),
round trips through a second fresh vault, and garbage bytes giving a clear Dutch error."""

from __future__ import annotations

import base64
import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator_app.db import keys
from coordinator_app.db.vault import Vault
from coordinator_app.errors import ValidationError, message
from coordinator_app.services.network import contacts as c
from coordinator_app.services.network import importing as ci
from coordinator_app.services.network import listing, vcard
from tests.conftest import PASSPHRASE

PHOTO = base64.b64encode(bytes(range(256)) * 4).decode()

OUTLOOK_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Wi=C5=9Bniewska;=C5=81ucja;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81ucja Wi=C5=9B=\r\nniewska\r\n"
    "ORG:Stichting Het Baken\r\nTITLE:Maatschappelijk werker\r\n"
    "TEL;WORK;VOICE:038-4221111\r\nTEL;CELL:06 87654321\r\nTEL;HOME:0529 123456\r\n"
    "EMAIL;PREF;INTERNET:lucja@baken.example\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Spreekt Pools.=0D=0ABereikbaar ma-do.\r\n"
    "PHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n " + PHOTO[:70] + "\r\n " + PHOTO[70:140] + "\r\n\r\n"
    "END:VCARD\r\n"
)

APPLE_30 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Yılmaz;Şükrü;;;\r\nFN:Şükrü Yılmaz\r\n"
    "ORG:Gemeente Zwolle;Team Veiligheid\r\nTITLE:Aandachtsfunctionaris mensenhandel en een heel lange \r\n"
    " functieomschrijving die gevouwen is\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:sukru@zwolle.example\r\nitem1.X-ABLabel:werk\r\n"
    "TEL;type=WORK;type=VOICE;type=pref:+31 38 498 9111\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:" + PHOTO[:60] + "\r\n " + PHOTO[60:200] + "\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Leger des Heils Zwolle\r\nORG:Leger des Heils Zwolle;\r\n"
    "X-ABShowAs:COMPANY\r\nTEL;type=WORK:038 455 0000\r\nEND:VCARD\r\n"
)

GOOGLE_40 = (
    "BEGIN:VCARD\nVERSION:4.0\nFN:Maria Popescu\nN:Popescu;Maria;;;\nTEL;TYPE=cell;VALUE=uri:tel:+40-721-123-456\n"
    "EMAIL;TYPE=work:maria@example.ro\nLANG:ro\nLANG:nl\nEND:VCARD\n"
)


def test_outlook_21_quoted_printable_folding_and_photo() -> None:
    [item] = vcard.parse_vcards(OUTLOOK_21.encode("utf-8"))
    assert item.kind == "contact"
    assert (item.values.first_name, item.values.last_name) == ("Łucja", "Wiśniewska")
    assert item.organisation_name == "Stichting Het Baken"
    assert item.values.function == "Maatschappelijk werker"
    assert item.values.phone == "038-4221111" and item.values.phone_alt == "06 87654321"
    assert item.values.email == "lucja@baken.example"
    assert "Spreekt Pools.\nBereikbaar ma-do." in item.values.notes
    assert "0529 123456" in item.values.notes  # a third number is kept in the notes
    assert set(item.notices) == {"photo_ignored", "extra_in_notes"}


def test_apple_multi_card_file_with_organisation_and_folded_title() -> None:
    person, org = vcard.parse_vcards(APPLE_30.encode("utf-8"))
    assert person.name == "Şükrü Yılmaz" and "photo_ignored" in person.notices
    assert person.values.function.endswith("een heel lange functieomschrijving die gevouwen is")
    assert person.values.email == "sukru@zwolle.example"
    assert person.organisation_name == "Gemeente Zwolle"
    assert org.kind == "organisation" and org.values.name == "Leger des Heils Zwolle"


def test_google_40_tel_uri_and_languages() -> None:
    [item] = vcard.parse_vcards(GOOGLE_40.encode("utf-8"))
    assert item.values.phone == "+40-721-123-456"
    assert item.values.languages == ["ro", "nl"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_odd_encodings(encoding: str) -> None:
    text = "\ufeffBEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Zoë;;;\r\nFN:Zoë Müller\r\nEND:VCARD\r\n"
    [item] = vcard.parse_vcards(text.encode(encoding).replace(b"\xef\xbb\xbf\xef\xbb\xbf", b"\xef\xbb\xbf"))
    assert item.name == "Zoë Müller"


def test_a_tiny_windows_1252_file_without_evidence_is_refused_naming_the_line() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Zoë;;;\r\nFN:Zoë Müller\r\nEND:VCARD\r\n"
    with pytest.raises(ValidationError) as info:
        vcard.parse_vcards(text.encode("cp1252"))
    assert "regel 3" in info.value.message("nl")


def test_qp_in_windows_1252_charset() -> None:
    text = ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
            "N;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller;Jo=EBl\r\nEND:VCARD\r\n")
    [item] = vcard.parse_vcards(text.encode("ascii"))
    assert item.name == "Joël Müller"


def test_import_preview_marks_duplicates_then_writes(vault) -> None:
    org = c.create_organisation(vault, c.OrganisationInput(name="Stichting Het Baken"))
    c.create_contact(vault, c.ContactInput(last_name="Wiśniewska", first_name="Łucja", organisation_id=org))
    items = ci.prepare(vault, vcard.parse_vcards((OUTLOOK_21 + APPLE_30 + GOOGLE_40).encode("utf-8")))
    assert [i.is_duplicate for i in items] == [True, False, False, False]
    assert "new_organisation" in items[1].notices  # Gemeente Zwolle is not in the vault yet
    assert "new_organisation" not in items[0].notices
    assert len(listing.list_network(vault)) == 2  # the preview wrote nothing
    result = ci.apply_import(vault, items)
    assert (result.contacts_added, result.skipped) == (2, 1)
    assert result.organisations_added == 2  # Leger des Heils + Gemeente Zwolle (created from ORG)
    names = {r.name for r in listing.list_network(vault)}
    assert {"Şükrü Yılmaz", "Maria Popescu", "Gemeente Zwolle", "Leger des Heils Zwolle"} <= names


def test_duplicates_within_one_file_are_marked(vault) -> None:
    items = ci.prepare(vault, vcard.parse_vcards((GOOGLE_40 + GOOGLE_40).encode()))
    assert [i.duplicate_in_file for i in items] == [None, 1]


def test_a_bad_phone_does_not_block_the_card(vault) -> None:
    """One number that is not valid is kept as typed and marked; text that is no number at all is kept in
    the notes. Either way the person is imported and the preview says so."""
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Jansen;Piet;;;\r\nTEL;TYPE=work:bel mij\r\n"
            "TEL;TYPE=cell:06-1234567\r\nEND:VCARD\r\n")
    [item] = ci.prepare(vault, vcard.parse_vcards(text.encode()))
    assert item.problems == {} and item.status == "remarks"
    assert {"phone_marked", "extra_in_notes"} <= set(item.notices)
    assert ci.apply_import(vault, [item]).contacts_added == 1
    [row] = listing.list_contacts(vault)
    got = c.get_contact(vault, row.id)
    assert (got.phone, got.phone_intl) == ("06-1234567", None)
    assert got.notes == "TEL: bel mij"


def _fill(vault) -> None:
    shelter = c.create_organisation(vault, c.OrganisationInput(
        name="Mannenopvang De Brug", org_type="shelter_men", municipality="Deventer", region_served="IJsselland",
        address="Brugstraat 1", postal_code="7411 AA", city="Deventer", phone="0570 123456",
        email="info@debrug.example", website="https://debrug.example", notes="Intake via; centrale, lijn\nTweede regel",
        target_groups=["men", "labour"], capacity=12, places_available=3, availability_confirmed_on="2026-10-01"))
    c.create_contact(vault, c.ContactInput(
        last_name="Yılmaz", first_name="Şükrü", organisation_id=shelter, function="Begeleider",
        phone="06 12345678", phone_alt="+48 601 234 567", email="sukru@debrug.example", preferred_contact="secure_mail",
        languages=["nl", "tr"], specialisms=["arbeidsuitbuiting", "mannen, 18+"], notes="Łucja Wiśniewska is collega",
        last_contact_on="2026-09-30"))
    c.create_contact(vault, c.ContactInput(last_name="Wiśniewska", first_name="Łucja"))


def _snapshot(vault) -> list[tuple]:
    skip = {"id", "organisation_id", "created_at", "updated_at", "from_template"}
    rows = []
    for r in listing.list_network(vault):
        data = c.get_organisation(vault, r.id) if r.kind == "organisation" else c.get_contact(vault, r.id)
        values = dataclasses.asdict(data).items()
        rows.append((r.kind, r.organisation, tuple(sorted((k, str(v)) for k, v in values if k not in skip))))
    return rows


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_imports_into_fresh_vault_with_nothing_lost(vault, tmp_path: Path, version: str) -> None:
    _fill(vault)
    rows = listing.list_network(vault)
    out = tmp_path / "netwerk.vcf"
    count = vcard.write_vcards(vault, out, [r.id for r in rows if r.kind == "contact"],
                               [r.id for r in rows if r.kind == "organisation"], version)
    assert count == 3 and out.stat().st_mode & 0o777 == 0o600
    fresh, _ = Vault.create(tmp_path / "fresh", PASSPHRASE, profile=keys.TEST_ONLY)
    try:
        items = ci.prepare(fresh, vcard.parse_vcards(out.read_bytes()))
        assert not any(i.problems or i.is_duplicate for i in items)
        ci.apply_import(fresh, items)
        assert _snapshot(fresh) == _snapshot(vault)
    finally:
        fresh.close()


def test_garbage_gives_clear_dutch_error() -> None:
    for data in (b"", b"\x00\x01\x02garbage", b"Geen vCard hier", b"BEGIN:VCARD\r\nN:;;\r\n\xff\xfe",
                 b"\xff\xfe" + b"\x00\xd8" * 3):
        with pytest.raises(ValidationError) as info:
            vcard.parse_vcards(data)
        assert _nothing_imported(info.value.message("nl"))


def _nothing_imported(text: str) -> bool:
    """Our messages say nothing was imported; the refusals of text_files (encoding) say nothing was read."""
    return "niets geïmporteerd" in text or "niets gelezen" in text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.booleans())
def test_fuzz_never_crashes(data: bytes, with_header: bool) -> None:
    if with_header:
        data = b"BEGIN:VCARD\r\nVERSION:3.0\r\n" + data + b"\r\nEND:VCARD\r\n"
    try:
        items = vcard.parse_vcards(data)
    except ValidationError as exc:
        assert _nothing_imported(exc.message("nl"))
    else:
        assert all(i.kind in ("contact", "organisation") for i in items)


def test_a_damaged_card_is_reported_and_the_others_still_import(vault) -> None:
    good = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bos;Piet;;;\r\nFN:Piet Bos\r\nEND:VCARD\r\n"
    damaged = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kapot Kaartje\r\nDIT IS GEEN REGEL\r\nEND:VCARD\r\n"
    unfinished = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zonder Einde\r\nN:Einde;Zonder;;;\r\n"
    items = ci.prepare(vault, vcard.parse_vcards((good + damaged + unfinished).encode()))
    assert [(i.where, i.name, i.importable) for i in items] == [
        (1, "Piet Bos", True), (2, "Kapot Kaartje", False), (3, "Zonder Einde", True)]
    assert message(items[1].problems[""], **items[1].problem_params) == (
        "Regel 9 van het bestand is geen vCard-regel (NAAM:waarde). Deze kaart wordt niet geïmporteerd.")
    assert [i.status for i in items] == ["ok", "refused", "remarks"]
    assert items[2].notices == ["vcard_end_missing"]  # the last card had no END:VCARD: read, and said so
    assert ci.apply_import(vault, items).contacts_added == 2
    with pytest.raises(ValidationError) as info:
        vcard.parse_vcards(damaged.encode())
    assert "niets geïmporteerd" in info.value.message("nl")


def test_a_file_with_more_cards_than_the_cap_is_refused_naming_the_cap() -> None:
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kaart\r\nEND:VCARD\r\n" * 100_000
    with pytest.raises(ValidationError) as info:
        vcard.parse_vcards(data)
    assert info.value.code == "vcard_too_many"
    assert "meer dan 10.000 vCards" in info.value.message("nl") and "niets geïmporteerd" in info.value.message("nl")
    assert len(vcard.parse_vcards(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kaart\r\nEND:VCARD\r\n" * 10_000)) == 10_000


def test_a_21_photo_without_indented_lines_does_not_break_the_card() -> None:
    text = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Bos;Piet\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQEAYABg\r\n"
            "AAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\r\nHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgy\r\n\r\n"
            "TEL;CELL:+31 6 12345678\r\nEND:VCARD\r\n")
    [item] = vcard.parse_vcards(text.encode("ascii"))
    assert not item.problems and item.values.phone == "+31 6 12345678" and item.notices == ["photo_ignored"]
