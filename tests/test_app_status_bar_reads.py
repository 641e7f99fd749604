"""The status line reads in every theme: it was $text-muted on $panel (3.7
to 4.5:1 in seven themes, atom-one-dark 3.8) with its “filter:” label dim
on top, and the search's count of matches (“产量” → 1 article) is what the
line is read for.  Every character stands at 4.5:1 or more (WCAG AA for
text), and nothing on it is dim.  (The ansi themes draw on the terminal's
own colours.)"""

from __future__ import annotations

from tests.app_helpers import settle, type_query
from tests.fake_store import FakeStore
from tests.test_app_kind_colours import AA, _contrast
from tui.app import FactdeskApp
from tui.widgets.status_bar import StatusBar


async def test_the_status_line_reads_in_every_theme() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "产量")
        bar = app.query_one(StatusBar)
        assert "filter:" in bar.render_line(0).text
        low = []
        for name in sorted(n for n in app.available_themes if not n.startswith("ansi")):
            app.theme = name
            await settle(pilot)
            for segment in bar.render_line(0):
                style = segment.style
                if not segment.text.strip() or style is None:
                    continue
                assert not style.dim, (name, segment.text)
                if style.color is not None and style.bgcolor is not None:
                    ratio = _contrast(style.color, style.bgcolor)
                    if ratio < AA:
                        low.append(f"{name} {segment.text.strip()!r}: {ratio:.2f}")
        assert not low, low
