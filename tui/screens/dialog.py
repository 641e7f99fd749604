"""What the help and fact-detail dialogs share: their body scrolls with the
keys that move everywhere else (j k g G), not only with the arrows."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.screen import ModalScreen


class ScrollingDialog(ModalScreen[None]):
    """A dialog whose one VerticalScroll body the dialog.* keys scroll."""

    def action_scroll_body(self, where: str) -> None:
        body = self.query_one(VerticalScroll)
        move = {"down": body.scroll_down, "up": body.scroll_up,
                "top": body.scroll_home, "bottom": body.scroll_end}[where]
        move(animate=False)
