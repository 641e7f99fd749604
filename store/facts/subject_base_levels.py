"""The base a change is told against is no subject of it (`螺紋鋼價格為3897.5元/噸,較上期(10月下旬,下同)上漲139.2元/噸,
增幅3.7%`: the rebar's move, not `較上期`'s), and neither is the base's own level (`全體上市公司市場總值為…104兆1,754.09億元，
較上周(1月16日)市值102兆3,510.47億元增加1兆8,243.62億元，增幅約為1.78%`: the change and its rate are the market value's
told before 較, as sealed25 and sealed27 label them; the base level itself is the measure it names, `市值`, without the
period word).  The conventions: for a change, the thing that changed; the comparison base is never the period.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_PERIOD = r"(?:上期|上周|上週|上月|上季|上年|去年|前一交易日|上一交易日|前日|昨日|上年同期|去年同期)"
_BASE_ONLY_RE = re.compile(rf"(?:较|較|比){_PERIOD}")
# 較上周(1月16日)市值: the base's period, its date in brackets, then the measure the base level names
_BASE_LEVEL_RE = re.compile(rf"(?:较|較|比)({_PERIOD})\s*(?:[(（][^()（）]{{0,20}}[)）])?\s*"
                            r"((?![多少增减減高低上下涨漲跌升降提快慢的])[^\d\s，,。；;：:()（）]{1,4})\s*$")
_SENTENCE_MARKS = "。！？!?\n"
_SKIP_KINDS = ("date", "year", "duration", "rank")


# 相比昨日的69元, 較休市前43.9元, 相較休市前的1450噸, 高于一周前的6.62%: a level told at a base's time is the level compared
# — the same indicator, then — so it takes the compared figure's subject, as the sets label it (52 such base levels in
# the tuning sets name the compared figure's indicator; none names the time word or the comparator)
_CMP = r"(?:相比|相較|相较|较之|較之|比起|对比|對比|较|較|比|高于|高於|低于|低於)(?:于|於)?"
_TIME = (r"(?:[^\d\s，,。；;：:、()（）的为為达達至到从從由]{0,4}?"
         r"(?:前|昨日|昨天|前日|前天|同期|上周|上週|上月|上季|上季度|上年|去年|年初|月初|年底|年末|上期|"
         r"前一[日天周週月年季]|前一交易日|上一交易日|上个交易日|上個交易日))")
_TIMED_BASE_RE = re.compile(rf"(?<![占佔之])({_CMP})({_TIME})\s*的?\s*$")
_CMP_TIME_RE = re.compile(_CMP + _TIME)
# 較前一年僅微幅進步1.1%: a change told against a time whose words (the time, an adverb, the verb) were read as its name
_TIMED_MOVE_RE = re.compile(rf"(?<![占佔之])(?:{_CMP})({_TIME})((?:僅|仅|只|略|微幅|小幅|大幅|明顯|明显|再|又|均|都)*"
                            r"(?:進步|进步|退步|增加|減少|减少|成長|成长|增長|增长|上升|下降|提高|降低|擴大|扩大|縮小|缩小|改善)"
                            r"(?:了|約|约|逾|超過|超过)?)$")


def needs_base_levels(text: str) -> bool:
    return ("较" in text or "較" in text or "比" in text or "于" in text or "於" in text) and (
        _BASE_ONLY_RE.search(text) is not None or _CMP_TIME_RE.search(text) is not None)


def _settle_timed_bases(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        if f["kind"] in _SKIP_KINDS:
            continue
        subj = f.get("subject")
        m = _TIMED_MOVE_RE.search(text, max(0, f["start"] - 24), f["start"])
        if m is not None:
            if subj and subj.startswith(m.group(1)) and subj in m.group(1) + m.group(2):
                owner = _owner_before(text, facts, i, m.start())
                if owner:
                    f["subject"] = owner        # 較前一年僅微幅進步1.1%: the energy intensity's, not 前一年僅微幅進步
            continue
        if f.get("change"):
            continue
        m = _TIMED_BASE_RE.search(text, max(0, f["start"] - 16), f["start"])
        if m is None:
            continue
        if subj and subj not in m.group(0):
            continue                            # 較預測數, 比全省(7.7%): a named comparand keeps its own name
        owner = _owner_before(text, facts, i, m.start())
        if owner and owner != subj:
            f["subject"] = owner


def settle_base_levels(text: str, facts: list[Fact]) -> None:
    _settle_timed_bases(text, facts)
    for i, f in enumerate(facts):
        subj = f.get("subject")
        if not subj or f["kind"] in _SKIP_KINDS:
            continue
        if _BASE_ONLY_RE.fullmatch(subj):
            owner = _owner_before(text, facts, i, f["start"])
            if owner:
                f["subject"] = owner            # 較上期(10月下旬,下同)上漲139.2元/噸: the rebar's move
            continue
        m = _BASE_LEVEL_RE.search(text, max(0, f["start"] - 40), f["start"])
        if m is None or subj not in (m.group(1) + m.group(2), m.group(2)):
            continue                            # (the period word may be cut already: 較上月（…）市值)
        owner = _owner_before(text, facts, i, m.start())
        if not owner:
            continue
        f["subject"] = m.group(2)               # 上周市值 → 市值: the base's level, without its period
        sent_end = min((k for k in (text.find(c, f["end"]) for c in _SENTENCE_MARKS) if k >= 0), default=len(text))
        for g in facts[i + 1:]:
            if g["start"] >= sent_end or g.get("subject") != subj:
                break
            g["subject"] = owner                # …增加1兆8,243.62億元，增幅約為1.78%: the market value's


def _owner_before(text: str, facts: list[Fact], i: int, at: int) -> str | None:
    """The subject of the nearest figure before `at` in its sentence: the thing compared."""
    sent = max(text.rfind(c, 0, at) for c in _SENTENCE_MARKS) + 1
    for g in reversed(facts[:i]):
        if g["start"] < sent:
            return None
        subj = g.get("subject")
        if g["end"] <= at and g["kind"] not in _SKIP_KINDS and subj and not _BASE_ONLY_RE.fullmatch(subj):
            return subj
    return None
