"""A bare magnitude reached by a verb is a figure: `总投资达百亿元` is 1e10 元, `探明储量达到万亿立方米`
1e12 立方米 — as `超过百亿美元`, `突破千亿元`, `近亿元` (a qualifier before them) already were.

A magnitude alone (百亿, 千亿, 万亿, 亿) is otherwise a word (`千家万户`, `百万人才`, `百亿级`, `千万不要`),
so it is read only after 达/达到/高达/为/约为 and with a unit of money or quantity written after it.
"""

from __future__ import annotations

import re

_REACHED_RE = re.compile(r"(?:达到|高达|达|约为|为)$")
_KINDS = ("money", "quantity")


def reached_magnitude(norm: str, s: int, tok: str, kind: str | None) -> bool:
    """Whether the bare magnitude `tok` at `s` is a level a verb says was reached."""
    return kind in _KINDS and tok in ("百亿", "千亿", "万亿", "亿", "十亿", "百万", "千万") and bool(
        _REACHED_RE.search(norm, max(0, s - 2), s))
