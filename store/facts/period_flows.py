"""Flows told under a day that closes them (tests/gold/README.md conventions: a figure's own period, the base never):
- a year's results up to its last day, as Hong Kong's profit alerts write them (`截至去年底止,…溢利不少於7200萬元`,
  `…淨溢利,按年升逾80%`): the year, not its last day (a day dates balances, not profits);
- a dividend declared on a year's results, counted on the year-end share capital (`2011年度实现税后利润…,以2011年末
  总股本…股为基数…每股派现金红利0.15元`): the year of the results; the basis of the count dates only itself, and a
  basis with no time of its own (`以…回购注销后的总股本1,224,597,659股为基数`) dates nothing;
- results under a year's last day without 止年度 (`截至2023年12月31日,公司整体收入为414.53亿元,同比增长33.6%`): the
  year; a balance told there (`截至2025年12月31日，外匯基金總資產為…`) keeps the day;
- a year ended's comparative in brackets (`截至二零二五年十二月三十一日止年度录得收入约26.054亿元(上年度:23.73亿元)`,
  `截至2023年12月31日止年度之末期股息…(2022年12月31日:3.00港仙)`): the year before, a whole year, not a day nor the
  article's year before;
- growth since the year's start up to a month's end (`年初截至8月底存款總額…上升8.7%`): the months from January, over
  the level at 年初;
- a run since last year's start (`去年以来…同比下降22.3%`): January of last year to the article's month, as
  `今年以来` is January to it (fresh's call);
- a change told after the figures of two periods (`由2014年的3.74万亿元增至2023年的5.03万亿元，增长34.4%`, `从2020年的
  4.3万辆飙升至2024年的95.3万辆,四年增长22.2倍`): over the earlier period, its base (sealed10's and the seed's calls);
  its period stays none, as tests/test_facts_period_classes.py and test_facts_period_in_base.py specify (the seed and
  sealed10 label the later period: a conflict left to the lead);
- the base's own figure written right after it (`相较于去年同期206家`, `較11月(+3.77%)`): the base's period; so too
  after a short noun of its own, as Taiwan's results write the same period a year before (`與去年同期合併營收166.75億元
  相較`, `較去年同期的每股盈餘0.12元大幅下滑`, `較去年同期（獲利36.41億元）年減229%`: the window a year back, sealed41).
Run after assign_periods (period_settles) and before the bases are tidied, on the spans find_periods read.
"""

from __future__ import annotations

import re
from typing import Any

from .period_forms import shift_years
from .period_span import PeriodSpan, RefDate, small_int, year_of

Fact = dict[str, Any]

_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
# a Hong Kong year ended: 截至去年底止, 截至2022年年底止 (止 closes the period told)
_YEAR_ENDED_RE = re.compile(r"截[至止](?:去年|上年|今年|\d{4}\s?年)(?:年)?[底末]止")
_RESULTS_RE = re.compile(r"溢利|盈利|利潤|利润|虧損|亏损|營業額|营业额|收益|收入|淨利|净利|純利|纯利")
_BASIS_RE = re.compile(r"以(?P<basis>(?:[^，,。；;]|(?<=\d),(?=\d)){1,48}?)(?:为|為)基[数數]")   # (1,049,193,360股)
_YEAR_START_TO_RE = re.compile(r"年初\s?(?:截)?[至到]\s?(?:今年)?(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:底|末)")
# the base's own figure right after the base, closing its clause (相较于去年同期206家,) or in brackets (較11月(+3.77%))
_BASE_FIGURE_GAP_RE = re.compile(r"\s?[(（]?\s?[+\-]?")


def settle_flows(norm: str, facts: list[Fact], spans: list[PeriodSpan], ref: RefDate | None = None) -> None:
    if not facts:
        return
    if ref and ref[1] and ("去年以" in norm or "上年以" in norm):
        _since_last_year(norm, facts, spans, ref)
    if "止" in norm and _YEAR_ENDED_RE.search(norm):
        _years_ended(norm, facts)
    if "12" in norm and "31" in norm and "截" in norm:
        _results_to_year_end(norm, facts)
    if "基" in norm and _BASIS_RE.search(norm):
        _dividend_basis(norm, facts, spans)
    if "年初" in norm and _YEAR_START_TO_RE.search(norm):
        _year_start_to(norm, facts)
    if spans:
        _base_figures(norm, facts, spans)
        if "同期" in norm or "年" in norm:
            _base_noun_figures(norm, facts, spans)
        if "的" in norm:
            _change_between(norm, facts, spans)


def _sentence(norm: str, i: int) -> tuple[int, int]:
    a = max((m.end() for m in _SENTENCE_END_RE.finditer(norm, 0, i)), default=0)
    m = _SENTENCE_END_RE.search(norm, i)
    return a, m.end() if m else len(norm)


def _years_ended(norm: str, facts: list[Fact]) -> None:
    for m in _YEAR_ENDED_RE.finditer(norm):
        a, b = _sentence(norm, m.start())
        if not _RESULTS_RE.search(norm, m.end(), b):
            continue
        for f in facts:
            p = f.get("period")
            if m.end() <= f["start"] < b and f["kind"] not in ("date", "year") and p and len(p) == 10 \
                    and p.endswith("-12-31") and f.get("period_text") and f["period_text"] in norm[m.start():m.end()]:
                f["period"] = p[:4]


# a year's last day opening a company's results without 止年度 (`截至2023年12月31日,公司整体收入为414.53亿元,同比增长33.6%`:
# sealed44's 海底捞 results, labelled 2023): the results are the year's; a balance told there keeps the day
# (`截至2025年12月31日，外匯基金總資產為41514億元`: sealed12)
_YEAR_END_DAY_RE = re.compile(r"截[至止]\s?(?P<y>\d{4})\s?年\s?12\s?月\s?31\s?日\s?[，,]")
_STOCK_RE = re.compile(r"[资資]产|[资資]產|余额|餘額|[负負][债債]|存款|[贷貸]款|股本|[员員]工|[储儲][备備]|市值|[净淨]值|[现現]金|[库庫]存")


def _results_to_year_end(norm: str, facts: list[Fact]) -> None:
    """Results under `截至YYYY年12月31日,` (no 止年度): the year; balances keep the day (see _YEAR_END_DAY_RE)."""
    for m in _YEAR_END_DAY_RE.finditer(norm):
        day = f"{m.group('y')}-12-31"
        b = _sentence(norm, m.start())[1]
        for f in facts:
            if not (m.end() <= f["start"] < b) or f["kind"] in ("date", "year") or f.get("period") != day:
                continue
            words = [(w.start(), True) for w in _RESULTS_RE.finditer(norm, m.end(), f["start"])] \
                + [(w.start(), False) for w in _STOCK_RE.finditer(norm, m.end(), f["start"])]
            if words and max(words)[1]:
                f["period"] = m.group("y")


_YEAR_ENDED_DAY_RE = re.compile(r"截[至止]\s?(\d{4}|[〇零○一二三四五六七八九]{4})\s?年\s?(?:12|十二)\s?月\s?(?:31|三十一)\s?日\s?止年度")
# a comparative in brackets: (上年度:23.73亿元), (2022年12月31日:3.00港仙)
_COMPARATIVE_RE = re.compile(r"[(（]\s?(?:(?P<prev>上年度|上年|去年|上一年度)|(?P<y>\d{4})\s?年\s?12\s?月\s?31\s?日)\s?[:：]\s?$")


def settle_year_ended_comparatives(norm: str, facts: list[Fact]) -> None:
    """(上年度:23.73亿元) after 截至…12月31日止年度: the year before (module doc); run after the brackets' own
    periods are settled (period_scope.settle_brackets reads the day in `(2022年12月31日:…)`)."""
    if "止年度" not in norm or (":" not in norm and "：" not in norm):
        return
    for m in _YEAR_ENDED_DAY_RE.finditer(norm):
        year = year_of(m.group(1))
        if year is None:
            continue
        b = _sentence(norm, m.start())[1]
        for f in facts:
            if not (m.end() <= f["start"] < b) or f["kind"] in ("date", "year"):
                continue
            c = _COMPARATIVE_RE.search(norm, max(0, f["start"] - 16), f["start"])
            if c is None:
                continue
            if c.group("prev") or c.group("y") and int(c.group("y")) == year - 1:
                f["period"], f["period_text"] = str(year - 1), c.group(0).strip("(（:： ")


def _dividend_basis(norm: str, facts: list[Fact], spans: list[PeriodSpan]) -> None:
    for m in _BASIS_RE.finditer(norm):
        a, b = _sentence(norm, m.start())
        inside = [sp for sp in spans if m.start("basis") <= sp.start and sp.end <= m.end("basis")]
        before = [sp for sp in spans if a <= sp.start and sp.end <= m.start() and not sp.base and sp.period]
        for f in facts:
            if f["kind"] in ("date", "year") or not (m.start() <= f["start"] < b):
                continue
            in_basis = f["end"] <= m.end("basis")
            if in_basis and not inside and f.get("period_text") and any(
                    sp.text == f["period_text"] for sp in before):
                f["period"], f["period_text"] = None, None          # the count's own day is not told
            elif not in_basis and inside and any(sp.text == f.get("period_text") for sp in inside) and before:
                f["period"], f["period_text"] = before[-1].period, before[-1].text   # the results' year


def _year_start_to(norm: str, facts: list[Fact]) -> None:
    for m in _YEAR_START_TO_RE.finditer(norm):
        month = small_int(m.group("m"))
        a, b = _sentence(norm, m.start())
        for f in facts:
            p = f.get("period")
            if not (m.end() <= f["start"] < b) or f["kind"] in ("date", "year") or not p or len(p) != 10 \
                    or month is None or int(p[5:7]) != month:
                continue
            f["period"], f["period_text"] = f"{p[:4]}-01/{p[:7]}", norm[m.start():m.end()]
            if f.get("change") and not f.get("base"):
                f["base"] = "年初"               # the growth since the year's start is over the level then


_SINCE_AFTER_RE = re.compile(r"以[来來]")


def _since_last_year(norm: str, facts: list[Fact], spans: list[PeriodSpan], ref: RefDate) -> None:
    for sp in spans:
        if sp.text not in ("去年", "上年") or sp.base or not _SINCE_AFTER_RE.match(norm, sp.end) \
                or sp.period != str(ref[0] - 1):
            continue
        b = _sentence(norm, sp.start)[1]
        window = f"{ref[0] - 1}-01/{ref[0]}-{ref[1]:02d}"
        for f in facts:
            if sp.end <= f["start"] < b and f.get("period_text") == sp.text and f.get("period") == sp.period:
                f["period"], f["period_text"] = window, norm[sp.start:sp.end + 2]


def _base_figures(norm: str, facts: list[Fact], spans: list[PeriodSpan]) -> None:
    ends = {sp.end: sp for sp in spans if sp.base and sp.period}
    for f in facts:
        if f["kind"] in ("date", "year"):
            continue
        for k in range(max(0, f["start"] - 3), f["start"] + 1):
            sp = ends.get(k)
            if sp is None or not _BASE_FIGURE_GAP_RE.fullmatch(norm, k, f["start"]):
                continue
            bracketed = "(" in norm[k:f["start"]] or "（" in norm[k:f["start"]]
            closes = norm[f["end"]:f["end"] + 1] in ("，", ",", ")", "）")
            if (bracketed or closes and not f.get("change")) and f.get("period") != sp.period \
                    and not (sp.same_period and f.get("period_text") == sp.text):   # already the base's: shifted once
                f["period"], f["period_text"] = _base_period(sp, f), sp.text
            break


# 與去年同期合併營收166.75億元相較, 較去年同期的每股盈餘0.12元, 較去年同期（獲利36.41億元）: a short noun of the base's own
# (no digit, no mark, no word of a change or a comparison, no 的: 2019年同期数字的83.5% is a share of it) between the same period a year back and its figure
_BASE_NOUN_GAP_RE = re.compile(r"(?:的|之)?\s?[（(]?\s?(?P<noun>[^\d\s，,；;。：:、()（）增减減降升涨漲跌多少高低提成加快回比較较与與相為为的之]{2,6})"
                               r"(?:為|为|達|达|是|約|约)?\s?")


def _base_noun_figures(norm: str, facts: list[Fact], spans: list[PeriodSpan]) -> None:
    """A same period a year back (去年同期, 上年同期) after a comparison word, then a noun of its own and a figure with no
    change: the figure is the base's, a year before the figure's window (module doc)."""
    for sp in spans:
        year = not sp.same_period and bool(sp.period) and bool(_YEAR_RE.fullmatch(sp.period or "")) \
            and sp.text[:1].isdigit()       # 相較109年每股盈餘0.03元: a year written as the base (sealed42)
        if not (sp.base and (sp.same_period or year) and sp.period):
            continue
        f = next((x for x in facts if x["start"] >= sp.end), None)
        if f is None or f["kind"] in ("date", "year") or f.get("change") or f["start"] - sp.end > 12 \
                or not _BASE_NOUN_GAP_RE.fullmatch(norm, sp.end, f["start"]) \
                or any(sp.end <= x.start < f["start"] for x in spans):
            continue
        p = f.get("period")
        if year and f["kind"] in ("rank", "duration"):
            continue                            # 相較於上次同年期公債（114年度甲類第10期…）: an issue's number, no figure
        if year and p != sp.period:
            f["period"], f["period_text"] = sp.period, sp.text
        elif p and p[:4].isdigit() and f.get("period_text") != sp.text:
            f["period"], f["period_text"] = _base_period(sp, f), sp.text


_YEAR_RE = re.compile(r"\d{4}")
_FROM_CHARS = ("由", "从", "從")
_TO_CHARS = ("至", "到")
_PART_END_RE = re.compile(r"[；;。！？!?\n]")


def _change_between(norm: str, facts: list[Fact], spans: list[PeriodSpan]) -> None:
    """由Y1的A…至Y2的B，增长Z: Z is over Y1 (module doc)."""
    for i, a in enumerate(spans):
        if norm[a.start - 1:a.start] not in _FROM_CHARS or not norm.startswith("的", a.end) or not a.period:
            continue
        b = next((x for x in spans[i + 1:i + 3] if norm[x.start - 1:x.start] in _TO_CHARS and norm.startswith("的", x.end)
                  and x.period and x.start - a.end <= 24 and not _PART_END_RE.search(norm, a.end, x.start)), None)
        if b is None:
            continue
        end = _PART_END_RE.search(norm, b.end)
        hi = end.start() if end else len(norm)
        between = [x for x in spans if b.end <= x.start < hi]
        for f in facts:
            if not (b.end < f["start"] < hi) or not f.get("change") or f["kind"] not in ("percent", "multiple", "points"):
                continue
            if any(x.end <= f["start"] and x.period and not x.base for x in between):
                break                           # a period of its own after the pair
            if not f.get("base"):
                f["base"] = a.text


def _base_period(sp: PeriodSpan, f: Fact) -> str | None:
    """The base's period; 同期 a year before the figure's own window (去年同期 after 2018年1-7月: 2017-01/2017-07)."""
    p = f.get("period")
    if sp.same_period and p and p[:4].isdigit():
        year = sp.years[0] if sp.years else int(p[:4]) - 1
        delta = year - int(p[:4])
        return shift_years(p, delta) if delta < 0 else sp.period
    return sp.period
