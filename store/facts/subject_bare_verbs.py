"""A subject that is only a verb of change or comparison, with at most the adverbs and conjunctions before it, names
nothing: `城镇居民人均可支配收入42991元,增长(以下如无特别说明…)4.4%`, `零售業…營業額4兆8448億元，雖呈年減0.2%`,
`成交值爆出…8952.21億元，超越今年1月7日的8817.36億元`, `投信法人今天賣超達175.96億元，…且自從去年…共賣超1172.8億元`
gave 增长, 雖呈, 超越, 且自. The clause goes on about the indicator of the figure told before it in the sentence (its
change, the record it beat, its running total): the figure is that indicator's.

The words are closed lists (adverbs and conjunctions, then one verb of change, comparison or reach); the indicator
is the nearest earlier figure's of the same sentence (not past 。；) with a subject of its own — a figure of the same
kind, or any figure for a percent or points (a change of a level told before) — and never a date, span or rank's.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import SUBJECT_CHARS

Fact = dict[str, Any]

_ADVERB = (r"虽然|虽|仍然|仍|且|而|但|却|亦|也|再|更|均|都|已经|已|又|则|并|同步|双双|一举|进一步|大幅|明显|"
           r"相较|相比起|相比")
_VERB = (r"呈|低|高|多|少|超越|超过|直逼|逼近|较|增长|增加|减少|下降|上升|上涨|下跌|回升|回落|自从|自|达到|达|录得|"
         r"年增|年减|由负转正|负转正|转正|转负")
_BARE_VERB_RE = re.compile(rf"(?:{_ADVERB})*(?:{_VERB})")
_SENTENCE_ENDS = "。！？!?；;\n"
_NO_INDICATOR_KINDS = ("date", "year", "duration", "rank")
_CHANGE_KINDS = ("percent", "points")


def _bare(subj: str | None) -> bool:
    return bool(subj) and len(subj) <= 6 and _BARE_VERB_RE.fullmatch(subj.translate(SUBJECT_CHARS)) is not None


def needs_bare_verbs(facts: list[Fact]) -> bool:
    for f in facts:
        if _bare(f.get("subject")):
            return True
    return False


def settle_bare_verbs(text: str, facts: list[Fact]) -> None:
    ordered = sorted(facts, key=lambda g: g["start"])
    for i, f in enumerate(ordered):
        if not _bare(f.get("subject")):
            continue
        owner = _earlier_indicator(text, f, ordered[:i])
        if owner:
            f["subject"] = owner


def _earlier_indicator(text: str, f: Fact, before: list[Fact]) -> str | None:
    """The subject of the nearest earlier figure of f's sentence that has one of its own."""
    for g in reversed(before):
        if any(c in text[g["end"]:f["start"]] for c in _SENTENCE_ENDS):
            return None
        subj = g.get("subject")
        if g["kind"] in _NO_INDICATOR_KINDS or not subj or _bare(subj):
            continue
        if g["kind"] == f["kind"] or f["kind"] in _CHANGE_KINDS:
            return subj
    return None
