"""One vocabulary (issue 18): every visible string of the Qt Linguist files checked against
resources/glossary.toml — no Dutch in the English source texts, no English left in the Dutch translations
(a few names and abbreviations allowed), and no phrase the glossary rules out for a thing that has one word."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coordinator_app.paths import resource

GLOSSARY = tomllib.loads(resource("glossary.toml").read_text(encoding="utf-8"))["term"]
TS_FILES = sorted(resource("i18n").glob("*.ts"))
# Words that are only Dutch / only English, besides the glossary's own (function words catch a half-translated
# sentence). Names, abbreviations and words both languages share (status, code, contact, open, type, help,
# intake) are not in these lists.
DUTCH = {"het", "een", "niet", "wordt", "worden", "zijn", "voor", "naar", "bij", "ook", "geen", "deze", "wie",
         "wat", "nieuw", "nieuwe", "jjjj", "dagen", "kiezen", "wissen", "opslaan", "bewaren", "onbekend", "nog",
         "naam", "uitbuiting", "gemeente", "melding", "datum", "sluiten", "annuleren", "verwijderen", "van", "dat",
         "die", "aan", "maar", "als", "kan", "heeft", "moet", "uw", "alleen", "hier", "zie", "bijv", "schermtaal",
         "maand", "jaar", "kies", "persoon", "personen", "toevoegen", "wijzigen", "terug"}
ENGLISH = {"the", "and", "with", "you", "your", "this", "that", "from", "please", "which", "will", "cannot",
           "would", "should", "new", "save", "cancel", "delete", "close", "choose", "search", "settings", "file",
           "files", "name", "date", "unknown", "yes", "none", "people", "month", "year", "days", "week", "not",
           "case", "cases", "report", "reports", "to", "for", "are", "be", "been", "have", "has", "must", "only",
           "here", "see", "there", "what", "who", "when", "add", "edit", "back", "next", "show", "hide",
           "opens", "shown", "saved", "deleted", "language", "screen", "yesterday", "today"}
ALLOWED = {"CoMensha", "AVIM", "Meldcode", "OK", "PDF", "CSV", "XLSX", "Excel", "LibreOffice", "Ctrl", "Esc",
           "Shift", "Alt"}
FILE_NAME = re.compile(r"\S+\.(?:cbak|pdf|csv|xlsx|ods|toml|json|txt)\b|<[^>]*>")


def messages() -> list[tuple[str, str, list[str]]]:
    """(file, English source, Dutch forms) of every current message."""
    found = []
    for path in TS_FILES:
        for msg in ET.parse(path).getroot().iter("message"):
            translation = msg.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            found.append((path.name, msg.findtext("source") or "", forms))
    return found


def words(text: str) -> list[str]:
    text = FILE_NAME.sub(" ", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text) if w not in ALLOWED]


def glossary_words(lang: str) -> set[str]:
    flag = f"{lang}_only"
    return {t[lang].lower() for t in GLOSSARY if t.get(flag, True) and " " not in t[lang]}


def glossary_phrases(lang: str) -> set[str]:
    flag = f"{lang}_only"
    return {t[lang].lower() for t in GLOSSARY if t.get(flag, True) and " " in t[lang]}


def test_the_glossary_is_complete() -> None:
    assert len(GLOSSARY) >= 15
    for term in GLOSSARY:
        assert term["nl"].strip() and term["en"].strip(), term
    nl = [t["nl"].lower() for t in GLOSSARY]
    en = [t["en"].lower() for t in GLOSSARY]
    assert len(set(nl)) == len(nl) and len(set(en)) == len(en)  # one word for one thing, both ways


def test_words_split_as_a_reader_sees_them() -> None:
    assert words("&Nieuw signaal (Ctrl+N)") == ["Nieuw", "signaal", "N"]
    assert words("Uitbuiting && signalen") == ["Uitbuiting", "signalen"]
    assert words("coordinator-backup-<datum>.cbak heet de back-up") == ["heet", "de", "back-up"]


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_no_dutch_in_english_and_no_english_in_dutch(path: Path) -> None:
    dutch = DUTCH | glossary_words("nl")
    english = ENGLISH | glossary_words("en")
    problems = []
    for name, source, forms in messages():
        if name != path.name:
            continue
        for word in words(source):
            if word.lower() in dutch:
                problems.append(f"Dutch '{word}' in the English text {source[:80]!r}")
        for form in forms:
            for word in words(form):
                if word.lower() in english:
                    problems.append(f"English '{word}' in the Dutch text {form[:80]!r}")
            for phrase in glossary_phrases("en"):
                if phrase in form.lower():
                    problems.append(f"English '{phrase}' in the Dutch text {form[:80]!r}")
    assert problems == [], "\n".join(problems)


def test_one_word_for_one_thing() -> None:
    """No phrase the glossary rules out (e.g. 'Nieuwe melding' where the app says 'Nieuw signaal')."""
    problems = []
    for name, source, forms in messages():
        for term in GLOSSARY:
            for phrase in term.get("not_en", []):
                if phrase in source.replace("&", "").lower():
                    problems.append(f"{name}: '{phrase}' (say '{term['en']}') in {source[:80]!r}")
            for phrase in term.get("not_nl", []):
                for form in forms:
                    if phrase in form.replace("&", "").lower():
                        problems.append(f"{name}: '{phrase}' (say '{term['nl']}') in {form[:80]!r}")
    assert problems == [], "\n".join(problems)


def test_the_start_of_an_intake_has_one_name() -> None:
    """Dashboard, case list, intake page and Ctrl+N all say 'Nieuw signaal' / 'New signal'."""
    starts = [(s, f) for _n, s, forms in messages() for f in forms if re.match(r"&?New (signal|report|intake)", s)]
    assert starts and all(s.replace("&", "").startswith("New signal") for s, _f in starts), starts
    assert all(f.replace("&", "").startswith("Nieuw signaal") for _s, f in starts), starts
