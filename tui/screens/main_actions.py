"""The main screen's copy, export and open-URL actions (a mixin of
``MainScreen``: they use the screen's store, panes, search and article)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work

from tui.notes import one_line as _one_line
from tui.notes import say
from store import counted

if TYPE_CHECKING:
    from tui.export_target import ExportTarget


class CopyExportActions:
    """c, y, C, e and o."""

    def _nothing(self: Any, what: str) -> str:
        if self.search_state.active and not self.search_state.results:
            return f"Nothing to {what}: no article matches “{self.search_state.text}”."
        if self.article is None:
            return f"Nothing to {what}: no article open."
        return f"Nothing to {what}: no facts shown."

    def action_copy_fact(self: Any) -> None:
        from tui.citation import citation
        from tui.clipboard import copy_text

        fact = self.current_fact()
        if fact is None:
            say(self, "copy", self._nothing("copy"), severity="warning")
            return
        copy_text(self.app, citation(fact, self.article), "fact")

    def action_copy_figure(self: Any) -> None:
        from tui.citation import figure_with_change
        from tui.clipboard import copy_text

        fact = self.current_fact()
        if fact is None:
            say(self, "copy", self._nothing("copy"), severity="warning")
            return
        copy_text(self.app, figure_with_change(fact), "figure")

    def action_copy_all(self: Any) -> None:
        from tui.citation import facts_tsv, with_source
        from tui.clipboard import copy_text

        # The rows the facts pane shows, in its order: the search's facts and
        # the kind filter narrow it as they narrow `e` (what is seen is what
        # is copied); the toast says when that is fewer than the article's.
        shown = list(self.facts_table.shown)
        if not shown:
            say(self, "copy", self._nothing("copy"), severity="warning")
            return
        rows = with_source(shown, self.article)
        total = len(self.article_facts)
        of = f" of {total:,}" if total > len(rows) else ""
        copy_text(self.app, facts_tsv(rows), f"{len(rows):,}{of} {'fact' if total == 1 else 'facts'} as TSV")

    def action_open_url(self: Any) -> None:
        """Open the article's URL in the browser: http and https only (the
        URL comes from untrusted text: any other scheme is shown, not opened)."""
        from urllib.parse import urlsplit

        url = (self.article or {}).get("url") or ""
        if not url:
            say(self, "url", "This article has no URL." if self.article else self._nothing("open"),
                severity="warning")
            return
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            say(self, "url", f"Not opened (only http and https links are): {_one_line(url)}", severity="warning",
                timeout=10)
            return
        console = _terminal_browser()
        if console is not None:
            self._open_in_terminal(console, url)
            return
        self.open_url_worker(url)
        say(self, "url", f"Opening {_one_line(url)}", timeout=4)

    def _open_in_terminal(self: Any, browser: Any, url: str) -> None:
        """A browser that runs in this terminal (lynx, w3m, links when there
        is no display) gets the terminal while it runs: started beside the
        app it drew over the panes and fought it for the keys."""
        from textual.app import SuspendNotSupported

        from tui.clipboard import copy_text

        name = getattr(browser, "name", "") or "the browser"
        self.app.keep_place()  # the terminal goes to the browser: the place is kept should it not come back
        try:
            with self.app.suspend():
                opened = browser.open(url)
        except SuspendNotSupported:
            copy_text(self.app, url, "URL")
            say(self, "url", f"Not opened: {name} runs in the terminal, which the app cannot hand over here; "
                f"the URL is copied", severity="warning", timeout=10)
            return
        if not opened:
            say(self, "url", f"{name} could not open {_one_line(url)}", severity="warning")

    @work(thread=True, group="url", exit_on_error=False)
    def open_url_worker(self: Any, url: str) -> None:
        import webbrowser

        if not webbrowser.open(url):
            self.app.call_from_thread(say, self, "url", f"No browser to open {_one_line(url)}", severity="warning")

    def action_export(self: Any) -> None:
        from tui.export import slug
        from tui.export_target import export_target
        from tui.screens.export import ExportScreen

        target = export_target(self.store, self.search_state, self.facts_table.shown, self.article,
                               self.facts_table.kind_filter)
        if not target.count:
            say(self, "export", self._nothing("export"), severity="warning")
            return

        def chosen(choice: tuple[str, Path] | None) -> None:
            if choice:
                self.export_worker(target, *choice)

        default = self.export_folder() / f"factdesk-{slug(target.stem)}"
        self.app.push_screen(ExportScreen(target.what, default), chosen)

    def export_folder(self: Any) -> Path:
        """Where exports go unless the dialog is told otherwise: the
        settings' export folder, else the current directory."""
        settings = getattr(self.app, "settings", None)
        return settings.export_dir if settings is not None else Path.cwd()

    @work(thread=True, group="export", exit_on_error=False)
    def export_worker(self: Any, target: ExportTarget, fmt: str, path: Path) -> None:
        from tui.export import ExportError, export_to

        def progress(done: int, total: int) -> None:
            if total > 200:  # a large export says how far it is
                self.app.call_from_thread(say, self, "export", f"Exporting… {done:,} of {counted(total, 'article')} read",
                                          title="Export", timeout=30)

        try:
            facts = target.read_facts(progress)
            totals = target.read_totals() if target.read_totals else []
            path = export_to(facts, fmt, path, target.title, totals)
        except ExportError as error:  # the file's trouble, not the store's: no `factdesk check` hint
            self.app.call_from_thread(say, self, "export", f"Export failed: {_one_line(error)}",
                                      title="Export", severity="error", timeout=10)
            return
        except Exception as error:  # StoreError reading the facts: one line for the user
            self.app.call_from_thread(self._store_trouble, "Export failed", error)
            return
        done = f"Exported {counted(len(facts), 'fact')} to {_one_line(str(path))}"
        if target.unreadable:  # the rest was written: said with what is missing, not as a failure
            left = "; ".join(_one_line(line) for line in target.unreadable)
            self.app.call_from_thread(say, self, "export", f"{done}, leaving out the facts in a damaged file: {left}",
                                      title="Export", severity="warning", timeout=20)
            return
        self.app.call_from_thread(say, self, "export", done, title="Export")


def _terminal_browser() -> Any:
    """The browser Python would open a URL with, when it runs in the
    terminal in the foreground (a console browser: no display, or $BROWSER
    naming one); None for a graphical one, which opens beside the app."""
    import webbrowser

    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return None
    if type(browser) is webbrowser.GenericBrowser:  # (BackgroundBrowser, a subclass, is detached)
        return browser
    if getattr(browser, "terminal", False):  # elinks
        return browser
    return None
