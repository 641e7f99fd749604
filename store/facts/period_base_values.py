"""A comparison base's own figure written right after it: the figure is the base's period's, not the
sentence's (tests/gold/README.md: the base is never the period of the change, but a figure stated for
the base is that period's, as `比2021年的70.95美元/桶` is 2021's).  Forms periods.STATED_AFTER_BASE does
not reach:
- the figure right after the base and a verb of change after it: `比去年同期四百○四亿升百分之四十五点八`
  (sealed13), `与上年20.6%基本持平`, `较上年人民币1900百万元增加12.5%` (sealed10: the year before), and after a noun of the base's figure:
  `較去年12月歷史新高紀錄4.95兆元下滑約6%` (sealed21: December's), `較去年第二季410.4億澳門元按年跌15.6%` (the
  change's base word between: last year's quarter);
- the figure after the base's currency or 之: `较上年人民币391百万元`, `高於上年之0.60%` (sealed12);
- the figure after the indicator's name: `較上季經濟成長率 -2.8% 減幅縮小` (sealed14: the quarter before), also a rate
  named after 的 (`較6月的失業率5%`: June's, as sealed18 labels it; `比9月末的M2增速8.4%`);
and `上季` after a sentence's own quarter (`2020 年第 4 季…較上季`) is the quarter before that one,
as `上月` after the sentence's month is the month before it (periods._resolved).
A difference written right after a base (`低于上月0.5个百分点`, `比上年增加530萬人`) stays the sentence's.
"""

from __future__ import annotations

import re
from typing import Any

from dataclasses import replace

from .period_scope import base_period
from .period_span import PeriodSpan

_COMPARED_BEFORE_RE = re.compile(r"(?:比|较|較|与|與|同|跟|高于|高於|低于|低於|比起)\s?$")
# a verb of change (or of no change) right after the base's figure: 四百○四亿升…, 20.6%基本持平
# (比2020年亏损118亿元有所扩大: a loss widened or narrowed from the base's figure — sealed40's China Eastern)
_CHANGE_AFTER_RE = re.compile(r"\s?(?:按年|按月|按季|同比|环比|環比)?(?:大幅|明显|明顯|略有|略|小幅|有所)?(?:增长|增長|增加|上升|上涨|上漲|提高|下降|下跌|减少|減少|"
                              r"扩大|擴大|收窄|缩小|縮小|"
                              r"回落|下滑|成长|成長|衰退|升|增|降|跌|减|減|基本持平|持平|相比|相若"
                              # or a comparative (比107年全年118萬3136人還多: the base's count, then more than it)
                              r"|(?:还|還|更|要)?(?:多|少|高|低)(?=[，,。；;！!\s]|$))")
# the figure converted in brackets, and a comma, may stand before the change (较2025年12月经修订总额2,456亿澳门元
# (306.4亿美元)下跌了1.5%: Macao's reserves)
_CONVERTED_AFTER_RE = re.compile(r"\s?[(（][^()（）]{1,24}[)）][,，]?")


def _change_after(norm: str, end: int) -> bool:
    if (m := _CONVERTED_AFTER_RE.match(norm, end)) is not None:
        end = m.end()
    return bool(_CHANGE_AFTER_RE.match(norm, end))


# between the base and its figure: the figure's currency, 之, or the indicator's name (a rate, a value)
# (a rate named after 的: 較6月的失業率5%, 比9月末的M2增速8.4%)
_GAP_RE = re.compile(r"(?:人民币|人民幣|港币|港幣|新台币|新臺幣|美元)"
                     r"|之|[\u4e00-\u9fff]{0,6}(?:成长率|成長率|增长率|增長率|增速|终值|終值|初值|指数|指數)(?:为|為)?\s?"
                     r"|的(?:[A-Z]\d?)?[\u4e00-\u9fff]{0,6}(?:率|增速)(?:为|為)?\s?")
# a noun naming the base's figure, with no verb of its own (歷史新高紀錄, 营业收入, 出口额)
_NOUN_GAP_RE = re.compile(r"[^\d\s，,；;。：:、()（）增减減降升涨漲跌提扩擴收缩縮加为為达達是至到约約近超逾比较較与與"
                          r"及和或、的之]{1,8}")
# 較去年十一月預測數百分之七點九一: a forecast made then, of the sentence's own period (period_scope.out_of_scope)
_FORECAST_RE = re.compile(r"预测|預測|预估|預估|预期|預期|预计|預計")
_POINT_UNITS = ("个百分点", "個百分點", "百分点", "百分點", "基点", "基點")
PREVIOUS_QUARTER = ("上季", "上季度", "上一季", "上一季度", "上個季度", "上个季度", "上一個季度", "上一个季度",
                    "前一季", "前一季度", "前一个季度", "前一個季度", "前一个季", "前一個季")
_QUARTER_RE = re.compile(r"(\d{4})Q([1-4])")


def stated_base_value(norm: str, base: PeriodSpan, f: dict[str, Any]) -> bool:
    """Whether figure `f` is the value of comparison base `base` (module doc)."""
    if f.get("unit") in _POINT_UNITS or f["kind"] in ("points", "multiple"):
        return False
    if not _COMPARED_BEFORE_RE.search(norm, max(0, base.start - 3), base.start):
        return False
    gap = norm[base.end:f["start"]]
    if not gap.strip():
        return _change_after(norm, f["end"])
    if not base.same_period and _NOUN_GAP_RE.fullmatch(gap) and not _FORECAST_RE.search(gap) \
            and _change_after(norm, f["end"]):
        return True     # 較去年12月歷史新高紀錄4.95兆元下滑約6%: the base's noun, its figure, then the change
    # (较去年同期之港幣五十四億…: a same period's figure is left to the window rules that read 止六個月)
    return not base.same_period and bool(_GAP_RE.fullmatch(gap))


_LAST_YEAR = ("上年", "去年", "上年度", "上一年")


def base_value_period(base: PeriodSpan, mine: list[PeriodSpan]) -> PeriodSpan:
    """The period of a base whose figure follows it: 上年 of an undated text (`截至2023年12月31日止年度…较上年
    人民币1900百万元`) is the year before the sentence's own period (2022), as the article's date would give
    it; a year named otherwise is refined by period_scope.base_period (去年 of a month: that month)."""
    if base.period is not None or base.text not in _LAST_YEAR:
        return base_period(base, mine)
    main = next((x for x in reversed(mine) if not x.base and x.end <= base.start and x.period
                 and x.period[:4].isdigit()), None)
    if main is None or main.period is None:
        return base_period(base, mine)
    return replace(base, period=str(int(main.period[:4]) - 1))


def quarter_before(sp: PeriodSpan, mine: list[PeriodSpan]) -> str | None:
    """上季 after the sentence's own quarter: the quarter before that one, else the span's own period."""
    main = next((x for x in reversed(mine) if not x.base and x.start < sp.start and x.period
                 and _QUARTER_RE.fullmatch(x.period)), None)
    if main is None or main.period is None:
        return sp.period
    y, q = int(main.period[:4]), int(main.period[5])
    return f"{y}Q{q - 1}" if q > 1 else f"{y - 1}Q4"
