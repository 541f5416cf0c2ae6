"""`coordinator-app import`: cases from a CSV or XLSX spreadsheet (docs/DOMAIN.md §7).

Every row is checked first; with any bad row nothing is written and the errors are listed (exit 2),
unless --good-rows-only. Columns the template does not know are listed before anything is written and
stop the import (exit 2) unless --ignore-columns says to go on without them. Case numbers already in
the vault are skipped and reported.
"Is deze persoon al bekend?": rows that would open a new file for a person who may already be in the vault
(by name, another spelling, date of birth and nationality) are listed with their candidates, and nothing
is written (exit 2) until each of them is answered: --same-person ROW=CASENUMBER adds that row's signal to
the existing file, --new-persons creates every other such row as a new case.
`--template` writes an empty template with the Dutch column headers instead.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from coordinator_app.cli.common import add_secret_args, add_vault_arg, open_vault, out
from coordinator_app.errors import EXIT_USAGE, message

if TYPE_CHECKING:
    from coordinator_app.services.cases.sheet_import import ImportCheck


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("import", help="import cases from a CSV or XLSX spreadsheet")
    add_vault_arg(parser)
    add_secret_args(parser)
    parser.add_argument("file", metavar="FILE", help="FILE.csv or FILE.xlsx")
    parser.add_argument("--good-rows-only", action="store_true", help="import the good rows, skip the bad ones")
    parser.add_argument("--ignore-columns", action="store_true",
                        help="go on without the columns the template does not know (they are listed first)")
    parser.add_argument("--new-persons", action="store_true",
                        help="rows whose person may already be known (they are listed first) are imported as new "
                             "persons, except those given with --same-person")
    parser.add_argument("--same-person", action="append", default=[], metavar="ROW=CASENUMBER",
                        help="the person of row ROW is the known person of case CASENUMBER: the row's signal is "
                             "added to that case instead of a new case (may be repeated)")
    parser.add_argument("--template", action="store_true", help="write an empty template to FILE and stop")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from coordinator_app.services.cases import sheet_import  # start-up time: --help does not load it

    if args.template:
        sheet_import.write_template(args.file)
        out(f"Leeg sjabloon geschreven: {args.file}")
        return 0
    with open_vault(args) as vault:
        check = sheet_import.check_file(vault, args.file)
        for row in check.title_rows:
            print(f"Regel {row} staat boven de kolomkoppen en is als titel overgeslagen.", file=sys.stderr)
        if check.unknown_columns and not args.ignore_columns:
            print(message("import_unknown_columns", "nl", columns=", ".join(check.unknown_columns)), file=sys.stderr)
            return EXIT_USAGE
        for column in check.unknown_columns:
            print(f"Kolom {column} is onbekend en wordt overgeslagen (--ignore-columns).", file=sys.stderr)
        for error in check.errors:
            print(error.text("nl"), file=sys.stderr)
        if check.bad and not args.good_rows_only:
            print(f"Er is niets geïmporteerd: {len(check.bad)} regel(s) bevatten fouten. "
                  "Verbeter het bestand of gebruik --good-rows-only.", file=sys.stderr)
            return EXIT_USAGE
        choices = _known_choices(check, args)
        if choices is None:
            return EXIT_USAGE
        result = sheet_import.import_checked(vault, check, good_rows_only=True, on_duplicate="skip",
                                            ignore_columns=args.ignore_columns, known_choices=choices)
    out(f"Geïmporteerd: {len(result.created)} dossier(s).")
    if result.joined:
        out(f"Als nieuw signaal toegevoegd aan een bestaand dossier (dezelfde persoon): {len(result.joined)} regel(s).")
    if result.skipped:
        out(f"Overgeslagen (dossiernummer bestaat al): {', '.join(result.skipped)}")
    if result.rejected_rows:
        out(f"Niet geïmporteerd wegens fouten: regel(s) {', '.join(map(str, result.rejected_rows))}")
    return 0


def _known_choices(check: ImportCheck, args: argparse.Namespace) -> dict[int, int | None] | None:
    """The answers to "Is deze persoon al bekend?" from --same-person and --new-persons; None (after
    listing the rows and their candidates on stderr) when a row is left unanswered or an answer is wrong."""
    from coordinator_app.codes import label  # start-up time: --help does not load it
    from coordinator_app.services.cases.sheet_import import NEW_PERSON  # start-up time: --help does not load it

    choices: dict[int, int | None] = {}
    for given in args.same_person:
        row_text, _sep, number = given.partition("=")
        row = int(row_text) if row_text.strip().isdigit() else None
        found = [c for c in check.known_persons.get(row or -1, []) if c.match.case_number == number.strip()]
        if row is None or not found:
            print(f"--same-person {given}: regel {row_text} heeft geen bekende persoon met dossiernummer "
                  f"{number.strip() or '(leeg)'}. Gebruik REGEL=DOSSIERNUMMER uit de lijst.", file=sys.stderr)
            return None
        choices[row] = found[0].match.case_id
    if args.new_persons:
        choices.update({row: NEW_PERSON for row in check.known_persons if row not in choices})
    open_rows = [row for row in sorted(check.known_persons) if row not in choices]
    if not open_rows:
        return choices
    print("Is deze persoon al bekend? Deze regels lijken op een persoon die al in de kluis staat:", file=sys.stderr)
    for row in open_rows:
        print(f"Regel {row}:", file=sys.stderr)
        for candidate in check.known_persons[row]:
            m = candidate.match
            born = m.date_of_birth.strftime("%d-%m-%Y") if m.date_of_birth else (
                f"leeftijd {m.estimated_age}" if m.estimated_age is not None else "geboortedatum onbekend")
            name = (f"lijkt op: {m.name}" if m.similar else m.name) or "(geen naam)"
            print(f"  {m.case_number}  {name}  {born}  {label('status', m.status, 'nl')}", file=sys.stderr)
    print(f"Er is niets geïmporteerd: {len(open_rows)} regel(s) wachten op een keuze. Gebruik --same-person "
          "REGEL=DOSSIERNUMMER als het dezelfde persoon is, en --new-persons om de overige als nieuwe persoon "
          "te importeren.", file=sys.stderr)
    return None
