"""The reader: an article wrapped by terminal cells, facts and hits highlighted.

A Line API widget: the article is wrapped once per width (tui.wrap keeps
numbers with their units and fact surfaces whole) and only visible lines are
rendered, so a long article scrolls smoothly.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store import KINDS
from tui import keys
from tui.widgets.component_style import component_style
from tui.wrap import wrap_text


@dataclass(slots=True)
class Block:
    """A piece of the article laid out on its own lines."""

    name: str  # "title", "body", "meta", "label", "caption", "blank", "message"
    text: str
    styled: Text | None = None
    indent: int = 0
    keep: list[tuple[int, int]] = field(default_factory=list)


class Reader(ScrollView, can_focus=True):
    """Shows one article; every fact highlighted by kind."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("reader")

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--title", "reader--meta", "reader--label", "reader--caption", "reader--heading",
        "reader--message", "reader--selected", "reader--hit", "reader--hit-current",
        *(f"reader--{k}" for k in KINDS),
    }

    class FactSelected(Message):
        """n/N moved the selection to a fact (keeps the facts table in step)."""

        def __init__(self, fact: dict[str, Any]) -> None:
            self.fact = fact
            super().__init__()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.article: dict[str, Any] | None = None
        self.facts: list[dict[str, Any]] = []
        self.selected: dict[str, Any] | None = None
        self.hits: list[tuple[str, int, int]] = []  # (where, start, end)
        self.hit_index = -1
        self.message = "Select an article on the left (↑/↓ or j/k, enter to read)."
        self._blocks: list[Block] = []
        self._lines: list[tuple[int, int, int]] = []  # (block, start, end)
        self._line_starts: dict[int, list[int]] = {}
        self._cache: dict[int, Strip] = {}
        self._width = 0

    # -- content -----------------------------------------------------------
    def show_message(self, message: str) -> None:
        self.article, self.facts, self.selected, self.hits = None, [], None, []
        self.message = message
        self.border_title = "Reader"
        self._relayout(force=True)
        self.scroll_to(y=0, animate=False)

    def show_article(
        self, article: dict[str, Any], facts: list[dict[str, Any]], hits: list[tuple[str, int, int]]
    ) -> None:
        self.article, self.facts, self.selected = article, facts, None
        self.hits, self.hit_index = hits, -1
        self.border_title = "Reader"
        self._relayout(force=True)
        self.scroll_to(y=0, animate=False)

    def set_hits(self, hits: list[tuple[str, int, int]]) -> None:
        self.hits, self.hit_index = hits, -1
        self.border_title = "Reader"
        self._restyle()

    def select_fact(self, fact: dict[str, Any] | None, *, scroll: bool = True) -> None:
        """Make a fact stand out and bring it into view."""
        self.selected = fact
        self._restyle()
        if fact is not None and scroll:
            self.scroll_to_offset(fact["where"], fact["start"])

    def scroll_to_offset(self, where: str, start: int) -> None:
        line = self.line_of(where, start)
        if line is None:
            return
        height = self.scrollable_content_region.height or 1
        top = int(self.scroll_y)
        if not top <= line < top + height:
            self.scroll_to(y=max(0, line - height // 3), animate=False)

    def line_of(self, where: str, start: int) -> int | None:
        """Display line holding text offset `start` of the title or body."""
        for i, block in enumerate(self._blocks):
            if block.name == where:
                starts = self._line_starts.get(i, [])
                if not starts:
                    return None
                first = self._lines.index((i, *self._first_span(i)))
                return first + max(0, bisect_right(starts, start) - 1)
        return None

    def _first_span(self, block: int) -> tuple[int, int]:
        for b, s, e in self._lines:
            if b == block:
                return s, e
        return 0, 0

    # -- hits and facts navigation ----------------------------------------
    def action_next_hit(self, step: int) -> None:
        """Step through search hits, or through facts when there is no search."""
        if self.hits:
            self.hit_index = (self.hit_index + step) % len(self.hits)
            where, start, _ = self.hits[self.hit_index]
            self._restyle()
            self.scroll_to_offset(where, start)
            self.notify_hit()
            return
        if not self.facts:
            return
        order = self.facts
        i = order.index(self.selected) if self.selected in order else (-1 if step > 0 else 0)
        fact = order[(i + step) % len(order)]
        self.select_fact(fact)
        self.post_message(self.FactSelected(fact))

    def notify_hit(self) -> None:
        self.border_title = f"Reader — hit {self.hit_index + 1}/{len(self.hits)}"

    # -- layout ------------------------------------------------------------
    def _build_blocks(self) -> list[Block]:
        art = self.article
        if art is None:
            return [Block("blank", ""), Block("message", self.message, indent=1)]
        blocks = [Block("title", art.get("title") or "")]
        meta = " · ".join(str(x) for x in (art.get("byline"), art.get("publication"), art.get("date")) if x)
        if meta:
            blocks.append(Block("meta", meta))
        if art.get("captions"):
            blocks.append(Block("blank", ""))
            blocks.append(Block("label", "图片说明 Captions"))
            blocks.extend(Block("caption", c, indent=2) for c in art["captions"])
        blocks.append(Block("blank", ""))
        blocks.append(Block("body", art.get("body") or ""))
        if not self.facts:
            blocks.append(Block("blank", ""))
            blocks.append(Block("message", "No figures were found in this article."))
        for block in blocks:
            if block.name in ("title", "body"):
                block.keep = [(f["start"], f["end"]) for f in self.facts if f.get("where") == block.name]
        return blocks

    def _relayout(self, force: bool = False) -> None:
        width = max(8, self.scrollable_content_region.width)
        if not force and width == self._width:
            return
        anchor = self._top_anchor() if not force else None
        self._width = width
        self._blocks = self._build_blocks()
        self._lines, self._line_starts = [], {}
        for i, block in enumerate(self._blocks):
            spans = wrap_text(block.text, width - block.indent, keep=block.keep)
            self._line_starts[i] = [s for s, _ in spans]
            self._lines.extend((i, s, e) for s, e in spans)
        self._restyle()
        self.virtual_size = Size(width, len(self._lines))
        if anchor is not None:
            self.scroll_to_offset(*anchor)

    def _top_anchor(self) -> tuple[str, int] | None:
        top = int(self.scroll_y)
        if 0 < top < len(self._lines):
            b, s, _ = self._lines[top]
            return self._blocks[b].name, s
        return None

    def _restyle(self) -> None:
        """Re-apply highlights (facts, selection, hits) and drop cached lines."""
        cstyle = component_style
        for block in self._blocks:
            style = {
                "title": "reader--title", "meta": "reader--meta", "label": "reader--label",
                "caption": "reader--caption", "message": "reader--message",
            }.get(block.name)
            # Literal text: article text never goes through markup.
            text = Text(block.text, style=cstyle(self, style) if style else "", end="")
            if block.name == "body" and self.article:
                heading = cstyle(self, "reader--heading")
                for sec in self.article.get("sections") or []:
                    start = sec.get("start", -1)
                    if start >= 0:
                        text.stylize(heading, start, start + len(sec.get("heading", "")))
            if block.name in ("title", "body"):
                for f in self.facts:
                    if f.get("where") == block.name:
                        text.stylize(cstyle(self, f"reader--{f.get('kind')}"), f["start"], f["end"])
                for n, (where, start, end) in enumerate(self.hits):
                    if where == block.name:
                        name = "reader--hit-current" if n == self.hit_index else "reader--hit"
                        text.stylize(cstyle(self, name), start, end)
                sel = self.selected
                if sel is not None and sel.get("where") == block.name:
                    text.stylize(cstyle(self, "reader--selected"), sel["start"], sel["end"])
            block.styled = text
        self._cache.clear()
        self.refresh()

    def on_resize(self) -> None:
        self._relayout()

    def _theme_changed(self, theme: object) -> None:
        # The cached lines carry the old theme's colours.
        if self._blocks:
            self._restyle()

    def on_mount(self) -> None:
        self._relayout(force=True)
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    # -- rendering ---------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None:
            b, s, e = self._lines[index]
            block = self._blocks[b]
            assert block.styled is not None
            line = Text(" " * block.indent, end="") + block.styled[s:e]
            segments = [seg for seg in line.render(self.app.console) if seg.text != "\n"]
            strip = Strip(segments)
            self._cache[index] = strip
        return strip.apply_style(base).crop_extend(0, width, base)

    def visible_text(self) -> str:
        """The plain text of every laid-out line (tests and debugging)."""
        out = []
        for b, s, e in self._lines:
            block = self._blocks[b]
            out.append(" " * block.indent + block.text[s:e])
        return "\n".join(out)
