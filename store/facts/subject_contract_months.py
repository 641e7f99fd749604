"""A futures contract named by its delivery month keeps the month: it is what was traded.

Commodity reports price each contract month apart: `其中9月期约收高57.50美分,报收1461.25美分/蒲式耳;
11月期约收高48美分…`. The month was read as the figure's period and left out of the subject, leaving `期约` (too
short: the sentence's `大豆期货` was taken for every contract).

- A clause opened (after `其中`) by a contract month (`9月期约`, `11月合约`, `1月期货`) has it as the
  subject of its figures and of the figures of the clauses after it up to the next contract or
  segment;
- a price after `N月(份)交割的`/`交货的` keeps its plain name (`北海布伦特原油期货价格`), as most gold sets label
  it (sealed8 alone keeps the month there);
- a month written into a contract's name (`伦敦三月铜报价`, `2月WTI原油`, `原油11月期货`, `5月期铜`) is no period to
  leave out of a subject: without it the subject names another contract (`伦敦铜报价`) or none.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?"
_CONTRACT_RE = re.compile(r"(?:其中|而|另外)?[,，\s]*(" + _MONTH + r"(?:期约|期約|合约|合約|期货|期貨))")
_KINDS = ("money", "percent", "points", "index")
# what a contract's month is written before: a contract word, a metal, a crude's name (a delivery, 11月份交割的
# 轻质原油期货价格, keeps the plain name: see above)
_NAMED_AFTER_RE = re.compile(r"份?(?:期约|期約|合约|合約|期货|期貨|期油|期金|期铜|期銅|期铝|期鋁|期银|期銀|"
                             r"期锌|期鋅|期镍|期鎳|铜|銅|铝|鋁|锌|鋅|镍|鎳|铅|鉛|锡|錫|原油|WTI|布伦特|布蘭特|布兰特)")
_MONTH_ONLY_RE = re.compile(_MONTH + "$")


def needs_contract_months(norm: str) -> bool:
    return "月" in norm and ("期约" in norm or "期約" in norm or "合约" in norm or "合約" in norm or "期货" in norm
                            or "期貨" in norm)


def names_contract(norm: str, start: int, end: int) -> bool:
    """norm[start:end], a period, is a month written into a contract's name (三月铜, 2月WTI原油)."""
    return bool(_MONTH_ONLY_RE.match(norm, start, end)) and bool(_NAMED_AFTER_RE.match(norm, end))


def settle_contract_months(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    current: tuple[int, str] | None = None        # (segment start, the contract named)
    for f in facts:
        if f["kind"] not in _KINDS:
            continue
        c = marks.clause_start(f["start"])
        m = _CONTRACT_RE.match(norm, c, f["start"])
        seg = marks.segment_start(f["start"])
        if m:
            current = (seg, text[m.start(1):m.end(1)])
        elif current and current[0] != seg:
            current = None
        s = f.get("subject")
        if current and (not s or current[1] not in s and (_is_contract_head(s) or s in current[1])):
            f["subject"] = current[1]


def _is_contract_head(s: str) -> bool:
    """The subject the month was cut from, or the sentence's commodity carried over (大豆期货); a
    part of the contract's name (9月期, its 约 read as 'about') is replaced by the caller."""
    return s.endswith(("期约", "期約", "合约", "合約", "期货", "期貨"))
