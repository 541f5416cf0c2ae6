"""A page that does not import is a bug that fails loudly: no page is dropped quietly."""

from __future__ import annotations

import pytest

from coordinator_app.ui import main_window, pages


def test_every_registered_page_loads() -> None:
    loaded = main_window.load_page_classes()
    assert [page_id for page_id, _cls, _key in loaded] == [entry[0] for entry in pages.PAGES]


def test_a_page_whose_module_is_missing_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = (*pages.PAGES, ("ghost", "coordinator_app.ui.ghost.page", "GhostPage", "Ctrl+0"))
    monkeypatch.setattr(main_window, "PAGES", broken)
    with pytest.raises(ModuleNotFoundError):
        main_window.load_page_classes()


def test_a_page_whose_class_is_missing_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    first = pages.PAGES[0]
    monkeypatch.setattr(main_window, "PAGES", ((first[0], first[1], "NoSuchPage", first[3]),))
    with pytest.raises(AttributeError):
        main_window.load_page_classes()
