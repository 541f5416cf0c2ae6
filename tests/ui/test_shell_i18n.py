"""Languages: Dutch by default, English selectable, Qt's own dialogs in Dutch, the pseudo-locale,
and the start without a display."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from coordinator_app.ui import i18n
from coordinator_app.ui.app import has_display, run_gui
from tests.ui.shell_fixtures import unlock


def _nav_titles(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_dutch_and_english(qtbot, make_window, vault_dir: Path) -> None:
    dutch = make_window(vault_dir, "nl")
    assert dutch.unlock_screen.unlock_button.text() == "&Ontgrendelen"
    unlock(qtbot, dutch)
    assert {"Overzicht", "Instellingen"} <= set(_nav_titles(dutch))
    assert dutch.menuBar().actions()[0].text() == "&Bestand"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"  # qtbase_nl
    dutch.lock_manager.lock("manual")
    dutch.close()  # one Coordinator per vault folder: a second window would say "al geopend"

    english = make_window(vault_dir, "en")
    assert english.unlock_screen.unlock_button.text() == "&Unlock"
    unlock(qtbot, english)
    assert {"Dashboard", "Settings"} <= set(_nav_titles(english))
    assert english.unlock_screen.prompt.text() == "Type your passphrase to open the vault."
    from coordinator_app.errors import message

    assert message("wrong_passphrase") == "The passphrase is not correct. Please try again."
    english.lock_manager.lock("manual")


def test_saved_language_is_used_when_none_given(qapp) -> None:
    i18n.save_language("en")
    try:
        assert i18n.choose(None) == "en"
    finally:
        i18n.save_language("nl")
    assert i18n.choose(None) == "nl"
    assert i18n.choose("en") == "en"


def test_pseudo_locale_stretches_and_keeps_placeholders(qapp, monkeypatch) -> None:
    text = i18n.stretch("Step %1 of %2 for {name} &Next")
    assert len(text) > len("Step %1 of %2 for {name} &Next") * 1.3
    for kept in ("%1", "%2", "{name}", "&"):
        assert kept in text
    monkeypatch.setenv("COORDINATOR_PSEUDO", "1")
    assert i18n.choose(None) == "pseudo"
    try:
        assert i18n.install(qapp, "pseudo") == "pseudo"
        shown = QCoreApplication.translate("UnlockScreen", "&Unlock")
        expected = "&O" + "ntgrendelen".translate(str.maketrans("aeinou", "åéîñøü"))  # the Alt letter stays O
        assert shown == f"[{expected}~~~~~]"
    finally:
        i18n.uninstall(qapp)


def test_pseudo_locale_keeps_every_alt_letter() -> None:
    """The stretched text has the Alt letter of the text it stretches (one a keyboard can type, not Ø),
    so the pseudo-locale's shortcuts are the Dutch ones; "&&" stays a literal ampersand."""
    from tests.ui.layout_audit import mnemonic

    for text, letter in (("&Opslaan", "o"), ("Op&slaan", "s"), ("Sl&uiten (concept bewaren)", "u"),
                         ("Inzage-e&xport…", "x"), ("Tom && Jerry", None), ("&&Oost &Noord", "n"),
                         ("Stap %1 van %2: &Volgende", "v")):
        assert mnemonic(text) == letter
        assert mnemonic(i18n.stretch(text)) == letter, i18n.stretch(text)
    assert "&&" in i18n.stretch("Tom && Jerry")


def test_pseudo_locale_finds_a_base_class_translation(qapp) -> None:
    """tr() in a subclass looks in the base class's context when its own has no translation (the cases'
    ListEditor's "&Delete" in a TasksTab): the pseudo-locale shows that Dutch text stretched, as Dutch shows
    it, not the English source with its own Alt letter."""
    from PySide6.QtCore import QObject

    class ListEditor(QObject):  # the context name the Dutch .ts file uses
        pass

    class TasksTab(ListEditor):
        pass

    for lang, expected in (("nl", "&Verwijderen"), ("pseudo", i18n.stretch("&Verwijderen"))):
        i18n.install(qapp, lang)
        try:
            assert TasksTab().tr("&Delete") == expected
        finally:
            i18n.uninstall(qapp)


def test_no_display_gives_one_line_and_exit_2(monkeypatch, capsys) -> None:
    assert not has_display({}, "linux")
    assert has_display({"DISPLAY": ":0"}, "linux")
    assert has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert has_display({}, "win32")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert run_gui(None, None) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "QT_QPA_PLATFORM=offscreen" in err[0] and "xvfb-run" in err[0]


def test_pseudo_translator_keeps_none_alive(qapp) -> None:
    """PySide6 6.12 loses a reference to None per translate() override call; i18n gives it back."""
    import sys

    i18n.install(qapp, "pseudo")
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            QCoreApplication.translate("UnlockScreen", "&Unlock")
        assert sys.getrefcount(None) - before >= -50
    finally:
        i18n.uninstall(qapp)


def test_pseudo_locale_pads_a_sentence_with_words_that_wrap() -> None:
    sentence = "Choose a file with the columns of the template, then check every row before the import."
    text = i18n.stretch(sentence)
    assert len(text) >= len(sentence) * 1.4
    assert max(len(word) for word in text.split()) <= max(len(word) for word in sentence.split()) + 2
    assert i18n.stretch("Save") == "[Såvé~~]"  # one word stays one word
