"""The gettext catalogues of the Qt-free texts (resources/locale/<lang>/LC_MESSAGES/*.po): complete in nl and en,
the same placeholders in both, compiled by tools/compile_catalogues.py (Babel) into .mo files that the standard
library reads back unchanged, every message code the program uses present, and a missing .mo an error."""

from __future__ import annotations

import ast
import gettext
import importlib
import importlib.util
import os
import pkgutil
import re
import string
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

from coordinator_app import catalogues, errors
from coordinator_app.resources_loader import ResourceError
from tests.helpers import ROOT
from tests.po_files import LANGUAGES, LOCALE, entries, po_files, po_texts, read


def _compiler() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_catalogues", ROOT / "tools" / "compile_catalogues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


COMPILER = _compiler()
DOMAINS = sorted({p.stem for p in po_files()})


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_catalogues_are_found() -> None:
    assert len(po_files()) == 2 * len(DOMAINS) and {"messages", "route"} <= set(DOMAINS)
    assert len(po_texts("messages*")) > 190  # every service message


@pytest.mark.parametrize("domain", DOMAINS)
def test_each_catalogue_is_complete_in_both_languages(domain: str) -> None:
    keys = {}
    for lang in LANGUAGES:
        path = LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"
        catalog = read(path)  # abort_invalid: a syntax error fails here
        assert COMPILER.problems(catalog) == [], path  # no empty, fuzzy or obsolete entry
        assert catalog.locale is not None and str(catalog.locale) == lang, path  # the header's Language
        keys[lang] = set(entries(path))
    assert keys["nl"] == keys["en"] and keys["nl"]


@pytest.mark.parametrize("domain", DOMAINS)
def test_placeholders_are_the_same_in_both_languages(domain: str) -> None:
    for key, text in po_texts(domain).items():
        assert fields(text["nl"]) == fields(text["en"]), f"{domain}: {key}"


@pytest.mark.parametrize("domain", DOMAINS)
def test_compiled_catalogues_hold_exactly_the_sources(domain: str, tmp_path: Path) -> None:
    for lang in LANGUAGES:
        po = LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"
        source = entries(po)
        fresh = COMPILER.compile_po(po, tmp_path / f"{lang}.mo")
        with fresh.open("rb") as fh:
            stdlib = gettext.GNUTranslations(fh)
        assert {key: stdlib.gettext(key) for key in source} == source
        assert catalogues.texts(domain, lang) == source  # the shipped .mo (make translations) is up to date


def test_the_service_messages_are_the_catalogues() -> None:
    assert errors._messages() == po_texts("messages*")
    assert errors.message("vault_in_use", "nl") == po_texts("messages")["vault_in_use"]["nl"]


def test_the_route_messages_are_their_catalogue() -> None:
    from coordinator_app.domain.intake.content import intake_content

    shown = {key: {"nl": text.nl, "en": text.en} for key, text in intake_content().messages.items()}
    assert shown == po_texts("route") and len(shown) > 40


def test_the_compiler_refuses_an_incomplete_catalogue(tmp_path: Path) -> None:
    header = 'msgid ""\nmsgstr ""\n"Language: nl\\n"\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
    cases = {
        "empty": 'msgid "a"\nmsgstr "A"\n\nmsgid "b"\nmsgstr ""\n',
        "fuzzy": '#, fuzzy\nmsgid "b"\nmsgstr "B"\n',
        "obsolete": 'msgid "a"\nmsgstr "A"\n\n#~ msgid "b"\n#~ msgstr "B"\n',
    }
    for name, body in cases.items():
        po = tmp_path / f"{name}.po"
        po.write_text(header + body, encoding="utf-8")
        with pytest.raises(ValueError, match="'b'"):
            COMPILER.compile_po(po)
        assert COMPILER.main([str(po)]) == 1
        assert not po.with_suffix(".mo").exists()
    good = tmp_path / "good.po"
    good.write_text(header + 'msgid "a"\nmsgstr "Ä {n}"\n', encoding="utf-8")
    assert COMPILER.main([str(good)]) == 0
    with good.with_suffix(".mo").open("rb") as fh:
        assert gettext.GNUTranslations(fh).gettext("a") == "Ä {n}"


def _locale_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> Path:
    """A fresh resources/locale of its own: {"nl/x.po": body, ...}; each .po is compiled unless its name ends in '!'."""
    tmp_path = Path(tempfile.mkdtemp(dir=tmp_path))
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
    for name, body in files.items():
        path = tmp_path / "locale" / name.split("/")[0] / "LC_MESSAGES" / name.split("/")[1].rstrip("!")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(header + body, encoding="utf-8")
        if not name.endswith("!"):
            COMPILER.compile_po(path)
    monkeypatch.setattr(catalogues, "resource", lambda *parts: tmp_path.joinpath(*parts))
    catalogues.texts.cache_clear()
    return tmp_path


@pytest.fixture
def own_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    yield lambda files: _locale_in(tmp_path, monkeypatch, files)
    monkeypatch.undo()
    catalogues.texts.cache_clear()


def test_a_missing_or_stale_mo_is_an_error(own_locale) -> None:
    base = own_locale({"nl/m.po": 'msgid "a"\nmsgstr "A"\n', "en/m.po!": 'msgid "a"\nmsgstr "A"\n'})
    assert catalogues.texts("m", "nl") == {"a": "A"}
    with pytest.raises(ResourceError, match="make translations"):
        catalogues.texts("m", "en")  # never compiled: no silent fall-back to the key
    with pytest.raises(ResourceError, match="make translations"):
        catalogues.merged("m")
    nl_po = base / "locale" / "nl" / "LC_MESSAGES" / "m.po"
    mo_time = nl_po.with_suffix(".mo").stat().st_mtime
    os.utime(nl_po, (mo_time + 10, mo_time + 10))  # the .po edited after the last compile
    catalogues.texts.cache_clear()
    with pytest.raises(ResourceError, match=r"ouder dan m\.po"):
        catalogues.texts("m", "nl")
    nl_po.with_suffix(".mo").write_bytes(b"not a catalogue")
    os.utime(nl_po, (mo_time - 10, mo_time - 10))
    catalogues.texts.cache_clear()
    with pytest.raises(ResourceError, match="geen geldig"):
        catalogues.texts("m", "nl")


def test_a_mo_left_from_a_removed_catalogue_is_not_read(own_locale) -> None:
    base = own_locale({"nl/m.po": 'msgid "a"\nmsgstr "A"\n', "en/m.po": 'msgid "a"\nmsgstr "A"\n',
                       "nl/m_old.po": 'msgid "a"\nmsgstr "old"\n', "en/m_old.po": 'msgid "a"\nmsgstr "old"\n'})
    for lang in LANGUAGES:
        (base / "locale" / lang / "LC_MESSAGES" / "m_old.po").unlink()  # the catalogue is gone, its .mo is not
    assert catalogues.domains("m*") == ["m"]
    assert catalogues.merged("m*") == {"a": {"nl": "A", "en": "A"}}
    for path in base.rglob("*.po"):  # a bundle: .mo files only
        path.unlink()
    assert catalogues.domains("m*") == ["m", "m_old"]


def test_a_key_in_one_language_or_two_catalogues_is_an_error(own_locale) -> None:
    own_locale({"nl/m.po": 'msgid "a"\nmsgstr "A"\n\nmsgid "b"\nmsgstr "B"\n', "en/m.po": 'msgid "a"\nmsgstr "A"\n'})
    with pytest.raises(ResourceError, match="niet in elke taal"):
        catalogues.merged("m*")
    own_locale({"nl/m.po": 'msgid "a"\nmsgstr "A"\n', "en/m.po": 'msgid "a"\nmsgstr "A"\n',
                "nl/m_x.po": 'msgid "a"\nmsgstr "A2"\n', "en/m_x.po": 'msgid "a"\nmsgstr "A2"\n'})
    with pytest.raises(ResourceError, match="andere catalogus"):
        catalogues.merged("m*")
    own_locale({"nl/m.po": 'msgid "a"\nmsgstr "A"\n', "en/m.po": 'msgid "a"\nmsgstr "Ay"\n'})
    assert catalogues.merged("m*") == {"a": {"nl": "A", "en": "Ay"}}


# --- every message code the program uses has a text ------------------------------------------------------------

def _known_error_classes() -> tuple[set[str], set[str]]:
    """Names of KnownError and all its subclasses, found by importing every module of the app, and of those whose
    first argument is not the code (ValidationError and its subclasses take the field errors first)."""
    for info in pkgutil.walk_packages([str(ROOT / "coordinator_app")], "coordinator_app."):
        if ".db.migrations" not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    found: set[type] = set()
    todo: list[type] = [errors.KnownError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo += cls.__subclasses__()
    return {c.__name__ for c in found}, {c.__name__ for c in found if issubclass(c, errors.ValidationError)}


def _codes_in_source() -> dict[str, str]:
    """code -> where, for every literal message code: a KnownError subclass's `code = "..."`, the code given to
    one (code= or, but for a ValidationError, the first argument), message("...") / errors.message("...") /
    MessageCode("..."), and the field codes of `errors[...] = "..."`."""
    classes, errors_first = _known_error_classes()
    codes: dict[str, str] = {}
    for path in sorted((ROOT / "coordinator_app").rglob("*.py")):
        where = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            literals: list[ast.expr] = []
            if isinstance(node, ast.ClassDef) and node.name in classes:
                literals += [s.value for s in node.body if isinstance(s, ast.Assign)
                             and any(isinstance(t, ast.Name) and t.id == "code" for t in s.targets)]
            elif isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else (
                    func.attr if isinstance(func, ast.Attribute) and ast.unparse(func.value) == "errors" else "")
                if name in classes | {"message", "MessageCode"}:
                    literals += [k.value for k in node.keywords if k.arg == "code"]
                    literals += node.args[:1] if name not in errors_first else []
            elif isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == "errors"
                    for t in node.targets):
                literals.append(node.value)
            for lit in literals:
                if isinstance(lit, ast.Constant) and isinstance(lit.value, str):
                    codes.setdefault(lit.value, f"{where}:{lit.lineno}")
    return codes


def test_every_message_code_in_the_program_has_a_text() -> None:
    codes = _codes_in_source()
    assert {"vault_in_use", "backup_truncated", "invalid_number"} <= set(codes)  # the scan finds all three kinds
    assert len(codes) > 120
    known = po_texts("messages*")
    assert sorted(f"{code} ({where})" for code, where in codes.items() if code not in known) == []


def test_the_app_does_not_import_babel() -> None:
    """Babel compiles the catalogues at build time; the app reads .mo files with the standard library only."""
    for path in sorted((ROOT / "coordinator_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.split(".")[0] == "babel" for n in names), path


def test_dotted_keys_read_back_as_tables_and_lists(own_locale) -> None:
    body = ('msgid "doc.title"\nmsgstr "T"\n\nmsgid "doc.months.2"\nmsgstr "feb"\n\n'
            'msgid "doc.months.1"\nmsgstr "jan"\n\nmsgid "doc.person.name"\nmsgstr "Naam"\n\n'
            'msgid "other.x"\nmsgstr "X"\n')
    own_locale({"nl/d.po": body, "en/d.po": body})
    tables = catalogues.tables("d", "doc")
    assert tables["nl"] == {"title": "T", "months": ["jan", "feb"], "person": {"name": "Naam"}}
    tables["nl"]["months"].append("mar")  # every call builds its own structure
    assert catalogues.tables("d", "doc")["nl"]["months"] == ["jan", "feb"]
    with pytest.raises(ResourceError, match="geen teksten"):
        catalogues.tables("d", "nothing")
    gap = 'msgid "doc.months.1"\nmsgstr "jan"\n\nmsgid "doc.months.3"\nmsgstr "mar"\n'
    own_locale({"nl/d.po": gap, "en/d.po": gap})
    with pytest.raises(ResourceError, match="zonder gaten") as info:
        catalogues.tables("d", "doc")
    assert info.value.key == "doc.months"
    both = 'msgid "doc.title"\nmsgstr "T"\n\nmsgid "doc.title.short"\nmsgstr "t"\n'
    own_locale({"nl/d.po": both, "en/d.po": both})
    with pytest.raises(ResourceError, match="zowel een tekst als een groep"):
        catalogues.tables("d", "doc")


def test_the_letter_and_report_texts_are_their_catalogues() -> None:
    """What the letter engine and the quarterly report print comes from letters.po and reports.po."""
    from coordinator_app.reports import quarterly_texts, texts

    letters = po_texts("letters")
    assert texts.common("en").months[11] == letters["common.months.12"]["en"]
    assert texts.load_template("handover")["nl"].intro[1] == letters["handover.intro.2"]["nl"]
    assert texts.recovery_texts("en")["title"] == letters["recovery_sheet.title"]["en"]
    assert not any(key.startswith("case_summary.closing") for key in letters)  # left out (structure.toml)
    reports = po_texts("reports")
    assert quarterly_texts.quarterly_texts("nl")["title"] == reports["quarterly.title"]["nl"]
    assert quarterly_texts.quarterly_texts("en").items("method")[0] == reports["quarterly.method.1"]["en"]


def test_the_quarterly_labels_and_letter_forms_of_address_are_their_catalogues() -> None:
    """The published table's labels, the disclosure explanation and hidden-number lines (reports.po) and the form
    of address in a salutation (letters.po) are read from the catalogues, in both languages."""
    from coordinator_app.domain import disclosure, quarterly_table
    from coordinator_app.services.documents import letters as letter_service

    reports = po_texts("reports")
    for lang in LANGUAGES:
        for measure in quarterly_table.MEASURES:
            assert quarterly_table.measure_label(measure, lang) == reports[f"table.measures.{measure}"][lang]
            for dimension in quarterly_table.dimensions(measure):
                key = f"table.dimensions.{dimension}"
                assert quarterly_table.dimension_label(dimension, lang) == reports[key][lang]
        for dimension in ("total", "network"):
            for category in quarterly_table.categories(dimension):
                key = f"table.categories.{dimension}.{category}"
                assert quarterly_table.category_label(dimension, category, lang) == reports[key][lang]
        shown = disclosure.explanation(7, lang)
        assert len(shown) == len([key for key in reports if key.startswith("disclosure.explanation.")]) == 4
        assert shown[1] == reports["disclosure.explanation.2"][lang].replace("{below}", "6").replace("{threshold}", "7")
    assert disclosure.explanation(7, "nl")[0].startswith("<7: tussen 1 en 6;")
    assert quarterly_table.category_label("total", "all", "nl") == "Alle dossiers"
    forms = po_texts("letters")
    female, male = forms["forms_of_address.female"]["en"], forms["forms_of_address.male"]["nl"]
    assert letter_service.salutation_name("mevr.", "Nijland", None, "en") == f"{female} Nijland"
    assert letter_service.salutation_name("", "dhr. de Vries", None, "nl") == f"{male} De Vries"


def test_a_missing_table_label_is_an_error_naming_its_key(own_locale) -> None:
    from coordinator_app.domain import quarterly_table

    body = "".join(f'msgid "table.measures.{m}"\nmsgstr "M"\n\n' for m in quarterly_table.MEASURES if m != "closed")
    own_locale({"nl/reports.po": body, "en/reports.po": body})
    quarterly_table._labels.cache_clear()
    try:
        with pytest.raises(ResourceError) as info:
            quarterly_table.measure_label("opened", "nl")
        assert info.value.key == "nl.table.measures.closed"
    finally:
        quarterly_table._labels.cache_clear()


# --- no texts in Python: a dict or call holding both an "nl" and an "en" text, outside the widgets ---------------

QT_FREE_ROOT = ROOT / "coordinator_app"


def _is_text(node: ast.AST) -> bool:
    """A string literal (an f-string too), or a dict/list/tuple made only of them ({"female": "mevrouw", …})."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Dict):
        return bool(node.values) and all(_is_text(value) for value in node.values)
    if isinstance(node, (ast.List, ast.Tuple)):
        return bool(node.elts) and all(_is_text(item) for item in node.elts)
    return False


def language_texts(source: str, name: str = "<source>") -> list[str]:
    """Where `source` holds a text per language in Python: a dict with both keys "nl" and "en" whose values are
    texts, or a call with both keywords nl=… and en=… given texts (`Text(nl="…", en="…")`)."""
    found = []
    for node in ast.walk(ast.parse(source, name)):
        pairs: dict[str, ast.AST] = {}
        if isinstance(node, ast.Dict):
            pairs = {key.value: value for key, value in zip(node.keys, node.values, strict=True)
                     if isinstance(key, ast.Constant) and isinstance(key.value, str)}
        elif isinstance(node, ast.Call):
            pairs = {kw.arg: kw.value for kw in node.keywords if kw.arg is not None}
        if all(lang in pairs and _is_text(pairs[lang]) for lang in LANGUAGES):
            found.append(f"{name}:{node.lineno}")
        elif isinstance(node, ast.IfExp) and _compares_with_a_language(node.test) and (
                _is_words(node.body) and _is_words(node.orelse)):
            found.append(f"{name}:{node.lineno}")  # "Regel" if lang == "nl" else "Row"
    return found


def _is_words(node: ast.AST) -> bool:
    """A text for a person, not a language code or tag chosen by the language ("en", "nl-NL")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.fullmatch(r"[a-z]{2}([-_][A-Z]{2})?", node.value) is None
    return _is_text(node)


def _compares_with_a_language(test: ast.AST) -> bool:
    """`… == "nl"`, `"en" != …` and the like: a choice made on the language code."""
    return isinstance(test, ast.Compare) and any(
        isinstance(side, ast.Constant) and side.value in LANGUAGES for side in (test.left, *test.comparators))


def qt_free_language_texts(package: Path) -> list[str]:
    """`language_texts` of every module of `package` outside its ui/ (the widgets translate with Qt Linguist)."""
    found = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if relative.parts[0] == "ui":
            continue
        found += language_texts(path.read_text(encoding="utf-8"), str(relative))
    return found


def test_no_language_texts_in_qt_free_python() -> None:
    """Texts of the layers below the widgets live in the gettext catalogues (resources/locale), not in Python."""
    assert qt_free_language_texts(QT_FREE_ROOT) == []


def test_the_language_text_check_finds_a_planted_offender(tmp_path: Path) -> None:
    offenders = {
        "labels": 'LABELS = {"opened": {"nl": "Geopend", "en": "Opened"}}',
        "nested": 'TITLES = {"nl": {"female": "mevrouw"}, "en": {"female": "Ms"}}',
        "call": 'x = Text(nl="Ja", en="Yes")',
        "fstring": 'def f(n):\n    return {"en": f"{n} cases", "nl": f"{n} dossiers"}[lang]',
        "lists": 'MONTHS = dict(nl=["januari"], en=["January"])',
        "condition": 'def f(row):\n    return f"Regel {row}" if lang == "nl" else f"Row {row}"',
    }
    for name, source in offenders.items():
        assert language_texts(source) == ["<source>:" + str(source.count("\n", 0, source.index("nl")) + 1)], name
    innocent = [
        'GROUPS = {"nl": group == "nl", "en": False}',  # not texts
        'X = {"nl": "Nederlands"}',  # one language
        'Y = {"nl": 1, "en": 2}',
        'Z = f(nl=text.nl, en=text.en)',  # texts read from elsewhere
        'lang = "en" if english else "nl"',
        'tag = "nl-NL" if lang == "nl" else language_tag(lang)',  # one side is not a text
        'tag = "en-GB" if lang == "en" else "nl-NL"',  # language tags, not texts
    ]
    for source in innocent:
        assert language_texts(source) == [], source
    package = tmp_path / "pkg"
    (package / "ui").mkdir(parents=True)
    (package / "domain").mkdir()
    (package / "ui" / "page.py").write_text(offenders["labels"], encoding="utf-8")
    (package / "domain" / "labels.py").write_text("\n" + offenders["nested"], encoding="utf-8")
    assert qt_free_language_texts(package) == ["domain/labels.py:2"]
