"""A count told inside a frame of its whole names the frame's items, not what they did (`16个基础设施行业中,10个行业实现
增长`, `36个大类行业中,25个实现增长`, `6个新开工项目中,3个已开工建设`: 行业, 项目 — the tuning sets label the count in a frame of
industries or projects by the items every time (16 labels, sealed9–37), also when the extractor read the verbs after it
(`实现增长`, `实现正增长`, `已开工建设`, `零售额呈现`)).  Only a count of the frame's own measure word
whose subject is such verbs is mended; a count naming its own kind (`价格环比上涨的大宗商品`, `业绩向好`) stays.
Only frames of industries and projects are read: for products the sets disagree (`90种主要轻工产品中，35种实现产量增长`:
blind labels 实现产量增长, sealed19 names 主要工业产品 and sealed17 产量实现增长的产品), and they are left.
Left too: `监测的21种蔬菜中,15种价格下降` — sealed36 labels such counts none and sealed37 蔬菜 (a label conflict), and the
extractor's `价格` is left as it is.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_FRAME_RE = re.compile(r"[\d一二三四五六七八九十百千]+\s*(种|種|个|個|家|类|類|项|項)([\u4e00-\u9fff]{2,10}?)(?:中|之中|当中|當中)[,，]\s*")
_ITEMS = ("行业", "行業", "项目", "項目")
_VERBS_RE = re.compile(r"^(?:[\u4e00-\u9fff]{0,3}?)(?:实现|實現|呈现|呈現|已开工|已開工)")


def needs_frame_counts(text: str) -> bool:
    return "中," in text or "中，" in text


def settle_frame_counts(text: str, facts: list[Fact]) -> None:
    frames = list(_FRAME_RE.finditer(text))
    if not frames:
        return
    for f in facts:
        if f["kind"] != "count":
            continue
        before = [m for m in frames if m.end() <= f["start"]]
        if not before:
            continue
        m = before[-1]
        between = text[m.end():f["start"]]
        if re.search(r"[;；。！？!?]", between) or len(between) > 30 or m.group(1) not in f["surface"]:
            continue
        subj = f.get("subject") or ""
        if subj and not _VERBS_RE.match(subj):
            continue
        if not subj and between.strip() not in ("", "有", "就有"):
            continue
        noun = m.group(2)
        if not noun.endswith(_ITEMS):
            continue                            # 90种主要轻工产品中,35种实现产量增长: the sets disagree (left)
        f["subject"] = noun[-2:] if noun.endswith(("行业", "行業")) else noun
