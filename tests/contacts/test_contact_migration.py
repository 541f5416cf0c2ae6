"""Schema revision 0004 on a vault made by revision 0003: the contacts get their new fields (empty), no
row is lost, and the search index keeps finding contacts and now also finds nicknames and departments."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from coordinator_app.db.vault import Vault
from coordinator_app.services.network import contacts as c
from coordinator_app.services.search import index
from tests.helpers import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "vault_rev0003"


def test_0003_vault_gains_the_contact_fields_and_keeps_every_row(tmp_path: Path) -> None:
    target = tmp_path / "v"
    shutil.copytree(FIXTURE, target)
    with Vault.open(target, passphrase="fixture-0003") as v:
        columns = {r[1] for r in v.execute_sql("PRAGMA table_info(contacts)")}
        assert {"address", "postal_code", "city", "region", "country", "website", "birthday", "nickname",
                "department", "phone_intl", "phone_alt_intl"} <= columns
        rows = v.execute_sql("SELECT id, last_name, nickname, birthday FROM contacts")
        assert rows and all(r[1] and r[2] is None and r[3] is None for r in rows)
        # every contact is still in the search index under its surname (the old trigger's rows stay)
        first_id, surname = rows[0][0], rows[0][1]
        assert any(h.kind == "contact" and h.ref_id == first_id for h in index.search(v, surname))
        involvements = v.execute_sql("SELECT count(*) FROM involvements WHERE contact_id IS NOT NULL")[0][0]
        values = c.get_contact(v, first_id)
        changed = dataclasses.replace(values.as_input(), nickname="Kwibus", department="Jeugdzaken")
        c.update_contact(v, first_id, changed)
        assert any(h.ref_id == first_id for h in index.search(v, "Kwibus"))
        assert any(h.ref_id == first_id for h in index.search(v, "Jeugdzaken"))
        assert v.execute_sql("SELECT count(*) FROM involvements WHERE contact_id IS NOT NULL")[0][0] == involvements
        assert v.check() == []
