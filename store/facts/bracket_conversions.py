"""A price converted in brackets keeps the price's denominator: `金價飆升至每盎司 5,588 美元（約 43,600 元）` is
43,600 元 an ounce, `每桶80美元（约合人民币580元）` 580 元 a barrel (元/盎司, 元/桶), not a sum of money.

Read only for a sum of money in brackets that opens with a word of conversion (约, 约合, 折合, 合, 相当于) right
after a sum of money with a denominator; the bracket's own unit is kept (it names the other currency).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_OPEN_RE = re.compile(r"\s*[（(]\s*(?:约合|約合|折合|相当于|相當於|合|约|約)\s*(?:人民[币幣]|港[币幣元]|新台[币幣]|美元|澳[门門][币幣元])?\s*$")


def bracket_conversions(norm: str, facts: list[Fact]) -> None:
    if "(" not in norm and "（" not in norm:
        return
    for before, f in zip(facts, facts[1:]):
        if f["kind"] != "money" or f.get("per") or before["kind"] != "money" or not before.get("per"):
            continue
        if f["start"] - before["end"] > 12 or not _OPEN_RE.match(norm[before["end"]:f["start"]]):
            continue
        if f.get("unit") and "/" not in f["unit"]:
            f["unit"], f["per"] = f"{f['unit']}/{before['per']}", before["per"]
