"""The background build after the unlock screen's first paint goes in short steps (issue 20): no step builds more
than one page, and the heavy parts of the heavy pages (each tab of a case, each step of the intake wizard) are
steps of their own. What it builds is the same as building every page at once, and unlocking halfway through
builds whatever is left. No timing is asserted: the steps are counted and their contents compared."""

from __future__ import annotations

import gc
import itertools
from pathlib import Path

from PySide6.QtCore import SIGNAL, QObject
from PySide6.QtWidgets import QWidget

from coordinator_app.db import keys
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.main_window import MainWindow, import_page_modules
from coordinator_app.ui.pages import PAGES
from coordinator_app.ui.settings.page import SettingsPage
from tests.ui.shell_fixtures import compile_translations, settle, unlock

CASE_TABS = 10  # Overview, Person, Exploitation, Route, Consent, Journal, Tasks, Network, Documents, Audit
WIZARD_STEPS = 10  # signal, safety, emergency, meldcode, indicators, person, consultation, consent, followups, summary


def _window(qtbot, folder: Path, *, defer: bool) -> MainWindow:
    compile_translations()
    SettingsPage.kdf_profile = keys.TEST_ONLY
    window = MainWindow(AppContext(str(folder), "nl"), folder, watch_session=False, defer_pages=defer)
    qtbot.addWidget(window)
    window._close_confirmed = True
    return window


def _built(window: MainWindow) -> tuple[int, int, int]:
    """(pages, tabs of the case detail, steps of the intake wizard) built so far."""
    cases, intake = window.pages.get("cases"), window.pages.get("intake")
    return (len(window.pages), cases.detail.tabs.count() if cases is not None else 0,
            len(intake.wizard.pageIds()) if intake is not None else 0)


def _steps(qtbot, window: MainWindow) -> list[tuple[int, int, int]]:
    """Run the background build as the first paint starts it; what was built after each of its steps."""
    seen: list[tuple[int, int, int]] = []
    step = window.build_step

    def counted() -> bool:
        went = step()
        if went:
            seen.append(_built(window))
        return went

    window.build_step = counted  # the background build looks the method up on every turn
    window.build_pages_in_background()
    qtbot.waitUntil(lambda: window.pages_ready, timeout=60_000)
    return seen


def _tree(page: QWidget) -> list[tuple[str, str]]:
    """Every widget and object under a page, by class and object name, in a stable order."""
    return sorted((type(child).__name__, child.objectName()) for child in page.findChildren(QObject))


def test_each_background_step_builds_at_most_one_page_case_tab_or_wizard_step(qtbot, demo_vault_dir: Path) -> None:
    window = _window(qtbot, demo_vault_dir, defer=True)
    seen = _steps(qtbot, window)
    for before, after in itertools.pairwise([(0, 0, 0), *seen]):
        pages, tabs, wizard = (new - old for new, old in zip(after, before, strict=True))
        assert min(pages, tabs, wizard) >= 0
        if pages:  # a page without the parts it leaves for later: the case detail and the wizard come empty
            assert (pages, tabs, wizard) == (1, 0, 0), (before, after)
        else:  # a part: one tab of the case detail or one step of the intake wizard, or neither
            assert tabs + wizard <= 1, (before, after)
    assert seen[-1] == (len(PAGES), CASE_TABS, WIZARD_STEPS)


def test_the_pages_built_in_steps_are_the_pages_built_at_once(qtbot, demo_vault_dir: Path) -> None:
    at_once = _window(qtbot, demo_vault_dir, defer=False)
    in_steps = _window(qtbot, demo_vault_dir, defer=True)
    _steps(qtbot, in_steps)
    assert list(in_steps.pages) == list(at_once.pages) == [entry[0] for entry in PAGES]
    for page_id, page in at_once.pages.items():
        assert _tree(in_steps.pages[page_id]) == _tree(page), page_id
    tabs = [[d.tabText(i) for i in range(d.count())]
            for d in (window.pages["cases"].detail.tabs for window in (at_once, in_steps))]
    assert tabs[0] == tabs[1] and len(tabs[0]) == CASE_TABS
    assert in_steps.pages["intake"].wizard.pageIds() == at_once.pages["intake"].wizard.pageIds()
    for window in (at_once, in_steps):  # the Documents tab's letter button reaches the page in both
        documents = window.pages["cases"].detail.documents
        assert documents.receivers(SIGNAL("letter_requested(int)")) == 1


def test_unlocking_halfway_through_the_steps_builds_the_rest(qtbot, demo_vault_dir: Path) -> None:
    """Unlocked while the case detail has only some of its tabs: every tab, step and page is there after it."""
    window = _window(qtbot, demo_vault_dir, defer=True)
    window.start()  # the unlock screen, as the app shows it
    step = window.build_step
    halfway: list[bool] = []

    def until_halfway() -> bool:
        if halfway:
            return False  # the background build stops here
        went = step()
        pages, tabs, _wizard = _built(window)
        if pages == 2 and 1 < tabs < CASE_TABS:
            halfway.append(True)
        return went

    window.build_step = until_halfway
    window.build_pages_in_background()
    qtbot.waitUntil(lambda: bool(halfway), timeout=60_000)
    assert not window.pages_ready
    unlock(qtbot, window)
    assert window.pages_ready
    assert _built(window) == (len(PAGES), CASE_TABS, WIZARD_STEPS)
    assert window.nav.count() == len(PAGES) == window.page_stack.count()
    settle(qtbot)


def test_importing_the_pages_for_the_app_freezes_what_is_alive() -> None:
    """The app's import job moves the module objects out of the cyclic collector's reach (no long collections on
    the GUI thread while the passphrase is typed); without `freeze` it leaves the collector alone."""
    gc.unfreeze()
    try:
        import_page_modules()
        assert gc.get_freeze_count() == 0
        import_page_modules(freeze=True)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # the test process goes on as before


def test_the_import_job_reads_the_resources_the_pages_use() -> None:
    """Code lists, countries, the intake route and the quarterly texts are read on the worker, with the imports."""
    from coordinator_app import codes
    from coordinator_app.domain import countries
    from coordinator_app.domain.intake import content
    from coordinator_app.reports import quarterly_texts

    loaders = (codes.all_lists, countries._index, content.intake_content, quarterly_texts._all)
    for loader in loaders:
        loader.cache_clear()
    import_page_modules()
    assert [loader.cache_info().currsize for loader in loaders] == [1, 1, 1, 1]


def test_typing_on_the_unlock_screen_pauses_the_build_and_unlocking_still_builds_it_all(
    qtbot, demo_vault_dir: Path, monkeypatch
) -> None:
    from coordinator_app.ui import main_window

    monkeypatch.setattr(main_window, "TYPING_PAUSE_MS", 600_000)  # a pause that outlasts the test
    window = _window(qtbot, demo_vault_dir, defer=True)
    window.start()
    window.show()
    window.build_pages_in_background()
    qtbot.waitUntil(lambda: window.build_steps_taken >= 2, timeout=60_000)
    qtbot.keyClicks(window.unlock_screen.passphrase, "a")  # a key typed: the next step waits
    qtbot.waitUntil(lambda: window.build_paused, timeout=10_000)
    taken = window.build_steps_taken
    assert not window.pages_ready and _built(window) != (len(PAGES), CASE_TABS, WIZARD_STEPS)
    assert window.build_steps_taken == taken
    unlock(qtbot, window)  # replaces the typed text with the passphrase and unlocks: everything is built
    assert window.pages_ready
    assert _built(window) == (len(PAGES), CASE_TABS, WIZARD_STEPS)
    assert window.nav.count() == len(PAGES) == window.page_stack.count()
    settle(qtbot)


def test_the_build_goes_on_when_typing_stops(qtbot, demo_vault_dir: Path, monkeypatch) -> None:
    from coordinator_app.ui import main_window

    monkeypatch.setattr(main_window, "TYPING_PAUSE_MS", 50)
    window = _window(qtbot, demo_vault_dir, defer=True)
    window.start()
    window.show()
    window.build_pages_in_background()
    qtbot.waitUntil(lambda: window.build_steps_taken >= 2, timeout=60_000)
    qtbot.keyClicks(window.unlock_screen.passphrase, "ab")  # a pause (the test above shows it), then it goes on
    qtbot.waitUntil(lambda: window.pages_ready, timeout=60_000)  # went on by itself, locked
    assert _built(window) == (len(PAGES), CASE_TABS, WIZARD_STEPS)
    assert not window.ctx.is_unlocked
