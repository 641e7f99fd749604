"""Small parts of the command line that load nothing at start-up:
``--version``, ``factdesk completion SHELL`` and the ``--jobs`` number."""

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
