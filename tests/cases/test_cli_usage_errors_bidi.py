"""argparse's own usage errors show what was typed isolated, like every other sentence of the command line: a value
with right-to-left letters or bidi controls stands between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE
(U+2068 ... U+2069) in an invalid choice, an unknown subcommand, a value its type refuses, unrecognized arguments,
an ambiguous option and an explicit value an option ignores; the rest of argparse's message is unchanged, the exit
code stays 2, and the values reach the handlers as typed.

Oracles: the same command line given to the same options on a plain argparse parser (the parser class swapped for
an ArgumentParser that only turns its error into the one-line CliError) gives argparse's own message; the message
shown must be that one with nothing but isolate marks added, and an independent walk over the marks (UAX #9: an
isolate initiator opens, a PDI closes an open one, a line break ends them all) puts every character of a typed value
that is not ASCII inside an isolate, everything else outside. One message is also written out by hand."""

from __future__ import annotations

import argparse
import sys

import pytest

from coordinator_app import cli, errors
from coordinator_app.cli.common import CliError

FSI, PDI = "\u2068", "\u2069"
INITIATORS = "\u2066\u2067\u2068"
BIDI_CONTROLS = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
HOSTILE = {
    "override": "\u202eevil",  # would reverse the rest of the line
    "arabic": "مرحبا",  # pulls the neutral characters around it into its right-to-left run
    "lone PDI": "x\u2069y",  # would close an isolate put around it too early
    "line break": "a\nنقل",  # the bidi state starts again on the new line
}


def _raw(value: str) -> str:
    return value


# (command line for a typed value, how argparse shows the value in its message)
CASES = {
    "invalid choice of --lang": (lambda v: ["--lang", v], repr),
    "unknown subcommand": (lambda v: [v], repr),
    "invalid int of demo --cases": (lambda v: ["demo", "--cases", v], repr),
    "unrecognized arguments": (lambda v: ["demo", v], _raw),
    "ignored explicit argument": (lambda v: [f"--debug={v}"], repr),
    "ignored explicit argument of a subcommand": (lambda v: ["import", f"--good-rows-only={v}", "lijst.csv"], repr),
    "ignored explicit argument after a short option": (lambda v: [f"-h{v}"], repr),
    "ambiguous option": (lambda v: [f"--v={v}"], lambda v: f"--v={v}"),
}


class _PlainParser(argparse.ArgumentParser):
    """argparse as it is, its error turned into the CliError main() prints (the parser before this change)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise CliError(message, errors.EXIT_USAGE)


def _stderr(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    code = cli.main(argv)
    captured = capsys.readouterr()
    assert code == errors.EXIT_USAGE, captured.err
    assert captured.out == ""
    return captured.err


def _depths(shown: str, plain: str) -> list[int]:
    """The isolate depth of every character of `plain` as it stands in `shown`, after checking that `shown` is
    `plain` with only isolate marks (U+2068, U+2069) added."""
    depths: list[int] = []
    depth = j = 0
    for ch in shown:
        if j < len(plain) and ch == plain[j]:
            depths.append(depth)
            j += 1
        else:
            assert ch in (FSI, PDI), f"more than isolate marks added: {ch!r} in {shown!r}"
        if ch in INITIATORS:
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
        elif ch == "\n":
            depth = 0
    assert j == len(plain), f"argparse's message not kept: {shown!r} against {plain!r}"
    return depths


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("case", CASES, ids=CASES.keys())
def test_a_typed_value_in_a_usage_error_is_isolated(
    case: str, value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv_for, shown_as = CASES[case]
    argv = argv_for(value)
    err = _stderr(capsys, argv)
    with monkeypatch.context() as plain_argparse:
        plain_argparse.setattr(cli, "_Parser", _PlainParser)
        plain = _stderr(capsys, argv)

    shown = shown_as(value)
    assert plain.count(shown) == 1, (shown, plain)  # where argparse puts the value, found in its own message
    lines: list[range] = []  # each line of the value that is not ASCII, as a range of positions in the message
    offset = plain.index(shown)
    for part in shown.split("\n"):
        if not part.isascii():
            lines.append(range(offset, offset + len(part)))
        offset += len(part) + 1
    assert lines or shown.isascii()
    inside = {i for line in lines for i in line}
    depths = _depths(err, plain)
    for i, ch in enumerate(plain):
        if i in inside:
            assert depths[i] >= 1, f"{ch!r} of the typed value outside an isolate: {err!r}"
        else:
            assert depths[i] == 0, f"{ch!r} of argparse's text inside an isolate: {err!r}"
            assert ch.isascii() and ch not in BIDI_CONTROLS, f"{ch!r} shown outside an isolate: {err!r}"
    # wrapped once: somewhere on each line of the value the depth is 1 (a PDI of the value itself needs a second FSI
    # before it, so the depth at its start may be 2), not 2 everywhere as with an isolate inside an isolate
    assert all(min(depths[i] for i in line) == 1 for line in lines), f"isolated more than once: {err!r}"


def test_an_invalid_choice_reads_as_argparse_wrote_it_with_the_value_isolated(
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = _stderr(capsys, ["--lang", "مرحبا"])
    assert err.startswith("usage: coordinator-app ")
    assert err.endswith(
        f"\ncoordinator-app: argument --lang: invalid choice: {FSI}'مرحبا'{PDI} (choose from 'nl', 'en')\n")


def test_a_missing_required_argument_is_argparses_message(capsys: pytest.CaptureFixture[str]) -> None:
    err = _stderr(capsys, ["export-case", "مرحبا"])
    assert err.endswith("\ncoordinator-app: the following arguments are required: --format, --out\n")


def test_typed_values_reach_the_handler_unchanged() -> None:
    parser = cli.build_parser()
    for value in HOSTILE.values():
        args = parser.parse_args(["--vault", value, "export-case", value, "--format", value, f"--out={value}"])
        given = (args.vault, args.case_number, args.fmt, args.out)
        assert given == (value,) * 4
        assert all(type(v) is str for v in given)
