"""Shares of a survey's respondents who expect something (tests/gold/README.md conventions: the figure's own period):
`有56.7%商戶預計2018年第二季度貨物銷量與去年同期持平`, `認為價格會上升的佔17.2%` — the quarter is the one the
respondents expect, not the share's; the share is of a survey the sentence does not date, so it has no period.
Run after assign_periods (period_settles).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# (the text is normalised in part: 認為 may read 認为)
_EXPECT = r"(?:[預预](?:計|计|測|测|期)|[認认][為为]|估[計计])"
_RESPONDENTS = (r"(?:商戶|商户|企業|企业|受訪者|受访者|受訪企業|受访企业|廠商|厂商|消費者|消费者|居民|家庭|投資者|投资者|"
                r"業者|业者|經濟學家|经济学家|受訪|受访|人)")
# the share, then who expects: 56.7%商戶預計…, 52%的受访者认为 (not 此前0.3%的预测值, 5%左右的预期目标: a forecast's
# own figure, of the year it forecasts)
_SHARE_EXPECTS_RE = re.compile(r"\s?的?" + _RESPONDENTS + r"\s?" + _EXPECT + r"(?![值数數目])")
# who expects, then the share: 認為價格會上升的佔17.2%, 預計下跌的佔11.3%
_EXPECTED_SHARE_RE = re.compile(_EXPECT + r"[^，,。；;]{0,16}?的\s?(?:佔|占)(?:比)?\s?(?:約|约)?$")


def drop_survey_periods(norm: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] != "percent" or not f.get("period"):
            continue
        if _SHARE_EXPECTS_RE.match(norm, f["end"]) or _EXPECTED_SHARE_RE.search(norm, max(0, f["start"] - 24), f["start"]):
            f["period"], f["period_text"] = None, None
