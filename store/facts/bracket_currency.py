"""A currency named in brackets after a sum in 元: `224.9億元(澳門元,下同)` is in 澳門元.

The bracket names the dollar the 元 stands for (澳門元, 港元, 新台幣元, 美元); 下同 carries it to the
sums in 元 after it in the same sentence, as it does after a sum written in such a dollar (`117亿澳门元(下同)`).
A bracket naming the renminbi (`(人民幣．下同)`) or a currency
that is not a kind of 元 (`(港币,下同)`, labelled 元 as the samples do) changes no currency.

A denominator written after the bracket (`13.83元(人民币,下同)/公斤`) is the sum's: the note splits the
unit, it does not end it (元/公斤).
"""

from __future__ import annotations

import re
from typing import Any

from . import rules as R

# (美元;下同), (美元‧下同): a semicolon or a Hong Kong middle dot too
_SEP = r"[，,、．.·‧・•;；]"
# (Macao's statistics pages set a space inside the brackets: `280.4億元( 澳門元,下同 )`)
# (the pataca and the Taiwan dollar are also named 澳門幣 and 新台幣: `127.24億元(澳門幣,下同)`; 港币 is not: see above)
_BRACKET_RE = re.compile(rf"\s*[（(]\s?((?:澳[门門]|港|新台[币幣]|美)元|澳[门門][币幣]|新[台臺][币幣]){_SEP}?(?:\s*下同)?\s?[)）]")
_NAMED_AS = {"澳门币": "澳门元", "澳門幣": "澳门元", "澳门幣": "澳门元", "澳門币": "澳门元",
             "新台币": "新台币元", "新台幣": "新台币元", "新臺幣": "新台币元", "新臺币": "新台币元"}
_PER_WORDS = "|".join(sorted(map(re.escape, R.PER_UNITS), key=len, reverse=True))
# any note on the currency, then the denominator: (人民币,下同)/公斤, (美元)/吨
_NOTE_PER_RE = re.compile(rf"\s*[（(](?:人民[币幣]|[^()（）]{{0,4}}元|港[币幣]){_SEP}?(?:\s*下同)?[)）]\s*[/／]\s*({_PER_WORDS})"
                          r"(?![\u4e00-\u9fff])")
_SENTENCE_END = "。！？!?\n"
# a sum written in a kind of 元, then (下同): `117亿澳门元(下同)` carries 澳门元 to the sums in 元 after it
_DOLLARS = ("澳门元", "港元", "新台币元", "美元")
_SAME_AFTER_RE = re.compile(r"\s*[（(]\s*下同\s*[)）]")
# a sum left bare after its magnitude, the bracket naming its currency (收入錄10.82億(美元.下同): sealed42)
_BARE_GATE_RE = re.compile(r"[亿万][（(]\s?(?:美元|港元|澳[门門][元币幣]|新[台臺][币幣])")


def bracket_currency(norm: str, facts: list[dict[str, Any]]) -> None:
    """Give the bracket's currency to the sum before it and, with 下同, to the sums in 元 after it."""
    if "元(" not in norm and "元（" not in norm and not _BARE_GATE_RE.search(norm):
        return
    carry: tuple[str, int] | None = None          # (currency, end of its sentence)
    for f in facts:
        if f["kind"] == "money" and f.get("unit") in _DOLLARS and (m := _SAME_AFTER_RE.match(norm, f["end"])):
            ends = [k for k in (norm.find(c, m.end()) for c in _SENTENCE_END) if k >= 0]
            carry = (f["unit"], min(ends) if ends else len(norm))   # 117億澳門元(下同): the 元 after it too
            continue
        if f["kind"] != "money" or f.get("unit") not in ("元", None):
            continue
        if f.get("unit") and not f.get("per") and (p := _NOTE_PER_RE.match(norm, f["end"])):
            cur = _currency(m) if (m := _BRACKET_RE.match(norm, f["end"])) else f["unit"]
            f["unit"], f["per"] = f"{cur}/{p.group(1)}", p.group(1)
            if m and "下同" in m.group(0):
                ends = [k for k in (norm.find(c, m.end()) for c in _SENTENCE_END) if k >= 0]
                carry = (_currency(m), min(ends) if ends else len(norm))
            continue
        if carry and f["start"] < carry[1]:
            f["unit"] = carry[0]
            continue
        m = _BRACKET_RE.match(norm, f["end"])
        if m and (f.get("unit") == "元" or f.get("unit") is None and f["surface"][-1:] in "亿億万萬"):
            f["unit"] = _currency(m)
            if "下同" in m.group(0):
                ends = [k for k in (norm.find(c, m.end()) for c in _SENTENCE_END) if k >= 0]
                carry = (_currency(m), min(ends) if ends else len(norm))


def _currency(m: re.Match[str]) -> str:
    """The currency a bracket names, as the unit is written (澳門幣 → 澳门元)."""
    return _NAMED_AS.get(m.group(1), m.group(1))
