"""Taiwan results: a loss names its profit by Taiwan's words.

The context names a per-share loss 每股收益 and a loss before tax 稅前利潤, the mainland's lines, and
subject_loss_register renames them for Hong Kong (每股盈利, 除所得税前溢利).  Taiwan's reports name the
same lines 每股盈餘 and 稅前盈餘 (the sets label `每股盈餘17.44元`, `稅前盈餘四十一億元`, `全年稅前盈餘`), so in a
text in traditional script with no mark of Hong Kong (港元, 港仙, 仙, 溢利, 蝕, 本集團, -HK):

- a per-share loss (`前三季每股虧損達0.27元`, `每股稅前虧損約0.3元`) is 每股盈餘, 每股稅前盈餘;
- a loss before tax (`累計全年稅前虧損達46.85億元`) is 稅前盈餘 (全年稅前盈餘);
- a profit stated by its name right before the figure (`較去年同期的每股盈餘0.12元`) is that profit, not the loss
  a comparison carried to it (每股虧損).

Taiwan's net loss (`稅後淨損`, `每股淨損` → 稅後淨利, 每股淨利) is subject_losses'.  Gated on a loss word and money.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_loss_register import HK_MARKS_RE
from .subject_rules import TRADITIONAL_RE
from .text_marks import TextMarks

Fact = dict[str, Any]

_LOSS_BEFORE_RE = re.compile(r"(?:虧損|虧)(?:達|為|約|近|逾|超過)?\s*$")
_PER_SHARE_RE = re.compile(r"每股(?:稅前|稅後)?收益$")
_PRETAX_RE = re.compile(r"稅前(?:淨)?利潤$")
_PRETAX_LOSS_BEFORE_RE = re.compile(r"稅前虧損(?:達|為|約|近|逾|超過)?\s*$")
# a profit named right before its figure (的每股盈餘0.12元, 稅前盈餘為3.79億元)
_PROFIT_BEFORE_RE = re.compile(r"((?:每股)?(?:稅前|稅後)?(?:盈餘|淨利))(?:為|達|約)?\s*$")
_LOSS_END_RE = re.compile(r"(?:虧損|淨損)$")


def needs_taiwan_losses(text: str) -> bool:
    return ("虧" in text or "淨損" in text) and TRADITIONAL_RE.search(text) is not None \
        and HK_MARKS_RE.search(text) is None


def settle_taiwan_losses(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for f in facts:
        subj = f.get("subject")
        value = f.get("value")
        if f["kind"] != "money" or not subj or isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        left = text[max(marks.clause_start(f["start"]), f["start"] - 16):f["start"]]
        if value < 0 and _PER_SHARE_RE.search(subj) and _LOSS_BEFORE_RE.search(left):
            f["subject"] = subj[:-2] + "盈餘"                    # 每股虧損0.16元: 每股盈餘
        elif value < 0 and (m := _PRETAX_RE.search(subj)) and _PRETAX_LOSS_BEFORE_RE.search(left):
            f["subject"] = subj[:m.start()] + "稅前盈餘"          # 全年稅前虧損達46.85億元: 全年稅前盈餘
        elif value > 0 and _LOSS_END_RE.search(subj) and (m := _PROFIT_BEFORE_RE.search(left)):
            f["subject"] = m.group(1)                            # 較去年同期的每股盈餘0.12元: 每股盈餘
