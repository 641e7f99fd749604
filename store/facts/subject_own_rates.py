"""A change told by its indicator's rate word measures the indicator: `运输服务进口增速24.9%`,
`消費者物價指數（CPI）年增率1.48%`, `房租漲幅2.14%`, `主板归母净利润同比增速回落2.55个百分点` gave subjects
ending in the rate word (进口增速, CPI年增率, 房租漲幅). The conventions name the thing that changed, never its
增速/升幅/涨幅 (tests/gold/README.md, "Conventions": the gold writes 465 such changes without the rate word, 4 with
it), so the rate word and the base or window words before it (同比, 年均, 当月 …) are left out.

Only for a figure read as a change (a rate stated as a level keeps its name: `工业增速8%` as a target, and so does
a rate that is an indicator of its own: 经济成长率, 人口自然增长率 are not in the list), and only when a noun phrase
of two characters or more is left: a scope alone (整体增速, 局地降幅) or a list's open end (增速分别增速) is left
as it is for the rules that read the topic.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import SUBJECT_CHARS
from .words import lone_clause_word, names_nothing

Fact = dict[str, Any]

# read on the subject simplified (SUBJECT_CHARS: 漲幅 → 涨幅, 減幅 → 减幅)
_RATE_END_RE = re.compile(r"的?(?:同比|环比|按年|按月|年均|平均|累计|当月|名义|实际|最高|最大)?"
                          r"(?:增速|增幅|涨幅|升幅|跌幅|降幅|减幅|年增率|月增率|年增幅|年升幅|年减率)$")
_GATE = ("速", "幅", "率")
# what is left names no indicator: a scope, a list's or a comparison's open end
_NOT_OWNER_RE = re.compile(r"(?:整体|总体|全体|局地|部分地区|部分|多地|各地|两者|二者|相应|其|分别|均|都|各|等|和|及|与|、|较|比)$")


def needs_own_rates(facts: list[Fact]) -> bool:
    for f in facts:
        if (s := f.get("subject")) and s.endswith(_GATE) and f.get("change"):
            return True
    return False


def settle_own_rates(facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or not subj.endswith(_GATE) or not f.get("change") or f["kind"] in ("date", "year"):
            continue
        plain = subj.translate(SUBJECT_CHARS)
        m = _RATE_END_RE.search(plain)
        if m is None:
            continue
        owner, rest = subj[:m.start()], plain[:m.start()]
        if (len(rest) < 2 or _NOT_OWNER_RE.search(rest) or lone_clause_word(rest) or names_nothing(rest)
                or rest.count("（") != rest.count("）") or rest.count("(") != rest.count(")")):
            continue
        f["subject"] = owner
