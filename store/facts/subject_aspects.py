"""A count of 方面 (aspects) names what the aspects are of when a noun follows them: `部署城市工作7个方面的重点任务`,
`部署14个方面重点举措`, `重点抓好八个方面的工作` count tasks, measures, work (重点任务, 重点举措, 工作), as the gold sets
label them (sealed3 方面主题, sealed6 方面的问题, sealed17, sealed18); the subject read as 方面 or as 方面 with a piece
of the noun (方面重点) is that noun phrase.  When a verb follows (`从六个方面深刻总结`, `从16个方面总结概括了`,
`[两方面]着手`) or nothing does (`等6个方面，`) the aspects themselves are counted: 方面, not 方面总结.
Only subjects that open with 方面 are looked at: a list named before the count (`服务消费、商品消费…等6个方面`) stays.
"""

from __future__ import annotations

import re
from typing import Any

from .words import noun_phrase_end, opens_with_verb, segment

Fact = dict[str, Any]

_ASPECT = "方面"
# the noun phrase after 方面(的): Han characters up to a mark, a figure or another 的
_RUN_RE = re.compile(r"的?([\u4e00-\u9fff]{2,12})")
_NUMERAL = frozenset("一二三四五六七八九十百千万两零〇")
# the head nouns of what aspects are of (重点任务, 重大任务举措, 审查标准); without 的 the words after 方面 are its noun
# only when each is a head or a modifier of one (14个方面重点举措), else a verb phrase follows (方面部署了重点任务)
_HEADS = frozenset({"任务", "举措", "措施", "工作", "问题", "内容", "主题", "政策", "要求", "意见", "建议", "成果", "经验",
                    "目标", "领域", "事项", "项目", "标准", "指标"})
_MODIFIERS = frozenset({"重点", "主要", "重大", "具体", "改革", "创新", "发展", "战略", "专项", "工作", "政策"})


def needs_aspects(facts: list[Fact]) -> bool:
    for f in facts:
        s = f.get("subject")
        if s and s.startswith(_ASPECT) and f["kind"] == "count":
            return True
    return False


def settle_aspects(text: str, facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if not s or not s.startswith(_ASPECT) or f["kind"] != "count":
            continue
        e = f["end"]
        if not f["surface"].endswith(_ASPECT):
            if not text.startswith(_ASPECT, e):
                continue
            e += len(_ASPECT)
        f["subject"] = _counted(text, e) or _ASPECT


def _counted(text: str, e: int) -> str | None:
    """The noun phrase right after 方面(的) at `e`, or None when a verb, a figure or a mark follows."""
    m = _RUN_RE.match(text, e)
    if not m:
        return None
    run = m.group(1).split("的")[0]
    if len(run) < 2 or run[0] in _NUMERAL or opens_with_verb(run):
        return None
    of = m.group(0).startswith("的")
    best, pos = None, 0
    for w in segment(run)[:4]:
        pos += len(w)
        if w in _HEADS:
            best = run[:pos]                          # 重点举措, 重大任务举措, (的)审查标准
        elif not of and w not in _MODIFIERS:
            break                                     # 方面部署了重点任务: a verb after the aspects
    if best or not of:
        return best
    n = noun_phrase_end(run)
    return run[:n] if n >= 2 else None
