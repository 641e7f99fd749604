"""Which year a bare 全年 is, told on the article's date: in a release of January–March (communiqué, work
report) the year just past; in one of April–June too when the year is already measured in its sentence — a
comparison with the year before, a change or a preliminary accounting (`全年全市地区生产总值2458.8亿元，…比上年增长
2.3%`, published 2025-04; `全年固定资产投资下降8.8%`, published in May), or a communiqué's whole-area total
(`全年全市出生人口21433人`) — with no forecast, target or plan there; otherwise, and in any forecast (预计全年增长5%),
this year's — never the next one.  A company's year of results (`期內，集團全年收入為797.2億元`, `全年共派3.75元`,
`年內物業銷售溢利為82.9億元`) told from July to November, in a sentence naming no year, is a fiscal year ending mid-year
that the sentence does not name (the calendar year is not over): no period (sealed40's September SHKP results, as
README's `截至6月底全年` call and the sets' 期內 figures without period)."""

from __future__ import annotations

import re

from .period_span import RefDate

_SENTENCE_MARKS = "。；;！？!?\n"
_MEASURED_RE = re.compile(r"比上年|较上年|較上年|比去年|较去年|較去年|初步核算|按不变价格|按不變價格")
# a result already measured by its change (`全年固定资产投资下降8.8%`, `全年…可支配收入60925元,同比增长4.1%`,
# published in May–June): in 全年's clause or the next, with a figure in 全年's own clause
_MOVED_RE = re.compile(r"同比|按年|增长|增長|成长|成長|下降|上升|上涨|上漲|下跌|增加|减少|減少")
_CLAUSE_MARKS = "，,：:"
_DIGIT_RE = re.compile(r"\d")
# words of a forecast or target (also period_forms' test of 全年's clause); a plan's 力争 and 左右 count here too
# (预测: a forecast named as a noun, 上调全年经济增长预测0.5个百分点 told in March: this year's)
FORECAST_RE = re.compile(r"将|將|预估|預估|预计|預計|预期|預期|预测|預測|应会|應會|可望|有望|料将|料將|目标|目標")
_FORECAST_OR_TARGET_RE = re.compile(FORECAST_RE.pattern + r"|力争|力爭|左右|计划|計劃|安排|意向")
# a communiqué's 全年全市 / 全年全省 / 全年全社会: the year's total over the whole area, told once the year is
# counted (`全年全市出生人口21433人`, published in April)
_SCOPE_AFTER_RE = re.compile(r"\s?全(?:市|省|区|區|县|縣|州|盟|国|國|社会|社會)")


def full_year(norm: str, s: int, e: int, ref: RefDate, forecast: bool) -> int | None:
    """The year of 全年 at norm[s:e] (module doc); `ref` has a month, `forecast` whether its clause is one."""
    year, month = ref[0], ref[1] or 12
    if forecast:
        return year - 1 if month <= 3 and _estimated_after_months(norm, s) else year
    if fiscal_results(norm, s, e, ref):
        return None
    if month <= 3:
        return year - 1
    if month <= 6 and _counted_to_last_year_end(norm, s, year):
        return year - 1
    if month <= 6:
        lo = max(norm.rfind(c, 0, s) for c in _SENTENCE_MARKS) + 1
        hi = min([j for c in _SENTENCE_MARKS if (j := norm.find(c, e)) >= 0], default=len(norm))
        if (_MEASURED_RE.search(norm, lo, hi) or _SCOPE_AFTER_RE.match(norm, e) or _moved(norm, e, hi)) \
                and not _FORECAST_OR_TARGET_RE.search(norm, lo, hi):
            return year - 1
    return year


def _moved(norm: str, e: int, hi: int) -> bool:
    """A change measured in the clause of 全年 (ending at `e`) or the next, 全年's clause holding a figure."""
    cut = min([j for c in _CLAUSE_MARKS if (j := norm.find(c, e, hi)) >= 0], default=hi)
    if not _DIGIT_RE.search(norm, e, cut):
        return False
    nxt = min([j for c in _CLAUSE_MARKS if (j := norm.find(c, cut + 1, hi)) >= 0], default=hi)
    return bool(_MOVED_RE.search(norm, e, nxt))


_PLAN_RE = re.compile(_FORECAST_OR_TARGET_RE.pattern + r"|要|力求|确保|確保")


def planned(norm: str, s: int, e: int) -> bool:
    """Whether the sentence of norm[s:e] states a forecast, target or plan (下半年要力争增长6%)."""
    lo = max(norm.rfind(c, 0, s) for c in _SENTENCE_MARKS) + 1
    hi = min([j for c in _SENTENCE_MARKS if (j := norm.find(c, e)) >= 0], default=len(norm))
    return _PLAN_RE.search(norm, lo, hi) is not None


# a company's results (收入, 溢利, 派息 …) and what names their year or says they are ahead
# (Hong Kong's words of results: 溢利, 派息, 期內; a mainland `公司全年营业收入为12.6亿元` told in August stays this year's,
# tests/test_facts_period_results.py, and 年内全市农民收入增长8% is a region's year under way)
_RESULTS_RE = re.compile(r"溢利|纯利|純利|派息|共派|股息|期内|期內")
_YEAR_NAMED_RE = re.compile(r"\d{4}|[〇零○一二三四五六七八九]{4}|今年|去年|本年|明年|上年|财年|財年|年度")


def fiscal_results(norm: str, s: int, e: int, ref: RefDate) -> bool:
    """Whether the 全年 or 年內 at norm[s:e], told from July to November, states a company's results in a sentence that
    names no year and no forecast: a fiscal year the text does not name (module doc)."""
    if not ref[1] or not 7 <= ref[1] <= 11:
        return False
    lo = max(norm.rfind(c, 0, s) for c in _SENTENCE_MARKS) + 1
    hi = min([j for c in _SENTENCE_MARKS if (j := norm.find(c, e)) >= 0], default=len(norm))
    return _RESULTS_RE.search(norm, lo, hi) is not None and _YEAR_NAMED_RE.search(norm, lo, hi) is None \
        and _FORECAST_OR_TARGET_RE.search(norm, lo, hi) is None


# a count as of the year end just past, stated before 全年 (`截至2024年底，党员总数为…` then `全年发展党员213.1万名`,
# published 2025-06-30): the article reports that year, and its 全年 is it
_YEAR_END_RE = re.compile(r"(?:截至|截止|截止到|到)(\d{4})年(?:底|末|12月31日)")
_YEAR_RE = re.compile(r"(\d{4})年")
_YEAR_END_REACH = 400   # characters before 全年 searched: the paragraph before it, as a rule


def _counted_to_last_year_end(norm: str, s: int, year: int) -> bool:
    """Whether the text before 全年 (at `s`) counted to the end of the year before `year`, naming no other year
    after that."""
    lo = max(0, s - _YEAR_END_REACH)
    ends = list(_YEAR_END_RE.finditer(norm, lo, s))
    if not ends or int(ends[-1].group(1)) != year - 1:
        return False
    return all(int(y.group(1)) == year - 1 for y in _YEAR_RE.finditer(norm, ends[-1].start(), s))



# wr53: a work report of January–March estimates the year just past after counting most of it (`1—11月规上工业总产值超
# 4500亿元、增长38%，预计全年首次突破5000亿元大关`, told 2024-01-23): the 全年 estimated is the year whose months were
# counted, not the year of the report.  Only a run from January to September–November, or 前三季度, in 全年's sentence.
_MONTHS_COUNTED_RE = re.compile(r"(?:1|一)\s?[-—–－~～至到]\s?(?:9|10|11|九|十|十一)\s?月|前(?:三|3)季|前(?:9|10|11|九|十|十一)个?月")


def _estimated_after_months(norm: str, s: int) -> bool:
    """Before 全年 at `s`, in its sentence, most of a year counted from January (note above)."""
    lo = max(norm.rfind(c, 0, s) for c in _SENTENCE_MARKS) + 1
    return bool(_MONTHS_COUNTED_RE.search(norm, lo, s))
