"""Comparison bases the figure's period settles, and those of year-on-year growth as Taiwan and
Hong Kong releases write it; run from context.enrich after the periods and hk_tw_bases, on the
normalised text.

- **A year's 年增** (`114年出口…年增率34.9%`, `全年接單209.5億美元，年增7.8％`, `年成長26％`): the growth
  of a whole year is over the year before, base 上年 (as the sets label it: 67 facts 上年 against 8
  上年同期); a month's or quarter's keeps 上年同期, and a written 同比/按年 keeps its 上年同期 (the
  conventions).  Only a base the 年-word gave is changed.
- **Figures listed after a rate noun** (`年增率達34.9%及22.6%`, `年增率分別為35.7％及37.9％`, `年彈28.4％`):
  each is a rise (a fall if signed) over 上年同期, settled by the period as above.  `增长5%和6%`
  lists are read by changes.change_of already; these are the rate nouns it leaves.
- **A clause that is only the base marker** (`按年比較，雜項…下跌44.1%，…跌21.4%、…跌12.8%`): every
  change of the sentence after it that names no base of its own takes the marker's base.
- **A multiple of what 相當於 names** (`相當於香港流通貨幣約7倍`, `相當於香港流通貨幣的五倍多`): base the thing
  named (the half-folded 相當于 escaped changes.change_of's 相当于…的, and a base without 的 too).
- **环比 of a day** (`今天（10月1日）是国庆假期第一天…环比增长39%`): the day before, base 前一日 (sealed2's,
  sealed10's and sealed11's calls), not 上月; but a month's end written as one (`9月底…存栏量环比增加1.3%`)
  is compared with the month before (上月).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .bases_amounts import settle_amount_bases
from .changes import settle_base
from .text_marks import TextMarks

Fact = dict[str, Any]

_YEAR_PERIOD_RE = re.compile(r"\d{4}")
_DAY_PERIOD_RE = re.compile(r"\d{4}-\d\d-\d\d")
# 环比 just before the figure, with no month written as the base (较上月环比: the month)
_DAY_ON_DAY_RE = re.compile(r"(?<!上月)(?<!上个月)[环環]比[^，。；;\d]{0,6}$")
# the last base word before a figure: a 年-word (年增, 年成长, 年增率) or a written marker
_LAST_BASE_WORD_RE = re.compile(
    r".*(?P<w>(?<![\d一二三四五六七八九十〇零今去明全当上前后每半同按])年(?:增|减|升|降|跌|成长|增长|弹|彈|衰退)|同比|按年|同期|同月|同季)",
    re.DOTALL)
# a rate noun of a year's growth with the figures listed after it (the earlier ones blanked as \x00)
_RATE_LIST_RE = re.compile(
    r"(?<![\d一二三四五六七八九十〇零今去明全当上前后每半同])(?P<w>年(?:增|增长|成长)率|年(?:弹|彈))"
    r"(?:分别|均)?(?:为|是|达|达到|高达|约)?\s*(?:\x00+\s*[及和与、]\s*)*$")
# a clause that only names the base: 按年比較，/ 與去年同期相比，is hk_tw_bases' (it names the base)
# (a heading clause 从环比看，/ 环比看，/ 從同比看， likewise: 从环比看，4个一线城市…上涨0.2%)
_MARKER_CLAUSE_RE = re.compile(r"(?:^|[。！？；;，,\n])\s*(?:从|從)?(?P<m>按年|按月|同比|环比)(?:比较|相比|来看|來看|看)\s*[，,]")
# 相當於香港流通貨幣約7倍 (norm half-folds 相當於 to 相當于)
_EQUALS_BASE_RE = re.compile(r"(?:相当于|相當于|相當於|相当於)(?P<base>[^，。；、,;\d\x00]{1,14}?)的?\s*$")
_MONTH_END_RE = re.compile(r"月(?:末|底|终|終)")
_MARKER_BASE = {"按年": "上年同期", "同比": "上年同期", "按月": "上月", "环比": "环比"}
_CHANGE_KINDS = ("percent", "points", "money", "count", "quantity", "multiple", "index")


def settle_period_bases(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    """The rules of the module doc, in text order (substring tests gate each)."""
    day_on_day = "环比" in norm or "環比" in norm
    has_rate_noun = "年增" in norm or "年成长率" in norm or "年弹" in norm or "年彈" in norm
    marker_sentences = _marker_sentences(norm) if ("比较" in norm or "相比" in norm or "看" in norm) and (
        "按年" in norm or "按月" in norm or "同比" in norm or "环比" in norm) else {}
    for i, f in enumerate(facts):
        if f["kind"] not in _CHANGE_KINDS:
            continue
        if f["kind"] == "multiple" and not f.get("base") and "相" in norm:
            m = _EQUALS_BASE_RE.search(norm, max(0, f["start"] - 20), f["start"])
            if m:
                f["base"] = text[m.start("base"):m.end("base")]
        if has_rate_noun and not f.get("change") and f["kind"] == "percent":
            _listed_after_rate_noun(text, norm, facts, i)
        if marker_sentences and f.get("change") and not f.get("base"):
            at = marks.sentence_start(f["start"])
            starts = [m for m in marker_sentences.get(at, ()) if m < f["start"]]
            if starts:                          # the last marker before the figure (从环比看…；从同比看…)
                f["base"] = _MARKER_BASE[norm[starts[-1]:starts[-1] + 2]]
                settle_base(f)
        if f.get("base") == "上年同期" and _whole_year(f) and _base_from_year_word(norm, f):
            f["base"] = "上年"
        elif day_on_day and f.get("base") == "上月" and _DAY_PERIOD_RE.fullmatch(f.get("period") or "") \
                and _DAY_ON_DAY_RE.search(norm, max(0, f["start"] - 12), f["start"]) \
                and not _month_end(norm, f, marks):
            f["base"] = "前一日"
    if "增收" in norm or "减收" in norm or "增支" in norm or "减支" in norm or "減收" in norm or "減支" in norm:
        settle_amount_bases(norm, facts)        # 同比增长9.1%，增收8300万元: the rate's base (bases_amounts)


def _month_end(norm: str, f: Fact, marks: TextMarks) -> bool:
    """Whether the figure's day is a month's end its sentence writes as one (9月底存栏量环比增加: a
    stock at the month's end against the month before, not against the day before)."""
    period = f.get("period") or ""
    try:
        day = date.fromisoformat(period)
    except ValueError:
        return False
    if (day + timedelta(days=1)).day != 1:
        return False
    return _MONTH_END_RE.search(norm, marks.sentence_start(f["start"]), f["start"]) is not None


# a whole year the page's missing date leaves unresolved (主計總處今公布去年經常性薪資平均4萬7884元、年增3.09%;
# 全年總薪資…年增3.91%; 預估今年CPI年增率達2.09%): a year still, its 年增 over the year before
_WHOLE_YEAR_TEXT_RE = re.compile(r"(?:今年|去年|本年|上年|前年)(?:全年|年度)?|全年|全年度|今年度|本年度|去年度|上年度")


def _whole_year(f: Fact) -> bool:
    period = f.get("period")
    if period:
        return _YEAR_PERIOD_RE.fullmatch(period) is not None
    return bool(f.get("period_text")) and _WHOLE_YEAR_TEXT_RE.fullmatch(f["period_text"]) is not None


def _base_from_year_word(norm: str, f: Fact) -> bool:
    """Whether the last base word in the figure's clause (up to 24 characters back) is a 年-word."""
    s = f["start"]
    lo = max(0, s - 24)
    for c in "，。；;！？\n":
        k = norm.rfind(c, lo, s)
        if k >= 0:
            lo = k + 1
    m = _LAST_BASE_WORD_RE.match(norm, lo, s)
    return m is not None and m.group("w")[0] == "年"


def _listed_after_rate_noun(text: str, norm: str, facts: list[Fact], i: int) -> None:
    f = facts[i]
    s = f["start"]
    lo = max(0, s - 40)
    left = list(norm[lo:s])
    for g in facts[max(0, i - 6):i]:          # the earlier figures of the list, blanked
        if g["start"] >= lo and g["kind"] not in ("date", "year"):
            for j in range(g["start"] - lo, g["end"] - lo):
                left[j] = "\x00"
    blanked = "".join(left)
    m = _RATE_LIST_RE.search(blanked)
    if m is None:
        return
    value = f.get("value")
    f["change"] = "down" if isinstance(value, int | float) and value < 0 else "up"
    f["change_word"] = text[lo + m.start("w"):lo + m.end("w")]
    f["base"] = "上年同期"
    settle_base(f)


def _marker_sentences(norm: str) -> dict[int, list[int]]:
    """Sentence start → where its base-only marker clauses (按年比較，) start, in order."""
    out: dict[int, list[int]] = {}
    for m in _MARKER_CLAUSE_RE.finditer(norm):
        start = m.start("m")
        k = max(norm.rfind(c, 0, start) for c in "。！？\n") + 1
        out.setdefault(k, []).append(start)
    return out
