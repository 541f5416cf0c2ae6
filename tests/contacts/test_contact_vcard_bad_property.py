"""An Android vCard with one stray byte in one quoted-printable property (tests/corpus/contacts/
android_21_one_bad_qp_byte.vcf, written by make_corpus.py) is not refused whole: that one property is refused
out loud (the preview names the card, the line and the property, in Dutch), it is not stored and nothing is
guessed for it; the rest of the card and the other cards import as written. The oracle is the file itself:
the line is found in its bytes, the values are written out by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from coordinator_app.db.models import Organisation
from coordinator_app.errors import message
from coordinator_app.services.network import contacts as c
from coordinator_app.services.network import importing as ci
from coordinator_app.services.network import listing, vcard
from coordinator_app.ui import worker
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.network.models import ImportPreviewModel
from coordinator_app.ui.network.transfer import ImportPreviewDialog
from tests.helpers import ROOT
from tests.ui.shell_fixtures import compile_translations

FILE = ROOT / "tests" / "corpus" / "contacts" / "android_21_one_bad_qp_byte.vcf"
FSI, PDI = "\u2068", "\u2069"


def _line_of(data: bytes, start: bytes) -> int:
    """The number of the (only) line of the file that starts with `start`, counted in the file's bytes."""
    [number] = [n for n, line in enumerate(data.split(b"\r\n"), start=1) if line.startswith(start)]
    return number


def test_only_the_property_with_the_bad_byte_is_refused() -> None:
    data = FILE.read_bytes()
    assert b"=80" in data and "\x80".encode("latin-1") not in data  # the stray byte is in the QP text only
    first, second = vcard.parse_vcards(data)
    line = _line_of(data, b"ORG;")
    assert not first.problems and first.status == "remarks"
    assert first.refused_properties == [("vcard_property_bad_characters",
                                         {"line": line, "property": "ORG", "charset": "UTF-8"})]
    # the rest of the card, as written in the file
    assert (first.values.first_name, first.values.last_name) == ("أمل", "حداد")
    assert (first.values.phone, first.values.email) == ("+31 6 2345 6789", "amal@example.org")
    assert first.values.notes == "Spreekt Arabisch – bel na 17 uur"
    # nothing of the refused ORG is kept or guessed: no organisation, no department, nothing in the notes
    assert first.organisation_name == "" and first.values.department is None
    assert "Stichting" not in str(first.values) and "ORG" not in (first.values.notes or "")
    assert not second.problems and second.refused_properties == [] and second.status == "ok"
    assert (second.values.first_name, second.values.last_name) == ("Pablo", "Ñúñez")


def test_the_dutch_notice_names_the_line_and_the_property() -> None:
    data = FILE.read_bytes()
    line = _line_of(data, b"ORG;")
    [(code, params)] = vcard.parse_vcards(data)[0].refused_properties
    text = message(code, "nl", **params)
    assert f"Regel {line}:" in text and "ORG" in text and "UTF-8" in text and "niet geïmporteerd" in text
    assert text != code  # a message in the catalogue messages_network.po, not the bare code


def test_an_unknown_character_set_refuses_that_property_only() -> None:
    text = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Bos;Piet;;;\r\nTITLE;CHARSET=x-geen-tekenset:Casemanager\r\n"
            "TEL;CELL:+31 6 1234 5678\r\nEND:VCARD\r\n")
    [item] = vcard.parse_vcards(text.encode("ascii"))
    assert not item.problems
    assert item.refused_properties == [("vcard_property_unknown_charset",
                                        {"line": 4, "property": "TITLE", "charset": "x-geen-tekenset"})]
    assert item.values.function is None and "Casemanager" not in str(item.values)
    assert (item.values.last_name, item.values.phone) == ("Bos", "+31 6 1234 5678")


def test_a_damaged_line_still_refuses_the_whole_card() -> None:
    """Only a value that cannot be read as text is refused alone; a line that is not NAME:value leaves the card
    unreadable, so that card is refused whole (the others import)."""
    good = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bos;Piet;;;\r\nEND:VCARD\r\n"
    damaged = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kapot\r\nGEEN REGEL\r\nEND:VCARD\r\n"
    ok, refused = vcard.parse_vcards((good + damaged).encode())
    assert not ok.problems and refused.problems == {"": "vcard_bad_line"}


def test_import_stores_the_card_without_the_refused_property(vault) -> None:
    items = ci.prepare(vault, vcard.parse_vcards(FILE.read_bytes()))
    assert [i.importable for i in items] == [True, True]
    ci.apply_import(vault, items)
    people = {row.name: c.get_contact(vault, row.id) for row in listing.list_contacts(vault)}
    amal = next(p for p in people.values() if p.last_name == "حداد")
    assert amal.organisation_id is None and amal.department is None
    assert (amal.first_name, amal.phone, amal.email) == ("أمل", "+31 6 2345 6789", "amal@example.org")
    with vault.read() as s:
        assert s.scalar(select(func.count()).select_from(Organisation)) == 0  # no organisation from the ORG


def test_preview_shows_the_notice_with_card_line_and_property(qtbot, qapp, vault) -> None:
    from coordinator_app.ui import i18n

    compile_translations()
    i18n.install(qapp, "nl")
    try:
        data = FILE.read_bytes()
        line = _line_of(data, b"ORG;")
        items = ci.prepare(vault, vcard.parse_vcards(data))
        ctx = AppContext()
        ctx.set_vault(vault)
        dialog = ImportPreviewDialog(ctx, items, FILE.name)
        qtbot.addWidget(dialog)
        dialog.show()
        notice = dialog.findChild(QLabel, "importRefusedProperties")
        assert notice.isVisible()
        # the card by its number and its name (isolated: an Arabic name cannot reorder the sentence)
        assert f"Kaart 1 ({FSI}أمل حداد{PDI}): Regel {line}:" in notice.text()
        assert "ORG" in notice.text() and "Pablo" not in notice.text()
        status = ImportPreviewModel.status(items[0])
        assert f"Regel {line}:" in status and "ORG" in status
        assert "Regel" not in ImportPreviewModel.status(items[1])
    finally:
        i18n.uninstall(qapp)
        worker.wait_idle()


def test_no_notice_when_every_property_reads(qtbot, vault) -> None:
    good = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bos;Piet;;;\r\nEND:VCARD\r\n"
    items = ci.prepare(vault, vcard.parse_vcards(good.encode()))
    ctx = AppContext()
    ctx.set_vault(vault)
    dialog = ImportPreviewDialog(ctx, items, "kaart.vcf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.findChild(QLabel, "importRefusedProperties").isVisible()
    worker.wait_idle()


def test_a_card_whose_only_name_is_refused_says_why_it_is_not_imported(vault) -> None:
    """Nothing is guessed for a refused N: the card has no name left, so it is not imported, and the preview
    gives both reasons (no name; N on line 3 could not be read)."""
    text = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=AD=80;;;;\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Bos;Piet;;;\r\nEND:VCARD\r\n")
    nameless, piet = ci.prepare(vault, vcard.parse_vcards(text.encode("ascii")))
    assert not nameless.importable and piet.importable
    assert nameless.values.last_name in ("", None) and nameless.values.first_name is None
    status = ImportPreviewModel.status(nameless)
    assert "Regel 3:" in status and " N " in status
    assert status.startswith(ImportPreviewModel.status(
        ci.ImportItem(nameless.kind, nameless.where, nameless.values, problems=nameless.problems)))
