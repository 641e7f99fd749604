"""An article whose text has no full stop (a dump, a table flattened to one
line) is one run-on "sentence": the cited sentence is the figure with what
is around it, and the facts pane looks a sentence up only where it shows
one (a wide pane).  Each fact quoting the whole text made the pane of such
an article take time growing with facts × text: a body of a few hundred
thousand characters froze the app for hours."""

from __future__ import annotations

import pytest

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui import citation
from tui.app import FactdeskApp
from tui.widgets import facts_table
from tui.widgets.facts_table import FactsTable

RUN_ON = "产量增长5%，" * 5000  # 35,000 characters and not one full stop


def test_a_figure_in_a_text_without_full_stops_is_quoted_with_what_is_around_it() -> None:
    start = RUN_ON.index("5%", len(RUN_ON) // 2)
    quoted = citation.sentence_of(RUN_ON, start, start + 2)
    assert len(quoted) <= 1002 and quoted.startswith("…") and quoted.endswith("…")
    middle = quoted.strip("…")
    assert middle in RUN_ON and "产量增长5%" in middle


def test_a_figure_near_the_start_of_a_run_on_text_is_quoted_from_the_start() -> None:
    quoted = citation.sentence_of(RUN_ON, 4, 6)
    assert quoted.startswith("产量增长5%，") and quoted.endswith("…") and len(quoted) <= 1001


def test_sentences_of_ordinary_length_are_quoted_whole() -> None:
    sentence = "全市" + "、".join(f"第{i}区" for i in range(150)) + "产量增长5%"  # long, under the limit
    text = f"甲说。{sentence}。乙说。"
    start = text.index("5%")
    assert citation.sentence_of(text, start, start + 2) == sentence


@pytest.mark.parametrize("width, looked_up", [(120, False), (170, True)])
async def test_the_facts_pane_looks_up_sentences_only_when_it_shows_them(monkeypatch, width, looked_up) -> None:
    calls: list[str] = []
    real = facts_table.cited_sentence

    def counting(fact, article):
        calls.append(fact["id"])
        return real(fact, article)

    monkeypatch.setattr(facts_table, "cited_sentence", counting)
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(width, 40)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(FactsTable)
        assert table.row_count > 0
        assert bool(calls) is looked_up
        assert ("sentence" in table.widths) is looked_up
