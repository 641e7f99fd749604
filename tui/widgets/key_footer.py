"""The footer, with the key that lists every other key first."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

FIRST_ACTIONS = ("help",)  # the app's ? (Keys)


class KeyFooter(Footer):
    """Textual's footer lists the focused pane's keys, then the screen's, then
    the app's, and a terminal too narrow for them all (80 columns) cuts off
    the last: ``? Keys``, the one key that tells of the others.  It comes
    first here.  (No binding of the app has a group: the keys of a group,
    composed inside its KeyGroup, would not survive being reordered.)"""

    def compose(self) -> ComposeResult:
        self._forget_removed_keys()
        widgets = list(super().compose())
        first = [w for w in widgets if isinstance(w, FooterKey) and w.action in FIRST_ACTIONS]
        yield from first + [w for w in widgets if w not in first]

    def _forget_removed_keys(self) -> None:
        """Each FooterKey data-binds the footer's ``compact``, which files
        (key, setter) among the footer's watchers, and Textual prunes that
        list only when ``compact`` changes — never, here — so every
        recompose (each focus move, each search) kept the keys it replaced
        alive: some 26 FooterKeys a search, the app's memory growing by
        about 0.6 MB a search (Textual issue 6666).  The keys of the last
        compose are removed by now: their entries go."""
        watchers = getattr(self, "__watchers", {}).get("compact")
        if watchers:
            watchers[:] = [(node, callback) for node, callback in watchers if node.is_attached]
