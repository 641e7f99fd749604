"""The main screen: search bar, article list, reader and facts table.

It owns the panes and keeps them in step (the article highlighted, its
facts, the search's hits); store reads, searches and exports run in worker
threads so typing never waits for the disk.  Heavy modules (numpy, jieba,
pypinyin via the search index) load inside workers, never at start-up.
"""

from __future__ import annotations

import contextlib
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from store import pinyin_key
from tui import keys
from tui.disk_watch import POLL_SECONDS, DiskWatch
from tui.notes import (
    TROUBLE,
    say,
    show_notices,
    store_notices,
    with_check_hint,
)
from tui.notes import one_line as _one_line
from tui.screens.main_actions import CopyExportActions
from tui.screens.series_actions import SeriesActions
from tui.search_state import (
    ALL_RESULTS_AFTER,
    SearchState,
    Spans,
    asks_nothing,
    excluded_only,
    hits_in,
    no_results,
    reads_pinyin,
    search,
    search_all,
    without,
)
from tui.startup_gc import resume as resume_collection
from tui.widgets.article_list import ArticleList
from tui.widgets.facts_table import COLUMNS, FactsTable
from tui.widgets.reader import Reader
from tui.widgets.search_bar import SearchBar
from tui.widgets.status_bar import StatusBar
from tui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from textual.timer import Timer

    from store import Fact, Query, Store
    from tui.session import Place

STORE_CHANGED_TOAST = 6.0  # seconds; the status line says "store changed — r reloads" until the reload
RESEED_NOTE_SECONDS = 300.0  # as long as a writer waits for the store's write lock
EMPTY_STORE = "The store is empty. Add articles with `factdesk ingest PATH…`, or re-seed from the command palette (ctrl+p → Re-seed store)."
WARM_INDEX_AFTER = 0.3  # seconds after the catalog is shown
TINY_WIDTH, TINY_HEIGHT = 60, 16  # below either, the pane in use takes most of the screen
NO_FACTS = "No figures in this article — pick another article, or search with /."


class MainScreen(CopyExportActions, SeriesActions, Screen[None]):
    """Browse articles, their figures, and cite them."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("main")

    def __init__(self, store: Store, place: Place | None = None) -> None:
        """``place``: where the reader was when the app last quit on this store (``tui.session``)."""
        super().__init__()
        self.store = store
        self._place = place  # come back there once the catalog is read
        self._resume_article: str | None = None  # the article to highlight when the kept search answers
        self._jumping_to: str | None = None  # the article a relaunch's list moves to (see _preview)
        self._resume_fact: tuple[str, str] | None = None  # (article id, fact id): highlighted once the article is read
        self._resume_top: tuple[str, tuple[str, int]] | None = None  # (article id, place in its text): scrolled to
        self._kept_shown: str | None = None  # the article shown where the last session left it (hits do not move it)
        self.catalog: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {"articles": 0, "facts": 0}
        self.search_state = SearchState()
        self.article: dict[str, Any] | None = None
        self.article_facts: list[Fact] = []
        self.disk = DiskWatch(store, self._changed_on_disk)
        self.loaded = False
        self._dates: tuple[list[dict[str, Any]], dict[str, str | None]] | None = None
        self._pinyin = True  # whether the last search read Latin terms as pinyin (see reads_pinyin)
        self._partial = False  # whether the last search left part of the store unsearched (said in a toast)
        self._all_timer: Timer | None = None
        self._wanted_article: str | None = None  # the article asked for last (being read, or shown)
        self._open_when_found: str | None = None  # a query whose best match enter asked for before it came back

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield SearchBar(id="search")
        with Horizontal(id="main"):
            yield ArticleList(id="articles")
            with Vertical(id="right"):
                yield Reader(id="reader")
                yield FactsTable(id="facts")
        yield StatusBar(id="status")
        yield KeyFooter()

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def facts_table(self) -> FactsTable:
        return self.query_one(FactsTable)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    def on_resize(self) -> None:
        # Small terminals: a one-line search bar leaves more room to read.
        self.set_class(self.size.height < 30 or self.size.width < 100, "-compact")
        # Tiny ones (a pane of a split terminal): the pane in use takes the room
        # (at 40×12 the reader had no row of text beside a full facts pane).
        self.set_class(self.size.height < TINY_HEIGHT or self.size.width < TINY_WIDTH, "-tiny")

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Reading or going through the facts (not typing a search, which keeps
        # the list's width): the stylesheet narrows the list for them.
        self.set_class(event.widget in (self.reader, self.facts_table), "-reading")

    def on_mount(self) -> None:
        self.on_resize()
        self.article_list.focus()
        self.reader.show_message("Loading…")
        self.update_status()
        self.load_catalog()
        self.set_interval(POLL_SECONDS, self.disk.poll)

    # -- loading -----------------------------------------------------------
    @work(thread=True, exclusive=True, group="catalog", exit_on_error=False)
    def load_catalog(self, reopen: str | None = None) -> None:
        try:
            catalog = self.store.catalog()
            counts = self.store.counts()
        except Exception as error:  # StoreError, OSError: say so, keep running
            self.app.call_from_thread(self._store_trouble, "Cannot read the store", error)
            return
        self.app.call_from_thread(self._catalog_loaded, catalog, counts, reopen)

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def warm_search_index(self) -> None:
        """Open (or build, on a fresh store) the search index off the UI
        thread right after start-up, so the first search answers at once."""
        try:
            self.store.prepare_search()
        except Exception:  # search reports its own errors when it is used
            pass
        with contextlib.suppress(Exception):
            pinyin_key("")  # its tables, loaded here rather than on the first sort by title
        if notices := store_notices(self.store):  # a damaged series table kept aside and built again
            self.app.call_from_thread(show_notices, self, notices)

    def _catalog_loaded(self, catalog: list[dict[str, Any]], counts: dict[str, int], reopen: str | None) -> None:
        self.catalog, self.counts, self.loaded = catalog, counts, True
        # the list is drawn, and by then as a rule the first article and its facts: the app has started
        self.set_timer(WARM_INDEX_AFTER, resume_collection)
        # After the first screen is drawn: opening the index imports numpy and
        # the pinyin tables, which would hold the interpreter while the list,
        # the article and its facts are being painted.
        self.set_timer(WARM_INDEX_AFTER, self.warm_search_index)
        if self.search_state.active:
            self.run_search(self.search_state.text)
        else:
            self.article_list.show_catalog(catalog)
        if not catalog:
            self.reader.show_message(EMPTY_STORE)
            self.facts_table.set_facts([], "The store is empty.")
        elif reopen and self.article_list.select_id(reopen):
            self.open_article(reopen)
        place, self._place = self._place, None
        if place is not None and catalog:
            self._come_back(place)
        self.update_status()

    # -- where the reader was (tui.session) -----------------------------------
    def _come_back(self, place: Place) -> None:
        """Back where the app was quit: the search, the article (by id; one
        no longer in the store, or no longer matching, leaves the list at its
        top), the pane that had focus and the series being followed."""
        if place.article and place.fact:
            self._resume_fact = (place.article, place.fact)
        if place.article and place.top:
            self._resume_top = (place.article, place.top)
        if place.query:
            self.search_bar.value = place.query
            self.search_bar.last_text = place.query
            self._search_changed(place.query)
            self._resume_article = place.article
        elif place.article and self.article_list.select_id(place.article):
            self._jumping_to = place.article
            self.open_article(place.article)
        else:  # the article is gone (or there was none): the list's top, with the list in focus
            return
        pane = {"search": self.search_bar, "reader": self.reader, "facts": self.facts_table}.get(place.focus)
        if pane is not None:
            self.set_focus(pane)
        if place.series is not None:
            self._follow_again(*place.series)

    @work(thread=True, group="resume-series", exit_on_error=False)
    def _follow_again(self, article_id: str, fact_id: str) -> None:
        """The series that was open, read again from its fact (gone: nothing)."""
        try:
            article = self.store.article(article_id)
            facts = self.store.facts(article_id) if article else []
        except Exception:  # noqa: BLE001  (the article's own read says what is wrong with the store)
            return
        fact = next((f for f in facts if f.get("id") == fact_id), None)
        if article is not None and fact is not None:
            self.app.call_from_thread(self._show_series, fact, article)

    def _show_series(self, fact: Fact, article: dict[str, Any]) -> None:
        from tui.screens.series import SeriesScreen

        if self.app.screen is self:  # the reader has not gone elsewhere meanwhile
            self.app.push_screen(SeriesScreen(self.store, fact, article.get("title"), article.get("publication")),
                                 self._open_chosen)

    def place(self) -> Place:
        """Where the reader is now, to come back to on the next launch."""
        from tui.screens.series import SeriesScreen
        from tui.session import Place

        if self._place is not None:  # quit before the catalog came: the place as it was
            return self._place
        focused = self.focused
        focus = next((name for name, pane in (("search", self.search_bar), ("reader", self.reader),
                                              ("facts", self.facts_table)) if focused is pane), "articles")
        # (the kept search not back yet: the article it was to highlight)
        article = (self._resume_article or (self.article or {}).get("id") or self._wanted_article
                   or self.article_list.current_id)
        series = None
        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, SeriesScreen) and screen.fact.get("id") and screen.fact.get("article_id"):
                series = (str(screen.fact["article_id"]), str(screen.fact["id"]))
                break
        query = self.search_state.text if self.search_state.active else ""
        shown = self.article is not None and self.article.get("id") == article
        # (a fact pointed at: in the facts or the reader, or a row the facts were moved to before the list took
        # the focus back — not the first row a list in focus leaves there)
        pointed = shown and (focus in ("reader", "facts") or self.reader.selected is not None
                             or self.facts_table.cursor_row > 0)
        fact = self.current_fact() if pointed else None
        fact_id = str(fact["id"]) if fact is not None and fact.get("id") else None
        top = self.reader.top_place() if shown else None
        if top is None and self._resume_top is not None and self._resume_top[0] == article:
            top = self._resume_top[1]  # quit before the article was read again: where it was
        return Place(article=article, focus=focus, query=query, series=series, fact=fact_id, top=top)

    # -- the article shown ---------------------------------------------------
    @on(ArticleList.Highlighted)
    def _preview(self, event: ArticleList.Highlighted) -> None:
        # Compared with the article asked for last, not the one on screen: a
        # reorder passes over the first row on its way back to the current one.
        # A relaunch shows the list at its top, then moves to the article it
        # comes back to: the top row's highlight on the way reads nothing.
        if self._jumping_to is not None:
            if event.article_id != self._jumping_to:
                return
            self._jumping_to = None
        if event.article_id != self._wanted_article:
            self.open_article(event.article_id)

    @on(ArticleList.Selected)
    def _open(self, event: ArticleList.Selected) -> None:
        if event.article_id != self._wanted_article:
            self.open_article(event.article_id)
        self.reader.focus()

    def open_article(self, article_id: str) -> None:
        self._wanted_article = article_id
        self._read_article(article_id)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def _read_article(self, article_id: str) -> None:
        parsed = self.search_state.parsed
        try:
            article = self.store.article(article_id)
            facts = self.store.facts(article_id) if article else []
            hits = hits_in(self.store, article, parsed) if article and parsed is not None else []
        except Exception as error:  # StoreError (a damaged shard): say so, keep running
            self.app.call_from_thread(self._store_trouble, "Cannot read the article", error)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._article_loaded, article, facts, hits, parsed)

    def _article_loaded(self, article: dict[str, Any] | None, facts: list[Fact], hits: Spans,
                        parsed: Query | None) -> None:
        if article is not None and article.get("id") != self._wanted_article:
            return  # read before another was asked for
        if article is None:
            self.reader.show_message(f"This article is no longer in the store. Press {self._key('main.reload')} to reload.")
            return
        self.article, self.article_facts = article, facts
        # Where the last session left this article (a kept search may first show another one: kept till it comes)
        top_kept = None
        if self._resume_top is not None and self._resume_top[0] == article.get("id"):
            top_kept, self._resume_top = self._resume_top[1], None
        elif self._kept_shown is not None and self._kept_shown == article.get("id"):
            top_kept = self.reader.top_place()  # read again (the kept search's answer): still where it was
        self.reader.show_article(article, facts, hits if parsed is self.search_state.parsed else [], top=top_kept)
        self._show_facts()
        self._kept_shown = article.get("id") if top_kept is not None else None
        resume = self._resume_fact
        if resume is not None and resume[0] == article.get("id"):  # the fact highlighted when the app last quit
            self._resume_fact = None
            fact = next((f for f in facts if f.get("id") == resume[1]), None)
            if fact is not None:
                self.reader.select_fact(fact, scroll=top_kept is None)  # the text stays where it was read
                self.facts_table.select_fact(fact)
                return
        if top_kept is not None:
            return
        if self.reader.hits:
            self.reader.action_next_hit(1)

    def _show_facts(self) -> None:
        """The article's facts; during a search, the ones that matched (if any)."""
        article_id = (self.article or {}).get("id")
        self.facts_table.set_facts(self.search_state.narrow(self.article_facts, article_id), NO_FACTS, self.article,
                                   of=len(self.article_facts))
        self.update_status()

    def open_by_id(self, article_id: str) -> None:
        """Open an article chosen in the command palette."""
        if not self.article_list.select_id(article_id):
            self.search_bar.value = ""
            self.search_bar.last_text = ""
            self._search_changed("")
            self.article_list.select_id(article_id)
        self.open_article(article_id)
        self.reader.focus()

    # -- search ------------------------------------------------------------
    @on(SearchBar.TextChanged)
    def _text_changed(self, event: SearchBar.TextChanged) -> None:
        self._kept_shown = None  # a search typed: its first hit is shown again
        self._search_changed(event.text)

    def _search_changed(self, text: str) -> None:
        if asks_nothing(text):  # "" or blanks: the search is cleared
            text = ""
        self._resume_article = None  # another search than the one kept from the last session
        self.search_state.start(text)
        if self._all_timer is not None:
            self._all_timer.stop()
        if not text:
            self.workers.cancel_group(self, "search")
            self.article_list.show_catalog(self.catalog)
            if not self.catalog and self.loaded:
                self.article_list.message = EMPTY_STORE
            self.reader.set_hits([])
            self._show_facts()
            self.show_totals("", None)
            return
        # Say so while the worker runs: the first search on a fresh store
        # waits for the index to be built.
        self.article_list.border_subtitle = "searching…"
        self.run_search(text)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, text: str) -> None:
        from store import QueryError, StoreError

        try:
            parsed, result = search(self.store, text)
            self._pinyin = reads_pinyin(self.store)
        except QueryError as error:
            message = _with_example(str(error))
        except (StoreError, OSError, IndexError) as error:  # a damaged or unreadable index
            message = with_check_hint(f"Search failed: {_one_line(error)}", error, self._key("main.reload"))
        else:
            if not get_current_worker().is_cancelled:
                self.app.call_from_thread(self._search_done, text, parsed, result)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._search_failed, text, message)

    def _dates_by_id(self) -> dict[str, str | None]:
        """Article dates for search results, built once per catalog (not on
        every keystroke: the catalog may hold 100,000 articles)."""
        if self._dates is None or self._dates[0] is not self.catalog:
            self._dates = (self.catalog, {e["id"]: e.get("date") for e in self.catalog})
        return self._dates[1]

    def _search_done(self, text: str, parsed: Query, result: dict[str, Any]) -> None:
        state = self.search_state
        if not state.accept(text, parsed, result, self._dates_by_id()):
            return
        self._partial = bool(result.get("partial"))
        self.article_list.show_results(state.results, state.total,
                                       no_results(text, parsed, self._pinyin, self._partial))
        resume, self._resume_article = self._resume_article, None
        if not state.results:
            self._clear_article("No article matches the search. Escape clears it.")
        elif resume is not None and self.article_list.select_id(resume):
            self._jumping_to = resume
            self.open_article(resume)  # the article read when the app last quit, among the matches
        elif self.article is not None and self.article_list.current_id == self.article.get("id"):
            # Same article still on top: refresh its hits and matched facts.
            self.reader.set_hits(hits_in(self.store, self.article, parsed))
            self._show_facts()
            if self.reader.hits and self._kept_shown != self.article.get("id"):  # (a relaunch's: stays where read)
                self.reader.action_next_hit(1)
        self.update_status()
        self.show_totals(text, parsed)
        if self._open_when_found is not None:
            if self._open_when_found == text and state.results and self.search_bar.has_focus_within:
                self._open_best_result()
            self._open_when_found = None
        if not state.complete:
            # The first page is on screen; every match follows once typing pauses.
            self._all_timer = self.set_timer(ALL_RESULTS_AFTER, partial(self.fetch_all_results, text, parsed))

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def fetch_all_results(self, text: str, parsed: Query) -> None:
        if text != self.search_state.text:
            return
        try:
            result = search_all(self.store, parsed)
        except Exception:  # noqa: BLE001  (the first page stays; the search reported any store error)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._all_results, text, parsed, result)

    def _all_results(self, text: str, parsed: Query, result: dict[str, Any]) -> None:
        current = self.article_list.current_id
        state = self.search_state
        if state.accept(text, parsed, result, self._dates_by_id()):
            self.article_list.show_results(state.results, state.total,
                                           no_results(text, parsed, self._pinyin, self._partial))
            if current is not None:
                self.article_list.select_id(current)
            self.update_status()

    def _search_failed(self, text: str, message: str) -> None:
        self._open_when_found = None
        if text == self.search_state.text:
            self._resume_article = None
        if self.search_state.fail(text, message):
            self.article_list.show_results([], 0, message)
            self._clear_article("No search results: see the message on the left.")
            self.update_status()

    def _clear_article(self, message: str) -> None:
        """Nothing matches: the reader and the facts show nothing, so copy
        and export cannot act on an article the list no longer shows."""
        self.workers.cancel_group(self, "article")
        self.article, self.article_facts, self._wanted_article = None, [], None
        self.reader.show_message(message)
        self.facts_table.set_facts([], "No matching article.")

    @on(SearchBar.OpenBest)
    def _open_best(self) -> None:
        state = self.search_state
        if state.results:
            self._open_best_result()
        elif state.active and state.parsed is None and not state.error:
            # Enter typed before the search came back (a quick typist, a
            # paste): open its best match when it does, not nothing.
            self._open_when_found = state.text

    def _open_best_result(self) -> None:
        self._open_when_found = None
        best = self.search_state.results[0]["article_id"]
        self.article_list.select_id(best)
        self.open_article(best)
        self.reader.focus()

    @on(SearchBar.Leave)
    def _leave_search(self) -> None:
        self.article_list.focus()

    # -- facts ---------------------------------------------------------------
    @on(FactsTable.FactHighlighted)
    def _fact_highlighted(self, event: FactsTable.FactHighlighted) -> None:
        # (the fact the reader already has: a relaunch's highlight, which leaves the text where it was read)
        if self.facts_table.has_focus and event.fact is not None and event.fact is not self.reader.selected:
            self.reader.select_fact(event.fact)

    @on(FactsTable.JumpToFact)
    def _jump(self, event: FactsTable.JumpToFact) -> None:
        self.reader.select_fact(event.fact)
        self.reader.focus()

    @on(Reader.FactSelected)
    def _reader_fact(self, event: Reader.FactSelected) -> None:
        self.facts_table.select_fact(event.fact)

    @on(FactsTable.FilterChanged)
    def _filter_changed(self) -> None:
        self.update_status()

    def current_fact(self) -> Fact | None:
        """The fact the user is pointing at: the reader's selection, else the table row."""
        if self.reader.has_focus and self.reader.selected is not None:
            return self.reader.selected
        return self.facts_table.current_fact or self.reader.selected

    def _key(self, binding_id: str) -> str:
        """The key a user presses for this binding (the settings may have moved it)."""
        settings = getattr(self.app, "settings", None)
        return keys.first_key(binding_id, settings.keys if settings is not None else None)

    # -- store changes -------------------------------------------------------
    def _changed_on_disk(self) -> None:
        # Brief: the status line keeps saying it (a 30 s toast hid four rows of facts at 80x24).
        say(self, "disk", f"The store has new changes (another process wrote to it). Press {self._key('main.reload')} "
            "to reload.", title="Store changed", timeout=STORE_CHANGED_TOAST)
        self.update_status()

    def action_reload(self) -> None:
        self.reload_worker()

    @work(thread=True, exclusive=True, group="reload", exit_on_error=False)
    def reload_worker(self) -> None:
        try:
            self.store.reload()
        except Exception as error:  # StoreError: one line for the user
            self.app.call_from_thread(self._reload_failed, error)
            return
        self.app.call_from_thread(self._reloaded)

    def _reload_failed(self, error: BaseException) -> None:
        # The status line stops saying "r reloads": r just failed, and pressing it
        # again fails the same way until the store is repaired (the toast says how).
        self.disk.reload_failed()
        self._store_trouble("Reload failed", error)
        self.update_status()

    def _reloaded(self) -> None:
        self.disk.reloaded()
        current = (self.article or {}).get("id")
        self.article, self._wanted_article = None, None
        self.app.toasts.drop("disk")  # the "changed on disk" note is answered
        self.app.toasts.drop(TROUBLE)
        say(self, "reload", "Store reloaded.", timeout=3)
        self.load_catalog(reopen=current)

    def action_reseed(self) -> None:
        # Up until the worker answers: behind another process's write lock it can take minutes.
        say(self, "reload", "Re-seeding the store from the bundled sources… (after any other factdesk "
            "process writing to it)", timeout=RESEED_NOTE_SECONDS)
        self.reseed_worker()

    @work(thread=True, exclusive=True, group="reload", exit_on_error=False)
    def reseed_worker(self) -> None:
        from tui.writer_wait import wait_for_writer

        worker = get_current_worker()
        if not wait_for_writer(self.store, lambda: worker.is_cancelled):
            return  # the app is quitting: never hold it open behind another writer
        try:
            report = self.store.reseed()
        except Exception as error:
            self.app.call_from_thread(self.app.toasts.drop, "reload")
            self.app.call_from_thread(self._store_trouble, "Re-seed failed", error)
            return
        if not (report.ingested_sources or report.unchanged_sources):
            self.app.call_from_thread(say, self, "reload", "Re-seed failed: no seed page in this installation.",
                                      severity="error")
            return
        self.app.call_from_thread(self._reloaded)

    def _store_trouble(self, what: str, error: BaseException) -> None:
        """A store error in a worker: one toast saying what to do; the panes
        say what they cannot show; the app keeps running."""
        # A store this user cannot write, or a write the OS refused, needs no
        # repair: with_check_hint leaves the `check --fix` hint out for them.
        message = with_check_hint(f"{what}: {_one_line(error)}", error, self._key("main.reload"))
        say(self, TROUBLE, message, severity="error", timeout=10)
        resume_collection()  # a catalog that cannot be read: the app has started all the same
        if what == "Cannot read the article":
            self.article, self.article_facts, self._wanted_article = None, [], None
            self.reader.show_message(message)  # what is wrong stays in view after the toast has gone
            self.facts_table.set_facts([], "Article unreadable.")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # The safety net: a worker that failed in a way not caught above
        # (a bug, a damaged file read in an unexpected place) is a toast,
        # never a traceback that ends the app.
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self._store_trouble(f"{event.worker.name or 'A background task'} failed", event.worker.error)

    # -- misc ----------------------------------------------------------------
    def action_clear_all(self) -> None:
        """Escape from any pane: no search, no kind filter (the focus stays)."""
        if self.search_state.active or self.search_bar.value:
            self.search_bar.value = ""
            self.search_bar.last_text = ""
            self._search_changed("")
        self.facts_table.clear_filter()
        self.update_status()

    def action_focus_search(self) -> None:
        """Focus the search bar at once (Widget.focus waits its turn, and the
        keys typed right after / would reach the list: c copies, q quits);
        in the search bar itself / is typed (unit:元/股)."""
        from textual.actions import SkipAction

        if self.search_bar.has_focus:
            raise SkipAction()
        self.set_focus(self.search_bar)

    def update_status(self) -> None:
        filters: list[str] = []
        state = self.search_state
        if state.active:
            shown = len(state.results)
            # A query of exclusions only finds every article without them: said, or it reads as a broken search.
            left = excluded_only(state.parsed)
            filters.append(f"“{state.text}” → {shown:,} article{'s' if shown != 1 else ''}"
                           + (f" {without(left)}" if left else ""))
        table = self.facts_table
        if table.kind_filter:
            filters.append(f"kind:{table.kind_filter}")
        if table.sort_column is not None:
            filters.append(f"sort:{COLUMNS[table.sort_column].title}")
        note = ("store changed and unreadable — see factdesk check" if self.disk.failed
                else f"store changed — {self._key('main.reload')} reloads" if self.disk.pending else "")
        self.query_one(StatusBar).update_status(
            self.store.path, self.counts.get("articles", 0), self.counts.get("facts", 0), filters, note
        )


# A query error's example: of the field or filter it is about.
_EXAMPLES = (("date:", "date:2025-11"), ("year:", "year:2024"), ("pub:", "pub:重庆晨报"), ("source:", "source:新闻联播"),
             ("pp", ">0.3pp"), ("bp", ">10bp"), ("%", ">=50%"))


def _with_example(error: str) -> str:
    """A query error with an example of what it got wrong, unless it gives
    one itself (“expected a number after '>', e.g. >1亿” was followed by a
    second “— e.g. …”)."""
    if "e.g." in error:
        return f"{error}. Escape clears."
    return f"{error} — e.g. “{_example_for(error)}”. Escape clears."


def _example_for(error: str) -> str:
    head = error.split(":", 2)[:2]  # "'date:2025-13': there is no month 13 …": the token first
    token = ":".join(head) if error.startswith("'") else error
    return next((example for cue, example in _EXAMPLES if cue in token), "kind:money >1亿")
