"""`coordinator-app backup --vault DIR --to DIR`: write one verified backup and print its path."""

from __future__ import annotations

import argparse

from coordinator_app.cli.common import add_secret_args, add_vault_arg, open_vault, out, vault_dir


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("backup", help="write one encrypted, verified backup of the vault; print its path")
    add_vault_arg(parser)
    parser.add_argument("--to", metavar="DIR", required=True, help="folder to write the backup into")
    add_secret_args(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from coordinator_app.services.backups import backup  # start-up time: --help does not load it

    # start-up time: --help does not load it
    from coordinator_app.services.backups.restore import finish_interrupted_restore

    finish_interrupted_restore(vault_dir(args))
    with open_vault(args) as vault:
        path = backup.create_backup(vault, args.to)
    out(str(path))
    return 0
