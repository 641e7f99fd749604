"""In textual-light the footer's keys (?, /, c …: where a new user learns
the keys) were #0178D4 on #D0D0D0, a contrast of 2.9:1; catppuccin-latte,
rose-pine-dawn and atom-one-light fainter still.  Every light theme whose
keys are too faint draws them readable (≥ 4.5:1, WCAG's bar for text); the
other themes are drawn as Textual draws them."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.widgets._footer import FooterKey

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.themes import READABLE, contrast


def _key_contrast(app: FactdeskApp) -> float:
    key = next(iter(app.screen.query(FooterKey)))
    style = key.get_component_rich_style("footer-key--key")
    variables = app.get_css_variables()
    return contrast(Color.from_rich_color(style.color), Color.parse(variables["footer-background"]))


@pytest.mark.parametrize("theme", ["textual-light", "catppuccin-latte", "rose-pine-dawn", "atom-one-light"])
async def test_the_footer_keys_of_a_light_theme_read(theme) -> None:
    app = FactdeskApp(FakeStore(), theme=theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.theme == theme
        assert _key_contrast(app) >= READABLE


async def test_a_theme_whose_keys_read_is_left_as_textual_draws_it() -> None:
    app = FactdeskApp(FakeStore(), theme="textual-dark")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.get_css_variables()["footer-key-foreground"].upper() == "#FFA62B"
        assert _key_contrast(app) >= READABLE
