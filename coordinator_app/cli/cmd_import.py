"""`coordinator-app import`: cases from a CSV or XLSX spreadsheet (docs/DOMAIN.md §7).

Every row is checked first; with any bad row nothing is written and the errors are listed (exit 2),
unless --good-rows-only. Columns the template does not know are listed before anything is written and
stop the import (exit 2) unless --ignore-columns says to go on without them. Case numbers already in
the vault are skipped and reported.
"Is deze persoon al bekend?": rows that would open a new file for a person who may already be in the vault
(by name, another spelling, date of birth and nationality) are listed with their candidates, and nothing
is written (exit 2) until each of them is answered: --same-person ROW=CASENUMBER adds that row's signal to
the existing file, --new-persons creates every other such row as a new case. Rows of the file that may be
about the same new person as an EARLIER row of the file are listed the same way ("regel N van dit bestand")
and answered with --same-as-row ROW=EARLIER_ROW: the row's signal is added to the case the earlier row
opens (or the file it joins).
`--template` writes an empty template with the Dutch column headers instead.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from coordinator_app.cli.common import add_secret_args, add_vault_arg, open_vault, out
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import EXIT_USAGE, message

if TYPE_CHECKING:
    from coordinator_app.services.cases.sheet_import import Choice, ImportCheck


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
                             "persons, except those given with --same-person or --same-as-row")
    parser.add_argument("--same-person", action="append", default=[], metavar="ROW=CASENUMBER",
                        help="the person of row ROW is the known person of case CASENUMBER: the row's signal is "
                             "added to that case instead of a new case (may be repeated)")
    parser.add_argument("--same-as-row", action="append", default=[], metavar="ROW=EARLIER_ROW",
                        help="the person of row ROW is the person of the earlier row EARLIER_ROW of the same file "
                             "(listed first): the row's signal is added to the case that row opens instead of a "
                             "second case (may be repeated)")
    parser.add_argument("--template", action="store_true", help="write an empty template to FILE and stop")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from coordinator_app.services.cases import sheet_import  # start-up time: --help does not load it

    if args.template:
        sheet_import.write_template(args.file)
        out(f"Leeg sjabloon geschreven: {bidi_isolate(args.file)}")
        return 0
    with open_vault(args) as vault:
        check = sheet_import.check_file(vault, args.file)
        for row in check.title_rows:
            print(f"Regel {row} staat boven de kolomkoppen en is als titel overgeslagen.", file=sys.stderr)
        if check.unknown_columns and not args.ignore_columns:
            columns = ", ".join(map(bidi_isolate, check.unknown_columns))
            print(message("import_unknown_columns", "nl", columns=columns), file=sys.stderr)
            return EXIT_USAGE
        for column in check.unknown_columns:
            print(f"Kolom {bidi_isolate(column)} is onbekend en wordt overgeslagen (--ignore-columns).",
                  file=sys.stderr)
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
    if result.joined_in_file:
        out("Als nieuw signaal toegevoegd aan het dossier van een eerdere regel van dit bestand (dezelfde persoon): "
            f"{len(result.joined_in_file)} regel(s).")
    if result.skipped:
        out(f"Overgeslagen (dossiernummer bestaat al): {', '.join(map(bidi_isolate, result.skipped))}")
    if result.rejected_rows:
        out(f"Niet geïmporteerd wegens fouten: regel(s) {', '.join(map(str, result.rejected_rows))}")
    return 0


def _known_choices(check: ImportCheck, args: argparse.Namespace) -> dict[int, Choice] | None:
    """The answers to "Is deze persoon al bekend?" from --same-person, --same-as-row and --new-persons;
    None (after listing the rows and their candidates on stderr) when a row is left unanswered or an
    answer is wrong."""
    from coordinator_app.codes import label  # start-up time: --help does not load it
    from coordinator_app.services.cases.sheet_import import NEW_PERSON, SameAsRow  # start-up time, as above

    choices: dict[int, Choice] = {}
    for given in args.same_person:
        row_text, _sep, number = given.partition("=")
        row = int(row_text) if row_text.strip().isdigit() else None
        found = [c for c in check.known_persons.get(row or -1, []) if c.match.case_number == number.strip()]
        if row is None or not found:
            print(f"--same-person {bidi_isolate(given)}: regel {bidi_isolate(row_text)} heeft geen bekende persoon met "
                  f"dossiernummer {bidi_isolate(number.strip()) or '(leeg)'}. Gebruik REGEL=DOSSIERNUMMER uit de "
                  "lijst.", file=sys.stderr)
            return None
        choices[row] = found[0].match.case_id
    for given in args.same_as_row:
        row_text, _sep, earlier_text = given.partition("=")
        row = int(row_text) if row_text.strip().isdigit() else None
        earlier = int(earlier_text) if earlier_text.strip().isdigit() else None
        offered = {c.row for c in check.same_in_file.get(row or -1, [])}
        if row is None or earlier not in offered:
            print(f"--same-as-row {bidi_isolate(given)}: bij regel {bidi_isolate(row_text)} is regel "
                  f"{bidi_isolate(earlier_text.strip()) or '(leeg)'} van dit "
                  "bestand niet voorgesteld als dezelfde persoon. Gebruik REGEL=EERDERE_REGEL uit de lijst.",
                  file=sys.stderr)
            return None
        if row in choices:
            print(f"--same-as-row {bidi_isolate(given)}: voor regel {row} is al --same-person gegeven. Kies één "
                  "antwoord per regel.", file=sys.stderr)
            return None
        choices[row] = SameAsRow(earlier)
    if args.new_persons:
        choices.update({row: NEW_PERSON for row in check.rows_to_answer if row not in choices})
    open_rows = [row for row in check.rows_to_answer if row not in choices]
    if not open_rows:
        return choices
    print("Is deze persoon al bekend? Deze regels lijken op een persoon die al in de kluis staat of op een eerdere "
          "regel van dit bestand:", file=sys.stderr)
    people = {r.row: r.case.person for r in check.rows if r.case is not None}
    for row in open_rows:
        print(f"Regel {row}:", file=sys.stderr)
        for candidate in check.known_persons.get(row, []):
            m = candidate.match
            born = m.date_of_birth.strftime("%d-%m-%Y") if m.date_of_birth else (
                f"leeftijd {m.estimated_age}" if m.estimated_age is not None else "geboortedatum onbekend")
            name = (f"lijkt op: {bidi_isolate(m.name)}" if m.similar else bidi_isolate(m.name)) or "(geen naam)"
            print(f"  {bidi_isolate(m.case_number)}  {name}  {born}  {label('status', m.status, 'nl')}",
                  file=sys.stderr)
        for earlier in check.same_in_file.get(row, []):
            person = people[earlier.row]
            name = bidi_isolate(" ".join(str(p) for p in (person.first_name, person.last_name) if p)) or "(geen naam)"
            if "name" not in earlier.reasons and "similar_name" in earlier.reasons:
                name = f"lijkt op: {name}"
            born = person.date_of_birth.strftime("%d-%m-%Y") if person.date_of_birth else (
                f"leeftijd {person.estimated_age}" if person.estimated_age is not None else "geboortedatum onbekend")
            print(f"  regel {earlier.row} van dit bestand  {name}  {born}  (--same-as-row {row}={earlier.row})",
                  file=sys.stderr)
    print(f"Er is niets geïmporteerd: {len(open_rows)} regel(s) wachten op een keuze. Gebruik --same-person "
          "REGEL=DOSSIERNUMMER als het dezelfde persoon is als een bekende persoon, --same-as-row "
          "REGEL=EERDERE_REGEL als het dezelfde persoon is als een eerdere regel van dit bestand, en --new-persons "
          "om de overige als nieuwe persoon te importeren.", file=sys.stderr)
    return None
