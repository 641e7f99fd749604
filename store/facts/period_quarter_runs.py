"""Runs of quarters from a stated quarter: `自2022年第1季跟进美国升息,连5季升息合计3码`,
`2022年第一季理監事會…後續連五季升息共3碼，重貼現率升至1.875％`, `從去年第2季起，利率已經連七季未再調整`.

A run of months or years ends at its sentence's period (store/facts/period_runs.py); a run of
quarters told from a quarter that starts it (自/從…, …起, or 後續 after it) is counted from that
quarter on, as the gold labels Taiwan's rate cycles (`连5季` from 2022Q1 → 2022Q1/2023Q1):
- the run's duration takes the window; so does a total stated in its clause (`共3碼`, `合计3码`)
  or in the next one (`，累計升息3碼`), but not a unit's definition in brackets (`(1码是0.25个百分点)`);
- a level reached in the clause right after the run (`重貼現率升至1.875％`) is the run's last
  quarter's.
A run with no stated start (`第三季度…连续5个季度下滑`) ends at its sentence's quarter (period_run_ends).
"""

from __future__ import annotations

import re
from typing import Any

from .period_span import PeriodSpan, small_int

Fact = dict[str, Any]

_QUARTER_RE = re.compile(r"(\d{4})Q([1-4])$")
_RUN_BEFORE_RE = re.compile(r"(?:连续|連續|连|連)$")
_UNIT_RE = re.compile(r"个?季度?|個?季度?")
# the quarter starts the run: 自2022年第1季…, 從去年第2季起, 去年第2季起, 2022年第一季…後續連五季
_FROM_BEFORE = ("自", "從", "从")
_START_AFTER_RE = re.compile(r"\s*(?:起|开始|開始)")
_FOLLOWING_RE = re.compile(r"(?:後續|后续|此後|此后|之後|之后)(?:連續|连续|連|连)$")
_CLAUSE_RE = re.compile(r"[，,；;。！？!?\n]")
_LEVEL_VERB_RE = re.compile(r"(?:升至|降至|升到|降到|調升至|调升至|調降至|调降至|提高至|提高到|降低至|降低到)\s*$")
_TOTAL_RE = re.compile(r"(?:累計|累计|合計|合计|共計|共计)[^，,；;。\d]{0,4}$")
_DEFINITION_RE = re.compile(r"[（(]\s*1\s?(?:码|碼|个基点|個基點)(?:是|為|为|等于|等於)")


def _shift(y: int, q: int, n: int) -> tuple[int, int]:
    k = y * 4 + q - 1 + n
    return k // 4, k % 4 + 1


def settle_quarter_runs(norm: str, facts: list[Fact], spans: list[PeriodSpan]) -> None:
    """Windows of runs of quarters from a stated quarter (see the module doc)."""
    if "季" not in norm:
        return
    for i, f in enumerate(facts):
        if f["kind"] != "duration" or not _UNIT_RE.fullmatch(f.get("unit") or "") \
                or not _RUN_BEFORE_RE.search(norm, max(0, f["start"] - 2), f["start"]):
            continue
        start = _start_quarter(norm, f, spans)
        if start is None:
            continue
        n = small_int(str(f["value"])) if not isinstance(f["value"], int) else f["value"]
        if not n or not 2 <= int(n) <= 40:
            continue
        y, q = start
        ey, eq = _shift(y, q, int(n) - 1)
        window = f"{y}Q{q}/{ey}Q{eq}"
        f["period"], f["period_text"] = window, norm[f["start"]:f["end"]]
        stated = [sp.start for sp in spans if sp.start >= f["end"]]
        _clause_after(norm, facts[i + 1:], f, window, f"{ey}Q{eq}", min(stated, default=len(norm)))


def _start_quarter(norm: str, f: Fact, spans: list[PeriodSpan]) -> tuple[int, int] | None:
    """The quarter the run starts from, written before it in its sentence, or None."""
    sent = max((m.end() for m in re.finditer(r"[。！？!?\n]", norm[:f["start"]])), default=0)
    for sp in reversed([s for s in spans if sent <= s.start and s.end <= f["start"]]):
        m = _QUARTER_RE.match(sp.period or "")
        if m is None or sp.base and norm[sp.start - 1:sp.start] not in _FROM_BEFORE:
            continue                            # (自2022年第一季起连续…: a run's start, marked as no period)
        started = norm[sp.start - 1:sp.start] in _FROM_BEFORE or _START_AFTER_RE.match(norm, sp.end) \
            or _FOLLOWING_RE.search(norm, max(0, f["start"] - 4), f["start"])
        return (int(m.group(1)), int(m.group(2))) if started else None
    return None


def _clause_after(norm: str, after: list[Fact], run: Fact, window: str, last: str, stated: int) -> None:
    """共3碼 in the run's clause: the window; 重貼現率升至1.875％ in the next one: the last quarter
    (none past a period stated after the run, `stated`: 今天分别升至2%)."""
    m = _CLAUSE_RE.search(norm, run["end"])
    end = m.start() if m else len(norm)
    m2 = _CLAUSE_RE.search(norm, end + 1) if m and m.group(0) in "，,；;" else None
    end2 = m2.start() if m2 else (len(norm) if m and m.group(0) in "，,；;" else end)
    for g in after:
        if g["kind"] in ("date", "year", "duration") or g["start"] >= stated:
            break
        if _DEFINITION_RE.search(norm, max(run["end"], g["start"] - 4), g["end"]) or \
                norm.rfind("(", run["end"], g["start"]) > norm.rfind(")", run["end"], g["start"]) or \
                norm.rfind("（", run["end"], g["start"]) > norm.rfind("）", run["end"], g["start"]):
            g["period"] = g["period_text"] = None      # (1码是0.25个百分点): a unit's definition
            continue
        if g["start"] < end:
            g["period"], g["period_text"] = window, run["period_text"]
        elif g["start"] < end2 and _LEVEL_VERB_RE.search(norm, max(0, g["start"] - 4), g["start"]):
            g["period"], g["period_text"] = last, run["period_text"]
        elif g["start"] < end2 and _TOTAL_RE.search(norm, max(end, g["start"] - 8), g["start"]):
            g["period"], g["period_text"] = window, run["period_text"]     # …，累計升息3碼: the run's total
        elif g["start"] >= end2:
            break
