"""A figure whose clause names nothing, told after a clause that opens with what changed and then
says why (受…影响, 因…, 由于…):

    主因居住類受燃氣價格續處高檔影響,漲0.88%,加上交通及通訊類因業者反映國際油價,漲1.24%
    6月躉售物價指數(WPI)受基本金屬…等價格下跌影響,較上年同月跌1.90%
    初次尋職失業者則受應屆畢業生持續投入尋職行列影響,增加3000人
    商品進口受出口及投資引申需求影響，預測第4季為1,309億美元，年增24.91%

The figure is the opener's (居住類, 躉售物價指數, 初次尋職失業者, 商品進口), not the sentence's earlier
indicator carried to a clause without one, nor a noun inside the reason (價格下跌影響's 價格).  The
figure's own clause must hold nothing but change, base, period and forecast words before the figure;
a few clauses without figures may come between (`…影響,價格均呈下跌,加以外食費漲幅趨緩,致較上年同月僅增
0.48%`), and a later bare clause of the same item keeps it (`年增24.91%`).  subject_reason_topics reads
the narrower case of a clause with no subject at all inside the context pass; this runs after every
other rule, so the subjects it replaces are the carried ones.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from . import subject_rules as S
from .subjects import simplified
from .text_marks import TextMarks
from .words import segment, tag_of

Fact = dict[str, Any]

_KINDS = frozenset({"percent", "points", "money", "quantity", "count", "multiple", "index"})
_REACH = 3                 # clauses without figures between the reason and the figure
# words opening a clause before its noun: connectives, `the main reason is`
_OPENERS = (r"(?:主要是由于|主要是因为|主要是|主要由于|主要因为|主因|主要|其中|再加上|加上|加以|惟|但是|但|而|"
            r"另外|此外|同时|尤其是|特别是|至于|至於|至|则)*")
_LEAD_PERIOD = r"(?:今年|去年|本年|\d{2,4}年(?:\d{1,2}月份?)?|\d{1,2}月份?|第[一二三四1-4]季度?)?"
_TOPIC = r"([^\s，,；;：:、。！？!?]{2,16}?)"
# the reason: 受(到)…影响/带动/拖累…, 因(为)…, 由于… (not 因素, 因此, 因而)
_REASON_RE = re.compile(r"\s*" + _OPENERS + _LEAD_PERIOD + _TOPIC + r"(?:则|亦|也)?(?:受到?|因为?(?![素此而])|由于)")
_CAUSE_WORDS = ("影响", "带动", "拖累", "推动", "冲击", "提振", "支撑", "拉动", "驱动", "带领", "牵引", "压制")
# what may stand before a figure whose clause names nothing: result words, a forecast, a period, a
# base, a change verb, a level verb, a price's denominator
_BARE_LEAD_RE = re.compile(
    r"\s*(?:致|使|令|则|而|并|且|但|仍|亦|也|更|再|从而|并且)*(?:预测|预计|预估|估计|初估)?\s*"
    r"(?:第[一二三四1-4]季度?|\d{1,2}月份?|全年|上半年|下半年|当月|同期)?"
    r"(?:(?:较|比|与)(?:上年同月|上年同期|去年同期|上年|去年|上月|上季|前一年|前一季)(?:相比|比较)?)?"
    r"(?:同比|环比|按年|按月|年|月)?(?:仅|约|大幅|明显|续|再|亦|也|则|均)*"
    r"(?:" + S.CHANGE_START_RE.pattern + r")?(?:了|约|近|逾|超过|达到|达|为|至|到)*"
    r"(?:为|达到|达|报|触及|升至|降至|录得)?\s*(?:每(?:盎司|吨|桶|磅|公斤|千克|克|英两|安士))?\s*$")
_SKIP_KINDS = ("date", "year")
_LEVEL_RE = re.compile(r"为|达|报|触及|录得|至")
# a reason told by 因 that ends in a change (因汽車及其零配件用品業營業額大幅衰退) is the figure's own change
_ENDS_IN_CHANGE_RE = re.compile(r"(?:" + S.CHANGE_START_RE.pattern + r")[了\s]*$")
_NOT_TOPICS = frozenset({"主要", "主要是", "其中", "同时", "此外", "另外", "但是", "这主要", "这", "其"})


def needs_reason_clauses(norm: str) -> bool:
    return "受" in norm or "因" in norm or "由于" in norm or "由於" in norm


def settle_reason_clauses(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    moved: dict[int, str] = {}            # start of a figure given its reason clause's opener → the opener
    simp = ""
    starts = [g["start"] for g in facts]      # facts are in text order
    for f in facts:
        if f["kind"] not in _KINDS:
            continue
        cs = marks.clause_start(f["start"])
        if cs >= f["start"] or f["start"] - cs > 40:
            continue
        if not simp:
            simp = simplified(norm)
        if not _BARE_LEAD_RE.match(simp[cs:f["start"]]) or not S.CHANGE_START_RE.search(simp, cs, f["start"]) and \
                not _LEVEL_RE.search(simp, cs, f["start"]):
            continue                              # (a verb is needed: a bare figure opening its clause is a list's)
        topic = _opener_before(text, simp, facts, starts, marks, f, cs, moved)
        if topic:
            f["subject"] = topic
            moved[f["start"]] = topic


def _opener_before(text: str, simp: str, facts: list[Fact], starts: list[int], marks: TextMarks, f: Fact,
                   cs: int, moved: dict[int, str]) -> str | None:
    """The noun opening the nearest reason clause before `f`'s clause (within _REACH clauses, no figure
    between), or the subject given by it to a figure of the clause just before."""
    sent = marks.sentence_start(f["start"])
    end = cs - 1                                  # the mark closing the clause before
    for _ in range(_REACH):
        if end <= sent or simp[end] in "。！？!?\n":
            return None
        a = marks.clause_start(end)
        k = bisect.bisect_left(starts, end) - 1
        while k >= 0 and starts[k] >= a and facts[k]["kind"] in _SKIP_KINDS:
            k -= 1
        if k >= 0 and starts[k] >= a:             # a figure in the clause: its subject, if given here
            return moved.get(starts[k])
        m = _REASON_RE.match(simp, a, end)
        if m and "受" in simp[m.end(1):m.end()] and not any(w in simp[m.end():end] for w in _CAUSE_WORDS):
            m = None                              # 受 without an effect word: 受访, 受理 …
        if m and "受" not in simp[m.end(1):m.end()] and _ENDS_IN_CHANGE_RE.search(simp, m.end(), end):
            return None                           # 營業額因汽車…營業額大幅衰退,年減24.52%: the reason's own change
        if m:
            topic = m.group(1)             # simplified: the words are read on it
            if topic in _NOT_TOPICS:
                return None                       # 主要受到毕业季的影响: a reason naming nothing
            if _noun_phrase(topic) and not any(ch.isdigit() or ch in "<>/" for ch in topic):
                return text[m.start(1):m.end(1)]
            return None
        if f.get("subject") and f["subject"] in text[a:end]:
            return None                           # …的扩张指数有所回升，同比增长5.8%: named in between
        if simp.startswith(("受", "因", "由于"), a + len(simp[a:end]) - len(simp[a:end].lstrip())):
            return None                           # a reason naming nothing: the figure stays as it was
        end = a - 1
    return None


def _noun_phrase(phrase: str) -> bool:
    """A noun phrase (`phrase` simplified): it ends in no verb or adverb and holds no preposition or
    conjunction word (a verb or adverb inside a name stays: 居住类, 初次寻职失业者)."""
    words = segment(phrase)
    if not words or tag_of(words[-1]) in ("v", "vd", "vn", "d", "ad", "p", "c", "u"):
        return False
    return not any(len(w) > 1 and tag_of(w) in ("p", "c") for w in words)
