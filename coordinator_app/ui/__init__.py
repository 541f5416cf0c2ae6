"""The PySide6 user interface: widgets call services, never SQL."""
