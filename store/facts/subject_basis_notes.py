"""A note on the basis of a comparison is no subject: `一般公预算总收入5382.3亿元、同口径增长1.9%` is the
revenue's growth on a like-for-like basis (not the growth of `同口径`), and `一般公共预算支出(扣除…专项资金
支出外)增长3%以上` the spending's (not the bracketed exclusion's).

- a subject that is only a basis word (同口径, 按可比口径 …, or the currency counted in: 以新台幣計價) becomes the subject of the level before it in
  the same part of the sentence (up to ；/。), or none;
- a subject that is only the exchange rate a result is restated at (`按固定汇率增长12%,按实质汇率则增长10%`,
  `按實質匯率計算跌1.2個百分點`: Hong Kong and mainland insurers' and groups' results; a change, not the assumed
  rate itself, `以匯率1美元兌30.6元假設計算`) is the subject of the
  nearest figure before it in the same part of the sentence whose subject is no basis, of any kind (a margin's
  points follow its percent), or none;
- a subject that is an exclusion note in brackets (扣除/剔除/不含 … 外) becomes the phrase written right
  before the bracket, when that is a phrase of 2–20 characters without a figure.
Gated on such a subject (a set look-up and a prefix test per fact).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_BASIS = frozenset({"同口径", "同口徑", "按同口径", "按同口徑", "可比口径", "可比口徑", "按可比口径", "按可比口徑",
                    "按可比价", "按可比價", "按可比价格", "按可比價格"})
# the currency a figure is counted in (以美元計算較去年同期成長11.8%, 以新台幣計價約8,060.80億元): a basis too
_CURRENCY_BASIS_RE = re.compile(r"(?:以|按)?(?:美元|美金|新台[幣币]|新臺幣|台[幣币]|人民[币幣]|港[元幣币]|澳[門门]元|[欧歐]元"
                                r"|日[圓元円幣币])(?:計算|计算|計價|计价|計值|计值|折算|計|计)")
# the rate a result is restated at: 固定汇率, 按实质汇率计算, 實質匯率則 (the subject left of the verb)
_RATE_BASIS_RE = re.compile(r"(?:按|以)?(?:固定|实质|實質|实际|實際|不变|不變|报告|報告|名义|名義|当时|當時|恒定)?(?:汇率|匯率)"
                            r"(?:計算|计算|基础|基礎|基准|基準|計|计)?(?:则|則|亦|也)?")
_NOTES = ("扣除", "剔除", "不含", "不包括")
_STOPS = "；;。！？!?\n"
_LEVEL_KINDS = ("money", "count", "quantity")
_BEFORE_RE = re.compile(r"([^，,；;：:、。（(\d０-９]{2,20})\s*$")


def needs_basis_notes(facts: list[Fact]) -> bool:
    for f in facts:
        if (s := f.get("subject")) and (s in _BASIS or s.startswith(_NOTES) or _is_currency_basis(s)
                                        or _is_rate_basis(s)):
            return True
    return False


def _is_currency_basis(s: str) -> bool:
    return ("計" in s or "计" in s or "折" in s) and _CURRENCY_BASIS_RE.fullmatch(s) is not None


def _is_rate_basis(s: str) -> bool:
    return ("率" in s) and _RATE_BASIS_RE.fullmatch(s) is not None


def settle_basis_notes(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        s = f.get("subject")
        if not s:
            continue
        if s in _BASIS:
            f["subject"] = _level_before(text, facts, i)
        elif _is_currency_basis(s):
            # 物业组合租赁收入按人民币计值上升1%,按港币计值则下跌3%: the phrase before 按, then the figure before's
            f["subject"] = _level_before(text, facts, i) or _named_before_basis(text, s, f["start"]) \
                or _figure_before(text, facts, i)
        elif f.get("change") and _is_rate_basis(s) and (s[0] in "按以" or _after_basis_word(text, s, f["start"])):
            f["subject"] = _figure_before(text, facts, i)       # 按实质汇率则增长10%: not 实际汇率下跌2%
        elif s.startswith(_NOTES):
            p = text.rfind(s[:2], 0, f["start"])
            q = max(text.rfind("（", 0, p + 1), text.rfind("(", 0, p + 1)) if p >= 0 else -1
            if q >= 0 and not any(c in text[q:p] for c in "）)") and (m := _BEFORE_RE.search(text, 0, q)):
                f["subject"] = m.group(1).strip()      # 一般公共预算支出(扣除…外)增长3%: the spending


def _level_before(text: str, facts: list[Fact], i: int) -> str | None:
    s = facts[i]["start"]
    for g in reversed(facts[:i]):
        if any(c in text[g["end"]:s] for c in _STOPS):
            return None
        if g["kind"] in _LEVEL_KINDS and g.get("subject") and g["subject"] not in _BASIS \
                and not _is_currency_basis(g["subject"]):
            return g["subject"]
    return None


_OPENING_WORDS_RE = re.compile(r"^(?:其中|而|于|於|在)")


def _named_before_basis(text: str, s: str, at: int) -> str | None:
    """The phrase written right before the basis `s` (按人民币计值) in its clause, or None."""
    p = text.rfind(s, max(0, at - 40), at)
    if p <= 0:
        return None
    if s[0] not in "按以" and text[p - 1] in "按以":
        p -= 1
    m = _BEFORE_RE.search(text, max(0, p - 24), p)
    name = _OPENING_WORDS_RE.sub("", m.group(1).strip()) if m else ""
    return name if len(name) >= 2 else None


def _after_basis_word(text: str, s: str, at: int) -> bool:
    """The subject `s`, written last before `at`, follows 按 or 以 (按|实质汇率则增长10%)."""
    p = text.rfind(s, 0, at)
    return p > 0 and text[p - 1] in "按以"


def _figure_before(text: str, facts: list[Fact], i: int) -> str | None:
    """The subject of the nearest figure before facts[i] in its part of the sentence that names no basis."""
    s = facts[i]["start"]
    for g in reversed(facts[:i]):
        if any(c in text[g["end"]:s] for c in _STOPS):
            return None
        subj = g.get("subject")
        if g["kind"] not in ("date", "year") and subj and subj not in _BASIS and not _is_currency_basis(subj) \
                and not _is_rate_basis(subj):
            return subj
    return None
