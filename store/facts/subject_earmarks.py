"""Parts of a sum earmarked item by item: `拟募集资金3.54亿元,其中2.14亿元用于“A项目”、7382.32万元用于“B项目”、
6633.10万元用于“C项目”` — each part is named by the purpose written right after it (A, B, C), not by the
purpose of the part before it (the phrase left of `7382.32万元` is `用于“A项目”、`) nor by the sum.

- an item is a money figure opening its part of the list (after 、，；: or 其中/另有) and followed by
  用于/用於 + a purpose of 2–24 characters up to the next mark (quotes left out);
- a purpose that opens with a verb (`用于支持受灾地区`), unless quoted as a project's name, is an aim, not a name: such a part is not named
  by it, and a part that had taken the purpose of the part before it gets no subject;
- the giver's verb is not needed here (subject_uses names `下达N亿元用于X` when it is).
Gated on 用于/用於 in the text.
"""

from __future__ import annotations

import re
from typing import Any

from .words import opens_with_verb

Fact = dict[str, Any]

_USE_RE = re.compile(r"\s*(?:专项|專項)?(?:用于|用於)([“\"「]?)([^，,。；;：:、\s\d“”「」\"]{2,24}?)[”」\"]?(?=[，,。；;、]|$)")
_ITEM_OPEN_RE = re.compile(r"(?:^|[、，,；;：:])\s*(?:其中|另有|另外|另)?\s*$")


def needs_earmarks(text: str) -> bool:
    return "用于" in text or "用於" in text


def settle_earmarks(text: str, facts: list[Fact]) -> None:
    uses = [(f, m) for f in facts if f["kind"] == "money" and (m := _USE_RE.match(text, f["end"]))]
    if len(uses) < 2:
        return                                   # one purpose: subject_uses' class
    targets = {m.group(2) for _, m in uses}
    for f, m in uses:
        a = max(0, f["start"] - 12)
        if not _ITEM_OPEN_RE.search(text[a:f["start"]]):
            continue
        purpose = m.group(2)
        if m.group(1) or not opens_with_verb(purpose):      # a quoted purpose is a project's name
            f["subject"] = purpose
        elif (f.get("subject") or "").strip("“”\"「」") in targets:
            f["subject"] = None
