"""What is left of a window once its dates are taken out names nothing: the subject keeps its indicator.

- `全年度` is a window, as `全年` opening a period is: `全年度稅後淨損100.54億元` (after `：`) gave `度稅後淨利` (the
  cut took 全年 and left 度), `南亞全年度稅後純益45.1億元` kept it inside; sealed37 labels `去年全年度累計總保費收入`
  `累計總保費收入` and sealed42 `南亞稅後純益`.  A subject's 全年度 is dropped, and a 度 (年度) left at its head by a
  cut right after 全年 (全) too; `年度利润`, `年度投资` written alone (the sets keep them) are untouched.
- `截至9月的第三季收入錄10.82億` gave `截至的收入`: the window's dates were cut and its frame (截至…的) left; the
  subject is what follows it (收入).  Only a subject not written as such in the sentence (a cut one) is read so.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_FULL_YEAR = ("全年度",)
_CUTOFF_RE = re.compile(r"^(?:截至|截止)(?:止)?(?:的|之)(?P<rest>[\u4e00-\u9fffA-Za-z].+)$")
_SKIP_KINDS = ("date", "year", "duration")


def needs_window_remnants(facts: list[Fact]) -> bool:
    return any((s := f.get("subject")) and ("年度" in s or s.startswith(("度", "截至", "截止"))) for f in facts)


def settle_window_remnants(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or f["kind"] in _SKIP_KINDS:
            continue
        new = subj
        if "全年度" in new and len(new) >= len("全年度") + 2:
            new = new.replace("全年度", "")         # 南亞全年度稅後純益 → 南亞稅後純益
        elif new.startswith(("度", "年度")) and len(new) >= 4:
            head = new[:4] if new.startswith("年度") else new[:3]
            lead = "全" if new.startswith("年度") else "全年"
            if lead + head in text[:f["start"]]:
                new = new[len(head) - 2:]           # (全年)度稅後淨利 → 稅後淨利, (全)年度营业收入 → 营业收入
        if (m := _CUTOFF_RE.match(new)) and new not in text:
            new = m.group("rest")                   # 截至(9月)的(第三季)收入 → 收入
        if new != subj and len(new) >= 2:
            f["subject"] = new
