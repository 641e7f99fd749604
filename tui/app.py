"""factdesk's Textual app: article list, reader, facts table and search.

Entry point: `FactdeskApp(store).run()` with an opened store.Store. Every store
read, search and export runs in a worker thread so the UI never blocks.
Heavy modules (numpy, jieba, pypinyin via the search index) are imported only
inside workers, never on the start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from factdesk_assets import STYLESHEET
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer
from textual.worker import get_current_worker

from tui.widgets.article_list import ArticleList
from tui.widgets.facts_table import FactsTable
from tui.widgets.reader import Reader
from tui.widgets.search_bar import SearchBar
from tui.widgets.status_bar import StatusBar

SEARCH_LIMIT = 500
SNIPPET_RESULTS = 50  # results that get snippets (the list shows titles only)
POLL_SECONDS = 2.0
NO_RESULTS = "No articles match “{query}”. Try the pinyin or a filter, e.g. “changshou” or “kind:money >1亿”. Escape clears."
EMPTY_STORE = "The store is empty. Add articles with `factdesk ingest PATH…`, or re-seed from the command palette (ctrl+p → Re-seed store)."
NO_FACTS = "No figures in this article — pick another article, or search with /."
Spans = list[tuple[str, int, int]]


def _commands_provider() -> type[Provider]:
    # Imported when the palette first opens, not at start-up.
    from tui.commands import FactdeskCommands

    return FactdeskCommands


class FactdeskApp(App[None]):
    """Browse articles, their figures, and cite them."""

    TITLE = "factdesk"
    CSS_PATH = STYLESHEET
    COMMANDS = App.COMMANDS | {_commands_provider}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", id="app.search"),
        Binding("c", "copy_fact", "Copy fact", tooltip="Copy the fact with its citation", id="app.copy_fact"),
        Binding("y", "copy_figure", "Figure", tooltip="Copy just the figure", id="app.copy_figure"),
        Binding("C", "copy_all", "TSV", tooltip="Copy all facts of the article as a table", id="app.copy_all"),
        Binding("e", "export", "Export", id="app.export"),
        Binding("r", "reload", "Reload", show=False, id="app.reload"),
        Binding("question_mark", "help", "Keys", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, store: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.store = store
        self.catalog: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {"articles": 0, "facts": 0}
        self.query = ""
        self.results: list[dict[str, Any]] = []
        self._dates: tuple[list[dict[str, Any]], dict[str, str | None]] | None = None
        self.search_total = 0
        self.article: dict[str, Any] | None = None
        self.article_facts: list[dict[str, Any]] = []
        self.changed_pending = False
        self.loaded = False

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield SearchBar(id="search")
        with Horizontal(id="main"):
            yield ArticleList(id="articles")
            with Vertical(id="right"):
                yield Reader(id="reader")
                yield FactsTable(id="facts")
        yield StatusBar(id="status")
        yield Footer()

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
        self.screen.set_class(self.size.height < 30 or self.size.width < 100, "-compact")

    def on_mount(self) -> None:
        self.on_resize()
        self.article_list.focus()
        self.reader.show_message("Loading…")
        self._update_status()
        self.load_catalog()
        self.set_interval(POLL_SECONDS, self._poll_disk)

    # -- loading -----------------------------------------------------------
    @work(thread=True, exclusive=True, group="catalog")
    def load_catalog(self, reopen: str | None = None) -> None:
        catalog = self.store.catalog()
        counts = self.store.counts()
        self.call_from_thread(self._catalog_loaded, catalog, counts, reopen)

    @work(thread=True, exclusive=True, group="index")
    def warm_search_index(self) -> None:
        """Open (or build, on a fresh store) the search index off the UI
        thread right after start-up, so the first search answers at once."""
        try:
            self.store.search_index()
        except Exception:  # search reports its own errors when it is used
            pass

    def _catalog_loaded(self, catalog: list[dict[str, Any]], counts: dict[str, int], reopen: str | None) -> None:
        self.catalog, self.counts, self.loaded = catalog, counts, True
        if hasattr(self.store, "search_index"):
            self.warm_search_index()
        if self.query:
            self.run_search(self.query)
        else:
            self.article_list.show_catalog(catalog)
        if not catalog:
            self.reader.show_message(EMPTY_STORE)
            self.facts_table.set_facts([], "The store is empty.")
        elif reopen and self.article_list.select_id(reopen):
            self.open_article(reopen)
        self._update_status()

    @on(ArticleList.Highlighted)
    def _preview(self, event: ArticleList.Highlighted) -> None:
        if self.article is None or self.article.get("id") != event.article_id:
            self.open_article(event.article_id)

    @on(ArticleList.Selected)
    def _open(self, event: ArticleList.Selected) -> None:
        if self.article is None or self.article.get("id") != event.article_id:
            self.open_article(event.article_id)
        self.reader.focus()

    @work(thread=True, exclusive=True, group="article")
    def open_article(self, article_id: str) -> None:
        article = self.store.article(article_id)
        facts = self.store.facts(article_id) if article else []
        query = self.query
        hits = self._hits_in(article, query) if article and query else []
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._article_loaded, article, facts, hits, query)

    def _hits_in(self, article: dict[str, Any], query: str) -> Spans:
        spans: Spans = [("title", s, e) for s, e in self.store.hit_spans(article.get("title") or "", query)]
        spans += [("body", s, e) for s, e in self.store.hit_spans(article.get("body") or "", query)]
        return spans

    def _article_loaded(self, article: dict[str, Any] | None, facts: list[dict[str, Any]], hits: Spans, query: str) -> None:
        if article is None:
            self.reader.show_message("This article is no longer in the store. Press r to reload.")
            return
        self.article, self.article_facts = article, facts
        self.reader.show_article(article, facts, hits if query == self.query else [])
        self._show_facts()
        if self.reader.hits:
            self.reader.action_next_hit(1)

    def _show_facts(self) -> None:
        """The article's facts; during a search, the ones that matched (if any)."""
        facts = self.article_facts
        if self.query and self.article:
            result = next((r for r in self.results if r.get("article_id") == self.article.get("id")), {})
            ids = set(result.get("fact_ids") or ()) | {f.get("id") for f in result.get("facts") or ()}
            narrowed = [f for f in facts if f.get("id") in ids]
            if narrowed:
                facts = narrowed
        self.facts_table.set_facts(facts, NO_FACTS)
        self._update_status()

    def open_by_id(self, article_id: str) -> None:
        """Open an article chosen in the command palette."""
        if not self.article_list.select_id(article_id):
            self.search_bar.value = ""
            self.search_bar.last_query = ""
            self._set_query("")
            self.article_list.select_id(article_id)
        self.open_article(article_id)
        self.reader.focus()

    # -- search ------------------------------------------------------------
    @on(SearchBar.QueryChanged)
    def _query_changed(self, event: SearchBar.QueryChanged) -> None:
        self._set_query(event.query)

    def _set_query(self, query: str) -> None:
        self.query = query
        if not query:
            self.results, self.search_total = [], 0
            self.workers.cancel_group(self, "search")
            self.article_list.show_catalog(self.catalog)
            if not self.catalog and self.loaded:
                self.article_list.message = EMPTY_STORE
            self.reader.set_hits([])
            self._show_facts()
            return
        # Say so while the worker runs: the first search on a fresh store
        # waits for the index to be built.
        self.article_list.border_subtitle = "searching…"
        self.run_search(query)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        try:
            result = self._search(query)
        except ValueError as error:  # store.search_index.QueryError is a ValueError
            if not get_current_worker().is_cancelled:
                self.call_from_thread(self._search_failed, query, str(error))
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._search_done, query, result)

    def _search(self, query: str) -> dict[str, Any]:
        # Fact ids only: the facts of the article shown are read when it
        # opens (resolving 500 results' facts reads many shards).
        return self.store.search(query, limit=SEARCH_LIMIT, facts=False, detail=SNIPPET_RESULTS)

    def _dates_by_id(self) -> dict[str, str | None]:
        """Article dates for search results, built once per catalog (not on
        every keystroke: the catalog may hold 100,000 articles)."""
        if self._dates is None or self._dates[0] is not self.catalog:
            self._dates = (self.catalog, {e["id"]: e.get("date") for e in self.catalog})
        return self._dates[1]

    def _search_done(self, query: str, result: dict[str, Any]) -> None:
        if query != self.query:
            return
        dates = self._dates_by_id()
        self.results = [{**r, "id": r["article_id"], "date": r.get("date") or dates.get(r["article_id"])}
                        for r in result.get("results", [])]
        self.search_total = int(result.get("total", len(self.results)))
        self.article_list.show_results(self.results, self.search_total, NO_RESULTS.format(query=query))
        if not self.results:
            self.reader.set_hits([])
        elif self.article is not None and self.article_list.current_id == self.article.get("id"):
            # Same article still on top: refresh its hits and matched facts.
            self.reader.set_hits(self._hits_in(self.article, query))
            self._show_facts()
            if self.reader.hits:
                self.reader.action_next_hit(1)
        self._update_status()

    def _search_failed(self, query: str, error: str) -> None:
        if query != self.query:
            return
        self.results, self.search_total = [], 0
        self.article_list.show_results([], 0, f"{error} — e.g. “kind:money >1亿”. Escape clears.")
        self._update_status()

    @on(SearchBar.OpenBest)
    def _open_best(self) -> None:
        if self.results:
            best = self.results[0]["article_id"]
            self.article_list.select_id(best)
            self.open_article(best)
            self.reader.focus()

    @on(SearchBar.Leave)
    def _leave_search(self) -> None:
        self.article_list.focus()

    # -- facts ---------------------------------------------------------------
    @on(FactsTable.FactHighlighted)
    def _fact_highlighted(self, event: FactsTable.FactHighlighted) -> None:
        if self.facts_table.has_focus and event.fact is not None:
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
        self._update_status()

    def current_fact(self) -> dict[str, Any] | None:
        """The fact the user is pointing at: the reader's selection, else the table row."""
        if self.reader.has_focus and self.reader.selected is not None:
            return self.reader.selected
        return self.facts_table.current_fact or self.reader.selected

    # -- copy and export -----------------------------------------------------
    def action_copy_fact(self) -> None:
        from tui.citation import citation
        from tui.clipboard import copy_text

        fact = self.current_fact()
        if fact is None:
            self.notify("No fact to copy: open an article with figures first.", severity="warning")
            return
        copy_text(self, citation(fact, self.article), "fact")

    def action_copy_figure(self) -> None:
        from tui.clipboard import copy_text

        fact = self.current_fact()
        if fact is None:
            self.notify("No fact to copy: open an article with figures first.", severity="warning")
            return
        copy_text(self, fact["surface"], "figure")

    def action_copy_all(self) -> None:
        from tui.citation import facts_tsv
        from tui.clipboard import copy_text

        if not self.article_facts:
            self.notify("This article has no facts to copy.", severity="warning")
            return
        copy_text(self, facts_tsv(self.article_facts), f"{len(self.article_facts)} facts as TSV")

    def _export_target(self) -> tuple[Callable[[], list[dict[str, Any]]], int, str, str]:
        """(how to get the facts, how many, description, file stem): the
        search's matching facts or the article's shown ones."""
        if self.query and self.results:
            results = list(self.results)
            count = sum(len(r.get("fact_ids") or r.get("facts") or ()) for r in results)
            if count:
                # Read in the export worker: the results' facts live in many shards.
                return partial(self._facts_of_results, results), count, f"the search “{self.query}”", f"search-{self.query}"
        shown = list(self.facts_table.shown)
        return (lambda: shown), len(shown), "this article", (self.article or {}).get("title") or "article"

    def action_export(self) -> None:
        from tui.screens.export import ExportScreen

        get_facts, count, what, stem = self._export_target()
        if not count:
            self.notify("Nothing to export: no facts shown.", severity="warning")
            return

        def chosen(fmt: str | None) -> None:
            if fmt:
                self.export_worker(get_facts, fmt, stem, (self.article or {}).get("title") or stem)

        self.push_screen(ExportScreen(what, count), chosen)

    @work(thread=True, group="export")
    def export_worker(self, get_facts: Callable[[], list[dict[str, Any]]], fmt: str, stem: str, title: str) -> None:
        from rich.markup import escape

        from tui.export import export_facts

        facts = get_facts()
        try:
            path = export_facts(facts, fmt, Path.cwd(), stem, title)
        except OSError as error:
            self.call_from_thread(self.notify, escape(f"Export failed: {error}"), severity="error")
            return
        self.call_from_thread(self.notify, escape(f"Exported {len(facts)} facts to {path}"), title="Export")

    def _facts_of_results(self, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The matching fact records of search results (in a worker)."""
        out: list[dict[str, Any]] = []
        for result in results:
            if result.get("facts"):
                out.extend(result["facts"])
            elif result.get("fact_ids"):
                wanted = set(result["fact_ids"])
                out.extend(f for f in self.store.facts(result["article_id"]) if f.get("id") in wanted)
        return out

    # -- store changes -------------------------------------------------------
    def _poll_disk(self) -> None:
        if self.changed_pending:
            return
        try:
            changed = bool(self.store.changed_on_disk())
        except Exception:  # a store being rewritten can fail a stat: try next time
            return
        if changed:
            self.changed_pending = True
            self.notify("The store changed on disk. Press r to reload.", title="Store changed", timeout=30)
            self._update_status()

    def action_reload(self) -> None:
        self.reload_worker()

    @work(thread=True, exclusive=True, group="reload")
    def reload_worker(self) -> None:
        try:
            self.store.reload()
        except Exception as error:  # StoreError: one line for the user
            from rich.markup import escape

            self.call_from_thread(self.notify, escape(f"Reload failed: {error}"), severity="error")
            return
        self.call_from_thread(self._reloaded)

    def _reloaded(self) -> None:
        self.changed_pending = False
        current = (self.article or {}).get("id")
        self.article = None
        self.notify("Store reloaded.", timeout=3)
        self.load_catalog(reopen=current)

    def action_reseed(self) -> None:
        self.notify("Re-seeding the store from the bundled sources…", timeout=3)
        self.reseed_worker()

    @work(thread=True, exclusive=True, group="reload")
    def reseed_worker(self) -> None:
        from rich.markup import escape

        try:
            self.store.reseed()
        except Exception as error:
            self.call_from_thread(self.notify, escape(f"Re-seed failed: {error}"), severity="error")
            return
        self.call_from_thread(self._reloaded)

    # -- misc ----------------------------------------------------------------
    def action_focus_search(self) -> None:
        self.search_bar.focus()

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def _update_status(self) -> None:
        filters: list[str] = []
        if self.query:
            shown = len(self.results)
            filters.append(f"“{self.query}” → {shown:,} article{'s' if shown != 1 else ''}")
        table = self.facts_table
        if table.kind_filter:
            filters.append(f"kind:{table.kind_filter}")
        if table.sort_column is not None:
            from tui.widgets.facts_table import COLUMNS

            filters.append(f"sort:{COLUMNS[table.sort_column][0]}")
        note = "changed on disk — r reloads" if self.changed_pending else ""
        self.query_one(StatusBar).update_status(
            self.store.path, self.counts.get("articles", 0), self.counts.get("facts", 0), filters, note
        )
