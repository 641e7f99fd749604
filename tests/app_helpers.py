"""Shared helpers for the pilot tests (not a test module)."""

from __future__ import annotations

from textual.pilot import Pilot


async def settle(pilot: Pilot, rounds: int = 3) -> None:
    """Let workers finish and their results reach the widgets."""
    for _ in range(rounds):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def type_query(pilot: Pilot, query: str) -> None:
    """Focus search, type, and wait past the debounce for the results."""
    await pilot.press("slash")
    await pilot.press(*query)
    await pilot.pause(0.2)
    await settle(pilot)


async def wait_until(pilot: Pilot, condition, timeout: float = 5.0) -> None:
    """Pause until condition() holds: for things (like the command palette's
    matches) that arrive on their own schedule, without a fixed sleep that a
    busy CI machine can outrun."""
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await pilot.pause(0.05)


def palette_has_matches(app) -> bool:
    from textual.command import CommandList

    try:
        return app.screen.query_one(CommandList).option_count > 0
    except Exception:
        return False


async def open_series(pilot: Pilot, surface: str) -> None:
    """Highlight the opened article's fact with this surface in the facts pane and follow it (`t`)."""
    from tui.widgets.facts_table import FactsTable

    app = pilot.app
    table = app.query_one(FactsTable)
    table.focus()
    table.select_fact(next(f for f in app.main_screen.article_facts if f["surface"] == surface))
    await pilot.press("t")
    await settle(pilot)
