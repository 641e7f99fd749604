"""The main screen's part in series, conflicts and totals (a mixin of
``MainScreen``).  The series and conflicts screens, with the store's
series code behind them, load on the first ``t`` or ``D``, not at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work

from tui.notes import say

if TYPE_CHECKING:
    from store import Fact


class SeriesActions:
    """The main screen's part in series, conflicts and totals (a mixin of
    ``MainScreen``: it uses the screen's store, panes and search state)."""

    def action_series(self: Any) -> None:
        fact = self.current_fact()
        if fact is None:
            say(self, "series", self._nothing("follow over time"), severity="warning")
            return
        from tui.screens.series import SeriesScreen

        article = self.article if (self.article or {}).get("id") == fact.get("article_id") else None
        article = article or {}
        self.app.push_screen(SeriesScreen(self.store, fact, article.get("title"), article.get("publication")),
                             self._open_chosen)

    def action_conflicts(self: Any) -> None:
        from tui.screens.series import ConflictsScreen

        state = self.search_state
        query = state.text.strip() if state.active and not state.error else None
        self.app.push_screen(ConflictsScreen(self.store, query or None), self._open_chosen)

    def _open_chosen(self: Any, chosen: tuple[str, str] | None) -> None:
        if chosen is not None:
            self.open_at_fact(*chosen)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def open_at_fact(self: Any, article_id: str, fact_id: str) -> None:
        from store import StoreError

        try:
            article = self.store.article(article_id)
            facts = self.store.facts(article_id) if article else []
        except (StoreError, OSError) as error:  # say so, keep running
            self.app.call_from_thread(self._store_trouble, "Cannot read the article", error)
            return
        self.app.call_from_thread(self._at_fact, article_id, article, facts, fact_id)

    def _at_fact(self: Any, article_id: str, article: dict[str, Any] | None, facts: list[Fact],
                 fact_id: str) -> None:
        if not self.article_list.select_id(article_id):  # not among the search's matches: leave the search
            self.search_bar.value = ""
            self.search_bar.last_text = ""
            self._search_changed("")
            self.article_list.select_id(article_id)
        self._wanted_article = article_id
        self._article_loaded(article, facts, [], None)
        fact = next((f for f in self.article_facts if f.get("id") == fact_id), None)
        if fact is not None:
            self.facts_table.select_fact(fact)
            self.reader.select_fact(fact)
        self.reader.focus()

    @work(thread=True, exclusive=True, group="totals", exit_on_error=False)
    def show_totals(self: Any, text: str, parsed: Any) -> None:
        """Count, sum, min and max per unit of a search with fact filters,
        under the facts pane (nothing for a search without filters)."""
        from store import QueryError, StoreError
        from tui.series_output import totals_line

        line = ""
        if parsed is not None and parsed.filters:
            try:
                line = totals_line(self.store.totals(parsed))
            except (StoreError, QueryError, OSError):  # the search itself reports a failing store
                line = ""
        from tui.notes import show_notices, store_notices

        self.app.call_from_thread(show_notices, self, store_notices(self.store))
        self.app.call_from_thread(self._set_totals, text, line)

    def _set_totals(self: Any, text: str, line: str) -> None:
        if text == self.search_state.text:
            self.facts_table.show_totals(line)
