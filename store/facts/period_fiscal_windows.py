"""Windows told within fiscal years (Hong Kong's April–March year; tests/gold/README.md, sealed10's calls), which
the calendar readers took for calendar ones:
- the first months of this fiscal year: `截至7月底，政府本財政年度首4個月錄1,159億元赤字` is April to July
  (2025-04/2025-07), not January to April; the month end stated before fixes the window's end, else (a text of
  Hong Kong's finances) the year starts in April;
- the end of this fiscal year: `預計至本財年年底財政儲備將為5,803億元`, `估計至年度底財政儲備只剩餘約4,844億元` (a
  text of Hong Kong's finances) is 31 March of the year after it starts (2026-03-31), not 31 December;
- a run of fiscal years: `由2019/20年度至2024/25年度6年間，有5個財年…`, `未來五年（2026/27年度至2030/31年度）維持赤字
  在901億至1473億元之間` is the whole window (2019-04/2025-03), for the count of years beside it and the figures
  after it, not the last year alone;
- the year after a fiscal year: `2025/26年度…修訂預算開支1507億，來年再攀升至1564億` is the next fiscal year (a year
  named that is already past the one under way on the article's day is the coming year itself: 來年 restates it).
Run after assign_periods (period_settles); each class is gated on the words it reads.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from .period_span import RefDate, small_int

Fact = dict[str, Any]

_END_RE = re.compile(r"[。！？!?\n]")
_FY = r"(?:財政|财政)?(?:年度|財年|财年)"
_FIRST_MONTHS_RE = re.compile(r"(?:本|今)(?:个|個)?" + _FY + r"(?:的)?(?:首|前|头|頭)(\d{1,2}|[一二三四五六七八九十两]{1,3})\s?(?:个|個)月")
# 本財年年底, 本财政年度末, 至年度底, 年度終結時
_YEAR_END_RE = re.compile(r"(?:本|今)(?:个|個)?" + _FY + r"(?:年)?(?:底|末|终结|終結)|"
                          r"(?<![\d〇零一二三四五六七八九十今本去上明前该該])年度(?:底|终结|終結)")
# a text of Hong Kong's public finances: the April–March year is meant even where it is not written
# (the text is normalised in part only: 庫務 may read 庫务)
_HK_FINANCE_RE = re.compile(r"港|[庫库][務务]|[財财]政[儲储][備备]|[財财]政[預预]算案|[庫库]房|立法[會会]")
_RANGE_JOIN_RE = re.compile(r"\s?(?:至|到|-|—|–|~|～)\s?")
_NEXT_YEAR_RE = re.compile(r"來年|来年")
# the count of years of the run, beside it: 6年間, 未來五年（…）, 5個財年
_YEARS_AFTER_RE = re.compile(r"\s?(?:的|這|这)?\s?(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s?(?:個|个)?(?:年|財年|财年)")


# 首10個月（即截至2026年1月31日）: the month end in the bracket right after the count
_BRACKET_UNTIL_RE = re.compile(r"\s?[（(]\s?(?:即|亦即)?\s?(?:截至|截止|至)\s?")
# 截至7月底 / 至2026年1月31日: a date the window runs to, not the day the figures were told (今日（27日）公布)
_UNTIL_RE = re.compile(r"(?:截至|截止|至|到)\s?$")


def _month_end(norm: str, f: Fact) -> bool:
    return (not f.get("value_high") and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", str(f.get("value") or "")) is not None
            and _UNTIL_RE.search(norm, max(0, f["start"] - 3), f["start"]) is not None)


def _fiscal(f: Fact) -> tuple[int, int] | None:
    """(first year, second year) of a fiscal-year date fact (2019-04 … 2020-03), else None."""
    v, hi = str(f.get("value") or ""), str(f.get("value_high") or "")
    if f["kind"] != "date" or not (len(v) == 7 and v.endswith("-04") and len(hi) == 7 and hi.endswith("-03")):
        return None
    return int(v[:4]), int(hi[:4])


def _sentence(norm: str, i: int) -> tuple[int, int]:
    a = max(norm.rfind(c, 0, i) for c in "。！？!?\n") + 1
    m = _END_RE.search(norm, i)
    return a, (m.start() if m else len(norm))


def settle_fiscal_windows(norm: str, facts: list[Fact], ref: RefDate | None) -> None:
    """Fiscal-year windows of the figures (module doc); `facts` in text order."""
    if "月" in norm and ("年度" in norm or "財年" in norm or "财年" in norm):
        _first_months(norm, facts, ref)
    if ref is not None and ("年度" in norm or "財年" in norm or "财年" in norm):
        _year_end(norm, facts, ref)
    dates = [f for f in facts if _fiscal(f)]
    if len(dates) >= 2:
        _runs(norm, facts, dates)
    if dates and ("來年" in norm or "来年" in norm):
        _next_year(norm, facts, dates, ref)


def _first_months(norm: str, facts: list[Fact], ref: RefDate | None) -> None:
    for m in _FIRST_MONTHS_RE.finditer(norm):
        n = small_int(m.group(1))
        if not n or n > 11:
            continue
        a, b = _sentence(norm, m.start())
        ends = [f for f in facts if f["kind"] == "date" and a <= f["start"] < m.start() and _month_end(norm, f)]
        ends += [f for f in facts if f["kind"] == "date" and m.end() <= f["start"] < m.end() + 8
                 and _BRACKET_UNTIL_RE.fullmatch(norm, m.end(), f["start"]) and _month_end(norm, f)][:1]
        if ends:                                # 截至7月底，…首4個月 / 首4個月（即截至7月31日）: the window ends there
            y, mo = int(str(ends[-1]["value"])[:4]), int(str(ends[-1]["value"])[5:7])
            y0, m0 = (y, mo - n + 1) if mo >= n else (y - 1, mo - n + 13)
        elif ref is not None and ref[1] and (_HK_FINANCE_RE.search(norm) or "政年度" in m.group(0)):
            # (a fiscal year named as such, 今個財政年度首兩個月: the April–March year even in a text that names
            # no Hong Kong body; the mainland's fiscal year is the calendar one and is not written so)
            y0, m0 = (ref[0] if ref[1] >= 4 else ref[0] - 1), 4
            y, mo = (y0, 3 + n) if 3 + n <= 12 else (y0 + 1, n - 9)
        else:
            continue
        window = f"{y0}-{m0:02d}/{y}-{mo:02d}"
        # what the figures after it were given instead: the count's calendar reading, or the whole year
        wrong = {f"{y0}-04/{y0 + 1}-03", str(y0), str(y)}
        for f in facts:
            if f["start"] < m.start() or f["start"] >= b or f["kind"] in ("date", "year"):
                continue
            if f["start"] < m.end():            # the count of months itself
                wrong.add(f.get("period"))
                f["period"] = window
            elif f.get("period") in wrong:
                f["period"] = window


def _year_end(norm: str, facts: list[Fact], ref: RefDate) -> None:
    for m in _YEAR_END_RE.finditer(norm):
        if not m.group(0).startswith(("本", "今")) and not _HK_FINANCE_RE.search(norm):
            continue
        if ref[1] is None:
            continue
        y = ref[0] + 1 if ref[1] >= 4 else ref[0]       # the March that closes the year the article falls in
        end, calendar = f"{y}-03-31", f"{y - 1}-12-31"
        b = _sentence(norm, m.start())[1]
        for f in facts:
            if f["start"] < m.end() or f["start"] >= b:
                continue
            if f["kind"] in ("date", "year"):
                break                           # another date: its figures are its own
            if f.get("period") in (None, calendar):
                f["period"], f["period_text"] = end, m.group(0)


def _runs(norm: str, facts: list[Fact], dates: list[Fact]) -> None:
    for d0, d1 in pairwise(dates):
        j = _RANGE_JOIN_RE.fullmatch(norm, d0["end"], d1["start"])
        if j is None:
            continue
        window, last = f"{d0['value']}/{d1['value_high']}", f"{d1['value']}/{d1['value_high']}"
        a, b = _sentence(norm, d0["start"])
        clause_end = min([i for i in (norm.find(c, d1["end"], b) for c in "；;。") if i >= 0] or [b])
        opener = norm.rfind("（", max(a, d0["start"] - 2), d0["start"])
        opener = opener if opener >= 0 else norm.rfind("(", max(a, d0["start"] - 2), d0["start"])
        for f in facts:
            if f["kind"] in ("date", "year") or f["start"] < a or f["start"] >= clause_end:
                continue
            beside = f["kind"] in ("duration", "count") and (
                f["end"] == (opener if opener >= 0 else d0["start"])         # 未來五年（2026/27年度至…）
                or _YEARS_AFTER_RE.match(norm, d1["end"]) is not None and d1["end"] <= f["start"]
                and _YEARS_AFTER_RE.match(norm, d1["end"]).end() >= f["end"]   # 2024/25年度6年間  # type: ignore[union-attr]
                or "財年" in f.get("surface", "") or "财年" in f.get("surface", ""))    # 5個財年
            if beside or f["start"] >= d1["end"] and f.get("period") == last:
                f["period"], f["period_text"] = window, norm[d0["start"]:d1["end"]]


def _next_year(norm: str, facts: list[Fact], dates: list[Fact], ref: RefDate | None = None) -> None:
    # the fiscal year under way on the article's day (April to March): a year named after it is already the
    # coming one, and 來年 restates it (`在2026/27年度，…來年六個工程的開支高達226億元` told in February 2026)
    current = (ref[0] if ref[1] >= 4 else ref[0] - 1) if ref and ref[1] else None
    for m in _NEXT_YEAR_RE.finditer(norm):
        before = [d for d in dates if d["end"] <= m.start()]
        if not before:
            continue
        d = before[-1]
        a, b = _sentence(norm, m.start())
        if d["start"] < a:
            continue
        y0, y1 = _fiscal(d)  # type: ignore[misc]
        if current is not None and y0 > current:
            continue
        this, nxt = f"{y0}-04/{y1}-03", f"{y0 + 1}-04/{y1 + 1}-03"
        for f in facts:
            if f["start"] < m.end() or f["start"] >= b:
                continue
            if f["kind"] in ("date", "year"):
                break
            if f.get("period") == this:
                f["period"], f["period_text"] = nxt, m.group(0)
