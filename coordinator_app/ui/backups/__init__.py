"""The Back-ups page and the restore wizard (issue 6)."""
