"""A damaged vCard is listed in the preview under its whole name (FN), not the first 100 characters."""

from __future__ import annotations

from coordinator_app.services.network import vcard


def test_a_damaged_card_is_named_in_full() -> None:
    name = "Stichting " + "Regionale Opvang en Begeleiding " * 5 + "Oost"
    assert len(name) > 100
    good = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bos;Piet;;;\r\nFN:Piet Bos\r\nEND:VCARD\r\n"
    damaged = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nDIT IS GEEN REGEL\r\nEND:VCARD\r\n"
    items = vcard.parse_vcards((good + damaged).encode())
    assert items[1].problems and items[1].name == name
