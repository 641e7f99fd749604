"""Late period rules, each a class of text in its own module, run after assign_periods has given every
figure its period (one call from periods.assign_periods, so the rules stay out of its loop and cost only
their own cheap gates):
- budget execution told to a month: the months to date, the budget's year (period_budget);
- a budget compared with this year's budget (較今年經調整過預算減少…) is next year's (period_next_budget);
- a founding year (成立于2018年) dates no figure after it (period_founding);
- a period inside a 《title》 after a figure is the title's (period_titles);
- a holiday's length beside it (今年春节，9天假期) is over its days (period_holiday_parts);
- windows within fiscal years (本財政年度首4個月, 至本財年年底, 2019/20年度至2024/25年度, 來年) (period_fiscal_windows);
- an event's window of days (为期5天的…今天（9月14日）落幕, 展会期间…) (period_event_windows);
- levels a decision sets, from the day they take effect (…調整為2.875%,自本(96)年3月30日起實施) (period_effective);
- aspects a document is divided in (等6个方面) (period_aspect_counts);
- agencies counted after their list (工业和信息化部等五部门) name who acts, no period (period_agency_counts);
- a count dated only by the year that opens an event's name (今天（8月3日），2025年世界运动会…200多人参加): the day
  told (period_event_name_years);
- counts of firms that disclosed a year's results, told as of a cutoff day (截至1月26日…已披露2025年业绩预告,
  业绩下滑的有709家): that day (period_disclosures);
- a month of last year as a sentence's only period, and its base (比去年一月上升…): this year's month
  (period_base_months);
- flows told after a month's cutoff at a clause's head (截至9月，入境人數…605萬人次) (period_cutoff_months);
- a cumulative result after a month's (9 月稅後純益…，累計稅後純益…): the year to that month (period_cumulative_results);
- flows told under a day that closes them (截至去年底止…溢利, 以…年末总股本为基数派息, 年初截至8月底), and a base's
  own figure (相较于去年同期206家) (period_flows);
- shares of respondents who expect something (56.7%商戶預計2018年第二季度…) (period_surveys);
- a turn told from an earlier period (由上年12月份…下降3.2%轉為增長0.4%): the figure turned to is the
  sentence's own period, and a change over the month before (按月上升1.6% after 上月…) is of the month after
  it (period_turns);
- an average over years carried a single year from another clause (…达到6.2万亿元，…年均增长4.8%) (period_averages);
- a run told with its start (从4月份起连续3个月): the months from the start (period_run_starts);
- `当年` after a year's or month's end (年末…人口…，当年出生人口…): the year to that end (period_that_year);
- the length of a window from the year's start told right after it (自今年1月1日起至3月10日共69天) (period_year_start_windows);
- the level a move starts from (由34岁上升到37.3岁 told under 2012年): no period of the sentence's (period_levels_left);
- figures listed with slashes after years listed so (预计2020/2021年…增速为1.7%/3%): each its year (period_slash_years);
- a run of years filling the range told before it (2019年至2021年…连续3年入围): the range (period_range_runs);
- a sentence opening with 其间 after a window (…至6月3日共5天时间。其间，…1.1万列): that window (period_meanwhile).
"""

from __future__ import annotations

from typing import Any

from .period_agency_counts import drop_agency_count_periods
from .period_averages import needs_averages, settle_averages
from .period_aspect_counts import drop_aspect_count_periods
from .period_base_months import settle_base_months
from .period_budget import settle_budget_execution
from .period_cutoff_months import settle_cutoff_month_flows
from .period_cumulative_results import settle_cumulative_results
from .period_disclosures import settle_disclosure_counts
from .period_price_effects import settle_price_effects
from .period_effective import (FROM_DAY_HINT_RE, TAKES_EFFECT_HINT_RE, clear_steps_from_day, settle_effective_days,
                               settle_tomorrow_levels)
from .period_event_name_years import settle_event_name_years
from .period_event_windows import settle_event_windows
from .period_told_lengths import settle_told_lengths
from .period_fiscal_windows import settle_fiscal_windows
from .period_flows import settle_flows
from .period_founding import drop_founding_years
from .period_holiday_parts import settle_holiday_lengths
from .period_holidays import HOLIDAY_HINT_RE
from .period_next_budget import settle_next_budget
from .period_run_starts import settle_run_starts
from .period_levels_left import clear_levels_left
from .period_surveys import drop_survey_periods
from .period_that_year import settle_that_year
from .period_titles import drop_title_periods
from .period_turns import settle_month_on_month, settle_turns
from .period_year_start_windows import settle_window_lengths
from .period_meanwhile import settle_meanwhile
from .period_range_runs import settle_range_runs
from .period_slash_years import settle_slash_years
from .period_span import PeriodSpan, RefDate

Fact = dict[str, Any]


def settle_more_periods(norm: str, facts: list[Fact], spans: list[PeriodSpan], ref: RefDate | None) -> None:
    settle_budget_execution(norm, facts)
    if needs_averages(norm):
        settle_averages(norm, facts)           # 2024年…达到6.2万亿元，…年均增长4.8%: no year's growth (period_averages)
    if "截" in norm:
        settle_cutoff_month_flows(norm, facts)  # 截至9月，入境人數…605萬人次: January to September (period_cutoff_months)
    if "累計" in norm or "累计" in norm:
        settle_cumulative_results(norm, facts)   # 9 月稅後純益…，累計稅後純益…: January to September (period_cumulative_results)
    settle_flows(norm, facts, spans, ref)      # 截至去年底止…溢利, 以2011年末总股本…为基数, 年初截至8月底 (period_flows)
    if "預" in norm or "预" in norm or "認" in norm or "认" in norm or "估" in norm:
        drop_survey_periods(norm, facts)       # 56.7%商戶預計2018年第二季度…: the respondents' share (period_surveys)
    if ref is not None and "今年" in norm and ("预算" in norm or "預算" in norm):
        settle_next_budget(norm, facts, ref[0])
    if "部" in norm or "大中城市" in norm:
        drop_agency_count_periods(norm, facts)     # 等五部门, 70个大中城市: a group's label, no period
    if "方面" in norm or "方向" in norm:
        drop_aspect_count_periods(norm, facts)     # 围绕…等6个方面: how a document is divided, no period
    if "连续" in norm or "連續" in norm:
        settle_range_runs(norm, facts)         # 2019年至2021年…连续3年: the range (period_range_runs)
    if "/" in norm and "年" in norm:
        settle_slash_years(norm, facts)        # 预计2020/2021年…增速为1.7%/3%: each figure its year (period_slash_years)
    if "由" in norm or "从" in norm or "從" in norm or "原" in norm:
        clear_levels_left(norm, facts, ref[0] if ref else None)    # 由34岁上升到37.3岁: the level left (period_levels_left)
    if "起" in norm and TAKES_EFFECT_HINT_RE.search(norm):
        settle_effective_days(norm, facts)
    if "明" in norm and "起" in norm:
        settle_tomorrow_levels(norm, facts, ref)    # 明天起…由44元漲至46元: tomorrow's level (period_effective)
    if "翘尾" in norm or "翹尾" in norm or "新涨价" in norm or "新漲價" in norm or "的新影响" in norm:
        settle_price_effects(norm, facts)       # 在10月份…涨幅中，去年价格变动的翘尾影响…: the month's (period_price_effects)
    if "起" in norm and FROM_DAY_HINT_RE.search(norm):
        clear_steps_from_day(norm, facts)       # 10月1日起平均調漲0.71%: the step, no figure of that day
    if "年度" in norm or "財年" in norm or "财年" in norm:
        settle_fiscal_windows(norm, facts, ref)
    if "为期" in norm or "為期" in norm:
        settle_event_windows(norm, facts)      # 为期5天的服贸会今天（9月14日）落幕: its five days (period_event_windows)
    if "期" in norm or "持续" in norm or "持續" in norm or "历时" in norm or "歷時" in norm:
        settle_told_lengths(norm, facts)       # 24日…举行罢工，计划持续5天: its five days (period_told_lengths)
    if "年" in norm and ("会" in norm or "會" in norm or "坛" in norm or "壇" in norm or "节" in norm or "節" in norm
                         or "赛" in norm or "賽" in norm or "杯" in norm or "盃" in norm or "拉松" in norm):
        settle_event_name_years(norm, facts)   # 今天（8月3日），2025年世界运动会…200多人参加: the day (period_event_name_years)
    if ref is not None and "天" in norm and HOLIDAY_HINT_RE.search(norm):
        settle_holiday_lengths(norm, facts, None, ref)
    if ("连续" in norm or "連續" in norm) and ("起" in norm or "开始" in norm or "開始" in norm):
        settle_run_starts(norm, facts, spans)   # 从4月份起连续3个月: the months from the start (period_run_starts)
    if spans:
        drop_founding_years(norm, facts, spans)
        if "《" in norm:
            drop_title_periods(norm, facts, spans)
        if ("业绩" in norm or "業績" in norm or "年报" in norm) and ("截至" in norm or "截止" in norm):
            settle_disclosure_counts(norm, facts, spans)
        if "去年" in norm or "上年" in norm:
            settle_base_months(norm, facts, spans, ref)
        if "由" in norm and ("转" in norm or "轉" in norm):
            settle_turns(norm, facts, spans)
        if "上月" in norm or "上個月" in norm or "上个月" in norm:
            settle_month_on_month(norm, facts, spans)
        if "天" in norm or "交易日" in norm or "工作日" in norm:
            settle_window_lengths(norm, facts, spans)   # 自1月1日起至3月10日共69天, 9日至11日3天 (period_year_start_windows)
        if "其间" in norm or "其間" in norm or "此期间" in norm or "此期間" in norm:
            settle_meanwhile(norm, facts)       # …共5天时间。其间，…1.1万列: the window (period_meanwhile)
        if "当年" in norm or "當年" in norm:
            settle_that_year(norm, facts)       # 年末…，当年出生人口8.2万人: the year, not its last day (period_that_year)
