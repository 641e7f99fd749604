"""`元月` (Taiwan's press: `元月營收`, `2026年元月`, `累計至今年元月`) is January: a period for the figures after it,
as `1月` is.  It stays a word of the text, not a date figure (the gold sets label no `元月` and keep it in subjects:
`上市櫃公司元月營收`), so it is read here as a period span only, never rewritten.  A year right before it is its
year; else the article's.  Not `5元月票`, `美元月線` (a currency before a word of its own), nor `农历的元月` (the lunar
month).  `元月底` (`元月末`) is January's last day, as `1月底` is (sealed35)."""

from __future__ import annotations

import re

from .period_span import PeriodSpan, RefDate, with_spans

_FIRST_MONTH_RE = re.compile(r"(?<![\d一二三四五六七八九十百千万萬亿億两兩零〇○单單纪紀美港欧歐日韩韓台臺币幣])元月份?"
                             r"(?![租卡费費票薪供均线線])")
_LUNAR_BEFORE_RE = re.compile(r"(?:农历|農曆|阴历|陰曆)的?$")
_BASE_BEFORE_RE = re.compile(r"(?:比|较|較|与|與|同|跟|对比|對比)$")


def with_first_month(norm: str, spans: list[PeriodSpan], windows: list[tuple[int, int]] | None,
                     ref: RefDate | None) -> list[PeriodSpan]:
    """`spans` with each `元月` of `windows` (None: the whole text) added as January of its year."""
    extra: list[PeriodSpan] = []
    for m in _FIRST_MONTH_RE.finditer(norm):
        s = m.start()
        if windows is not None and not any(a <= s < b for a, b in windows) \
                or _LUNAR_BEFORE_RE.search(norm, max(0, s - 4), s):
            continue
        year = next((sp for sp in spans if sp.end == s and sp.period and len(sp.period) == 4 and sp.period.isdigit()), None)
        if year is not None and year.period:
            y, s, years = int(year.period), year.start, (int(year.period),)
        elif ref is not None:
            y, years = ref[0], ()
        else:
            continue
        end, period = m.end(), f"{y}-01"
        if norm.startswith(("底", "末"), end):
            end, period = end + 1, f"{y}-01-31"   # 元月底我國外匯存底…3,903.04億美元: that day's stock, as 1月底
        extra.append(PeriodSpan(s, end, norm[s:end], period, years=years,
                                base=bool(_BASE_BEFORE_RE.search(norm, max(0, s - 3), s))))
    return with_spans(spans, extra)
