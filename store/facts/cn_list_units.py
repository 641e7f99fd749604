"""A list of figures in Chinese numerals shares the unit written after its last item.

`分別為六十萬零四千三百及十萬零四千七百多人次`, `分别为三千二百及一千五百万元`, `四萬五千、三萬二千和
二萬八千名`: the unit (人次, 元, 名) closes the list, and each item already holds its own magnitude
(萬, 千), so the first items are read with the last one's unit, kind and denominator.  (Lists in Arabic
digits are read as lists by `figures._list`, which also shares a trailing 万/亿.)

A list opened by 百分之 shares it forward (`分別佔百分之四十一、二十四點一及十三點五`): 百分之 is written once,
before the first item, and the bare items after it are percents too.

Kept apart: items whose magnitudes differ in kind (`三、四万人`: 三 stands for 三万, which this does not
guess), items that are not next to each other (anything but 、/和/及/与/或 between them), and figures with
a unit of their own written after them (a unit only implied by the context, 人 for 旅客, yields to the written one).
"""

from __future__ import annotations

from typing import Any

Fact = dict[str, Any]

_CN = frozenset("零〇一二三四五六七八九十百千万亿两萬億兩")
_BIG = frozenset("万亿萬億")
_SEPS = ("、", "和", "及", "与", "與", "或", "以及")


def _cn_numeral(s: str) -> bool:
    return bool(s) and all(c in _CN for c in s) and any(c in "十百千万亿萬億" for c in s)


def cn_list_units(norm: str, facts: list[Fact]) -> None:
    """Give unit-less items of a Chinese-numeral list the unit of the item after them."""
    for i in range(len(facts) - 2, -1, -1):           # from the end: a unit passes back along the list
        f, g = facts[i], facts[i + 1]
        implied = not f.get("unit") or not f["surface"].endswith(f["unit"])     # (人 read from 旅客 is no unit written)
        if not implied or f["kind"] not in ("count", "quantity") or not g.get("unit"):
            continue
        if not _cn_numeral(f["surface"]) or norm[f["end"]:g["start"]] not in _SEPS:
            continue
        written = g["unit"].split("/")[0]             # (an item that borrowed its unit has none written)
        head = g["surface"].removesuffix(written)
        head = head.rstrip("多余餘")
        if not _cn_numeral(head) or (any(c in _BIG for c in f["surface"]) != any(c in _BIG for c in head)):
            continue
        f["kind"], f["unit"], f["per"] = g["kind"], g["unit"], g.get("per")


_CN_DECIMAL = _CN | frozenset("点點")


def percent_word_lists(norm: str, facts: list[Fact]) -> None:
    """Bare Chinese numerals listed after a 百分之 figure are percents: 百分之四十一、二十四點一及十三點五."""
    if "百分之" not in norm:
        return
    shared: set[int] = set()                       # items that took 百分之 from the list's head
    for i in range(1, len(facts)):
        f, g = facts[i], facts[i - 1]
        if g["kind"] != "percent" or g.get("unit") != "%" or \
                not (i - 1 in shared or g["surface"].lstrip("约約近超逾").startswith("百分之")):
            continue
        implied = not f.get("unit") or not f["surface"].endswith(f["unit"])
        if not implied or f["kind"] not in ("count", "quantity") or norm[g["end"]:f["start"]] not in _SEPS:
            continue
        if not all(c in _CN_DECIMAL for c in f["surface"]) or f["surface"][-1] in "点點":
            continue
        f["kind"], f["unit"], f["per"] = "percent", "%", None
        shared.add(i)
