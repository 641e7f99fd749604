"""Company results: a loss named by its company or its year is the net profit's.

Hong Kong results write the year `去年度`/`前年度` and the company before the loss (`海港企業去年度
虧損收窄至7000萬元,前年度則錄得近1.1億元虧損`); with 去年 read as the period the subject kept the
company and a stray 度 (`海港企業度利潤`, `度則利潤`, `度基礎淨盈利`).

- a 度 or 則 left at the start of a subject by a year read as the period is no part of it
  (`去年度基礎淨盈利8300萬元` → 基礎淨盈利);
- a loss named by nothing but its company or its year (`海港企業去年度虧損…`, `前年度則虧損2億元`) is
  the net profit's (淨利潤/净利润 by script, tests/gold/README.md), or, when the sentence states a
  profit before it (`去年度基礎淨盈利8300萬元,前年度則虧損2億元`), that profit's.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import TRADITIONAL_RE

Fact = dict[str, Any]

_REMNANT_RE = re.compile(r"度(?:則|则)?")
_PROFITS = ("利潤", "利润", "盈利", "溢利")
_ENTITY_LOSS_RE = re.compile(r"^(?:.{0,12}?(?:企業|企业|公司|集團|集团|銀行|银行|控股|股份|港口))?(?:度|年度)?(?:則|则)?"
                             r"(?:利潤|利润|蝕|蚀)$")
_SENTENCE_END = "。！？!?\n"


def settle_results(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        s = f.get("subject")
        if not s or f["kind"] != "money":
            continue
        if "度" in s:
            s = f["subject"] = _without_year_remnant(s, text[max(0, f["start"] - 40):f["start"]])
        value = f.get("value")
        if not isinstance(value, (int, float)) or value >= 0 or not _ENTITY_LOSS_RE.match(s):
            continue
        f["subject"] = _profit_before(text, f, facts[:i]) or ("淨利潤" if TRADITIONAL_RE.search(
            text[max(0, f["start"] - 30):f["end"]]) else "净利润")


def _without_year_remnant(s: str, before: str) -> str:
    """`s` without the 度 (and 則) a year read as the period left (信義光能去年度盈利 → 信義光能盈利)."""
    k = s.find("度")
    m = re.search(re.escape(s[:k]) + r"(?:去|前|今|上|本|明|上一|[\d０-９]{2,4}|[一二三四五六七八九〇零]{2,4})年"
                  + re.escape(s[k:]), before + s[k:]) if k >= 0 else None
    if m is None or len(s) - k <= 1 or k == 1:     # 目前年度票房: 前年 was no year
        return s
    return s[:k] + s[k + _REMNANT_RE.match(s, k).end() - k:] or s


def _profit_before(text: str, f: Fact, before: list[Fact]) -> str | None:
    """The profit a positive figure of the sentence states before the loss."""
    for g in reversed(before):
        if any(c in text[g["end"]:f["start"]] for c in _SENTENCE_END):
            return None
        s = g.get("subject")
        v = g.get("value")
        if s and g["kind"] == "money" and isinstance(v, (int, float)) and v > 0 and s.endswith(_PROFITS):
            return s
    return None
