"""The command palette (ctrl+p): the app's own commands and open-by-title."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

if TYPE_CHECKING:
    from tui.app import FactdeskApp

YIELD_EVERY = 2000
MAX_TITLE_HITS = 40  # enough to choose from; keeps 100k-article stores responsive


class FactdeskCommands(Provider):
    """Copy, export, re-seed, reload, theme, help — and open an article by title."""

    @property
    def fapp(self) -> FactdeskApp:
        return cast("FactdeskApp", self.app)

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app = self.fapp
        return [
            ("Copy fact with citation", app.action_copy_fact, "c — the highlighted fact as a citation"),
            ("Copy figure", app.action_copy_figure, "y — just the figure"),
            ("Copy all facts (TSV)", app.action_copy_all, "C — a table that pastes into a spreadsheet"),
            ("Export facts…", app.action_export, "e — CSV / JSON / Markdown in the current directory"),
            ("Re-seed store", app.action_reseed, "Re-ingest the bundled seed sources"),
            ("Reload store", app.action_reload, "r — re-read the store from disk"),
            ("Change theme", app.action_change_theme, "Pick a colour theme"),
            ("Show keys", app.action_help, "? — every key"),
            ("Search", app.action_focus_search, "/ — search articles and facts"),
        ]

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, text=name, help=help_text)
        # Open an article by title. Titles are article text: shown as plain
        # Content (never markup), and matched by substring before fuzzily.
        found = 0
        needle = query.strip().lower()
        for n, entry in enumerate(self.fapp.catalog):
            if n % YIELD_EVERY == 0:
                # Fuzzy matching 100k titles takes ~0.2 s: let keys through
                # (and let a newer query cancel this one) as it goes.
                await asyncio.sleep(0)
            title = entry.get("title") or ""
            label = "Open: " + " ".join(title.split())
            # Textual's fuzzy scores are unbounded: a title holding the query
            # as written is boosted over one that merely spells it out, and
            # "open" alone lists articles to pick from.
            score = matcher.match(label) * (2.0 if needle and needle in title.lower() else 0.8)
            if score > 0:
                yield Hit(score, Content(label), partial(self.fapp.open_by_id, entry["id"]),
                          text=label, help=entry.get("date") or "")
                found += 1
                if found >= MAX_TITLE_HITS:
                    break
