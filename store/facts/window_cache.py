"""Rules that read only a window of the text, answered once per window.

A subject rule such as subjects._phrase reads the phrase before a figure and the
text under it, nothing else: the same phrase recurs (，同比增长, 比上年增长, a clause
a feed's articles repeat), so its answer is kept for the window's text rather than
read again.  A rule under `window_cached` must not read the text outside its window
(words.word_around only reads the bounds it is given).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any

Span = tuple[int, int]


def window_cached(span_in: Callable[..., Span | None]) -> Callable[..., Span | None]:
    """`span_in(text, start, pre, *rest)`, which reads only `pre` and text[start:start+len(pre)]
    and returns a span of the text or None, cached on (that window, `pre`, `rest`)."""
    @lru_cache(maxsize=16384)
    def on_window(window: str, pre: str, *rest: Any) -> Span | None:
        return span_in(window, 0, pre, *rest)

    @wraps(span_in)
    def cached(text: str, start: int, pre: str, *rest: Any) -> Span | None:
        span = on_window(text[start:start + len(pre)], pre, *rest)
        return (start + span[0], start + span[1]) if span else None
    cached.cache_clear = on_window.cache_clear      # type: ignore[attr-defined]
    return cached
