"""Small parts of the command line that load nothing at start-up:
``--version``, ``factdesk completion SHELL``, the ``--jobs`` and
``--max-chars`` numbers and query words that look like options."""

from __future__ import annotations

import argparse
import sys
from typing import Any

SHELLS = ("bash", "zsh", "tcsh")


class VersionAction(argparse.Action):
    """``--version``: the installed version is read only when asked
    (importlib.metadata would otherwise load at every start-up)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0,
                         help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        sys.stdout.write(f"factdesk {version()}\n")
        parser.exit()


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("factdesk")
    except PackageNotFoundError:  # run from a checkout, not installed: no version to tell
        return "0"


def cmd_completion(parser: argparse.ArgumentParser, shell: str) -> int:
    """Print the completion script for ``shell`` (shtab reads the parser:
    every command and option, as ``--help`` lists them)."""
    import shtab

    sys.stdout.write(shtab.complete(parser, shell=shell) + "\n")
    return 0


def jobs(text: str) -> int:
    """``ingest --jobs N``: a positive number of processes."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r}")
    return int(text)


# ``ingest --wait``'s default: another ingest of a day's files ends well within
# it; a 15,000-article archive's takes longer, and the line says to wait longer.
INGEST_WAIT = 60.0


def wait_seconds(text: str) -> float:
    """``ingest --wait SECONDS``: how long to wait for another writer (0: not at all)."""
    import math

    try:
        seconds = float(text.strip().removesuffix("s"))
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or seconds < 0:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r} (60, 0 for not at all)")
    return seconds


# The store's default (store.ingest.articles.MAX_ARTICLE_CHARS), repeated so
# that --help loads nothing; a test keeps the two equal.
MAX_CHARS = 1_000_000


def positive_chars(text: str) -> int:
    """``--max-chars N``: a positive number of characters (1_000_000 and 1,000,000 read too)."""
    digits = text.replace("_", "").replace(",", "")
    if not digits.isdigit() or int(digits) < 1:
        raise argparse.ArgumentTypeError(f"not a number of characters: {text!r}")
    return int(digits)


QUERY_COMMANDS = ("search", "series", "conflicts")


def query_terms_kept(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """An exclusion typed as its own word (``factdesk search 重庆 -长寿``) is
    a query term, not an unknown option: it is given a leading space, which
    argparse reads as a positional and the query language ignores."""
    at, skip = None, False
    for n, arg in enumerate(argv):  # the command: the first word that is not a global option
        if not skip and not arg.startswith("-"):
            at = n
            break
        skip = arg == "--db"
    if at is None or argv[at] not in QUERY_COMMANDS:
        return argv
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    known = sub.choices[argv[at]]._option_string_actions
    out = argv[:at + 1]
    for n in range(at + 1, len(argv)):
        arg = argv[n]
        if arg == "--":
            return out + argv[n:]
        word = len(arg) > 1 and arg.startswith("-") and not arg.startswith("--") and arg not in known
        out.append(" " + arg if word else arg)
    return out
