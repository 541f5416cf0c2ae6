"""`coordinator-app export-case`: everything stored about the person of one case (inzageverzoek,
GDPR art. 15 and 20) as a readable PDF or a JSON file holding every stored field exactly.

    coordinator-app export-case CASE_NUMBER --vault DIR --format pdf|json --out FILE [--passphrase-file F]

Format and target are checked before the vault is opened (exit 2 with a Dutch line when wrong); an
unknown case number is exit 2 too. The file is written atomically, readable by its owner only; the
export is audited with the format only. Prints the path written.
"""

from __future__ import annotations

import argparse

from coordinator_app.cli.common import add_secret_args, add_vault_arg, open_vault, out


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export-case", help="export everything stored about one person (PDF or JSON)")
    parser.add_argument("case_number", metavar="CASE_NUMBER", help="the case number, e.g. ZM-2026-0001")
    add_vault_arg(parser)
    parser.add_argument("--format", metavar="FORMAT", required=True, dest="fmt", help="pdf or json")
    parser.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    add_secret_args(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from coordinator_app.services.cases import own_data  # start-up time: --help does not load it

    fmt = own_data.check_format(args.fmt)
    own_data.check_target(args.out)
    with open_vault(args) as vault:
        lang = getattr(args, "lang", None) or "nl"
        path = own_data.export_case(vault, args.case_number, fmt, args.out, lang)
    out(str(path))
    return 0
