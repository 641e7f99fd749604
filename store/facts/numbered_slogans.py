"""A slogan that numbers its items in order, `“一城引领、两业支撑、三大机遇、四区定位、五个振兴、六个坚持、七种能力、
八个之路、九大指标、十件实事”` (a work report's 工作思路, as `一带一路` or `三会一课` are names): nothing in it is
a figure (tests/gold/README.md: slogans yield no fact).  Read without the rule, `四区`, `五个`, `六个`, `七种`, `八个`,
`十件` were counts.

Only a run of three or more short items, each opening with the next numeral (一/两/二, 三, 四 …) and separated by
、, is such a slogan; a list of counts (`三省、四市`) does not count up from 一, and `两个、三个` are two items.
"""

from __future__ import annotations

import re

_VALUE = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# an item: after a quote, a mark or a list separator, a numeral and one to six characters, up to the next mark
_ITEM_RE = re.compile(r"[“「（(：:，,、]([一两二三四五六七八九十])[\u4e00-\u9fff]{1,6}?(?=[、”」）)，,。；])")


def slogan_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each item of a numbered slogan run in the normalised text."""
    if "三" not in norm or norm.count("、") < 2:
        return []
    out: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for m in _ITEM_RE.finditer(norm):
        if run and norm[m.start()] == "、" and m.start() == run[-1].end() \
                and _VALUE[m.group(1)] == _VALUE[run[-1].group(1)] + 1:
            run.append(m)
            continue
        out += _slogan(run)
        run = [m]
    return out + _slogan(run)


def _slogan(run: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The items' spans when the run counts up from 一 over three items or more."""
    if len(run) < 3 or run[0].group(1) != "一":
        return []
    return [(r.start(1), r.end()) for r in run]
