"""Index values listed for the parts of a whole named just before: `資訊通信產品動向指數為46.5，電子產品及光學
器材各為51及50.2`, `制造业PMI为49.5，其中大型、中型企业分别为50.1和48.9`.  The parts' clause names no index, so
a bare number there was no figure; after an index value of the same sentence, a list of bare numbers stated
for the parts (各为/分别为 … 及/和/、 …) is that index for each part.

Only a list closed at its clause's end counts (a number before a noun or a unit is read elsewhere), and only
after an index value: a bare list anywhere else (`分别为3和5`) stays no figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder

_NUM = r"-?\d{1,6}(?:\.\d{1,4})?"
_LIST_RE = re.compile(
    rf"(?:各[为為是]|分[别別][为為是])\s*({_NUM}(?:\s*(?:、|及|和|与|與|以及|,|，)\s*{_NUM})+)\s*(?=[，。；,;！？!?]|$)")
_ITEM_RE = re.compile(_NUM)
_SENTENCE_MARKS = "。！？!?\n"


def respective_indices(b: Builder) -> None:
    n = b.norm
    if not ("各" in n or "分" in n) or not any(f["kind"] == "index" for f in b.facts):
        return
    for m in _LIST_RE.finditer(n):
        lo = max(n.rfind(c, 0, m.start()) for c in _SENTENCE_MARKS) + 1
        if not any(f["kind"] == "index" and lo <= f["start"] < m.start() for f in b.facts):
            continue
        items = list(_ITEM_RE.finditer(n, m.start(1), m.end(1)))
        if not all(b.free(i.start(), i.end()) for i in items):
            continue
        for i in items:
            b.add("index", i.start(), i.end(), Decimal(i.group()))
