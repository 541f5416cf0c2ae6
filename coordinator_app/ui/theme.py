"""The look: Qt's Fusion style (Tab never caught in a table or text field), a calm palette that follows
the system's light or dark scheme, a few style-sheet touches (navigation, cards, headings) and the SVG
icons of resources/icons, drawn in the palette's colours at the screen's device pixel ratio (sharp on high-DPI screens).

Light and dark switch live (the system's scheme changes, or `set_dark`): the palette and the style sheet are
replaced at once, and what a widget painted with a theme colour itself (a status colour, an icon) follows
through `follow(widget, restyle)`, which calls `restyle` now and after every switch while the widget lives.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QByteArray, QObject, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QProxyStyle,
    QStyleFactory,
    QTextEdit,
    QWidget,
)

from coordinator_app.paths import resource

ACCENT_LIGHT = "#1F5F8B"
ACCENT_DARK = "#7FB3DA"
WARNING_LIGHT = "#B3261E"
WARNING_DARK = "#FF8A80"
OK_LIGHT = "#2E7D32"
OK_DARK = "#81C784"
MUTED_LIGHT = "#5B6570"  # secondary text (hints, rules, steps still to do)
MUTED_DARK = "#9AA3AC"
BANNER_TEXT = "#FFFFFF"  # the error banner: white on WARNING_LIGHT in both schemes
NOTE_TEXT = "#1D2329"  # a note on a pale yellow ground: dark text in both schemes
NOTE_BACKGROUND = "#FFF4D6"
NOTE_BORDER = "#E0C36C"
PLACEHOLDER_TEXT = MUTED_LIGHT  # "no preview" on the PDF preview's light grey ground
PLACEHOLDER_BACKGROUND = "#EEF0F2"
PDF_BACKDROP = "#D9DDE2"  # around the pages of a PDF preview
HIDDEN_FILL_LIGHT = "#F7E6E6"  # a report cell hidden for privacy (normal text on it)
HIDDEN_FILL_DARK = "#4A2C2C"
BANNER_STYLE = f"color: {BANNER_TEXT}; background: {WARNING_LIGHT}; border-radius: 3px; padding: 4px 8px;"
NOTE_STYLE = f"color: {NOTE_TEXT}; background: {NOTE_BACKGROUND}; border: 1px solid {NOTE_BORDER}; padding: 6px;"
_connected = False
SCHEME_KEY = "ui/colour_scheme"  # QSettings (like the language): the choice in Settings, per user
SCHEMES: dict[str, bool | None] = {"system": None, "light": False, "dark": True}
_forced: bool | None = None  # set_dark(): light (False) or dark (True) whatever the system says; None: the system


class ThemeSignals(QObject):
    changed = Signal(bool)  # dark: after the palette and style sheet were switched


_signals: ThemeSignals | None = None


def signals() -> ThemeSignals:
    """The application's one ThemeSignals object (made on first use)."""
    global _signals
    if _signals is None:
        _signals = ThemeSignals()
    return _signals


class _Follower(QObject):
    """A child of the widget that keeps it in step with the theme; gone (and disconnected) with the widget."""

    def __init__(self, owner: QObject, restyle: Callable[[], None]) -> None:
        super().__init__(owner)
        self._restyle = restyle
        signals().changed.connect(self._changed)

    def _changed(self, _dark: bool) -> None:
        self._restyle()


def follow(owner: QObject, restyle: Callable[[], None]) -> None:
    """Call `restyle` now and after every light/dark switch for as long as `owner` lives: for colours and
    icons a widget sets itself (a style sheet with a status colour, an icon drawn in the text colour)."""
    restyle()
    _Follower(owner, restyle)


def follow_icon(owner: QWidget | QAction, name: str) -> None:
    """Give a button or action the icon `name` in the text colour, redrawn after a light/dark switch."""
    follow(owner, lambda: owner.setIcon(icon(name)))


def is_dark() -> bool:
    if _forced is not None:
        return _forced
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def accent() -> QColor:
    return QColor(ACCENT_DARK if is_dark() else ACCENT_LIGHT)


def warning_colour() -> QColor:
    return QColor(WARNING_DARK if is_dark() else WARNING_LIGHT)


def ok_colour() -> QColor:
    return QColor(OK_DARK if is_dark() else OK_LIGHT)


def muted() -> QColor:
    return QColor(MUTED_DARK if is_dark() else MUTED_LIGHT)


def hidden_fill() -> QColor:
    return QColor(HIDDEN_FILL_DARK if is_dark() else HIDDEN_FILL_LIGHT)


def mark(widget: QWidget, role: str, style: str = "") -> None:
    """Give a label the style sheet's role ("muted", "error"): its colour then follows the light/dark scheme."""
    widget.setProperty("role", role)
    widget.setStyleSheet(style)


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        colours = {
            QPalette.ColorRole.Window: "#20242A", QPalette.ColorRole.WindowText: "#E6E8EB",
            QPalette.ColorRole.Base: "#171A1F", QPalette.ColorRole.AlternateBase: "#242931",
            QPalette.ColorRole.Text: "#E6E8EB", QPalette.ColorRole.Button: "#2B3038",
            QPalette.ColorRole.ButtonText: "#E6E8EB", QPalette.ColorRole.Highlight: "#3D6F96",
            QPalette.ColorRole.HighlightedText: "#FFFFFF", QPalette.ColorRole.ToolTipBase: "#2B3038",
            QPalette.ColorRole.ToolTipText: "#E6E8EB", QPalette.ColorRole.PlaceholderText: "#8C939D",
            QPalette.ColorRole.Link: ACCENT_DARK, QPalette.ColorRole.Mid: "#3A404A",
        }
    else:
        colours = {
            QPalette.ColorRole.Window: "#F4F6F8", QPalette.ColorRole.WindowText: "#1D2329",
            QPalette.ColorRole.Base: "#FFFFFF", QPalette.ColorRole.AlternateBase: "#F0F3F6",
            QPalette.ColorRole.Text: "#1D2329", QPalette.ColorRole.Button: "#E9EDF1",
            QPalette.ColorRole.ButtonText: "#1D2329", QPalette.ColorRole.Highlight: ACCENT_LIGHT,
            QPalette.ColorRole.HighlightedText: "#FFFFFF", QPalette.ColorRole.ToolTipBase: "#FFFFFF",
            QPalette.ColorRole.ToolTipText: "#1D2329", QPalette.ColorRole.PlaceholderText: "#6B7580",
            QPalette.ColorRole.Link: ACCENT_LIGHT, QPalette.ColorRole.Mid: "#C9D0D7",
        }
    for role, value in colours.items():
        p.setColor(role, QColor(value))
    disabled = QColor("#6B7178" if dark else "#9AA3AC")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def style_sheet(dark: bool) -> str:
    acc = ACCENT_DARK if dark else ACCENT_LIGHT
    card = "#272C33" if dark else "#FFFFFF"
    border = "#3A404A" if dark else "#D5DCE3"
    nav = "#1A1D22" if dark else "#E8EDF2"
    return f"""
QListView#navigation {{ background: {nav}; border: none; padding: 8px 0; outline: 0; font-size: 10.5pt; }}
QListView#navigation::item {{ padding: 9px 14px; border-left: 3px solid transparent; }}
QListView#navigation::item:selected {{ background: {card}; color: {acc}; border-left: 3px solid {acc}; }}
QFrame[card="true"] {{ background: {card}; border: 1px solid {border}; border-radius: 6px; }}
QLabel[role="heading"] {{ font-size: 15pt; font-weight: 600; }}
QLabel[role="subheading"] {{ font-size: 11pt; font-weight: 600; }}
QLabel[role="big"] {{ font-size: 20pt; font-weight: 600; color: {acc}; }}
QLabel[role="muted"] {{ color: {MUTED_DARK if dark else MUTED_LIGHT}; }}
QLabel[role="code"] {{ font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 15pt;
    font-weight: 600; letter-spacing: 1px; }}
QLabel[role="error"] {{ color: {WARNING_DARK if dark else WARNING_LIGHT}; }}
QPushButton[primary="true"] {{ background: {acc}; color: {'#101418' if dark else '#FFFFFF'}; border: none;
    border-radius: 4px; padding: 6px 16px; font-weight: 600; }}
QPushButton[primary="true"]:disabled {{ background: {border}; color: {'#6B7178' if dark else '#8A939C'}; }}
QToolButton[statusCount="true"] {{ font-size: 13pt; font-weight: 600; }}
QListView#searchResults {{ border: 1px solid {border}; background: {card}; }}
QComboBox {{ combobox-popup: 0; }}
"""


class KeyboardStyle(QProxyStyle):
    """Fusion, with Tab moving the focus on from every table, list, tree and multi-line text field (arrow
    keys move inside them): keyboard users are never caught in a table (issue 18's focus-chain test)."""

    def polish(self, arg: object) -> object:  # type: ignore[override]
        if isinstance(arg, QAbstractItemView):
            arg.setTabKeyNavigation(False)
        elif isinstance(arg, QPlainTextEdit | QTextEdit):
            arg.setTabChangesFocus(True)
        return super().polish(arg)  # type: ignore[arg-type]


def apply(app: QApplication) -> None:
    """Fusion style, the palette for the system scheme, the style sheet; re-applied when the scheme
    changes. Applied once per application (re-styling live widgets again gains nothing)."""
    global _connected
    if _connected:
        return
    app.setStyle(KeyboardStyle(QStyleFactory.create("Fusion")))
    global _forced
    _forced = SCHEMES[saved_scheme()]
    _refresh(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: _refresh(app))
    _connected = True
    app.setWindowIcon(icon("app", colour=QColor(ACCENT_LIGHT)))


def _refresh(app: QApplication) -> None:
    dark = _forced if _forced is not None else is_dark_system()
    app.setPalette(_palette(dark))
    app.setStyleSheet(style_sheet(dark))
    _icon_cache.cache_clear()
    signals().changed.emit(dark)


def set_dark(dark: bool | None) -> None:
    """Switch to dark (True) or light (False) now, or back to the system's scheme (None); every window follows."""
    global _forced
    _forced = dark
    app = QApplication.instance()
    if isinstance(app, QApplication):
        _refresh(app)


def saved_scheme() -> str:
    """'system', 'light' or 'dark': the choice in Settings (the system's scheme until one was made)."""
    value = QSettings().value(SCHEME_KEY, "system")
    return value if isinstance(value, str) and value in SCHEMES else "system"


def save_scheme(scheme: str) -> None:
    """Keep the choice made in Settings and switch to it now."""
    if scheme not in SCHEMES:
        raise ValueError(scheme)
    QSettings().setValue(SCHEME_KEY, scheme)
    set_dark(SCHEMES[scheme])


def is_dark_system() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


@cache
def _svg(name: str) -> str:
    path = resource("icons", f"{name}.svg")
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def icon(name: str, colour: QColor | None = None, size: int = 24) -> QIcon:
    """The icon `name` (resources/icons/<name>.svg) in the text colour (or `colour`); empty if missing."""
    colour = colour or QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    return _icon_cache(name, colour.name(), size)


@cache
def _icon_cache(name: str, colour: str, size: int) -> QIcon:
    svg = _svg(name)
    result = QIcon()
    if not svg:
        return result
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    for scale in (1, 2, 3):
        for px in (size, 16, 32):
            pixmap = QPixmap(px * scale, px * scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, px * scale, px * scale))
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            result.addPixmap(pixmap)
    return result
