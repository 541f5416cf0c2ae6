"""text_files: one encoding decision per file, from evidence; refusals name the line (oracle: the
text the bytes were made from)."""

from __future__ import annotations

import codecs

import pytest

from coordinator_app.services.files.text_decoding import (
    TextFileRefused,
    decode_text_file,
    detect_text_file,
    read_text_file,
)

LABEL = "Het importbestand"
TEXT = "dossiernummer;voornaam;achternaam\r\nD-1;Zoë;Özdemir-Çelik\r\nD-2;Renée;Müller – café\r\n"


def test_utf8_without_bom() -> None:
    got = detect_text_file(TEXT.encode("utf-8"), label=LABEL)
    assert (got.text, got.encoding) == (TEXT, "utf-8")


def test_utf8_bom_never_reaches_the_header() -> None:
    got = detect_text_file(codecs.BOM_UTF8 + TEXT.encode("utf-8"), label=LABEL)
    assert got.text == TEXT and got.text.split(";")[0] == "dossiernummer"
    doubled = codecs.BOM_UTF8 * 2 + TEXT.encode("utf-8")
    assert decode_text_file(doubled, label=LABEL) == TEXT


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    text = TEXT + "D-3;تسفاي;ተስፋይ\r\n"
    got = detect_text_file(bom + text.encode(codec), label=LABEL)
    assert (got.text, got.encoding) == (text, "utf-16")


def test_windows_1252_only_when_whole_file_decodes_and_detector_agrees() -> None:
    got = detect_text_file(TEXT.encode("cp1252"), label=LABEL)
    assert (got.text, got.encoding) == (TEXT, "cp1252")


def test_utf8_bom_with_one_bad_byte_is_refused_naming_the_line() -> None:
    data = codecs.BOM_UTF8 + TEXT.encode("utf-8") + "D-3;Zoë;x\r\n".encode("cp1252")
    with pytest.raises(TextFileRefused) as info:
        decode_text_file(data, label=LABEL)
    assert info.value.params["line"] == 4
    assert "regel 4" in info.value.message("nl") and "{" not in info.value.message("nl")


def test_mixed_encodings_refused_naming_both_lines() -> None:
    data = b"a;b\r\n" + "Zoë;1\r\n".encode() + "Zoë;2\r\n".encode("cp1252")
    with pytest.raises(TextFileRefused) as info:
        decode_text_file(data, label=LABEL)
    assert info.value.code == "text_file_mixed"
    assert (info.value.params["line"], info.value.params["other"]) == (3, 2)
    text = info.value.message("nl")
    assert "regel 2" in text and "regel 3" in text and text.startswith(LABEL)


def test_undefined_cp1252_byte_refused() -> None:
    data = b"a;b\r\n" + b"x\x81y;1\r\n"  # 0x81 is undefined in Windows-1252 and not UTF-8
    with pytest.raises(TextFileRefused) as info:
        decode_text_file(data, label=LABEL)
    assert info.value.code == "text_file_unknown_encoding" and info.value.params["line"] == 2


def test_nul_and_utf16_without_bom_refused() -> None:
    with pytest.raises(TextFileRefused) as info:
        decode_text_file("a;b\r\nc;d\r\n".encode("utf-16-le"), label=LABEL)
    assert info.value.code == "text_file_nul"


def test_utf32_refused_and_broken_utf16_names_the_line() -> None:
    with pytest.raises(TextFileRefused):
        decode_text_file(codecs.BOM_UTF32_LE + "a;b".encode("utf-32-le"), label=LABEL)
    body = "a;b\r\nc;d\r\n".encode("utf-16-le") + b"\x00\xd8" + "e\r\n".encode("utf-16-le")  # lone surrogate
    with pytest.raises(TextFileRefused) as info:
        decode_text_file(codecs.BOM_UTF16_LE + body, label=LABEL)
    assert info.value.params["line"] == 3


def test_size_cap_checked_before_reading(tmp_path) -> None:
    path = tmp_path / "groot.csv"
    with path.open("wb") as fh:
        fh.truncate(2 * 1024 * 1024)  # sparse: nothing to read if the cap is checked first
    with pytest.raises(TextFileRefused) as info:
        read_text_file(path, label=LABEL, max_bytes=1024 * 1024)
    assert info.value.code == "text_file_too_large"
    assert "1 MB" in info.value.message("nl")
    with pytest.raises(TextFileRefused):
        decode_text_file(b"x" * 11, label=LABEL, max_bytes=10)


def test_every_refusal_says_nothing_was_read() -> None:
    from tests.po_files import po_texts

    data = po_texts("messages_files")
    assert len(data) >= 5
    assert all("niets gelezen" in entry["nl"] and "Nothing was read" in entry["en"] for entry in data.values())
