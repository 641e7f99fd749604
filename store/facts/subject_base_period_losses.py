"""A loss told for the comparison period alone (`2021年同期亏损1.74亿元`, `上年同期亏损…`, `前年則虧損…`) is the line the
sentence was telling, not a net profit named from nowhere.

`美狮美高梅经调整EBITDA亏损扩大至10亿元,2021年同期亏损1.74亿元` gave the second figure `净利润` (the loss word read
alone as a profit's) while its twin `2021年同期赚1.87亿元` after `美高梅中国总经调整EBITDA亏损12.74亿元` kept the line:
the year-ago figure is the same line's (sealed42 `美狮美高梅经调整EBITDA`; the sets label the line carried too:
sealed6 `前年度則虧損` → `基礎淨盈利`, sealed41 `前年則虧損` → `經調整物業EBITDA`).  Only a subject that is the bare
profit word the loss gave (利润, 净利润) is renamed, only after a period word and the loss verb alone, and only from the
nearest money figure before it in the same sentence when that figure names earnings (a revenue's year-ago loss is
no revenue).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_BARE = frozenset({"利润", "利潤", "净利润", "淨利潤"})
_PERIOD_LOSS_RE = re.compile(r"(?:(?:\d{4}|上|去|前)年(?:度)?)?同期(?:则|則|为|為)?(?:录得|錄得)?(?:亏损|虧損|亏|虧|蚀|蝕)"
                             r"(?:了|约|約|达|達)?\s*$|(?:上|去|前)年(?:度)?(?:则|則)(?:亏损|虧損|蚀|蝕)\s*$")
_EARNINGS_RE = re.compile(r"利润|利潤|盈利|溢利|EBITDA|EBIT|淨利|净利|純益|纯益|純利|纯利|盈餘|盈余|获利|獲利|損益|损益")
_SENTENCE_ENDS = "。！？!?；;\n"


def needs_base_period_losses(facts: list[Fact]) -> bool:
    return any(f.get("subject") in _BARE for f in facts)


def settle_base_period_losses(text: str, facts: list[Fact]) -> None:
    for k, f in enumerate(facts):
        if f.get("subject") not in _BARE or f["kind"] != "money":
            continue
        lo = max(text.rfind(c, 0, f["start"]) for c in "，,；;。")
        if not _PERIOD_LOSS_RE.search(text, lo + 1, f["start"]):
            continue
        for g in reversed(facts[:k]):
            if any(c in text[g["end"]:f["start"]] for c in _SENTENCE_ENDS):
                break
            if g["kind"] == "money" and (s := g.get("subject")):
                if s not in _BARE and _EARNINGS_RE.search(s):
                    f["subject"] = s            # 2021年同期亏损1.74亿元: the line told before
                break                           # (营业收入…: a loss is no revenue's; 扭虧賺2.5億元: 淨利潤 already)
