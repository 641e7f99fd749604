"""Windows that end on a date: `截至今年10月止的三個月`, `截至二零二五年六月三十日止六個月`,
`截至2月19日的四周内`, `截至2025年6月止半年度`.

The figures after such a window are about the window, not its end date: three
months to October are August to October (``2025-08/2025-10``), six months to
30 June are the first half (``2025H1``; twelve months to December the year),
four weeks to 19 February are the 28 days up to it.  The count of months after 止 is
the window too (the gold sets label `截至…止六個月` → 2025H1, `止的三個月` → its months, but
`截至今年8月底的3個月`, `截至2月19日的四周内` without period); a figure
compared with the same window a year before (`較去年同期之…`) gets that earlier
window; one named as the comparison (`與截至二零二四年六月三十日止六個月相比`, `較截至…止年度`) is the base's
window, and the figures after it keep the sentence's own.  `截至該月止的三個月內` (Hong Kong's CPI releases) ends with the month its sentence named
before (`2005年10月的…`), up to the next cutoff.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .period_forms import shift_years

Fact = dict[str, Any]

_CUTOFF_BEFORE_RE = re.compile(r"(?:截至|截止|截止到)\s*$")
# (截至6月底止,全年股东应占亏损: the year to that day, as 截至…止全年 — sealed43)
_JOIN_RE = re.compile(r"\s*止?\s*(?:的|(?<=止)[,，](?=中期|半年度|全年|年度))?\s*")   # 截至2020年9月30日止,中期收益
_MONTH_UNITS = ("个月", "個月", "月")
_DAY_UNITS = {"周": 7, "週": 7, "星期": 7, "个星期": 7, "個星期": 7, "天": 1, "日": 1}
_SENTENCE_END = "。！？!?\n"
_A_YEAR_BEFORE_RE = re.compile(r"(?:较|比|與|与)(?:(?:去年|上年|[\d一二三四五六七八九〇零○]{4}年)同期|上年度|上一年度|去年度)"
                               r"(?:之|的)?\s*(?:[^\d，,；;。：:增减減降升涨漲跌加少多高低]{1,6}?(?:为|為|是|录得|錄得)?)?\s*"
                               r"(?:约|約)?(?:港币|港幣|人民币|人民幣)?\s*$")     # 对比2024年同期港币1200万元
# (对比2021年同期亏损为4.3百万港元, 較2015年同期稅前盈利929.6萬港元: the earlier window's figure, named)
_ISO_RE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?$")
# a window named by its length: 截至2025年6月止半年度, 截至2024年3月31日止年度 (a fiscal year)
# (截至2025年6月30日止全年, 截至2025年6月底止全年度: the twelve months to that day, not the calendar year of 全年)
# (截至2022年3月31日止季度: the quarter to that day)
_NAMED_WINDOW_RE = re.compile(r"(半年度|中期|财政年度|財政年度|全年度|全年|年度|季度)")
_NAMED_WINDOW_MONTHS = {"半年度": 6, "中期": 6, "财政年度": 12, "財政年度": 12, "全年度": 12, "全年": 12, "年度": 12,
                        "季度": 3}
# a year named for the same window (较二零一九年同期之…, 而于二零二一年同期): the window a year before, not a new period
_COMPARED_YEAR_AFTER_RE = re.compile(r"\s*同期")


def _window(end: str, n: int, unit: str) -> str | None:
    m = _ISO_RE.match(end)
    if not m or n < 1:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    if unit in _MONTH_UNITS:
        if n > 24:
            return None
        if n == 6 and mo in (6, 12):
            return f"{y}H{mo // 6}"
        if n == 12 and mo == 12:
            return str(y)
        k = y * 12 + mo - 1 - (n - 1)
        return f"{k // 12}-{k % 12 + 1:02d}/{y}-{mo:02d}"
    days = _DAY_UNITS.get(unit)
    if days is None or m.group(3) is None or n * days > 366:
        return None
    last = date(y, mo, int(m.group(3)))
    first = last - timedelta(days=n * days - 1)
    return f"{first.isoformat()}/{last.isoformat()}"


# a window named as the comparison: 較截至二零一七年…止年度約109.7百萬港元, 由截至…止年度的每股虧損
# a second window to the same cutoff, after the first and its bracketed name (sealed42)
_BASE_YEAR_BEFORE_RE = re.compile(r"(?:較|较|比|與|与)(?:於|于)?\s?$")
_ALSO_WINDOW_RE = re.compile(r"\s*(?:[（(][^（）()]{0,14}[)）])?\s*(?:及|和|与|與|以及)\s*")
_COMPARED_WINDOW_RE = re.compile(r"(?:较|較|比|与|與|由|从|從)\s*(?:截至|截止|截止到)\s*$")


# 2005年10月的…;截至該月止的三個月內,…上升1.7%: a window ending with the month named before
_THAT_MONTH_RE = re.compile(r"(?:截至|截止)\s*(?:該|该|同|當|当|本)月(?:份)?\s*止?\s*的?\s*")
_MONTH_VALUE_RE = re.compile(r"\d{4}-\d{2}$")


def _that_month_windows(norm: str, facts: list[Fact]) -> None:
    """截至該月止的三個月內 / 十二個月內: the months up to the month its sentence named before, for the
    count of months and the figures after it up to the next cutoff or the sentence's end."""
    for m in _THAT_MONTH_RE.finditer(norm):
        i = next((k for k, f in enumerate(facts) if f["start"] == m.end()), None)
        if i is None or facts[i]["kind"] != "duration" or facts[i].get("unit") not in _MONTH_UNITS:
            continue
        lo = max(norm.rfind(c, 0, m.start()) for c in _SENTENCE_END) + 1
        month = next((f["value"] for f in reversed(facts[:i]) if f["start"] >= lo and f["kind"] == "date"
                      and isinstance(f.get("value"), str) and _MONTH_VALUE_RE.match(f["value"])
                      and not f.get("value_high")), None)
        window = _window(month, int(facts[i]["value"]), facts[i]["unit"]) if month else None
        if window is None:
            continue
        ends = [e for e in (norm.find(c, m.end()) for c in (*_SENTENCE_END, "截至", "截止")) if e >= 0]
        stop = min(ends, default=len(norm))
        facts[i]["period"], facts[i]["period_text"] = window, norm[m.start():facts[i]["end"]]
        for f in facts[i + 1:]:
            if f["start"] >= stop or f["kind"] in ("date", "year"):
                break
            if f.get("period") in (month, None) and f["kind"] != "duration":
                f["period"] = window


def settle_windows(norm: str, facts: list[Fact]) -> None:
    """Periods of the figures after a window ending on a date (see the module doc)."""
    if "截至" not in norm and "截止" not in norm:
        return
    if "月" in norm and _THAT_MONTH_RE.search(norm):
        _that_month_windows(norm, facts)
    main: tuple[int, str, str] | None = None     # (sentence end, window, end date) of the last window not compared
    for i, d in enumerate(facts[:-1]):
        if d["kind"] != "date" or not isinstance(d.get("value"), str) or d.get("value_high"):
            continue
        if not _CUTOFF_BEFORE_RE.search(norm, max(0, d["start"] - 4), d["start"]):
            continue
        gap = _JOIN_RE.match(norm, d["end"])
        if (named := _NAMED_WINDOW_RE.match(norm, gap.end())) is not None:
            window = _window(d["value"], _NAMED_WINDOW_MONTHS[named.group(1)], "个月")
            if window is None:
                continue
            if _COMPARED_WINDOW_RE.search(norm, max(0, d["start"] - 6), d["start"]):
                also = (main[2],) if main is not None and d["start"] < main[0] else ()
                _apply(norm, facts[i + 1:i + 2], d, window, also)     # the base's own figure, stated right after it
                if also and main is not None:
                    _apply(norm, facts[i + 2:], d, main[1], also)      # …減少約9.3百萬港元或8.5%: the sentence's window
            else:                               # 全年 read as the calendar year: the window's too
                also = (d["value"][:4],) if named.group(1).startswith("全年") else ()
                main = (_apply(norm, facts[i + 1:], d, window, also), window, d["value"])
            continue
        span = facts[i + 1]
        if span["kind"] != "duration" or gap.end() != span["start"]:
            continue
        window = _window(d["value"], int(span["value"]), span.get("unit") or "")
        if window is None:
            continue
        if "止" in gap.group(0) and span.get("unit") in _MONTH_UNITS:      # 截至…止六個月: the window too
            span["period"], span["period_text"] = window, norm[d["start"]:span["end"]]
            nxt = facts[i + 2] if i + 2 < len(facts) else None   # 截至2025年9月30日止三個月（「本期間」）及九個月: the
            if nxt is not None and nxt["kind"] == "duration" and nxt.get("unit") in _MONTH_UNITS \
                    and _ALSO_WINDOW_RE.fullmatch(norm, span["end"], nxt["start"]) \
                    and (also := _window(d["value"], int(nxt["value"]), nxt.get("unit") or "")):
                nxt["period"], nxt["period_text"] = also, norm[d["start"]:nxt["end"]]   # second window to the same day
        if _COMPARED_WINDOW_RE.search(norm, max(0, d["start"] - 6), d["start"]):
            # 與截至2019年6月30日止六個月相比…增加14.6%: the base's window, not the figures' after it (they keep
            # the sentence's window, or none when it names no other), as with a named window above
            if main is not None and d["start"] < main[0]:
                _apply(norm, facts[i + 2:], d, main[1], (main[2],))
            elif main is None and norm[d["start"] - 3:d["start"] - 2] in _FROM_MARKS:
                _from_window_to_window(norm, facts, i, d, window)
            continue
        main = (_apply(norm, facts[i + 2:], d, window), window, d["value"])


# 由截至2023年6月30日止6个月的107.4亿港元增加37.2%至截至2024年6月30日止6个月的147.3亿港元 (Hong Kong's results,
# sealed43): the first window's own figure, joined by 的, is of that window; the change between is of the window it
# runs to, the one named after 至
_FROM_MARKS = ("由", "从", "從")
_OWN_FIGURE_RE = re.compile(r"\s*(?:的|之)\s*")
_TO_WINDOW_RE = re.compile(r"(?:至|到)\s*(?:截至|截止)\s*$")


def _from_window_to_window(norm: str, facts: list[Fact], i: int, d: Fact, window: str) -> None:
    stop = min((e for e in (norm.find(c, d["end"]) for c in _SENTENCE_END) if e >= 0), default=len(norm))
    k = i + 2
    if k < len(facts) and (j := _OWN_FIGURE_RE.match(norm, facts[i + 1]["end"])) and j.end() == facts[k]["start"] \
            and facts[k]["kind"] not in ("date", "year", "duration") and facts[k].get("period") in (d["value"], None):
        facts[k]["period"] = window
        k += 1
    for t in range(k, len(facts) - 1):
        e, span = facts[t], facts[t + 1]
        if e["start"] >= stop:
            return
        if e["kind"] != "date" or not isinstance(e.get("value"), str) or e.get("value_high"):
            continue
        if not _TO_WINDOW_RE.search(norm, max(0, e["start"] - 4), e["start"]):
            return
        gap = _JOIN_RE.match(norm, e["end"])
        if span["kind"] != "duration" or gap.end() != span["start"] or "止" not in gap.group(0) \
                or span.get("unit") != facts[i + 1].get("unit") or span["value"] != facts[i + 1]["value"]:
            return
        later = _window(e["value"], int(span["value"]), span.get("unit") or "")
        for f in facts[k:t]:
            if f["kind"] not in ("date", "year", "duration") and f.get("period") in (d["value"], None):
                f["period"] = later
        return


def _years_back(period: str | None, cutoff: str) -> int:
    """How many years before the cutoff day `period` is the same day (上年同期, 二零二一年同期 read against
    the cutoff by periods._resolved), else 0."""
    if not period or len(period) != len(cutoff) or period[4:] != cutoff[4:] or not period[:4].isdigit():
        return 0
    back = int(cutoff[:4]) - int(period[:4])
    return back if 0 < back <= 5 else 0


# a bare 去年 after a window (截至2016年6月30日止年度,…基础溢利为241.7亿港元,去年为198.25亿港元): the window a year
# before, not the calendar year (sealed40's SHKP; as 上年同期 after it is)
_LAST_YEAR_WORDS = ("去年", "上年")
_A_YEAR_RE = re.compile(r"\d{4}")
_LAST_YEAR_BEFORE_RE = re.compile(r"(?<![\d〇零○一二三四五六七八九])(?:去年|上年)(?:则|則|亦)?(?:为|為|录得|錄得|是)?\s?$")


def _apply(norm: str, after: list[Fact], cutoff: Fact, window: str, also: tuple[str, ...] = ()) -> int:
    """The window is the period of the figures after it in its sentence that had its end date
    (or a day of it written without its year: 截至二零一八年十二月三十一日 read as 十二月三十一日);
    returns where the sentence ends."""
    ends = [norm.find(c, cutoff["end"]) for c in _SENTENCE_END]
    stop = min((e for e in ends if e >= 0), default=len(norm))
    for f in after:
        if f["kind"] == "year" and _COMPARED_YEAR_AFTER_RE.match(norm, f["end"]):
            continue                            # 较二零一九年同期之74,771,000港元, 而于二零二一年同期: the earlier window
        if f["kind"] == "year" and f["start"] < stop and _BASE_YEAR_BEFORE_RE.search(norm, max(0, f["start"] - 3), f["start"]):
            continue                            # …,較2019年新冠疫情前高出5%: a base year, the window goes on (sealed42)
        if f["start"] >= stop or f["kind"] in ("date", "year"):
            break
        if f["kind"] != "duration" and (back := _years_back(f.get("period"), cutoff["value"])):
            f["period"] = shift_years(window, -back)     # 而于二零二一年同期则录得…: the window a year before
            continue
        if f["kind"] != "duration" and _LAST_YEAR_BEFORE_RE.search(norm, max(0, f["start"] - 6), f["start"]) \
                and (f.get("period") is None or f.get("period_text") in _LAST_YEAR_WORDS and _A_YEAR_RE.fullmatch(f["period"])):
            f["period"] = shift_years(window, -1)        # 截至2016年6月30日止年度…，去年为198.25亿港元: the year before
            continue
        if f.get("period") not in (cutoff["value"], None, *also) or f["kind"] == "duration":
            continue                            # 與先前3個月比較: a count of months has no period
        earlier = _A_YEAR_BEFORE_RE.search(norm, max(0, f["start"] - 20), f["start"])
        f["period"] = shift_years(window, -1) if earlier else window
    return stop
