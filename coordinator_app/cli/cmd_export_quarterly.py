"""`coordinator-app export-quarterly`: the anonymised quarterly counts as CSV, XLSX or PDF.

    coordinator-app export-quarterly --vault DIR --quarter 2026Q3 --format csv|xlsx|pdf --out FILE
                                     [--threshold N] [--correction] [--passphrase-file F]

Quarter, format, threshold and target are checked before the vault is opened (exit 2 when one is
wrong, with a one-line Dutch message). The file is written atomically; the export is audited with
the quarter and format only. Prints the path written. The global `--lang en` gives an English PDF.

A quarter exported before gives back the table that was released then (docs/DISCLOSURE.md); only
`--correction` computes a new version from today's data, protected against the earlier ones.
"""

from __future__ import annotations

import argparse

from coordinator_app.cli.common import add_secret_args, add_vault_arg, open_vault, out


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export-quarterly", help="export the anonymised quarterly counts (CSV, XLSX or PDF)")
    add_vault_arg(parser)
    parser.add_argument("--quarter", metavar="YYYYQN", required=True, help="the quarter, e.g. 2026Q3")
    parser.add_argument("--format", metavar="FORMAT", required=True, dest="fmt", help="csv, xlsx or pdf")
    parser.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    parser.add_argument("--threshold", metavar="N", default=None,
                        help="suppression threshold (default: the vault's setting, 5)")
    parser.add_argument("--correction", action="store_true",
                        help="release a corrected version of a quarter exported before (default: the stored table)")
    add_secret_args(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from coordinator_app.services.quarterly import counts, exports  # start-up time: --help does not load it

    quarter = exports.parse_quarter(args.quarter)
    fmt = exports.check_format(args.fmt)
    threshold = None if args.threshold is None else counts.check_threshold(args.threshold)
    exports.check_target(args.out)
    with open_vault(args) as vault:
        lang = getattr(args, "lang", None) or "nl"
        path = exports.export_quarterly(vault, quarter, fmt, args.out, threshold, lang, args.correction)
    out(str(path))
    return 0
