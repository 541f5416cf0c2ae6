"""The pages of the main window, in navigation order: (page id, module, class, shortcut)."""

from __future__ import annotations

PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("dashboard", "coordinator_app.ui.dashboard.page", "DashboardPage", "Ctrl+1"),
    ("cases", "coordinator_app.ui.cases.page", "CasesPage", "Ctrl+2"),
    ("intake", "coordinator_app.ui.intake.page", "IntakePage", "Ctrl+3"),
    ("network", "coordinator_app.ui.network.page", "NetworkPage", "Ctrl+4"),
    ("documents", "coordinator_app.ui.documents.page", "DocumentsPage", "Ctrl+5"),
    ("reports", "coordinator_app.ui.quarterly.page", "ReportsPage", "Ctrl+6"),
    ("backups", "coordinator_app.ui.backups.page", "BackupsPage", "Ctrl+7"),
    ("settings", "coordinator_app.ui.settings.page", "SettingsPage", "Ctrl+8"),
    ("privacy", "coordinator_app.ui.privacy.page", "PrivacyPage", "Ctrl+9"),
)
