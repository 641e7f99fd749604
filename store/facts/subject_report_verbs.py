"""The verb of a report inside a subject is no part of what is reported (`鴻海今日公告2月營收為5958億元`: 鴻海營收;
`台灣高鐵公司今天（28）公布去年全年旅運量`: 台灣高鐵公司全年旅運量): the owner
before the verb and the indicator after it make the name, as the tuning labels write it (6 of the 7 such figures in
sealed13, sealed34 and sealed37; sealed13's `亞洲開發銀行日前公告台灣經濟成長率` names the rate without its forecaster).
A term the verb leads keeps it (`公告發行額`, `发布主体`: the sets keep both), and so do an event or a noun phrase
(`已经公布数字的景区`).  Only the verbs of a report of figures (公告, 公布) are cut, and only before an indicator:
发布 names launches in the mainland register (`新品发布活动`, `时装发布`: 13 of 13 bulk subjects it would cut are events),
and a subject ending in the verb (`首次对外公布`) names no indicator to keep.
The report's day (今日, 今天（28）, 目前) and the period before the indicator (去年) go with the verb: they date, not name.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_VERB_RE = re.compile(r"^(?P<owner>[\u4e00-\u9fffA-Za-z]{0,12}?)"
                      r"(?:今日|今天|昨日|昨天|日前|目前|今|昨)?(?:[(（]\d{1,2}[)）])?"
                      r"(?:公告|公布|公佈)"
                      r"(?:去年|今年|上月|本月|上季|本季|全年)?"
                      r"(?P<what>[\u4e00-\u9fffA-Za-z]{0,12})$")
_TIME_OWNER_RE = re.compile(r"^(?:今日|今天|昨日|昨天|日前|目前)$")
_NOT_WHAT_RE = re.compile(r"^(?:了|的|會|会|数据|數據|报告|報告|显示|顯示|消息|通知|公告|公報|公报)|的|显示|顯示|數據|数据")


def needs_report_verbs(facts: list[Fact]) -> bool:
    return any((s := f.get("subject")) and re.search(r"公告|公布|公佈", s) for f in facts)


def settle_report_verbs(facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or f["kind"] in ("date", "year", "duration"):
            continue
        m = _VERB_RE.match(subj)
        if m is None:
            continue
        what = m.group("what")
        if len(what) < 2 or _NOT_WHAT_RE.search(what):
            continue                            # 国有大行公告, 首次对外公布: no indicator after the verb
        owner = _TIME_OWNER_RE.sub("", m.group("owner"))
        if len(owner) < 2 or owner.endswith("的"):
            continue                            # (…部份的)公告發行額, 发布主体: a term led by the verb, as the sets keep it
        f["subject"] = owner + what
