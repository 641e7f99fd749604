"""Periods are never subjects: a period phrase left in a subject is cut, or the subject is the
indicator the sentence measured before it.

- Hong Kong results compare with a year told as `截至二零一七年十二月三十一日止年度`:
  `本集团的收益约为100.4百万港元,较截至…止年度约109.7百万港元减少约9.3百万港元或8.5%` gave
  the base and the changes the subject `截至二零一七年止年度`; they are the revenue's, the
  subject of the figure before them in the sentence.  A period opening a subject is cut
  (`截至二零一八年止年度的每股盈利` → 每股盈利); one inside, after its owner, likewise
  (`本集团截至2025年6月30日止六个月的收入` → 本集团的收入).
- A holiday or a year before or after the indicator (`春節假期每日人均花費`, `香港的整體貨物出口
  全年`) is the period, not part of what was measured; `按年輕微下跌` cut to 年輕微 is the base and
  an adverb: the figure is the sentence's indicator's.
- A time adverb after the indicator (`我国红树林面积现在达2.7万公顷`) is cut; a time word alone
  (`近日，中央财政提前下达2023年农业相关转移支付2115亿元` → 近日) is no subject.
- A span of trading days after a week (`上周后两个交易日`) measures nothing.
- A window told with its lead (`過去12個月平均淨回報`, `过去四年社会消费品零售总额`, `美国武器出口量过去5年间`,
  `截至6月的12個月平均回報` with its date taken) is the figure's period, wherever it stands in the subject: cut, an
  average word inside it kept (`過去平均12個月淨回報率` → 平均淨回報率).
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_VALUE_KINDS = ("percent", "points", "money", "count", "quantity", "multiple", "index")
# (the period reader may have taken 截至…日 already, leaving 止年度 at the subject's head)
_CLOSING_LEAD_RE = re.compile(r"^(?:(?:截至|截止)[^，,；;。的]{0,24}?止(?:年度|[六三九]个月|[六三九]個月|期间|期間)?"
                              r"|止(?:年度|[六三九]个月|[六三九]個月|期间|期間))(?:的|之)?")
# …the same phrase inside, its date taken (本集团截至2025年6月30日止六个月的收入 → 本集团止六个月的收入)
_CLOSING_INNER_RE = re.compile(r"(?<=..)止(?:年度|[六三九]个月|[六三九]個月|十二个月|十二個月|期间|期間)(?=[的之].)")
_HOLIDAY_LEAD_RE = re.compile(r"^(?:今年|去年)?(?:春节|春節|国庆|國慶|五一|中秋|端午|元旦|清明)(?:假期|假日|黄金周|黃金周|长假|長假)"
                              r"(?:期间|期間)?(?=.{3})")
_YEAR_TAIL_RE = re.compile(r"(?<=.{3})(?:全年|当年|當年)$")
# 按年輕微下跌: the base word cut to 年 with the adverb is no subject; the sentence's indicator is
_BASE_ADVERB_RE = re.compile(r"^(?:按?[年月])(?:轻微|輕微|大幅|显著|顯著|小幅|略|稍|微)?$")
# a time adverb after the indicator (我国红树林面积现在达2.7万公顷) and a time word alone (近日，…下达…)
_NOW_TAILS = ("现在", "現在", "目前", "如今", "当前", "當前")
# a session or a weekday after a market (恒生指數全日升326點, 上证指数全天上涨, 道指週五下跌): the day, not the index
_SESSION_TAILS = ("全日", "全天", "周一", "周二", "周三", "周四", "周五", "週一", "週二", "週三", "週四", "週五",
                  "星期一", "星期二", "星期三", "星期四", "星期五")
TIME_TAILS = _NOW_TAILS + _SESSION_TAILS + ("时", "時")
# a clause of when after the price (国际原油期货价格8日晚开始新一周交易时突破…: the day's 晚 left after its date)
_WHEN_TAIL_RE = re.compile(r"(?:(?:晚|早|夜间|夜間|晚间|晚間|凌晨|上午|下午)(?:开始|開始)?|开始|開始)[^，,；;。]{0,8}?"
                           r"(?:交易|开盘|開盤|收盘|收盤|开市|開市|收市)[时時]$|(?:开盘|開盤|收盘|收盤|开市|開市|收市)[时時]$")
# the indicator's earlier value (…失业率降至16.5%，前值16.9%): the sentence's indicator (an expectation, 预期2.9%, is
# no value of it and keeps its word)
PRIOR_VALUE_WORDS = frozenset({"前值", "前期值", "上期值", "上月值", "前月值", "初值", "修正值", "终值", "終值",
                               # a base told as the revised figure (较2025年12月经修订总额2,456亿澳门元): the indicator's
                               "修订总额", "修訂總額", "经修订总额", "經修訂總額", "修订数字", "修訂數字", "修正数字",
                               "修正數字", "修订数", "修訂數", "修正数", "修正數"})
TIME_WORDS = frozenset({"近日", "日前", "今天", "今日", "昨天", "昨日", "目前", "现在", "現在", "如今", "当前", "當前",
                        "近期", "当天", "當天", "当日", "當日"})
# a window with its lead (past, recent, coming, up to a cutoff whose date the period took), its length and its closing word
_WINDOW_RE = re.compile(r"(?:在)?(?:过去|過去|最近|近|未来|未來|(?:截至|截止)的)(平均)?"
                        r"(?:[\d０-９]+|[一二三四五六七八九十两兩几幾]{1,3})(?:多)?(?:个|個)?(?:多)?"
                        r"(?:年|月|周|週|星期|天|日|季度|小时|小時)(?![期级級度来來底末初])"
                        r"(?:间|間|内|內|里|裡)?(?:的|之)?")
WINDOW_LEAD_RE = re.compile(r"(?:过去|過去|近|未来|未來|截至的|截止的)平?均?[\d０-９一二三四五六七八九十两兩几幾]")
_WEEK_ONLY_RE = re.compile(r"^(?:上周|上週|本周|本週|上月|本月|今年|去年|近期)(?:后|後|前|末|初)?$")


def settle_period_words(text: str, facts: list[Fact], marks: TextMarks) -> None:
    sentence = -1
    last: str | None = None                     # the last good subject of a value in the sentence
    for f in facts:
        a = marks.sentence_start(f["start"])
        if a != sentence:
            sentence, last = a, None
        subj = f.get("subject")
        if not subj:
            continue
        if f["kind"] == "duration":
            if _WEEK_ONLY_RE.match(subj):
                f["subject"] = None             # 上周后两个交易日
            continue
        if f["kind"] not in _VALUE_KINDS:
            continue
        if subj in PRIOR_VALUE_WORDS and last:
            f["subject"] = last                 # 失业率降至16.5%，前值16.9%: the rate's value before
            continue
        if subj in TIME_WORDS:
            f["subject"] = None                 # 近日，中央财政提前下达…: a time, not what was measured
            continue
        if subj.endswith(_NOW_TAILS) and len(subj) > 4:
            subj = subj[:-2]                    # 红树林面积现在
        elif subj.endswith(("时", "時")) and (m := _WHEN_TAIL_RE.search(subj)) and m.start() >= 2:
            subj = subj[:m.start()]             # …价格晚开始新一周交易时: the price, not when it moved
        elif subj.endswith(_SESSION_TAILS):
            tail = next(t for t in _SESSION_TAILS if subj.endswith(t))
            subj = subj[:-len(tail)] if len(subj) - len(tail) >= 2 else subj
        if _BASE_ADVERB_RE.match(subj):
            f["subject"] = last
            continue
        if WINDOW_LEAD_RE.search(subj):
            cut = _WINDOW_RE.sub(lambda m: m.group(1) or "", subj)
            subj = cut if len(cut) >= 2 else subj       # 過去12個月平均淨回報 → 平均淨回報
        new = _YEAR_TAIL_RE.sub("", _HOLIDAY_LEAD_RE.sub("", subj))
        new = _CLOSING_INNER_RE.sub("", new)
        m = _CLOSING_LEAD_RE.match(new)
        if m:
            rest = new[m.end():]
            new = rest if len(rest) >= 2 else last    # 较截至…止年度约109.7百万港元: the revenue's
        f["subject"] = new
        if new:
            last = new
