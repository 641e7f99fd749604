"""SVG snapshots of the main screen at 120×40 and 80×24.

Regenerate with FACTDESK_UPDATE_SNAPSHOTS=1 after an intended visual change,
then look at the SVGs (any browser) before committing them.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("FACTDESK_UPDATE_SNAPSHOTS") == "1"


def normalise(svg: str) -> str:
    """Drop the ids Rich derives per export so equal screens compare equal."""
    svg = re.sub(r"terminal-\d+", "terminal", svg)
    return re.sub(r"\s+\n", "\n", svg).strip()


def check(name: str, svg: str) -> None:
    path = SNAPSHOTS / name
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"missing snapshot {path}; run with FACTDESK_UPDATE_SNAPSHOTS=1")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(normalise(svg) + "\n", encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8").strip()
    if normalise(svg) != expected:
        actual = Path(tempfile.gettempdir()) / f"factdesk-{name}"
        actual.write_text(normalise(svg) + "\n", encoding="utf-8")
        pytest.fail(f"{name} differs (see {actual.name}); if intended, FACTDESK_UPDATE_SNAPSHOTS=1")


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
async def test_main_screen_snapshot(size: tuple[int, int]) -> None:
    app = FactdeskApp(FakeStore("/tmp/factdesk-fixture.json"))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        check(f"main_{size[0]}x{size[1]}.svg", app.export_screenshot(title="factdesk"))


async def test_search_screen_snapshot() -> None:
    app = FactdeskApp(FakeStore("/tmp/factdesk-fixture.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"产量")
        await pilot.pause(0.2)
        await settle(pilot)
        await pilot.press("tab")  # leave the input: no blinking cursor in the shot
        await settle(pilot)
        check("search_120x40.svg", app.export_screenshot(title="factdesk"))
