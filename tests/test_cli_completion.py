"""`factdesk completion SHELL` prints a completion script that knows every
command, and `--version` answers without a store."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tui.cli import build_parser, main


@pytest.mark.parametrize("shell", ["bash", "zsh", "tcsh"])
def test_the_completion_script_names_every_command(capsys, shell) -> None:
    assert main(["completion", shell]) == 0
    script = capsys.readouterr().out
    commands = build_parser()._subparsers._group_actions[0].choices  # what --help lists
    assert len(commands) >= 10
    assert all(name in script for name in commands)


def test_an_unknown_shell_is_one_line_and_exit_2(capsys) -> None:
    assert main(["completion", "fish"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bash" in err


def test_version_prints_the_version_and_starting_the_cli_reads_no_package_metadata() -> None:
    done = subprocess.run([sys.executable, "-m", "tui.cli", "--version"], check=False, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("factdesk ")
    probe = "import sys, tui.cli; tui.cli.build_parser(); print('importlib.metadata' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], check=False, capture_output=True, text=True).stdout.strip() == "False"
