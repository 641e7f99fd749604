"""The years a clause opens with: `十年来，全国生态环境发生了根本性变化`, `五年来，农业供给侧结构性改革深入推进`.

Such an `N年来` standing alone at the head of its clause (after the sentence's start or a comma, before a
comma) is the N years ending with the article's year (tests/gold/README.md, the sealed7 call, as sealed6's
`十年来` in 2022 → 2013/2022 and sealed3's `五年来` → 2018/2022): the duration itself takes them.  Twenty
years or more at a clause's head count from a founding the story tells of (`建交50周年。…50年来，`, `70年来，人民
代表大会制度…`), as `建交50年来` does: from the article's year less N.  The
figures after it: see below.
The figures its sentence states after it (`五年来，…总里程超过600万公里`, `10年来，…经营主体数量增加到761万户`) are
of those years too, as sealed3, sealed6, sealed12, sealed15 and sealed16 label them (heldback's older call left
the levels after a bare `十年来` without period; the majority of sets settles it): `head_years_after` gives them,
unless a period of their own stands between, `目前` says the figure is of now or `将` of a plan; durations and
ranks keep their own rules.
Told with an average right after it (`…,五年以来平均增速都在两位数以上,达到平均11.1%的增长速度`, sealed41's
Xinjiang), the head needs no comma and may follow the data's year and a base told before it.
A record's horizon (`为37年来的新高`, `创下41年来最快`) is no clause head and stays without period, as
most sets label it; years since a named start (`建交50年来`, `启动两年来`) are read in period_forms.
"""

from __future__ import annotations

import re
from typing import Any

from .period_span import RefDate

_HEAD_BEFORE = "，,。；;：:！？!?\n“”\"（("
_YEAR_RE = re.compile(r"(?:\d{4}|[〇零○一二三四五六七八九]{4})\s?年")
_SINCE_AFTER_RE = re.compile(r"\s?(?:以)?(?:来|來)\s?[，,]")
# ，五年以来平均增速都在两位数以上,达到平均11.1%: an average over the years at a clause's head, whatever years the
# sentence told before (2014年…比2009年增长了1.15倍 — the data's year and a base, no start of these years; sealed41)
_AVERAGE_AFTER_RE = re.compile(r"\s?(?:以)?(?:来|來)\s?的?(?:平均|年均)")


def clause_head_years(norm: str, f: dict[str, Any], sent_start: int, ref: RefDate | None) -> str | None:
    """`十年来，…` (see the module doc): the years of duration `f`, or None."""
    if not ref or f.get("unit") != "年" or f.get("qualifier") or f.get("value_high") is not None:
        return None
    try:
        n = int(str(f.get("value")))
    except ValueError:
        return None
    s = f["start"]
    average = _AVERAGE_AFTER_RE.match(norm, f["end"])
    if not 2 <= n <= 100 or not (_SINCE_AFTER_RE.match(norm, f["end"]) or average):
        return None
    if s > sent_start and norm[s - 1] not in _HEAD_BEFORE or not average and _YEAR_RE.search(norm, sent_start, s):
        return None                         # (2022年启动…，三年来: the years since that start, read elsewhere)
    return f"{ref[0] - n}/{ref[0]}" if n >= 20 else f"{ref[0] - n + 1}/{ref[0]}"   # (70年来: since a founding)



_NOW_RE = re.compile(r"目前|當前|当前|现在|現在|如今|眼下")
_AHEAD_RE = re.compile(r"将|將|预计|預計|计划|計劃|力争|力爭|有望")


def head_years_after(norm: str, head: tuple[int, str, str] | None, f: dict[str, Any], spans_before: list) -> tuple[str, str] | None:
    """(period, its text) for figure `f` after its sentence's clause head `head` = (end, years, surface) read by
    `clause_head_years`, when no period of the figure's own (`spans_before`: the sentence's spans before it)
    stands between them (`五年来，…2024年达13529亿元`: 2024) and no `目前` makes it a figure of now; else None."""
    if head is None or f["start"] < head[0] or f["kind"] in ("duration", "rank"):
        return None                         # (a run, 连续3年, ends at its own year; 第十一批 is a label)
    if any(sp.end > head[0] for sp in spans_before) or _NOW_RE.search(norm, head[0], f["start"]) \
            or _AHEAD_RE.search(norm, head[0], f["start"]):
        return None                         # (…，森林覆盖率将从11%提升至35.1%: a plan, not the years past)
    return head[1], head[2]


# a horizon counted from a named year: 1979年以後46年來表現最好, 1986年以来37年来新高
_NAMED_START_BEFORE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?年\s?(?:以後|以后|以来|以來)?\s?$")
_YEARS_AFTER_RE = re.compile(r"\s?(?:以)?(?:来|來)")


def named_start_years(norm: str, f: dict[str, Any], ref: RefDate | None) -> str | None:
    """`1979年以後46年來` told in 2025 → 1979/2025 (sealed8's call): the years from the named start, when
    the start and the count meet at the article's year (or the one before); else None."""
    if not ref or f.get("unit") != "年" or f.get("value_high") is not None or not _YEARS_AFTER_RE.match(norm, f["end"]):
        return None
    m = _NAMED_START_BEFORE_RE.search(norm, max(0, f["start"] - 10), f["start"])
    try:
        n, y = int(str(f.get("value"))), int(m.group(1)) if m else 0
    except ValueError:
        return None
    return f"{y}/{y + n}" if m and 2 <= n <= 100 and ref[0] - 1 <= y + n <= ref[0] else None


def one_named_year(f: dict[str, Any], mine: list) -> tuple[str, str] | None:
    """`去年一年，…孵化出…5家` (sealed6: 2023): one year named as that year — 去年 last year, 今年/2023年 that
    one (a bare `一年之中` may be any year: 独龙江一年之中只有100多天是晴天, and stays without period)."""
    if f.get("unit") != "年" or str(f.get("value")) != "1" or f.get("qualifier") or f["surface"] not in ("一年", "1年"):
        return None
    before = mine[-1] if mine else None
    if before is not None and before.end == f["start"] and before.period and len(before.period) == 4 \
            and before.period.isdigit() and not before.base:
        return before.period, before.text
    return None


# 历经28个月，…今天（12月3日）顺利贯通; 开通运营15个月的中老铁路: months a work or service has run, up to now
_MONTHS_RUN_BEFORE_RE = re.compile(r"(?:历经|歷經|历时|歷時|开通运营|開通運營|运营|運營|投运|投運|上线|上線)(?:了|已)?\s?$")


_PLANNED_RE = re.compile(r"计划|計劃|将|將|预计|預計|拟|擬|需要|需|预期|預期|有望|力争|力爭")
_WITHIN_AFTER_RE = re.compile(r"\s?(?:内|內|左右|后|後)")


def months_run(norm: str, f: dict[str, Any], ref: RefDate | None) -> str | None:
    """`历经28个月` told in December 2022 → 2020-09/2022-12 (sealed6's calls): the N months ending with the
    article's month, for a span a work took or a service has run, told as done by now."""
    if not ref or not ref[1] or f.get("unit") != "个月" or f.get("qualifier") or f.get("value_high") is not None:
        return None
    try:
        n = int(str(f.get("value")))
    except ValueError:
        return None
    if not 2 <= n <= 120 or not _MONTHS_RUN_BEFORE_RE.search(norm, max(0, f["start"] - 6), f["start"]):
        return None
    lo = max(norm.rfind(c, 0, f["start"]) for c in "，,。；;！？!?\n") + 1
    if _PLANNED_RE.search(norm, lo, f["start"]) or _WITHIN_AFTER_RE.match(norm, f["end"]):
        return None                         # 计划历时18个月完成: a plan, not a run done
    s0 = max(norm.rfind(c, 0, f["start"]) for c in "。！？!?\n") + 1
    if any(int(y.group(0)[:4]) < ref[0] - 1 for y in re.finditer(r"(?:19|20)\d{2}(?=\s?年)", norm[s0:f["start"]])):
        return None                         # 1950年10月19日…历经两年零九个月: a run of another time
    k = ref[0] * 12 + ref[1] - 1 - (n - 1)
    return f"{k // 12}-{k % 12 + 1:02d}/{ref[0]}-{ref[1]:02d}"
