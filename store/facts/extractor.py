"""The extractor facade: text → fact records (figures, then their context)."""

from __future__ import annotations

import re
from decimal import localcontext
from functools import lru_cache

from .age_cohorts import cohort_spans
from .container_counts import container_counts
from .twd_rates import twd_rates
from .fixing_quotes import fixing_quotes
from .bare_magnitudes import climbed_onto, reached_magnitudes
from .bare_sums import bare_sum_siblings
from .bracket_conversions import bracket_conversions
from .bracket_currency import bracket_currency
from .loss_conversions import loss_conversions
from .bracket_days import bracket_days, slash_days
from .bracketed_year_ranges import bracketed_year_ranges
from .season_years import season_years
from .decades import decades
from .fund_lots import fund_lots
from .builder import Builder, Fact
from .attribute_classes import attribute_class_spans
from .class_bounds import bracket_class_subjects, class_bound_spans
from .class_thresholds import drop_class_bounds, threshold_spans
from .clock_days import clock_days
from .clock_times import clock_times
from .column_labels import settle_label_spans
from .cn_days import cn_days
from .cn_list_units import cn_list_units, percent_word_lists
from .bare_people_units import bare_people_units
from .compared_bare import compared_bare_units
from .milestone_lists import milestone_lists
from .subject_company_results import company_result_subjects
from .subject_led_by import led_by_subjects
from .subject_session_quotes import session_quote_subjects
from .subject_slash_pairs import slash_pair_subjects
from .subject_edges53 import settle_edges53
from .subject_forms44 import settle_forms44
from .context import _enrich
from .compound_ranges import join_compound_ranges
from .currency_words import currency_word_subjects, currency_words
from .pair_quotes import pair_quotes
from .decimal_days import decimal_days
from .dates import date_ranges, dates, days, first_n, month_dates, named_months, ranks
from .event_days import event_days
from .figures import numbers
from .fiscal_years import fiscal_years
from .grade_specs import grade_spec_spans
from .group_labels import group_spans
from .hao_days import hao_days
from .short_runs import short_runs
from .subject_age_bands import band_subjects
from .subject_doubled_words import fold_doubled_tails
from .subject_measure_of import measure_of_subjects
from .subject_ratios import ratio_subjects
from .subject_structure_moves import structure_move_subjects
from .subject_allocations import allocation_subjects
from .subject_per_words import carried_per_subjects, per_word_subjects
from .subject_report_words import settle_report_words
from .subject_glued_words import needs_glued_words, settle_glued_words
from .subject_tenor_rates import tenor_rate_subjects
from .hk_rate_li import hk_rate_li
from .fx_ranges import fx_ranges
from .found_shapes import found_shapes
from .issue_counts import issue_counts, settle_issue_subjects
from .kind_labels import kind_label_spans, size_label_subjects
from .label_traps import label_spans
from .named_spans import named_spans
from .level_after_moves import settle_levels_after_moves
from .lone_number import lone_number
from .lunar_dates import lunar_dates
from .written_years import written_years
from .magnitude_counts import magnitude_counts
from .result_marks import result_marks
from .market_tallies import market_tallies, tally_subjects
from .name_numerals import name_numeral_spans
from .named_classes import class_spans
from .numbered_slogans import slogan_spans
from .noun_counts import listed_subjects, noun_counts, two_countries_named, two_places_named
from .numbers import EXACT, normalize
from .per_words import per_words
from .per_siblings import from_levels, per_siblings
from .one_unit_prices import one_unit_prices
from .subject_record_highs import record_high_subjects
from .period_new_era import new_era_periods
from .period_year_weeks import year_weeks
from .percent_ranges import percent_ranges
from .plan_labels import plan_spans
from .priced_changes import priced_changes
from .price_list_items import price_list_items
from .index_list_items import index_list_items
from .quarter_counts import quarter_counts
from .quoted_titles import QUOTE_CLOSES, ends_quoted_title, inside_book_title
from .rules import OPEN_QUOTES
from .rank_lists import rank_lists
from .rate_steps import rate_steps
from .base_lists import settle_base_lists
from .subject_pronouns import settle_pronoun_subjects
from .respective_indices import respective_indices
from .restated_changes import restated_changes
from .rewrite import rewrite
from .rule_conditions import condition_spans
from .shapes import (
    century_ages,
    century_subjects,
    clock_spans,
    colon_ratios,
    doublings,
    fractions,
    half_share,
    half_tenth,
    percent_prefix,
    years_and_months,
)
from .share_cents import share_cents
from .share_words import halved_prices
from .short_years import short_years
from .slash_dates import short_year_quarters, slash_dates, zero_years
from .power_degrees import tier_spans
from .size_bands import size_band_spans, size_class_subjects
from .sports_tallies import casualty_subjects, sports_tallies
from .statute_labels import statute_spans
from .junk52 import junk52_spans
from .junk53 import junk53_spans
from .signs54 import signs54
from .junk54 import junk54_spans
from .subject_profit_states import named_profit_states
from .tenor_lists import tenor_list_spans
from .term_labels import term_spans
from .top_ranks import top_ranks, top_subjects
from .times_du import times_du
from .traps import quoted_label, trap_spans
from .unit_tails import unit_tails
from .unsaid import drop_unsaid
from .written_units import settle_units
from .zero_levels import zero_levels

__all__ = ["Fact", "extract"]

# every mark the quoted-name tests look for: the opening mark before a figure (traps.quoted_label), the
# closing mark after it (quoted_titles.ends_quoted_title) and 《 (quoted_titles.inside_book_title)
_QUOTE_MARK_RE = re.compile("[" + re.escape(OPEN_QUOTES + QUOTE_CLOSES + "《") + "]")


@lru_cache(maxsize=4096)        # an article's two texts, and a feed's many articles of a day
def _ref_date(date: str | None, year: int | None) -> tuple[tuple[int, int, int] | None, int | None]:
    if date and len(date) >= 10 and date[:4].isdigit() and date[5:7].isdigit() and date[8:10].isdigit():
        y, mo, d = int(date[:4]), int(date[5:7]), int(date[8:10])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return (y, mo, d), year or y
    return None, year


def extract(text: str, *, year: int | None = None, date: str | None = None, unsaid: bool = False) -> list[Fact]:
    """Facts of `text`: records as declared by `store.records.Fact` (without the
    article fields), offsets into `text`, ``text[start:end] == surface``.

    `year` resolves yearless dates; `date` (ISO, the article's date) resolves
    a day of the month written alone (3日) and relative periods.  `unsaid` also
    returns what is read only for the figures beside it and never reported (a
    time of day, a single year inside a title: store/facts/unsaid.py), for the
    tests of that reading.
    """
    if not text:
        return []
    if (rewritten := rewrite(text)) is not None:   # ROC years, 兆, 3萬2,105: read as rewritten
        facts = rewritten.restore(extract(rewritten.text, year=year, date=date, unsaid=unsaid))
        return settle_label_spans(text, facts) if "【" in text or "〖" in text else facts   # 【辉煌60载 …】: no subject
    ref, year = _ref_date(date, year)
    norm = normalize(text)
    b = Builder(text, norm)
    for s, e in (*trap_spans(norm), *label_spans(norm), *tenor_list_spans(norm), *term_spans(norm),
                 *statute_spans(norm), *cohort_spans(norm), *plan_spans(norm), *group_spans(norm),
                 *name_numeral_spans(norm), *threshold_spans(norm), *class_bound_spans(norm), *slogan_spans(norm),
                 *kind_label_spans(norm), *class_spans(norm), *size_band_spans(norm),
                 *grade_spec_spans(norm), *tier_spans(norm), *attribute_class_spans(norm),
                 *condition_spans(norm), *named_spans(norm), *junk52_spans(norm), *junk53_spans(norm),
                 *junk54_spans(norm)):   # never figures
        b.claim(s, e)
    with localcontext(EXACT):                # exact arithmetic on values (see numbers.EXACT)
        if "/" in norm and ("(" in norm or "（" in norm):
            slash_days(b, ref)                 # 今（11/28）: a day, before fractions read 11/28 as a share
        if "/" in norm:
            slash_dates(b, ref)                # 於9/21新股開始交易: a day, never a share of 42.9 %
        short_year_quarters(b, ref)            # 截止09年2Q: a quarter, no span of 9 years
        zero_years(b)                          # 相当于○五年的: 2005, no span of 5 years
        written_years(b)                       # 两千零五年八月五号, 1357年6月10日: a day, no span of 2005 years
        short_years(b, ref)                    # 08年10月31日: a day of 2008, no span of 8 years
        fund_lots(b)                           # 元大台灣505萬6688張: the lots after the fund's 50 (name_numerals)
        decades(b)                             # 上世纪70年代: 1970/1979, no span of 70 years
        for shape in (percent_ranges, percent_prefix, fractions, colon_ratios, half_tenth, century_ages, doublings, years_and_months,
                      clock_spans, result_marks, half_share, sports_tallies, market_tallies, rate_steps, found_shapes, fiscal_years, share_cents,
                      reached_magnitudes, hk_rate_li, fx_ranges, magnitude_counts, halved_prices, bracketed_year_ranges, season_years):
            shape(b)
        decimal_days(b)                    # 平均逗留时间(1.2日): days with a fraction, never a day of the month
        date_ranges(b, year, ref)
        period_ref = ref if ref else ((year, None, None) if year else None)
        month_dates(b, period_ref)
        named_months(b, period_ref)
        dates(b, year, ref)
        days(b, ref)
        cn_days(b, ref)                   # 【香港中通社七日電】: a dateline's day in Chinese numerals
        hao_days(b, ref)                  # 從24號開始: a day written with 號
        bracket_days(b, ref)
        lunar_dates(b, ref)
        clock_days(b, ref)
        clock_times(b)
        first_n(b)
        short_runs(b)                     # 連20月正成長: 20 months running
        quarter_counts(b)
        issue_counts(b)
        top_ranks(b)
        times_du(b)                       # 两度会晤, 央视两度走进我县: times, not degrees
        if "周" in norm or "週" in norm:
            year_weeks(b, ref)            # 第21周 of a weekly bulletin: the ISO week (period_year_weeks)
        event_days(b, ref)                # 春运第12天, 端午假期第二天: the day told (before 第 makes a label)
        ranks(b)
        noun_counts(b)
        numbers(b)
        respective_indices(b)
        price_list_items(b)              # 出厂价1850-1880元/吨，河南地区1830-1860: the next item, in the first's unit
        index_list_items(b)              # 价格指数为97.8，其中燃料动力类95.3: a class's value after its index
        priced_changes(b)                # 價格2260元/噸,較上周降50: the move, in the price's unit
        zero_levels(b)                   # 从20%下调至0: the level reached, in the unit it fell from            # 指數為46.5，電子產品及光學器材各為51及50.2: the parts' index values
        if not b.facts:
            lone_number(b)
    if _QUOTE_MARK_RE.search(text):
        facts = [f for f in b.facts if not quoted_label(text, f) and not ends_quoted_title(text, f)
                 and not inside_book_title(text, f)]
    else:
        facts = list(b.facts)                # no quotation or title mark: no figure is a quoted name
    facts.sort(key=lambda f: f["start"])
    climbed_onto(text, facts)                # 迈上千万辆台阶: 上 is the verb's, no qualifier
    unit_tails(text, norm, facts)            # 10.3亿亩次, 45万台（套）, 180匹马力: the unit's tail
    settle_units(norm, facts)                # units written apart: 港幣…元, 933美元一安士, 每吨上涨184元
    bracket_currency(norm, facts)            # 224.9億元(澳門元,下同): the bracket names the 元
    bracket_conversions(norm, facts)         # 每盎司5,588美元（約43,600元）: 元/盎司, the price converted
    currency_words(norm, facts)              # 新臺幣200億元: the currency named before the sum
    if facts and ("(" in norm or "（" in norm):
        loss_conversions(norm, facts)        # 亏损8.69亿港元(1.11亿美元): the loss converted is a loss too
    facts = fixing_quotes(norm, facts)       # 1美元对人民币6.8109元: a rate, and no sum of 1 美元
    facts = pair_quotes(norm, facts)         # 新台幣兌美元收在30.512元: the pair's rate, not a sum
    rank_lists(norm, facts)                  # 排第15及27位: ranks sharing 位
    bare_sum_siblings(norm, facts)           # 盈餘513億 beside 支出6020億: bare sums of money
    cn_list_units(norm, facts)               # 六十萬零四千三百及十萬零四千七百多人次: the unit closes the list
    percent_word_lists(norm, facts)          # 百分之四十一、二十四點一及十三點五: 百分之 written once
    compared_bare_units(norm, facts)         # 1.94億人次…比2018年的1.79億: the base left bare
    bare_people_units(norm, facts)           # 入境61.6萬人次,…首度突破60萬: the head count's 人次 (or 户)
    facts = join_compound_ranges(text, norm, facts)   # 五块六到五块七毛八: one range of compound sums
    if facts and ("及以" in norm or "或以" in norm):
        facts = drop_class_bounds(norm, facts)   # 5000吨及以上货轮, 2个及以上子女: a class named, no figure
    signs54(norm, facts)                     # 蝕百分之五, 負回報8%, 業務承保損失624億: losses their words name (cov54)
    _enrich(text, norm, facts, year, ref, b.sentence_cuts() if facts else None)
    if facts and ("突破" in norm or "跨" in norm or "冲破" in norm or "迈过" in norm):
        milestone_lists(norm, facts)         # 接连突破3000亿、4000亿、5000亿美元: every mark of the list crossed
    currency_word_subjects(norm, facts)      # 收入美金20.4億元: the currency is the unit's, not the subject's
    if facts and ("幣" in norm or "币" in norm):
        twd_rates(norm, facts)               # 新台幣…一度升破30.4元關卡: the Taiwan dollar's rate (its subject read as a sum's)
    if facts and ("箱" in norm or "TEU" in norm or "Teu" in norm):
        container_counts(facts)              # 923萬標準箱, 277萬TEU: containers counted
    if facts and ("新时代" in norm or "新時代" in norm):
        new_era_periods(norm, facts)         # 新时代十年: 2013/2022, and the 过去五年 paired with it
    if facts and ("吋" in norm or "寸" in norm or "米" in norm or "MM" in norm or "mm" in norm):
        size_label_subjects(facts)           # 20MM螺紋鋼價格: the product, not its size label
    if facts:
        fold_doubled_tails(facts)            # 螺紋鋼價格價格: one word typed twice
    per_words(norm, facts)                   # 每亩产量399.1公斤, 每台机组功率为12.5万千瓦: per the thing named
    if facts and ("一" in norm or "1" in norm or "１" in norm):
        facts = one_unit_prices(norm, facts, text)     # 一斤大蒜12元左右, 青菜1把20元: 元/斤, 元/把, and no 一斤
    if facts and ("/" in norm or "每" in norm):
        per_siblings(norm, facts)            # 小黃瓜每斤79元、櫛瓜59元: the next price in the first's denominator
    elif facts and ("一" in norm or "1" in norm):
        per_siblings(norm, facts)            # 一斤70元漲到90元: a denominator one_unit_prices read
    if facts and ("/" in norm or "每" in norm):
        bracket_conversions(norm, facts)     # 每公斤71.6元(約85港元): the denominators read since, converted too
        if "从" in norm or "從" in norm or "由" in norm:
            from_levels(norm, facts)         # 价格从3元上涨到了3.5元/斤: the level left, per 斤 too
    if facts and ("盈利" in norm or "亏损" in norm):
        named_profit_states(text, facts)     # 生猪养殖利润为盈利1 175.24元/头: that profit, no 净利润
    if facts:
        restated_changes(text, norm, facts)  # 减少138亿元,即4.1%; 分别增长10.3%,10.4%; 新增确诊病例; 超时间进度
        settle_base_lists(text, norm, facts)   # 高于全国、全省1个、0.2个百分点: each item's base (base_lists)
        if "岁" in norm:
            band_subjects(text, facts)           # 0-17岁、…户籍人口分别为18891人: the band's population
        if "每" in norm:
            per_word_subjects(text, facts)       # 批發價由每台斤43元漲至45元: 批發價, not 每台斤
            carried_per_subjects(facts)          # …每大箱2046美元,…下降80%: the index's fall, not 每大箱
        if "新高" in norm or "新低" in norm or "纪录" in norm or "紀錄" in norm:
            record_high_subjects(text, facts)    # 全年旅運再創新高，首度突破8000萬: the record's indicator
        if "厘" in norm or "基点" in norm or "基點" in norm:
            tenor_rate_subjects(text, facts)     # 最低入標息率…,兩年期為2.2厘: the rate's, not the tenor's
        if "历史" in norm or "歷史" in norm:
            century_subjects(text, norm, facts)  # 已有百年历史的嘉业藏书楼: the library's age
        if "前" in norm or "后" in norm or "尾" in norm:
            top_subjects(text, norm, facts)      # 排在前10的省份: the provinces are ranked
        if "呎" in norm or "平方" in norm or "平米" in norm or "方尺" in norm:
            size_class_subjects(text, norm, facts)   # 面積431呎以下的細單位,下跌0.27%: the class's rate
        if ")" in norm or "）" in norm:
            bracket_class_subjects(text, norm, facts)   # 較大面積單位(100平方米或以上)售價指數則跌1.03%: the class's
    if facts and "期" in norm:
        settle_issue_subjects(text, norm, facts)     # 1月發行3期: the bond named, not the month
    if facts and ("跌" in norm or "降" in norm or "减" in norm or "減" in norm):
        tally_subjects(text, norm, facts)      # “6涨4平19跌”: counts of the group, not of its price
    if facts and ("伤" in norm or "傷" in norm):
        casualty_subjects(facts)               # 事故致1死3伤: the event's, not 致
    if facts and "、" in norm:
        listed_subjects(text, facts)           # 广东、香港、澳门三地: the places listed
    if facts and "两" in norm:
        facts = two_countries_named(text, facts)     # 两国: a count of 2 国, no subject
    if facts and ("两地" in norm or "兩地" in norm):
        two_places_named(text, facts)          # 深圳与中山两地: the pair named
    if facts and "的" in norm:
        measure_of_subjects(text, norm, facts)   # 总投资104亿元的灌区工程: the project's investment
    if facts and ("其" in norm or "它" in norm or "该" in norm or "該" in norm or "此" in norm):
        settle_pronoun_subjects(text, facts)   # 故其佔整體…比率由…17.0%: the share, not 故其
    if facts and ("之比" in norm or ("比" in norm and ("对" in norm or "對" in norm))):
        ratio_subjects(text, facts)             # 顺差规模与同期国内生产总值之比, 成本對收入比率: both sides
    if facts and ("予" in norm or "给" in norm) and "%" in norm:
        allocation_subjects(text, norm, facts)   # 16%予基金經理、私人銀行及保險公司: the buyer's share
    if facts and (":" in norm or "∶" in norm) and any(f["kind"] == "ratio" for f in facts):
        structure_move_subjects(text, norm, facts)   # 三次产业结构由…调整为10.4:48.6:41.0: the structure's ratios
    if len(facts) > 1 and "每" in norm and ("至" in norm or "到" in norm):
        settle_levels_after_moves(text, facts)  # 每公升調漲0.2元至27.1元: 27.1 元/公升, the diesel's
    if facts:
        settle_report_words(text, facts)     # 主因稅課收入, 歲出僅, 併計上半年經濟成長: no connective, no 僅 (wr53)
    if needs_glued_words(facts):
        settle_glued_words(text, facts)      # 他扎根…, 其中国防预算, 作为第一步, 放在第一位: no pronoun, no verb alone
    if facts and ("幣" in norm or "币" in norm):
        session_quote_subjects(text, facts)    # 新台幣 兌美元…，終場…收在 31.918 元: the pair's close, not 終場 (subj54)
    if facts and "/" in text:
        slash_pair_subjects(text, facts)       # 2020/2021年供给增速为1.7%/3%: 供给 both, 2020 and 2021 (subj54)
    if facts and "以" in text:
        led_by_subjects(text, facts)           # 工商銀行以2127.74億元的營業收入居首: the bank's, not 營業收入居首 (subj54)
    if facts:
        company_result_subjects(text, facts)   # 聯電累計今年前8月合併營收: the company's result, no time words (subj54)
    if facts:
        settle_edges53(text, norm, facts)    # 毛豬最|近, 农作物中, 受访民众因商品, 是共产党员, 色列: whole words at the edges (last)
        settle_forms44(text, facts)          # 兆豐金（2886）, 集團第3季的, 尤其…, …節前, …一度收復, 1.7%/3%: sealed44's edges
    return facts if unsaid else drop_unsaid(text, facts, b.unsaid)   # 下午5時, 《2021年年度报告》: read for the figures, not reported
