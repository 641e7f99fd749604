"""Verbs next to a figure that decide its subject: funds given out (…信贷累计发放933.5亿元 names
the loans), the time an agent spent (仅用了3个月 measures nothing), and the words right before a
figure that already name it (容量60吨的油罐车, 宽度从5.5米的双车道…到), so the noun after 的 does not."""

from __future__ import annotations

import re
from typing import Any

from . import subject_rules as S
from .words import segment, tag_of

Fact = dict[str, Any]   # a fact record being built (see store.records.Fact)

# verbs of giving out: what stands before them is what was given out (all two characters)
DISBURSED = ("发放", "下达", "拨付", "下拨", "投放", "发行", "划拨", "预拨")
_GIVEN_ENDS = ("贷", "款", "金", "券", "债")
_TOOK = ("用", "花", "花费", "耗费")
_RANGE_END_RE = re.compile(r"[到至]")


def before_verb(subj: str, rest: str) -> str | None:
    """`subj` ends in a verb of giving out and `rest` is what stands before it (trimmed): that noun,
    when it ends in what can be given out (信贷, 资金, 国债); else no subject."""
    if len(rest) < 4:
        return None
    words = segment(rest)
    if (tag_of(words[-1]) is not None or tag_of(words[0]) in ("p", "c")
            or S.MEASURE_HEAD_END_RE.search(rest) is None and not rest.endswith(_GIVEN_ENDS)):
        return None
    return subj[:len(rest)]


def time_spent(s: str) -> bool:
    """`s` ends in the time an agent spent (仅用了, 花了) or a preposition: no measured time (用时, 车程;
    全程仅需 names the trip)."""
    s = s.removesuffix("了")
    if s.endswith(_TOOK):
        return True
    words = segment(s[-4:])
    return bool(words) and tag_of(words[-1]) == "p"


# a measure head, then a bound's comparator (能见度小于500米的大雾天气, 风力达8级的大风): the head is what is measured
_COMPARED_HEAD_RE = re.compile("(?:" + "|".join(map(re.escape, [*S.MEASURE_HEADS, "能见度", "能見度", "风力", "風力"]))
                               + ")(?:小于|小於|大于|大於|低于|低於|高于|高於|不足|不到|超过|超過|达到|達到)$")


def named_before(text: str, f: Fact) -> bool:
    """The words right before a figure already name it: a measure head (容量60吨的油罐车; a share's
    whole is none: 占经济总量约70%的个人消费支出) or a range opened by 从 and closed after it
    (宽度从5.5米的双车道拓宽到9米), so the noun after 的 is not what it measures."""
    s, e = f["start"], f["end"]
    if "从" in text[max(0, s - 8):s] and _RANGE_END_RE.search(text, e, e + 16):
        return True
    return f["kind"] != "percent" and (S.MEASURE_HEAD_END_RE.search(text, max(0, s - 6), s) is not None
                                       or _COMPARED_HEAD_RE.search(text, max(0, s - 10), s) is not None)
