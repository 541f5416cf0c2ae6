"""Locking the app: Ctrl+L (from every window and dialog: an application-wide key filter, because a
window shortcut does not reach a dialog and Qt blocks application shortcuts under a modal one), an
idle timer (setting `idle_lock_minutes`), on minimise (setting
`lock_on_minimise`) and, on Linux, when the session locks or the machine suspends (D-Bus: logind
PrepareForSleep / Lock, org.freedesktop.ScreenSaver ActiveChanged; silently absent without a bus);
on Windows on WM_WTSSESSION_CHANGE / WM_POWERBROADCAST (not testable here: no Windows runner).

On lock: every page's `save_pending()`, wait for the vault worker, an audit event, then
`ctx.lock()`: pages clear their widgets and models, the engine is disposed and the key wiped.
After that `ctx.vault` raises VaultLocked, so nothing can be saved, exported or printed. The reason
(`last_reason`: manual, idle, session_lock, screensaver, suspend, minimise, close) is kept for the unlock
screen, which says why the app locked.
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Callable, Iterable

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QEvent, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from coordinator_app.services.settings.defaults import Settings, default_settings
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.page import Page
from coordinator_app.ui.worker import db_pool, run_db

log = logging.getLogger("coordinator.locking")


def _lock_audit_failed(exc: BaseException) -> None:
    """The "lock" audit line could not be written. Not shown: the vault is closing, so the box would stand
    over the unlock screen, possibly long after she walked away, about a line she cannot write again
    (the vault is locked). The log keeps it, without personal data: the error's class and message code
    only, never its text."""
    log.warning("the lock audit event was not written: %s %s", type(exc).__name__, getattr(exc, "code", ""))

ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
SAVE_WAIT_MS = 15_000
LOCK_KEY = Qt.Key.Key_L  # with Ctrl only (Cmd on macOS)
KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)


def is_lock_key(event: QEvent) -> bool:
    """Ctrl+L, whatever has the focus (keypad and Shift-free; Ctrl+Shift+L is not the lock key)."""
    if event.type() not in KEY_EVENTS or not isinstance(event, QKeyEvent):
        return False
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == LOCK_KEY and modifiers == Qt.KeyboardModifier.ControlModifier


class SessionWatcher(QObject):
    """Emits `lock_requested` when the desktop session locks or the machine is about to sleep."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        if os.name == "posix":
            self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection  # optional platform module
        except ImportError:  # pragma: no cover - QtDBus is part of PySide6-Essentials
            return
        if os.path.exists("/run/dbus/system_bus_socket") or os.environ.get("DBUS_SYSTEM_BUS_ADDRESS"):
            bus = QDBusConnection.systemBus()
            if bus.isConnected():
                login1 = "org.freedesktop.login1"
                if bus.connect(login1, "/org/freedesktop/login1", f"{login1}.Manager", "PrepareForSleep",
                               self, SLOT("_sleeping(bool)")):
                    self.connected.append("PrepareForSleep")
                if bus.connect(login1, "/org/freedesktop/login1/session/auto", f"{login1}.Session", "Lock",
                               self, SLOT("_session_locked()")):
                    self.connected.append("Lock")
        if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            bus = QDBusConnection.sessionBus()
            if bus.isConnected():
                for service in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"):
                    path = "/" + service.replace(".", "/")
                    if bus.connect(service, path, service, "ActiveChanged", self, SLOT("_screensaver(bool)")):
                        self.connected.append(service)

    @Slot(bool)
    def _sleeping(self, starting: bool) -> None:
        if starting:
            self.lock_requested.emit("suspend")

    @Slot()
    def _session_locked(self) -> None:
        self.lock_requested.emit("session_lock")

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screensaver")


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Windows: lock on WM_WTSSESSION_CHANGE (session locked) and WM_POWERBROADCAST (suspend).
    The window registers for session notifications with WTSRegisterSessionNotification."""

    WM_WTSSESSION_CHANGE = 0x02B1
    WTS_SESSION_LOCK = 0x7
    WM_POWERBROADCAST = 0x0218
    PBT_APMSUSPEND = 0x4

    def __init__(self, callback: Callable[[str], None]) -> None:
        super().__init__()
        self._callback = callback

    def nativeEventFilter(self, event_type, message) -> tuple[bool, int]:
        if event_type not in (b"windows_generic_MSG", "windows_generic_MSG"):
            return False, 0
        from ctypes import wintypes  # optional platform module

        msg = wintypes.MSG.from_address(int(message))
        if msg.message == self.WM_WTSSESSION_CHANGE and msg.wParam == self.WTS_SESSION_LOCK:
            self._callback("session_lock")
        elif msg.message == self.WM_POWERBROADCAST and msg.wParam == self.PBT_APMSUSPEND:
            self._callback("suspend")
        return False, 0

    @staticmethod
    def register(window_id: int) -> bool:
        try:
            return bool(ctypes.windll.wtsapi32.WTSRegisterSessionNotification(window_id, 0))  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            return False


class LockManager(QObject):
    """Owns the idle timer and the lock sequence. `pages` returns the pages to save before locking."""

    about_to_lock = Signal()

    def __init__(
        self, ctx: AppContext, pages: Callable[[], Iterable[Page]], parent: QObject | None = None,
        *, watch_session: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pages = pages
        self.lock_on_minimise = False
        self.discard_pending = False  # set when the user chose "discard" on closing
        self.last_reason = ""  # why the app locked last (for the unlock screen); "" before the first lock
        self.idle = QTimer(self, singleShot=True)
        self.idle.setInterval(default_settings().idle_lock_minutes * 60_000)
        self.idle.timeout.connect(lambda: self.lock("idle"))
        self._fixed_timeout = False
        self.watcher = SessionWatcher(self) if watch_session else None
        if self.watcher is not None:
            self.watcher.lock_requested.connect(self.lock)
        self.windows_filter: WindowsSessionFilter | None = None
        if watch_session and os.name == "nt" and QApplication.instance() is not None:
            self.windows_filter = WindowsSessionFilter(lambda reason: QTimer.singleShot(0, lambda: self.lock(reason)))
            QApplication.instance().installNativeEventFilter(self.windows_filter)
        ctx.unlocked.connect(self._on_unlocked)
        ctx.changed.connect(lambda area, _id: self._load_settings() if area == "settings" else None)
        ctx.locked.connect(self.idle.stop)
        ctx.activity.connect(self.touch)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_idle_timeout_ms(self, ms: int) -> None:
        """Use a fixed idle timeout (tests); the setting no longer changes it."""
        self._fixed_timeout = True
        self.idle.setInterval(ms)
        if self.ctx.is_unlocked:
            self.idle.start()

    def apply_settings(self, values: Settings) -> None:
        if not self._fixed_timeout:
            minutes = max(1, values.idle_lock_minutes or 5)
            self.idle.setInterval(minutes * 60_000)
        self.lock_on_minimise = values.lock_on_minimise
        if self.ctx.is_unlocked:
            self.idle.start()

    def _on_unlocked(self) -> None:
        self.idle.start()
        self._load_settings()

    def _load_settings(self) -> None:
        """Read the lock settings from the vault (at unlock and whenever the settings were saved)."""
        if not self.ctx.is_unlocked:
            return
        vault = self.ctx.vault
        from coordinator_app.services.settings import settings  # start-up time: loaded after the first paint

        # a failure is shown; the idle lock keeps the interval it has (5 minutes until settings were read)
        run_db(lambda _c: settings.get_all(vault), self.apply_settings, lambda exc: show_error(None, exc))

    def touch(self) -> None:
        if self.ctx.is_unlocked:
            self.idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.ctx.is_unlocked:
            return False
        if is_lock_key(event):  # from any window or dialog, modal ones included
            event.accept()  # a ShortcutOverride accepted here keeps the window shortcut from firing as well
            if event.type() == QEvent.Type.KeyPress:
                QTimer.singleShot(0, lambda: self.lock("manual"))
            return True
        if event.type() in ACTIVITY_EVENTS:
            self.idle.start()
        return False

    def minimised(self) -> None:
        if self.lock_on_minimise:
            self.lock("minimise")

    def lock(self, reason: str = "manual") -> None:
        """Save pending edits, then lock. Does nothing when already locked."""
        if not self.ctx.is_unlocked:
            return
        self.idle.stop()
        self.last_reason = reason
        self.about_to_lock.emit()
        for page in [] if self.discard_pending else list(self._pages()):
            try:
                page.save_pending()
            except Exception:  # a failing save must not keep the vault open
                log.exception("saving pending edits before lock failed on page %s", page.page_id)
        vault = self.ctx.vault
        from coordinator_app.services import audit  # start-up time: loaded after the first paint

        run_db(lambda _c: audit.log(vault, "lock", detail=reason[:64]), None, _lock_audit_failed)
        if not db_pool().waitForDone(SAVE_WAIT_MS):
            log.error("vault worker still busy at lock time")
        # Deliver results of finished jobs now, so no late result refills a view after it was cleared.
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        db_pool().waitForDone(SAVE_WAIT_MS)
        self.ctx.lock()
        log.info("locked (%s)", reason)
