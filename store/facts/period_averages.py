"""An average growth over years (`年均增长4.8%`, `年平均增长`, `平均每年增长`) is a rate over a window, never of
one year: `2024年全省地区生产总值达到6.2万亿元，一般公共预算收入年均增长4.8%` gave the 4.8 % the 2024 of the clause
before, as if it were that year's growth.

- When the sentence names the window's length before the figure (`过去五年`, `近五年`, `5年来`, `十年间`), the
  average takes the window ending in that year (2020/2024), as `五年年均增长` does (period_runs);
- a sentence that goes from one year to another (`增加到2005年的…`, `2025年比2020年增长`, `与2020年相比`, a run `连续7年`,
  a target `到2029年`) is left to the conventions those forms have (the end year, the run, the target's year);
- otherwise the average keeps no period: the year was another figure's.
Only averages of growth are read: an annual average level (`年均浓度`, `年均发电量`, a base `多年平均值`, `全年均值`)
is that year's, and a year written in the average's own clause is left alone.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_AVERAGE_GROWTH_RE = re.compile(r"(?:(?<![全常多当當])年均|(?<![全常多])年平均|平均每年)(?:实际|實際|名义|名義|复合|複合)?"
                                r"(?:增长|增長|增速|增幅|增加|减少|減少|净增|淨增|提高|下降|递增|遞增|成长|成長)")
_CLAUSE_START_RE = re.compile(r"[，,；;。！？!?\n]")
_SENTENCE_START_RE = re.compile(r"[。！？!?\n]")
_OWN_YEAR_RE = re.compile(r"\d{4}\s?年|[今去前明上本该該当當]年")
# from one year to another, a run, a target: forms with conventions of their own
_SPAN_FORM_RE = re.compile(r"(?:比|较|較|与|與|[从從由到至])\s?\d{4}\s?年|连续|連續|以来|以來")
_WINDOW_RE = re.compile(r"(?:过去|過去|近|这|這|最近)([二三四五六七八九十两兩]|\d{1,2})\s?年"
                        r"|(?<![\d年])([二三四五六七八九十两兩]|\d{1,2})\s?年(?:来|來|间|間|里|裡)")
_CN = {"二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_YEAR_RE = re.compile(r"\d{4}")


def needs_averages(norm: str) -> bool:
    return "年均" in norm or "年平均" in norm or "平均每年" in norm


def settle_averages(norm: str, facts: list[Fact]) -> None:
    for f in facts:
        period = f.get("period")
        if f["kind"] in ("date", "year", "duration") or not period or not _YEAR_RE.fullmatch(period):
            continue
        s = f["start"]
        clause_start = max((m.end() for m in _CLAUSE_START_RE.finditer(norm, max(0, s - 40), s)), default=max(0, s - 40))
        clause = norm[clause_start:s]
        if not _AVERAGE_GROWTH_RE.search(clause) or _OWN_YEAR_RE.search(clause):
            continue
        sentence_start = max((m.end() for m in _SENTENCE_START_RE.finditer(norm, max(0, s - 200), clause_start)),
                             default=max(0, s - 200))
        if _SPAN_FORM_RE.search(norm, sentence_start, s):
            continue
        window = None
        for m in _WINDOW_RE.finditer(norm, sentence_start, s):
            window = m
        if window is not None:
            length = window.group(1) or window.group(2)
            n = int(length) if length.isdigit() else _CN[length]
            if n > 1:
                end = int(period)
                f["period"] = f"{end - n + 1}/{end}"
                continue
        f["period"] = None
