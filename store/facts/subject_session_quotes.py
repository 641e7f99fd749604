"""The Taiwan dollar's close and move told after a session word: `新台幣 兌美元同步承壓，…，終場貶勢收斂，收在 31.918 元，
貶值 7.3 分`, `台幣 3 月以來貶勢不停歇，累計已貶值 6.67 角` (subj54).

Taipei FX reports name the pair once and then tell the session (終場, 盤中, 早盤) and the close or the move in its own
clause; the subject rules read the session word as what was measured (`終場`) or found nothing, and an analyst copying
31.918 saw no currency.  The conventions make a currency that gains or loses value the subject of its change, with what
it is quoted against when the text says so (`人民币兑美元`), and a rate's quote the pair's.  Here a quote or a move of
the Taiwan dollar (a rate, or a sum in 角/分 after 升值/貶值) whose subject is a session word (終場, 終場跌幅) or none takes the pair
named last before it in the sentence, as written without the spaces some reports set around it; a bare sum in 元
in the rate's range after a rate's verb (收在, 以…作收) is that rate (an index, as `twd_rates` reads one whose pair is
in its own clause or the one before).
"""

from __future__ import annotations

import re
from typing import Any

from .subjects import all_simplified
from .twd_rates import _MAGNITUDE_RE, _VERB_BEFORE_RE

Fact = dict[str, Any]

_SESSION = frozenset({"终场", "盘中", "早盘", "午盘", "尾盘", "收盘", "终盘", "全日", "盘后", "午后", "开盘"})
_PAIR_RE = re.compile(r"(?:新台[幣币]|新臺幣|台[幣币]|臺幣)(?:\s*(?:兌|兑)\s*美元)?")
_MOVE_RE = re.compile(r"(?:升值|貶值|贬值|升|貶|贬)\s*$")


def session_quote_subjects(text: str, facts: list[Fact]) -> None:
    """A Taiwan-dollar quote or move after a session word is the pair's (module doc)."""
    for f in facts:
        subj = f.get("subject")
        if subj and not all_simplified(subj).strip().startswith(tuple(_SESSION)):
            continue
        s0 = max(text.rfind(c, 0, f["start"]) for c in "。！？!?\n") + 1
        pairs = list(_PAIR_RE.finditer(text, s0, f["start"]))
        if pairs and _is_quote(text, f):
            f["subject"] = re.sub(r"\s+", "", pairs[-1].group())


def _is_quote(text: str, f: Fact) -> bool:
    if f["kind"] == "index" and f.get("unit") == "元":
        return True                             # 收在 31.918 元: the rate (twd_rates)
    v = f.get("value")
    if f["kind"] == "money" and f.get("unit") == "元" and not f.get("per") and f.get("value_high") is None \
            and isinstance(v, (int, float)) and 20 <= v <= 40 and not _MAGNITUDE_RE.search(f["surface"]) \
            and _VERB_BEFORE_RE.search(text, max(0, f["start"] - 6), f["start"]):
        f["kind"] = "index"                     # 終場…，收在 31.918 元: the rate, its pair two clauses back
        return True
    if f["kind"] == "money" and f.get("unit") in ("角", "分"):
        return bool(_MOVE_RE.search(text, max(0, f["start"] - 6), f["start"]))   # 貶值 7.3 分
    return False
