"""`coordinator-app init`: create a vault and print its recovery code once."""

from __future__ import annotations

import argparse

from coordinator_app.cli.common import (
    CliError,
    add_secret_args,
    add_vault_arg,
    out,
    prompt_secret,
    read_secret_file,
    vault_dir,
)
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import message
from coordinator_app.services.passphrase import MIN_LENGTH, check_new_passphrase

WARNING = (
    "Bewaar deze herstelcode op een veilige plek (bijvoorbeeld geprint in een kluis).\n"
    "Zonder wachtwoord én zonder herstelcode kan niemand de dossiers meer openen, ook wij niet.\n"
    "De code wordt maar één keer getoond."
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("init", help="create a new vault and print its recovery code")
    add_vault_arg(parser)
    add_secret_args(parser)
    parser.set_defaults(handler=run)


def new_passphrase(args: argparse.Namespace) -> str:
    if getattr(args, "passphrase_file", None):
        passphrase = read_secret_file(args.passphrase_file)
    else:
        passphrase = prompt_secret(f"Nieuw wachtwoord (minstens {MIN_LENGTH} tekens): ")
        if prompt_secret("Herhaal het wachtwoord: ") != passphrase:
            raise CliError(message("passphrase_mismatch"))
    problem = check_new_passphrase(passphrase)
    if problem:
        raise CliError(problem)
    return passphrase


def run(args: argparse.Namespace) -> int:
    from coordinator_app.db.vault import Vault  # start-up time: --help does not load it
    from coordinator_app.services import audit  # start-up time: --help does not load it

    folder = vault_dir(args)
    passphrase = new_passphrase(args)
    vault, code = Vault.create(folder, passphrase, fill=lambda v: audit.log(v, "vault_created"))
    vault.close()
    out(f"Kluis aangemaakt in {bidi_isolate(str(folder))}")
    out()
    out(f"Herstelcode: {code}")
    out()
    out(WARNING)
    return 0
