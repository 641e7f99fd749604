"""Subjects repaired where Hong Kong, Taiwan and share wording cut them, after the context.

- attributable profit, `股東應佔(未經審核)基礎盈利為…`, `公司拥有人应占…溢利为…`: the
  whole phrase through 應佔 (cut at 占 it left `股東應` or nothing);
- a share, `采矿业总产值占工业总产值比重降至6.2%`, `第三产业增加值占比突破50%`: the
  share's own name (read as 采矿业总产值 alone, 6.2 % would be a fall of output);
- Taiwan revisions and estimates, `成長率(yoy)修正為`, `5月預測數2.04%`: the
  indicator revised, or the estimate of the indicator (經濟成長率預測數), never a
  month and the revision word alone; a bare rate after `對上年同季` is the rate
  of what stands before 對 (實質GDP).

A subject repaired is repaired for the figures after it in the sentence that
shared it (`…降至6.2%，较…下降0.92个百分点`); figures written back to back
(`30金13银8铜`) share the first one's.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_losses import profit_of_loss, profit_turned, profit_turned_to_loss
from .subject_segments import segment_line
from .text_marks import TextMarks

Fact = dict[str, Any]

_VALUE_KINDS = ("percent", "points", "money", "count", "quantity", "multiple", "index")
_ATTRIBUTABLE_RE = re.compile(
    r"([\u4e00-\u9fffA-Za-z]{1,16}(?:应占|應佔|应佔|應占)[^，,；;。:：\d]{1,20}?)\s*"
    r"(?:为|為|爲|同比|按年|较|較|比|达|達|录得|錄得|减少|減少|增加|下降|上升|增长|增長|约|約|"
    r"扩大|擴大|收窄|缩窄|縮窄|下跌|上涨|上漲|下滑|回落|回升|攀升|飙升|飆升|急升|急跌|大增|大跌|跌|升|\d|$)")
_BARE_RESULTS = frozenset({"亏损", "虧損", "利润", "利潤", "净利润", "淨利潤", "盈利", "溢利"})   # whose? the line's
# (a move told with its verb, 股東應佔純利下跌27%至9.58億港元, ends the phrase as 减少 does)
# 集團錄得股東應佔虧損, 期內股东应占亏损: the verb or period before the attributable line (and a window's end,
# 截至…止九个月之, a comparison's 相对上年同期, a cause's 主要由於, read whole now that the owner may be long)
_ATTRIBUTABLE_LEAD_RE = re.compile(r"^[^应應]*(?:录得|錄得|期内|期內|则为|則為|止(?:年度|[六三九]个月|[六三九]個月|期间|期間)之?|"
                                   r"由于|由於|相对|相對|上年同期|去年同期|上年|去年)")
_SHARE_NAME_RE = re.compile(r"占([^，,；;。占]{1,16}?)(?:的)?(比重|比例|份额|份額)"
                            r"(?:[为為爲是达達]|降至|升至|提高到|下降到|提高至|下降至|超过|超過|突破|超|约|約|\s)*$")
_SHARE_SHORT_RE = re.compile(r"(?:占比|佔比)(?:[为為爲是达達]|降至|升至|超过|超過|突破|超|约|約|\s)*$")
_REVISION_RE = re.compile(r"(?:修正|原为|原為|概估数|概估數|预测数|預測數|初步统计|初步統計)$")
_PERIOD_ONLY_RE = re.compile(r"(?:\d{1,4}年|今年|去年|明年|上年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})?月?(?:中|初|底|上旬|中旬|下旬)?")
_BARE_RATE_RE = re.compile(r"(?:对|對)?(?:年|月|季)?(?:成长率|成長率|增率|減率|减率|增长率|增長率|年增率|折成年率|年率)+"
                           r"(?:[（(][A-Za-z]+[）)])*")
# a rate named only by its code (yoy, saar): the indicator written before the code
_RATE_CODES = frozenset({"yoy", "YoY", "YOY", "saar", "SAAR", "qoq", "QoQ"})
_CODED_RATE_RE = re.compile(r"(?:第[1-4一二三四]季度?)?([\u4e00-\u9fffA-Za-z]{2,10}?)(?:初步統計|初步统计|概估|修正)?"
                            r"(?:yoy|YoY|YOY|saar|SAAR|qoq|QoQ)")
_BEFORE_BASE_RE = re.compile(r"(?:第[1-4一二三四]季度?|[上下]半年|\d{1,2}月)?([\u4e00-\u9fffA-Za-z]{2,12}?)"
                             r"(?:对|對)(?:上年同季|上年同期|上年同月|上季|上月|上年)")
_LEAD_RE = re.compile(r"^[（(]?[一二三四五六七八九十\d]+[)）、.]|^\d{4}年(?:第[1-4一二三四]季度?|上半年|下半年|\d{1,2}月)?")


def repair_subjects(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    """Subjects of the classes above (see the module doc)."""
    renamed: dict[str, str] = {}
    sentence_start = -1
    first_subject: str | None = None
    prev: Fact | None = None
    heading = (")" in text or "）" in text) and (":" in text or "：" in text)   # (四)酒店業務:
    cues = ("应占" in norm or "應佔" in norm or "应佔" in norm, "占" in norm or "佔" in norm)
    for f in facts:
        if f["kind"] not in _VALUE_KINDS:
            continue
        s = f["start"]
        sent = marks.sentence_start(s)
        if sent != sentence_start:
            sentence_start, renamed, first_subject = sent, {}, None
        if f["kind"] == "count" and f.get("unit") in _TOWN_UNITS:
            f["subject"], prev = None, f        # 全县六乡两镇, 深入8县区: the towns counted, no measure of anything
            continue
        old = f.get("subject")
        new = _repaired(text, norm, f, sent, marks.clause_start(s), old, first_subject) \
            if _may_need(f, old, cues) else old
        if prev is not None and prev["end"] == s and prev.get("subject"):
            new = prev["subject"]               # 30金13银8铜: figures written back to back share one
        elif new and new.endswith("以") and len(new) > 2:
            new = new[:-1]                      # 代表团以30金…的成绩: 以 introduces the figure
        if new and new != old:
            if old:
                renamed[old] = new
            f["subject"] = new
        elif old in renamed:
            f["subject"] = renamed[old]
        f["subject"] = profit_of_loss(f["subject"], f) or f["subject"]   # 股東應佔虧損…至9﹒47億元: 溢利
        f["subject"] = profit_turned(norm, f) or f["subject"]   # 虧損…，而去年同期則為溢利約1,120萬港元: 溢利
        f["subject"] = profit_turned_to_loss(norm, f) or f["subject"]   # 归母净利润由盈转亏，亏损1.02亿元
        if heading:
            f["subject"] = segment_line(text, sent, s, f["subject"]) or f["subject"]   # (四)酒店業務:營業額
        if first_subject is None and f.get("subject"):
            first_subject = f["subject"]
        prev = f


# the units a county or town is made of, counted bare (8县区35个乡镇, 六乡两镇): the count is of the places themselves
_TOWN_UNITS = frozenset({"乡", "镇", "县区", "县市", "市县", "乡镇"})


def _may_need(f: Fact, subj: str | None, cues: tuple[bool, bool]) -> bool:
    """Whether any rule can apply (most figures: none), before reading the clause."""
    attributable, share = cues
    if attributable and (subj is None or subj.endswith(("应", "應")) or "占" not in subj and "佔" not in subj):
        return True
    if share and subj and f["kind"] in ("percent", "points"):
        return True
    return bool(subj) and subj[-1] in _REPAIRED_ENDS


# the last characters of the subjects the revision and bare-rate rules read
_REPAIRED_ENDS = frozenset("正為为数數計计率)）yYrRQ")


# the indicator closing the clause before a preliminary report's words (…的外汇储备资产总额,初步统计为…)
_NAMED_BEFORE_REPORT_RE = re.compile(r"(?:的|[,，；;])?([\u4e00-\u9fffA-Za-z]{2,12})[,，]\s*(?:据|據)?$")


def _named_before_report(text: str, sent: int, s: int, word: str) -> str | None:
    k = text.rfind(word, sent, s)
    if k < 0:
        return None
    m = _NAMED_BEFORE_REPORT_RE.search(text, max(sent, k - 24), k)
    if m is None:
        return None
    name = m.group(1).rsplit("的", 1)[-1]       # (…特别行政区的外汇储备资产总额: the total, not its owner)
    return name if len(name) >= 2 else None


def _repaired(text: str, norm: str, f: Fact, sent: int, lo: int, subj: str | None, first: str | None) -> str | None:
    s = f["start"]
    if subj is None or subj.endswith(("应", "應")) or not ("占" in subj or "佔" in subj):
        m = None
        lacking = not (subj is None or subj.endswith(("应", "應")) or subj in _BARE_RESULTS)
        for m in _ATTRIBUTABLE_RE.finditer(text, lo if lacking else sent, s):
            pass
        if m is not None and not (lacking and (s - m.end(1) > 6 or re.search(r"[()（）]", m.group(1)))):
            return _ATTRIBUTABLE_LEAD_RE.sub("", m.group(1))   # 股東應佔(未經審核)基礎盈利
    if f["kind"] in ("percent", "points") and subj and ("占" in norm or "佔" in norm):
        if (m := _SHARE_NAME_RE.search(norm, lo, s)) and not subj.startswith(("占", "佔")):
            return subj + text[m.start():m.end(2)].replace("的", "", 1) if "占" not in subj else subj
        if _SHARE_SHORT_RE.search(norm, lo, s) and not subj.endswith(("占比", "佔比")):
            return subj + "占比"               # 第三产业增加值占比突破50%
    if subj and (m := _REVISION_RE.search(subj)):
        rest = subj[:m.start()]
        if not rest and (named := _named_before_report(text, sent, s, m.group(0))):
            return named                        # 外汇储备资产总额,初步统计为1,569亿: the total, not the report
        if _PERIOD_ONLY_RE.fullmatch(rest):     # 5月預測數2.04%: the estimate of the indicator
            return (first + m.group(0)) if first and not _REVISION_RE.search(first) else subj
        subj = rest                             # 成長率(yoy)修正為: the rate revised
    code = next((c for c in _RATE_CODES if subj and subj.endswith(c)), None)
    if code and subj != code:
        return subj[: -len(code)].rstrip("(（")   # 民間消費yoy: the indicator
    if subj in _RATE_CODES:
        m = None
        for m in _CODED_RATE_RE.finditer(text, sent, s):
            pass                                # 實質GDP初步統計yoy為1.36%: the indicator before the code
        return text[m.start(1):m.end(1)] if m else (first or subj)
    if subj and subj[-1] in "率)）" and _BARE_RATE_RE.fullmatch(subj):
        m = _BEFORE_BASE_RE.search(norm, lo, s)
        owner = _LEAD_RE.sub("", text[m.start(1):m.end(1)]) if m else ""
        if owner.endswith(("後", "后", "時", "时")):
            owner = ""                          # 經季節調整後對上季…: a step, not the indicator
        return owner or first or subj           # 實質GDP對上年同季成長率(yoy): 實質GDP
    return subj
