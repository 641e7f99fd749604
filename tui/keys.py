"""Every key of the app, written down once.

The bindings of the app, the main screen, the panes and the dialogs are made
from this table; the help screen lists it and the command palette offers its
commands.  A binding id (``main.copy_fact``) stays stable so that a keymap
can rebind it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual.binding import Binding

# Where a key works, in the order the help screen lists the places.
PLACES: dict[str, str] = {
    "app": "Everywhere",
    "main": "Main screen",  # from any of its panes; the series and conflicts views have keys of their own
    "search": "Search",
    "list": "Articles",
    "reader": "Reader",
    "facts": "Facts",
    "series": "Series",
    "conflicts": "Conflicts",
    "export": "Export dialog",
    "detail": "Fact detail",
    "dialog": "Dialogs",
}

# How keys are written on a keyboard rather than Textual's names for them.
KEY_NAMES = {
    "slash": "/", "question_mark": "?", "down": "↓", "up": "↑", "left": "←", "right": "→",
}


@dataclass(frozen=True, slots=True)
class Key:
    """One key (or several for the same thing) and what it does."""

    id: str            # binding id, "<place>.<name>"
    keys: str          # Textual key names, comma-separated; "" for a palette-only command
    action: str        # the action on the place's owner; "" when Textual itself binds the key
    label: str         # the footer's terse label
    help: str          # the help screen's and the palette's wording
    show: bool = True  # shown in the footer
    palette: str = ""  # the command palette's name for it ("" = not offered there)
    # Run by the app as the key arrives, before the keys after it reach a
    # pane (their action may turn it down with SkipAction: then the key
    # goes on as usual).
    priority: bool = False

    @property
    def place(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def shown_keys(self) -> str:
        """The keys as a user types them: "/ ", "↓ / j"."""
        return shown(self.keys)

    def keys_in(self, keymap: Mapping[str, str] | None) -> str:
        """This binding's keys as a user types them, with the settings' [keys] applied."""
        return shown((keymap or {}).get(self.id) or self.keys)


def first_key(binding_id: str, keymap: Mapping[str, str] | None) -> str:
    """The first key of a binding as a user types it (for prose such as
    "press r to reload"), with the settings' [keys] applied."""
    key = next(k for k in KEYS if k.id == binding_id)
    return key.keys_in(keymap).split(" / ")[0]


def shown(spec: str) -> str:
    return " / ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in spec.split(",") if k.strip())


KEYS: tuple[Key, ...] = (
    # The app: on every screen.
    Key("app.help", "question_mark", "help", "Keys", "Help: every key and the query language", palette="Show keys"),
    Key("app.quit", "q", "quit", "Quit", "Quit"),
    Key("app.palette", "ctrl+p", "", "", "Command palette: open an article by title, copy, export, re-seed, theme"),
    Key("app.focus", "tab,shift+tab", "", "", "Next / previous pane"),
    # The main screen: whatever pane has the focus.
    # Priority: "/cq" typed fast (or pasted) must type cq, never run the list's c (copy) and q (quit).
    Key("main.search", "slash", "focus_search", "Search", "Search articles and facts", palette="Search",
        priority=True),
    Key("main.copy_fact", "c", "copy_fact", "Copy fact", "Copy the highlighted fact as a citation",
        palette="Copy fact with citation"),
    Key("main.copy_figure", "y", "copy_figure", "Figure",
        "Copy just the figure with its unit (a change with its verb: 下降8.6%; a loss signed)", palette="Copy figure"),
    Key("main.copy_all", "C", "copy_all", "TSV", "Copy the facts shown as a table (TSV with a header row)",
        palette="Copy the facts shown (TSV)"),
    Key("main.export", "e", "export", "Export", "Export the facts shown (or the search's) to CSV, TSV, JSON or Markdown",
        palette="Export facts…"),
    Key("main.series", "t", "series", "Series", "The highlighted fact's indicator over time: chart and table"),
    Key("main.conflicts", "D", "conflicts", "Conflicts",
        "Figures sources give differently for the same indicator and period (of the search, or all)"),
    Key("main.open_url", "o", "open_url", "Open URL", "Open the article's web page (http and https links only)",
        show=False, palette="Open the article's URL"),
    Key("main.reload", "r", "reload", "Reload", "Reload after another process changed the store", show=False,
        palette="Reload store"),
    Key("main.clear", "escape", "clear_all", "Clear", "Clear the search and the kind filter (from any pane)",
        show=False),
    Key("main.reseed", "", "reseed", "", "Re-ingest the bundled seed page", palette="Re-seed store"),
    # The search bar.
    Key("search.open", "enter", "", "", "Open the best match"),
    Key("search.clear", "escape", "clear_search", "Clear / leave", "Clear the search and leave it"),
    Key("search.leave", "down", "leave", "To results", "Back to the results, keeping the search", show=False),
    # The article list.
    Key("list.down", "down,j", "cursor(1)", "Down", "Next article", show=False),
    Key("list.up", "up,k", "cursor(-1)", "Up", "Previous article", show=False),
    Key("list.top", "g,home", "first", "Top", "First article", show=False),
    Key("list.bottom", "G,end", "last", "Bottom", "Last article", show=False),
    Key("list.pagedown", "pagedown", "page(1)", "Page down", "A page down", show=False),
    Key("list.pageup", "pageup", "page(-1)", "Page up", "A page up", show=False),
    Key("list.open", "enter", "open", "Open", "Open the article in the reader"),
    Key("list.sort", "s", "sort", "Sort", "List articles by date, title, publication (grouped) or number of facts"),
    Key("list.reverse", "S", "reverse", "Reverse", "Reverse the list's order (newest / oldest first, A→Z / Z→A)"),
    # The reader.
    Key("reader.down", "down,j", "scroll_down", "Down", "Scroll down", show=False),
    Key("reader.up", "up,k", "scroll_up", "Up", "Scroll up", show=False),
    Key("reader.top", "g,home", "scroll_home", "Top", "Top of the article", show=False),
    Key("reader.bottom", "G,end", "scroll_end", "Bottom", "End of the article", show=False),
    Key("reader.next", "n", "next_hit(1)", "Next hit", "Next search hit (or next fact without a search)"),
    Key("reader.prev", "N", "next_hit(-1)", "Prev hit", "Previous search hit (or previous fact)"),
    # The facts table.
    Key("facts.jump", "enter", "jump", "Jump to fact", "Show the fact in the article"),
    Key("facts.sort", "s", "cycle_sort", "Sort", "Sort the facts by the next column shown"),
    Key("facts.filter", "f", "cycle_kind(1)", "Filter kind", "Show one kind of fact (cycles through the kinds present)"),
    Key("facts.filter_back", "F", "cycle_kind(-1)", "Kind back", "The kind filter, cycling backwards", show=False),
    Key("facts.detail", "i", "detail", "Detail", "Every field of the fact, its sentence and citation"),
    Key("facts.exact", "x", "toggle_exact", "Exact values", "Exact values in full instead of 95.3万-style ones"),
    # n N step the reader's hits from the facts too: a search lands there, and n did nothing
    Key("facts.next_hit", "n", "next_hit(1)", "Next hit", "Next search hit in the reader (or next fact)", show=False),
    Key("facts.prev_hit", "N", "next_hit(-1)", "Prev hit", "Previous search hit in the reader (or previous fact)",
        show=False),
    Key("facts.down", "j", "cursor_down", "Down", "Next fact", show=False),
    Key("facts.up", "k", "cursor_up", "Up", "Previous fact", show=False),
    Key("facts.top", "g,home", "scroll_top", "Top", "First fact", show=False),
    Key("facts.bottom", "G,end", "scroll_bottom", "Bottom", "Last fact", show=False),
    # The series and conflicts views.
    # Priority: the table's own enter (shown nowhere) would hide this one from the footer.
    Key("series.open", "enter", "open", "Open", "Open the article at the highlighted figure", priority=True),
    Key("series.copy", "c", "copy", "Copy TSV", "Copy the series as TSV, a citation on every row"),
    Key("series.export", "e", "export", "Export", "Export the series to CSV or TSV (folder and name in a dialog)"),
    Key("series.grain", "p", "grain", "Period type",
        "Next type of period: years, year to date, quarters, months"),
    Key("series.close", "escape,q", "close", "Back", "Back to the articles"),
    # j k g G home end move the table as in the panes (the table binds only the arrows, and its
    # home and end scroll sideways); priority: the table's own home and end come first otherwise.
    Key("series.down", "j", "row(1)", "Down", "Next figure", show=False),
    Key("series.up", "k", "row(-1)", "Up", "Previous figure", show=False),
    Key("series.top", "g,home", "first_row", "Top", "First figure", show=False, priority=True),
    Key("series.bottom", "G,end", "last_row", "Bottom", "Last figure", show=False, priority=True),
    Key("conflicts.open", "enter", "open", "Open", "Open the article of the first source", priority=True),
    Key("conflicts.copy", "c", "copy", "Copy", "Copy the conflicts, one source a line"),
    Key("conflicts.close", "escape,q", "close", "Back", "Back to the articles"),
    Key("conflicts.down", "j", "row(1)", "Down", "Next measurement", show=False),
    Key("conflicts.up", "k", "row(-1)", "Up", "Previous measurement", show=False),
    Key("conflicts.top", "g,home", "first_row", "Top", "First measurement", show=False, priority=True),
    Key("conflicts.bottom", "G,end", "last_row", "Bottom", "Last measurement", show=False, priority=True),
    # The export dialog.
    Key("export.csv", "c", "choose('csv')", "CSV", "Export as CSV (enter in the path field too)"),
    Key("export.tsv", "t", "choose('tsv')", "TSV", "Export as TSV"),
    Key("export.json", "j", "choose('json')", "JSON", "Export as JSON"),
    Key("export.md", "m", "choose('md')", "Markdown", "Export as Markdown"),
    Key("export.path", "tab", "toggle_path", "Path", "Edit the folder and file name; again: back to the formats",
        priority=True),
    Key("export.cancel", "escape", "dismiss(None)", "Cancel", "Close without exporting"),
    # The fact detail (i): it shows the citation, so it copies it too.
    Key("detail.copy", "c", "copy_fact", "Copy fact", "Copy the fact as the citation shown"),
    Key("detail.figure", "y", "copy_figure", "Figure",
        "Copy just the figure with its unit (a change with its verb, a loss signed)"),
    # Every dialog.
    Key("dialog.close", "escape,q,question_mark", "dismiss", "Close", "Close the help or the fact detail"),
    # j k g G move everywhere else: in a dialog they scroll it (the arrows, home/end and the page keys too).
    Key("dialog.down", "j", "scroll_body('down')", "Down", "Scroll the help or the fact detail down", show=False),
    Key("dialog.up", "k", "scroll_body('up')", "Up", "Scroll it up", show=False),
    Key("dialog.top", "g", "scroll_body('top')", "Top", "Its top", show=False),
    Key("dialog.bottom", "G", "scroll_body('bottom')", "Bottom", "Its end", show=False),
)


def bindings(place: str) -> list[Binding]:
    """The Textual bindings of one place (keys Textual binds itself left out)."""
    return [
        Binding(k.keys, k.action, k.label, show=k.show, tooltip=k.help, id=k.id, priority=k.priority)
        for k in KEYS
        if k.place == place and k.keys and k.action
    ]


def help_rows(keymap: Mapping[str, str] | None = None) -> list[tuple[str, str, str]]:
    """(where, keys, what) for every key, grouped by place; ``keymap``: the
    settings' [keys] (binding id → keys), which the app binds instead."""
    order = list(PLACES)
    rows = sorted((k for k in KEYS if k.keys), key=lambda k: order.index(k.place))
    return [(PLACES[k.place], k.keys_in(keymap), k.help) for k in rows]


def palette_commands() -> list[Key]:
    """The keys the command palette offers, in table order."""
    return [k for k in KEYS if k.palette]
