"""Hong Kong statistics phrasing: a rate told with `按年实质…` is the rate of the noun before it.

Hong Kong releases put the period, an adverb, the base marker and `实质` between the indicator and
its rate (`服務輸出亦按年實質明顯擴張6.3%`, `帶動整體貨物出口在第3季繼續按年實質顯著增長12.1%`);
the subject was then a fragment of that phrase (`年實質明顯擴張`, `繼續`) or none. A clause that is
only that phrase (`私人消費開支在第3季增速輕微加快，按年實質進一步上升2.1%`, `內部需求疲弱,全年倒退5.8%`)
measures the topic of the clause before it.

- a percent whose subject is empty or a piece of the phrase between the indicator and the figure
  (`亦`, `在第3季`, `繼續`, `按年`, `實質`, a degree adverb, the change verb) takes the noun before the
  phrase, without a verb of pushing or saying before it (`帶動`, `令`, `指出`);
- when the clause has no noun, the topic of the clause before it: a noun followed by a period
  (`X在第3季…`) or by a word of strength (`X疲弱`, `X強勁`); none else (no subject beats a wrong one).
"""

from __future__ import annotations

import re
from typing import Any

from .subjects import simplified
from .text_marks import TextMarks

Fact = dict[str, Any]

_PERIOD = r"(?:第[1-4一二三四]季度?|[上下]半年|全年|首[1-4一二三四]季度?|今年|去年|[1-9]\d?月份?|[一二三四五六七八九十]{1,2}月份?)"
_ADVERB = r"(?:明显|显著|进一步|轻微|温和|大幅|小幅|略|微|稍|急|再|续|持续|继续|稳步|强劲|[继繼]续)"
_VERB = (r"(?:扩张|增长|上升|下跌|下降|下滑|收缩|减少|倒退|回落|回升|上涨|增加|扩大|萎缩|跌|升|增|减)了?")
_LEAD = r"(?:亦|也|则|均|都|仍|再)?"
# the phrase between the indicator and its rate, anchored at the figure
_PHRASE_RE = re.compile(
    rf"{_LEAD}(?:(?:在|于){_PERIOD})?{_ADVERB}*(?:按[年季月](?:实质|名义)?{_ADVERB}*{_VERB}|{_PERIOD}{_ADVERB}*{_VERB})$")
_CLAUSE_MARKS = "，,；;。：:！？!?\n"
# verbs of pushing or saying before the indicator (帶動整體貨物出口…, 林幗瑛指出私人消費開支…)
_PUSH_RE = re.compile(r".*(?:带动|推动|拉动|令|使|指出|表示|显示|认为|其中|而|但|方面)")
_NOUN_RE = re.compile(r"^[\u4e00-\u9fff]{2,14}$")
# the topic of the clause before a noun-less one: X在第3季…, X疲弱
_TOPIC_RE = re.compile(rf"^(?P<noun>[\u4e00-\u9fff]{{2,14}}?)(?:(?:在|于){_PERIOD}|(?:疲弱|强劲|疲软|畅旺|向好|转弱|放缓)$)")


def needs_yoy_phrases(norm: str) -> bool:
    return "按年" in norm or "按季" in norm or "按月" in norm or "全年" in norm


def _clause_start(norm: str, end: int) -> int:
    k = end - 1
    while k >= 0 and norm[k] not in _CLAUSE_MARKS:
        k -= 1
    return k + 1


def _noun(text: str, norm: str, start: int, end: int) -> str | None:
    m = _PUSH_RE.match(norm, start, end)
    if m:
        start = m.end()
    noun = text[start:end].strip()
    return noun if _NOUN_RE.match(norm[start:end].strip() or "-") else None


def settle_yoy_phrases(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    norm = simplified(norm)                     # the text read in simplified script, offsets kept
    for f in facts:
        if f["kind"] not in ("percent", "points"):
            continue
        start = _clause_start(norm, f["start"])
        m = _PHRASE_RE.search(norm, start, f["start"])
        if m is None:
            continue
        subj = f.get("subject")
        if subj and subj not in text[m.start():f["start"]]:
            continue                            # a subject of its own, not a piece of the phrase
        if any(g is not f and g["kind"] != "date" and start <= g["start"] < m.start() for g in facts):
            continue                            # another figure between: not a plain topic
        if m.start() > start:
            noun = _noun(text, norm, start, m.start())
        else:
            noun = _previous_topic(text, norm, facts, start)
        if noun:
            f["subject"] = noun
        elif subj:
            f["subject"] = None


def _previous_topic(text: str, norm: str, facts: list[Fact], start: int) -> str | None:
    end = start - 1
    if end <= 0 or norm[end] not in "，,":
        return None
    begin = _clause_start(norm, end)
    if any(g["kind"] != "date" and begin <= g["start"] < end for g in facts):
        return None                             # the clause before has figures of its own
    m = _PUSH_RE.match(norm, begin, end)
    if m:
        begin = m.end()
    t = _TOPIC_RE.match(norm[begin:end])
    if t is None:
        return None
    return text[begin:begin + t.end("noun")]
