"""The article list's dates and a search's hit counts read in every theme:
in textual-light the hit counts were amber #ffa62b on grey (1.5:1; 1.0 on
the cursor row of atom-one-light) and vanished, and on the cursor row of
most dark themes the muted date read at 2.2–3:1 on the cursor's tint.  Every
character of a row — title, date, number — stands at 4.5:1 or more (WCAG
AA for text) against what it is drawn on, on the cursor row (focused) and
off it.  (The ansi themes draw on the terminal's own colours.)"""

from __future__ import annotations

import pytest
from rich.segment import Segment

from tests.app_helpers import settle, type_query
from tests.fake_store import FakeStore
from tests.test_app_kind_colours import AA, _contrast
from tui.app import FactdeskApp
from tui.widgets.article_list import ArticleList
from tui.widgets.reader import Reader


def _low(lst: ArticleList, theme: str) -> list[str]:
    low = []
    for y in range(min(lst.size.height, len(lst.rows) * lst.lines_per_row)):
        for segment in lst.render_line(y):
            assert isinstance(segment, Segment)
            style = segment.style
            if not segment.text.strip() or style is None or style.color is None or style.bgcolor is None:
                continue
            ratio = _contrast(style.color, style.bgcolor)
            if ratio < AA:
                low.append(f"{theme} line {y} {segment.text.strip()!r}: {ratio:.2f}")
    return low


@pytest.mark.parametrize("focused", [True, False], ids=["list focused", "reader focused"])
async def test_every_row_of_the_list_reads_in_every_theme_with_and_without_a_search(focused) -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.query_one(ArticleList)
        low = []
        for searching in (False, True):
            if searching:
                await type_query(pilot, "产量")
            (lst if focused else app.query_one(Reader)).focus()
            await settle(pilot)
            assert lst.searching == searching and lst.rows
            for name in sorted(n for n in app.available_themes if not n.startswith("ansi")):
                app.theme = name
                await settle(pilot)
                low += _low(lst, name)
        assert not low, low
