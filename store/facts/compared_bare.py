"""A bare figure compared with one the sentence measured before it is in that figure's unit.

`各口岸共錄得1.94億人次出入境,比2018年的1.79億增加了約9%`, `全年錄得超過3,940萬旅客來澳,比2018年的3,580萬上升`,
`博彩收益达五百八十九亿○五百万元,比去年同期四百○四亿升`, `务工规模达3294万人，超3000万目标任务`: the writer names the unit once, on the figure measured, and
leaves it out of the base or the mark it is held against.  The bare figure (a number with its magnitude,
万/亿/千, and nothing after it that is a unit) stands right after a word of comparison (比, 较, 超, 高于,
低于 …, a period and 的 between allowed) and takes the unit, kind and denominator of the
nearest figure before it in its sentence, when both are of one order (within a factor of ten).

A qualifier 超 compares only with the figure right before it (`3294万人，超3000万`); after another
indicator (`浏览量达1亿多次 下载量超2400万`) it says "more than", nothing about the unit.

Kept: a mark crossed (`首次跨過7千億大關`, `突破1万亿`: the subject machinery reads a milestone apart, and a
unit would give it the words before 跨過 for a subject), bare figures without such a word (`189万中小企业`: the noun says what is counted), figures whose
sibling is far off in size (`比上年增加2万`, of `GDP 5.3万亿元`: another quantity), and siblings after it.
"""

from __future__ import annotations

import re
from typing import Any

from .numbers import as_decimal

Fact = dict[str, Any]

# (a qualifier may open the surface: 超3000万, 逾7千億 — a word of comparison itself when it is 超/超过)
_BARE_RE = re.compile(r"^(?P<q>[^\d一二三四五六七八九十两兩]{0,2})[\d.,一二三四五六七八九十两兩百千零〇○O]+[万亿萬億]+$")
_QUALIFIER_COMPARES = ("超", "超过", "超過", "逾")
_COMPARE_RE = re.compile(
    r"(?:比|较|較|相比|比起|超|超过|超過|超出|高于|高於|低于|低於|多于|多於|少于|少於)"
    r"(?:(?:19|20)\d\d年|去年|上年|前年|今年|同期|去年同期|上年同期|上月|上季|[一二三四五六七八九十\d]+月份?)*的?$")
_SENTENCE_MARKS = "。！？!?\n"
_KINDS = ("count", "quantity", "money")


def compared_bare_units(norm: str, facts: list[Fact]) -> None:
    """Give a bare compared figure the unit of the figure measured before it in its sentence."""
    for i, f in enumerate(facts):
        if f["kind"] not in ("count", "quantity") or f.get("unit") or not (m := _BARE_RE.match(f["surface"])):
            continue
        if m.group("q") not in _QUALIFIER_COMPARES and not _COMPARE_RE.search(norm, max(0, f["start"] - 12), f["start"]):
            continue
        lo = max(norm.rfind(m, 0, f["start"]) for m in _SENTENCE_MARKS) + 1
        before = [g for g in facts[:i] if g["start"] >= lo and g.get("unit") and g["kind"] in _KINDS]
        if not before:
            continue
        g = before[-1]
        if m.group("q") and not _COMPARE_RE.search(norm, max(0, f["start"] - 12), f["start"]) \
                and norm[g["end"]:f["start"]].strip(" ，,、") != "":
            continue                # 浏览量达1亿多次 下载量超2400万: 超 a qualifier of another figure, no comparison
        a, b = as_decimal(f.get("value")), as_decimal(g.get("value"))
        if a is None or b is None or a <= 0 or b <= 0 or not (b / 10 <= a <= b * 10):
            continue
        f["kind"], f["unit"], f["per"] = g["kind"], g["unit"], g.get("per")
