"""`coordinator-app check`: the vault's integrity checks and the rollback (generation) check."""

from __future__ import annotations

import argparse

from coordinator_app.cli.common import add_secret_args, add_vault_arg, open_vault, out
from coordinator_app.errors import EXIT_CHECK_FAILED


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("check", help="check the vault's integrity")
    add_vault_arg(parser)
    add_secret_args(parser, recovery=True)
    parser.add_argument(
        "--accept-rollback", action="store_true",
        help="after a rollback report: open the vault as it is now with the recovery code (audited)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from coordinator_app.services import audit  # start-up time: --help does not load it

    with open_vault(args) as vault:
        if vault.accepted_report is not None:
            out("De melding is bevestigd en vastgelegd; de sleutelbestanden volgen nu de kluis.")
        problems = vault.check()
        audit.log(vault, "check_run", detail="ok" if not problems else "failed")
    if problems:
        out("De kluis is beschadigd:")
        for problem in problems[:50]:
            out(f"  {problem}")
        return EXIT_CHECK_FAILED
    out("De kluis is in orde.")
    return 0
