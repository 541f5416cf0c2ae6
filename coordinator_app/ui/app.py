"""Starting the GUI: the QApplication, scrubbed logging, translations, the theme, and the start-up
flow (no vault in the folder → first-run wizard; a vault → unlock screen; after unlock → the
main window's workspace). Without a display it prints one clear line and returns exit code 2.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from coordinator_app import APP_NAME, __version__, errors, logging_setup, paths
from coordinator_app.ui import collector, i18n, theme
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.worker import wait_idle

NO_DISPLAY = (
    "Geen beeldscherm gevonden: start Coordinator in een grafische sessie, of gebruik "
    "QT_QPA_PLATFORM=offscreen (zonder venster) of `xvfb-run make run`. "
    "(No display found: run in a desktop session, or use QT_QPA_PLATFORM=offscreen or `xvfb-run make run`.)"
)


def has_display(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """False on Linux/BSD without X11 or Wayland when no Qt platform plugin was chosen explicitly."""
    env = os.environ if environ is None else environ
    platform = platform or sys.platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


def create_application(argv: list[str] | None = None):
    """The QApplication with organisation/app names set (QSettings needs them first)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("coordinator-app")
    collector.install(app)  # cycles are collected on this (the GUI) thread only: ui/collector.py
    return app


def build_main_window(vault: str | Path | None, lang: str | None, **window_options):
    """Application set-up and the main window, not yet shown (used by run_gui and by tests)."""
    app = create_application()
    language = i18n.install(app, i18n.choose(lang))
    theme.apply(app)
    folder = Path(vault) if vault else paths.default_vault_dir()
    ctx = AppContext(str(folder), "en" if language == "en" else "nl")
    window = MainWindow(ctx, folder, **window_options)
    window.start()
    return app, window


def _show_unexpected_errors(window) -> None:
    """After the scrubbed log entry, tell the user calmly (no details: they may hold personal data)."""
    logged = sys.excepthook

    def hook(exc_type, exc, tb) -> None:
        logged(exc_type, exc, tb)
        if exc is not None and not isinstance(exc, KeyboardInterrupt):
            show_error(window, exc)

    sys.excepthook = hook


def prepare_gui(vault: str | Path | None = None, lang: str | None = None):
    """Everything `run_gui` does before the event loop: logging, the window with the unlock (or first-run)
    screen; the pages are built after the window's first paint, in the background (`build_pages_in_background`),
    so the unlock screen shows fast and takes typing at once."""
    logging_setup.setup()
    logging_setup.install_excepthook()
    app, window = build_main_window(vault, lang, defer_pages=True)
    _show_unexpected_errors(window)

    def build_rest() -> None:
        # the imported modules, and once every page is there the long-lived widgets, leave the collector's work:
        # shorter pauses while the passphrase is typed and afterwards
        window.build_pages_in_background(freeze=True)
        window.pages_built.connect(gc.freeze)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                # cli.main kept the cyclic collector off through start-up: what start-up made stays (frozen:
                # never scanned again, no long pause at the first collection); from here the GUI thread's
                # collector (ui/collector.py) collects, and the automatic one stays off
                gc.freeze()
                QTimer.singleShot(0, build_rest)  # after this paint is on the screen
            return False

    window._first_paint = FirstPaint(window)  # owned by the window
    window.installEventFilter(window._first_paint)
    return app, window


def run_gui(vault: str | None = None, lang: str | None = None) -> int:
    """Start the desktop application; returns the process exit code."""
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return errors.EXIT_USAGE
    app, window = prepare_gui(vault, lang)
    window.show()
    code = app.exec()

    wait_idle(10_000)
    return int(code)
