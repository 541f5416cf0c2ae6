"""Backups: making, listing and rotating `.cbak` files, their file format, verifying and restoring them
(docs/FORMATS.md §3)."""
