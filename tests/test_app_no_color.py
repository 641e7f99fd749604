"""Pilot tests: NO_COLOR as no-color.org asks — set and not empty, the
screen the terminal gets has no colour at all (Textual's own filter drew
every colour as a grey), and the focused pane and a search hit stay marked
without one; set but empty, colour as usual."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from tests.app_helpers import settle, type_query
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.widgets.reader import Reader

_SGR = re.compile(r"\x1b\[([0-9;]*)m")


def _colours(drawn: str) -> list[str]:
    """The SGR sequences that set a colour (30–38, 40–48, 90–97, 100–107; 39/49 are the default)."""
    def sets_colour(params: str) -> bool:
        return any(p and (30 <= int(p) <= 38 or 40 <= int(p) <= 48 or 90 <= int(p) <= 107)
                   for p in params.split(";"))
    return [m.group(0) for m in _SGR.finditer(drawn) if sets_colour(m.group(1))]


def _drawn(app: FactdeskApp) -> str:
    """The whole screen as the terminal gets it (line filters applied)."""
    console = Console(width=app.size.width, height=app.size.height, file=io.StringIO(),
                      force_terminal=True, color_system="truecolor", record=True)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text(styles=True)


async def test_under_no_color_nothing_drawn_has_a_colour_and_focus_and_hits_still_show(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await type_query(pilot, "山城")
        reader = app.query_one(Reader)
        reader.focus()
        await settle(pilot)
        drawn = _drawn(app)
        assert _colours(drawn) == []
        assert "┏" in drawn  # the focused pane's heavy border
        assert any(seg.style is not None and seg.style.reverse and "山城" in seg.text
                   for y in range(reader.content_region.height) for seg in reader.render_line(y))


async def test_an_empty_no_color_keeps_the_colours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "")
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert not app.no_color
        assert re.search(r"\x1b\[[0-9;]*38;2;", _drawn(app))  # truecolour, not greys only


@pytest.mark.parametrize("term", ["xterm-mono", "vt100", "linux-m"])
async def test_a_monochrome_terminal_is_drawn_as_under_no_color(monkeypatch: pytest.MonkeyPatch, term: str) -> None:
    """TERM=xterm-mono (walk22): Textual reads no terminfo and sent its colours,
    so the cursor row (grey background, white text) showed as nothing there."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", term)
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.no_color
        drawn = _drawn(app)
        assert _colours(drawn) == [] and "┏" in drawn


async def test_a_colour_terminal_keeps_its_colours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert not app.no_color
