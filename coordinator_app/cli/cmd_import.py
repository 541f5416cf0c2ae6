"""`coordinator-app import`: cases from a CSV or XLSX spreadsheet (docs/DOMAIN.md §7).

Every row is checked first; with any bad row nothing is written and the errors are listed (exit 2),
unless --good-rows-only. Columns the template does not know are listed before anything is written and
stop the import (exit 2) unless --ignore-columns says to go on without them. Case numbers already in
the vault are skipped and reported.
`--template` writes an empty template with the Dutch column headers instead.
"""

from __future__ import annotations

import argparse
import sys

from coordinator_app.cli.common import add_secret_args, add_vault_arg, open_vault, out
from coordinator_app.errors import EXIT_USAGE, message


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("import", help="import cases from a CSV or XLSX spreadsheet")
    add_vault_arg(parser)
    add_secret_args(parser)
    parser.add_argument("file", metavar="FILE", help="FILE.csv or FILE.xlsx")
    parser.add_argument("--good-rows-only", action="store_true", help="import the good rows, skip the bad ones")
    parser.add_argument("--ignore-columns", action="store_true",
                        help="go on without the columns the template does not know (they are listed first)")
    parser.add_argument("--template", action="store_true", help="write an empty template to FILE and stop")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from coordinator_app.services import case_import

    if args.template:
        case_import.write_template(args.file)
        out(f"Leeg sjabloon geschreven: {args.file}")
        return 0
    with open_vault(args) as vault:
        check = case_import.check_file(vault, args.file)
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
        result = case_import.import_checked(vault, check, good_rows_only=True, on_duplicate="skip",
                                            ignore_columns=args.ignore_columns)
    out(f"Geïmporteerd: {len(result.created)} dossier(s).")
    if result.skipped:
        out(f"Overgeslagen (dossiernummer bestaat al): {', '.join(result.skipped)}")
    if result.rejected_rows:
        out(f"Niet geïmporteerd wegens fouten: regel(s) {', '.join(map(str, result.rejected_rows))}")
    return 0
