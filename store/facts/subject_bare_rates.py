"""A rate or share word left alone as a figure's subject names nothing: `沪锌主力11月合约,…,上涨180元,涨幅为0.81%`,
`华东地区主要城市螺纹钢价格全线上涨,涨幅在30-50元/吨之间`, `…储能装机规模全国最大，占比达到30.4%`.  The conventions
name the thing that changed for a change (never a bare 增速/升幅/涨幅) and the sets write such rates without the
rate word (README, "A change told by its indicator's rate word"); a share keeps its word (草原面积占比).

Run last, when every other pass has had its say: the rate is the indicator's that the nearest earlier figure of
its sentence measures (a price, a contract, an index), else the noun phrase the clause before opens with when
that clause states no figure (subject_fallbacks.rate_clause_topic, as a rate read in its clause already takes),
with the nouns coordinated after it (学生及亲子群体).  Never across a sentence: that is context._sentence_before's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from store.search.script import simplified_chars

from .subject_fallbacks import rate_clause_topic
from .subject_rate_words import names_only_a_rate
from .subject_rules import MEASURE_HEADS, RATE_NOUNS, SHARE_NOUNS, SUBJECT_CHARS
from .words import segment, tag_of

Fact = dict[str, Any]

_BARE_SHARES = ("占比", "比重")
# a share of a named whole with no part (在全國總量中的比重為50.5%): the part is the indicator before it
_WHOLE_ONLY_SHARE_RE = re.compile(r"^在?[^在\x00-\u4dff]{1,10}?中的(?:比重|占比|比例)$")   # (no part: no 在 inside)
# a base word before a rate word leaves the rate as bare (按年升幅, 同比增幅, 累计降幅), and so does a word of
# its scope or window (上半年整体涨幅, 两个月内涨幅, 全周涨幅): the indicator is still named elsewhere
_BASE_WORDS_RE = re.compile(r"^(?:整体|总体|全[周月季年]|[周月季年期]?内|按年|按月|同比|环比|累计|累積|累积|年|月|[单單]?周)")
_SENTENCE_ENDS = "。！？!?\n"
_CLAUSE_MARKS = "，,；;：:"
_NO_SUBJECT_KINDS = ("date", "year", "duration")
_AND = frozenset("及和与與、")
_HEADS = frozenset(MEASURE_HEADS) - set(RATE_NOUNS) - {"占比", "比重", "比例"}


@lru_cache(maxsize=16384)      # asked of every subject by needs_bare_rates, of the same subjects again and again
def _bare_rate(subj: str | None) -> str | None:
    """'share' for a share word alone (占比), 'rate' for a rate word alone (涨幅, 年增率), 'whole' for a share
    of a named whole alone (在全国总量中的比重), else None."""
    if not subj:
        return None
    plain = _BASE_WORDS_RE.sub("", subj.translate(SUBJECT_CHARS), count=1)
    if plain in _BARE_SHARES:
        return "share"
    if _WHOLE_ONLY_SHARE_RE.match(plain):
        return "whole"
    if plain in RATE_NOUNS or names_only_a_rate(subj):
        return "rate"
    return None


def needs_bare_rates(facts: list[Fact]) -> bool:
    for f in facts:
        if _bare_rate(f.get("subject")) or (f.get("subject") or "").startswith("即"):
            return True
    return False


# the indicator an apposition glosses (我国社会物流总额，即经济运行中的物流实物量价值总额，预计将超过360万亿元): the
# clause before 即, without the period it opens with
_GLOSSED_RE = re.compile(r"(?:(?:19|20)\d\d年)?(?:全年|上半年|下半年|今年|去年|前三季度|一季度)?(?P<name>[^\d，,。；;：:！？!?\s]{2,16})")


_GLOSSED_HEADS = tuple(MEASURE_HEADS) + ("总量", "总数", "总和")


def _glossed(text: str, f: Fact) -> str | None:
    subj = f["subject"]
    k = text.rfind(subj, max(0, f["start"] - 60), f["start"])
    if k < 1 or text[k - 1] not in "，,":
        return None
    lo = _clause_start(text, k - 1)
    m = _GLOSSED_RE.fullmatch(text, lo, k - 1)     # the whole clause is the indicator (and its period)
    if m is None or not m.group("name").translate(SUBJECT_CHARS).endswith(_GLOSSED_HEADS):
        return None                             # (他认同该机构经济学家的观点，即…: a view glossed, no indicator)
    return m.group("name")


def settle_bare_rates(text: str, simp: str, facts: list[Fact]) -> None:
    """Give each figure whose subject is a rate or share word alone the indicator its sentence names
    (see the module's doc); `simp` is the simplified, period-blanked text the subject rules read."""
    for i, f in enumerate(facts):
        if (f.get("subject") or "").startswith("即") and (name := _glossed(text, f)):
            f["subject"] = name                 # 社会物流总额，即…价值总额: the indicator glossed
            continue
        kind = _bare_rate(f.get("subject"))
        if kind is None or _described_after(text, f):
            continue
        owner = _part_before(text, f) if kind == "whole" else None
        owner = owner or _earlier_figure_subject(text, facts, i)
        if owner is None:
            sent_start = max(text.rfind(c, 0, f["start"]) for c in _SENTENCE_ENDS) + 1
            lo = max(text.rfind(c, sent_start, f["start"]) for c in _CLAUSE_MARKS) + 1
            if lo > sent_start:
                owner = rate_clause_topic(simp, text, lo, sent_start, facts)
                owner = _coordinated(text, owner, sent_start, lo) if owner else None
        if not owner:
            continue
        plain = owner.translate(SUBJECT_CHARS)
        if kind == "whole":
            if not plain.endswith(SHARE_NOUNS):   # 服務業實際使用外資金額…在全國總量中的比重: the part's share
                f["subject"] = owner + ("" if f["subject"].startswith("在") else "在") + f["subject"]
        elif kind == "rate" or plain.endswith(SHARE_NOUNS):
            f["subject"] = owner                # (a share already: 占比超六成，比去年同期提升8个百分点)
        elif not plain.startswith(("占", "佔")):
            f["subject"] = owner + f["subject"]


def _described_after(text: str, f: Fact) -> bool:
    """A rate told after its figure (高于科技支出10%的整体增速): the figure's own description, whose owner is named
    right before the figure, not by the figures before it."""
    return text.startswith("的" + f["subject"], f["end"]) and f["subject"] not in text[max(0, f["start"] - 20):f["start"]]


_PART_RE = re.compile(r"(?![\d.]+$)[^，,。；;：:！？!?\s%％]{2,14}")   # (5G用户: a name may hold digits)


def _part_before(text: str, f: Fact) -> str | None:
    """The part named in the share's own clause before 在 (5G用户在移动电话用户总数中的占比): the share's owner."""
    subj = f["subject"]
    k = text.rfind(subj, max(0, f["start"] - 40), f["start"])
    if k >= 0 and subj.startswith("在"):
        k += 1                                  # (the subject may hold its 在)
    if k < 1 or text[k - 1] != "在":
        return None
    lo = _clause_start(text, k - 1)
    m = _PART_RE.fullmatch(text, lo, k - 1)
    return m.group() if m else None


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` begins (after the last clause or sentence mark before it)."""
    return max(text.rfind(c, 0, at) for c in _CLAUSE_MARKS + _SENTENCE_ENDS) + 1


def _same_sentence(text: str, a: int, b: int) -> bool:
    return a <= b and not any(c in text[a:b] for c in _SENTENCE_ENDS)


def _earlier_figure_subject(text: str, facts: list[Fact], i: int) -> str | None:
    """The subject of the nearest figure before facts[i] in its sentence that names an indicator."""
    f = facts[i]
    for g in reversed(facts[:i]):
        if not _same_sentence(text, g["end"], f["start"]):
            return None
        subj = g.get("subject")
        if g["kind"] in _NO_SUBJECT_KINDS or not subj or _bare_rate(subj):
            continue
        return subj
    return None


def _coordinated(text: str, owner: str, sent_start: int, lo: int) -> str | None:
    """The owner with the nouns coordinated after it (学生|及亲子群体成为出行主力: 学生及亲子群体) and a measured head
    jieba tags a verb (软件产品|收入稳定增长: 软件产品收入); None when what follows a conjunction is no noun
    (我国|与共建…国家进出口规模: a relation between two, no owner of one)."""
    k = text.find(owner, sent_start, lo)
    e = k + len(owner)
    if k < 0 or e >= lo:
        return owner
    n = noun_end = 0
    coordinated = pending = False               # inside a conjunct; a conjunction read, its noun not yet
    for w in segment(simplified_chars(text[e:lo - 1])):
        if len(w) == 1 and w in _AND:
            coordinated = pending = True
        elif coordinated and tag_of(w) is None:
            pending = False                     # 及|亲子|群体
        elif w in _HEADS:
            noun_end = n + len(w)               # 软件产品|收入: the head closes the owner
            break
        else:
            break                               # the clause's verb (成为, 共建, 稳定增长) ends the owner
        n += len(w)
        if not pending:
            noun_end = n
    if pending and not noun_end:
        return None
    return owner + text[e:e + noun_end]
