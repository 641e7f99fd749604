"""A fraction written in words (三分之一, 三分之二) has a repeating value
(0.333333333333): the facts pane's readable value shows it to four
significant digits with ≈ (as 95.3万-style values mark a shortened value),
so it fits its column at 80×24; `x` and the fact detail still give every
digit, and a value written with few decimals is shown as it is."""

from __future__ import annotations

import pytest

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.citation import format_value
from tui.widgets.facts_table import FactsTable


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


BASE = {"article_id": "a0", "where": "body", "start": 0, "end": 1, "section": None, "clause": ""}
THIRD = {**BASE, "id": "f1", "kind": "ratio", "surface": "三分之一", "value": 0.333333333333,
         "value_text": "0.333333333333", "unit": None, "subject": "经济总量的用水"}


@pytest.mark.parametrize(("value", "text", "shown"), [
    (0.333333333333, "0.333333333333", "≈0.3333"),   # 三分之一
    (2 / 3, None, "≈0.6667"),                         # 三分之二, from an older store
    (33.333333333333336, None, "≈33.33"),
    (0.25, "0.25", "0.25"),                           # 四分之一: exact, as it is
    (7.1234, "7.1234", "7.1234"),                     # a rate written with four decimals
    (26.30, "26.30", "26.30"),
])
def test_a_repeating_fraction_is_shortened_in_the_readable_value_only(value: float, text: str | None,
                                                                       shown: str) -> None:
    fact = {"kind": "ratio", "value": value, "value_text": text}
    assert format_value(fact) == shown
    assert not format_value(fact, exact=True).startswith("≈")


async def test_the_facts_pane_fits_a_third_at_80x24_and_x_shows_every_digit() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.set_facts([THIRD])
        table.focus()
        await pilot.pause()
        assert table.cell_text(0, "value") == "≈0.3333"
        await pilot.press("x")
        await pilot.pause()
        assert table.cell_text(0, "value") == "0.333333333333"
