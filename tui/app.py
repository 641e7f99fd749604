"""factdesk's Textual app: the store handle, the styles, the screens.

Entry point: ``FactdeskApp(store).run()`` with an opened store.  The main
screen (``tui.screens.main``) holds the panes and does the work; the app
only sets up what every screen shares.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from factdesk_assets import STYLESHEET
from textual import events
from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.command import Provider

from tui import keys
from tui.notes import Toasts, install_whole_figure_toasts
from tui.screens.main import MainScreen

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.theme import Theme

    from store import Store
    from tui.config import Settings
    from tui.session import Place


def _commands_provider() -> type[Provider]:
    # Imported when the palette first opens, not at start-up.
    from tui.commands import FactdeskCommands

    return FactdeskCommands


# Terminals terminfo gives no colours (by its naming: -mono, -m; the DEC VTs):
# Textual reads no terminfo and drew its colours into them — a cursor row of a
# grey background and white text, which such a terminal shows as nothing.
_MONOCHROME = ("vt52", "vt100", "vt102", "vt220", "vt320", "vt420")


def monochrome_terminal(term: str) -> bool:
    """Whether $TERM names a terminal without colours (drawn as under NO_COLOR)."""
    term = term.strip().lower()
    return term.endswith(("-mono", "-m")) or term in _MONOCHROME


def _follow_no_color(app: App[Any]) -> None:
    """NO_COLOR as no-color.org asks: set and not empty, no colour at all (the
    terminal's own foreground and background; bold, reverse and underline stay);
    empty, colour as usual.  Textual greys every colour out for any NO_COLOR."""
    from textual.filter import Monochrome, NoColor

    filters = getattr(app, "_filters", None)  # Textual keeps its line filters there; no public setter
    if not isinstance(filters, list):
        return
    wanted = bool(os.environ.get("NO_COLOR")) or monochrome_terminal(os.environ.get("TERM", ""))
    app.no_color = wanted
    filters[:] = [NoColor() if isinstance(f, Monochrome) else f for f in filters if wanted or not isinstance(f, Monochrome)]
    if wanted and not any(isinstance(f, NoColor) for f in filters):
        filters.append(NoColor())


class FactdeskApp(App[None]):
    """Browse articles, their figures, and cite them."""

    TITLE = "factdesk"
    CSS_PATH = STYLESHEET
    COMMANDS = App.COMMANDS | {_commands_provider}
    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("app")

    def __init__(self, store: Store, settings: Settings | None = None, theme: str | None = None,
                 place: Place | None = None, keep_place: bool = False, **kwargs: Any) -> None:
        """``theme``: this run's theme (--theme, checked by the caller), before the settings' one;
        ``place``: where to start (``tui.session``: where the last session on this store quit);
        ``keep_place``: write where the reader is on quit, for the next launch."""
        super().__init__(**kwargs)
        self._start_place = place
        self._keep_place = keep_place
        _follow_no_color(self)
        install_whole_figure_toasts()
        self.store = store
        self.toasts = Toasts(self)
        self._theme_trouble = ""
        # None: no settings file (tests); else its theme, keys and export folder.
        self.settings = settings
        if settings is not None:
            if settings.keys:
                self.set_keymap(settings.keys)
            if settings.theme in self.available_themes:
                self.theme = settings.theme
            elif settings.theme and theme is None:  # said once the screen is up, never ignored in silence
                from tui.config import DEFAULT_THEME, unknown_theme

                self._theme_trouble = f"{settings.path}: {unknown_theme(settings.theme)}; using {DEFAULT_THEME}"
        if theme is not None and theme in self.available_themes:
            self.theme = theme

    def get_theme(self, theme_name: str) -> Theme | None:
        """Textual's theme, with footer keys and a cursor row that read where
        its own are too faint (``tui.themes``): the stylesheet, the palette
        and every change of theme take it from here."""
        from tui.themes import readable

        theme = super().get_theme(theme_name)
        return None if theme is None else readable(theme)

    def on_mount(self) -> None:
        self._exit_on_signals()
        # The store says what it found and did on its own (an index built
        # again, a lag caught up, a search without the index) in one line on
        # stderr, which the app would swallow: shown as a toast instead.
        self._stderr_pending = ""
        self.begin_capture_print(self, stdout=False, stderr=True)
        if self._theme_trouble:
            self.toasts.say("settings", self._theme_trouble, title="Settings", severity="warning", timeout=15)
        if self.settings is not None:
            self.theme_changed_signal.subscribe(self, self._remember_theme)

    def _exit_on_signals(self) -> None:
        """SIGTERM (a plain ``kill``) or SIGHUP (the terminal closed) ends the
        app as q does: killed by the default action, it left the terminal in
        the app's alternate screen and raw mode, printing on top of the last
        frame.  Exit status 128 + the signal, as a shell reports it."""
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGHUP):
            try:
                loop.add_signal_handler(signum, lambda n=signum: self.exit(return_code=128 + n))
            except (NotImplementedError, RuntimeError, ValueError):  # no signals here (a thread, Windows)
                pass

    def on_print(self, event: events.Print) -> None:
        if not event.stderr:
            return
        *lines, self._stderr_pending = (self._stderr_pending + event.text).split("\n")
        for line in lines:
            if line.startswith("factdesk: "):
                self.toasts.say("store-notice", line.removeprefix("factdesk: "), title="Store",
                                severity="warning", timeout=12)

    def on_unmount(self) -> None:
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGHUP):
            try:
                loop.remove_signal_handler(signum)
            except (NotImplementedError, RuntimeError, ValueError):
                pass

    def _remember_theme(self, theme: Theme) -> None:
        """A theme chosen in the palette is the theme next time too."""
        from tui.config import ConfigError, save_theme

        assert self.settings is not None
        try:
            save_theme(self.settings.path, theme.name)
            self.settings.theme = theme.name
        except (OSError, ConfigError) as error:
            self.toasts.say("settings", f"Theme not saved: {error}", severity="warning")

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.store, self._start_place)

    def exit(self, result: None = None, return_code: int = 0, message: Any = None) -> None:
        """Every way out (q, ctrl+q, a ``kill``, a closed terminal) keeps
        the reader's place for the next launch first."""
        self.keep_place()
        super().exit(result, return_code, message)

    def keep_place(self) -> None:
        """Write where the reader is (``tui.session``); never stops a quit."""
        if not self._keep_place or not self.screen_stack or not isinstance(self.screen_stack[0], MainScreen):
            return
        from tui import session

        try:
            session.save(self.store, self.main_screen.place())
        except Exception:  # noqa: BLE001  (a place not kept is a small loss; a quit that fails is not)
            pass

    @property
    def main_screen(self) -> MainScreen:
        """The main screen, also while a dialog or the palette is on top."""
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's "Keys" panel would be a second help next to "Show keys";
        # its Screenshot goes through action_screenshot (the export folder).
        for command in super().get_system_commands(screen):
            if command.title == "Screenshot":
                yield SystemCommand(command.title, command.help, lambda: self.set_timer(0.1, self.action_screenshot))
            elif command.title != "Keys":
                yield command

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """The palette's Screenshot: an SVG of the screen in the export folder.
        Textual's default folder, ~/Downloads, is often missing (a server, a
        fresh account), and its failure said neither where nor why."""
        from datetime import datetime
        from pathlib import Path

        from tui.export import ExportError, write_new

        folder = Path(path) if path else self.settings.export_dir if self.settings is not None else Path.cwd()
        name = filename or f"factdesk-{datetime.now():%Y%m%d-%H%M%S}.svg"
        try:
            saved = write_new(self.export_screenshot(), folder / name)
        except ExportError as err:
            self.toasts.say("screenshot", f"Screenshot not saved: {err}", title="Screenshot", severity="error")
            return
        self.toasts.say("screenshot", f"Saved screenshot to {saved}", title="Screenshot")

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_help_quit(self) -> None:
        """Ctrl+C does not quit a Textual app (in the search bar it copies):
        say which key does — the app's own (q, or what the settings bind),
        and ctrl+q for where q is typed (the search bar, the export path)."""
        from tui.keys import KEYS, KEY_NAMES

        mine = next(k for k in KEYS if k.id == "app.quit").keys
        if self.settings is not None and self.settings.keys.get("app.quit"):
            mine = self.settings.keys["app.quit"]
        first = mine.split(",")[0].strip()
        self.toasts.say("quit", f"Press {KEY_NAMES.get(first, first)} to quit (ctrl+q while typing in a field).",
                        title="Do you want to quit?", timeout=4)
