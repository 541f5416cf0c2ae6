"""Languages of the interface: Dutch (default) and English, plus a pseudo-locale for layout checks.

Source strings are English (`tr()`); Dutch comes from Qt Linguist files compiled to
`resources/i18n/<area>_nl.qm`, and Qt's own dialogs from `qtbase_nl.qm` in Qt's translations folder.
The language is chosen at start-up (`--lang`, else QSettings "language", else Dutch); a change in
the settings page is stored in QSettings and takes effect on the next start (widgets are built
with translated text once). `install(app, lang)` can also be called again at run time: it replaces
the translators, so widgets built afterwards use the new language.

The pseudo-locale (lang "pseudo" or env COORDINATOR_PSEUDO=1) stretches every string by about 40 %
and wraps it in brackets, so clipped or truncated layouts show at a glance; a sentence is padded with
short words (it wraps like a longer translation), a single word with one run.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QSpinBox

from coordinator_app import errors
from coordinator_app.paths import resource

log = logging.getLogger("coordinator.i18n")

LANGUAGES = ("nl", "en")
DEFAULT = "nl"
PSEUDO = "pseudo"
SETTINGS_KEY = "language"
_PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[^{}]*\}|&&|&\w|<[^>]+>")  # "&O": the Alt letter stays one to type
_ACCENTS = str.maketrans("aceinouyACEINOUY", "åçéîñøüýÅÇÉÎÑØÜÝ")
_installed: list[QTranslator] = []
_WORD = 8  # the longest padding word: a real translation has no 100-character word to wrap


def stretch(text: str, factor: float = 0.4) -> str:
    """Accent the letters and pad the text; placeholders, mnemonics (the Alt letter too: "&Opslaan" keeps
    Alt+O, as in Dutch) and tags stay as they are."""
    if not text:
        return text
    parts: list[str] = []
    pos = 0
    for match in _PLACEHOLDER.finditer(text):
        parts.append(text[pos : match.start()].translate(_ACCENTS))
        parts.append(match.group(0))
        pos = match.end()
    parts.append(text[pos:].translate(_ACCENTS))
    length = max(1, round(len(text) * factor))
    if " " in text.strip():  # a sentence: padded with words, so it wraps as a longer translation would
        padding = " " + " ".join("~" * min(_WORD, length - start) for start in range(0, length, _WORD))
    else:
        padding = "~" * length
    return "[" + "".join(parts) + padding + "]"


def _keep_none_alive() -> None:
    """PySide6 6.12 drops one reference to None each time Qt calls a Python override of
    QTranslator.translate() with a null disambiguation (measured: -1 per call), which ends in
    "deallocating None" after a few thousand strings on Python < 3.12. Give the reference back."""
    if sys.version_info < (3, 12):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


class PseudoTranslator(QTranslator):
    """Stretches the Dutch interface: every string the Dutch translators know. A string they do not know in
    this context gets no translation here either, as in Dutch: PySide's tr() then looks in the context of the
    base class (a ListEditor's "&Delete" in a TasksTab), which a stretched English source would have hidden."""

    def __init__(self, base: list[QTranslator] | None = None) -> None:
        super().__init__()
        self._base = base or []

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        if disambiguation is None:
            _keep_none_alive()
        for translator in self._base:
            found = translator.translate(context, source, disambiguation, n)
            if found:
                return stretch(found)
        return None  # no translation (a null string; "" would blank the text: Qt takes any non-null string)


class EnglishPlurals(QTranslator):
    """The English interface needs no translation, except plurals: the sources say "%n case(s)", which
    reads "1 case" and "301 cases" here (Dutch gets its numerus forms from the .ts files)."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if disambiguation is None:
            _keep_none_alive()
        if n < 0 or "%n" not in source or "(s)" not in source:
            return source  # not a plural: the text as written ("" would blank it: Qt takes any non-null string)
        return source.replace("(s)", "" if n == 1 else "s")


def numerus_suffix(spin: QSpinBox, text: Callable[[int], str]) -> None:
    """A spin box suffix that follows the number: `text(n)` is a tr() with %n (" %n day(s)" → 1 dag, 2 dagen);
    the suffix is what follows the number in that text."""

    def update(value: int) -> None:
        full = text(value)  # Qt has put the number in already: "1 dag"
        spin.setSuffix(full.split(str(value), 1)[-1] if str(value) in full else full)

    spin.valueChanged.connect(update)
    update(spin.value())


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY, DEFAULT)
    return value if value in LANGUAGES else DEFAULT


def save_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    QSettings().setValue(SETTINGS_KEY, lang)


def choose(lang: str | None) -> str:
    """The language to start in: explicit choice, pseudo by environment, saved choice, Dutch."""
    if lang in (*LANGUAGES, PSEUDO):
        return lang  # type: ignore[return-value]
    if os.environ.get("COORDINATOR_PSEUDO") == "1":
        return PSEUDO
    return saved_language()


def _load(translator: QTranslator, path: str) -> bool:
    ok = translator.load(path)
    if not ok:
        log.warning("translation file could not be loaded: %s", os.path.basename(path))
    return ok


def dutch_translators() -> list[QTranslator]:
    """Qt's own Dutch (`qtbase_nl`) and every `resources/i18n/*_nl.qm`."""
    found: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_file = os.path.join(qt_dir, "qtbase_nl.qm")
    if os.path.isfile(qt_file):
        translator = QTranslator()
        if _load(translator, qt_file):
            found.append(translator)
    folder = resource("i18n")
    if folder.is_dir():
        for path in sorted(folder.glob("*_nl.qm")):
            translator = QTranslator()
            if _load(translator, str(path)):
                found.append(translator)
    return found


def install(app: QCoreApplication, lang: str) -> str:
    """Replace the installed translators with those of `lang`; returns the language in force."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == PSEUDO:
        base = dutch_translators()
        _installed.append(PseudoTranslator(base))
        message_lang = "nl"
    elif lang == "en":
        _installed.append(EnglishPlurals())
        message_lang = "en"
    else:
        lang = DEFAULT
        _installed.extend(dutch_translators())
        message_lang = "nl"
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale("en_GB" if lang == "en" else "nl_NL"))
    errors.set_language(message_lang)
    return lang


def uninstall(app: QCoreApplication) -> None:
    """Remove our translators (source English remains); used by tests to leave the app as found."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    errors.set_language("nl")


def current_language() -> str:
    """"nl" or "en" for code labels and messages (the pseudo-locale counts as Dutch)."""
    return errors.current_language()
