"""Helpers shared by the subcommands: reading secrets, opening a vault, one-line errors, exit codes.

Text for a person to read (a sentence on stdout or stderr) shows every value from the user or a file — a case
number, a name, a folder or file, a column or a value of an imported row, an argument named in one of argparse's
usage errors (cli/__init__.py, _Parser) — isolated with bidi_isolate (FSI ... PDI), so a right-to-left name or an
override cannot reorder the rest of the line in a terminal.
Output for machines stays byte-exact: a line that is only a path written (`backup`, `export-case`,
`export-quarterly`: one path alone on its line, which a terminal shows the same with or without an isolate)
and the files written.

Secrets come only from the first line of a file or from an interactive prompt, never from argv
or the environment.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import pkgutil
import sys
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from coordinator_app import errors, paths
from coordinator_app.domain.text import bidi_isolate, shown_message
from coordinator_app.errors import KnownError, RollbackDetected, VaultNotFound

log = logging.getLogger("coordinator.cli")

COMMAND_PREFIX = "cmd_"


def command_modules() -> list[str]:
    """Names of the subcommand modules (`cmd_*.py`) of this package, sorted; the self-test checks them too."""
    folder = str(Path(__file__).parent)
    return sorted(
        f"{__package__}.{info.name}" for info in pkgutil.iter_modules([folder]) if info.name.startswith(COMMAND_PREFIX)
    )


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = errors.EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class Guard:
    debug: bool = False
    exit_code: int = 0


@contextlib.contextmanager
def main_guard(argv: Sequence[str] | None) -> Iterator[Guard]:
    """Turn known errors into one line on stderr and an exit code; bugs into a line without personal data."""
    guard = Guard(debug="--debug" in (argv if argv is not None else sys.argv[1:]))
    try:
        yield guard
    except CliError as exc:
        print(f"coordinator-app: {exc}", file=sys.stderr)
        guard.exit_code = exc.exit_code
    except KnownError as exc:
        print(f"coordinator-app: {shown_message(exc)}", file=sys.stderr)
        guard.exit_code = exc.exit_code
    except KeyboardInterrupt:
        print("coordinator-app: afgebroken", file=sys.stderr)
        guard.exit_code = 130
    except Exception as exc:  # a bug: never print the message (it may hold personal data)
        if guard.debug:
            traceback.print_exc()
        print(
            f"coordinator-app: onverwachte fout ({type(exc).__name__}); start opnieuw met --debug voor details",
            file=sys.stderr,
        )
        guard.exit_code = errors.EXIT_CHECK_FAILED


def add_vault_arg(parser: argparse.ArgumentParser) -> None:
    """--vault after the subcommand; before it works too. Without it: the per-user default vault."""
    parser.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS, help="vault folder")


def add_secret_args(parser: argparse.ArgumentParser, recovery: bool = False) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--passphrase-file", metavar="F", help="read the passphrase from the first line of F")
    if recovery:
        group.add_argument("--recovery-code-file", metavar="F", help="read the recovery code from the first line of F")


def read_secret_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            line = fh.readline()
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(errors.message("secret_missing", file=bidi_isolate(path))) from exc
    secret = line.rstrip("\r\n")
    if not secret:
        raise CliError(errors.message("secret_missing", file=bidi_isolate(path)))
    return secret


def prompt_secret(prompt: str) -> str:
    try:
        secret = getpass.getpass(prompt)
    except EOFError as exc:
        raise CliError(errors.message("passphrase_empty")) from exc
    if not secret:
        raise CliError(errors.message("passphrase_empty"))
    return secret


def secrets_from_args(args: argparse.Namespace, *, allow_recovery: bool = True) -> dict[str, str]:
    """{'passphrase': …} or {'code': …} from the file options, else from a prompt."""
    if getattr(args, "recovery_code_file", None) and allow_recovery:
        return {"code": read_secret_file(args.recovery_code_file)}
    if getattr(args, "passphrase_file", None):
        return {"passphrase": read_secret_file(args.passphrase_file)}
    return {"passphrase": prompt_secret("Wachtwoord van de kluis: ")}


def vault_dir(args: argparse.Namespace) -> Path:
    value = getattr(args, "vault", None)
    return Path(value).expanduser() if value else paths.default_vault_dir()


ROLLBACK_HINT = (
    "Is dit uw eigen kluis en wilt u toch verder met de kluis zoals hij nu is, open hem dan met de herstelcode "
    "en bevestig dat uitdrukkelijk: coordinator-app check --accept-rollback --recovery-code-file BESTAND. "
    "Dat wordt vastgelegd in het logboek van de kluis."
)
ROLLBACK_CONFIRM = "ik ga verder"


def open_vault(args: argparse.Namespace, **kwargs: object):
    """Open the vault named by --vault with the secret from the options (or a prompt).

    A rollback report (database and key file disagree) names the way forward; with `--accept-rollback`
    (check only) the vault opens with the recovery code after an explicit confirmation."""
    from coordinator_app.db.folder import is_vault  # start-up time: --help does not load it
    from coordinator_app.db.lockfile import FolderLock  # start-up time: --help does not load it
    from coordinator_app.db.vault import Vault  # start-up time: --help does not load it

    folder = vault_dir(args)
    if not is_vault(folder):
        raise VaultNotFound(folder=str(folder))
    probe = FolderLock(folder)  # say "in use" before asking for a passphrase
    probe.acquire()
    probe.release()
    accept = bool(getattr(args, "accept_rollback", False))
    if accept:
        code = (read_secret_file(args.recovery_code_file) if getattr(args, "recovery_code_file", None)
                else prompt_secret("Herstelcode van de kluis: "))
        if sys.stdin.isatty():
            answer = input(f"Typ '{ROLLBACK_CONFIRM}' om de kluis te openen zoals hij nu is: ")
            if answer.strip().lower() != ROLLBACK_CONFIRM:
                raise CliError("afgebroken: niet bevestigd", errors.EXIT_CHECK_FAILED)
        return Vault.open(folder, code=code, accept_rollback=True, **kwargs)  # type: ignore[arg-type]
    try:
        return Vault.open(folder, **secrets_from_args(args), **kwargs)  # type: ignore[arg-type]
    except RollbackDetected as exc:
        if exc.code == "rollback_accept_needs_code":
            raise
        raise CliError(f"{shown_message(exc)}\n{ROLLBACK_HINT}", exc.exit_code) from exc


def out(text: str = "") -> None:
    print(text, file=sys.stdout, flush=True)
