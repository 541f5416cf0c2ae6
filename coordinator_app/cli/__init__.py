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
from gettext import gettext  # argparse's own catalogue lookup: its templates stay as argparse gives them
from typing import Any, NoReturn

from coordinator_app import __version__, errors
from coordinator_app.cli.common import CliError, command_modules, main_guard
from coordinator_app.domain.text import bidi_isolate


class _Typed:
    """A value the user typed, put into one of argparse's own messages: shown as argparse shows it (%r or %s),
    isolated (bidi_isolate). Only the message gets it; the value itself goes on unchanged."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __repr__(self) -> str:
        return bidi_isolate(repr(self.value))

    def __str__(self) -> str:  # the ambiguous option: %(option)s
        return bidi_isolate(str(self.value))


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors as one line for main_guard, and every value the user typed in them isolated
    like in every other message of the command line (common.py): an invalid choice or subcommand, a value its type
    refuses, unrecognized arguments, an ambiguous option, an explicit value an option ignores. The templates are
    argparse's own (looked up with gettext, as argparse does); missing required arguments and the other messages hold
    no typed value. Each hook is where argparse 3.11 and 3.12 put the value into the message."""

    _option_typed: str | None = None  # the argument _parse_optional looks at now
    _explicit_values: list[str]  # the explicit values (`--opt=VALUE`, `-xVALUE`) of this parse

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise CliError(self._isolate_buried_values(message), errors.EXIT_USAGE)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self._explicit_values = []
        return super().parse_known_args(args, namespace)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error(gettext("unrecognized arguments: %s") % " ".join(bidi_isolate(extra) for extra in extras))
        return parsed

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is not None and value not in action.choices:
            args = {"value": _Typed(value), "choices": ", ".join(map(repr, action.choices))}
            raise argparse.ArgumentError(action, gettext("invalid choice: %(value)r (choose from %(choices)s)") % args)

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):  # a mistake in the program, not in what was typed: argparse's own message
            return super()._get_value(action, arg_string)
        try:
            return type_func(arg_string)
        except argparse.ArgumentTypeError as exc:  # the type's own message (no type of this command line raises it)
            raise argparse.ArgumentError(action, str(exc)) from None
        except (TypeError, ValueError):
            args = {"type": getattr(action.type, "__name__", repr(action.type)), "value": _Typed(arg_string)}
            raise argparse.ArgumentError(action, gettext("invalid %(type)s value: %(value)r") % args) from None

    def _parse_optional(self, arg_string: str) -> Any:
        # argparse reports an ambiguous option from inside this method, and an explicit value (`--debug=x`) that an
        # option ignores from deep inside the parse: error() isolates the value in both, knowing what was typed
        self._option_typed = arg_string
        try:
            found = super()._parse_optional(arg_string)
        finally:
            self._option_typed = None
        # (action, option, explicit value); CPython 3.12.3+ gives a list of such tuples, the value last
        for option in found if isinstance(found, list) else [found] if found is not None else []:
            if option[-1] is not None:
                self._explicit_values.append(option[-1])
        return found

    def _isolate_buried_values(self, message: str) -> str:
        typed = self._option_typed
        if typed is not None:
            template = gettext("ambiguous option: %(option)s could match %(matches)s")
            matches = ", ".join(option[1] for option in self._get_option_tuples(typed))
            if message == template % {"option": typed, "matches": matches}:
                return template % {"option": _Typed(typed), "matches": matches}
        template = gettext("ignored explicit argument %r")
        for explicit in getattr(self, "_explicit_values", ()):
            # a run of single-dash options (-hx) reports the part of the value that is left
            for start in range(len(explicit)):
                plain = template % explicit[start:]
                if message.endswith(plain):
                    return message[: -len(plain)] + template % _Typed(explicit[start:])
        return message


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
