"""The Rapportages page: quarterly counts preview and export."""
