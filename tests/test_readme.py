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


def declared_keys() -> set[str]:
    """Every key bound on the app, its screens and its widgets."""
    import inspect

    from textual.app import App
    from textual.binding import Binding

    import tui.app
    import tui.screens.help
    import tui.screens.main
    import tui.widgets.article_list
    import tui.widgets.facts_table
    import tui.widgets.reader
    import tui.widgets.search_bar

    keys: set[str] = {"tab", "shift+tab", App.COMMAND_PALETTE_BINDING}
    for module in (tui.app, tui.screens.help, tui.screens.main, tui.widgets.article_list, tui.widgets.facts_table,
                   tui.widgets.reader, tui.widgets.search_bar):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            for cls_ in cls.__mro__:
                for binding in getattr(cls_, "BINDINGS", []) if cls_.__module__.startswith(("tui", "textual")) else []:
                    if isinstance(binding, Binding):
                        keys.update(k.strip() for k in binding.key.split(","))
                    elif isinstance(binding, tuple):
                        keys.update(k.strip() for k in binding[0].split(","))
    return keys


def test_every_key_in_the_readme_is_bound_in_the_app():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    keys_section = readme.split("## Keys", 1)[1].split("\n## ", 1)[0]
    arrows = {"↑": "up", "↓": "down"}
    documented = {arrows.get(k, k) for row in keys_section.splitlines() if row.startswith("| `")
                  for k in re.findall(r"`([^`]+)`", row.split("|")[1])}
    names = {"/": "slash", "?": "question_mark"}
    bound = declared_keys()
    missing = {k for k in documented if k not in bound and names.get(k) not in bound}
    assert not missing, f"README documents keys the app does not bind: {sorted(missing)}"
