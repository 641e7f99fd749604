"""Every kind of figure has a colour that reads: in every theme, dark and
light, each kind's colour (the facts table's Kind cell and the figure in
the reader) stands at 4.5:1 or more (WCAG AA for text) against the pane it
is drawn on — the table, its striped rows and the reader — and a search hit
in the reader is drawn in the text colour on its highlight (3:1 or more).  (The ansi themes
draw on the terminal's own colours, which no stylesheet can know.)"""

from __future__ import annotations

from store import KINDS
from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.widgets.component_style import component_style
from tui.widgets.facts_table import FactsTable
from tui.widgets.reader import Reader

AA = 4.5


def _luminance(color) -> float:
    r, g, b = (c / 255 for c in color.get_truecolor())
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(fg, bg) -> float:
    hi, lo = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)



async def test_every_kinds_colour_reads_at_4_5_to_1_on_every_pane_in_every_theme() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table, reader = app.query_one(FactsTable), app.query_one(Reader)
        low = []
        for name in sorted(app.available_themes):
            if name.startswith("ansi"):
                continue
            app.theme = name
            await settle(pilot)
            panes = {"table": table.rich_style.bgcolor,
                     "stripe": (table.rich_style + table.get_component_rich_style("datatable--even-row")).bgcolor,
                     "reader": reader.rich_style.bgcolor}
            for kind in KINDS:
                for widget, cls in ((table, f"facts-table--{kind}"), (reader, f"reader--{kind}")):
                    colour = component_style(widget, cls).color
                    assert colour is not None, (name, cls)
                    for pane, background in panes.items():
                        ratio = _contrast(colour, background)
                        if ratio < AA:
                            low.append(f"{name} {cls} on {pane}: {ratio:.2f}")
        assert not low, low


async def test_a_search_hit_in_the_reader_is_drawn_in_the_text_colour_whatever_the_kind() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.query_one(Reader)
        for name in sorted(n for n in app.available_themes if not n.startswith("ansi")):
            app.theme = name
            await settle(pilot)
            hit = reader.rich_style + component_style(reader, "reader--hit")
            # 3:1 at least in every theme (a marked span, WCAG 1.4.11), where a
            # kind's colour on the amber read at 1.4–2.9:1 in eleven of them.
            assert _contrast(hit.color, hit.bgcolor) >= 3.0, (name, hit)
