"""The command palette (ctrl+p): the commands of the key table and open-by-title."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from tui.keys import palette_commands

if TYPE_CHECKING:
    from tui.app import FactdeskApp

YIELD_EVERY = 2000
MAX_TITLE_HITS = 40  # enough to choose from; keeps 100k-article stores responsive


class FactdeskCommands(Provider):
    """The app's commands from the key table — and open an article by title."""

    @property
    def fapp(self) -> FactdeskApp:
        return cast("FactdeskApp", self.app)

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        """(name, callback, help) of every command the key table offers."""
        commands = []
        for key in palette_commands():
            # Main-screen actions go to the screen under the palette.
            action = key.action if key.place == "app" else f"screen.{key.action}"
            settings = getattr(self.app, "settings", None)
            shown = key.keys_in(settings.keys if settings is not None else None)
            help_text = f"{shown} — {key.help}" if key.keys else key.help
            commands.append((key.palette, partial(self.app.run_action, action), help_text))
        return commands

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
        for n, entry in enumerate(self.fapp.main_screen.catalog):
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
                yield Hit(score, Content(label), partial(self.fapp.main_screen.open_by_id, entry["id"]),
                          text=label, help=entry.get("date") or "")
                found += 1
                if found >= MAX_TITLE_HITS:
                    break
