"""A rank told right after a rank, with only its field or its move, is the same thing's rank.

`增幅列全省第10位,苏南第2位` ranks the growth in a second field (苏南), `增速居第8位、前移3位` tells how many places it
moved: both are the growth's (规模以上工业增加值增幅, 农村常住居民人均可支配收入增速), not the field's (苏南) nor the
verb's (前移).  A rank whose gap after the rank before (a comma: ranks listed with 、, `投资潜力第3、新型城镇化质量第4`,
are each their label's) holds only a field of at most four characters
(no verb of ranking: a new clause 城镇…增速居第3位 names its own; its subject the field, none, or the rank
before's cut short: `增长速度列全国第四位,西部第二位`; a named board, `列奖牌榜第一位，金牌榜第二位`, is no such
field), or only a verb of moving places after a comma or 、 (前移, 后移, 上升,
提升, 前进, 后退, 下降) before a count of places (位, 名, 级, 位次), takes that rank's subject.  Gated on a rank.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_FIELD_GAP_RE = re.compile(r"\s*[，,]\s*([\u4e00-\u9fff]{1,4})\s*")
_MOVE_GAP_RE = re.compile(r"\s*[，,、]\s*(?:再|又|共|累计|累計)?(?:前移|后移|後移|上升|提升|提高|前进|前進|后退|後退|下降|下滑)(?:了)?\s*")
_RANK_VERBS_RE = re.compile(r"[居列排位名占佔为為是]")
_PLACE_UNITS = ("位", "名", "级", "級", "位次")
# a named ranking is its own field (列奖牌榜第一位，金牌榜第二位: the team's places on two boards)
_BOARDS = ("榜", "排行", "排名", "名单", "名單", "指数", "指數")


def needs_rank_runs(facts: list[Fact]) -> bool:
    return any(f["kind"] == "rank" for f in facts)


def settle_rank_runs(text: str, facts: list[Fact]) -> None:
    prev: Fact | None = None
    for f in facts:
        if f["kind"] in ("date", "year"):
            continue
        if prev is not None and prev["kind"] == "rank" and (whose := prev.get("subject")):
            k = text.find("第", f["start"], f["end"])
            if f["kind"] == "rank" and k >= 0 and (m := _FIELD_GAP_RE.fullmatch(text, prev["end"], k)) \
                    and _field_only(m.group(1), whose, f.get("subject") or ""):
                f["subject"] = whose                  # …列全省第10位,苏南第2位: the growth's rank in 苏南
            elif f.get("unit") in _PLACE_UNITS and _MOVE_GAP_RE.fullmatch(text, prev["end"], f["start"]):
                f["subject"] = whose                  # …居第8位、前移3位: the growth moved three places
        prev = f


def _field_only(field: str, whose: str, subj: str) -> bool:
    """`field` (after the comma) is a place ranked in, and the rank's own subject no more than it."""
    if _RANK_VERBS_RE.search(field) or field.endswith(_BOARDS) or whose.endswith(_BOARDS):
        return False
    return subj in ("", field) or whose.startswith(subj)
