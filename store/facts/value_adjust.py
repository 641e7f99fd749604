"""A figure's value completed by what follows its unit: 一吨半 (+0.5), 三成一 and 1成3 (tenths of 成),
a unit's scale (41个基点 → 0.41 points), 3元5角 (jiao and fen after 元)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from . import rules as R
from .numbers import parse_number

# (a 零 before a coin says the coin before it is none: 十块零五毛, 一百元零五分)
_CENTS_RE = re.compile(r"(?:零?([一二两三四五六七八九\d壹贰叁肆伍陆柒捌玖])[角毛])?(?:零?([一二三四五六七八九\d壹贰叁肆伍陆柒捌玖])分)?(钱|整)?")
# spoken prices leave the last coin unnamed: 十二块五 is 12.5, 五块七毛八 is 5.78 (a lone digit closing the
# price, no word after it: 三块五花肉 is no price)
_UNNAMED_COIN_RE = re.compile(r"([一二三四五六七八九1-9])(?=[^\d.点零一二三四五六七八九十百千万亿\u4e00-\u9fff]|[到至]|$)")
_CN_DIGIT_VALUES = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}
# a coin's tenths spoken after it: 三毛五 is 3.5 毛, 五角五分 5.5 角 (a lone digit, or one before 分)
_TENTH_COIN_RE = re.compile(r"([一二三四五六七八九1-9])(?:分|(?=[^\d.点零一二三四五六七八九十百千万亿\u4e00-\u9fff]|[到至]|$))")

_TENTHS = {**_CN_DIGIT_VALUES, "半": 5}      # 三成一, 一成半 (1成3 with a digit alone before a mark)
# (Taiwan's baseball pages carry the finer digits too: 打擊率3成51 = 35.1 %, and 约有3成5的企业 is 35 % — cov52; 3成 alone
# had read 30 %, a wrong figure)
_ARABIC_TENTH_RE = re.compile(r"(\d{1,3})(?:[，。；,;、)）\s的]|左右|以上|以下|$)")


def adjust_value(n: str, r: Any) -> None:
    """一吨半, 三成 → 30 %, 41个基点 → 0.41, 3元5角."""
    if n[r.end:r.end + 1] == "半" and r.kind in ("quantity", "duration", "money", "multiple"):
        r.value += Decimal("0.5")
        r.end += 1
    if r.unit and r.unit.name == "成" and ((tenth := n[r.end:r.end + 1]) in _TENTHS and not n.startswith("半数", r.end)
                                           or tenth in "123456789" and _ARABIC_TENTH_RE.match(n, r.end)):
        if tenth in _TENTHS:
            r.value += Decimal(_TENTHS[tenth]) / 10     # 三成一 = 31 %, 一成半 = 15 %
            r.end += 1
        else:                                           # 1成3 = 13 %, 3成51 = 35.1 %
            digits = _ARABIC_TENTH_RE.match(n, r.end).group(1)
            r.value += Decimal("0." + digits)
            r.end += len(digits)
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
            r.kind = "money" if r.unit.name == "块" else r.kind      # 两块五毛钱: coins name a price
        _unnamed_coin(n, r, cm.group(1) is not None and cm.group(2) is None and cm.group(3) is None if cm else False)
    if r.unit and r.unit.name in ("毛", "角") and (m := _TENTH_COIN_RE.match(n, r.end)):
        r.value += Decimal(_CN_DIGIT_VALUES.get(m.group(1)) or int(m.group(1))).scaleb(-1)
        r.end = m.end()


def tenth_coin(n: str, i: int) -> bool:
    """三毛五, 五角五分: the tenths of the coin before i are spoken after it (adjust_value adds them)."""
    return _TENTH_COIN_RE.match(n, i) is not None


def _unnamed_coin(n: str, r: Any, after_jiao: bool) -> None:
    """十二块五 (jiao after 块) and 五块七毛八 (fen after 毛): a spoken price, money whatever 块 counted."""
    if r.unit.name != "块" or not (after_jiao or n[r.end - 1:r.end] == "块"):
        return
    if m := _UNNAMED_COIN_RE.match(n, r.end):
        r.value += Decimal(_CN_DIGIT_VALUES.get(m.group(1)) or int(m.group(1))).scaleb(-2 if after_jiao else -1)
        r.end, r.kind = m.end(), "money"
