"""The unlock screen (passphrase or recovery code)."""
