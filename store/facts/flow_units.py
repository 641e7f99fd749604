"""A flow stated as a verb per day, month or year: the time is the figure's denominator.

`日加工鲜叶8000—10000斤` → 斤/日, `日均服务用户近7亿人次` → 人次/日, `年接待游客超30万人次` → 人次/年,
`预计年产天然气达20亿立方米` → 立方米/年 (tests/gold/README.md, sealed6, sealed10).  The verb follows
日/月/年 (or 日均) at once; a measure named as a noun (`日吞吐量`, `日产生量`, `年产值`, `年产量`,
`年输气能力`, `日均客流量`) keeps its plain unit, as the other samples label it, and so does a total of
a named year or day (`去年接待游客`, `2025年接待`, `高峰日发送`, `首日接待`).
"""

from __future__ import annotations

import re

_VERBS = (r"(?:服务|服務|加工|接待|处理|處理|运送|運送|发送|發送|开行|開行|接诊|接診|运输|運輸|输送|輸送|"
          r"装卸|裝卸|通行|收治|办理|辦理|生产|生產|供应|供應|消纳|消納|处置|處置|产|產)")
_FLOW_RE = re.compile(r"(?<![今明昨去前全当當本上下次每同半多近整逐隔首峰单單周週\d一二三四五六七八九十两兩年月日])([日月年])均?"
                      + _VERBS + r"(?:(?![的着量额額值能])[\u4e00-\u9fff]){0,4}?"
                      r"(?:[约約近超逾达達为為了可]|超过|超過|达到|達到|\s)*$")


# what a plant or a line can do in one unit of time: 一年能转化灵芝450公斤 (公斤/年, sealed17), 一天可处理…
# (not a span gone by: 过去一年, 近一年, 这一年; a modal says it is a capacity)
_ONE_TIME_RE = re.compile(r"(?<![过過去近这這那上前第今整全每首最半\d一二三四五六七八九十两兩])一([年天日])(?:就|便|共)?"
                          r"(?:能够|能夠|可以|能|可)(?:(?![的着])[\u4e00-\u9fff]){1,8}?"
                          r"(?:[约約近超逾达達为為了]|超过|超過|达到|達到|\s)*$")


def flow_per(norm: str, start: int) -> str | None:
    """日, 月 or 年 when the figure at `start` is a flow per that time written as a verb, else None."""
    lo = max(0, start - 12)
    if "日" not in norm[lo:start] and "年" not in norm[lo:start] and "月" not in norm[lo:start] \
            and "天" not in norm[lo:start]:
        return None
    m = _FLOW_RE.search(norm, lo, start) or _ONE_TIME_RE.search(norm, lo, start)
    return m.group(1) if m else None
