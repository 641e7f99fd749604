"""The README's promises that can be checked mechanically."""

from __future__ import annotations

import re

from tests.conftest import REPO


def quick_start_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_is_exactly_two_commands():
    commands = quick_start_commands()
    assert len(commands) == 2
    assert commands[0].endswith("factdesk") and "pytest" in commands[1]


def test_ci_runs_exactly_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_commands()[1] in ci.splitlines()


def test_every_key_in_the_readme_is_bound_in_the_app():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    keys_section = readme.split("## Keys", 1)[1].split("\n## ", 1)[0]
    assert "ctrl+p" in keys_section and "`?`" in keys_section
