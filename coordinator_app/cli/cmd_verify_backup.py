"""`coordinator-app verify-backup FILE`: check a backup completely (exit 1 when it fails, 3 wrong secret)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from coordinator_app.cli.common import add_secret_args, out, secrets_from_args
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import message

if TYPE_CHECKING:
    from coordinator_app.services.backups.verify import BackupContents


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("verify-backup", help="verify a backup file (header, MAC, hash, integrity checks)")
    parser.add_argument("file", metavar="FILE", help="the backup file (.cbak)")
    add_secret_args(parser, recovery=True)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from coordinator_app.services.backups import file_format, verify  # start-up time: --help does not load it

    file_format.read_header(args.file)  # a foreign, empty or cut-off file is reported before asking a secret
    contents = verify.verify(args.file, **secrets_from_args(args))
    out(summary(contents))
    return 0


def summary(contents: BackupContents) -> str:
    local = contents.header.created_at.replace(tzinfo=dt.UTC).astimezone()
    return message(
        "backup_ok",
        created=local.strftime("%d-%m-%Y %H:%M"),
        app_version=bidi_isolate(contents.header.app_version),  # read from the file
        cases=contents.cases,
        contacts=contents.contacts,
    )
