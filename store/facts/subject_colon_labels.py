"""Results notes written `label:figure;` are the label's, with no outline marker.

Company announcements list their items as labels and colons (`(一)2024年半年度利润总额:-5,977.10万元;
2024年半年度归属于母公司所有者的净利润:-5,939.72万元;…`): the first item kept its outline marker
(`一)利润总额`), the later ones carried it, though each names its own item.

- a money or percent figure right after a colon whose clause (from the last ;/。/，) is only an
  outline marker, a period and a label naming a results item (…利润, …总额, …收入, …收益)
  takes that label as its subject (`归属于母公司所有者的净利润`), when the
  subject it had is not in that clause (carried) or is the label with the marker's remnant.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_CLAUSE_MARKS = ";；。\n,，"
# where an outline marker or a heading ends: the label starts after the last of these
_MARKER_ENDS = ")）、 \u3000"
# bullets and circled numbers before a label (②综合意外保障险费用), private-use marks of web pages
_BULLETS_RE = re.compile("^[\u2460-\u249b\ue000-\uf8ff•·●○■□◆◇*—-]+")
# what an outline marker leaves before a label in a subject (一)利润总额)
_REMNANT_RE = re.compile(r"^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]$")
_LABEL_RE = re.compile(r"^[^\d\s:：;；,，。()（）%]{2,30}$")
# a results item ends in one of these (利润总额, 归属于母公司所有者的净利润, 營業收入, 每股收益)
_ITEMS = ("利润", "利潤", "总额", "總額", "收入", "营收", "營收", "净额", "淨額", "资产", "資產", "负债", "負債", "收益",
          "毛利", "流量", "成本", "费用", "費用", "毛利率", "利润率", "利潤率", "盈利", "溢利", "亏损", "虧損")


def needs_colon_labels(text: str) -> bool:
    return ":" in text or "：" in text


def settle_colon_labels(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] not in ("money", "percent"):
            continue
        colon = f["start"] - 1
        while colon >= 0 and text[colon] == " ":
            colon -= 1
        if colon < 0 or text[colon] not in ":：":
            continue
        begin = max(text.rfind(c, 0, colon) for c in _CLAUSE_MARKS) + 1
        start = max(begin, max(text.rfind(c, begin, colon) for c in _MARKER_ENDS) + 1)
        for g in facts:
            if g["kind"] in ("date", "year") and start <= g["start"] < colon and not text[start:g["start"]].strip():
                start = g["end"] + (text[g["end"]:g["end"] + 1] == "度")   # the item's period (2024年度)
        label = _BULLETS_RE.sub("", text[start:colon].strip())
        if not _LABEL_RE.match(label) or not label.endswith(_ITEMS):
            continue
        s = f.get("subject")
        if s == label:
            continue
        if not s or s not in text[begin:f["start"]] or (s.endswith(label) and _REMNANT_RE.match(s[:-len(label)])):
            f["subject"] = label
