"""Small widgets of the main window and shared shell widgets (passphrase fields, recovery code)."""
