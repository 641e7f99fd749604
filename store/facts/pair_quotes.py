"""An exchange rate told after its currency pair: `新台幣兌美元終場收在30.512元`, `美元兑人民币7.1`,
`美元兑新台币收30.5元`.

The figure is stated in one currency of the pair per one unit of the other: mostly the second per the
first (美元兑人民币7.1), but Taiwan news writes its own currency first (新台幣兌美元收30.512元 is NT$30.512 to
the dollar), so the figure's own unit says which is the quote.  It is an exchange rate: kind index, unit quote/base with the base as `per` (新台币元/美元, 元/美元),
as `fixing_quotes` reads `1美元对人民币6.8109元` and tests/gold/README.md labels `163日元` (index 日元/美元).
Read as a sum of money it was copied as "30.512 元", an amount, and the quote currency in front of the
figure (`人民币7.1`) made it a sum of renminbi.  Only a figure whose unit is the quote currency's (or bare
元) is read so: `美元兑人民币贬值0.5%` is a percent and stays one.
"""

from __future__ import annotations

import re
from typing import Any

from store.search.script import simplified_chars

Fact = dict[str, Any]

# the currency's name → the unit its sums are stated in
_UNIT_OF = {"美元": "美元", "美金": "美元", "欧元": "欧元", "歐元": "欧元", "日元": "日元", "日圆": "日元", "日圓": "日元",
            "英镑": "英镑", "英鎊": "英镑", "港元": "港元", "港币": "港元", "港幣": "港元", "人民币": "元", "人民幣": "元",
            "新台币": "新台币元", "新台幣": "新台币元", "新臺幣": "新台币元", "澳元": "澳元", "加元": "加元",
            "韩元": "韩元", "韓元": "韩元", "瑞郎": "瑞郎", "澳门元": "澳门元", "澳門元": "澳门元"}
_CURRENCY = "|".join(sorted(_UNIT_OF, key=len, reverse=True))
_BETWEEN_PAIR = r"(?:兑|兌|对|對)"
# what may stand between the pair and its quote: the session, a clock time, the rate's own name, a verb of quoting
_SESSION = (r"(?:\s|在岸|离岸|離岸|即期|汇率|匯率|中间价|中間價|收盘价|收盤價|终场|終場|收盘|收盤|收市|尾盘|尾盤|盘中|盤中|开盘|開盤"
            r"|早盘|早盤|午盘|午盤|今日|日内|日內|\d{1,2}[:：]\d{2}|收在|收于|收於|收报|收報|收|报|報|升至|跌至|贬至|貶至|升值至"
            r"|贬值至|貶值至|至|为|為|在|一度|最低|最高|约|約)*")
_PAIR_BEFORE_RE = re.compile(r"(?P<base>" + _CURRENCY + r")" + _BETWEEN_PAIR + r"(?P<quote>" + _CURRENCY + r")" + _SESSION + r"$")
_PAIR_OPEN_RE = re.compile(r"(?P<base>" + _CURRENCY + r")" + _BETWEEN_PAIR + r"$")   # 美元兑|人民币7.1
_SURFACE_QUOTE_RE = re.compile(r"(?P<quote>" + _CURRENCY + r")\s*\d")
_REACH = 40


# a rate written as a ratio after its pair: 以美元兌新台幣1比30.6元計算 (the 1 is the base currency's unit, no sum)
_RATIO_MARK_RE = re.compile(r"\s?(?:比|:|：|∶)\s?")


def _ratio_bases(norm: str, facts: list[Fact]) -> list[int]:
    """Indices of the `1` of each `A兌B1比X`: X is then read as the pair's quote (below), the 1 left out."""
    out = []
    for i in range(len(facts) - 1):
        f, g = facts[i], facts[i + 1]
        if f["kind"] != "money" or f.get("value") != 1 or not f["surface"].endswith("1") or g["kind"] != "money":
            continue
        if not _RATIO_MARK_RE.fullmatch(norm, f["end"], g["start"]):
            continue
        k = f["end"] - 1                                   # (the pair's second currency may open the surface)
        if _PAIR_BEFORE_RE.search(simplified_chars(norm[max(0, k - _REACH):k])):
            out.append(i)
    return out


def pair_quotes(norm: str, facts: list[Fact]) -> list[Fact]:
    """Read each sum right after a currency pair as the pair's exchange rate."""
    if "兑" not in norm and "兌" not in norm and "对" not in norm and "對" not in norm:
        return facts
    ratios = _ratio_bases(norm, facts)
    for i in ratios:                           # the quote after 1比 stands where the 1 stood: right after the pair
        k = facts[i]["end"] - 1
        facts[i + 1]["_pair_left"] = norm[max(0, k - _REACH):k]
    for f in facts:
        if f["kind"] != "money" or f.get("per") or f.get("value_high") is not None:
            continue
        # (the text may be half simplified, as the normaliser leaves it: matched in one script, one char for one)
        left = simplified_chars(f.pop("_pair_left", None) or norm[max(0, f["start"] - _REACH):f["start"]])
        if (m := _PAIR_BEFORE_RE.search(left)) is not None:
            pair = (_UNIT_OF[m.group("base")], _UNIT_OF[m.group("quote")])
        elif (m := _PAIR_OPEN_RE.search(left)) is not None and (q := _SURFACE_QUOTE_RE.match(simplified_chars(f["surface"]))):
            pair = (_UNIT_OF[m.group("base")], _UNIT_OF[q.group("quote")])
            skip = q.start("quote") + len(q.group("quote"))
            while f["surface"][skip].isspace():
                skip += 1
            f.update(start=f["start"] + skip, surface=f["surface"][skip:])   # 美元兑人民币|7.1: the pair names it
        else:
            continue
        quote = _quote_unit(pair, f.get("unit"))
        if quote is None:
            continue
        base = pair[1] if quote == pair[0] else pair[0]
        f.update(kind="index", unit=f"{quote}/{base}", per=base)
    if ratios:
        for i in ratios:
            facts[i + 1].pop("_pair_left", None)
        return [f for i, f in enumerate(facts) if i not in ratios or facts[i + 1]["kind"] != "index"]
    return facts


def _quote_unit(pair: tuple[str, str], unit: str | None) -> str | None:
    """The pair's currency the figure is stated in: the one whose unit it carries; a bare 元 is the renminbi's
    or the Taiwan dollar's, whichever the pair names (新台幣兌美元收30.512元 is NT$30.512 to the dollar)."""
    if pair[0] == pair[1] or unit is None:
        return None
    if unit in pair:
        return unit
    if unit == "元":
        named = [u for u in pair if u in ("元", "新台币元")]
        return named[0] if len(named) == 1 else None
    return None
