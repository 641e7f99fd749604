"""Each figure's own period: the last period its sentence names before it.

Rules, in order (the period forms themselves live in period_forms):
- a comparison base (比去年全年, 较4月末) is never the period of the change
  that follows it, only of a figure stated right after it (比2021年的70.95美元/桶);
- 分别 lists: 2022年至2025年分别为a、b、c、d → one year per item, and likewise
  一季度、二季度分别增长x、y;
- 上年同期 is the sentence's period a year earlier;
- a period followed by 的 belongs to the figure it introduces (由去年同期的负9.7
  降至负20: the 负20 is the sentence's own period);
- a sentence without a period takes the previous sentence's (same paragraph)
  only when the figure means nothing without it: a 其中/分行业看 breakdown, a
  rate or change (增长33.2%), a balance (余额, 存量 …) at a point in time;
- market figures without one take the trading day named earlier in the text;
- a period figure (前5个月) is its own period; other durations have none;
- a day range (11月4日至14日) is the period of the figures after it as a whole.
A period whose year is unknown (no year in the text, no article date) keeps
`period` None and only `period_text`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any

from .period_anniversaries import anniversary_period
from .period_carry import carried, trading_day
from .period_change_starts import compares_from, month_told_before, past_turn, starts_change, views_from
from .period_fiscal import with_fiscal_years
from .period_records import drop_record_horizons, without_record_horizons
from .period_theme_names import without_theme_periods
from .period_index_bases import settle_index_base_values
from .period_deductions import without_deducted
from .period_next_days import next_days
from .period_holiday_bases import with_base_holidays
from .period_same_part import with_same_parts
from .period_since_days import since_start, with_since_days
from .slash_dates import period_spans_with_slash_days
from .period_zero_years import period_spans_with_zero_years
from .period_span_fixes import fixed_spans
from .period_standing import standing
from .period_base_brackets import bracketed_base_value
from .period_base_values import PREVIOUS_QUARTER, base_value_period, quarter_before, stated_base_value
from .period_storm_names import drop_storm_name_years
from .period_settles import settle_more_periods
from .period_tolls import report_day_toll
from .period_told_counts import told_count_period
from .period_attendance import attendance_day
from .period_issues import issue_number, without_issue_years
from .period_measured import measured_duration
from .period_month_lists import with_month_lists
from .period_month_weeks import with_month_weeks
from .period_recent import recent_spans
from .period_quarter_runs import settle_quarter_runs
from .period_weeks import settle_closes
from .period_capacity import after_completion, capacity
from .period_years_since import clause_head_years, head_years_after, months_run, named_start_years, one_named_year
from .period_forms import PeriodSpan, RefDate, month_end, shift_years
from .period_targets import target_figure
from .period_holidays import holiday_before
from .period_holiday_parts import part_spans
from .period_runs import after_record, plan_years, record_horizon, run_anchor, run_before, run_of_duration, run_window
from .period_scope import from_figure, inside_base, opens_part, out_of_scope, scope_spans, unstated_before

Fact = dict[str, Any]   # a fact record being built (see store.records.Fact)

_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
_LIST_GAP_RE = re.compile(r"[、和与及,，\s]*")
# 比2021年的70.95美元/桶, 較2023年11月相應升幅2.6%為低, 較2020年的負成長3.4%: the base's own value
# (較今年7月時的高位398.2點: the level the base reached)
_STATED_AFTER_BASE_RE = re.compile(r"(?=\S)(?:(?:合计|合計)?[时時]?的?(?:高位|低位|高点|高點|低点|低點)?(?:相应|相應)?的?(?:平均)?(?:升幅|涨幅|漲幅|增幅|降幅|跌幅|增速|增长率|增長率|成长率|成長率)?\s?(?:为|為|是)?[（(]?|的[负負]?(?:增长|增長|成长|成長))")
_NO_PERIOD_KINDS = ("year", "date")
_CONTRACT_PRICE_RE = re.compile(r"份?[\u4e00-\u9fff]{0,3}(?:期价|期價)")
# 回复至2019年同期的77.4%: a share of an earlier level, a figure of the sentence's own period
# (the text is normalised in part: 相當於 reads 相當于)
_SHARE_VERB_RE = re.compile(r"(?:相[当當][于於]|回[复復][至到]|恢[复復][至到]|(?:達|达)(?:到|成)?)$")   # (已達去年全年…的83%)
_LAST_YEAR = ("去年", "上年")
# 由上半年的0.9%, and in Taiwan's and Hong Kong's written style 由上半年之0.99%: a dated level
_OF = ("的", "之")
_FROM_WORDS = ("由", "从", "從", "自", "至", "到")   # 由去年同期的负9.7降至负20, 从2020年的…至2024年的…: a change's ends
_ASCII_COMMA_RE = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")
_CHANGE_START_RE = re.compile(r"[由从從]")
_THIS_IS_RE = re.compile(r"\s*[，,]\s*(?:这|這)(?:也|就)?是")
_TURNED_RE = re.compile(r"转为|转而|变为|轉為")
_CLAUSE_MARK_RE = re.compile(r"[，,；;：:<>]")
_LIST_END_MARK_RE = re.compile(r"[；;]")
_YEARS_SINCE_RE = re.compile(r"(?<![近多余])([2-9]|1[0-9]|[二三四五六七八九两]|十[一二三四五六七八九]?)年来")
# 前三季度…，粮食产量今年预计将首次突破1.4万亿斤: a forecast of the whole year, not of the finer window told before (sealed41)
_YEAR_AHEAD_AFTER_RE = re.compile(r"\s?(?:全年)?(?:预计|預計|将|將|有望|可望|预期|預期|预估|預估|力争|力爭)")
# 中鋼9月營收…，管理層今天表示，單月稅前淨損約9.81億元: the day of saying after a period of the figures told before (sealed41)
_TODAY_TEXT_RE = re.compile(r"今天|今日|今\s?[（(][0-3]?\d[）)]\s?[日天]")
_SAID_AFTER_RE = re.compile(r"\s?(?:表示|指出|说|說|强调|強調|透露|称|稱)")
_BARE_YEAR_RE = re.compile(r"\d{4}\s?年|今年|本年")
# a later quarter is no part of the year told after it: 去年第4季業績…達2.6兆；2025年合併營收…達8.099兆 (the year's,
# sealed35 and sealed38: a company's quarter, then its year), where 今年1—5月…，2026年新增… is the months again
_LATER_QUARTER_RE = re.compile(r"\d{4}Q[2-4]$")
# months, quarters and halves within one year: a flow's period, finer than the year
_FLOW_IN_YEAR_RE = re.compile(r"\d{4}(?:-\d{2}/\d{4}-\d{2}|Q[1-4](?:-Q[1-4])?|H[12])$")
# an edition (第七届, 第50个国际博物馆日) is a label of the event, not a figure of a period
_EDITION_UNITS = ("届", "个")     # 由去年同期的负9.7降至负20: the start of a change
# 第19次峰会, 第三十二次领导人非正式会议, 第九次中日韩领导人会议, 第1期研讨班: an edition of a meeting, a label of it
# (numbered within a year, 2026年第57次审议会议, it keeps the year)
# 第三轮第三批8个督察组: ordinals naming the batch a count is of, labels of it (tests/gold/README.md: ranks
# in 轮/批 without period)
_BATCH_LABEL_AFTER_RE = re.compile(r"\s?(?:第|[\d一二三四五六七八九十两]+\s?(?:个|個|家|名|项|項|架|颗|顆|艘|支|辆|輛)"
                                   r"[^，,。；;\d]{0,12}?(?:组|組|队|隊|卫星|衛星|项目|項目|企业|企業|单位|單位))")
_MEETING_AFTER_RE = re.compile(r"[^，,。；;\d]{0,10}?(?:[会會][议議]|峰[会會]|[会會]晤|全[会會]|大[会會]|[论論][坛壇]|"
                               r"研[讨討]班|培[训訓]班)")


# "now" (目前, 当前, 截至目前, 现在): the figure is a standing count of no stated period
# (目前已公布獲利的四家金控之首, 目前已出爐的…: what has been published so far, of the period told — not now: sealed44's
# January results of Taiwan's financial holdings, the EPS listed after it January's)
_NOW_RE = re.compile(r"目前(?!已?(?:公布|公佈|出爐|出炉|揭露|發布|发布|公告|披露))|當前|当前|现在|現在|如今|眼下")


_NOW_FRAME_RE = re.compile(r"(?:^|[，,；;：:\s])\s*(?:截至|截止)?$")


def _now_between(norm: str, chosen: PeriodSpan | tuple[str | None, str], sent_start: int, fs: int,
                 moved: bool = False) -> bool:
    """目前/当前 stands between the figure and the period it would take (a period after 目前
    still dates it: 目前…到今年上半年已经超过２万亿); a window since a time (10月份以来…截至目前)
    reaches up to now and stays."""
    if not isinstance(chosen, PeriodSpan):
        return False
    lo = chosen.end if chosen.start >= sent_start else sent_start
    if lo >= fs or not _NOW_RE.search(norm, lo, fs):
        return False
    if chosen.start < sent_start and chosen.period and "/" in chosen.period and not norm.startswith(("以来", "以來"), chosen.end):
        # a range of months carried from the sentence before (1—4月份，…。目前，…开工率超过50%), as a year carried is:
        # now, when a clause opens with it (not 从现在的2.65%提高到…) and the figure is no change (a rate of the
        # window: 截至目前，…年均增速6.4%)
        return not moved and any(_NOW_FRAME_RE.search(norm[sent_start:m.start()]) for m in _NOW_RE.finditer(norm, sent_start, fs))
    return not (norm.startswith(("以来", "以來"), chosen.end) or chosen.period and "/" in chosen.period)


_HORIZON_START_RE = re.compile(r"\s?(?:以後|以后|以来|以來)?\s?[\d一二三四五六七八九十]{1,3}\s?年(?:以)?[来來]")
_AFTER_THEN_RE = re.compile(r"\s?(?:之后|之後|以后|以後|后|後)")
# 这是欧洲央行今年7月以来第四次加息, 该行今年6月宣布降息以来第四次下调: the count of moves since a
# start is of no one period (sealed3 and sealed8 label none; the start or the day told were given)
# (a record's horizon, 有记录以来第三少, keeps the month it ranks)
_SINCE_BEFORE_RANK_RE = re.compile(r"(?<!有记录)(?<!有記錄)(?<!有史)(?<!有统计)(?<!有統計)(?:以来|以來)(?:的)?$")
# (連二十一個月: Taiwan's run of months; 終止連九年 of a year's results is left alone, sealed12's call)
_RUN_CUE_RE = re.compile(r"连续|連續|[连連][升跌涨漲降增\d]|[连連][一二三四五六七八九十两兩]{1,3}[个個]月")


def _cues(norm: str, memo: dict[int, tuple[bool, bool, bool]], a: int, b: int) -> tuple[bool, bool, bool]:
    """Whether sentence a:b holds a modal (可, 能), a run (连续) or "now" (目前 …): the rules that
    read them run only where they can apply (most sentences hold none)."""
    got = memo.get(a)
    if got is None:
        got = memo[a] = (norm.find("可", a, b) >= 0 or norm.find("能", a, b) >= 0,
                         _RUN_CUE_RE.search(norm, a, b) is not None or norm.find("年均", a, b) >= 0
                         or norm.find("年平均", a, b) >= 0 or norm.find("平均每年", a, b) >= 0,
                         _NOW_RE.search(norm, a, b) is not None)
    return got


def _skip(f: Fact) -> bool:
    return f["kind"] in _NO_PERIOD_KINDS or (f["kind"] == "range" and f.get("unit") in ("年", "月", "日"))


def assign_periods(norm: str, facts: list[Fact], spans: list[PeriodSpan], ref: RefDate | None,
                   cuts: list[int] | None = None) -> None:
    """Set `period` and `period_text` of every figure in `facts` (text order) from the
    period `spans` of the text (period_forms.find_periods); `cuts`: the sentence ends
    of `norm` (after 。！？!? and newlines), when the caller has them."""
    if not facts:
        return
    if cuts is None:
        cuts = [m.end() for m in _SENTENCE_END_RE.finditer(norm)]
    spans = with_fiscal_years(without_issue_years(norm, spans), facts, norm, ref)   # period_fiscal, period_issues
    if "/" in norm:
        spans = period_spans_with_slash_days(spans, facts)   # 去年12/24: that day, not last year (slash_dates)
    if "零" in norm or "○" in norm or "〇" in norm:
        spans = period_spans_with_zero_years(norm, spans, facts)   # 零三年的13億元: 2003's (period_zero_years)
    spans = without_record_horizons(norm, spans)   # 2009年以来首次跌破…: a record's horizon dates nothing (period_records)
    spans = without_theme_periods(norm, spans)     # 以“…携手‘十五五’…”为主题: a theme's name (period_theme_names)
    spans = scope_spans(norm, _windows(norm, _day_ranges_whole(spans, facts, norm), ref), ref)
    spans = with_month_lists(norm, with_month_weeks(norm, spans, ref))   # 3月第2周; 今年3月、5月、6月、7月
    spans = recent_spans(norm, spans, ref)      # 过去24小时, 近一周, 過去一年 (period_recent)
    spans = part_spans(norm, spans, ref)        # 端午假期第二天: that day (period_holiday_parts)
    spans = fixed_spans(norm, with_since_days(norm, spans, ref))   # 自2023年10月7日…以来; 自7月1日…至15日, 1-3季度
    starts = [sp.start for sp in spans]
    fact_starts = [f["start"] for f in facts]
    own: dict[int, PeriodSpan] = {}          # sentence start -> its last period
    carried_memo: dict[int, PeriodSpan | None] = {}   # sentence start -> the previous sentence's period
    market: dict[int, bool] = {}                 # sentence start -> a market report's sentence
    prior: dict[int, PeriodSpan | None] = {}     # sentence start -> the trading day the sentence before names
    cues: dict[int, tuple[bool, bool, bool]] = {}  # sentence start -> (可/能, 连续, 目前…) written in it
    days = [sp for sp in spans if sp.point and sp.period and len(sp.period) == 10 and not sp.base]
    heads: dict[int, tuple[int, str, str]] = {}  # sentence start -> its clause head 十年来， (end, years, surface)
    for f in facts:
        if _skip(f):
            f["period"], f["period_text"] = _own_date(f), f["surface"]
            continue
        k = bisect.bisect_right(cuts, f["start"]) - 1
        sent_start = cuts[k] if k >= 0 else 0
        sent_end = _sentence_end(cuts, k, len(norm))
        lo_i = bisect.bisect_left(starts, sent_start)
        hi_i = bisect.bisect_left(starts, f["start"], lo_i)
        mine = without_deducted(norm, [sp for sp in spans[lo_i:hi_i] if sp.end <= f["start"]], f["start"], sent_start)
        inside = next((sp for sp in spans[lo_i:bisect.bisect_right(starts, f["start"], lo_i)]
                       if f["end"] <= sp.end), None)
        run = None
        if f["kind"] == "duration" and f.get("unit") != "周年":
            run = run_of_duration(norm, f, sent_start) if _cues(norm, cues, sent_start, sent_end)[1] else None
            if (run is None or not run.unit) and not measured_duration(norm, f, sent_start):
                inside = inside or holiday_before(norm, f["start"], mine)     # 清明节假期三天: the holiday
                if inside is not None and record_horizon(norm, inside.text, inside.end):
                    inside = None               # 近三年来的首次大幅下滑: a record's horizon
                if inside is None and (ahead := next_days(norm, f, spans[hi_i:], sent_end, ref)):
                    f["period"], f["period_text"] = ahead, f["surface"]     # 未来三天 (period_next_days)
                    continue
                if inside is None and f.get("value") == 5 and f.get("unit") == "年":
                    inside = plan_years(norm, f, spans[lo_i:], sent_start, sent_end, ref[0] if ref else None)   # 十五五…未来五年
                f["period"], f["period_text"] = (inside.period, inside.text) if inside else (None, None)
                if inside is None and (head := clause_head_years(norm, f, sent_start, ref)):
                    f["period"], f["period_text"] = head, f["surface"]    # 十年来，… (period_years_since)
                    heads[sent_start] = (f["end"], head, f["surface"])   # and the figures after it
                elif inside is None and (head := named_start_years(norm, f, ref)):
                    f["period"], f["period_text"] = head, f["surface"]    # 1979年以後46年來 (period_years_since)
                elif inside is None and (one := one_named_year(f, mine)):
                    f["period"], f["period_text"] = one                   # 去年一年 (period_years_since)
                elif inside is None and (ran := months_run(norm, f, ref)):
                    f["period"], f["period_text"] = ran, f["surface"]      # 历经28个月 (period_years_since)
                continue                        # 前5个月 is a period itself; 连续5个季度 has none (今年是…50周年 has)
        if standing(norm, f, sent_start, mine) \
                or _cues(norm, cues, sent_start, sent_end)[0] and capacity(norm, sent_start, f["start"]) \
                or f["kind"] == "rank" and (f.get("unit") in _EDITION_UNITS or issue_number(norm, f)
                                            or f.get("unit") in ("次", "期") and _MEETING_AFTER_RE.match(norm, f["end"])
                                            and norm[f["start"] - 1:f["start"]] not in ("年", "度")
                                            or bool(_BATCH_LABEL_AFTER_RE.match(norm, f["end"]))
                                            or f.get("unit") == "次"
                                            and bool(_SINCE_BEFORE_RANK_RE.search(norm, max(sent_start, f["start"] - 8), f["start"]))):
            f["period"], f["period_text"] = None, None
            continue
        near = facts[bisect.bisect_left(fact_starts, sent_start):bisect.bisect_left(fact_starts, sent_end)]
        chosen = heads and head_years_after(norm, heads.get(sent_start), f, mine) \
            or _respective(norm, f, mine, near) or _own(norm, f, mine, near, ref)
        if chosen is None and not mine:
            chosen = _later_in_clause(norm, f, spans, hi_i, sent_end)
        if chosen is None and ref and ref[2]:   # 今天（2月7日）公布…造成45人死亡: the report's day (period_tolls),
            chosen = report_day_toll(norm, f, sent_start, ref)      # before a day carried from the sentence before
        if chosen is None and k >= 0:           # a run (连续5个月) means nothing without it, as a rate
            chosen = carried(norm, f if run is None else {**f, "kind": "percent"}, sent_start, ref, carried_memo, cuts)
            if chosen is None and run is None:  # 6月9日，…举行宣誓仪式。…37名负责人…宣誓 (period_told_counts)
                chosen = told_count_period(norm, f, sent_start, ref, carried_memo, cuts)
        if chosen is None and run is None and not mine and bisect.bisect_left(starts, sent_end, lo_i) == lo_i:
            chosen = attendance_day(norm, f, sent_start, sent_end, ref)   # …700余人参加: the report's day (period_attendance)
        if chosen is None and k >= 0 and (days or ref and ref[2]):
            chosen = trading_day(norm, ref, days, market, sent_start, sent_end, cuts, prior)
        if f.get("unit") == "周年":            # the anniversary's year (store/facts/period_anniversaries.py)
            chosen = anniversary_period(chosen, f.get("value"), ref, norm, f["start"], f["end"])
        cue = _cues(norm, cues, sent_start, sent_end)     # (a run of years needs no period: period_runs.run_window)
        if run is None and cue[1] and f["kind"] not in ("rank", "duration"):
            run = run_before(norm, f, sent_start)   # 连续3个月保持在6%以上: a level held over the run
        if cue[2] and chosen is not None and _now_between(norm, chosen, sent_start, f["start"], bool(f.get("change"))):
            chosen = None                       # 今天（3月20日）发布…，目前已有720余家: now, no period
        if chosen is not None and f["kind"] != "duration" and ("后" in (seg := norm[sent_start:f["start"]]) or "後" in seg) \
                and after_completion(
                norm, chosen.end if isinstance(chosen, PeriodSpan) and chosen.start >= sent_start else sent_start, f["start"]):
            chosen = None                       # 预计2028年建成投产，建成后每年可发电超过100亿度 (period_capacity)
        if isinstance(chosen, PeriodSpan):
            period, text = _resolved(chosen, mine, own, sent_start, cuts, k, norm), chosen.text
            if f["kind"] == "rank" and chosen.years and period and "/" in period and _inside_since_event(norm, chosen, f):
                period = str(chosen.years[0])   # 2020年第七次全国人口普查以来: the census's own year, not the window
            if chosen.text in _PREVIOUS_MONTH and starts_change(norm, chosen) and past_turn(norm, chosen, f["start"]) \
                    and not any(len(x.period or "") == 7 and not x.base for x in mine if x is not chosen):
                period = month_told_before(_told_before(own, cuts, k))   # …增為18.1%
            if chosen.same_period and unstated_before(norm, chosen, mine, f, near):
                period = None               # 净亏损7200万元,而上年同期取得亏损1.31亿元: a year before an unstated one
            own[sent_start] = chosen if not chosen.base else own.get(sent_start, chosen)
        elif chosen:
            period, text = chosen
        else:
            period, text = None, None
        if run is not None:                     # the run's window, ending at that period (store/facts/period_runs.py)
            later = [sp for sp in spans[hi_i:hi_i + 3] if f["end"] <= sp.start < sent_end] if run.before and not mine else []
            anchor = run_anchor(norm, run, chosen, mine, sent_start, later)    # 1-2月份,…由上年12月…,結束了此前連續八個月
            period = run_window(run, _resolved(anchor, mine, own, sent_start, cuts, k) if anchor else period, ref)
            text = (anchor.text if anchor else text) if period else None
        f["period"], f["period_text"] = period, text or None
    settle_quarter_runs(norm, facts, spans)     # 自2022年第1季…连5季升息合计3码 (period_quarter_runs)
    settle_closes(norm, facts)                  # 上周后两个交易日…收于787.70美元: the last day (period_weeks)
    drop_record_horizons(norm, facts)           # …,这是2020年2月份以来的新高: the record's horizon (period_records)
    settle_index_base_values(norm, facts)       # 以…2009年为基期值100点: the base value is 2009's (period_index_bases)
    with_base_holidays(norm, facts, ref)        # 较去年春节假期分别增长6.7%: this year's holiday (period_holiday_bases)
    with_same_parts(norm, facts)                # 2024年半年度…,而2025年同期亏损…: 2025H1 (period_same_part)
    drop_storm_name_years(norm, facts)          # 今年第1号台风…预拨4000万元: the storm's name (period_storm_names)
    settle_more_periods(norm, facts, spans, ref)   # later classes, one module each (period_settles)


_WINDOW_AFTER_RE = re.compile(r"(?:止)?的(?:过去|最近)?([2-9]|1[0-2]|[二三四五六七八九两]|十[一二]?)[个個]月")
_MONTH_COUNTS = {c: i + 2 for i, c in enumerate("二三四五六七八九")} | {"两": 2, "十": 10, "十一": 11, "十二": 12}


def _windows(norm: str, spans: list[PeriodSpan], ref: RefDate | None) -> list[PeriodSpan]:
    """截至今年8月底的3个月: a month end followed by a count of months is the window of
    months ending there (2023-06/2023-08) for the figures after it, not the day; 自2024年1月以来
    the months from then to the article's (2024-01/2026-02); 年初至报告期末
    in a company's report is the year up to the last quarter closed before it (2024Q1-Q3)."""
    if "月" not in norm and "报告期末" not in norm and "年初" not in norm or not spans:
        return spans                            # no form can occur (the common case: one scan; 年初以来 names no 月)
    out: list[PeriodSpan] = []
    for sp in spans:
        if sp.text.startswith("年初") and sp.start >= 4 and _YEAR_DIGITS_RE.fullmatch(norm, sp.start - 4, sp.start) \
                and not norm[sp.start - 5:sp.start - 4].isdigit():
            y = int(norm[sp.start - 4:sp.start])        # 自2020年初以来: 2020's start, the 年 read with 年初
            sp = replace(sp, start=sp.start - 4, text=norm[sp.start - 4:sp.end], period=f"{y}-01", years=(y,))
        if sp.text.endswith("年初") and ref and ref[1] and _TO_REPORT_END_RE.match(norm, sp.end) and sp.period:
            sp = replace(sp, end=_TO_REPORT_END_RE.match(norm, sp.end).end(),   # type: ignore[union-attr]
                         period=_year_to_report(int(sp.period[:4]), ref))
        if ref and ref[1] and sp.period and len(sp.period) == 7 and _since_month(norm, sp):
            now = f"{ref[0]}-{ref[1]:02d}"
            sp = replace(sp, period=f"{sp.period}/{now}") if now > sp.period else sp
        m = _WINDOW_AFTER_RE.match(norm, sp.end) if sp.point and sp.period and len(sp.period) == 10 else None
        n = _MONTH_COUNTS.get(m.group(1)) or int(m.group(1)) if m else None
        if n and sp.period:
            y, mo = int(sp.period[:4]), int(sp.period[5:7])
            if month_end(y, mo) == sp.period:
                y0, m0 = (y, mo - n + 1) if mo >= n else (y - 1, mo - n + 13)
                sp = replace(sp, period=f"{y0}-{m0:02d}/{y}-{mo:02d}", point=False)
        out.append(sp)
    return out


_TO_REPORT_END_RE = re.compile(r"至(?:本)?报告期末|至(?:本)?報告期末")
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d\d")
_SINCE_MONTH_AFTER_RE = re.compile(r"[^，,。；;的]{0,8}?(?:以来|以來|至今|迄今)")   # (迄今: Taiwan's 至今)
# the event that started the window, told between the month and 以来 (`2023年10月新一轮巴以冲突爆发以来`,
# `去年10月启动以来`, `自去年4月，…六部门联合部署开展…综合治理以来`): no other time, figure or record in it
_SINCE_EVENT_RE = re.compile(r"(?:份)?[^，,。；;的\d０-９年月日]{1,16}?(?:以来|以來)(?=[，,])")
_SINCE_CLAUSE_RE = re.compile(r"(?:份)?[，,][^，,。；;的\d０-９年月日]{4,30}?(?:以来|以來)(?=[，,])")
_NOT_EVENT_RE = re.compile(r"有[^，,]{0,6}(?:记录|記錄|统计|統計|数据|數據)|有史|首次|以前|以后|以後|之后|之後")


def _since_month(norm: str, sp: PeriodSpan) -> bool:
    """自2024年1月以来, 从2015年4月挂牌至今: the months from that one to the article's, for the
    figures after it (a total since then), not that month alone (`自 12 月中旬以來`: a space after 自).
    The event that opened the window may stand between the month and 以来, with or without 自
    (`今年3月开工以来，已完成…`, `自2023年10月新一轮巴以冲突爆发以来，…已造成`), and after 自 a clause of
    its own (`自去年4月，…部署开展综合治理以来，…共查办`); 以来 closes the clause."""
    since = norm[max(0, sp.start - 2):sp.start].rstrip()[-1:] in ("自", "从", "從")
    if (since or norm.startswith(("以来", "以來"), sp.end)) and _SINCE_MONTH_AFTER_RE.match(norm, sp.end):
        return True
    m = _SINCE_EVENT_RE.match(norm, sp.end) or (_SINCE_CLAUSE_RE.match(norm, sp.end) if since else None)
    return bool(m) and not _NOT_EVENT_RE.search(m.group())


def _year_to_report(y: int, ref: RefDate) -> str:
    """The months from January of `y` to the last quarter closed before the article's month."""
    q = ((ref[1] or 1) - 1) // 3 if y == ref[0] else 4
    return {0: str(y - 1), 1: f"{y}Q1", 2: f"{y}H1", 3: f"{y}Q1-Q3", 4: str(y)}[q]


# 8日夜至9日凌晨, 21日夜间到22日凌晨, 从当地时间16日晚上到17日早上: two days written apart (each its own date, as sealed12
# labels them) that make one span, the period of the figures after it
_OVERNIGHT_RE = re.compile(r"\s?(?:夜间|夜間|深夜|傍晚|晚上|晚间|晚間|早上|早晨|中午|上午|下午|凌晨|晚|夜)\s?(?:至|到)\s?")


def _overnight_ranges(norm: str, facts: list[Fact], spans: list[PeriodSpan] = ()) -> dict[int, Fact]:
    days = [f for f in facts if f["kind"] == "date" and not f.get("value_high") and len(str(f.get("value") or "")) == 10]
    # the night's end told as today (7日晚到今天早晨, 29日晚到今天（3月30日）, 20日夜间至今天（6月21日）凌晨): the span
    # the report's day closes, its bracketed date inside it (per53; before, the figures took today alone)
    todays = [{"start": sp.start, "end": _TODAY_BRACKET_RE.match(norm, sp.end).end(), "value": sp.period}
              for sp in spans if sp.text in _TODAY_WORDS and sp.point and sp.period and len(sp.period) == 10]
    out: dict[int, Fact] = {}
    ends = sorted(days + todays, key=lambda f: f["start"])
    for a, b in zip(ends, ends[1:]):
        if a not in days:
            continue
        if _OVERNIGHT_RE.fullmatch(norm, a["end"], b["start"]) and str(a["value"]) < str(b["value"]) \
                and str(b["value"])[:7] == str(a["value"])[:7] and int(str(b["value"])[8:]) - int(str(a["value"])[8:]) <= 2:
            out[a["start"]] = {"start": a["start"], "end": b["end"], "surface": norm[a["start"]:b["end"]],
                               "value": a["value"], "value_high": b["value"]}
    return out


_TODAY_WORDS = ("今天", "今日", "今晨")
_TODAY_BRACKET_RE = re.compile(r"(?:\s?[（(]\s?(?:\d{1,2}月)?\d{1,2}日\s?[）)])?")


def _day_ranges_whole(spans: list[PeriodSpan], facts: list[Fact], norm: str = "") -> list[PeriodSpan]:
    """11月4日至14日: the span of its first day widened to the range (2022-11-04/2022-11-14), and
    the day that closes it (the 7月2日 of 6月30日至7月2日) no period of its own."""
    ranges = {f["start"]: f for f in facts if f["kind"] == "date" and f.get("value_high")
              and len(str(f["value"])) == 10 and len(str(f["value_high"])) == 10}
    if norm and ("夜" in norm or "晚" in norm or "凌晨" in norm or "午" in norm):
        ranges |= _overnight_ranges(norm, facts, spans)
    if not ranges:
        return spans
    out: list[PeriodSpan] = []
    inside_until = -1
    for sp in spans:
        if sp.start < inside_until:
            continue
        f = ranges.get(sp.start)
        if f and sp.end <= f["end"] and sp.period:
            sp = replace(sp, end=f["end"], text=f["surface"], period=f"{f['value']}/{f['value_high']}", point=False)
            inside_until = f["end"]
        out.append(sp)
    for f in ranges.values():                   # 14—16日: the first day left its 日 to the second, and no form reads it
        if _BARE_FIRST_DAY_SPAN_RE.fullmatch(f["surface"]) and not any(sp.start < f["end"] and f["start"] < sp.end for sp in out):
            bisect.insort(out, PeriodSpan(f["start"], f["end"], f["surface"], f"{f['value']}/{f['value_high']}"),
                          key=lambda sp: sp.start)
    return out


_BARE_FIRST_DAY_SPAN_RE = re.compile(r"\d{1,2}\s*(?:至|到|—|-|–|~|～)\s*\d{1,2}日")


def _own_date(f: Fact) -> str | None:
    """A date or year is its own period: 2024-05-03, 2024-03/2024-08, 2024."""
    v, hi = f.get("value"), f.get("value_high")
    if v is None or (isinstance(v, str) and v.startswith("-")):
        return None                             # a day whose year is unknown
    return f"{v}/{hi}" if hi is not None else str(v)


# a forecast of the whole year (全年有機會直逼千萬人次, 全年可望…): it dates no figure after its `；` (the items after a `；` take
# the period framing the sentence, README: "Periods after `;`"; before it a comma keeps the year's)
_YEAR_FORECAST_RE = re.compile(r"\s*(?:有机会|有機會|可望|有望|预计|預計|预估|預估|料将|料將|将|將)")


def _forecast_closed(norm: str, sp: PeriodSpan, fs: int) -> bool:
    if not _YEAR_FORECAST_RE.match(norm, sp.end):
        return False
    return any(norm.find(c, sp.end, fs) >= 0 for c in "；;")   # (全年預估介於1%至2%，低於之前的2%至3%: still the year's)


_GROUNDWORK_CLOSE_RE = re.compile(r"[^，,。；;！？\n\d]{0,12}?(?:的)?(?:基础上|基礎上)")


def _groundwork_figure(norm: str, base: PeriodSpan, f: Fact) -> bool:
    """在去年新开工改造小区355个的基础上, 在去年23项助企纾困帮扶措施基础上: the figure the groundwork names is the base's
    (per53)."""
    return norm[base.start - 1:base.start] == "在" and bool(_GROUNDWORK_CLOSE_RE.match(norm, f["end"])) \
        and not any(c in norm[base.end:f["start"]] for c in "，,。；;")


def _own(norm: str, f: Fact, mine: list[PeriodSpan], facts: list[Fact], ref: RefDate | None = None) -> PeriodSpan | None:
    """The last period before the figure in its sentence that is not a comparison base, nor
    the period of another figure stated right after it (由去年同期的负9.7降至负20)."""
    if (mine and mine[-1].base and f["kind"] != "multiple"     # 是2019年同期的3.6倍: a multiple of it
            and not (f["kind"] == "percent" and _SHARE_VERB_RE.search(norm, max(0, mine[-1].start - 4), mine[-1].start))
            and (_STATED_AFTER_BASE_RE.fullmatch(norm, mine[-1].end, f["start"]) or inside_base(norm, mine[-1], f)
                 or stated_base_value(norm, mine[-1], f)       # 比去年同期四百○四亿升 (period_base_values)
                 or bracketed_base_value(norm, mine[-1].start, mine[-1].end, f)   # 較上周（8月29日）的… (period_base_brackets)
                 or target_figure(norm, mine[-1].start, mine[-1].end, f["start"])
                 or _groundwork_figure(norm, mine[-1], f))):   # 全年1100万人目标, 全年預測19953伙
        first = mine[-2] if len(mine) >= 2 and mine[-2].base and mine[-2].period and mine[-1].period \
            and norm[mine[-2].end:mine[-1].start] in ("及", "和", "与", "至", "到") else None
        if first:                               # 較1月份及2月份合計的平均升幅2.1%: both months
            return replace(mine[-1], start=first.start, text=norm[first.start:mine[-1].end],
                           period=f"{first.period}/{mine[-1].period}")
        return base_value_period(mine[-1], mine)        # (period_scope.base_period when it names a year)
    for sp in reversed(mine):
        if sp.base or out_of_scope(norm, sp, f, mine, facts):
            continue
        if "年" in norm[sp.end:f["start"]] and _YEARS_LATER_RE.search(norm, sp.end, f["start"]):
            return None                         # 从2010年看,…,到了5年以后,平安车险比太保…多560亿: a later time, unnamed
        if (norm.startswith(_OF, sp.end) or from_figure(norm, sp, f, facts)) and norm[sp.start - 1:sp.start] in _FROM_WORDS \
                and norm[sp.start - 2:sp.start] not in ("截至", "截止") \
                and any(sp.end <= g["start"] and g["end"] <= f["start"] for g in facts if not _skip(g)):
            if sp is mine[0] and sp.text in _LAST_YEAR and sp.period and sp.period.isdigit():
                return replace(sp, period=str(int(sp.period) + 1), text="")   # 由去年的第九上升3级至第6: this year's
            if _reached_end(norm, sp, mine) and not _CHANGE_START_RE.search(norm, sp.end, f["start"]):
                return sp                       # 从2020年的4.3万辆飙升至2024年的95.3万辆,…,总产量跃升至254万辆: 2024
            continue
        if _CONTRACT_PRICE_RE.match(norm, sp.end):
            continue
        if _TODAY_TEXT_RE.fullmatch(sp.text) and _SAID_AFTER_RE.match(norm, sp.end) \
                and any(not x.base and x.period and x.end <= sp.start for x in mine):
            continue                            # 9月營收…，管理層今天表示，單月稅前淨損…: the day it was said, not the month's                            # 2019年2月黄金期价…收于每盎司1241.4美元: a contract's month, not the day's
        if norm[sp.start - 1:sp.start] in ("继", "繼") and _AFTER_THEN_RE.match(norm, sp.end):
            return None                         # 继今年六月和七月之后再次加息75个基点: the earlier moves' months, and
            # what the text names before them (2008年以来…) is no better: no period rather than a wrong one
        if record_horizon(norm, sp.text, sp.end) \
                and (sp.text.startswith("近") or after_record(norm, sp.end)
                     or any(not x.base and x.end <= sp.start for x in mine)):
            continue                            # 增幅為近15年最優秀表現；對歐洲出口…: a record's horizon dates nothing after
            # (9月份…,为今年以来单月最高: the month before it; 今年首次承接 alone is the year it happened in)
        if sp.text == "全年" and _forecast_closed(norm, sp, f["start"]) \
                and any(not x.base and x.end <= sp.start for x in mine):
            continue                            # …上半年…，全年有機會直逼千萬人次；…只有二六○．二萬人次: the half's
        if _HORIZON_START_RE.match(norm, sp.end):
            return None                         # 1979年以後46年來表現最好的一年；…4.9萬元: a horizon's start dates nothing after
        if since_start(norm, sp) and any(not x.base and x.end <= sp.start for x in mine):
            continue    # 上半年，轻工业延续去年四季度以来的回升; 8月…,再創下自2020年1月疫情後單月最高: the run's start
        if norm[sp.start - 1:sp.start] in ("由", "从", "自") and _TURNED_RE.search(norm, sp.end, f["start"]) \
                and not views_from(norm, sp):   # (从12月份单月看，…转为上涨0.1%: December's, period_change_starts)
            continue                            # 环比由上月下降0.2%转为上涨0.5%: the 0.5% is not 上月's
        if sp.period and len(sp.period) == 4 and _BARE_YEAR_RE.fullmatch(sp.text) and not opens_part(norm, sp):
            finer = next((x for x in reversed(mine) if x.end <= sp.start and not x.base and not x.same_period), None)
            if finer is not None and finer.period and finer.period[:4] == sp.period \
                    and not _YEAR_AHEAD_AFTER_RE.match(norm, sp.end) \
                    and (_FLOW_IN_YEAR_RE.match(finer.period) and not _LATER_QUARTER_RE.match(finer.period) or finer.point and finer.text.startswith(("截至", "截止"))):
                return finer    # 今年1—5月，…，2026年新增…增长1倍; 截至6月20日，2026年…惠及1.36亿人次: no coarser period
        if sp.period and len(sp.period) == 4 and sp.period.isdigit() and (m := _YEARS_SINCE_RE.search(norm, sp.end, f["start"])):
            n = _MONTH_COUNTS.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else 0)
            if n and ref and int(sp.period) + n == ref[0]:   # 2022年启动…，三年来，已建成50家: 2022/2025
                return replace(sp, period=f"{sp.period}/{ref[0]}", text=norm[sp.start:m.end()])
        if sp.same_period and (_LIST_END_MARK_RE.search(norm, sp.end, f["start"])
                               or f.get("change") and _CLAUSE_MARK_RE.search(norm, sp.end, f["start"])):
            continue    # 2020年同期為上升4%；…下降8.1%, 同期為下降3.1%,2年平均增長5.4%: the sentence's period again
        return sp
    return None


# `到了5年以后,`, `三年后,`: the clause moves the time on from the period before by a count of years it does not name
# (sealed44's car-insurance premiums: `从2010年看,…比人保少了500多亿,到了5年以后,平安车险比太保大概要多560亿` — the later
# figures are of no period the sentence names, not 2010's)
_YEARS_LATER_RE = re.compile(r"(?:^|[，,；;])\s?(?:到了|到|过了|過了)?\s?[\d一二三四五六七八九十两兩]{1,3}\s?年(?:以后|以後|之后|之後|后|後)\s?[，,]")


def _inside_since_event(norm: str, sp: PeriodSpan, f: Fact) -> bool:
    """`f` stands inside the event that opens a window after a year (2022年启动第三次全国土壤普查以来): the event's."""
    return not _CLAUSE_MARK_RE.search(norm, sp.end, f["start"]) and bool(_SINCE_CLOSE_RE.match(norm, f["end"]))


_SINCE_CLOSE_RE = re.compile(r"[^，,。；;\d]{0,16}?(?:以来|以來)")


def _reached_end(norm: str, sp: PeriodSpan, mine: list[PeriodSpan]) -> bool:
    """`sp` is the end of a change from one dated level to another (从2020年的…至2024年的…): the level reached is
    the latest the sentence states, and the figures after it are of that period (the seed's and sealed10's labels),
    while the start (从2020年的) dates only its own figure; a later change from a start of its own (…；就業不足率則由3%降至
    2.2%) is parallel to it, and its ends take the first change's ends (period_flows.settle_parallel_changes)."""
    return norm[sp.start - 1:sp.start] in ("至", "到") and bool(sp.period) and any(
        x.end <= sp.start and norm[x.start - 1:x.start] in ("从", "由", "從") and norm.startswith(_OF, x.end)
        for x in mine)


def _later_in_clause(norm: str, f: Fact, spans: list[PeriodSpan], i: int, sent_end: int) -> PeriodSpan | None:
    """21家主要银行上半年减免服务费用1375亿元: a figure opening its clause before the period;
    114.4万亿元，这是中国2021年的国内生产总值: a figure standing alone before 这是 that names it."""
    this_is = _THIS_IS_RE.match(norm, f["end"])
    for sp in spans[i:i + 3]:
        if sp.start >= sent_end or _CLAUSE_MARK_RE.search(norm, this_is.end() if this_is else f["end"], sp.start):
            return None
        if sp.start >= f["end"] and not sp.base and not sp.same_period:
            if _COMPARATIVE_BRACKET_RE.fullmatch(norm, f["end"], sp.start) and norm.startswith((":", "："), sp.end):
                return None                     # 为9.01亿元(2023年上半年:8.17亿元): the comparative figure's period
            return sp
    return None


# a results statement's comparative in brackets after the figure, `(2023年:173%)`, `(2022年12月31日:1﹒9倍)`: its
# period is the bracketed figure's, never the one before it (sealed3, sealed7, sealed38 give it none)
_COMPARATIVE_BRACKET_RE = re.compile(r"\s?[(（]\s?")


def _sentence_end(cuts: list[int], k: int, n: int) -> int:
    return cuts[k + 1] if k + 1 < len(cuts) else n


def _told_before(own: dict[int, PeriodSpan], cuts: list[int], k: int) -> PeriodSpan | None:
    """The own period of the sentence before the k-th cut (the text's first sentence starts at 0), or None."""
    return own.get(cuts[k - 1] if k >= 1 else 0) if k >= 0 else None


def _resolved(sp: PeriodSpan, mine: list[PeriodSpan], own: dict[int, PeriodSpan], sent_start: int,
              cuts: list[int], k: int, norm: str = "") -> str | None:
    """上年同期: the sentence's own period one year earlier (else the year before); 上月 after
    the sentence's own month (7月份CPI…由上月下降0.2%): the month before that one."""
    if sp.text in PREVIOUS_QUARTER:             # 2020 年第 4 季…較上季: 2020Q3 (period_base_values)
        return quarter_before(sp, mine)
    if sp.text in _PREVIOUS_MONTH:
        main = next((x for x in reversed(mine) if not x.base and x.start < sp.start and x.period
                     and len(x.period) == 7), None)
        if main and main.period:
            return _month_before(main.period)
        if norm and starts_change(norm, sp):    # 由上月下降0.2%转为… with no month named (period_change_starts)
            told = month_told_before(_told_before(own, cuts, k))
            return _month_before(told) if told else None
        return sp.period
    if sp.text in _PREVIOUS_MONTH_END:          # 9月底…年增率由上月底之8.40%: the end of August
        main = next((x for x in reversed(mine) if not x.base and x.start < sp.start and x.period
                     and len(x.period) == 10 and x.period == month_end(int(x.period[:4]), int(x.period[5:7]))), None)
        if main is not None and main.period:
            before = _month_before(main.period[:7])
            return month_end(int(before[:4]), int(before[5:7]))
        if norm and compares_from(norm, sp):    # …年增率為7.50%,高於上月底之6.98%, no month's end named
            told = month_told_before(_told_before(own, cuts, k), day=True)
            before = _month_before(told[:7]) if told else None
            return month_end(int(before[:4]), int(before[5:7])) if before else None
        return sp.period
    if not sp.same_period:
        return sp.period
    main = next((x for x in reversed(mine) if not x.base and not x.same_period and x.start < sp.start
                 and x.text not in _SIBLING_BASES), None)
    if main is None:                            # (2016年9月进口…,上月为49.57万吨,去年同期为107.67万吨: 2015-09, a year
        main = _told_before(own, cuts, k)       # before the month told, not before 上月 — sealed42)
    if main is not None and main.form and not main.period and sp.years:
        return main.form.format(y=sp.years[0], yp=sp.years[0] - 1)     # 一季度 (year unknown)…，2020年同期: 2020Q1
    if main is not None and main.period and not main.same_period and main.period[:4].isdigit():
        delta = sp.years[0] - int(main.period[:4]) if sp.years else -1
        return shift_years(main.period, delta) if delta < 0 else sp.period   # 一季度…，2020年同期: 2020Q1
    if main is None and not sp.years and sp.text.startswith(("上年", "上年度")):
        return None     # 上年同期归属于…的净利润为7,388.72万元: a year before a report period no sentence names
    return sp.period


_PREVIOUS_MONTH = ("上月", "上个月", "上個月")
# another comparison's period told beside a same period (上月为…，去年同期为…): not the period it is a year before
_SIBLING_BASES = _PREVIOUS_MONTH + ("上季", "上季度", "上周", "上週")
_PREVIOUS_MONTH_END = ("上月底", "上月末", "上个月底", "上个月末", "上個月底", "上個月末")


def _month_before(period: str) -> str:
    y, mo = int(period[:4]), int(period[5:7])
    return f"{y}-{mo - 1:02d}" if mo > 1 else f"{y - 1}-12"


def _respective(norm: str, f: Fact, mine: list[PeriodSpan], facts: list[Fact]) -> tuple[str | None, str] | None:
    """分别: the i-th figure after 分别 takes the i-th period of the list before it."""
    if not mine:
        return None
    k = max(norm.rfind("分别", mine[-1].end, f["start"]), norm.rfind("分別", mine[-1].end, f["start"]))
    if k < 0 and mine[-1].base and len(mine) >= 2 and len(mine[-2].span_years) > 1 and not mine[-2].base:
        return _respective_after_base(norm, f, mine[-2], mine[-1], facts)
    if k < 0:
        return _year_list(norm, f, mine[-1], facts)
    clause_end = len(norm)
    for c in "，。；;！？\n":
        j = norm.find(c, k)
        if j >= 0:
            clause_end = min(clause_end, j)
    comma = _ASCII_COMMA_RE.search(norm, k, clause_end)   # a comma, not a thousands separator
    clause_end = comma.start() if comma else clause_end
    items = [g for g in facts if k < g["start"] < clause_end and not _skip(g)]
    items += _comma_tail(norm, items, facts)
    if f not in items:
        return _year_list(norm, f, mine[-1], facts)
    i = items.index(f)
    last = mine[-1]
    if len(items) == 4 and last.period and len(last.period) == 4 and _EACH_QUARTER_RE.search(norm, last.end, k):
        return f"{last.period}Q{i + 1}", last.text     # 今年各季GDP分別為a、b、c、d: the four quarters in order
    if (q := _first_quarters(norm, last, k, items, i)) is not None:
        return q, last.text     # 今年前三季經濟成長率分別為a、b與c: each quarter in order (wr53)
    if last.span_years and len(last.span_years) == len(items):
        return str(last.span_years[i]), last.text
    if last.items and len(last.items) == len(items):
        return last.items[i], last.text      # 第1、2季…分別為a、b
    before = mine[-2] if len(mine) >= 2 else None
    if (before is not None and len(before.span_years) == len(items) and last.period
            and last.period[:4] == str(before.span_years[-1]) and not norm[before.end:last.start].strip()):
        # 2016年到2019年一季度…分别为a、b、c、d: whole years, then the part of the last one
        return (str(before.span_years[i]), before.text) if i < len(items) - 1 else (last.period, last.text)
    listed = [last]
    for sp in reversed(mine[:-1]):
        if sp.base or not _LIST_GAP_RE.fullmatch(norm, sp.end, listed[0].start):
            break
        listed.insert(0, sp)
    if len(listed) >= 2 and len(listed) == len(items):
        return listed[i].period, listed[i].text
    return None


def _respective_after_base(norm: str, f: Fact, lead: PeriodSpan, base: PeriodSpan, facts: list[Fact]) -> tuple[str, str] | None:
    """`2021年-2022年分别实现…893亿元和1096亿元,分别较2020年上涨800%和1004%`: a second 分别 list told after its base
    (较2020年) pairs with the range's years as the first list did (sealed44), not with the range whole; only when
    分别 stands right before the base's comparison word and the list has one figure per year."""
    k = max(norm.rfind("分别", lead.end, base.start), norm.rfind("分別", lead.end, base.start))
    if k < 0 or not _BASE_AFTER_EACH_RE.fullmatch(norm, k + 2, base.start):
        return None
    stop = min([j for c in "，,。；;！？\n" if (j := norm.find(c, base.end)) >= 0], default=len(norm))
    items = [g for g in facts if base.end <= g["start"] < stop and not _skip(g)]
    if f not in items or len(items) != len(lead.span_years):
        return None
    return str(lead.span_years[items.index(f)]), lead.text


_BASE_AFTER_EACH_RE = re.compile(r"\s?(?:较|較|比|同比|相比)\s?")
_EACH_QUARTER_RE = re.compile(r"各季|每季|四个季度|四個季度")
# wr53: 前三季(度) told of one indicator, then 分别为 as many rates as quarters (`我國今年前三季經濟成長率分別為5.54%、
# 7.71%與8.21%`): the i-th rate is the i-th quarter's, not the three quarters' together.  A list of indicators before
# 分别 (`前三季度，出口、进口分别增长…`) shares the span, so none may be named: no 、/和/及/与 between the span and 分别.
_FIRST_QUARTERS_RE = re.compile(r"(\d{4})Q1-Q([23])$")
_LISTED_NAMES_RE = re.compile(r"[、和及与與,，]")
_FIRST_N_RE = re.compile(r"[前首](?:[二两三]|[23])季")
_RATE_IS_RE = re.compile(r"分[别別](?:为|為|是|达|達|增长|增長|成长|成長)")


def _first_quarters(norm: str, last: PeriodSpan, k: int, items: list[Fact], i: int) -> str | None:
    """`前三季…分别为a、b、c`: the i-th quarter of the span's year (module note above), else None."""
    m = _FIRST_QUARTERS_RE.match(last.period or "")
    if not m or len(items) != int(m.group(2)) or not _RATE_IS_RE.match(norm, k):
        return None
    if not _FIRST_N_RE.search(last.text) or _LISTED_NAMES_RE.search(norm, last.end, k):
        return None
    if any(g["kind"] != "percent" for g in items):
        return None
    return f"{m.group(1)}Q{i + 1}"
_LIST_END_RE = re.compile(r"\s*(?:[。；;！？!?\n]|$)")


def _comma_tail(norm: str, items: list[Fact], facts: list[Fact]) -> list[Fact]:
    """分别为4.13亿、5.59亿、6.72亿，5.92亿元。: figures after a comma that close the sentence
    still belong to the list."""
    if not items:
        return []
    tail: list[Fact] = []
    last = items[-1]
    for g in facts:
        if g["start"] < last["end"] or g is last or _skip(g):
            continue
        if not _LIST_GAP_RE.fullmatch(norm, last["end"], g["start"]):
            break
        tail.append(g)
        last = g
    return tail if tail and _LIST_END_RE.match(norm, last["end"]) else []


def _year_list(norm: str, f: Fact, span: PeriodSpan, facts: list[Fact]) -> tuple[str | None, str] | None:
    """2022年至2025年 … 净利润-3.07亿元、-1.46亿元、-900.95万元和1842.83万元: one year per item
    of a list as long as the span, even without 分别; likewise one month per item after a list of
    months (2024年1月、7月和11月接连突破34万亿美元、35万亿美元和36万亿美元)."""
    each: tuple = span.span_years or span.items
    if len(each) < 2:
        return None
    run: list[Fact] = []
    for g in facts:
        if g["start"] < span.end or _skip(g):
            continue
        if run and not _LIST_GAP_RE.fullmatch(norm, run[-1]["end"], g["start"]):
            if f in run:
                break
            run = []
        run.append(g)
        if g["start"] > f["start"] and f in run and len(run) > len(each):
            break
    if f in run and len(run) == len(each):
        return str(each[run.index(f)]), span.text
    return None
