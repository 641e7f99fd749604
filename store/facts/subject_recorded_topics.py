"""A count recorded by its topic (`新界區錄2,524宗註冊`, `港岛区录580宗注册`) is the topic's: the subject is the
place or market before 錄/录, not the bare event noun counted after the figure (註冊, 成交, 交易), which says
nothing without it.  When only a period stands before the verb (`8月錄1,245宗註冊`), the topic is the one the
sentence opened with `X方面,` (`一手私宅市場方面,8月錄…`: 一手私宅, the market word left out, as the gold names
it); with neither, the noun stays (`8月錄4,198宗住宅物業註冊`).  The figures told after it in the same clause run
(`較7月的3,173宗減少約20.5%`), which took the same bare noun, are the topic's too.  An adverb (`昇悅居及碧海藍天各錄得`)
and the week a move starts from (`鯉景灣由前周錄2宗成交減少至…`) are no part of the topic.  This is the register of
Hong Kong property and market reports, in both scripts.
"""

from __future__ import annotations

import re
from typing import Any

from store.search.script import simplified_chars

from .words import names_nothing

Fact = dict[str, Any]

_RECORDED_RE = re.compile(r"[錄录]得?\s*(?:約|约|近|逾|超過|超过)?\s*$")
_CLAUSE_CUT = "，,；;。：:！!？?\n"
_RUN_END = "；;。！!？?\n"
# words opening a clause that are no part of its topic (當中新界區, 而九龍區, 相反,新界区)
_LEAD_RE = re.compile(r"^(?:當中|当中|其中|而|相反|另外|此外|同時|同时|至於|至于)+")
# a period standing before the verb (8月, 本月至今, 首季, 周末: a weekend's deals): no topic
_PERIOD_RE = re.compile(r"(?:\d{1,4}年)?(?:\d{1,2}月份?(?:[上下]半月|[上中下]旬)?|本月至今|本月|上月|今年|去年|首季|上半年|下半年|期內|期内|全年|年內|年内|"
                        r"(?:上|本)?(?:周末|週末)|上周|本周|上週|本週)"
                        r"(?:\s*[（(][^（）()]{0,20}[）)])?")
# adverbs left before the verb (1月至5月共錄得): no topic's words
_ADVERBS_RE = re.compile(r"(?:合共|共|累計|累计|亦|也|則|则|再|均|各|僅|仅|只)+$")
# the week or month a move starts from, before the verb (鯉景灣由前周錄2宗成交減少至上周「零成交」): no topic's words
_FROM_RE = re.compile(r"(?:由|從|从)(?:前周|上周|前週|上週|前月|上月|上星期|前一周|前一週)$")
_TOPIC_RE = re.compile(r"[\u4e00-\u9fff]{2,10}")
_ASPECT_RE = re.compile(r"(?:至於|至于|在)?([\u4e00-\u9fff]{2,12}?)(?:市場|市场)?方面\s*[，,]\s*$")
_MEASURES = "宗單单個个次件間间幢伙"   # events or units counted by a measure word
_MAX_NOUN = 2          # a bare event noun (註冊, 成交): a longer one (住宅物業註冊) names the count itself


def needs_recorded_topics(text: str) -> bool:
    return "錄" in text or "录" in text


def settle_recorded_topics(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        noun = f.get("subject")
        if f["kind"] != "count" or not noun or len(noun) > _MAX_NOUN or f["surface"][-1] not in _MEASURES:
            continue                            # (3,940萬旅客: people counted, no events of a topic)
        if not _RECORDED_RE.search(text, max(0, f["start"] - 6), f["start"]):
            continue
        if not text.startswith(noun, f["end"]):
            continue                            # the subject is not the noun counted after the figure
        topic = _topic(text, f["start"] - len(_RECORDED_RE.search(text, max(0, f["start"] - 6), f["start"]).group()))
        if not topic:
            continue
        f["subject"] = topic
        run_end = _run_end(text, f["end"])
        for g in facts[i + 1:]:
            if g["start"] >= run_end:
                break
            if g.get("subject") == noun:
                g["subject"] = topic            # 較7月的3,173宗減少約20.5%: the same count's comparison


def _topic(text: str, verb: int) -> str | None:
    """The topic before the verb at `verb`: the clause's words before it, or the `X方面,` clause before."""
    lo = verb
    while lo > 0 and text[lo - 1] not in _CLAUSE_CUT and verb - lo < 24:
        lo -= 1
    if lo > 0 and text[lo - 1] not in _CLAUSE_CUT:
        return None
    head = _LEAD_RE.sub("", text[lo:verb].strip())
    head = _ADVERBS_RE.sub("", _FROM_RE.sub("", _PERIOD_RE.sub("", head).strip()))
    if head:
        if "至" in head or "到" in head or names_nothing(simplified_chars(head)):
            return None                         # 1月至5月, 全年: a period's words, no topic
        return head if _TOPIC_RE.fullmatch(head) else None
    m = _ASPECT_RE.search(text, max(0, lo - 20), lo)
    if m is None:
        return None
    start = m.start()
    if start > 0 and text[start - 1] not in _CLAUSE_CUT and not text[start - 2:start] in ("至於", "至于"):
        return None
    return m.group(1)


def _run_end(text: str, at: int) -> int:
    ends = [k for k in (text.find(c, at) for c in _RUN_END) if k >= 0]
    return min(ends) if ends else len(text)
