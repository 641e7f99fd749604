"""An article stating tens of thousands of figures (a statistical annex, a
table flattened to text) opens without freezing the app: the facts pane
holds its first rows and says how many there are and how to narrow them
(copies and exports still take every fact), the reader wraps a long text off
the UI thread, each line is drawn from the highlights on it alone, and
wrapping looks up each line's figures instead of scanning all of them per
line (an article of 180,000 figures froze the app for minutes)."""

from __future__ import annotations

import csv
import io
import threading
import time

import pytest

from store import FACT_COLUMNS
from store.records import SourceHeader
from tests.app_helpers import settle
from tests.fake_store import FakeStore, _Writer
from tui import wrap
from tui.app import FactdeskApp
from tui.widgets import reader as reader_module
from tui.widgets.facts_table import ROWS_MOST, FactsTable
from tui.widgets.reader import LAYOUT_IN_WORKER, Reader

PIECE = "产值增长5%，"
PER_PARAGRAPH = 10


def huge_store(figures: int) -> FakeStore:
    paragraphs = [PIECE * PER_PARAGRAPH + "。" for _ in range(figures // PER_PARAGRAPH)]
    body = "\n\n".join(paragraphs)
    article = {"id": "big", "title": "统计附表", "sections": [], "byline": None, "reporters": [], "captions": [],
               "body": body, "source": {"file": "big.txt", "sha256": "1" * 64}, "publication": "统计局",
               "date": "2025-01-01", "order": 0}
    facts = []
    start = body.find("5%")
    while start >= 0:
        fact = {name: None for name in FACT_COLUMNS}
        fact.update({"id": f"big:body:{start}", "article_id": "big", "where": "body", "kind": "percent",
                     "surface": "5%", "start": start, "end": start + 2, "value": 5.0, "unit": "%",
                     "subject": "产值", "clause": "产值增长5%", "change": "up", "mentions": []})
        facts.append(fact)
        start = body.find("5%", start + 2)
    store = FakeStore(empty=True)
    _Writer(store._state).put_source(SourceHeader("big.txt", "1" * 64), [(article, facts)])
    return store


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


async def test_an_article_of_many_figures_fills_the_pane_up_to_a_limit_and_says_so() -> None:
    figures = 30_000
    app = FactdeskApp(huge_store(figures))  # type: ignore[arg-type]
    started = time.process_time()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(FactsTable)
        assert len(table.shown) == figures
        assert table.row_count == ROWS_MOST
        assert table.border_title == f"Facts ({figures:,})"
        assert f"first {ROWS_MOST:,} of {figures:,}" in str(table.border_subtitle)
        table.focus()
        await pilot.press("C")  # the copy takes every fact, not just the rows drawn
        await settle(pilot)
        assert len(list(csv.DictReader(io.StringIO(app.clipboard), delimiter="\t"))) == figures
        await pilot.press("G")
        await settle(pilot)
        assert table.cursor_row == ROWS_MOST - 1
    # Generous: the old pane took well over a minute of CPU on this article.
    assert time.process_time() - started < 30


async def test_a_long_article_is_wrapped_off_the_ui_thread_and_then_shown(monkeypatch) -> None:
    threads: list[bool] = []
    real = reader_module.wrap_text

    def recording(text, width, **kw):
        if len(text) > 1000:
            threads.append(threading.current_thread() is threading.main_thread())
        return real(text, width, **kw)

    monkeypatch.setattr(reader_module, "wrap_text", recording)
    store = huge_store(20_000)
    assert len(store.article("big")["body"]) > LAYOUT_IN_WORKER
    app = FactdeskApp(store)  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert threads and not any(threads)
        assert reader.border_title == "Reader"
        assert reader.virtual_size.height > 1000
        assert "产值增长5%" in reader.visible_text().splitlines()[-1]


def test_wrapping_reads_the_kept_spans_once_not_once_per_line() -> None:
    class Counted(list):
        reads = 0

        def __iter__(self):
            Counted.reads += 1
            return super().__iter__()

    text = "\n".join(PIECE * 3 for _ in range(200))
    keep = Counted((m, m + 2) for m in range(len(text)) if text.startswith("5%", m))
    lines = wrap.wrap_text(text, 12, keep=keep)
    assert Counted.reads == 1
    # The kept spans still hold: no figure is cut across two lines.
    for s, e in keep:
        assert any(a <= s and e <= b for a, b in lines)
