"""Contrast (WCAG 2.1 AA, issue 18): every text colour the app sets — the palette of the light and the dark
scheme, the status colours, the style sheet's roles and the fixed notes and banners — has a contrast ratio of
at least 4.5:1 with the ground it is drawn on. Ratios computed here from the WCAG formula."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from coordinator_app.ui import theme

AA = 4.5
R = QPalette.ColorRole
UI = Path(theme.__file__).parent


def luminance(colour: str) -> float:
    """Relative luminance (WCAG 2.1) of '#RRGGBB'."""
    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    h = colour.lstrip("#")
    assert len(h) == 6, colour
    r, g, b = (channel(h[i:i + 2]) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(fg: str, bg: str) -> float:
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_the_formula() -> None:
    assert ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey
    assert ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


def sheet_colour(sheet: str, selector: str, prop: str = "color") -> str:
    block = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", sheet)
    assert block, selector
    value = re.search(rf"(?<![-\w]){prop}:\s*(#[0-9A-Fa-f]{{6}})", block.group(1))
    assert value, (selector, prop)
    return value.group(1)


def pairs(dark: bool) -> list[tuple[str, str, str]]:
    """(what, text colour, ground) for every text colour of the scheme."""
    pal = theme._palette(dark)

    def c(role: QPalette.ColorRole) -> str:
        return pal.color(QPalette.ColorGroup.Active, role).name()

    sheet = theme.style_sheet(dark)
    grounds = {"window": c(R.Window), "base": c(R.Base), "alternate base": c(R.AlternateBase),
               "card": sheet_colour(sheet, 'QFrame[card="true"]', "background")}
    found = [
        ("window text", c(R.WindowText), c(R.Window)),
        ("text", c(R.Text), c(R.Base)),
        ("text on alternate rows", c(R.Text), c(R.AlternateBase)),
        ("button text", c(R.ButtonText), c(R.Button)),
        ("selected text", c(R.HighlightedText), c(R.Highlight)),
        ("tool tip", c(R.ToolTipText), c(R.ToolTipBase)),
        ("placeholder", c(R.PlaceholderText), c(R.Base)),
        ("primary button", sheet_colour(sheet, 'QPushButton[primary="true"]'),
         sheet_colour(sheet, 'QPushButton[primary="true"]', "background")),
        ("text on a hidden report cell", c(R.Text), theme.HIDDEN_FILL_DARK if dark else theme.HIDDEN_FILL_LIGHT),
        ("error banner", theme.BANNER_TEXT, theme.WARNING_LIGHT),
        ("note", theme.NOTE_TEXT, theme.NOTE_BACKGROUND),
        ("preview placeholder", theme.PLACEHOLDER_TEXT, theme.PLACEHOLDER_BACKGROUND),
    ]
    texts = {
        "link / accent / guidance heading": c(R.Link),
        "muted label": sheet_colour(sheet, 'QLabel[role="muted"]'),
        "error label": sheet_colour(sheet, 'QLabel[role="error"]'),
        "big number": sheet_colour(sheet, 'QLabel[role="big"]'),
        "warning": theme.WARNING_DARK if dark else theme.WARNING_LIGHT,
        "ok": theme.OK_DARK if dark else theme.OK_LIGHT,
        "accent": theme.ACCENT_DARK if dark else theme.ACCENT_LIGHT,
        "muted": theme.MUTED_DARK if dark else theme.MUTED_LIGHT,
    }
    for what, colour in texts.items():
        for ground_name, ground in grounds.items():
            found.append((f"{what} on {ground_name}", colour, ground))
    return found


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_colour_meets_wcag_aa(dark: bool) -> None:
    failing = [f"{what}: {fg} on {bg} = {ratio(fg, bg):.2f}" for what, fg, bg in pairs(dark) if ratio(fg, bg) < AA]
    assert failing == [], "\n".join(failing)


def test_the_app_sets_this_palette(qapp) -> None:
    theme.apply(qapp)
    expected = theme._palette(theme.is_dark_system())
    for role in (R.Window, R.WindowText, R.Base, R.Text, R.Highlight, R.HighlightedText, R.Link):
        assert qapp.palette().color(role) == expected.color(role), role


def test_no_colour_is_set_outside_the_theme() -> None:
    """Every colour of the widgets comes from theme.py (checked above); trend.py's lines are graphics, not text."""
    literal = re.compile(r"#[0-9A-Fa-f]{6}\b|#[0-9A-Fa-f]{3}\b|QColor\(\"|color:\s*(white|black|red|grey|gray)\b")
    found = []
    for path in UI.rglob("*.py"):
        if path.name in ("theme.py", "trend.py"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if literal.search(line):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == [], "\n".join(found)
    assert QColor(theme.WARNING_LIGHT).isValid()
