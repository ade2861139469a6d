"""The `dealbrief` command: the GUI by default, subcommands for headless work.

Nothing here imports Qt: the GUI is imported only when it is started, so `dealbrief deals` and
friends stay fast and run on a machine without a display. Each subcommand lives in a module of
this package with a `register(subparsers)` function; COMMANDS lists them in the order of --help.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop import __version__

COMMANDS = (
    "desktop.cli.demo",
    "desktop.cli.data",
    "desktop.cli.deals",
    "desktop.cli.partners",
    "desktop.cli.money",
    "desktop.cli.printing",
    "desktop.cli.reports",
    "desktop.cli.search",
    "desktop.cli.calendar",
    "desktop.cli.security",
)


class RefusePassphrase(argparse.Action):
    """`--passphrase X` is refused (it would show in `ps` and the shell's history), and taken
    by argparse as an abbreviation of --passphrase-file otherwise. The value is never echoed."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001
        parser.error(f"{option_string} is not taken: a passphrase on the command line shows in "
                     f"`ps` and the shell's history. Put it in a file readable only by you and "
                     f"give {option_string}-file FILE.")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; `with_commands=False`: the app's own options only (the
    commands' modules are not imported)."""
    parser = argparse.ArgumentParser(
        prog="dealbrief",
        description="Dealbrief: deals, buying committees, call notes and visit briefs. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"Dealbrief {__version__}")
    parser.add_argument(
        "--book",
        metavar="PATH",
        help="the book file to use (default: $DEALBRIEF_BOOK, else the user's data folder)",
    )
    parser.add_argument(
        "--passphrase-file", metavar="FILE",
        help="for a book locked with a passphrase: a file whose first line is the passphrase "
        "(default: $DEALBRIEF_PASSPHRASE_FILE; never give the passphrase itself)",
    )
    parser.add_argument("--passphrase", action=RefusePassphrase, nargs="?", help=argparse.SUPPRESS)
    parser.add_argument(
        "--demo", action="store_true", help="open the app on a throwaway demo book"
    )
    parser.add_argument(
        "--lang", choices=("zh_CN", "en"), help="language of the app and of printed documents"
    )
    parser.add_argument(
        "--in-tray", action="store_true",
        help="start in the system tray, without the window (start at login uses it)",
    )
    if with_commands:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name in COMMANDS:
            importlib.import_module(name).register(sub)
    return parser


def gui_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of the app started without a command, read without the commands' parsers:
    the window's start does not import every command's module (issue 20). None when `argv`
    names a command, asks for help, or holds something the app's options do not take (the
    whole parser then says what is wrong)."""
    if any(arg in ("-h", "--help") for arg in argv):
        return None
    args, rest = build_parser(with_commands=False).parse_known_args(argv)
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = gui_args(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(args)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def fail(message: str, code: int = 1) -> int:
    """Print a plain error for the seller and return the exit code."""
    print(f"dealbrief: {message}", file=sys.stderr)
    return code
