"""A last look at each subject's two ends, after every other subject rule has run.

Words that only frame the phrase are left out: an enumerator opening a results item
(`(三)經營支出` → 經營支出), an item or copy number before a dot opening a list's line or a headline
(`1.CPI`, `4·CPI` → CPI; a date's digits after the dot stay: `3·15晚会`), a clock time opening a price line (`15:00倫敦鋁報價`), 随着 opening a
clause (`随着小浪底水库水位回蓄`), the list head and reporting verb of a daily bulletin
(`和新疆生产建设兵团报告新增新冠肺炎确诊病例` → 新增新冠肺炎确诊病例), a time word or adverb
closing it (`村民目前`, `运输时间由此前`), a dangling 每 (`世卫组织每` → 世卫组织), the half of
逼近 left when 近 was read as the figure's qualifier (`外銷訂單金額逼|近7500億`).  A subject
that is nothing once they are gone (`平均每`, `现在`, `今天`, `州仍`), or that is only a
comparison base (`较昨日收盘价`), is no subject: no subject reads better than a wrong one.
One regex test per subject decides whether anything is read.
"""

from __future__ import annotations

import re
from typing import Any

from .words import lone_clause_word

Fact = dict[str, Any]

_HEAD = (r"[（(]?[一二三四五六七八九十]{1,3}[)）]|[（(]\d{1,2}[)）]|\d{1,2}[:：]\d{2}|\d{1,3}[.．·・](?:(?![\d０-９])|(?=\d{4}年))"
         r"|随着|隨着|隨著"
         r"|(?:[^，,和及]{0,12}[)）])?(?:和|及|以及)[^，,]{2,24}?(?:报告|報告)(?!期)(?=[^，,]{2})")
_TAIL = r"(?:[由从從与與]?此前|昨晚|今晚|今天|昨天|目前|日前|近日|当天|當天|仍|(?:平均|大约|至少|一般|还有)?每)"
# the cheap gate: characters a frame can open a subject with, words it can close one with
_HEAD_FIRST = frozenset("（(一二三四五六七八九十0123456789随隨和及以直省区區市自较較比")
_TAIL_WORDS = ("此前", "昨晚", "今晚", "今天", "昨天", "目前", "日前", "近日", "当天", "當天", "仍", "每")
_HEAD_RE = re.compile(rf"^(?:{_HEAD})+")
_TAIL_RE = re.compile(rf"(?:{_TAIL})+$")
# left once the frame is gone, these say nothing of what was measured
_EMPTY_RE = re.compile(r"^(?:平均|大约|大概|约|都|就|也|还|现在|現在|如今|此前|今天|今晚|昨天|昨晚|目前|坚持|同意|我们|他们"
                       r"|我们用的|他们平均|自起)*$")
# a comparison base alone: 较昨日收盘价上涨1.8%
_BASE_ONLY_RE = re.compile(r"^(?:较|較|比)(?:昨日|前日|上日|上一交易日|前一交易日|上周|上週|上月|上年|去年|同期)")


# a verb ending in 近 whose 近 was read as the figure's qualifier (外銷訂單金額逼|近7500億)
_NEAR_VERBS = frozenset({"逼近", "接近", "临近", "臨近", "靠近", "趋近", "趨近"})   # (not 贴近: 补贴|近3万元)


def settle_subject_edges(facts: list[Fact]) -> None:
    """Trim every subject's frame; a subject trimmed once is trimmed alike where the sentence
    lent it to later figures."""
    done: dict[str, str | None] = {}
    for f in facts:
        subj = f.get("subject")
        if not subj:
            continue
        if subj in done:
            f["subject"] = done[subj]
            continue
        new: str | None = subj
        if f["surface"][:1] == "近" and subj[-1:] + "近" in _NEAR_VERBS:
            new = subj[:-1] or None
        if new and (new[0] in _HEAD_FIRST or new.endswith(_TAIL_WORDS)):
            new = trimmed(new)
        if new != subj:
            done[subj] = f["subject"] = new


def trimmed(subj: str) -> str | None:
    """`subj` without its framing words; None when nothing that names a thing is left."""
    if _BASE_ONLY_RE.match(subj):
        return None
    core = _TAIL_RE.sub("", _HEAD_RE.sub("", subj))
    if core == subj:
        return subj
    if len(core) < 2 or _EMPTY_RE.fullmatch(core) or lone_clause_word(core):
        return None
    return core
