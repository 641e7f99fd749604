"""`y` copies just the figure — and a change keeps its direction: a fall
written in a list (同比分别下降8.6%、7.2%) has the figure 7.2% and an unsigned
value, so a bare 7.2% pasted into a report would read as a rise."""

from __future__ import annotations

import pytest

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.screens.fact_detail import FactDetailScreen
from tui.widgets.facts_table import FactsTable


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


BASE = {"article_id": "a0", "where": "body", "start": 0, "end": 1, "section": None,
        "clause": "今年以来全市警情、舆情同比分别下降8.6%、7.2%"}
FALL_IN_A_LIST = {**BASE, "id": "f1", "kind": "percent", "surface": "7.2%", "value": 7.2, "unit": "%",
                  "change": "down", "change_word": "下降", "subject": "舆情"}
RISE_WRITTEN = {**BASE, "id": "f2", "kind": "points", "surface": "提高2.3个百分点", "value": 2.3, "unit": "个百分点",
                "change": "up", "change_word": "提高", "subject": "占比"}
LEVEL = {**BASE, "id": "f3", "kind": "money", "surface": "26.30元/股", "value": 26.3, "unit": "元/股",
         "subject": "发行价格"}
# 翘尾影响分别为3.7、2.6个百分点: the first item's figure is 3.7 — a bare number once pasted
ITEM_WITHOUT_UNIT = {**BASE, "id": "f4", "kind": "points", "surface": "3.7", "value": 3.7, "unit": "个百分点",
                     "subject": "翘尾影响"}
# 净亏损0.97亿元: a negative 净利润, its figure unsigned — a profit once pasted
LOSS = {**BASE, "id": "f5", "kind": "money", "surface": "0.97亿元", "value": -97000000, "unit": "元",
        "subject": "净利润"}


@pytest.mark.parametrize(("fact", "copied"), [
    (FALL_IN_A_LIST, "下降7.2%"),        # the verb far from the figure: put back before it
    (RISE_WRITTEN, "提高2.3个百分点"),   # the verb already in the figure: said once
    (LEVEL, "26.30元/股"),               # no change: the figure as written
    (ITEM_WITHOUT_UNIT, "3.7个百分点"),  # the unit the list writes once, as the citation (c) gives it
    (LOSS, "-0.97亿元"),                 # a loss is a negative figure of the profit it names
])
async def test_y_copies_the_figure_with_its_change(fact: dict, copied: str) -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.set_facts([fact])
        table.focus()
        await pilot.pause()
        await pilot.press("y")
        assert app.clipboard == copied
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, FactDetailScreen)
        app.copy_to_clipboard("")
        await pilot.press("y")
        assert app.clipboard == copied
