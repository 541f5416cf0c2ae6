"""Case files (the Dossiers page and the case detail tabs): the case record, the list and its SQL, the detail
tabs' data, journal and tasks, involvements, duplicates and merging, the person's own data (inzageverzoek),
spreadsheet import and retention."""
