"""Finding people and cases: the FTS5 full-text index, the one person search and ranking every case picker
uses, "lijkt op" name matching and the main window's quick search."""
