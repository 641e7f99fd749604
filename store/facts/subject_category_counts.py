"""A count or share opening its clause and told to be a category is the category's.

`57家公司预告将出现亏损,其中42家为续亏企业,15家则为首次亏损`, `每年可向粤港澳大湾区输送超430亿千瓦时电能，100%为
清洁能源`, `其中一半以上是在居民楼或帐篷中丧生`: the figure counts the members of the group told before that fall in
the category named after 为/是 (续亏企业, 首次亏损, 清洁能源); the group (公司, 电能) was carried to it instead.

- a count (not of people: subjects.py reads `其中338人为地震孤儿` already) or percent standing at its clause's
  start (after 其中, 另有, 而, or the group `X中` at most), followed by 为/是/屬 (则为, 都是 …) and a phrase of 2 to 18
  characters with no figure that closes the clause or opens an aside, has that phrase as its subject
  (`失業人口中,92.9%是曾經工作且正在尋找新工作的人士`, `21.6%是文員 (包括…)`, `54%屬即日來回旅客`).
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_KINDS = ("count", "percent")
_PEOPLE = ("人", "人次", "名")
# the group may be named in the clause before the figure (失業人口中,92.9%是…; 海南入境外国人中89%为免签游客)
_OPENER_RE = re.compile(r"\s*(?:其中|另有|另外|而|还有|還有|[^，,；;。！？!?\n\d]{1,16}中\s*(?:有)?)?\s*$")
_CATEGORY_RE = re.compile(r"\s*(?:则|則|都|均|也|又|全|皆)?(?:为|為|是|屬|属)(?P<c>[^，,；;。！？!?\n：:、（）()\d０-９%％]{2,18})"
                          r"(?=$|[，,；;。！？!?\n]|\s*[（(])")   # (an aside may follow: 文員 (包括賭場荷官…))
# what a category never opens with: a comparison, a level, a time, an aside (为近年来最高, 是去年的两倍, 为宜), a
# means or source; nor ends with 的 (a clause with no head)
_NOT_CATEGORY_RE = re.compile(r"^(?:近|历|歷|同期|去年|上年|今年|全年|最|第|比|较|較|多|少|宜|主|此|这|這|该|該|其|了|否|"
                              r"通过|通過|由|靠|来自|來自|用于|用於|将|將|经由|經由|经过|經過|把|被)|的$")   # 是通过策划项目赚来的: how, not what


def needs_category_counts(text: str) -> bool:
    return "为" in text or "為" in text or "是" in text


def settle_category_counts(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for f in facts:
        if f["kind"] not in _KINDS or f["kind"] == "count" and f.get("unit") in _PEOPLE:
            continue
        # (the category after the figure first: most figures are followed by no 为/是, and the opener's test
        # scans the clause back)
        m = _CATEGORY_RE.match(text, f["end"])
        if m is None or _NOT_CATEGORY_RE.match(m.group("c")):
            continue
        if not _OPENER_RE.fullmatch(text, marks.clause_start(f["start"]), f["start"]):
            continue
        f["subject"] = m.group("c").strip()      # 其中42家为续亏企业: 续亏企业
