"""The year's dividend is named with its 全年, as the interim and final ones are with 中期 and 末期.

`全年股息為5.4元`, `全年股息為每股8.87元` (after `第二次中期股息每股4.18元，連同第一次中期股息…`), `全年派息3.15元`,
`全年分派32.03仙`: the sum paid over the year is another line than each interim's or the final's, and 全年 is what
names it — every tuning label keeps it (13 of 13: sealed5, sealed38, sealed40, sealed41 `全年股息`, `全年派息`, `全年分派`;
sealed42 `全年股息` four times), while the subject rules drop 全年 before an indicator, as the communiqués' labels do
(`全年国内生产总值` → 国内生产总值).  Only a dividend word right after 全年 is read so; a verb before (`維持全年派息`)
stays outside, and so does the interim dividend joined before it (`連同中期息全年派息35仙`).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_DIVIDEND_RE = re.compile(r"^(?:股息|派息|分派|股利|現金股利|现金股利|派發股息|派发股息|派發|派发|共派|合共派息)")
_VERB_RE = re.compile(r"^(?:維持|维持|合共|合計|合计)(?=全年)")


def needs_year_dividends(text: str) -> bool:
    return "全年" in text


def settle_year_dividends(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or f["kind"] in ("date", "year", "duration"):
            continue
        if subj.startswith("全年") and _DIVIDEND_RE.match(subj[2:]):
            continue
        k = subj.rfind("全年")
        if k > 0 and _DIVIDEND_RE.fullmatch(subj[k + 2:]) and subj[k:] in text:
            f["subject"] = subj[k:]              # (連同)中期息全年派息35仙 → 全年派息: the year's, not joined to the interim
            continue
        if (m := _VERB_RE.match(subj)) and _DIVIDEND_RE.match(subj[m.end() + 2:]):
            f["subject"] = subj[m.end():]        # 維持全年派息 → 全年派息
            continue
        if not _DIVIDEND_RE.match(subj):
            continue
        at = text.rfind(subj, 0, f["start"])
        if at >= 2 and text[at - 2:at] == "全年":
            f["subject"] = "全年" + subj         # 全年股息為5.4元: 全年股息, not 股息
