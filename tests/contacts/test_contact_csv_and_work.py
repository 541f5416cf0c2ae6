"""CSV import (bad rows reported with their row number) and export; network work and its counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator_app.errors import ValidationError
from coordinator_app.services.network import contacts as c
from coordinator_app.services.network import contacts_csv as cc
from coordinator_app.services.network import importing as ci
from coordinator_app.services.network import listing
from coordinator_app.services.network import outreach as nw

CSV = (
    "soort;voornaam;achternaam;organisatie;telefoon;email;talen;type;gemeente;doelgroepen;plaatsen_vrij\r\n"
    "organisatie;;;Mannenopvang Oost;038 1234567;;;Mannenopvang;Deventer;men|labour;2\r\n"
    "persoon;Şükrü;Yılmaz;Mannenopvang Oost;06 12345678;sukru@oost.example;nl|tr;;;;\r\n"
    "persoon;Piet;Jansen;;bel me;geen-mail;;;;;\r\n"
    ";;;;;;;;;;\r\n"
    "fiets;Anna;Bos;;;;;;;;\r\n"
    "organisatie;;;Bakkerij;;;;Bakkerij;;;\r\n"
    ";Zonder;;;;;;;;;\r\n"
)


def test_csv_import_reports_bad_rows_with_row_numbers(vault) -> None:
    items = ci.prepare(vault, cc.parse_csv(CSV.encode("utf-8")))
    by_row = {i.where: i for i in items}
    assert set(by_row) == {2, 3, 4, 6, 7, 8}  # the empty row 5 is skipped
    assert by_row[2].kind == "organisation" and by_row[2].values.org_type == "shelter_men"
    assert by_row[2].values.municipality == "Deventer" and not by_row[2].problems
    assert by_row[3].organisation_name == "Mannenopvang Oost" and not by_row[3].problems
    assert by_row[4].problems == {"email": "invalid_email"}  # "bel me" is no number: moved to the notes
    assert by_row[4].values.notes == "TEL: bel me" and by_row[4].values.phone is None
    assert by_row[6].problems == {"soort": "invalid_kind"}
    assert by_row[7].problems == {"org_type": "invalid_code"}
    assert not by_row[8].problems and by_row[8].values.first_name == "Zonder"  # a first name alone is enough
    result = ci.apply_import(vault, items)
    assert (result.organisations_added, result.contacts_added, result.skipped) == (1, 2, 3)
    person, _zonder = sorted(listing.list_contacts(vault), key=lambda r: r.organisation or "~")
    assert person.organisation == "Mannenopvang Oost"
    assert c.get_contact(vault, person.id).languages == ["nl", "tr"]


def test_csv_comma_separated_cp1252() -> None:
    data = "achternaam,voornaam,organisatie\r\nMüller,Zoë,GGD IJsselland\r\n".encode("cp1252")
    [item] = cc.parse_csv(data)
    assert item.name == "Zoë Müller" and item.organisation_name == "GGD IJsselland"


@pytest.mark.parametrize("data", [b"naam,adres\r\nx,y\r\n", b"\x00\x01\x02\x03", b""])
def test_csv_unreadable_gives_dutch_error(data: bytes) -> None:
    with pytest.raises(ValidationError) as info:
        cc.parse_csv(data)
    text = info.value.message("nl")
    assert "niets geïmporteerd" in text or "niets gelezen" in text


def test_csv_round_trip(vault, tmp_path: Path) -> None:
    items = ci.prepare(vault, cc.parse_csv(CSV.encode("utf-8")))
    ci.apply_import(vault, items)
    rows = listing.list_network(vault)
    out = tmp_path / "netwerk.csv"
    people = [r.id for r in rows if r.kind == "contact"]
    cc.write_csv(vault, out, people, [r.id for r in rows if r.kind == "organisation"])
    again = cc.parse_csv(out.read_bytes())
    assert [(i.kind, i.name) for i in again] == [
        ("organisation", "Mannenopvang Oost"), ("contact", "Zonder"), ("contact", "Şükrü Yılmaz")]
    assert again[0].values.target_groups == ["men", "labour"]
    assert all(i.is_duplicate for i in ci.prepare(vault, again))


def test_network_work_and_counts(vault) -> None:
    a = c.create_organisation(vault, c.OrganisationInput(name="Politie"))
    b = c.create_organisation(vault, c.OrganisationInput(name="GGD"))
    d = c.create_organisation(vault, c.OrganisationInput(name="School"))
    p = c.create_contact(vault, c.ContactInput(last_name="Bos", organisation_id=d))
    q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    nw.add_training(vault, nw.TrainingInput("2026-07-10", "Signalen herkennen", 20, [a, b]))
    tid = nw.add_training(vault, nw.TrainingInput("30-09-2026", "Loverboys", "15", [b]))
    nw.add_training(vault, nw.TrainingInput("2026-10-01", "Buiten het kwartaal", 99, [a]))
    nw.add_moment(vault, nw.MomentInput("2026-08-01", "phone", contact_id=p, note="Afspraak over scholing"))
    assert nw.network_counts(vault, *q3) == {
        "training_sessions": 2, "training_participants": 35, "organisations_reached": 3}
    assert c.get_contact(vault, p).last_contact_on == dt.date(2026, 8, 1)
    assert [t.topic for t in nw.list_trainings(vault, *q3)] == ["Loverboys", "Signalen herkennen"]
    nw.update_training(vault, tid, nw.TrainingInput("2026-09-30", "Loverboys", 16, [a, d]))
    assert nw.list_trainings(vault, *q3)[0].organisation_names == ("Politie", "School")
    nw.delete_training(vault, tid)
    assert nw.network_counts(vault, *q3)["training_sessions"] == 1
    [moment] = nw.list_moments(vault, contact_id=p)
    assert moment.organisation_name == "School" and moment.contact_name == "Bos"
    nw.delete_moment(vault, moment.id)
    assert nw.list_moments(vault) == []


def test_network_work_validation(vault) -> None:
    with pytest.raises(ValidationError) as info:
        nw.add_training(vault, nw.TrainingInput("morgen", "", "veel", [999]))
    assert set(info.value.errors) == {"held_on", "topic", "participants", "organisation_ids"}
    with pytest.raises(ValidationError) as info:
        nw.add_moment(vault, nw.MomentInput(None, "gossip"))
    assert set(info.value.errors) == {"on", "kind", "contact_id"}


def test_import_file_errors_are_dutch_validation_errors(tmp_path) -> None:
    with pytest.raises(ValidationError) as err:
        ci.read_import_file(tmp_path)
    assert err.value.code == "import_is_folder" and "map" in err.value.message("nl")
    with pytest.raises(ValidationError) as err:
        ci.read_import_file(tmp_path / "weg.csv")
    assert err.value.code == "file_not_found"
    big = tmp_path / "groot.vcf"
    with big.open("wb") as fh:  # sparse: the size is checked before a single byte is read
        fh.truncate(ci.MAX_IMPORT_BYTES + 1)
    with pytest.raises(ValidationError) as err:
        ci.read_import_file(big)
    assert err.value.code == "import_too_large" and "20 MB" in err.value.message("nl")
    small = tmp_path / "klein.csv"
    small.write_bytes(CSV.encode("utf-8"))
    assert ci.read_import_file(small) == CSV.encode("utf-8")


@pytest.mark.parametrize("fmt", ["csv", "vcf"])
def test_export_write_errors_are_disk_errors_without_os_text(vault, tmp_path, fmt) -> None:
    from coordinator_app.errors import DiskError
    from coordinator_app.services.network import vcard

    org = c.create_organisation(vault, c.OrganisationInput(name="Opvang West", org_type="shelter_men"))
    folder = tmp_path / f"export.{fmt}"
    folder.mkdir()
    for target in (folder, tmp_path / "weg" / f"export.{fmt}"):
        with pytest.raises(DiskError) as err:
            if fmt == "csv":
                cc.write_csv(vault, target, [], [org])
            else:
                vcard.write_vcards(vault, target, [], [org])
        text = err.value.message("nl")
        assert text.startswith("Schrijven is mislukt") and "Errno" not in text and str(tmp_path) not in text


def test_csv_export_escapes_formulas_and_import_restores_them(vault) -> None:
    org = c.create_organisation(vault, c.OrganisationInput(name="=HYPERLINK(\"http://x\")", org_type="shelter_men"))
    person = c.create_contact(vault, c.ContactInput(first_name="@Piet", last_name="-Jansen", phone="+32 470 12 34 56",
                                                    notes="'gewoon een aanhalingsteken"))
    data = cc.export_csv(vault, [person], [org]).decode("utf-8-sig")
    for line in data.splitlines()[1:]:
        for cell in line.split(";"):
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
    assert "'+32" in data and "'=HYPERLINK" in data
    items = {i.kind: i for i in cc.parse_csv(data.encode("utf-8"))}
    assert items["organisation"].values.name == "=HYPERLINK(\"http://x\")"
    values = items["contact"].values
    assert isinstance(values, ci.ParsedContact) and values.phone is not None
    assert values.phone.startswith("+32") and values.first_name == "@Piet"
    assert values.last_name == "-Jansen" and values.notes == "'gewoon een aanhalingsteken"
    assert cc.unescape_formula("'abc") == "'abc" and cc.escape_formula("\tx") == "'\tx"


def test_training_and_moment_dates_at_most_a_year_ahead(vault) -> None:
    org = c.create_organisation(vault, c.OrganisationInput(name="Opvang Noord", org_type="shelter_men"))
    soon = (dt.date.today() + dt.timedelta(days=200)).isoformat()
    assert nw.add_training(vault, nw.TrainingInput(soon, "Gepland", 10, [org]))
    assert nw.add_moment(vault, nw.MomentInput(soon, "phone", organisation_id=org))
    with pytest.raises(ValidationError) as err:
        nw.add_training(vault, nw.TrainingInput("2099-03-01", "Tikfout", 10, [org]))
    assert err.value.errors == {"held_on": "date_too_far_ahead"} and "jaartal" in err.value.message("nl")
    with pytest.raises(ValidationError) as err:
        nw.add_moment(vault, nw.MomentInput("01-01-2099", "phone", organisation_id=org))
    assert err.value.errors == {"on": "date_too_far_ahead"}
    nw._not_too_far_ahead(errors := {}, "on", dt.date(2029, 2, 28), today=dt.date(2028, 2, 29))
    assert errors == {}


def test_a_csv_with_more_rows_than_the_cap_is_refused_naming_the_cap() -> None:
    data = ("voornaam;achternaam\r\n" + "Anna;Bos\r\n" * (cc.MAX_ROWS + 1)).encode()
    with pytest.raises(ValidationError) as info:
        cc.parse_csv(data)
    assert info.value.code == "csv_too_many" and "meer dan 10.000 regels" in info.value.message("nl")
    assert len(cc.parse_csv(("voornaam;achternaam\r\n" + "Anna;Bos\r\n" * cc.MAX_ROWS).encode())) == cc.MAX_ROWS


@pytest.mark.parametrize("header", ["E-mail", "e-mail", "E-mailadres", "Email:", " EMAIL\u00a0", "e-mail (werk)",
                                    "\ufeffE-mail :"])
def test_email_header_variants_are_recognised(header: str) -> None:
    [item] = cc.parse_csv(f"Achternaam;{header}\r\nBos;anna@example.org\r\n".encode())
    assert item.values.email == "anna@example.org"


def test_unknown_columns_are_listed_before_anything_is_read() -> None:
    data = b"Achternaam;Schoenmaat;E-mail;Lievelingskleur\r\nBos;39;anna@example.org;blauw\r\n"
    with pytest.raises(cc.UnknownColumns) as info:
        cc.parse_csv(data)
    assert "'Schoenmaat', 'Lievelingskleur'" in info.value.message("nl")
    [item] = cc.parse_csv(data, ignore_columns=True)
    assert (item.values.last_name, item.values.email) == ("Bos", "anna@example.org")
