"""Backups made by every earlier schema revision restore with the current code (migrated forward).

One fixture per schema revision (`tests/fixtures/backup_rev<rev>.cbak`, made with
tests/fixtures/make_backup_fixture.py); add the new one whenever a migration is added.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.db import migrate
from coordinator_app.db.vault import Vault
from coordinator_app.services.backups import restore, verify
from coordinator_app.services.cases import store
from coordinator_app.services.search import index
from tests.helpers import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
# passphrase and recovery code of each fixture backup, and what it holds
KNOWN = {
    "0001": {
        "passphrase": "Fixture-wachtwoord voor back-ups 2026!",
        "code": "H3Q8-XAP7-0MSE-1EVG-X2WY-6Q6N-8C3Y-76J7-1YRC",
        "cases": 3,
        "contacts": 2,
    },
    "0002": {
        "passphrase": "Fixture-wachtwoord voor back-ups 2026!",
        "code": "18C0-8EQW-3TJ8-T4XV-9K1S-214X-TK0P-59T4-JWET",
        "cases": 3,
        "contacts": 2,
    },
    "0003": {
        "passphrase": "Fixture-wachtwoord voor back-ups 2026!",
        "code": "FXYH-B99A-HK76-345S-WV8K-RNJ9-1MXR-52A4-RXYM",
        "cases": 3,
        "contacts": 2,
    },
    "0004": {
        "passphrase": "Fixture-wachtwoord voor back-ups 2026!",
        "code": "QEXQ-WHDR-MWWW-CGDM-0A21-JVKJ-YHQX-JH2Q-7GQJ",
        "cases": 3,
        "contacts": 2,
    },
    "0005": {
        "passphrase": "Fixture-wachtwoord voor back-ups 2026!",
        "code": "S3QG-G1WS-BYQ8-50RE-GN3B-PYSF-RNNS-AJAA-VVBR",
        "cases": 3,
        "contacts": 2,
    },
    "0006": {
        "passphrase": "Fixture-wachtwoord voor back-ups 2026!",
        "code": "WN9D-TV7R-5AF0-CX80-XPNJ-ETF0-H1WY-7F15-Q7GT",
        "cases": 3,
        "contacts": 2,
    },
}


def test_a_fixture_exists_for_the_current_schema_revision() -> None:
    assert (FIXTURES / f"backup_rev{migrate.head_revision()}.cbak").is_file()
    assert {p.stem.removeprefix("backup_rev") for p in FIXTURES.glob("backup_rev*.cbak")} == set(KNOWN)


@pytest.mark.parametrize("revision", sorted(KNOWN))
@pytest.mark.parametrize("secret", ["passphrase", "code"])
def test_fixture_backup_restores_and_migrates(revision: str, secret: str, tmp_path: Path) -> None:
    known = KNOWN[revision]
    path = FIXTURES / f"backup_rev{revision}.cbak"
    contents = verify.verify(path, **{secret: known[secret]})
    assert (contents.cases, contents.contacts, contents.schema_revision) == (
        known["cases"],
        known["contacts"],
        revision,
    )
    restore.restore(path, tmp_path / "vault", **{secret: known[secret]})
    with Vault.open(tmp_path / "vault", passphrase=known["passphrase"]) as restored:
        with restored.engine.connect() as conn:  # type: ignore[union-attr]
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert store.count_cases(restored) == known["cases"]
        assert restored.check() == []
        assert index.search(restored, "Voorbeeldsma")
