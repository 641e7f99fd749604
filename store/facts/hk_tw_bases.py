"""Comparison bases as Hong Kong and Taiwan releases write them, settled after the context.

Read on the normalised text (traditional forms folded), written back as the
text says.  Each rule gives a base only to a figure that has none:

- Taiwan `對上年同季成長率`, `對上季增率` (對 + the base before the rate; the
  figure's period is the sentence's own, not the base's), and the marks `yoy`
  (上年同期) and `saar` (上季) before the figure;
- Hong Kong `與一年前同月比較，上升1.2%`: the base in the clause before, also when it names its level
  (`与上周五(3月21日)的20.89元/公斤相比,上升0.2%`: 上周五);
- a list introduced by its base, `錄得按年升幅的類別為交通（上升3.1%）、…`, or by a clause saying every item
  recorded one (`所有單位面積分類都錄得按月升幅,其中…均上升近百分之0.4`);
- `按年升幅…為1.0%`, `相應升幅1.1%`: the rate noun's direction, and for 相應
  ("corresponding") the base of the figure before it in the sentence;
- a restatement in brackets after a figure, `為1.36%(7月概估數為1.45%)`,
  `修正為-3.31%(原為-2.87%)`: the figure's base, subject and period;
- a clause that is only a change or its rate, `比上年增加0.78万公顷,增长0.8%`,
  `每吨上涨184元`, `增加率17.6%`: the base of the change just before it.
"""

from __future__ import annotations

import re
from typing import Any

from .changes import settle_base
from .text_marks import TextMarks

Fact = dict[str, Any]

_TW_BASE_RE = re.compile(r"对(上年同季|上年同期|上年同月|上季|上月|上年)(?!度)")
_YOY_RE = re.compile(r"yoy|YoY|YOY")
_SAAR_RE = re.compile(r"saar|SAAR")
# (a colon closes the heading clause as a comma does: `2.與上年同月比較:工業生產減少3.99%,其中製造業減少4.19%`)
_HK_BASE_CLAUSE_RE = re.compile(r"(?:与|和|同|跟)([^，,；;。:：]{1,12}?)(?:比较|相比|相较)\s*(?:[(（]下同[)）])?\s*[，,:：]\s*$")
# the same clause naming the base with its own level (与上周五(3月21日)的20.89元/公斤相比, 与上周20.79元/公斤的均价相比):
# the base is the period before its date, its 的 or its figure
_HK_BASE_LEVEL_CLAUSE_RE = re.compile(r"(?:与|和|同|跟)([^，,；;。\d(（的]{1,10}?)[(（的\d][^，,；;。]{1,30}?(?:比较|相比|相较)\s*[，,]\s*$")
# the same clause opening a run of parallel changes (与上年相比,第一产业比重提高0.3个百分点,第二产业…下降3.1个百分点;
# 2023年11月与2022年11月比较,珠宝…上升60.8%;其他…上升29.0%), or written 相比2019年，…
_BASE_CLAUSE_ANY_RE = re.compile(r"(?:(?:与|和|同|跟)([^，,；;。:：]{1,12}?)(?:比较|相比|相较)(?:\s*[(（]下同[)）])?|(?<![^，,；;。：:\s])(?:相比|相较于?|对比)([^，,；;。]{1,10}?))\s*[，,]"
                                 r"|(?:与|和|同|跟)([^，,；;。:：]{1,12}?)(?:比较|相比|相较)\s*[:：]")
_OWN_BASE_WORD_RE = re.compile(r"比(?![重例率])|较|按年|按月")
# a rate noun or a list named with its marker (按年升幅, 錄得按年升幅的類別) compares a period with
# the same period a year before: 上年同期, whatever its length (as the blind sample labels them;
# changes.settle_base reads a bare 按年 of a month as 上年同月); 环比 is settled by the period
_MARKER_BASES = {"按年": "上年同期", "同比": "上年同期", "按月": "上月", "环比": "环比", "按季": "上季"}
_LIST_INTRO_RE = re.compile(r"(按年|同比|按月|环比)(?:升幅|增幅|跌幅|降幅|变动|變動)?的(?:类别|類別|项目|項目|组成项目|組成項目)")
# a clause saying every item recorded a marked change (所有單位面積分類都錄得按月升幅,其中…均上升近百分之0.4)
_RECORDED_MARKER_RE = re.compile(r"(?:录得|錄得)(按年|按月|同比|环比)(?:升幅|增幅|跌幅|降幅)(?=\s*[，,；;])")
_RATE_DIRECTION = {"升幅": "up", "增幅": "up", "涨幅": "up", "跌幅": "down", "降幅": "down"}
_MARKED_RATE_RE = re.compile(r"(按年|同比|按月|环比|相[应應])(升幅|增幅|涨幅|跌幅|降幅)(?:[（(][^（）()]{0,12}[）)])?"
                             r"(?:则|則)?(?:分别|分別)?(?:为|為|是)?\s*(?:[\d.]+%\s*[、及和与]\s*)*$")
# 較去年同期之港幣五十四億元,減少…: the base is written with its own level, in the clause before
_BASE_WITH_LEVEL_RE = re.compile(r"(?:较|比)([^，,；;。]{1,10}?)(?:之|的)\s*$")
# 較去年同期二百二十六萬一千一百五十二TEU,成長十九點八六%; 較去年同期(一百零二萬…TEU),增加五點七% (Taiwan's port
# statistics): a clause that is only the base and its level, then the change — the base is the period named
_BASE_LEVEL_ONLY_RE = re.compile(r"(?:较|比)\s*((?:去年|上年|前年|上月|上季|上周|上週|前一年)(?:同期|同月|同季|全年)?)\s*"
                                 r"[(（]?[\d,.零〇○一二三四五六七八九十百千万亿兆两点]+\s*[^\d，,；;。()（）]{0,6}?[)）]?\s*[，,]\s*$")
# a list after its base and the words that introduce it (其他三港均較去年同期下滑,依序是:高雄147.4萬TEU(+2.77%)、台中
# 23.7萬TEU(-6.76%)…: Taiwan's port statistics): each item's change is against that base
_LIST_AFTER_BASE_RE = re.compile(r"(?:较|比|与|和)\s*((?:去年|上年|上月|前年|上季|上周|上週)(?:同期|同月|同季)?)"
                                 r"[^，,；;。:：()（）\d]{0,8}[，,]?\s*(?:依序|依次|分别|分別)(?:是|为|為|如下)?\s*[:：]")
_CHANGE_VERB_RE = re.compile(r"(?:增长|增加|成长|上涨|上升|提高|下降|减少|下跌|降低|回落|衰退|下滑)\s*$")
# 由上年全年下降2.3%转为增长10.2%: the words after 由 are the period of the first figure, no base
_TURN_RE = re.compile(r"(?<!环比)(?<!同比)(?<!按月)(?<!按年)由([^，,；;。]{1,8}?)(?:下降|增长|上涨|下跌|减少|增加)[^，,；;。]*转为")
_RESTATED_RE = re.compile(r"[（(][^（）()]{0,12}$")
_REVISION_WORDS_RE = re.compile(r"(?:修正|原为|原為|概估数|概估數|预测数|預測數|初步统计|初步統計)$")
_CHANGE_ONLY_RE = re.compile(
    r"^(?:每[^\d，,；;]{1,4}?)?(?:(?:增长|增加|成长|上涨|上升|提高|下降|减少|下跌|降低|回落|增产|减产)(?:了)?|"
    r"(?:增加率|增长率|成长率|减少率|增幅|降幅|减幅|涨幅|跌幅|升幅|(?:上升|下降|增长|减少|上涨|下跌)幅度)(?:约)?(?:为|是|达)?(?:约)?)\s*$")
# (上漲1,119.74點，漲幅約為3.70%: the rate told about, as 漲幅為, sealed33 and sealed35's weekly TWSE reports;
# 比上年减少56.32亿斤,减产4.1%, 比上年减少77.19万亩,减幅0.9%, 相較前一年同期則減少74.87億元，減幅19.6%: a harvest's
# 增产/减产 and the rate noun 减幅 as 增长 and 降幅 are — sealed40's Henan grain and Taiwan's monthly sales)
_RATE_AFTER_CHANGE = {"增加率": "up", "增长率": "up", "成长率": "up", "增幅": "up", "涨幅": "up", "升幅": "up",
                      "减少率": "down", "降幅": "down", "跌幅": "down", "减幅": "down",
                      "上升幅度": "up", "增长幅度": "up", "上涨幅度": "up", "下降幅度": "down", "减少幅度": "down",
                      "下跌幅度": "down"}
_VALUE_KINDS = ("percent", "points", "money", "count", "quantity", "multiple", "index")


_INTRO_WORDS = ("的类别", "的類別", "的项目", "的項目", "组成项目", "組成項目")
# no cue begins another, and no cue's end begins another but 相比|比较: a match never hides a cue
_CUE_RE = re.compile("|".join(("对上", "yoy", "YoY", "YOY", "saar", "SAAR", *_RATE_DIRECTION, "比较", "相比", "相较",
                               *_INTRO_WORDS, "转为")))


class _Cues:
    """Which rules the text can need at all (most texts hold none of their words)."""

    __slots__ = ("any", "hk", "hk_tw", "intro", "rate", "saar", "turn", "tw", "yoy")

    def __init__(self, norm: str) -> None:
        found = set(_CUE_RE.findall(norm))     # one scan for all cues (only 相比较 overlaps: both hk)
        self.tw = "对上" in found
        self.yoy = not found.isdisjoint(("yoy", "YoY", "YOY"))
        self.saar = not found.isdisjoint(("saar", "SAAR"))
        self.rate = not found.isdisjoint(_RATE_DIRECTION)
        self.hk = not found.isdisjoint(("比较", "相比"))
        self.hk_tw = self.hk or "相较" in found     # 與去年十二月相較,下滑…: Taiwan's 相較 closing the base's clause
        self.intro = not found.isdisjoint(_INTRO_WORDS)
        self.turn = "转为" in found
        self.any = self.tw or self.yoy or self.saar or self.rate or self.turn


def settle_hk_tw_bases(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    """Bases (and with them a few changes and subjects) of the figures above; see the module doc."""
    cues = _Cues(norm)
    earlier: list[Fact] = []
    dates: list[Fact] = []
    for f in facts:
        if f["kind"] in _VALUE_KINDS:
            _settle(text, norm, marks, cues, f, earlier, dates)
            earlier.append(f)
        elif f["kind"] in ("date", "year") and isinstance(f.get("value"), (str, int)) and not f.get("value_high") \
                and norm[f["start"] - 1:f["start"]] not in ("(", "（"):
            dates.append(f)                    # (7月概估數…): a bracketed date is no sentence's period


def _sentence_date(dates: list[Fact], sent: int, before: int) -> str | None:
    """The last date or year the sentence states before `before`."""
    for d in reversed(dates):
        if d["start"] < sent:
            return None
        if d["end"] <= before:
            return str(d["value"])
    return None


def _last_change(earlier: list[Fact], sent: int) -> Fact | None:
    """The last figure of the sentence before that states a change, if it has a base."""
    for g in reversed(earlier):
        if g["start"] < sent:
            return None
        if g.get("change"):
            return g if g.get("base") else None
    return None


def _settle(text: str, norm: str, marks: TextMarks, cues: _Cues, f: Fact, earlier: list[Fact],
            earlier_dates: list[Fact]) -> None:
    prev = earlier[-1] if earlier else None
    s = f["start"]
    bracketed = prev is not None and norm[prev["end"]:prev["end"] + 1] in ("(", "（")
    if not (f.get("change") or cues.any or bracketed or "率" in norm[max(0, s - 4):s]):
        return                                 # no change, no cue word: no rule applies
    if f.get("base") and not (bracketed or cues.rate or cues.turn):
        return                                 # a base of its own, and nothing to restate or undo
    sent = marks.sentence_start(s)
    lo = marks.clause_start(s)
    left = norm[lo:s]
    same_sentence = prev is not None and prev["start"] >= sent
    if same_sentence and prev and bracketed and _RESTATED_RE.search(norm, prev["end"], s):
        _restated(f, prev)                     # 為1.36%(7月概估數為1.45%)
        if f.get("change") and not f.get("base") and (listed := _list_base(text, norm, sent, s)):
            f["base"] = listed                 # 依序是:高雄147.4萬TEU(+2.77%): an item's change, not a restatement
        return
    rated = _MARKED_RATE_RE.search(left) if cues.rate and "幅" in left else None
    if rated and not f.get("change"):           # 相應升幅1.1%, 按年升幅（…）為1.0%: a rise
        f["change"], f["change_word"] = _RATE_DIRECTION[rated.group(2)], text[lo + rated.start(2):lo + rated.end(2)]
    if f.get("base"):
        if not cues.turn:
            return
        ce = marks.clause_end(f["end"])
        t = _TURN_RE.search(norm, lo, ce if ce >= 0 else len(norm))
        if t and f["base"] == text[t.start(1):t.end(1)]:
            f["base"] = None                   # 由上年全年下降2.3%转为增长10.2%
        return
    if cues.tw and (m := _TW_BASE_RE.search(left)):
        f["base"] = text[lo + m.start(1):lo + m.end(1)]
        if (own := _sentence_date(earlier_dates, sent, lo + m.start())) is not None:
            f["period"] = own                  # 112年第1季…對上年同季: the base's quarter is no period
    elif cues.yoy and _YOY_RE.search(left):
        f["base"] = "上年同期"
    elif cues.saar and _SAAR_RE.search(left):
        f["base"] = "上季"
    elif rated:
        marker = rated.group(1)
        if marker in ("相应", "相應"):
            f["base"] = _earlier_base(f, prev, sent)
        else:
            f["base"] = _MARKER_BASES[marker]
            settle_base(f)
    elif cues.hk_tw and f.get("change") and (m := _HK_BASE_CLAUSE_RE.search(norm, max(sent, lo - 24), lo)):
        f["base"] = text[m.start(1):m.end(1)]   # 與一年前同月比較，上升1.2%
    elif cues.hk and f.get("change") and (m := _HK_BASE_LEVEL_CLAUSE_RE.search(norm, max(sent, lo - 48), lo)):
        f["base"] = text[m.start(1):m.end(1)]   # 与上周五(3月21日)的20.89元/公斤相比,上升0.2%
        clause = text[m.start():m.end()]
        owner = [g for g in earlier if sent <= g["start"] < m.start() and g.get("subject")]
        for g in ([f] + [g for g in earlier if m.start() <= g["start"] < m.end()]) if owner else ():
            if not g.get("subject") or g["subject"] in clause:
                g["subject"] = owner[-1]["subject"]   # the price compared (and its level then), not the clause's words
    elif cues.hk and f.get("change") and (b := _parallel_base(text, norm, sent, s, earlier)):
        f["base"] = b                          # 与上年相比,…提高0.3个百分点,…下降3.1个百分点
    elif cues.intro and f.get("change") and (m := _LIST_INTRO_RE.search(norm, sent, s)):
        f["base"] = _MARKER_BASES[m.group(1)]  # 錄得按年升幅的類別為交通（上升3.1%）
        settle_base(f)
    elif cues.rate and f.get("change") and (m := _RECORDED_MARKER_RE.search(norm, sent, lo)):
        f["base"] = _MARKER_BASES[m.group(1)]   # 都錄得按月升幅,其中…均上升近百分之0.4
        settle_base(f)
    elif same_sentence and prev and f.get("change") and prev["start"] >= lo and prev.get("base") \
            and prev.get("change"):
        f["base"] = prev["base"]               # 減少二十三億元或44%: the change's other figure
    elif same_sentence and prev and f.get("change") and (m := _BASE_WITH_LEVEL_RE.search(norm, sent, prev["start"])) \
            and marks.clause_start(prev["start"]) <= m.start() and prev["end"] < lo:
        f["base"] = text[m.start(1):m.end(1)]  # 較去年同期之…元,減少…元
    elif f.get("change") and _CHANGE_VERB_RE.match(left) and lo > sent \
            and (m := _BASE_LEVEL_ONLY_RE.search(norm, max(sent, lo - 40), lo)) is not None \
            and marks.clause_start(m.start()) <= m.start():
        f["base"] = text[m.start(1):m.end(1)]  # 較去年同期二百二十六萬…TEU,成長十九點八六%
    elif f.get("change") and (listed := _list_base(text, norm, sent, s)):
        f["base"] = listed                     # 均較去年同期下滑,依序是:高雄147.4萬TEU(+2.77%)
    elif _CHANGE_ONLY_RE.match(left) and (last := _last_change(earlier, marks.segment_start(s))) is not None:
        f["base"] = last["base"]               # 比上年增加0.78万公顷,增长0.8%
        rate = left.rstrip("为是达约 ")
        rate = rate[rate.find("率") - 2:] if "率" in rate else rate
        if not f.get("change") and rate in _RATE_AFTER_CHANGE:
            f["change"], f["change_word"] = _RATE_AFTER_CHANGE[rate], rate


def _list_base(text: str, norm: str, sent: int, s: int) -> str | None:
    """The base of a list the sentence introduces after it (`均較去年同期下滑,依序是:`), for an item at `s`."""
    colon = max(norm.rfind(":", sent, s), norm.rfind("：", sent, s))
    if colon <= sent or _OWN_BASE_WORD_RE.search(norm, colon, s):
        return None
    m = _LIST_AFTER_BASE_RE.search(norm, max(sent, colon - 30), colon + 1)
    return text[m.start(1):m.end(1)] if m is not None and m.end() == colon + 1 else None


def _parallel_base(text: str, norm: str, sent: int, s: int, earlier: list[Fact]) -> str | None:
    """The base of a clause `与上年相比,` (or `相比2019年，`) earlier in the sentence, for a change in
    a run of parallel clauses after it: every figure between states a change and names no base of
    its own, and no clause between names one."""
    m = None
    for m in _BASE_CLAUSE_ANY_RE.finditer(norm, sent, s):
        pass
    if m is None or _OWN_BASE_WORD_RE.search(norm, m.end(), s):
        return None
    if any(not g.get("change") for g in earlier if m.end() <= g["start"] < s):
        return None
    g = next(i for i in (1, 2, 3) if m.group(i))
    return text[m.start(g):m.end(g)]


def _earlier_base(f: Fact, prev: Fact | None, sent: int) -> str | None:
    return prev.get("base") if prev is not None and prev["start"] >= sent else None


def _restated(f: Fact, prev: Fact) -> None:
    """A figure restated in brackets (an earlier estimate, the figure before a revision) measures
    what the figure before the bracket measures, against the same base."""
    if not f.get("base") and prev.get("base"):
        f["base"] = prev["base"]
    if prev.get("period"):
        f["period"] = prev["period"]           # (7月概估數為1.45%): an estimate of the same quarter
    subj = f.get("subject") or ""
    if prev.get("subject") and (not subj or _REVISION_WORDS_RE.search(subj)):
        f["subject"] = prev["subject"]
