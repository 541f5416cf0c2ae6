"""`coordinator-app restore FILE --vault DIR`: verify a backup, then make it the vault in DIR.

The old vault (if any) is kept as a safety copy in `DIR/before-restore-<time>/`.
"""

from __future__ import annotations

import argparse

from coordinator_app.cli.cmd_verify_backup import summary
from coordinator_app.cli.common import add_secret_args, add_vault_arg, out, secrets_from_args, vault_dir
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import message


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("restore", help="restore a backup into a vault folder (the old vault is kept aside)")
    parser.add_argument("file", metavar="FILE", help="the backup file (.cbak)")
    add_vault_arg(parser)
    add_secret_args(parser, recovery=True)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from coordinator_app.db.lockfile import FolderLock  # start-up time: --help does not load it
    from coordinator_app.services.backups import file_format, restore  # start-up time: --help does not load it

    folder = vault_dir(args)
    file_format.read_header(args.file)
    if not restore.is_restorable_folder(folder):
        raise restore.RestoreFolderInvalid()
    if folder.is_dir():  # say "in use" before asking for a secret
        probe = FolderLock(folder)
        probe.acquire()
        probe.release()
    result = restore.restore(args.file, folder, **secrets_from_args(args))
    out(summary(result.contents))
    out(message("restore_done", folder=bidi_isolate(str(result.folder))))
    if result.safety_copy is not None:
        out(message("restore_safety_copy", folder=bidi_isolate(str(result.safety_copy))))
    return 0
