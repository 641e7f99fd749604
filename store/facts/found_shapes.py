"""Figures in wording the number reader does not cover (shapes: they claim their spans first).

- issues counted: `分六期发行`, `分6期發行`, `首兩期`, `发行了两期` (count, unit 期; `第六期` is a rank, read
  by dates.ranks, and a tenor `10年期` never matches: a numeral must follow 分/首/共/发行);
- a central bank's step in 码 (Taiwan: one 码 is a quarter point): `升息半碼` → 0.125, `降息1碼` →
  0.25, `升息3.5碼` → 0.875 (points, unit 码);
- an exchange rate per one unit: `1美元兑换163日元` → index 163, unit 日元/美元 (the `1美元` is its
  unit, not a sum);
- a span of quarters: `维持五季的不动利率`, `六季以來最高`, `連七季` (duration, unit 季);
- the first or last N places of a ranking: `前三位是山西、北京和天津`, `后三位依次是` (rank N, unit 位/名).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder
from .numbers import parse_number

_ISSUE_NOT_AFTER = re.compile(r"[间内满限货刊初末中]")
_ISSUED_BEFORE = ("分", "首", "共", "发行", "发行了", "發行", "發行了")
_STEP_RE = re.compile(r"(?:升息|降息|加息|减息|调升|调降)了?(半|\d+(?:\.\d+)?|[一二两三四五六七八九十])\s?[码碼]")
_CURRENCY = r"美元|欧元|英镑|港元|港币|日元|人民币|元|韩元|卢布|新台币|台币|澳元|加元|瑞士法郎"
_RATE_RE = re.compile(rf"1\s?({_CURRENCY})\s?(?:可|能)?(?:兑换|兑|折合|换)\s?(\d+(?:\.\d+)?)\s?({_CURRENCY})")
_QUARTERS_BEFORE = ("维持", "持续", "连续", "长达", "历时", "连")
_QUARTERS_AFTER = ("以来", "来")
_NOT_ENDS_BEFORE = set("目当此之以提日眼面年月天周随今然最其背落先空点")   # 小数点后七位: digits
_QUARTER_POINT = Decimal("0.25")


def _value(tok: str) -> Decimal | None:
    p = parse_number(tok)
    return p.value if p is not None and p.value > 0 else None


_NUMERAL_CHARS = frozenset("两二三四五六七八九十0123456789")


def _numeral_before(n: str, k: int) -> int:
    """Start of the run of (at most three) numeral characters ending at k, or k when there is none."""
    s = k
    while s > 0 and k - s < 3 and n[s - 1] in _NUMERAL_CHARS:
        s -= 1
    return s


def found_shapes(b: Builder) -> None:
    n = b.norm
    # (each class is found from its measure character, str.find, then read backwards: the measure
    # words are rare, the characters that open the patterns are not)
    k = n.find("期")
    while k >= 0:
        s = _numeral_before(n, k)
        if s < k and any(n.startswith(w, s - len(w)) for w in _ISSUED_BEFORE) and not _ISSUE_NOT_AFTER.match(n, k + 1) \
                and (v := _value(n[s:k])):
            b.add("count", s, k + 1, v, unit="期")
        k = n.find("期", k + 1)
    if "码" in n or "碼" in n:
        for m in _STEP_RE.finditer(n):
            v = Decimal("0.5") if m.group(1) == "半" else _value(m.group(1))
            if v is not None:
                b.add("points", m.start(1), m.end(), v * _QUARTER_POINT, unit="码")
    if "兑" in n or "折合" in n or "换" in n:
        for m in _RATE_RE.finditer(n):
            if m.start() and n[m.start() - 1] in "0123456789.":
                continue                                   # 11美元 is no rate per one unit
            if m.group(1) != m.group(3) and (v := _value(m.group(2))):
                b.add("index", m.start(2), m.end(), v, unit=f"{m.group(3)}/{m.group(1)}", per=m.group(1),
                      claim=(m.start(), m.end()))
    k = n.find("季")
    while k >= 0:
        s = _numeral_before(n, k)
        if s < k and not n.startswith("度", k + 1) and (
                any(n.startswith(w, s - len(w)) for w in _QUARTERS_BEFORE) or n.startswith(_QUARTERS_AFTER, k + 1)) \
                and (v := _value(n[s:k])):
            b.add("duration", s, k + 1, v, unit="季")
        k = n.find("季", k + 1)
    for unit in ("位", "名"):
        k = n.find(unit)
        while k >= 0:
            s = _numeral_before(n, k)
            if s < k and s > 0 and n[s - 1] in "前后" and (s < 2 or n[s - 2] not in _NOT_ENDS_BEFORE) \
                    and not n.startswith("数", k + 1) and (v := _value(n[s:k])):
                b.add("rank", s - 1, k + 1, v, unit=unit)
            k = n.find(unit, k + 1)
