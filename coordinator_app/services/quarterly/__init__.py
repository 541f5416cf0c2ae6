"""The quarterly report's data (the Rapportages page): SQL counts per quarter, the age groups, the release
history and the export files (disclosure control is in domain/disclosure.py, the PDF/XLSX/CSV rendering in
reports/)."""
