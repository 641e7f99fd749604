"""Index levels and moves in Chinese numerals, the way Taiwan and Hong Kong papers print the Taiex and
the Hang Seng: `上漲二六八點` (digit by digit), `收在二萬七二一一點` (萬, then the rest digit by digit:
27211), `收報二萬五千點`, `跌二百六十八點` (a numeral with places).

Arabic index points (`268點`) are read as kind index with unit 点; in Chinese numerals 點 is also a decimal
point (`五點三`) and a clock's hour (`十二點`), so the number reader never takes it as a unit after them.
Here, only in a sentence that names a stock index or market before the figure, a numeral right before a
點/点 that no digit follows is rewritten to Arabic digits (see `rewrite`: offsets map back, the surface
stays as written); a numeral with places must be above 24 (no hour), and a digit-by-digit one has two
digits or more.  A level with decimals writes 點 twice, the decimal point and then the unit
(`下跌一百六十九點三六點`): 169.36 points.
"""

from __future__ import annotations

import re

from .numbers import cn_digits, cn_int

Edit = tuple[int, int, str]

_DIGIT = "一二三四五六七八九○〇零"
_NUMERAL = f"{_DIGIT}两兩十百千萬万"
# a numeral ending right before a 點 that no digit follows (五點三 is a decimal)
# (a level with decimals, 點 first the decimal point then the unit: 下跌一百六十九點三六點, 一萬七千四百零三點五六點;
# 以最低點一萬七千…: a 點 after a word, not after a numeral, opens no decimal)
_POINTS_RE = re.compile(rf"(?<![{_NUMERAL}\d第.．])(?<![{_NUMERAL}\d][點点])([{_NUMERAL}]+)(?:[點点]([{_DIGIT}]+))?(?=[點点](?![{_DIGIT}\d]))")
_DIGIT_VALUES = str.maketrans("一二三四五六七八九○〇零", "123456789000")
# a stock index or market named before the figure in its sentence
# (a market named by its shares too: 港股…跌幅更擴大至超過八百點 — sealed43)
_INDEX_RE = re.compile(r"指[數数]|加[權权]|[台港美日韓韩陸陆歐欧英德AH]股|股市|大[盤盘]|[恆恒]指|[恆恒]生|道[瓊琼]|道指|那斯達克|纳斯达克|納指|纳指|"
                       r"標普|标普|日經|日经|櫃買|柜买|[上深][證证]|[滬沪]指|成指|股指")
_SENTENCE_END = "。！？!?\n"
_SPOKEN_TEN_THOUSANDS_RE = re.compile(rf"([一二三四五六七八九两兩])[萬万]([{_DIGIT}]{{4}})")


def _value(s: str) -> int | None:
    if all(ch in _DIGIT for ch in s):
        return cn_digits(s) if len(s) >= 2 and s[0] not in "○〇零" else None
    if m := _SPOKEN_TEN_THOUSANDS_RE.fullmatch(s):      # 二萬七二一一: 2萬 and 7211
        head, rest = cn_int(m.group(1).replace("兩", "两")), cn_digits(m.group(2))
        return None if head is None or rest is None else head * 10000 + rest
    v = cn_int(s.replace("萬", "万").replace("兩", "两"))
    return v if v is not None and v > 24 else None


def cn_index_point_edits(text: str) -> list[Edit]:
    """(start, end, replacement) for each numeral above in `text`."""
    if not ("點" in text or "点" in text):
        return []
    out: list[Edit] = []
    for m in _POINTS_RE.finditer(text):
        lo = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_END) + 1
        if not _INDEX_RE.search(text, lo, m.start()):
            continue
        if m.group(2):
            whole = cn_int(m.group(1).replace("萬", "万").replace("兩", "两")) if m.group(1) not in _DIGIT else None
            if whole is None and all(ch in _DIGIT for ch in m.group(1)):
                whole = cn_digits(m.group(1))                   # 二六八點五點: digit by digit
            if whole is not None:
                out.append((m.start(), m.end(), f"{whole}.{m.group(2).translate(_DIGIT_VALUES)}"))
            continue
        v = _value(m.group(1))
        if v is not None:
            out.append((m.start(), m.end(), str(v)))
    return out
