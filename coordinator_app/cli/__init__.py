"""The command line (README.md, "Command line"): a stable contract that tests and scripts depend on.

Every subcommand lives in its own module in this package and exposes `register(subparsers)`;
modules are found by name, so adding a command touches no shared file. No subcommand starts
the GUI. Exit codes: 0 ok, 1 check failed, 2 usage/input error, 3 wrong secret, 4 vault in use.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

from coordinator_app import __version__, errors
from coordinator_app.cli.common import CliError, command_modules, main_guard


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise CliError(message, errors.EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="coordinator-app", description="Coordinator — zorgcoördinatie mensenhandel")
    parser.add_argument("--version", action="version", version=f"coordinator-app {__version__}")
    parser.add_argument("--vault", metavar="DIR", help="vault folder (default: the per-user data folder)")
    parser.add_argument("--lang", choices=("nl", "en"), default=None, help="language of the interface")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in command_modules():
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    with main_guard(argv) as guard:
        args = parser.parse_args(argv)
        guard.debug = args.debug
        if args.lang:
            errors.set_language(args.lang)
        if args.command is None:
            if args.self_test:
                from coordinator_app.cli.selftest import run_self_test  # start-up time: --help does not load it

                return run_self_test()
            # Start-up makes long-lived modules, classes and widgets, no garbage worth collecting: the automatic
            # cyclic collector is off from here; the first paint freezes what start-up made and the GUI
            # thread's collector takes over (ui/app.py prepare_gui, ui/collector.py).
            gc.disable()
            from coordinator_app.ui.app import run_gui  # start-up time: --help does not load it

            return run_gui(vault=args.vault, lang=args.lang)
        return int(args.handler(args) or 0)
    return guard.exit_code
