"""Documents of a case (the Documenten page): attachments and generated letters stored in the vault, and the
data a letter prints (the PDF itself is built in reports/letters.py)."""
