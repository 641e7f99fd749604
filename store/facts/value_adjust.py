"""A figure's value completed by what follows its unit: 一吨半 (+0.5), 三成一 and 1成3 (tenths of 成),
a unit's scale (41个基点 → 0.41 points), 3元5角 (jiao and fen after 元)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from . import rules as R
from .numbers import parse_number

_CENTS_RE = re.compile(r"(?:([零一二两三四五六七八九\d壹贰叁肆伍陆柒捌玖])[角毛])?(?:([零一二三四五六七八九\d壹贰叁肆伍陆柒捌玖])分)?(钱|整)?")
_CN_DIGIT_VALUES = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}

_TENTHS = {**_CN_DIGIT_VALUES, "半": 5}      # 三成一, 一成半 (1成3 with a digit alone before a mark)
_ARABIC_TENTH_RE = re.compile(r"\d(?:[，。；,;、)）\s]|左右|以上|以下|$)")


def adjust_value(n: str, r: Any) -> None:
    """一吨半, 三成 → 30 %, 41个基点 → 0.41, 3元5角."""
    if n[r.end:r.end + 1] == "半" and r.kind in ("quantity", "duration", "money", "multiple"):
        r.value += Decimal("0.5")
        r.end += 1
    if r.unit and r.unit.name == "成" and ((tenth := n[r.end:r.end + 1]) in _TENTHS and not n.startswith("半数", r.end)
                                           or tenth in "123456789" and _ARABIC_TENTH_RE.match(n, r.end)):
        r.value += Decimal(_TENTHS.get(tenth) or int(tenth)) / 10     # 三成一 = 31 %, 一成半 = 15 %, 1成3 = 13 %
        r.end += 1
    if r.unit and r.unit.name == "折" and r.value < 10:
        r.value = r.value.scaleb(1)            # 七折 = 70 %, 8.5折 = 85 %; 七五折, 75折 are 75 % as written
    if r.unit and (scale := R.UNIT_SCALE.get(r.unit.name)):
        r.value = r.value.scaleb(scale)
        r.value_high = r.value_high.scaleb(scale) if r.value_high is not None else None
    if r.unit and r.unit.name in ("元", "圆", "块", "块钱") and not r.unit.per:
        cm = _CENTS_RE.match(n, r.end)
        if cm and cm.end() > r.end:
            jiao = parse_number(cm.group(1)) if cm.group(1) else None
            fen = parse_number(cm.group(2)) if cm.group(2) else None
            r.value += (jiao.value.scaleb(-1) if jiao else 0) + (fen.value.scaleb(-2) if fen else 0)
            r.end = cm.end()
