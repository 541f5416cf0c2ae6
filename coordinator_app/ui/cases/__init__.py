"""The Dossiers page: case list, case detail with its tabs, import and retention review (issue 4)."""
