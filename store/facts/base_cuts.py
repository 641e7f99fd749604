"""Bases the change rules leave cut wrong or unread (tests/gold/README.md conventions: the stated base, as written):
- a marker with a word between it and the verb: `按月則下跌4.6%` → 上月, `同比(下同)增长17.4%` → 上年同期;
- a marker before a recorded rate: `按年錄得通脹2.7%`, `按年錄升幅8.7%` → 上年同期;
- two markers shared out by 分别: `按月及按年分別下跌0.4及0.1個百分點` → 上月, 上年同期;
- the base's own figure written into it: `較11月(+3.77%)` → 11月, `相较于去年同期206家` → 去年同期;
- the first half of the verb: `較原預算案刪減14.11億元` → 原預算案 (刪減, 削減, 縮減);
- `與去年同期比較可見走高` → 去年同期 (the 較 of 比較 is no base's opening);
- a list of figures after one base: `分别相当于10年前的1.3倍、1.7倍和3.7倍` → 10年前 for each;
- a base declared for what follows, `同比(下同)增长4.5%,规模以上工业增加值增长6.9%`: the changes after it in its sentence.
Run after tidy_bases (context.enrich), on the facts' final bases.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_IMPLIED = {"按年": "上年同期", "同比": "上年同期", "按月": "上月", "按季": "上季", "环比": "环比", "環比": "环比"}
_MARKER = r"(按年|同比|按月|按季|环比|環比)"
# the marker, then an adverb or a note before the verb (則, 亦, (下同))
_MARKER_THEN_RE = re.compile(_MARKER + r"(?:[则則亦也仍]|[(（]下同[)）]|\s)+$")
# the marker, then a recorded rate (錄得通脹, 錄升幅) right before the figure
# (an adverb may stand between, as between a marker and its verb, and a list before the figure: 同比分别录得13.7%及40.2%的升幅)
_MARKER_RECORDED_RE = re.compile(_MARKER + r"(?:分别|分別|均|[则則亦也])*(?:录得|錄得|录|錄)\s*(?:升幅|增幅|漲幅|涨幅|跌幅|降幅|通脹|通胀|通脹率|通胀率)?"
                                 r"\s*(?:为|為|达|達)?\s*(?:[-+]?[\d.]+\s*[%％]\s*[、及和与與]\s*)*$")
_MARKER_PAIR_RE = re.compile(_MARKER + r"\s*[及和与與、]\s*" + _MARKER + r"\s*分[别別]")
_BRACKET_TAIL_RE = re.compile(r"^(.+?)\s*[(（]\s*[+\-−]?\s*$")
# a period, then the base's own figure (206家, 5,000元): the period is the base
_FIGURE_TAIL_RE = re.compile(r"^(.*?(?:同期|同月|年|月|季度|季|末|底|度))\s*[\d.,]+\s*(?:家|个|個|只|宗|项|項|人|名|户|戶|件|宗|起|座)$")
_CUT_VERB_HEADS = frozenset("删刪削缩縮裁")
_LIST_JOIN_RE = re.compile(r"\s*[、和及与與]\s*")
_COMPARED_RE = re.compile(r"[与與跟同和](?P<b>[^，,。；;与與]{1,12}?)(?:相)?比[较較]$")


def settle_base_cuts(text: str, norm: str, facts: list[Fact]) -> None:
    """Each figure's base as the module doc reads it."""
    prev: Fact | None = None
    for f in facts:
        if f["kind"] in ("date", "year"):
            prev = f if f["kind"] == "year" else prev
            continue
        base = f.get("base")
        if base in (None, *_IMPLIED.values()) and (pair := _pair_base(norm, f, facts)) is not None:
            f["base"] = pair                    # 按月及按年分別下跌0.4及0.1個百分點
        elif base:
            f["base"] = _cut(norm, f, base)
        elif f.get("change") or f["kind"] in ("percent", "points"):
            f["base"] = _marker_base(norm, f, facts) or base
        if (not f.get("base") and prev is not None and prev.get("base") and prev["kind"] == f["kind"] == "multiple"
                and _LIST_JOIN_RE.fullmatch(norm, prev["end"], f["start"])):
            f["base"] = prev["base"]            # 相当于10年前的1.3倍、1.7倍和3.7倍: one base for the list
            if f.get("period") is None and prev.get("period"):
                f["period"], f["period_text"] = prev["period"], prev.get("period_text")
        prev = f
    if "下同" in norm:
        _same_below(norm, facts)


# a base declared for what follows (同比(下同)增长4.5%, 比去年同期(下同)增加13.5%, 与去年同期相比(下同)下降2.1%): the
# marker or base phrase right before the note
_SAME_BELOW_RE = re.compile(r"(?:同比|按年|按月|环比|環比|同期|上年|去年|上月|上周|上週|前一周|前一日|相比|比较|比較)\s*"
                            r"[(（]\s*(?:下同|以下同)\s*[)）]")
_SENTENCE_ENDS = "。！？!?\n"


def _same_below(norm: str, facts: list[Fact]) -> None:
    """A change after `同比(下同)增长4.5%` in its sentence that names no base of its own takes that base (下同: the same
    below), as the sets label them (`规模以上工业增加值增长6.9%`, `价值5.6亿元人民币,增长16.7%`)."""
    for m in _SAME_BELOW_RE.finditer(norm):
        end = min((k for c in _SENTENCE_ENDS if (k := norm.find(c, m.end())) >= 0), default=len(norm))
        after = [f for f in facts if m.end() <= f["start"] < end and f["kind"] not in ("date", "year")]
        own = next((f for f in after if f.get("base") and f.get("change")), None)
        if own is None:
            continue
        for f in after:
            if f["start"] > own["start"] and f.get("change") and not f.get("base"):
                f["base"] = own["base"]


def _cut(norm: str, f: Fact, base: str) -> str:
    if (m := _BRACKET_TAIL_RE.match(base)) is not None:
        return m.group(1)                       # 較11月(+3.77%): the month
    if (m := _FIGURE_TAIL_RE.match(base)) is not None and m.group(1) != base:
        return m.group(1)                       # 相较于去年同期206家: the period
    word = f.get("change_word") or ""
    if len(base) > 2 and base[-1] in _CUT_VERB_HEADS and word[:1] in ("减", "減"):
        return base[:-1]                        # 較原預算案刪減: 刪 opens the verb
    i = norm.rfind(base, max(0, f["start"] - 40), f["start"])
    if i > 0 and (m := _COMPARED_RE.search(norm, max(0, i - 16), i)) is not None:
        return m.group("b")                     # 與去年同期比較可見走高: the base stands before 比較
    return base


def _pair_base(norm: str, f: Fact, facts: list[Fact]) -> str | None:
    """按月及按年分別下跌0.4及0.1個百分點: the i-th figure after the verb takes the i-th marker's base."""
    if not f.get("change"):
        return None
    m = None
    for m in _MARKER_PAIR_RE.finditer(norm, max(0, f["start"] - 30), f["start"]):
        pass
    if m is None or re.search(r"[，,。；;]", norm[m.end():f["start"]]):
        return None
    items = [g for g in facts if m.end() < g["start"] <= f["start"] and g["kind"] not in ("date", "year")]
    return _IMPLIED[m.group(len(items))] if 1 <= len(items) <= 2 else None


def _marker_base(norm: str, f: Fact, facts: list[Fact]) -> str | None:
    s = f["start"]
    lo = max(0, s - 24)
    word = f.get("change_word")
    if word and f.get("change"):
        w = norm.rfind(word, lo, s)
        if w > 0 and not norm[w + len(word):s].strip(" 约約近逾超"):
            if (m := _MARKER_THEN_RE.search(norm, lo, w)) is not None:
                return _IMPLIED[m.group(1)]      # 按月則下跌, 同比(下同)增长
    if f["kind"] in ("percent", "points") and (m := _MARKER_RECORDED_RE.search(norm, lo, s)) is not None:
        return _IMPLIED[m.group(1)]              # 按年錄得通脹2.7%, 按年錄升幅8.7%
    return None
