"""CJK-aware line wrapping by terminal cells.

Rich and Textual break lines only at spaces, so a Chinese paragraph is one
"word" folded at arbitrary cells, splitting numbers such as 66.7% into 66 / .7%.
This module breaks between any two CJK characters instead, but keeps numbers
with their units, fact surfaces and punctuation rules (no closing punctuation at
the start of a line, no opening punctuation at the end of one).

The result is a list of (start, end) offsets into the text, so callers can
style spans (facts, search hits) by the same offsets they already have.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from rich.cells import cell_len

# Punctuation that must not begin a line (it belongs to the text before it).
CLOSING = set("，。、；：？！”’」』）》〉】〕…,.;:?!)]}%％‰·")
# Punctuation that must not end a line (it belongs to the text after it).
OPENING = set("“‘「『（《〈【〔([{")
# Quotes that open and close alike (around the commands messages name: run
# 'factdesk check --fix'): with the word after them when they open.
STRAIGHT_QUOTES = set("'`\"")

# Multi-character units first so the longest unit wins.
_UNITS = sorted(
    """个百分点 百分点 平方公里 平方米 千瓦时 立方米 万千瓦 公里 千米 美元 港元 欧元 日元
    人民币 亿元 万元 元 辆 家 个 项 月 日 号 年 倍 人 次 台 套 吨 件 条 所 亩 米 户 名 位
    座 部 只 股 张 天 岁 期 届 批 类 款 种 层 栋 间 处 季度 小时 分钟 秒 周 度 克 升
    架 艘 列 GW MW kW km kg""".split(),
    key=len,
    reverse=True,
)
# A number (with inner . , : / - ~ between digits), then optional percent,
# magnitude characters (万, 亿…) and one unit — all one unbreakable token.
_DIGIT = r"[0-9０-９]"
_TOKEN_RE = re.compile(
    rf"(?:{_DIGIT}+(?:[.,:/\-~～—–至]{_DIGIT}+)*"
    r"(?:[%％‰])?"
    r"(?:[十百千万亿]{1,3})?"
    rf"(?:{'|'.join(map(re.escape, _UNITS))})?"
    # A path keeps its leading / (or ~/) with it; the // of a URL does not count.
    r"|(?:(?<![:/\w])~?/)?[A-Za-z][A-Za-z0-9_'\-./+]*[A-Za-z0-9]|[A-Za-z])"
)


def _atoms(text: str, keep: Iterable[tuple[int, int]], width: int) -> list[list[int]]:
    """Split text into unbreakable atoms [start, end]."""
    n = len(text)
    # Boundaries that may not be broken: position i is "glued" when a line
    # break between text[i-1] and text[i] is forbidden.
    glued = bytearray(n + 1)
    for m in _TOKEN_RE.finditer(text):
        for i in range(m.start() + 1, m.end()):
            glued[i] = 1
    for start, end in keep:
        start, end = max(0, start), min(n, end)
        if end - start > 1 and cell_len(text[start:end]) <= width:
            for i in range(start + 1, end):
                glued[i] = 1
    for i, ch in enumerate(text):
        if ch in CLOSING and i > 0:
            glued[i] = 1
        elif ch in OPENING and i + 1 < n:
            glued[i + 1] = 1
        elif ch in STRAIGHT_QUOTES:  # opens after a space, an opening bracket or first, else closes
            if (i == 0 or text[i - 1] == " " or text[i - 1] in OPENING) and i + 1 < n:
                glued[i + 1] = 1
            elif i > 0:
                glued[i] = 1
    atoms: list[list[int]] = []
    for i in range(n):
        if i and glued[i] and text[i - 1] != " " and text[i] != " ":
            atoms[-1][1] = i + 1
        else:
            atoms.append([i, i + 1])
    return atoms


def wrap_spans(
    text: str,
    width: int,
    *,
    keep: Sequence[tuple[int, int]] = (),
    offset: int = 0,
) -> list[tuple[int, int]]:
    """Wrap one line of text (no newlines) to `width` cells.

    Returns (start, end) spans of `text` (plus `offset`), one per display line.
    `keep` spans (e.g. fact surfaces, relative to `text`) stay on one line when
    they fit. Spaces at a break are dropped from both lines.
    """
    width = max(1, width)
    if not text:
        return [(offset, offset)]
    if cell_len(text) <= width:
        return [(offset, offset + len(text))]
    lines: list[tuple[int, int]] = []
    line_start: int | None = None
    line_end = 0
    used = 0
    for start, end in _atoms(text, keep, width):
        chunk = text[start:end]
        w = cell_len(chunk)
        if chunk == " ":
            if line_start is not None and used + 1 <= width:
                line_end, used = end, used + 1
            continue
        if line_start is not None and used + w <= width:
            line_end, used = end, used + w
            continue
        if line_start is not None:
            lines.append((line_start, _rstrip(text, line_start, line_end)))
            line_start = None
        if w <= width:
            line_start, line_end, used = start, end, w
            continue
        # An atom wider than the line (a very long number or word): fold it.
        for i in range(start, end):
            cw = cell_len(text[i])
            if line_start is not None and used + cw > width:
                # Carry one character down rather than start with "，".
                cut = line_end
                if (text[i] in CLOSING and cut - line_start > 1
                        and cell_len(text[cut - 1 : i + 1]) <= width):
                    cut -= 1
                lines.append((line_start, cut))
                line_start, used = cut, cell_len(text[cut:i])
            if line_start is None:
                line_start, used = i, 0
            line_end, used = i + 1, used + cw
    if line_start is not None:
        lines.append((line_start, _rstrip(text, line_start, line_end)))
    return [(s + offset, e + offset) for s, e in lines] or [(offset, offset)]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] == " ":
        end -= 1
    return end


def wrap_text(
    text: str,
    width: int,
    *,
    keep: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Wrap multi-line text; each "\\n" is a hard break. Spans index `text`."""
    spans: list[tuple[int, int]] = []
    # The kept spans of each line are found by bisection: scanning all of
    # them for every line made an article of many paragraphs and many
    # figures take time growing with their product (minutes of a frozen app).
    ordered = sorted(keep)
    starts = [s for s, _ in ordered]
    longest = max((e - s for s, e in ordered), default=0)
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        first, last = bisect_left(starts, pos - longest), bisect_left(starts, end)
        local = [(s - pos, e - pos) for s, e in ordered[first:last] if e > pos]
        spans.extend(wrap_spans(line, width, keep=local, offset=pos))
        pos = end + 1
    return spans


def wrap_lines(text: str, width: int, **kw: object) -> list[str]:
    """Convenience: the wrapped lines as strings (for tests and plain output)."""
    return [text[s:e] for s, e in wrap_text(text, width, **kw)]  # type: ignore[arg-type]


def ellipsize(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, ending in "…" when cut; the ellipsis
    follows the last character kept (a wide character that does not fit
    leaves its cell after the ellipsis, not a gap before it)."""
    if cell_len(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        size = cell_len(char)
        if used + size > width - 1:
            break
        kept.append(char)
        used += size
    return "".join(kept).rstrip() + "…"


class Wrapped:
    """Plain text as a Rich renderable wrapped by ``wrap_text`` at the width
    it is drawn in: Rich folds a run of Chinese at any cell, splitting a
    figure or a date across lines (2025-1 / 1-25, 66 / .7%); this keeps
    numbers with their units, as the reader does.  Never markup."""

    def __init__(self, text: str, style: str = "") -> None:
        self.text, self.style = text, style

    def __rich_console__(self, console: object, options: object) -> Iterable[object]:
        from rich.text import Text

        width = max(1, getattr(options, "max_width", 80))
        for start, end in wrap_text(self.text, width) or [(0, 0)]:
            yield Text(self.text[start:end], style=self.style, no_wrap=True, overflow="fold")

    def __rich_measure__(self, console: object, options: object) -> object:
        from rich.measure import Measurement

        longest = max((cell_len(line) for line in self.text.split("\n")), default=0)
        return Measurement(min(longest, 2), longest).clamp(max_width=getattr(options, "max_width", None))
