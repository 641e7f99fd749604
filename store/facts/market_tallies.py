"""A tally of how many items of a group rose, held and fell: `“6涨4平19跌”` (of 29 industries' prices), `“2涨7跌”`,
`15涨2平53跌` (of 70 cities), `3升2降`.  Statistical bureaus write it without a measure word; each number is a
count of the group's items (unit none, as labelled), the subject the group (大类行业, 原材料), not its price.

A tally needs two or more numbers, each closed by a verb of direction, one rising and one falling, with
nothing between them: `3胜2平1负` (a team's record) has no rise, `一涨一跌` (alternately) no digits.
"""

from __future__ import annotations

import re

from .builder import Builder

_ITEM = r"\d{1,4}(?:涨|漲|升|增|平|跌|降|减|減)"
_TALLY_RE = re.compile(rf"(?<![\d.]){_ITEM}(?:{_ITEM})+(?![\d.])")
_ITEM_RE = re.compile(r"(\d{1,4})(涨|漲|升|增|平|跌|降|减|減)")
_UP, _DOWN = set("涨漲升增"), set("跌降减減")
# the measure the tally is of, left of it, is no part of the group it counts (大类行业出厂价格同比 → 大类行业)
_MEASURE_TAIL_RE = re.compile(
    r"(?:(?:出厂|购进|销售|批发|零售|成交)?(?:价格|價格|指数|指數|价|價)(?:指数|指數)?)?"
    r"(?:同比|环比|環比|按年|按月|比上月|较上月|較上月)?[“\"「]?$")


def opens_tally(text: str, s: int) -> bool:
    """True when a tally starts at `s` (its first count may stand right after an opening quote)."""
    return text[s:s + 1].isdigit() and _TALLY_RE.match(text, s) is not None


def market_tallies(b: Builder) -> None:
    n = b.norm
    if not ("跌" in n or "降" in n or "减" in n or "減" in n):
        return
    for m in _TALLY_RE.finditer(n):
        items = _ITEM_RE.findall(m.group(0))
        verbs = {v for _, v in items}
        if not (verbs & _UP and verbs & _DOWN):
            continue
        for it in _ITEM_RE.finditer(n, m.start(), m.end()):
            b.add("count", it.start(1), it.end(1), int(it.group(1)))


def tally_subjects(text: str, norm: str, facts: list[dict]) -> None:
    """Each count of a tally is of the group named before its measure (九大类原材料购进价格同比“2涨7跌” → 原材料)."""
    for f in facts:
        if f["kind"] != "count" or f["unit"] or not _ITEM_RE.match(norm, f["start"]):
            continue
        t = _TALLY_RE.search(norm, max(0, f["start"] - 20), f["end"] + 20)
        if t is None or not t.start() <= f["start"] < t.end():
            continue
        f["change"] = f["change_word"] = None    # 涨 and 跌 say which items a count holds, not a change
        lo = max(norm.rfind(c, 0, t.start()) for c in "。！？；，,;:：\n") + 1
        left = norm[lo:t.start()]
        cut = _MEASURE_TAIL_RE.search(left)
        group = left[:cut.start()] if cut else left
        group = re.sub(r"^(?:其中|[一二三四五六七八九十]是)", "", group)
        group = re.sub(r"^[一二三四五六七八九十\d]+大类", "", group)
        if group:
            start = lo + left.find(group)
            f["subject"] = text[start:start + len(group)]
