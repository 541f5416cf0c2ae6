"""The search popup of the main window (Ctrl+F, Ctrl+K), served by services/search/."""
