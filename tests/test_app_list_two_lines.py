"""Pilot tests: a narrow article list (an 80-column terminal) draws each
row on two lines, and moving, paging, clicking and scrolling go by rows:
the cursor's two lines are always in view, a click on either line picks
its article, a publication header keeps its own row."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.events import Click

from tui.widgets.article_list import WIDE_LIST, ArticleList

ENTRIES = [{"id": f"a{n:02d}", "title": f"第{n}篇 重庆新能源汽车产业专题对接活动举行签约项目一百五十九个",
            "date": f"2025-11-{1 + n % 28:02d}", "publication": ("人民日报", "重庆晨报")[n % 2], "n_facts": n}
           for n in range(40)]


class ListApp(App[None]):
    CSS = "ArticleList { width: 30; height: 1fr; padding: 0 0 0 1; scrollbar-size-vertical: 1; overflow-x: hidden; }"

    def compose(self) -> ComposeResult:
        yield ArticleList()


async def _narrow_list(pilot) -> ArticleList:
    lst = pilot.app.query_one(ArticleList)
    lst.show_catalog(ENTRIES)
    lst.focus()
    await pilot.pause()
    assert lst.scrollable_content_region.width < WIDE_LIST and lst.lines_per_row == 2
    return lst


def _in_view(lst: ArticleList) -> bool:
    """The cursor's two lines are on screen, and the top line starts a row."""
    top, height = int(lst.scroll_y), lst.scrollable_content_region.height
    return top <= 2 * lst.cursor and 2 * lst.cursor + 1 < top + height and top % 2 == 0


async def test_the_cursor_row_stays_whole_in_view_moving_and_paging() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        lst = await _narrow_list(pilot)
        assert lst.scrollable_content_region.height % 2 == 0 and lst.virtual_size.height == 2 * len(ENTRIES)
        await pilot.press("G")
        assert lst.cursor == len(ENTRIES) - 1 and _in_view(lst)
        await pilot.press("g")
        assert lst.cursor == 0 and lst.scroll_y == 0
        await pilot.press("pagedown")
        rows_per_page = lst.scrollable_content_region.height // 2 - 1
        assert lst.cursor == rows_per_page and _in_view(lst)
        for _ in range(15):
            await pilot.press("j")
            assert _in_view(lst)
        for _ in range(30):
            await pilot.press("k")
            assert _in_view(lst)


async def test_a_click_on_either_line_of_a_row_picks_its_article() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        lst = await _narrow_list(pilot)
        lst.on_click(Click(lst, 3, 5, 0, 0, 1, False, False, False))  # the second line of the third row
        assert lst.cursor == 2
        lst.on_click(Click(lst, 3, 4, 0, 0, 1, False, False, False))  # its first line
        assert lst.cursor == 2


async def test_a_publication_header_is_a_row_of_its_own_and_a_wide_list_is_one_line_a_row() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        lst = await _narrow_list(pilot)
        for _ in range(2):  # title, then publication (grouped under a header; 重庆晨报 first, in pinyin order)
            await pilot.press("s")
        assert lst.rows[0].entry is None
        assert lst.render_line(0).text.strip() == lst.rows[0].label and lst.render_line(1).text.strip() == ""
        assert lst.cursor == 1 and _in_view(lst)
        lst.styles.width = 60
        await pilot.pause()
        assert lst.lines_per_row == 1 and lst.virtual_size.height == len(lst.rows)


async def test_with_an_odd_height_the_last_row_is_reached_on_a_rows_first_line() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 21)) as pilot:
        lst = await _narrow_list(pilot)
        assert lst.scrollable_content_region.height % 2 == 1
        await pilot.press("G")
        assert lst.cursor == len(ENTRIES) - 1 and _in_view(lst)
        await pilot.press("g", "pagedown", "pagedown")
        assert _in_view(lst)


async def test_a_narrow_list_ordered_by_facts_shows_each_articles_count() -> None:
    """At 80 columns "most facts first" listed the articles with no count to
    see the order by; ordered by date it stays left out (the title's room)."""
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        lst = await _narrow_list(pilot)
        assert not lst.render_line(1).text.rstrip().endswith(" 0")
        for _ in range(3):  # title, publication, facts
            await pilot.press("s")
        assert lst.order.field == "facts" and lst.lines_per_row == 2
        await pilot.press("g")  # the cursor stayed on its article: back to the top
        await pilot.pause()
        first, second = lst.render_line(1).text.rstrip(), lst.render_line(3).text.rstrip()
        assert first.endswith(" 39") and second.endswith(" 38"), (first, second)
        assert lst.border_subtitle.endswith("· date · facts")


async def test_a_headline_s_first_line_never_ends_inside_a_figure() -> None:
    """At 80×24 (the bulk store, search CPI) `2月份居民消费价格同比上涨0.7%`
    was drawn `…同比上涨0` then `.7%` on the next line: the first line read
    as a rise of 0.  The line ends before the figure instead, which goes
    whole to the second line."""
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        lst = pilot.app.query_one(ArticleList)
        width = lst.scrollable_content_region.width
        lead = "居民消费价格同比上涨"  # 20 cells, then the figure straddles the line's end
        title = "全" * ((width - 22) // 2) + ("2" if width % 2 else "") + lead + "10.75% 环比上涨1%"
        lst.show_catalog([{"id": "a", "title": title, "date": "2024-03-09", "publication": "央视网", "n_facts": 4}])
        lst.focus()
        await pilot.pause()
        assert lst.lines_per_row == 2
        first, second = lst.render_line(0).text.strip(), lst.render_line(1).text.strip()
        assert first.endswith("上涨"), (first, second)
        assert second.startswith("10.75%"), second
