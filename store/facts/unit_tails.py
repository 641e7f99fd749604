"""Compound units whose last part the unit reader stops before: the figure's unit is the whole.

- **times counted in a classifier** (`10.3亿亩次`, `2.6万家次`, `577列次`, `1万多台次`, `2万册次`,
  `90座次`, `10万份次`, `百万只次`): a 次 right after the classifier makes one unit, so the figure
  counts visits, runs or treatments, not the things (10.3亿亩次 is no area of 10.3亿 mu); not before a
  word 次 opens (`2.3万条次日达路线`: next-day routes; 次年, 次要, 次数);
- **sets** (`220万台套`, `2000台套机械设备`): machines counted with their sets (a bracketed `台（套）` is a
  note on the unit 台, as the gold labels it, and stays outside);
- **horsepower** (`180匹马力`): 匹 before 马力 is the horsepower, a quantity, not a count of horses.

The surface grows to take the tail, so a copied figure says what it counts.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# classifiers a 次 can follow to make a count of times (人次, 车次, 架次 … are units already)
_TIMES_AFTER = frozenset("家台列册座箱条份只亩项所套株棵篇部处张本头")
# characters that start a word with 次 (次日, 次年, 次要 …): the 次 is not the unit's
_NOT_TIMES_BEFORE = frozenset("日年月周要之数數序级級贷貸第生新席高主优優等")
_LIST_GAP_RE = re.compile(r"\s*[、和及与或至到~～-]\s*")


def _grow(text: str, f: Fact, tail_end: int, unit: str, kind: str | None = None) -> None:
    f["end"] = tail_end
    f["surface"] = text[f["start"]:tail_end]
    per = f.get("per")
    f["unit"] = f"{unit}/{per}" if per else unit
    if kind:
        f["kind"] = kind


def unit_tails(text: str, norm: str, facts: list[Fact]) -> None:
    """Give count and quantity figures the compound unit written after them (module doc)."""
    if "次" not in norm and "台套" not in norm and "马力" not in norm:
        return
    starts = {f["start"] for f in facts}
    for f in facts:
        unit = f.get("unit")
        if f["kind"] not in ("count", "quantity") or not unit:
            continue
        base = unit.split("/", 1)[0]
        e = f["end"]
        if len(base) != 1 or not norm.endswith(base, f["start"], e):
            continue                      # a qualifier or a longer unit closes the surface
        nxt = norm[e:e + 1]
        if nxt == "次" and base in _TIMES_AFTER and norm[e + 1:e + 2] not in _NOT_TIMES_BEFORE and e not in starts:
            _grow(text, f, e + 1, base + "次")
        elif nxt == "套" and base == "台" and e not in starts:
            _grow(text, f, e + 1, "台套")     # (件套 is a unit of its own)
        elif base == "匹" and norm.startswith("马力", e) and e not in starts:
            _grow(text, f, e + 2, "马力", "quantity")
    if "马力" in norm:                     # 160匹、180匹马力: the list's items are horsepower too
        for f, g in zip(facts[-2::-1], facts[:0:-1]):
            if (f.get("unit") == "匹" and g.get("unit") == "马力" and g["surface"].endswith(("匹马力", "匹"))
                    and _LIST_GAP_RE.fullmatch(norm, f["end"], g["start"])):
                f["unit"], f["kind"] = "马力", "quantity"
