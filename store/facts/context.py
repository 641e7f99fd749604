"""Enrichment of figures with their context: clause, subject, period, change.

One pass over the figures in text order; each job has its own module:
subjects (what was measured), periods (when: period_forms reads the forms,
periods picks each figure's), changes (up/down, the verb, against what).
A subject is tried in order: the 分别 item, the phrase left of the figure or
the noun it counts, the noun after a bare figure, the sentence's subject so
far, the measured thing an earlier clause names.  Only the sentences holding
figures are read, so the cost follows the figures, not the text's length.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from .bases_by_period import settle_period_bases
from .base_cuts import settle_base_cuts
from .base_tidy import tidy_bases
from .changes import change_of, settle_base
from .hk_tw_bases import settle_hk_tw_bases
from .period_flows import settle_year_ended_comparatives
from .period_forms import RefDate, find_periods
from .period_scope import settle_brackets, settle_parallel_changes
from .period_windows import settle_windows
from .periods import assign_periods
from .respective import base_list, respective, respective_figures
from .subject_objects import object_noun
from .subject_shares import share_of_sentence, share_part
from .subject_fallbacks import (
    clause_topic,
    names_a_base,
    noun_after_ordinal,
    noun_after_subject,
    moved_clause_topic,
    owned_total,
    rate_clause_topic,
    rank_topic,
    rate_owner,
    this_is_subject,
    topic_subject,
)
from .subject_asides import named_in_aside
from .subject_count_nouns import settle_count_nouns
from .subject_bracket_nouns import needs_bracket_nouns, settle_bracket_nouns
from .subject_edges_late import settle_subject_edges
from .subject_targets import completion
from .subject_topic_measures import topic_measure
from .subject_reason_topics import reason_topic
from .subject_groups import group_count
from .subject_issued_debt import issued_debt
from .subject_labels import colon_label
from .subject_lists import earlier_list
from .subject_members import members_doing, reached_count
from .subject_levels import compared_with, level_after_change, rate_before_its_subject, rate_per_year
from .subject_pairs import split_pair
from .subject_rate_words import clause_owner, names_only_a_rate, rate_topic
from .subject_contract_months import names_contract
from .subject_undated_days import settle_empty_brackets, settle_time_adverbs, undated_spans
from .subject_final import settle_final
from .subject_frame_cuts import settle_frame_cuts
from .subject_bonus_months import needs_bonus_months, settle_bonus_months
from .subject_compared_phrases import needs_compared_phrases, settle_compared_phrases
from .subject_contributions import needs_contributions, settle_contributions
from .subject_loss_moves import needs_loss_moves, settle_loss_moves
from .subject_rank_runs import needs_rank_runs, settle_rank_runs
from .subject_rank_verbs import without_rank_verb
from .subject_quoted_counts import needs_quoted_counts, settle_quoted_counts
from .subject_bare_rates import needs_bare_rates, settle_bare_rates
from .subject_clause_topics import needs_clause_topics, settle_clause_topics
from .subject_bracket_moves import needs_bracket_moves, settle_bracket_moves
from .subject_market_shares import needs_market_shares, settle_market_shares
from .subject_named_topics import needs_named_topics, settle_named_topics
from .subject_founding_ages import needs_founding_ages, settle_founding_ages
from .subject_dividend_ordinals import needs_dividend_ordinals, settle_dividend_ordinals
from .subject_verb_fragments import needs_verb_fragments, settle_verb_fragments
from .subject_item_topics import needs_item_topics, settle_item_topics
from .subject_guidance_ends import needs_guidance_ends, settle_guidance_ends
from .subject_title_lists import needs_title_lists, settle_title_lists
from .subject_routes import needs_routes, settle_routes
from .subject_orphan_heads import settle_orphan_heads
from .subject_rank_fragments import needs_rank_fragments, settle_rank_fragments
from .subject_currency_moves import needs_currency_moves, settle_currency_moves
from .subject_net_trades import needs_net_trades, settle_net_trades
from .subject_rank_names import needs_rank_names, settle_rank_names
from .subject_duration_changes import needs_duration_changes, settle_duration_changes
from .subject_late import settle_late_subjects
from .subject_repairs import repair_subjects
from .subject_uses import used_for
from .subject_carried import UNIT_KINDS, parallel_name, same_unit_level
from .subject_rules import CHANGE_START_RE, RATE_NOUNS, SHARE_NOUNS, SUBJECT_CHARS
from .subject_restated_counts import needs_restated_counts, settle_restated_counts
from .subject_headline_counts import headline_space, noun_names, taken_across
from .subjects import counted_noun, household_state, simplified, subject_of
from .text_marks import TextMarks

# 按年升幅, 同比增幅: a base word before a rate word still leaves the rate without an owner
# 依次 before 为/是 and a figure lists the figures in the order of the items before it, as 分别 does
_IN_TURN_RE = re.compile(r"依次(?=[为為是][\s约約近]*[0-9０-９])")
_BASE_WORDS_RE = re.compile(r"^(?:按年|按月|同比|环比|月均|年均|日均|平均|年|月)")
_AVERAGE_WORDS = ("月均", "年均", "日均")
_RATE_REACH = max(map(len, RATE_NOUNS)) + 2      # a longer subject is no rate word with its base word


@lru_cache(maxsize=16384)      # each subject is tested for a rate word several times over
def _without_base_words(subj: str) -> str:
    """`subj` in simplified characters without the base word it opens with (按年升幅 → 升幅)."""
    return _BASE_WORDS_RE.sub("", subj.translate(SUBJECT_CHARS))


Fact = dict[str, Any]   # a fact record being built (see store.records.Fact)

# clause boundaries (on the original text): these, a comma or colon not inside a number
# (1,067.4; 10:30), and ——
_CLAUSE_MARKS = frozenset("，。；！？;!?\n：")
# a sentence for the subject it lends a bare figure: 。！？ (a ； list shares it: CPI…；环比…)
SENTENCE_SPLIT_RE = re.compile(r"[。！？!?\n]")
_RATE_GAP_RE = re.compile(r"^[了分别约达为近超逾仅均都的比同比环去年上了\s]*$")
_NO_SUBJECT_KINDS = ("year", "date")
# a price named only by its kind is the price of the sentence's subject (布蘭特原油期貨…，結算價報每桶69.31美元)
_BARE_SHARES = ("占比", "比重")
# a rank counted in a class by its measure word (成为爱尔兰第一家…企业, 第二颗…卫星): a place in a class, as 第一大 is
_CLASS_COUNTERS = frozenset("家个個颗顆座所款只隻项項艘架台")
# a subject read as only a move's verb, its adverb and tense (來到, 已来, 持續滑落): no indicator
_MOVE_ALONE_RE = re.compile(r"(?:已|已经|已經|仍|再|持续|持續|续|續)?(?:来到|來到|达到|達到|升至|降至|跌至|涨至|漲至|滑落|回落|攀升|上扬|上揚)(?:目前|现在|現在|如今)?")         # a share named alone is the share of the sentence's indicator
_PRICE_LABELS = frozenset({"结算价", "結算價", "收盘价", "收盤價", "收市价", "收市價"})


# a span's 内 after its figure (24小时内降雨量, 一周内新增病例, 两年内销售额)
_WITHIN = ("内", "內", "以内", "以內", "之内", "之內")
_SPAN_END_RE = re.compile(r"(?:小时|小時|钟头|鐘頭|天|日|周|週|星期|个月|個月|年|分钟|分鐘|秒)$")
# the thresholds a total passes, counted after its verb (连跨两个万亿元台阶, 突破三个千亿大关): what it passed, not
# what the figures after it measure
_MILESTONES = ("台阶", "台階", "大关", "大關", "关口", "關口")


# 元月營收 (Taiwan's press), 全周跌幅 (a market's week: its rate word stays the clause's, read as before the week was)
_KEPT_IN_SUBJECTS = frozenset(("元月", "元月份", "全周", "整周", "全星期", "整星期",
                               "春节", "春節"))   # 过春节的外国人: the holiday named by the verb stays in the subject


def enrich(text: str, norm: str, facts: list[Fact], ref: RefDate | None, cuts: list[int] | None = None) -> None:
    """Set clause, subject, change, base and period of every fact (in text order); `cuts`: the
    sentence ends of `text`, when the caller has them."""
    if not facts:
        return
    sent_cuts = cuts if cuts is not None else [m.end() for m in SENTENCE_SPLIT_RE.finditer(text)]
    sent_cuts = _bounded_sentences(text, sent_cuts)
    windows = _windows(facts, sent_cuts, len(text))
    spans = find_periods(norm, ref, windows, sent_cuts, text)
    # periods are never part of a subject, except 全年 inside a phrase (物流业景气指数全年均值), a
    # contract's month (伦敦三月铜报价, 2月WTI原油) and 元月, a word of Taiwan's press (上市櫃公司元月營收)
    blank = [(sp.start, sp.end) for sp in (spans if ref else undated_spans(norm, spans, windows, sent_cuts, text))
             if not (sp.text == "全年" and sp.start and "\u4e00" <= norm[sp.start - 1] <= "\u9fff")
             and sp.text not in _KEPT_IN_SUBJECTS and not names_contract(norm, sp.start, sp.end)]
    simp = _blanked(simplified(norm), blank)
    by_clause: dict[int, list[Fact]] = {}
    last_subject: dict[int, str | None] = {}
    lent_at: dict[int, int] = {}               # where the sentence's subject so far was lent (its figure's end)
    lenders: dict[int, list[tuple[str, Fact]]] = {}       # the figures that lent it, in order (subject_carried.same_unit_level)
    counted_after: dict[int, bool] = {}        # whether it is the thresholds a count after its verb passed
    rev = text[::-1]
    lo = hi = -1
    last: Fact | None = None
    pieces: dict[tuple[int, int], list[int]] = {}
    for f in facts:
        lo, hi = _clause_of(text, rev, f, last, lo, hi)
        last = f
        clo, chi = _clause_piece(text, lo, hi, f["start"], pieces) if hi - lo > _LONGEST_SENTENCE else (lo, hi)
        f["clause"] = text[clo:chi].strip()
        si = bisect.bisect_right(sent_cuts, f["start"]) - 1
        sent_start = sent_cuts[si] if si >= 0 else 0
        prev = by_clause.setdefault(clo, [])
        carried = _carried_subject(text, simp, f, clo, sent_start, last_subject.get(sent_start), lent_at.get(sent_start))
        if carried and f["kind"] in UNIT_KINDS and len(lenders.get(sent_start, ())) > 1:
            carried = same_unit_level(simp, f, clo, lenders[sent_start]) or carried   # 储备6226万盎司,价值…亿美元,增加32万盎司
        if carried and f["kind"] != "count" and counted_after.get(sent_start):
            carried = None                     # 连跨两个万亿元台阶，达到6.2万亿元: the steps passed are no topic
        # the group a count counts (内地九市): the subject rules ask for it, and so does the lending test below
        group = group_count(text, simp, f, clo) if f["kind"] == "count" else None
        subj = _subject(text, simp, f, clo, chi, prev, blank, facts, carried, sent_start, group)
        if subj is None:
            subj = topic_subject(text, simp, f, clo, sent_start)
        elif len(subj) <= _RATE_REACH and _without_base_words(subj) in RATE_NOUNS:
            subj = (rate_owner(text, simp, subj, clo, f["start"])                # 升幅 alone: whose?
                    or rate_topic(topic_subject(text, simp, f, clo, sent_start))
                    or rate_clause_topic(simp, text, clo, sent_start, facts) or subj)
        elif names_only_a_rate(subj):          # 年增率1.07%, 將有8.4%的調漲幅度: the indicator named before
            subj = (clause_owner(text, simp, clo, f["start"]) or rate_owner(text, simp, subj, clo, f["start"])
                    or rate_topic(topic_subject(text, simp, f, clo, sent_start))
                    or rate_clause_topic(simp, text, clo, sent_start, facts) or subj)
        if subj and si >= 0 and _rate_alone(subj) and not simp[sent_start:clo].strip(" \x00\x01"):
            subj = _sentence_before(text, si, sent_cuts, clo, last_subject, lent_at) or subj
            # 第二季的升幅為3.1%, 增幅为6.5% opening a sentence: the indicator the sentence before ended on
        if subj and f["kind"] == "count" and (opens := headline_space(text, clo, f["start"])) is not None \
                and taken_across(text, subj, clo, opens) and not noun_names(subj, f, counted_noun(text, simp, f)):
            # 美国田纳西州一小学发生枪击事件 6人遇害: the count's own clause after the headline's space (subj49)
            subj = _subject(text, simp, f, opens, chi, [g for g in prev if g["start"] >= opens], blank, facts, None,
                            opens, group_count(text, simp, f, opens))
        if subj and subj.startswith(_WITHIN) and (k := text.rfind(subj, clo, f["start"])) > 0 \
                and _SPAN_END_RE.search(text, max(clo, k - 4), k):
            subj = subj.lstrip("以之内內") or None   # 24小时内降雨量: the span's 内, not the indicator's
        lends = True
        if simp.find("完成", clo, f["start"]) >= 0:   # 完成年初预算数…的40.4%: the indicator's completion of a plan
            subj, lends = completion(text, simp, f, clo, subj, carried)
        f["subject"] = split_pair(subj, simp, f, clo, chi, facts) if "分别" in simp[clo:chi] else subj
        if subj and lends and not _cut_run(f, subj) and not names_a_base(text, simp, subj, clo, f["start"]) and not (
                f["kind"] == "count" and subj == group) and not (
                named_in_aside(text, sent_start, f["start"], subj)):
            last_subject[sent_start] = subj     # the pair whole: the next figure takes its own half
            lent_at[sent_start] = f["end"]
            lenders.setdefault(sent_start, []).append((subj, f))
            counted_after[sent_start] = (f["kind"] == "count" and subj.endswith(_MILESTONES)
                                         and text.startswith(subj, f["end"]))
            # (七部门: no sentence subject; (猪肉批发价格指数为176.42): an aside lends none; nor a span's
            # words cut inside its run or its 这: 屬連|跌兩個月, 从这|两年)
        f["change"], f["change_word"], f["base"] = change_of(text, norm, f, clo, prev)
        prev.append(f)
    assign_periods(norm, facts, spans, ref, sent_cuts)
    for f in facts:
        si = bisect.bisect_right(sent_cuts, f["start"]) - 1
        settle_base(f, norm, sent_cuts[si] if si >= 0 else 0)   # 三季度…环比: a quarter's, year or not
    marks = TextMarks(norm, sent_cuts)
    settle_hk_tw_bases(text, norm, facts, marks)   # 對上年同季, yoy, 與一年前同月比較, 相應升幅 …
    settle_period_bases(text, norm, facts, marks)   # 114年…年增率34.9%及22.6% → 上年; 按年比較，…; a day's 环比
    tidy_bases(facts)                          # 上年同期(法定披露数据), 1-10月增速: the base alone (base_tidy)
    settle_base_cuts(text, norm, facts)        # 按月則下跌, 較11月(+3.77%), 較原預算案刪減: the base (base_cuts)
    settle_windows(norm, facts)                # 截至10月止的三個月: the window, not its end
    settle_brackets(norm, facts)               # (2021年:2900万港元): the bracket's period, not the figure's before
    settle_year_ended_comparatives(norm, facts)   # 截至…12月31日止年度…(上年度:23.73亿元): the year before (period_flows)
    settle_parallel_changes(norm, facts, marks)  # 由4月至6月的4.7%回落到5月至7月的4.3%;…則由3%降至2.2%
    repair_subjects(text, norm, facts, marks)  # 股東應佔…盈利, 占…比重, 修正/預測數: the indicator
    settle_late_subjects(text, norm, facts, marks)   # topic clauses, HK losses, rate moves …
    settle_subject_edges(facts)                # (三)經營支出, 15:00倫敦鋁報價, 平均每, 村民目前: the frame left out
    settle_count_nouns(text, norm, facts)      # 桐庐县等25个县（市、区）, 77条地势较高的道路: the noun counted
    if needs_bracket_nouns(text, facts):
        settle_bracket_nouns(text, facts)      # 有1290萬戶(97.43%)用戶, 3500多件（套）文物实物: the noun after the bracket
    if "後" in text or "后" in text:
        rate_before_its_subject(text, facts)   # 繼…錄得14.3%的按年升幅後，8月份商品整體出口貨值…
    settle_final(text, norm, facts, marks)     # 明年1月份交割的合约, 增速居…第1位, 下辖7个镇 (subject_final)
    settle_ownerless_shares(facts, marks)      # …水产养殖产量达0.88亿吨，在全球…总产量中的比重达40.89%: the part's
    if needs_quoted_counts(text, facts):
        settle_quoted_counts(text, facts)      # 73项“一码通办”事项, 两批15个…, 3200万人口: the name counted
    if needs_rank_fragments(facts):
        settle_rank_fragments(text, facts)     # 深水埗3.92萬元排第三: the name's, not the verb's fragment 排第三
    if needs_duration_changes(facts):
        settle_duration_changes(text, facts)   # 工作時間為47.7小時,比6月份增加0.1小時: the time's change
    if needs_rank_names(text, facts):
        settle_rank_names(text, facts)         # 排名第二的是鴻海576億元: 鴻海's place
    if needs_currency_moves(facts):
        settle_currency_moves(text, facts)     # 人民幣升值1.63%: the currency that moved, not a list's item before
    if needs_net_trades(text):
        settle_net_trades(text, facts)         # 外資在集中市場賣超450億元: 外資賣超, who traded and how
    settle_orphan_heads(text, facts)           # 主席团会议应|到, 儿童已有长|达: the verb's first character back to it
    if needs_bare_rates(facts):
        settle_bare_rates(text, simp, facts)   # …上涨180元,涨幅为0.81%: the contract's, not a bare 涨幅 (last)
    if needs_market_shares(text):
        settle_market_shares(text, facts)      # 營收…，市占率再上升至71%: the market share, not the revenue's share
    if needs_bracket_moves(text, facts):
        settle_bracket_moves(text, facts)      # 高雄147.4萬TEU(+2.77%), 基隆港:…TEU(較去年同期減少…%): the level's
    if needs_founding_ages(text):
        settle_founding_ages(text, facts)      # 新竹科學園區成立迄今41年: the founding's age
    if needs_named_topics(facts):
        settle_named_topics(text, facts)       # 「兩岸海運直航貨櫃裝卸量」總計…,較去年同期…,減少…%: the topic named
    if needs_clause_topics(facts):
        settle_clause_topics(text, norm, facts, marks)   # 铜价一路上涨,…,首次突破13,000美元: 铜价, the clause names nothing
    if needs_title_lists(text):
        settle_title_lists(text, facts)        # 《前任4:英年早婚》《志愿军:雄兵出击》…分别以8.87亿元、…: each title its figure
    if needs_guidance_ends(text):
        settle_guidance_ends(text, facts)      # 超越財測9570億元高標，以美元計算達331億美元: the guidance's, lending nothing
    if needs_item_topics(text):
        settle_item_topics(text, facts)        # …；西南地区较低,为10.89元/公斤: the item's own name, not the item before's
    if needs_routes(text):
        settle_routes(text, facts, marks)      # 哈尔滨至伊春的旅客列车运行时间: the route, not its far end
    if needs_restated_counts(facts):
        settle_restated_counts(text, facts)    # …突破23亿人次…。23亿人次的脚步声: the flow restated, not footsteps
    settle_empty_brackets(facts)               # 倫敦銅期貨今天（29日）…12,960美元: no （） left of the day
    settle_time_adverbs(facts)                 # 保利发展近期新增加房地产项目13个: recently is no part of what is counted
    if needs_verb_fragments(facts):
        settle_verb_fragments(text, facts)     # 港鐵勁|賺逾168億元, 純利少6.94%, 逆市升0.5%: the holder, not the verb
    if needs_dividend_ordinals(text):
        settle_dividend_ordinals(text, facts)  # 宣布第二次中期股息每股0.64元，增加31%: the second interim dividend
    if needs_rank_runs(facts):
        settle_rank_runs(text, facts)          # 增幅列全省第10位,苏南第2位; 居第8位、前移3位: the growth's, not 苏南's
    if needs_bonus_months(text):
        settle_bonus_months(text, facts)       # 發放6.5個月年終獎金: the bonus's, not the verb's
    if needs_contributions(text):
        settle_contributions(text, facts)      # 英國投資為集團貢獻44.43億元: the contributor's, not 集團貢獻's
    if needs_compared_phrases(text):
        settle_compared_phrases(text, facts)   # 比召开…座谈会之前的2009年增长了1.15倍: the GDP's, not the base's words
    if needs_loss_moves(facts):
        settle_loss_moves(text, facts)         # 虧損7.6億美元,按年擴大近一倍: the loss's move, not 淨利潤's
    settle_frame_cuts(text, facts)             # 每公噸8100元, 成交量為…張合約, 營業額料…, 化學品(年增率…): the indicator


def _subject(text: str, simp: str, f: Fact, lo: int, hi: int, prev: list[Fact], blank: list[tuple[int, int]],
             facts: list[Fact], sentence_subject: str | None, sent_start: int, group: str | None) -> str | None:
    """`group`: the group the figure counts (subject_groups.group_count), None for other kinds."""
    if f["kind"] in ("year", "date"):
        return None
    if f["kind"] == "rank" and f["unit"] in ("年", "度") and simp[f["start"] - 2:f["start"]] != "连续":
        return None                              # 开放的第一年, 今年第三度超車: a year or turn, nothing ranked
    i = facts.index(f) if f["kind"] == "rank" or prev and prev[-1]["kind"] == "rank" else -1
    subj = noun_after_ordinal(text, simp, f, facts[i - 1] if i > 0 else None,
                              facts[i + 1] if 0 <= i < len(facts) - 1 else None) if i >= 0 else None
    if subj:
        return subj
    subj = (group or household_state(text, simp, f, lo) or members_doing(text, simp, f, lo, hi)
            or reached_count(text, simp, f, lo)) if f["kind"] == "count" else None
    if subj:
        return subj                              # 内地九市, 等七部门, 全国31个省(区、市): the group counted
    subj = base_list(simp, f, lo, hi, facts) if simp[lo:lo + 4].lstrip(" \x00\x01").startswith(("相", "较", "比")) else None
    if subj or "相比" in simp[f["end"]:hi] and (subj := compared_with(text, simp, f, lo, hi)):
        return subj                              # 相对于上年同期的A、B; X与…的克价1027元相比: X's
    if "依次" in simp[lo:hi] and "分别" not in simp[lo:hi]:
        simp = _IN_TURN_RE.sub("分别", simp)      # A、B依次为x、y: read as 分别为, each item its figure
    if simp.find("分别", lo, hi) >= 0:    # 分別 (traditional) too
        subj = (respective(text, simp, f, lo, hi, [g for g in facts if lo <= g["start"] < hi], facts)
                or respective_figures(simp, f, lo, hi, facts) or earlier_list(text, simp, f, lo, hi, facts))
    if not subj and f["kind"] == "money" and "用于" in simp[f["end"]:hi]:
        subj = used_for(text, simp, f, lo, hi)     # 下达1546.83亿元用于困难群众救助补助资金
    elif not subj and f["kind"] == "percent" and "年息" in simp[lo:f["start"]]:
        subj = rate_per_year(text, simp, f, lo)    # 最低得標利率為年息0.99%
    subj = (subj or colon_label(text, simp, f, lo) or this_is_subject(text, simp, f, lo, hi)
            or issued_debt(text, simp, f, lo) or object_noun(text, simp, f, lo, prev)
            or subject_of(text, simp, f, lo, hi, prev, blank) or noun_after_subject(text, simp, f, lo))
    if subj and len(subj) <= 6 and _MOVE_ALONE_RE.fullmatch(subj):
        subj = None                              # 從十幾元來到目前二十多元: a move (來到) names nothing; the sentence's stands
    if subj and f["kind"] == "rank" and not simp.startswith("的", f["end"]):    # 第三名的动画电影: named after it
        subj = without_rank_verb(subj, simp.startswith("大", f["end"]) or f["surface"][-1:] in _CLASS_COUNTERS)   # 增幅列全省第10位: 增幅 (whose: the rate rules); 全市排第6位: none
    rate = _rate_noun(simp, f, lo) if f["kind"] in ("percent", "points") else None
    if rate and (subj is None or subj == rate or subj.endswith(rate) and len(subj) == len(rate)):
        subj = sentence_subject or rate          # 上证指数报4049.29点，涨幅1.56%: the index
    if subj is not None and sentence_subject and (subj in _PRICE_LABELS or len(subj) <= _RATE_REACH   # (longer: no rate word)
                                                  and _without_base_words(subj) in RATE_NOUNS
                                                  or names_only_a_rate(subj)):
        subj = share_part(sentence_subject)      # 升幅較去年12月放緩1.1個百分點, 月均增速3.1%, 結算價報…: the indicator's
    elif subj is not None and subj[:2] in _AVERAGE_WORDS and _BASE_WORDS_RE.sub("", subj) in RATE_NOUNS:
        subj = topic_subject(text, simp, f, lo, sent_start) or subj     # …业务量连续增长，年均增速8.5%
    if (subj in _BARE_SHARES and sentence_subject and not sentence_subject.endswith(SHARE_NOUNS)
            and not sentence_subject.startswith(("占", "佔"))):
        subj = sentence_subject + subj           # 草原面积5亿亩，占比超七成: 草原面积占比
    if subj is None and f["kind"] not in _NO_SUBJECT_KINDS and f["kind"] != "duration":
        subj = level_after_change(simp, f, prev) or clause_topic(text, simp, f, lo, sent_start, facts) or (
            moved_clause_topic(simp, text, f, lo, sent_start, facts)) or (
            reason_topic(text, simp, f, lo, sent_start, facts) if "因" in simp[sent_start:lo] or "受" in simp[sent_start:lo]
            or "由于" in simp[sent_start:lo] else None) or (
            parallel_name(text, simp, f, lo, sent_start, facts)) or (
            share_part(sentence_subject) if sentence_subject and _grows(simp, f, lo) else sentence_subject)
    subj = owned_total(subj, simp, text, f, lo, sent_start, facts) or subj     # 海洋经济…，总量达到…
    subj = topic_measure(subj, simp, text, f, lo, sent_start, facts) or subj   # 東協地區則…，元月接單金額…
    if subj is None and f["kind"] == "rank":
        subj = rank_topic(simp, text, f, lo, sent_start)     # …指标全面增长，位居全球第一
    return share_of_sentence(subj, sentence_subject)     # 占全国11.2%: whose share


# a share told by its whole alone, inside it (在全球渔业和水产养殖总产量中的比重, 在全球农产品贸易额中所占的比重): whose share
# is the part the sentence measured right before, and no owner is written in the phrase (占, 在, 佔)
_OWNERLESS_SHARE_RE = re.compile(r"中(?:所[占佔])?的?(?:比重|占比|佔比|份额|份額|比例)$")
_SHARE_OWNER_RE = re.compile(r"[占佔在]")


def settle_ownerless_shares(facts: list[Fact], marks: TextMarks) -> None:
    """A share told by its whole alone (`…其中水产养殖产量达0.88亿吨，在全球渔业和水产养殖总产量中的比重达40.89%`) is the
    part's share, the part being what the sentence measured right before: `水产养殖产量在…中的比重`."""
    for f in facts:
        subj = f.get("subject")
        if subj and f["kind"] == "percent" and _OWNERLESS_SHARE_RE.search(subj) \
                and not _SHARE_OWNER_RE.search(subj.replace("所占", "").replace("所佔", "")):
            part = _part_before(facts, f, marks.sentence_start(f["start"]))
            if part:
                f["subject"] = part + "在" + subj
        elif subj and f["kind"] == "percent" and (k := _share_mark_at(subj)) >= 2:
            part = _part_before(facts, f, marks.sentence_start(f["start"]))
            if part and len(part) > k and part.endswith(subj[:k]) and part[-k - 1] in _LIST_MARKS:
                f["subject"] = part + subj[k:]  # 当归、党参、黄芪种植面积…，占全省…的45%: the whole list's share


_LIST_MARKS = "、和及与與"


def _share_mark_at(subj: str) -> int:
    k = subj.find("占")
    return subj.find("佔") if k < 0 else k


def _part_before(facts: list[Fact], f: Fact, sent_start: int) -> str | None:
    """The subject of the nearest value figure before `f` in its sentence, its own share word left out."""
    for g in reversed(facts[:facts.index(f)]):
        if g["start"] < sent_start:
            return None
        subj = g.get("subject")
        if subj and g["kind"] in ("money", "quantity", "count", "percent") and not _OWNERLESS_SHARE_RE.search(subj):
            return share_part(subj)
    return None


_BASIS_ITEM_RE = re.compile(r"[\s\x00\x01]*(?:按|以|扣除|剔除|若|如)")
_ITEM_MARK_RE = re.compile("[\ue000-\uf8ff\u2460-\u24ff]")    # a portal's private glyph, ①②: a list's marks, no name


def _carried_subject(text: str, simp: str, f: Fact, lo: int, sent_start: int, carried: str | None,
                     at: int | None) -> str | None:
    """The sentence's subject so far, for `f` in the clause at `lo`: a ；-item after it that names an indicator
    of its own opens a new topic (`…工業生產指數…，年增率…；十月製造業生產指數一二三點四四，…年增率七點六三%`: the
    second rate is 製造業生產指數's, though no figure of its item lent that name)."""
    if carried is None or at is None:
        return carried
    k = max(simp.rfind("；", at, lo), simp.rfind(";", at, lo))
    if k < 0 or _BASIS_ITEM_RE.match(simp, k + 1):
        return carried                          # …；按不变价格计算，比上年增长8.4%: a basis, no new topic
    topic = topic_subject(text, simp, f, lo, k + 1)
    if not topic or _ITEM_MARK_RE.search(topic) or _names_no_indicator(topic):
        return carried                          # …;占比最高,为30.8%: the share of the indicator carried
    return topic


def _sentence_before(text: str, si: int, sent_cuts: list[int], lo: int, last_subject: dict[int, str | None],
                     lent_at: dict[int, int]) -> str | None:
    """The subject the sentence before lent last, for a rate or share named alone opening the sentence
    at text[lo] (`…整體出口貨值按年上升5.2%。第二季的升幅為3.1%`): none across a paragraph."""
    before = sent_cuts[si - 1] if si >= 1 else 0
    subj, at = last_subject.get(before), lent_at.get(before)
    if subj is None or at is None or "\n" in text[at:lo] or _names_no_indicator(subj):
        return None
    return subj


def _rate_alone(subj: str) -> bool:
    """A rate or share word alone (增幅, 第二季的升幅, 占比); a price named by its kind (收盘价) is not one."""
    plain = _without_base_words(subj)
    return plain in RATE_NOUNS or plain in _BARE_SHARES or names_only_a_rate(subj)


def _names_no_indicator(subj: str) -> bool:
    """A rate or share word alone (占比, 增速, 年增率): whose it is, the sentence says before."""
    plain = _without_base_words(subj)
    return plain in RATE_NOUNS or plain in _BARE_SHARES or subj in _PRICE_LABELS or names_only_a_rate(subj)


def _cut_run(f: Fact, subj: str) -> bool:
    """A span's subject cut inside its run or its deictic (屬連|跌兩個月, 从这|两年): a fragment, no
    indicator to lend the sentence (能繁母猪存栏|连续增长12个月 lends)."""
    return f["kind"] == "duration" and subj[-1] in "连連这這续續"


_LEVEL_BEFORE_RE = re.compile(r"(?:至|到|为|達|达)[\x00\x01\s]*$")


def _grows(simp: str, f: Fact, lo: int) -> bool:
    """`f` states a growth (同比增长21.0%), not a level reached (提升至35%) nor a change of points:
    the growth of the part of a share, not of the share."""
    return (f["kind"] in ("percent", "multiple") and CHANGE_START_RE.search(simp, lo, f["start"]) is not None
            and not _LEVEL_BEFORE_RE.search(simp, lo, f["start"]))


def _is_cut(text: str, i: int) -> int:
    """Length of the clause boundary at text[i] (0: none)."""
    ch = text[i]
    if (ch == ":" or ch == "：") and _in_code_bracket(text, i):
        return 0                                # 国际棉花指数(Cotlook:A), 宁德时代(ZH:300750): a code, no clause (subj53)
    if ch in _CLAUSE_MARKS:
        return 1
    if ch == "," or ch == ":":
        before = i > 0 and text[i - 1].isdigit()
        after = text[i + 1:i + 4]
        if not before or not (len(after) == 3 and after.isdigit() if ch == "," else after[:1].isdigit()):
            return 1
        return 0
    if ch == "—" and text.startswith("——", i):
        return 2
    return 0


_MARK_RE = re.compile(r"[，。；！？;!?\n：,:—]")
# a code in brackets after a name, its parts joined by a colon: an index's series (Cotlook:A), an exchange and ticker
# (ZH:300750, SH:600519)
_CODE_BRACKET_RE = re.compile(r"[(（][A-Za-z][A-Za-z0-9 .]{0,9}[:：][A-Za-z0-9 .]{1,10}[)）]")


def _in_code_bracket(text: str, i: int) -> bool:
    """The colon at text[i] joins the parts of a bracketed code."""
    k = max(text.rfind("(", max(0, i - 11), i), text.rfind("（", max(0, i - 11), i))
    return k >= 0 and (m := _CODE_BRACKET_RE.match(text, k)) is not None and m.end() > i


def _clause_start(text: str, rev: str, s: int) -> int:
    """Where the clause holding offset `s` starts (`rev` is text reversed: searched leftwards)."""
    n = len(text)
    m = _MARK_RE.search(rev, n - s)
    while m:
        j = n - 1 - m.start()
        if _is_cut(text, j) or (text[j] == "—" and j and text[j - 1] == "—"):
            return j + 1
        m = _MARK_RE.search(rev, m.start() + 1)
    return 0


def _clause_of(text: str, rev: str, f: Fact, last: Fact | None, lo: int, hi: int) -> tuple[int, int]:
    """(start, end) of the clause holding `f`; the figure before it (`last`, its clause lo:hi)
    usually shares it, and then no boundary lies between them: no search."""
    if (last is not None and last["end"] <= f["start"] and f["end"] <= hi
            and _MARK_RE.search(text, last["start"], last["end"]) is None):
        return lo, hi
    return _clause_start(text, rev, f["start"]), _clause_end(text, f["end"])


def _clause_end(text: str, e: int) -> int:
    """The clause's end at or after `e` (a figure never straddles a boundary)."""
    m = _MARK_RE.search(text, e)
    while m and not _is_cut(text, m.start()):
        m = _MARK_RE.search(text, m.start() + 1)
    return m.start() if m else len(text)


def _windows(facts: list[Fact], sent_cuts: list[int], n: int) -> list[tuple[int, int]]:
    """Where periods can matter: each sentence holding figures up to its last figure (merged,
    in order), and the first sentence, whose date a market report's figures refer to."""
    out: list[tuple[int, int]] = [(0, sent_cuts[0] if sent_cuts else n)]
    for f in facts:
        k = bisect.bisect_right(sent_cuts, f["start"])
        a = sent_cuts[k - 1] if k > 0 else 0
        b = f["end"]
        if a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _blanked(simp: str, spans: list[tuple[int, int]]) -> str:
    """`simp` with the spans (periods: never part of a subject) as \\x01, same length."""
    parts, pos = [], 0
    for a, b in spans:
        parts += [simp[pos:a], "\x01" * (b - a)]
        pos = b
    parts.append(simp[pos:])
    return "".join(parts)


def _rate_noun(text: str, f: Fact, lo: int) -> str | None:
    """涨幅1.56%: the rate noun written right before the figure (its subject needs an owner)."""
    left = text[lo:f["start"]]
    for r in RATE_NOUNS:
        k = left.rfind(r)
        if k >= 0 and _RATE_GAP_RE.match(left[k + len(r):]):
            return r
    return None


# a "sentence" longer than this (a table flattened without 。, a feed's run-on line) is cut at its
# clauses: the subject and period rules look back over the sentence for every figure, so one
# sentence of thousands of figures would cost the square of them.  News sentences stay far below.
_LONGEST_SENTENCE = 1000
_CLAUSE_CUT_RE = re.compile("[，,；;：:、]")
_PIECE_CUT_RE = re.compile("[、 \u3000]")


def _clause_piece(text: str, lo: int, hi: int, s: int, pieces: dict[tuple[int, int], list[int]]) -> tuple[int, int]:
    """The piece of an over-long clause (a list of thousands of items joined by 、) around `s`:
    cut after 、 or a space, as _bounded_sentences cuts a sentence, so each figure's clause and the
    figures before it in the clause stay bounded."""
    cuts = pieces.get((lo, hi))
    if cuts is None:
        cuts = pieces[(lo, hi)] = _bounded_sentences(text[lo:hi], [], _PIECE_CUT_RE)
    k = bisect.bisect_right(cuts, s - lo)
    return lo + (cuts[k - 1] if k else 0), lo + cuts[k] if k < len(cuts) else hi


def _bounded_sentences(text: str, cuts: list[int], marks: re.Pattern[str] | None = None) -> list[int]:
    """`cuts` with more cuts, after clause marks, inside any sentence longer than _LONGEST_SENTENCE."""
    ends = [*cuts, len(text)]
    if all(b - a <= _LONGEST_SENTENCE for a, b in zip([0, *cuts], ends)):
        return cuts                             # the usual case: nothing to add
    out: list[int] = []
    a = 0
    for k, b in enumerate(ends):
        while b - a > _LONGEST_SENTENCE:
            m = None
            for m in (marks or _CLAUSE_CUT_RE).finditer(text, a + _LONGEST_SENTENCE // 2, a + _LONGEST_SENTENCE):
                pass
            a = m.end() if m else a + _LONGEST_SENTENCE
            out.append(a)
        if k < len(cuts):
            out.append(b)
        a = b
    return out


def _enrich(text: str, norm: str, facts: list[Fact], year: int | None,
            ref: tuple[int, int, int] | None = None, cuts: list[int] | None = None) -> None:
    """The extractor's entry point: `ref` is the article's date, else only its year is known."""
    enrich(text, norm, facts, ref if ref else ((year, None, None) if year else None), cuts)
