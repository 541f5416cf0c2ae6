"""`coordinator-app change-passphrase`: re-wrap the data key under a new passphrase (instant, crash-safe)."""

from __future__ import annotations

import argparse

from coordinator_app.cli.cmd_init import new_passphrase
from coordinator_app.cli.common import add_secret_args, add_vault_arg, open_vault, out


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("change-passphrase", help="change the vault's passphrase")
    add_vault_arg(parser)
    add_secret_args(parser, recovery=True)
    parser.add_argument("--new-passphrase-file", metavar="F", help="read the new passphrase from the first line of F")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from coordinator_app.services import audit  # start-up time: --help does not load it

    with open_vault(args) as vault:
        new = new_passphrase(argparse.Namespace(passphrase_file=args.new_passphrase_file))
        vault.set_passphrase(new)
        audit.log(vault, "passphrase_changed")
    out("Het wachtwoord is gewijzigd.")
    return 0
