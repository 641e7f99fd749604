"""Exact figures on screen: the facts pane shows the figure as written in
full (where the pane has room for it beside the subject), never rounds without a visible ≈, never cuts a cell without an
ellipsis, fits the pane (columns dropped before anything is cut), quotes the
sentence on wide terminals, and `i` shows every field of a fact."""

from __future__ import annotations

import io

import pytest

from store import FACT_COLUMNS
from tests.app_helpers import settle
from tui.app import FactdeskApp
from tui.widgets.facts_table import COLUMNS, FactsTable

store_mod = pytest.importorskip("store")

BASE = {"article_id": "a0", "where": "body", "start": 0, "end": 1, "clause": "", "section": None}
BIG = [
    {**BASE, "id": "f1", "kind": "percent", "surface": "6.8109%", "value": 6.8109, "value_text": "6.8109",
     "unit": "%", "subject": "增速"},
    {**BASE, "id": "f2", "kind": "money", "surface": "16861826元", "value": 16861826, "value_text": "16861826",
     "unit": "元", "subject": "补贴资金"},
    {**BASE, "id": "f3", "kind": "money", "surface": "17.9999999255亿元", "value": 1799999925.5,
     "value_text": "1799999925.50", "unit": "元", "subject": "净利润"},
    {**BASE, "id": "f4", "kind": "money", "surface": "1000亿元", "value": 100000000000, "value_text": "100000000000",
     "unit": "元", "subject": "投资"},
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    return store_mod.open_store(tmp_path_factory.mktemp("store") / "s.json")


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


def full_texts(table: FactsTable, row: int) -> dict[str, str]:
    fact = table.shown[row]
    return {c.key: table.full_text(fact, c) for c in COLUMNS}


def assert_nothing_cut_silently(table: FactsTable) -> None:
    """Every cell is its text in full, or a prefix of it ending in …"""
    for row in range(table.row_count):
        full = full_texts(table, row)
        for key in table.widths:
            shown = table.cell_text(row, key)
            # (a wide character that does not fit leaves a space before the …)
            assert shown == full[key] or (shown.endswith("…") and full[key].startswith(shown[:-1].rstrip())), (
                key, shown)


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 50)])
async def test_the_facts_pane_fits_its_width_and_shows_figures_and_values_in_full(seeded, size) -> None:
    app = FactdeskApp(seeded)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        assert table.row_count > 5
        assert sum(w + 2 for w in table.widths.values()) <= table.content_region.width  # no sideways scrolling
        assert ("surface" in table.widths) == (size[0] > 80)  # at 80 columns it gives way to the subject
        for row in range(table.row_count):
            assert table.cell_text(row, "surface") in (None, table.shown[row]["surface"])
            assert table.cell_text(row, "value") == full_texts(table, row)["value"]
        assert_nothing_cut_silently(table)
        assert ("sentence" in table.widths) == (size[0] >= 160)


async def test_at_80x24_the_facts_pane_shows_at_least_five_rows(seeded) -> None:
    app = FactdeskApp(seeded)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        assert table.content_region.height - 1 >= 5  # less the header row


async def test_wide_terminals_give_the_width_to_the_subject_and_the_sentence(seeded) -> None:
    app = FactdeskApp(seeded)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        narrow = dict(table.widths)
        await pilot.resize_terminal(240, 50)
        await settle(pilot)
        assert table.widths["sentence"] > narrow["sentence"]
        # The sentence quoted is the one that states the fact.
        fact = table.shown[0]
        assert fact["surface"] in table.sentence(fact)


async def test_large_values_carry_a_marker_when_shortened_and_every_digit_with_x(seeded) -> None:
    app = FactdeskApp(seeded)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.set_facts(BIG)
        await pilot.pause()
        values = [table.cell_text(n, "value") for n in range(4)]
        assert values == ["6.8109%", "≈1686万元", "≈18亿元", "1000亿元"]  # 80 columns: with the unit
        assert [table.cell_text(n, "surface") for n in range(4)] in ([None] * 4, [f["surface"] for f in BIG])
        table.focus()
        await pilot.press("x")
        values = [table.cell_text(n, "value") for n in range(4)]
        assert values == ["6.8109%", "16,861,826元", "1,799,999,925.50元", "100,000,000,000元"]
        assert_nothing_cut_silently(table)


FALLS = [
    {**BASE, "id": "g1", "kind": "percent", "surface": "8.6%", "value": 8.6, "value_text": "8.6", "unit": "%",
     "subject": "警情", "period": "2025-01/2025-11", "change": "down", "change_word": "下降", "qualifier": "约"},
    {**BASE, "id": "g2", "kind": "points", "surface": "0.4个百分点", "value": 0.4, "value_text": "0.4",
     "unit": "个百分点", "subject": "城镇调查失业率", "period": "2024Q3", "change": "up", "change_word": "上升"},
    {**BASE, "id": "g3", "kind": "money", "surface": "17.8亿元", "value": 1780000000, "value_text": "1780000000",
     "unit": "元", "subject": "返还资金"},
]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_fall_or_a_rise_shows_its_direction_in_the_value_even_when_the_change_column_is_dropped(
        seeded, size) -> None:
    app = FactdeskApp(seeded)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.set_facts([{**f, "subject": f["subject"] * 4} for f in FALLS])  # long subjects crowd the pane
        await pilot.pause()
        assert "change" not in table.widths  # the pane is too narrow for it
        unit = "" if "unit" in table.widths else "元"  # a pane without the Unit column shows it with the value
        about = "" if "qualifier" in table.widths else "约"  # … and one without the Qual. column the qualifier
        assert [table.cell_text(n, "value") for n in range(3)] == [f"↓{about}8.6%", "↑0.4 pp", "17.8亿" + unit]


async def test_a_period_range_is_shown_whole_in_words(seeded) -> None:
    """As a report writes it, the repeated year said once (2025年1-11月, 2022年9月22-25日)."""
    ranges = [{**FALLS[0], "id": f"p{n}", "period": period} for n, period in enumerate(
        ["2025-01/2025-11", "2022-09-22/2022-09-25", "2024-11/2025-02", "2025Q1-Q3", "2024H1"])]
    app = FactdeskApp(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.set_facts(ranges)
        await pilot.pause()
        assert [table.cell_text(n, "period") for n in range(5)] == [
            "2025年1-11月", "2022年9月22-25日", "2024年11月至2025年2月", "2025年前三季度", "2024年上半年"]


async def test_i_shows_every_field_the_full_sentence_and_the_citation(seeded) -> None:
    from rich.console import Console

    from tui.citation import citation, cited_sentence
    from tui.screens.fact_detail import FactDetailScreen, detail

    app = FactdeskApp(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.focus()
        await pilot.press("j")
        fact = table.current_fact
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, FactDetailScreen) and app.screen.fact is fact
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(detail(fact, app.main_screen.article))
        shown = console.export_text()
        text = "".join(shown.split())
        starts = {line.split()[0] for line in shown.splitlines() if line.strip()}
        assert set(FACT_COLUMNS) <= starts  # every field of the record, one a line
        article = app.main_screen.article
        assert "".join(cited_sentence(fact, article).split()) in text
        assert "".join(citation(fact, article).split()) in text
        await pilot.press("escape")
        assert not isinstance(app.screen, FactDetailScreen)
