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
