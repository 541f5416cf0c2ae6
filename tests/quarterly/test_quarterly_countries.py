"""resources/countries.toml and the country service."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.codes import code_list
from coordinator_app.domain import countries
from coordinator_app.resources_loader import ResourceError

EU_OTHER = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
    "IE", "IT", "LV", "LT", "LU", "MT", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]


def test_every_iso_country_present() -> None:
    codes = [c.code for c in countries.all_countries()]
    assert len(codes) == 250  # 249 ISO 3166-1 alpha-2 codes + XK (Kosovo)
    assert len(set(codes)) == len(codes)
    for code in ("NL", "DE", "PL", "RO", "BG", "UA", "NG", "CN", "VN", "BR", "MA", "ER", "AQ", "XK"):
        assert code in codes


def test_groups() -> None:
    assert countries.nationality_group("NL") == "nl"
    for code in (*EU_OTHER, "IS", "LI", "NO", "CH"):
        assert countries.nationality_group(code) == "eu_eea", code
    for code in ("GB", "TR", "UA", "US", "NG", "RU", "XK", "MA"):
        assert countries.nationality_group(code) == "non_eu", code
    for code in ("AW", "CW", "SX", "BQ"):
        assert countries.nationality_group(code) == "nl"
    assert countries.nationality_group("de") == "eu_eea"
    assert countries.nationality_group(None) == "unknown"
    assert countries.nationality_group("") == "unknown"
    assert countries.nationality_group("ZZ") == "unknown"
    groups = {c.group for c in countries.all_countries()} | {"unknown"}
    assert groups == set(code_list("nationality_group").codes)
    assert countries.codes_in_group("eu_eea") >= set(EU_OTHER)
    assert "NL" not in countries.codes_in_group("eu_eea")


def test_names() -> None:
    assert countries.country_name("DE") == "Duitsland"
    assert countries.country_name("de", "en") == "Germany"
    assert countries.country_name("NL", "nl") == "Nederland"
    assert countries.country_name(None) == ""
    assert countries.country_name("ZZ") == "ZZ"
    with pytest.raises(ValueError):
        countries.country_name("NL", "fr")
    for country in countries.all_countries():
        assert country.nl.strip() and country.en.strip()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("DE", "DE"), ("de", "DE"), ("Duitsland", "DE"), ("germany", "DE"), ("  DUITSLAND ", "DE"),
        ("België", "BE"), ("belgie", "BE"), ("Wit-Rusland", "BY"), ("Belarus", "BY"),
        ("Verenigd Koninkrijk", "GB"), ("Roemenië", "RO"), ("roemenie", "RO"), ("Nigeria", "NG"),
        ("Côte d’Ivoire", "CI"), ("ivoorkust", "CI"), ("Zuid-Korea", "KR"), ("Holland", "NL"),
    ],
)
def test_code_for_name(text: str, code: str) -> None:
    assert countries.code_for_name(text) == code


@pytest.mark.parametrize("text", ["", "  ", "Atlantis", "ZZ", None])
def test_code_for_name_unknown(text: str | None) -> None:
    assert countries.code_for_name(text) is None


def test_every_name_maps_back() -> None:
    for country in countries.all_countries():
        for name in (country.code, country.nl, country.en, *country.aliases):
            assert countries.code_for_name(name) == country.code, name


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('NL = { nl = "Nederland", en = "Netherlands", group = "dutch" }', "groep"),
        ('NL = { nl = "Nederland", group = "nl" }', "NL.en"),
        ('nl = { nl = "Nederland", en = "Netherlands", group = "nl" }', "twee hoofdletters"),
        ('NL = { nl = "Nederland", en = "Netherlands", group = "nl" }\n'
         'BE = { nl = "Nederland", en = "Belgium", group = "eu_eea" }', "ook gebruikt"),
        ('BE = { nl = "België", en = "Belgium", group = "eu_eea" }', "Nederland ontbreekt"),
        ('NL = { nl = "Nederland", en = "Netherlands", group = "nl", aliases = "Holland" }', "aliases"),
        ("NL = [", "ongeldige TOML"),
    ],
)
def test_broken_file_is_a_resource_error(tmp_path: Path, body: str, fragment: str) -> None:
    path = tmp_path / "countries.toml"
    path.write_text(body + "\n", encoding="utf-8")
    with pytest.raises(ResourceError) as info:
        countries.load(path)
    assert fragment in str(info.value) or fragment in info.value.key


def test_bundled_file_loads() -> None:
    assert countries.load()["NL"].group == "nl"
