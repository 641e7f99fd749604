"""Comparisons with bracketed comparands, as city and county communiqués write them.

`全市生产总值…增长8.4%,…比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点,增幅居全省第3位`,
`增速分别比同期工业、高技术制造业高9.2个和高1.5个百分点`:

- the points the indicator is ahead (or behind) by are the indicator's, not the comparison verb's
  (分别高, `高技术制造业高9.2个和高`): a verb fragment is never a subject, so such a figure takes the subject
  of the figure told before the `比` in its sentence (the thing whose growth is compared); the rank after it
  then follows (subject_rank_scopes reads the figure told before);
- a value in brackets right after a comparand (`全省(7.7%)`) is that comparand's own figure (a period's,
  `比上年同期(3.5%)`, stays the indicator's).
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

# 分别高, 分別低, 高, 高9.2个和高: the comparison verb, alone or with the first figure of a list swallowed
_FRAGMENT_RE = re.compile(r"(?:^|[^\d\s，。；：、,;:(（)）]{0,12}?)(?:分别|分別)?(?:要)?[高低快慢](?:出|于|於)?"
                          r"(?:[\d.]+(?:个|個)?(?:百分点|百分點)?[和、及与與](?:高|低|快|慢)?)?$")
_COMPARE_VERB_RE = re.compile(r"(?:分别|分別)[高低快慢]|[高低快慢][\d.]+(?:个|個)?[和、及与與][高低快慢]")
# 比全省(7.7%)和全国平均水平(7.0%): a comparand and its bracketed figure, after 比 or a list word
_BRACKET_RE = re.compile(r"(?:(?<=比)|(?<=[和与與及、]))\s*([^\d\s，。；：、,;:(（)）比和与與及]{1,12})\s*[(（]\s*$")
_AFTER_RE = re.compile(r"\s*[)）]\s*(?:[和与與及、]|(?:分别|分別)?[高低快慢])")
_SKIP_KINDS = ("date", "year", "duration", "rank")
# 比上年同期(3.5%), 比一季度(6.1%): a period is no comparand, the figure is the indicator's own then
_PERIOD_RE = re.compile(r"[年月季期日周週旬]|此前|之前|预期|預期|预测|預測")


def needs_comparands(norm: str) -> bool:
    return "比" in norm


def settle_comparands(norm: str, facts: list[Fact], marks: TextMarks) -> None:
    for i, f in enumerate(facts):
        s = f.get("subject") or ""
        if s and _COMPARE_VERB_RE.search(s) or s in ("高", "低", "快", "慢") or _fragment(s):
            own = _compared(norm, facts, i, marks)
            if own:
                f["subject"] = own
    for f in facts:
        a = f["start"]
        if f["kind"] in _SKIP_KINDS or not _AFTER_RE.match(norm, f["end"]):
            continue
        lo = marks.sentence_start(a)
        k = norm.rfind("比", lo, a)
        if k < 0:
            continue
        m = _BRACKET_RE.search(norm, k + 1, a)
        if m and not _PERIOD_RE.search(m.group(1)):
            f["subject"] = m.group(1)


def _fragment(s: str) -> bool:
    return bool(s) and ("分别" in s or "分別" in s) and _FRAGMENT_RE.fullmatch(s) is not None


def _compared(norm: str, facts: list[Fact], i: int, marks: TextMarks) -> str | None:
    """The subject of the figure told before the 比 of the comparison figure `i` stands in."""
    f = facts[i]
    lo = marks.sentence_start(f["start"])
    k = norm.rfind("比", lo, f["start"])
    if k < 0:
        return None
    for g in reversed(facts[:i]):
        if g["start"] < lo:
            break
        s = g.get("subject") or ""
        if g["end"] <= k and g["kind"] not in _SKIP_KINDS and s and not _COMPARE_VERB_RE.search(s) \
                and not _fragment(s):
            return s
    return None
