"""`C` and `e` take the same facts: the ones the facts pane shows.  A kind
filter (`f`) or a search narrows both alike, in the pane's order; with a
search, `e` exports every article's matching facts, of the kind shown."""

from __future__ import annotations

import csv
import io

import pytest

from tests.app_helpers import settle, type_query
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.widgets.facts_table import FactsTable


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


def copied_ids(app: FactdeskApp) -> list[str]:
    return [row["id"] for row in csv.DictReader(io.StringIO(app.clipboard), delimiter="\t")]


async def test_C_copies_the_kind_filtered_facts_and_says_of_how_many() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.focus()
        every = [f["id"] for f in table.shown]
        await pilot.press("f")  # one kind only
        await settle(pilot)
        shown = [f["id"] for f in table.shown]
        assert table.kind_filter and 0 < len(shown) < len(every)
        await pilot.press("C")
        await settle(pilot)
        assert copied_ids(app) == shown
        assert list(app._notifications)[-1].message == f"{len(shown)} of {len(every)} facts as TSV"
        await pilot.press("escape")  # no filter: every fact of the article again
        await pilot.press("C")
        await settle(pilot)
        assert copied_ids(app) == every


async def test_C_copies_the_facts_a_search_leaves_in_the_pane_in_its_order() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "kind:count")
        table = app.query_one(FactsTable)
        table.focus()
        await pilot.press("s", "s")  # sorted by a column
        await settle(pilot)
        shown = [f["id"] for f in table.shown]
        assert shown and all(f["kind"] == "count" for f in table.shown)
        await pilot.press("C")
        await settle(pilot)
        assert copied_ids(app) == shown


async def test_e_with_a_search_and_a_kind_filter_exports_only_that_kind(tmp_path) -> None:
    store = FakeStore()
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "kind:count,percent")
        table = app.query_one(FactsTable)
        table.focus()
        for _ in range(12):  # f cycles through the kinds present
            await pilot.press("f")
            await settle(pilot)
            if table.kind_filter == "percent":  # a kind two of the articles found have
                break
        kind = table.kind_filter
        assert kind == "percent"
        await pilot.press("e")
        await settle(pilot)
        assert f"matching {kind} facts" in app.screen.what
        app.screen.query_one("#export-path").value = str(tmp_path / "out")
        await pilot.press("t")
        await settle(pilot)
        rows = list(csv.DictReader(io.StringIO((tmp_path / "out.tsv").read_text(encoding="utf-8")), delimiter="\t"))
        assert rows and {row["kind"] for row in rows} == {kind}
        # every matching fact of that kind, from every article found, not only the open one's
        assert len({row["article_id"] for row in rows}) > 1
