"""`coordinator-app demo`: a new vault filled with synthetic, clearly fictitious data."""

from __future__ import annotations

import argparse

from coordinator_app.cli.cmd_init import WARNING, new_passphrase
from coordinator_app.cli.common import CliError, add_secret_args, add_vault_arg, out, vault_dir
from coordinator_app.domain.text import bidi_isolate


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="create a vault with fictitious demo data")
    add_vault_arg(parser)
    add_secret_args(parser)
    parser.add_argument("--cases", type=int, default=200, help="number of cases (default 200)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from coordinator_app.db.vault import Vault  # start-up time: --help does not load it
    from coordinator_app.services import demo  # start-up time: --help does not load it

    if not 0 <= args.cases <= 100_000:
        raise CliError("--cases moet tussen 0 en 100000 liggen")
    folder = vault_dir(args)
    passphrase = new_passphrase(args)
    # filled before it is moved in: a killed run leaves no vault or a whole demo vault, never an empty one
    vault, code = Vault.create(folder, passphrase, fill=lambda v: demo.generate(v, cases=args.cases, seed=args.seed))
    vault.close()
    out(f"Demokluis met {args.cases} fictieve dossiers aangemaakt in {bidi_isolate(str(folder))}")
    out(f"Herstelcode: {code}")
    out(WARNING)
    return 0
