"""The reader: an article wrapped by terminal cells, facts and hits highlighted.

A Line API widget: the article is wrapped once per width (tui.wrap keeps
numbers with their units and fact surfaces whole) and only visible lines are
rendered, so a long article scrolls smoothly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual.actions import SkipAction
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
    indent: int = 0
    keep: list[tuple[int, int]] = field(default_factory=list)
    style: Style | str = ""
    # Highlights (headings, facts; then hits and the selection over them),
    # each drawn only on the lines it touches: one styled Text of the whole
    # block cost every line a walk over all its spans, and an article of
    # many thousand figures froze the app.
    marks: Marks = field(default_factory=lambda: Marks([]))
    over: Marks = field(default_factory=lambda: Marks([]))


class Marks:
    """Styled spans of a block, found by the lines they touch."""

    def __init__(self, spans: list[tuple[int, int, Style | str]]) -> None:
        # (start, end, style, the order given): a later span is drawn over an earlier.
        self.spans = sorted(((s, e, st, n) for n, (s, e, st) in enumerate(spans) if e > s),
                            key=lambda span: span[0])
        self.starts = [span[0] for span in self.spans]
        self.longest = max((span[1] - span[0] for span in self.spans), default=0)

    def touching(self, start: int, end: int) -> list[tuple[int, int, Style | str]]:
        """The spans over [start, end), in the order they were given."""
        first, last = bisect_left(self.starts, start - self.longest), bisect_left(self.starts, end)
        found = sorted((span for span in self.spans[first:last] if span[1] > start), key=lambda span: span[3])
        return [(s, e, st) for s, e, st, _ in found]


LAYOUT_IN_WORKER = 100_000  # characters of an article wrapped off the UI thread


def _wrap_blocks(blocks: list[Block], width: int) -> list[list[tuple[int, int]]]:
    return [wrap_text(block.text, width - block.indent, keep=block.keep) for block in blocks]


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
        self._first_line: dict[int, int] = {}  # block -> its first display line
        self._layouts = 0  # layouts asked for: a late one from a worker is dropped
        self._kept_top: tuple[str, int] | None = None  # a place to bring to the top once laid out
        self._cache: dict[int, Strip] = {}
        self._width = 0

    # -- content -----------------------------------------------------------
    def show_message(self, message: str) -> None:
        self.article, self.facts, self.selected, self.hits = None, [], None, []
        self._kept_top = None
        self.message = message
        self.border_title = "Reader"
        self._relayout(force=True)
        self.scroll_to(y=0, animate=False)

    def show_article(
        self, article: dict[str, Any], facts: list[dict[str, Any]], hits: list[tuple[str, int, int]],
        top: tuple[str, int] | None = None,
    ) -> None:
        """``top``: the title or body offset to bring to the pane's top line
        (where a relaunch left off: :meth:`top_place`); else the article's top."""
        self.article, self.facts, self.selected = article, facts, None
        self.hits, self.hit_index = hits, -1
        self.border_title = "Reader"
        self._kept_top = top
        self._relayout(force=True)
        if top is None:
            self.scroll_to(y=0, animate=False)

    def top_place(self) -> tuple[str, int] | None:
        """Where the text is scrolled to, as a place in the text: the title or
        body offset of the first such line at or above the pane's top (a
        caption or the byline goes back to the title); None at the top."""
        if self._kept_top is not None:  # not laid out yet (a long article): still where it was asked to be
            return self._kept_top
        top = min(int(self.scroll_y), len(self._lines) - 1)
        if top <= 0:
            return None
        for b, s, _ in reversed(self._lines[:top + 1]):
            if self._blocks[b].name in ("title", "body"):
                return self._blocks[b].name, s
        return None

    def set_hits(self, hits: list[tuple[str, int, int]]) -> None:
        self.hits, self.hit_index = hits, -1
        self.border_title = "Reader"
        self._restyle(marks=False)

    def select_fact(self, fact: dict[str, Any] | None, *, scroll: bool = True) -> None:
        """Make a fact stand out and bring it into view."""
        self.selected = fact
        self._restyle(marks=False)
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
                return self._first_line.get(i, 0) + max(0, bisect_right(starts, start) - 1)
        return None

    # -- scrolling -----------------------------------------------------------
    # Without animation: Textual's eased scroll took end (G) over 700 lines of
    # a long article some time and, in a real terminal, stopped a fraction of
    # a line short — int(scroll_y) drew one line above the end, and the
    # article's last line was never shown (its 十五五 plan, 20,703 characters).
    def _scroll_at_once(self, y: float) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        self.scroll_to(y=max(0, min(round(y), self.max_scroll_y)), animate=False)

    def action_scroll_home(self) -> None:
        self._scroll_at_once(0)

    def action_scroll_end(self) -> None:
        self._scroll_at_once(self.max_scroll_y)

    def action_scroll_up(self) -> None:
        self._scroll_at_once(self.scroll_y - 1)

    def action_scroll_down(self) -> None:
        self._scroll_at_once(self.scroll_y + 1)

    def action_page_up(self) -> None:
        self._scroll_at_once(self.scroll_y - max(1, self.scrollable_content_region.height))

    def action_page_down(self) -> None:
        self._scroll_at_once(self.scroll_y + max(1, self.scrollable_content_region.height))

    # -- hits and facts navigation ----------------------------------------
    def action_next_hit(self, step: int) -> None:
        """Step through search hits, or through facts when there is no search."""
        if self.hits:
            self.hit_index = (self.hit_index + step) % len(self.hits)
            where, start, _ = self.hits[self.hit_index]
            self._restyle(marks=False)
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
        anchor = self._top_anchor() if not force and self._kept_top is None else None
        self._width = width
        self._blocks = self._build_blocks()
        self._layouts += 1
        blocks, layout = self._blocks, self._layouts
        if sum(len(block.text) for block in blocks) < LAYOUT_IN_WORKER:
            self._laid_out(layout, _wrap_blocks(blocks, width), anchor)
            return
        # A very long article is wrapped off the UI thread: keys, the list
        # and the facts pane answer meanwhile, and the pane says why it is blank.
        self._lines, self._line_starts, self._first_line = [], {}, {}
        self.virtual_size = Size(width, 0)
        self.border_title = "Reader — laying out a long article…"
        self._restyle()

        def wrap() -> None:
            spans = _wrap_blocks(blocks, width)
            self.app.call_from_thread(self._laid_out, layout, spans, anchor)

        self.run_worker(wrap, thread=True, exclusive=True, group="reader-layout", exit_on_error=False)

    def _laid_out(self, layout: int, spans: list[list[tuple[int, int]]],
                  anchor: tuple[str, int] | None) -> None:
        if layout != self._layouts:
            return  # another article, or another width, asked for since
        self._lines, self._line_starts, self._first_line = [], {}, {}
        for i, block_spans in enumerate(spans):
            self._line_starts[i] = [s for s, _ in block_spans]
            self._first_line[i] = len(self._lines)
            self._lines.extend((i, s, e) for s, e in block_spans)
        if self.border_title and "laying out" in str(self.border_title):
            self.border_title = "Reader"
        self._restyle()
        self.virtual_size = Size(self._width, len(self._lines))
        if self._kept_top is not None:  # once the pane has its size: scrolled after this refresh
            self.call_after_refresh(self._scroll_to_kept, layout)
        elif anchor is not None:  # another width: the words that were at the top stay there
            line = self.line_of(*anchor)
            if line is not None:
                self.scroll_to(y=line, animate=False, force=True)
        elif self.hits and self.hit_index >= 0:
            self.scroll_to_offset(*self.hits[self.hit_index][:2])
        elif self.selected is not None:
            self.scroll_to_offset(self.selected["where"], self.selected["start"])

    def _scroll_to_kept(self, layout: int) -> None:
        """The kept place's line at the pane's top, or as far as the text
        goes (clamped: an article shorter than the place, a wider window)."""
        kept = self._kept_top
        if kept is None or layout != self._layouts:  # another layout since: it scrolls when it is done
            return
        line = self.line_of(*kept)
        # (force: right after a layout the scrollbar may not be shown yet, and an unforced scroll is then dropped)
        self.scroll_to(y=line or 0, animate=False, force=True)
        if self.scrollable_content_region.height > 0:  # (before the first layout of the screen: on its resize)
            self._kept_top = None

    def _top_anchor(self) -> tuple[str, int] | None:
        top = int(self.scroll_y)
        if 0 < top < len(self._lines):
            b, s, _ = self._lines[top]
            return self._blocks[b].name, s
        return None

    def _restyle(self, marks: bool = True) -> None:
        """Re-apply highlights (facts, selection, hits) and drop cached lines;
        the facts' own (``marks``) only when the article or the theme changed:
        moving the selection must not cost a walk over every figure."""
        cstyle = component_style
        for block in self._blocks:
            if marks:
                name = {
                    "title": "reader--title", "meta": "reader--meta", "label": "reader--label",
                    "caption": "reader--caption", "message": "reader--message",
                }.get(block.name)
                block.style = cstyle(self, name) if name else ""
                spans: list[tuple[int, int, Style | str]] = []
                if block.name == "body" and self.article:
                    heading = cstyle(self, "reader--heading")
                    for sec in self.article.get("sections") or []:
                        start = sec.get("start", -1)
                        if start >= 0:
                            spans.append((start, start + len(sec.get("heading", "")), heading))
                if block.name in ("title", "body"):
                    kinds: dict[str, Style | str] = {}
                    for f in self.facts:
                        if f.get("where") == block.name:
                            kind = str(f.get("kind"))
                            if kind not in kinds:
                                kinds[kind] = cstyle(self, f"reader--{kind}")
                            spans.append((f["start"], f["end"], kinds[kind]))
                block.marks = Marks(spans)
            over: list[tuple[int, int, Style | str]] = []
            if block.name in ("title", "body"):
                for n, (where, start, end) in enumerate(self.hits):
                    if where == block.name:
                        name = "reader--hit-current" if n == self.hit_index else "reader--hit"
                        over.append((start, end, cstyle(self, name)))
                sel = self.selected
                if sel is not None and sel.get("where") == block.name:
                    over.append((sel["start"], sel["end"], cstyle(self, "reader--selected")))
            block.over = Marks(over)
        self._cache.clear()
        self.refresh()

    def on_resize(self) -> None:
        self._relayout()
        if self._kept_top is not None:
            self.call_after_refresh(self._scroll_to_kept, self._layouts)

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
            piece = Text(block.text[s:e], style=block.style, end="")
            for marks in (block.marks, block.over):
                for start, end, style in marks.touching(s, e):
                    piece.stylize(style, max(start, s) - s, min(end, e) - s)
            line = Text(" " * block.indent, end="") + piece
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
