"""Pilot tests: the search bar filters articles and facts as you type."""

from __future__ import annotations

import pytest

from tests.app_helpers import settle, type_query, wait_until
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.widgets.article_list import ArticleList
from tui.widgets.facts_table import FactsTable
from tui.widgets import search_bar
from tui.widgets.reader import Reader
from tui.widgets.search_bar import SearchBar


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


async def test_a_word_in_traditional_script_finds_the_simplified_articles_in_the_fake_store_too() -> None:
    """The fake store read terms as written, so a pilot test of 產量 found
    nothing where the real stores find 产量 (store.search.script)."""
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "產量")
        rows = app.query_one(ArticleList).rows
        assert [r.entry["article_id"] for r in rows] == ["a0"] and rows[0].entry["hits"] == 3


async def test_slash_focuses_the_search_bar() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, SearchBar)


async def test_typing_filters_the_list_with_hit_counts_after_a_debounce(monkeypatch) -> None:
    # The debounce is what is specified, not its length: a loaded machine put
    # more than 0.15 s between the two key presses and searched twice, so the
    # quiet time here is longer than any gap between two presses of a pilot.
    monkeypatch.setattr(search_bar, "DEBOUNCE", 1.5)
    store = FakeStore()
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "产", "量")
        await wait_until(pilot, lambda: bool(store.searches))
        await pilot.pause(0.2)
        await settle(pilot)
        assert len(store.searches) == 1  # one search for two keystrokes
        lst = app.query_one(ArticleList)
        assert [r.entry["article_id"] for r in lst.rows] == ["a0"]
        assert lst.rows[0].entry["hits"] == 3
        assert lst.searching and "Matches (1)" in str(lst.border_title)
        # The facts pane shows the facts that matched; the status line the filter.
        assert {f["subject"] for f in app.query_one(FactsTable).shown} == {"新能源汽车产量", "全市汽车产量"}
        assert "产量" in str(app.query_one("#status").render())


async def test_the_reader_highlights_hits_and_n_N_step_through_them() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "产量")
        reader = app.query_one(Reader)
        assert [reader.article["body"][s:e] for _, s, e in reader.hits] == ["产量"] * 3
        reader.focus()
        first = reader.hit_index
        await pilot.press("n")
        assert reader.hit_index == (first + 1) % 3
        await pilot.press("N")
        assert reader.hit_index == first
        assert "hit" in str(reader.border_title)


async def test_enter_in_search_opens_the_best_article() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "第5段")
        await pilot.press("enter")
        await settle(pilot)
        assert app.main_screen.article["id"] == "a2"
        assert isinstance(app.focused, Reader)


async def test_enter_typed_before_the_search_answers_opens_the_best_article_when_it_does() -> None:
    """A quick typist (or a paste) presses enter while the search still runs:
    the best match opens when the answer lands, and the reader takes the
    keys (it had done nothing, so the next `c` was typed into the query)."""
    import threading

    answer = threading.Event()

    class SlowStore(FakeStore):
        def search(self, *args, **kwargs):  # type: ignore[override]
            # held until the test has pressed enter: a sleep raced the keys on a loaded machine
            answer.wait(timeout=10)
            return super().search(*args, **kwargs)

    app = FactdeskApp(SlowStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"第5段", "enter")
        assert app.main_screen.article is None or app.main_screen.article["id"] != "a2"  # not yet answered
        answer.set()
        await wait_until(pilot, lambda: isinstance(app.focused, Reader), timeout=10)
        assert app.main_screen.article["id"] == "a2"


async def test_escape_clears_the_search_and_leaves_it() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "产量")
        await pilot.press("escape")
        await settle(pilot)
        lst = app.query_one(ArticleList)
        assert not lst.searching and len([r for r in lst.rows if r.entry]) == 3
        assert app.query_one(SearchBar).value == ""
        assert isinstance(app.focused, ArticleList)
        assert app.query_one(Reader).hits == []


async def test_no_results_suggest_pinyin_or_a_filter() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "不存在的词")
        lst = app.query_one(ArticleList)
        assert len(lst.rows) == 0
        assert "No articles match" in lst.message
        assert "changshou" in lst.message and "kind:money" in lst.message


@pytest.mark.parametrize(("query", "said"), [
    (">100pp", "No fact matches “>100pp” (its filters all hold for the same fact). Escape clears."),
    ("kind:points", "No fact matches “kind:points”"), ("date:2030", "No article matches “date:2030”. Escape clears."),
])
async def test_a_query_of_filters_alone_that_found_nothing_suggests_no_word(query, said) -> None:
    """“No articles match “>0.3pp”. Try the pinyin or a filter, e.g. “changshou””
    told someone who had asked for a figure to try a word, or the filter they used."""
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, query)
        message = app.query_one(ArticleList).message
        assert said in message and "changshou" not in message and "pinyin" not in message, message


async def test_no_results_do_not_suggest_pinyin_when_the_search_could_not_read_it() -> None:
    """Without its index (a read-only store, a full disk) a search reads no
    pinyin, as the store's notice says: "Try the pinyin … changshou" under
    it sent the user after nothing."""
    class NoPinyin(FakeStore):
        def searches_pinyin(self) -> bool:
            return False

    app = FactdeskApp(NoPinyin())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "changshou")
        message = app.query_one(ArticleList).message
        assert "No articles match" in message and "Pinyin is off" in message
        assert "Try the pinyin" not in message and "“changshou”" not in message.split("match “changshou”", 1)[1]
        assert "kind:money" in message


async def test_a_malformed_filter_is_reported_not_raised() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "kind:zzz")
        lst = app.query_one(ArticleList)
        assert len(lst.rows) == 0 and "unknown kind" in lst.message


@pytest.mark.parametrize(("query", "example"), [
    ("date:2025-13", "“date:2025-11”"), ("kind:zzz", "“kind:money >1亿”"), ("percent>3pp", "“>0.3pp”"),
])
async def test_a_malformed_query_s_example_is_of_what_it_got_wrong(query, example) -> None:
    """A bad date was answered "— e.g. “kind:money >1亿”", which says nothing about dates."""
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, query)
        message = app.query_one(ArticleList).message
        assert f"— e.g. {example}. Escape clears." in message, message


@pytest.mark.parametrize(("query", "example"), [("kind:money >", "e.g. >1亿"), ("year:abc", "e.g. year:2024")])
async def test_a_query_error_that_gives_its_own_example_gets_no_second_one(query, example) -> None:
    """“'>': expected a number after '>', e.g. >1亿 — e.g. “kind:money >1亿”” said e.g. twice."""
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, query)
        message = app.query_one(ArticleList).message
        assert example in message and message.count("e.g.") == 1 and message.endswith(". Escape clears."), message


async def test_export_during_a_search_writes_the_matching_facts_of_every_result(tmp_path, monkeypatch) -> None:
    import json

    monkeypatch.chdir(tmp_path)
    store = FakeStore("/tmp/factdesk-fixture.json")
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "产量")
        expected = store.search("产量", facts=True)["results"]
        wanted = sorted(f["id"] for r in expected for f in r["facts"])
        assert wanted, "the fixture has facts whose clause mentions 产量"
        await pilot.press("tab")  # out of the search box, results kept
        await pilot.press("e", "j")
        await settle(pilot)
        [written] = tmp_path.glob("factdesk-search-*.json")
        assert sorted(f["id"] for f in json.loads(written.read_text(encoding="utf-8"))) == wanted


async def test_a_query_is_parsed_once_and_the_same_parse_serves_search_and_highlighting(monkeypatch) -> None:
    import store as store_package

    parses: list[str] = []
    real_parse = store_package.parse_query

    def counting_parse(text: str, *args: object):
        parses.append(text)
        return real_parse(text, *args)

    monkeypatch.setattr(store_package, "parse_query", counting_parse)
    fake = FakeStore()
    highlighted: list[object] = []
    real_spans = fake.hit_spans
    monkeypatch.setattr(fake, "hit_spans", lambda text, query: highlighted.append(query) or real_spans(text, query))
    app = FactdeskApp(fake)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "产量")
        await pilot.press("enter")
        await settle(pilot)
        # On a slow machine the debounce may also fire for the half-typed
        # "产": each text is still parsed once, and each highlight uses the
        # very parse its search ran with.
        assert parses[-1] == "产量" and len(parses) == len(set(parses)) == len(fake.searches)
        searched = fake.searches[-1]
        assert highlighted and highlighted[-1] is searched
        assert all(any(query is ran for ran in fake.searches) for query in highlighted)
        assert app.query_one(Reader).hits


async def test_zero_matches_clear_the_reader_and_facts_and_nothing_is_copied_or_exported(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.query_one(Reader).article is not None and app.query_one(FactsTable).row_count
        await type_query(pilot, "不存在的词")
        assert app.query_one(Reader).article is None
        assert app.query_one(FactsTable).row_count == 0
        await pilot.press("tab")  # out of the search box, the search kept
        before = app.clipboard
        for key, what in (("c", "copy"), ("C", "copy"), ("y", "copy"), ("e", "export")):
            await pilot.press(key)
            await settle(pilot)
            toasts = [n.message for n in app._notifications]
            assert f"Nothing to {what}: no article matches “不存在的词”." in toasts, (key, toasts)
        assert app.clipboard == before and list(tmp_path.iterdir()) == []
        assert len(app.screen_stack) == 1  # no export dialog
        await pilot.press("slash", "escape")
        await settle(pilot)
        assert app.query_one(Reader).article is not None and app.query_one(FactsTable).row_count


async def test_an_unknown_query_field_is_an_inline_message() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "colour:red")  # date:, pub: and source: are fields; colour: is not
        lst = app.query_one(ArticleList)
        assert len(lst.rows) == 0 and "unknown field 'colour:'" in lst.message
        assert app.query_one(Reader).article is None


async def test_a_huge_paste_into_the_search_bar_is_cut_at_the_query_limit_and_said() -> None:
    from textual import events

    from store.search.limits import MAX_QUERY_CHARS

    store = FakeStore()
    app = FactdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        bar = app.query_one(SearchBar)
        bar.post_message(events.Paste("产量" * 20_000 + "\nsecond line"))
        await pilot.pause(0.3)
        await settle(pilot)
        assert bar.value == ("产量" * 20_000)[:MAX_QUERY_CHARS]
        assert len(store.searches) == 1  # one search of the text kept, not one per character
        said = [n.message for n in app._notifications]
        assert any(f"at most {MAX_QUERY_CHARS:,} characters" in m for m in said)
        await pilot.press("x")  # a key past the limit is refused and said too
        assert bar.value == ("产量" * 20_000)[:MAX_QUERY_CHARS]


async def test_typing_up_to_the_query_limit_is_taken() -> None:
    store = FakeStore()
    app = FactdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"产量 abc")
        await pilot.pause(0.3)
        await settle(pilot)
        assert app.query_one(SearchBar).value == "产量 abc"
        assert not any("at most" in n.message for n in app._notifications)


async def test_keys_past_the_limit_in_a_burst_ring_and_say_it_once_and_no_match_quotes_a_short_query() -> None:
    from store.search.limits import MAX_QUERY_CHARS

    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        bells: list[None] = []
        app.bell = lambda: bells.append(None)  # type: ignore[method-assign]
        await pilot.press("slash")
        bar = app.query_one(SearchBar)
        bar.value = "无" * MAX_QUERY_CHARS
        bar.cursor_position = MAX_QUERY_CHARS
        await pilot.press(*"abcdefgh")  # a paste the terminal sends as keys
        assert len(bells) == 1
        assert sum("at most" in n.message for n in app._notifications) == 1
        await pilot.pause(0.3)
        await settle(pilot)
        message = app.query_one(ArticleList).message
        assert message.startswith("No articles match") and len(message) < 200


async def test_editing_keys_typed_in_a_burst_take_effect_in_the_order_typed() -> None:
    """Keys typed fast while a search runs arrive together: ctrl+u then a new
    query must leave the new query (it erased it: an empty search), and a
    backspace then a letter must replace the last character (it deleted the
    letter)."""
    from textual import events

    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "zzzq")
        bar = app.query_one(SearchBar)
        for keys in ([("ctrl+u", None)] + [(c, c) for c in "cq"],   # all queued before the first is handled
                     [("backspace", None), ("x", "x")],
                     [("home", None), ("y", "y")]):
            for key, char in keys:
                app.post_message(events.Key(key, char))
            await pilot.pause(0.3)
            await settle(pilot)
        assert bar.value == "ycx"
        assert app.main_screen.search_state.text == "ycx"


async def test_a_query_of_article_fields_alone_shows_no_hit_counts(seeded) -> None:
    """date:2025-11 counts no hits: every row of the list read "0" beside an
    article that was found."""
    app = FactdeskApp(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "date:2025-11")
        lst = app.query_one(ArticleList)
        rows = ["".join(seg.text for seg in lst.render_line(y)).rstrip() for y in range(4)]
        assert len(lst.rows) == 4 and all(row.endswith(("2025-11-25", "2025-11-24")) for row in rows), rows
        await pilot.press("escape")
        await type_query(pilot, "重庆")
        assert "".join(seg.text for seg in lst.render_line(0)).rstrip()[-1].isdigit()  # terms: their count


async def test_a_latin_word_that_found_nothing_is_not_told_to_try_pinyin() -> None:
    """A Latin word is read as pinyin already; "Try the pinyin, e.g.
    changshou" under a search for changshou (on a store whose vocabulary
    lacks 长寿: it holds the words of titles, headings, subjects and leads)
    sent the user in a circle.  It says what pinyin reads and to type the
    Chinese."""
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "zhuzhuqq")
        message = app.query_one(ArticleList).message
        assert "No articles match “zhuzhuqq”" in message
        assert "changshou" not in message and "Try the pinyin" not in message
        assert "in Chinese" in message and "kind:money" in message


async def test_n_and_N_step_the_reader_s_hits_from_the_facts_too() -> None:
    """The tmux walk (app51): with the facts pane focused after a search, n
    and N did nothing — the help listed them for the reader alone, and the
    README's table as stepping "the search hits in the article"."""
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "产量")
        reader = app.query_one(Reader)
        app.query_one(FactsTable).focus()
        await pilot.pause()
        first = reader.hit_index
        await pilot.press("n")
        assert reader.hit_index == (first + 1) % 3
        await pilot.press("N")
        assert reader.hit_index == first
        assert isinstance(app.focused, FactsTable)
