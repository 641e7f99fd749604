"""Taiwan central-bank rate steps in 碼: one 碼 is a quarter of a percentage point.

`升息半碼` → points 0.125, `累計升息3.5碼` → 0.875, `降息1碼` → 0.25, `1碼是0.25個百分點`;
the unit is 码 in either script, as other units are kept in simplified characters
(個百分點 → 个百分点).  码 is also a code (`一码通办`,
`二维码`), a size or a yard, so a step is read only after a rate word (升息, 降息, 调升 …,
or 息/利率 earlier in the clause) or when the text goes on to say what it is in
percentage points.  (Hong Kong's 點子 and 仙 are plain units: see rules.POINTS_UNITS and
rules.CURRENCIES.)

`rate_steps` runs with the shapes, before the general number reader, and claims what it reads.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder, clause_left, pre_qualifier
from .numbers import parse_number

# (Taiwan's wire spaces a figure from its unit: 累計已升 3 碼, 升息半碼 (0.125 個百分點))
_STEP_RE = re.compile(r"(?:(\d+(?:\.\d+)?|[一二三四五六七八九十两]+)(?:(?<=\d) (?=[码碼]))?([码碼])(半)?|半([码碼]))")
_QUARTER = Decimal("0.25")
_HALF = Decimal("0.5")
# what a rate step follows: the move itself, or a count of steps in the clause
_STEP_LEFT_RE = re.compile(r"(?:升息|降息|加息|减息|调升|调降|调高|调低|上调|下调|升|降|加|减|累计|共|合共|合计|再|了|达|约|近|逾|超过|各)$")
_RATE_WORD_RE = re.compile(r"息|利率|[贴貼][现現]率")
_STEP_SAID_RE = re.compile(r"\s*(?:[，,]\s*)?(?:是|即|为|等于|相当于|也就是|亦即)\s*[\d〇○零一二三四五六七八九十.]"
                           # or in brackets, in points: 半碼(○‧一二五個百分點)
                           r"|\s?[(（]\s?[\d〇○零一二三四五六七八九十.‧·・]+\s?[个個]?(?:百分[点點]|基[点點])")


def rate_steps(b: Builder) -> None:
    n = b.norm
    if "码" not in n and "碼" not in n:
        return
    for m in _STEP_RE.finditer(n):
        s, e = m.start(), m.end()
        left = clause_left(n, s, 16)
        if not (_STEP_LEFT_RE.search(left.rstrip(" ")) or _RATE_WORD_RE.search(left) or _STEP_SAID_RE.match(n, e)):
            continue
        if m.group(4):
            steps = _HALF
        else:
            p = parse_number(m.group(1))
            if p is None or p.value <= 0:
                continue
            steps = p.value + (_HALF if m.group(3) else 0)
        q, qs = pre_qualifier(n, s)
        b.add("points", qs, e, steps * _QUARTER, unit="码", qualifier=q)
