"""The facts table's highlighted row reads in every theme: the block
cursor's foreground read at 2.4:1 on it in gruvbox (#fbf1c7 on #85A598),
3.2 in solarized, 3.5 in atom-one-light, 3.8 in textual-dark — the default
theme — and 4.5 in catppuccin-latte, on the row an analyst is about to
copy.  Every character of it stands at 4.5:1 or more (WCAG AA for text),
from the first screen on (the default theme is never set again) and after
any change of theme.  (The ansi themes draw on the terminal's own colours.)"""

from __future__ import annotations

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tests.test_app_kind_colours import AA, _contrast
from tui.app import FactdeskApp
from tui.widgets.facts_table import FactsTable


def _cursor_low(table: FactsTable, theme: str) -> list[str]:
    low = []
    for segment in table.render_line(table.cursor_row + 1):  # below the header row
        style = segment.style
        if not segment.text.strip() or style is None or style.color is None or style.bgcolor is None:
            continue
        ratio = _contrast(style.color, style.bgcolor)
        if ratio < AA:
            low.append(f"{theme} {segment.text.strip()!r}: {ratio:.2f}")
    return low


async def test_the_highlighted_fact_reads_in_every_theme() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.focus()
        await settle(pilot)
        assert table.row_count
        low = _cursor_low(table, f"{app.theme} (first screen)")
        for name in sorted(n for n in app.available_themes if not n.startswith("ansi")):
            app.theme = name
            await settle(pilot)
            low += _cursor_low(table, name)
        assert not low, low
