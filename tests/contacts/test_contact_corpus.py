"""Every contacts importer against the corpus in tests/corpus/contacts (vCard 2.1/3.0/4.0 in several code
pages, Google/Outlook/Thunderbird CSV exports): nothing is lost, compared with the values of the input
files themselves (expected.json, written by hand); then export -> import into a fresh vault gives back
every field, in each export format."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.db.vault import Vault
from coordinator_app.services.network import contacts as c
from coordinator_app.services.network import contacts_csv as cc
from coordinator_app.services.network import importing as ci
from coordinator_app.services.network import listing, vcard
from tests.conftest import PASSPHRASE
from tests.helpers import ROOT

CORPUS = ROOT / "tests" / "corpus" / "contacts"
EXPECTED: dict[str, Any] = {k: v for k, v in json.loads((CORPUS / "expected.json").read_text("utf-8")).items()
                            if not k.startswith("_")}
CONTACT_FIELDS = ("first_name", "last_name", "nickname", "organisation", "department", "function", "phone",
                  "phone_intl", "phone_alt", "phone_alt_intl", "email", "address", "postal_code", "city", "region",
                  "country", "website", "birthday", "notes", "languages", "specialisms", "preferred_contact",
                  "last_contact_on")
ORG_FIELDS = ("name", "org_type", "municipality", "region_served", "address", "postal_code", "city", "phone",
              "phone_intl", "email", "website", "notes", "target_groups", "capacity", "places_available",
              "availability_confirmed_on")


def _parse(name: str, data: bytes) -> list[ci.ImportItem]:
    return cc.parse_csv(data) if name.endswith(".csv") else vcard.parse_vcards(data)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value if value not in (None, [], "") else None


def _stored(vault: Vault) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    orgs = {o.id: dataclasses.asdict(o) for o in c.list_organisations(vault)}
    people = []
    for row in listing.list_contacts(vault):
        got = dataclasses.asdict(c.get_contact(vault, row.id))
        got["organisation"] = orgs[got["organisation_id"]]["name"] if got["organisation_id"] else None
        people.append({f: _plain(got[f]) for f in CONTACT_FIELDS})
    organisations = [{f: _plain(o[f]) for f in ORG_FIELDS} for o in orgs.values()]
    key = json.dumps
    return sorted(people, key=lambda p: key(p, sort_keys=True)), sorted(organisations, key=lambda o: key(o))


def _expected_contact(entry: dict[str, Any]) -> dict[str, Any]:
    return {f: _plain(entry.get(f)) for f in CONTACT_FIELDS}


@pytest.fixture
def second_vault(tmp_path: Path, _template_vaults) -> Any:
    target = tmp_path / "second"
    shutil.copytree(_template_vaults["empty"][0], target)
    v = Vault.open(target, passphrase=PASSPHRASE)
    yield v
    v.close()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_imports_without_loss(vault, name: str) -> None:
    expected = EXPECTED[name]
    items = ci.prepare(vault, _parse(name, (CORPUS / name).read_bytes()))
    assert [i.problems for i in items if i.problems] == []
    if "rows" in expected:  # the line on which each row starts (a quoted line break does not shift it)
        assert [i.where for i in items] == expected["rows"]
    for where, notices in expected.get("notices", {}).items():
        item = [i for i in items if i.kind == "contact"][int(where) - 1]
        assert set(notices) <= set(item.notices) and item.status == "remarks"
    ci.apply_import(vault, items)
    people, organisations = _stored(vault)
    want = [_expected_contact(e) for e in expected["contacts"]]
    assert people == sorted(want, key=lambda p: json.dumps(p, sort_keys=True))
    assert len(organisations) == len(expected["organisations"])
    by_name = {o["name"]: o for o in organisations}
    for org in expected["organisations"]:
        assert {k: by_name[org["name"]][k] for k in org} == org


@pytest.mark.parametrize("fmt", ["csv", "3.0", "4.0"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_export_then_import_into_a_fresh_vault_gives_back_every_field(vault, second_vault, name: str,
                                                                       fmt: str) -> None:
    ci.apply_import(vault, ci.prepare(vault, _parse(name, (CORPUS / name).read_bytes())))
    people = [r.id for r in listing.list_contacts(vault)]
    orgs = [o.id for o in c.list_organisations(vault)]
    if fmt == "csv":
        again = cc.parse_csv(cc.export_csv(vault, people, orgs))
    else:
        again = vcard.parse_vcards(vcard.export_vcards(vault, people, orgs, fmt))
    items = ci.prepare(second_vault, again)
    assert [i.problems for i in items if i.problems] == []
    # nothing went to the notes on the way back (a number that could not be checked stays marked)
    assert [i.notices for i in items if set(i.notices) - {"phone_marked"}] == []
    ci.apply_import(second_vault, items)
    assert _stored(second_vault) == _stored(vault)
