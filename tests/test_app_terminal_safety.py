"""Hostile text in an article is shown, found and copied as plain text:
no escape sequence reaches the terminal and no markup is interpreted."""

from __future__ import annotations

import html
import re

from store import open_store
from tests.app_helpers import settle, type_query
from tui.app import FactdeskApp
from tui.widgets.reader import Reader

HOSTILE = (
    "# 恶意标题\x1b]0;pwned title\x07\n\n"
    "正文开始\x1b]52;c;aGFja2Vk\x07，签约金额12亿元[link=https://evil.example]点我[/link]，"
    "[red]红字[/red]\x1b[31m增长5%\x9b1m。\x07\n"
)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def screen_text(svg: str) -> str:
    """The characters on screen, rows joined, borders and blanks dropped
    (so text wrapped over two lines reads as one)."""
    rows: dict[float, list[str]] = {}
    for match in re.finditer(r'<text[^>]*y="([\d.]+)"[^>]*>(.*?)</text>', svg):
        rows.setdefault(float(match.group(1)), []).append(html.unescape(re.sub("<[^>]+>", "", match.group(2))))
    text = "".join("".join(rows[y]) for y in sorted(rows))
    return re.sub(r"[\s\xa0│╭╮╰╯─▌▎▁▂▃▄▅▆▇█]", "", text)


async def test_hostile_article_is_viewed_searched_and_copied_as_plain_text(tmp_path):
    page = tmp_path / "evil.txt"
    page.write_text(HOSTILE, encoding="utf-8")
    store = open_store(tmp_path / "s.json")
    report = store.ingest([page])
    assert report.ingested_sources == ["evil.txt"]

    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "点我")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.query_one(Reader)
        shown = screen_text(app.export_screenshot())
        assert "[link=https://evil.example]点我[/link]" in shown
        assert "[red]红字[/red]" in shown
        assert "pwned" not in shown and "aGFja2Vk" not in shown
        assert reader.hits, "the search hit is highlighted in the reader"

        app.query_one("FactsTable").focus()
        await pilot.press("c")
        copied = app.clipboard
        assert "12亿元" in copied and "恶意标题" in copied
        assert not CONTROL.search(copied)
        assert "aGFja2Vk" not in copied
        await pilot.press("C")
        assert not CONTROL.search(app.clipboard.replace("\t", "").replace("\n", ""))


async def test_a_copy_is_cleaned_even_if_the_store_was_tampered_with(tmp_path):
    from tui.clipboard import copy_text

    app = FactdeskApp(open_store(tmp_path / "s.json"))
    async with app.run_test(size=(80, 24)):
        copy_text(app, "figure\x1b]52;c;ZXZpbA==\x07 12亿元\x9b31m")
        assert app.clipboard == "figure 12亿元"


async def test_a_store_path_with_an_escape_sequence_is_shown_cleaned_in_the_status_bar(tmp_path) -> None:
    from store import open_store
    from tests.app_helpers import settle
    from tui.app import FactdeskApp
    from tui.widgets.status_bar import StatusBar

    store = open_store(tmp_path / "a\x1b]0;pwned\x07b" / "s.json")
    app = FactdeskApp(store)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        shown = str(app.query_one(StatusBar).render())
        assert "/ab/s.json" in shown and "\x1b" not in shown and "\x07" not in shown
