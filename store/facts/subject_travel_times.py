"""A time cut or stretched, or told as a level, names the time (tests/gold/README.md: `車程從3個小時縮短至約45分鐘` → both
figures 香港到珠海、澳門的車程; `货物平均堆存期由7天缩短至2天`).

The time is named in the clause before the figures, often ahead of a comma or 将 (`重庆到西安的列车运行
时间，将由现在的最快5个多小时缩短至2小时左右`, `审批时限，由180天缩短至120天`, `办理正常退税的平均时间已经
压缩到6个工作日内`): the phrase ending in a word of time (时间, 时长, 时限, 车程, 工期, 周期 …) names
both the level before the change and the level after it, and a level told after it with only a verb
of being or an approximation between (`交流时长近10小时`, `审批时限为20个工作日`); a span that frames
other figures (`…时间近3年来`) is left alone.  A trip without such a word (`南宁至凭祥将从
目前4个多小时缩短至1个多小时`) is left as it is.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_MOVES = (r"(?:(?:缩短|縮短|减少|減少|降低|压缩|壓縮|缩减|縮減|增加|延长|延長|提高|提升|减|減|降|增)了?(?:到|至|为|為|成)"
          r"|调整为|調整為|调整至|調整至|调整到|調整到|改为|改為|变为|變為)")
# a level told after the time's name (交流时长近10小时, 建设期限为三年): only verbs of being
_LEVEL = r"(?:为|為|达到|達到|达|達|仅为|僅為|仅|僅|只有|长达|長達|稳定在|穩定在|保持在|控制在|在)?"
_FROM = r"(?:由|从|從)(?:目前|现在|現在|过去|過去|原来|原來|原先|此前|以前|之前|治理前)?的?"
_ADVERBS = r"(?:仅需|僅需|只需|需要|需|将|將|就|可|可以|就可以|也将|也將|将会|將會|会|會|已|已经|已經|仍|也|还|還|则|則|均|再|最快|最多|最长|最長|平均|约|約|近)*"
# what may stand between the time's name and a figure: 将由目前 (the level before), 从…缩短至 (the level after)
_BRIDGE_RE = re.compile(rf"[，,]?{_ADVERBS}(?:{_FROM}{_ADVERBS}(?:[^，。；！？,;!?\n]{{1,16}}?(?:内|內|左右|以内|以內)?{_MOVES}{_ADVERBS})?"
                        rf"|{_MOVES}{_ADVERBS})|{_ADVERBS}{_LEVEL}{_ADVERBS}")
# a span after which these follow frames other figures (时间近3年来, 用时10年以上的…前)
_FRAME_AFTER_RE = re.compile(r"(?:左右|多)?(?:来|來|以来|以來|前|后|後|之前|之后|之後|间|間|里|裡|中)")
_TIME_NOUN_RE = re.compile(r"(?:时间|時間|时长|時長|时限|時限|车程|車程|行程|船程|航程|工期|用时|用時|耗时|耗時|周期|週期|期限|时效|時效)"
                           r"(?=[，,]?[将將就可也已仍还還则則均再由从從缩縮减減降压壓增延提最平约約近为為达達仅僅只长長稳穩保控在调調改变變需])")
_NEEDS = ("需", "需要", "最快", "仅", "僅", "只有", "约", "約", "为", "為", "达", "達", "长达", "長達")
_CLAUSE_MARKS = "，。；！？,;!?\n：:"
_LEADS = ("将", "將", "把", "使", "让", "讓", "令", "而", "但", "并", "並", "且")


def needs_travel_times(facts: list[Fact]) -> bool:
    for f in facts:
        if f["kind"] == "duration" and (not f.get("subject") or f["subject"].endswith(_NEEDS)):
            return True
    return False


def settle_travel_times(text: str, norm: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if f["kind"] != "duration" or subj and not subj.endswith(_NEEDS):
            continue
        span = None if _FRAME_AFTER_RE.match(norm, f["end"]) else _time_named(norm, f["start"])
        if span and (not subj or subj.startswith(norm[span[0]:span[1]])):
            f["subject"] = text[span[0]:span[1]]    # 全程用时仅需5小时: 全程用时, not …仅需


def _time_named(norm: str, s: int) -> tuple[int, int] | None:
    lo = max(0, s - 40)
    for m in reversed(list(_TIME_NOUN_RE.finditer(norm, lo, s + 1))):   # (its lookahead may read norm[s])
        end = m.end()
        if end > s or not _BRIDGE_RE.fullmatch(norm, end, s):
            continue
        a = end - 1
        while a > lo and norm[a - 1] not in _CLAUSE_MARKS:
            a -= 1
        if a and norm[a - 1] not in _CLAUSE_MARKS:
            return None                         # no clause start in reach: too long to be a name
        while norm.startswith(_LEADS, a):
            a += 1
        phrase = norm[a:end]
        return (a, end) if 2 <= len(phrase) <= 22 and not any(c.isdigit() for c in phrase) else None
    return None
