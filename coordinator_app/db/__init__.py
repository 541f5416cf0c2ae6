"""The encrypted vault: key slots, SQLCipher engine, ORM models and migrations."""
