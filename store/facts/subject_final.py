"""Subject classes settled after subject_late's and subject_closing's (each behind a cheap test):

- subject_contract_names: a futures contract named by its delivery month alone (`明年1月份交割的合约收盘于…`,
  `最为活跃的12月份合约早盘跳空高开,报每克316.00元`) is the subject of the prices told after it;
- subject_bracket_clauses: a note in brackets with a comma inside (`普通混煤(…,热值4500大卡)价格`, `（按可比价格计算，
  下同）`) opens no clause: the figure is the name's before the bracket, with its head after it;
- subject_comparands: the points of `比全省(7.7%)和全国(7.0%)分别高0.7、1.4个百分点` are the indicator's, not
  分别高's, and each bracketed figure its comparand's (before the ranks, which read the figure told before);
- subject_bare_totals: a figure named 总量 or 金額 after a figure of the same sentence (`财政总收入15057万元,总量位居
  全市第1位`, `居民存款較上月增加1.9%,金額為4,642億澳門元`) is that figure's indicator's;
- subject_budget_lines: a budget line told `X原列…,最後計列…,淨增…` is X's (歲入), every figure of it;
- subject_rank_scopes: a rank is the rank of the clause's topic or of the figure told before it
  (`规上工业增加值增长9%,增速居工业大省第1位`), not of its field (工业大省) or the verb with it;
- subject_bracket_lists: items told with a bracketed figure each, then measured together
  (`香港(582,025人次)、中国台湾(101,047人次)…旅客按年分别减少2.7%、0.6%…`): the figures after are the items' one by one;
- subject_record_phrases: a record (`為歷年單月次高，年增43.4％`, `触及5月1日以来最高每桶63.81美元`) is no subject: the
  figure is the indicator's told before it in the sentence;
- subject_month_lists: months listed before 分别 (`9、10月份分别增长3.3%、0.6%`) are the items' periods: the figures are
  the indicator's named after the months or opening the clause before;
- subject_carried: a level told again later in its sentence with no indicator of its own, or with its
  forecaster's words (`中央銀行估4.5%`, `評估今年全年突破7,000億美元`), is the indicator's told before it;
- subject_span_averages: a span before an average (`两年平均增长6.9%`) is its window: no subject;
- subject_tally_items: counts written `label + count` one after another (`包括预增285家、略增53家、扭亏105家`) are
  each their label's;
- subject_category_counts: a count or share opening its clause and told to be a category (`其中42家为续亏企业`,
  `100%为清洁能源`) is the category's, not the group's carried to it;
- subject_yardsticks: a share or multiple told against a yardstick (`A达到B的41.2%`, `这一数字约为B的1.27倍`) is
  the clause opener's (A), or the level's told before an anaphor, not the yardstick's (B);
- subject_coordinated: nouns joined by 、/与/和/及 before one figure share it (`汽车、太阳能电池、挖掘机产量增速均超过10%`):
  the subject is the whole coordination, not its last item;
- subject_counted_nouns: a count whose noun follows its measure word (`全县下辖7个镇`, `１５４名在…工作的建筑工人`)
  counts that noun, not the verb before it;
- subject_reason_clauses: a figure whose clause names nothing, after a clause opening with what changed and
  then saying why (`居住類受燃氣價格續處高檔影響,漲0.88%`, `躉售物價指數(WPI)受…價格下跌影響,較上年同月跌1.90%`), is
  the opener's, not the sentence's indicator carried to it nor a noun inside the reason;
- subject_index_names: figures told by a rate word alone after `X指數(CPI),` are the index's; a bracketed level
  inside an index's name (`甲类(107.54)消费物价指数`) is no part of it;
- subject_frame_words: a time word after 在 (`港元存款在月內增加1.7%`) or a unit's short name in brackets (`每百萬英熱
  單位 (MMBtu)3.70 美元`) is no subject: the noun before 在, the figure's told before;
- subject_in_every: the part of `每10家X中,就有9家是Y` is Y's count;
- subject_tenors: a rate's tenor (`1個月拆息`, `2個月及3個月拆息`) is a duration of 拆息;
- subject_ascii_tenors: a tenor in Latin letters before a rate's name (`3M SHIBOR`) is part of its name;
- subject_level_lists: levels told one by one, then compared `分别` (`…分别相当于10年前的1.3倍、1.7倍和3.7倍`): each
  figure of the list is its level's;
- subject_verb_tails: an adverb and the short verb phrase it opens at a subject's end (`出口额连续跨越300亿`,
  `柴油價格各調漲`, `河南夏种已过六成`) are no part of it: the noun phrase before the adverb;
- subject_change_tails: the change a figure measures at its subject's end (`农事决策时间缩短七成`, `…政策延长2年`) is no
  part of it: the noun phrase before the verb;
- subject_verb_frames: adverbs of the verb after a subject (历史上首次双双) are no part of it, and an add-on opening
  one (`連同其新台幣存款餘額共折計`) leaves the sum to the sentence's topic;
- subject_share_of: a share told `X在Y所佔的比重` is named by the whole phrase, not Y's (M2所佔比重);
- subject_counted_lists: items listed, then counted, then measured `分别` (`房地产、科学研究和技术服务业、文化体育娱乐
  三类行业增速分别为…`, `交通和家居設備及服務兩個大類分別…`) are each their figures', split as the count says;
- subject_aspects: a count of 方面 followed by a noun counts that noun (`7个方面的重点任务`: 重点任务), else the aspects
  (`从六个方面深刻总结`: 方面, not 方面深刻总结);
- subject_shared_heads: items joined before one head, measured `分别` (`城镇和农村常住居民人均可支配收入…分别增长3%、
  6.4%`), are each the head's, one figure each, not the whole coordination;
- subject_recorded_topics: a count recorded by its topic (`新界區錄2,524宗註冊`, `一手私宅市場方面,8月錄1,245宗註冊`)
  is the topic's, not the bare event noun's counted after it, and so are the clause's figures after it;
- subject_whole_words: last, every subject's two ends moved out of the dictionary words they split
  (`3690个婚姻家庭纠纷人民调解委员会`, `全国新增30个`, `十年间人均收入增长了近三倍`);
- subject_qualifier_edges: then a qualifier word at either end is left out (`沿线10个乡镇近187万群众`: 乡镇,
  `至少用时6天`: 用时);
- subject_sum_adverbs: an adverb of sum or focus between the topic and its verb (`市场监管系统共接收投诉举报`,
  `南向資金就淨買入`) is left out;
- subject_light_verbs: last, a light verb between the topic and the indicator (`城镇实现零售额`, `批发业完成销售额`)
  is left out: 城镇零售额;
- subject_inner_times: a day between the topic and its act (`遵义会议会址1日接待游客`) is the figure's period, not part
  of the indicator's name;
- subject_from_levels: the level a move starts from (`印花稅收入由去年預算676億向上修訂為955億`, `煙草稅亦從38億低位
  反彈至55億`) and the level it reaches are the opener's before 由/從, not the base word's or the words after it;
- subject_edge_words: a closing 錄 (`住宅物業註冊金額錄約368.96億元`), an opening 當中 or a period's closing 止
  (`6月底止私人住宅售價指數`) are the clause's, not the indicator's;
- subject_list_joiners: an item told after the previous item's bracketed figure (`製造業(13.1%)和建築業(11.1%)`)
  keeps no joiner: 建築業;
- subject_session_words: after them all, a subject that is only a span or session word with a verb or rate word (`最高見`, `全周跌幅`,
  `單週`, `日均`) names nothing: the sentence's topic, its first figure's subject;
- subject_bare_verbs: a subject that is only a verb of change or comparison with its adverbs (`增长(以下…)4.4%`,
  `雖呈年減0.2%`, `超越…的8817.36億元`) is the indicator's of the figure told before it in the sentence;
- subject_own_rates: last, a change told by its indicator's rate word (`运输服务进口增速24.9%`, `CPI年增率1.48%`)
  is the indicator's: 运输服务进口, CPI — never the bare rate word's name;
then the register forms of round 31, each reading the subjects the passes above gave:
- subject_ordinal_lists: ordinals listed with 第 once (`第一、二、三产业增加值分别为…`) are each `第N产业…`;
- subject_compared_lists: points told against a list of comparands (`分别高于全国、全省0.8个和0.5个百分点`) are the
  indicator's told before, not the last comparand's;
- subject_base_levels: a change told against a base (`較上期(…)上漲`, `較上周(…)市值…增加…`) is the compared thing's,
  not the base's words or its level's measure;
- subject_window_tails: a market's window after what moved (`黄金价格周线上涨`, `恒生指數全周累升`) is no part of it,
  and a window alone (`單週暴漲8.5%`) is the move of what the sentence priced before;
- subject_items_before: items named in the clause before `分别` when the figures' clause names only a time and a
  measure (`電子及資訊通信產品接單動能續強，10月接單分別年增…`) are each their figure's, not the measure's;
- subject_superlatives: a figure right after a superlative clause (`其中华东地区跌幅最大，为2.5%`, `其中大陸旅客佔最多，
  達…`) is the holder's it names, not the whole's told before;
- from sealed42's misses (tests/test_facts_sealed42_subject.py), each a class: subject_window_remnants (`全年度`, the
  `截至…的` frame left by cut dates), subject_region_frames (`在25个…省（区、市）中，19个…`: the regions counted),
  subject_budget_verbs (`歲出編列…`, `計編列…`: the line, no allocating verb), subject_comparand_words (`較疫情前`,
  `较此前`: the thing compared, not the time), subject_change_targets (`增长6.5%左右的目标`: the changing thing's),
  subject_open_brackets (`区、市）经通道进出口`: the name cut inside its bracket, mended whole),
  subject_year_dividends (`全年股息`: the year's dividend keeps 全年), subject_verb_halves (`導致…`, `吸引…`, `…銳減`,
  `…月持平`: a verb's part at the edge), subject_base_period_losses (`2021年同期亏损…`: the earnings line before),
  subject_model_counts (`5架B737-800飞机`: the model counted), subject_growth_widths (`營收成長幅度`: 營收's rate),
  subject_range_frames (`毛利率介乎16%至18%的範圍內`: 毛利率's), subject_unit_currencies (`達6.8億澳門幣`: no currency
  as a sum's subject), subject_profit_words (`,盈利70.08亿元`: 盈利 at its clause's head);
- from sealed43's misses (tests/test_facts_sealed43_subject.py): subject_forms53 (a week's ordinal, a market followed,
  a stock named with its code, a forecaster's word, the EPS gloss, a value against the market's expectation, a
  stock's session and volume words).
"""

from __future__ import annotations

import re
from typing import Any

from .subject_aspects import needs_aspects, settle_aspects
from .subject_bare_totals import needs_bare_totals, settle_bare_totals
from .subject_bare_verbs import needs_bare_verbs, settle_bare_verbs
from .subject_budget_lines import needs_budget_lines, settle_budget_lines
from .subject_budget_verbs import needs_budget_verbs, settle_budget_verbs
from .subject_bracket_clauses import needs_bracket_clauses, settle_bracket_clauses
from .subject_bracket_lists import needs_bracket_lists, settle_bracket_lists
from .subject_change_tails import needs_change_tails, settle_change_tails
from .subject_change_targets import needs_change_targets, settle_change_targets
from .subject_category_counts import needs_category_counts, settle_category_counts
from .subject_carried import needs_carried, settle_carried
from .subject_comparand_words import needs_comparand_words, settle_comparand_words
from .subject_comparands import needs_comparands, settle_comparands
from .subject_contract_names import needs_contract_names, settle_contract_names
from .subject_coordinated import needs_coordinated, settle_coordinated
from .subject_counted_lists import needs_counted_lists, settle_counted_lists
from .subject_counted_nouns import needs_counted_nouns, settle_counted_nouns
from .subject_from_levels import needs_from_levels, settle_from_levels
from .subject_edge_words import needs_edge_words, settle_edge_words
from .subject_forms53 import needs_forms53, settle_forms53
from .subject_frame_words import needs_frame_words, settle_frame_words
from .subject_growth_widths import needs_growth_widths, settle_growth_widths
from .subject_issue_tranches import needs_issue_tranches, settle_issue_tranches
from .subject_ranked_lists import needs_ranked_lists, settle_ranked_lists
from .subject_region_frames import needs_region_frames, settle_region_frames
from .subject_count_bases import needs_count_bases, settle_count_bases
from .subject_in_every import needs_in_every, settle_in_every
from .subject_inner_times import needs_inner_times, settle_inner_times
from .subject_open_brackets import needs_open_brackets, settle_open_brackets
from .subject_own_rates import needs_own_rates, settle_own_rates
from .subject_index_names import needs_index_names, settle_index_names
from .subject_light_verbs import needs_light_verbs, settle_light_verbs
from .subject_lone_ranks import needs_lone_ranks, settle_lone_ranks
from .subject_list_joiners import needs_list_joiners, settle_list_joiners
from .subject_level_lists import needs_level_lists, settle_level_lists
from .subject_model_counts import needs_model_counts, settle_model_counts
from .subject_month_lists import needs_month_lists, settle_month_lists
from .subject_qualifier_edges import settle_qualifier_edges
from .subject_range_frames import needs_range_frames, settle_range_frames
from .subject_rank_scopes import needs_rank_scopes, settle_rank_scopes
from .subject_reason_clauses import needs_reason_clauses, settle_reason_clauses
from .subject_record_phrases import needs_records, settle_records
from .subject_recorded import needs_recorded, settle_recorded
from .subject_ordinal_lists import needs_ordinal_lists, settle_ordinal_lists
from .subject_compared_lists import needs_compared_lists, settle_compared_lists
from .subject_base_levels import needs_base_levels, settle_base_levels
from .subject_base_period_losses import needs_base_period_losses, settle_base_period_losses
from .subject_loss_items import needs_loss_items, settle_loss_items
from .subject_frame_counts import needs_frame_counts, settle_frame_counts
from .subject_decided_terms import needs_decided_terms, settle_decided_terms
from .subject_report_verbs import needs_report_verbs, settle_report_verbs
from .subject_price_denominators import needs_price_denominators, settle_price_denominators
from .subject_profit_words import needs_profit_words, settle_profit_words
from .subject_window_tails import needs_window_tails, settle_window_tails
from .subject_items_before import needs_items_before, settle_items_before
from .subject_superlatives import needs_superlatives, settle_superlatives
from .subject_recorded_topics import needs_recorded_topics, settle_recorded_topics
from .subject_share_of import needs_share_of, settle_share_of
from .subject_session_words import needs_session_words, settle_session_words
from .subject_shared_heads import needs_shared_heads, settle_shared_heads
from .subject_singled_out import needs_singled_out, settle_singled_out
from .subject_sum_adverbs import needs_sum_adverbs, settle_sum_adverbs
from .subject_empty_words import CARRIED_WORDS, LEVEL_WORDS, carried_subject
from .subject_span_averages import settle_span_averages
from .subject_tenors import needs_tenors, settle_tenors, strip_tenor_led
from .subject_ascii_tenors import needs_ascii_tenors, settle_ascii_tenors
from .subject_tally_items import needs_tally_items, settle_tally_items
from .subject_verb_frames import needs_verb_frames, settle_verb_frames
from .subject_verb_halves import needs_verb_halves, settle_verb_halves
from .subject_verb_tails import needs_verb_tails, settle_verb_tails
from .subject_whole_words import settle_whole_words
from .subject_window_remnants import needs_window_remnants, settle_window_remnants
from .subject_yardsticks import needs_yardsticks, settle_yardsticks
from .subject_year_dividends import needs_year_dividends, settle_year_dividends
from .subject_unit_currencies import needs_unit_currencies, settle_unit_currencies
from .subject_unit_headings import needs_unit_headings, settle_unit_headings
from .text_marks import TextMarks

Fact = dict[str, Any]

# a subject names something only with a letter in it (a figure or a mark alone is no subject)
_FOOTNOTE_MARK_RE = re.compile(r"\[\d{1,2}\]|［\d{1,2}］|\[注\d{0,2}\]")
_OPEN_BRACKET_RE = re.compile(r"^([^()（）]*)[(（]([^()（）]{2,})$")


# the growth verb alone read as a subject after a bare level (826.8萬成長10.5%: cov50); 经济成长 keeps its noun
_GROWTH_VERBS = frozenset({"成長", "成长"})


def _level_subject_before(text: str, f: Fact, before: list[Fact]) -> str | None:
    """The indicator of the level written right before the growth verb (826.8萬成長10.5%: the level's, or the one
    named before the level), else None (也有17.06%的成長: no level before the verb, no guess)."""
    levels = [g for g in before if g["kind"] not in ("date", "year")]
    if text.startswith(("成長", "成长"), f["end"]):
        g = f                                  # the level itself: the indicator named before it
    elif not levels or not text.startswith(("成長", "成长"), levels[-1]["end"]):
        return None
    else:
        g = levels.pop()
        if (t := g.get("subject")) and t not in _GROWTH_VERBS:
            return t
    lo = max(text.rfind(c, 0, g["start"]) for c in "。！？!?\n")
    for h in reversed(levels):
        if h["end"] <= lo:
            return None
        if (t := h.get("subject")) and t not in _GROWTH_VERBS:
            return t
    return None

def _open_bracket_part(s: str, text: str, start: int) -> str | None:
    """A subject that opens a bracket and never closes it: the name inside when the figure stands inside the
    bracket too (9家破發(破發率30%) → 破發率), the name before it when the bracket closed before the figure
    (出手价格(水分23-22%)0.42元 → 出手价格); None when neither names anything."""
    m = _OPEN_BRACKET_RE.match(s)
    if m is None:
        return None
    inside = max(text.rfind("(", 0, start), text.rfind("（", 0, start)) > max(text.rfind(")", 0, start),
                                                                              text.rfind("）", 0, start))
    part = m.group(2) if inside else m.group(1)
    return part if _NAMING_CHAR_RE.search(part) else None


_NAMING_CHAR_RE = re.compile(r"[^\W\d_]")


# a count of the agencies acting together (等七部门, 11部门): its subject would only repeat the unit
_AGENCY_UNITS = frozenset({"部门", "部門", "部委"})


def settle_final(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    if needs_contract_names(norm):
        settle_contract_names(text, facts, marks)     # 明年1月份交割的合约收盘于…: the contract, not 合约收盘
    if needs_bracket_clauses(text):
        settle_bracket_clauses(text, facts, marks)    # 普通混煤(…,热值4500大卡)价格658.9元/吨: 普通混煤价格, not 下同
    if needs_comparands(norm):
        settle_comparands(norm, facts, marks)         # 比全省(7.7%)…分别高0.7个百分点: the indicator's points
    if needs_bare_totals(facts):
        settle_bare_totals(text, facts, marks)        # 财政总收入…,总量位居全市第1位: 财政总收入's rank, not 总量's
    if needs_budget_lines(text):
        settle_budget_lines(text, facts)              # 歲入原列…,最後計列…,淨增…: 歲入's, not 最後計列's
    if needs_rank_scopes(facts):
        settle_rank_scopes(text, facts, marks)        # 增速居工业大省第1位: 规上工业增加值's rank
    if needs_counted_nouns(facts):
        settle_counted_nouns(text, facts)             # 全县下辖7个镇: 镇, not 全县下辖
    if needs_recorded(text):
        settle_recorded(text, facts)                  # 錄得75億元赤字: 赤字; 分別由x…,調整為p…: x's subject
    if needs_bracket_lists(text):
        settle_bracket_lists(text, facts)             # 香港(582,025人次)、…旅客分别减少2.7%、…: 香港's, not 旅客's
    if needs_records(norm):
        settle_records(text, facts)                   # 為歷年單月次高，年增43.4％: 出口金額's, not the record's
    if needs_month_lists(norm):
        settle_month_lists(text, facts)               # 企业所得税…,9、10月份分别增长3.3%、0.6%: 企业所得税's, not 9's
    if needs_carried(facts):
        settle_carried(text, facts)                   # 中央銀行估4.5%, …，近期已攀升至約4.26%: the indicator told before
    if "平均" in norm or "年均" in norm:
        settle_span_averages(text, facts)             # 两年平均增长6.9%: the average's window, no measured span
    if needs_tally_items(text, facts):
        settle_tally_items(text, facts)               # 包括预增285家、略增53家、扭亏105家: each its label's
    if needs_category_counts(text):
        settle_category_counts(text, facts, marks)    # 其中42家为续亏企业, 100%为清洁能源: the category's
    if needs_yardsticks(text):
        settle_yardsticks(text, facts, marks)         # 新能源汽车新车销量达到汽车新车总销量的41.2%: the opener's
    if needs_coordinated(norm):
        settle_coordinated(text, facts)               # 汽车、太阳能电池、挖掘机产量增速均超过10%: all three's
    if needs_reason_clauses(norm):
        settle_reason_clauses(text, norm, facts, marks)   # 居住類受燃氣價格…影響,漲0.88%: 居住類's, not the CPI's
    if needs_index_names(text):
        settle_index_names(text, facts)               # 消費者物價指數(CPI),…錄得通脹2.7%: the index's, not 通脹's
    if needs_frame_words(facts):
        settle_frame_words(text, facts, marks)        # 港元存款在月內增加1.7%, 每百萬英熱單位 (MMBtu)3.70美元: not 月內, MMBtu
    if needs_in_every(text):
        settle_in_every(text, facts)                  # 每10家高新技术企业中,就有9家是民营企业: 民营企业's 9
    if needs_tenors(text):
        settle_tenors(text, facts)                    # 1個月拆息: the tenor of 拆息
    if needs_ascii_tenors(text):
        settle_ascii_tenors(text, facts)              # 3M SHIBOR: the three-month rate, not SHIBOR
    if needs_level_lists(text, facts):
        settle_level_lists(text, facts, marks)        # A突破600万公里，B79.4万公里…，分别相当于…1.3倍、1.7倍: A's, B's
    if needs_verb_tails(facts):
        settle_verb_tails(facts)                      # 工程机械出口额连续跨越300亿: 工程机械出口额, not the verb
    if needs_change_tails(facts):
        settle_change_tails(text, facts)              # 农事决策时间缩短七成: 农事决策时间, not the change
    if needs_verb_frames(facts):
        settle_verb_frames(text, facts, marks)        # 汽车产销量历史上首次双双突破: 汽车产销量; 連同…共折計: the topic's
    if needs_share_of(text):
        settle_share_of(text, facts, marks)           # 澳門元在M2所佔的比重為23.9%: 澳門元's share, not M2's
    if needs_counted_lists(text):
        settle_counted_lists(text, facts, marks)      # A、B、C三类行业增速分别为…: each item its figure, 三类 → 行业
    if needs_aspects(facts):
        settle_aspects(text, facts)                   # 部署7个方面的重点任务: 重点任务; 从六个方面深刻总结: 方面
    if needs_singled_out(text):
        settle_singled_out(text, facts)               # 出入境流量以關閘最高，有1.45億人次: 關閘's, not the breakdown's
    if needs_shared_heads(text):
        settle_shared_heads(text, facts)              # 城镇和农村…收入分别增长3%、6.4%: 城镇…收入's, 农村…收入's
    if needs_recorded_topics(text):
        settle_recorded_topics(text, facts)           # 新界區錄2,524宗註冊: 新界區's count, not 註冊's
    settle_whole_words(text, norm, facts)             # 人民调解委|员会, 全国新|增, 十年|间: whole words at both ends
    settle_qualifier_edges(text, facts)               # 乡镇近187万, 至少用时6天: the qualifier is the figure's
    if needs_sum_adverbs(facts):
        settle_sum_adverbs(facts)                     # 市场监管系统共接收投诉举报: no 共, the figure is the total
    if needs_light_verbs(facts):
        settle_light_verbs(facts)                     # 城镇实现零售额: 城镇零售额, the light verb names nothing
    if needs_inner_times(facts):
        settle_inner_times(facts)                     # 遵义会议会址1日接待游客: 遵义会议会址接待游客, the day is the period
    if needs_from_levels(text):
        settle_from_levels(text, facts)               # 印花稅收入由去年預算676億向上修訂為955億: 印花稅收入's, not 預算's
    if needs_edge_words(facts):
        settle_edge_words(text, facts)                # 住宅物業註冊金額錄約…, 當中珠海市…, 6月底止私人住宅售價指數: no 錄, 當中, 止
    if needs_window_remnants(facts):
        settle_window_remnants(text, facts)           # (全年)度稅後淨利, 截至(9月)的(第三季)收入: the indicator, no window
    if needs_list_joiners(facts):
        settle_list_joiners(text, facts)              # 服務及銷售人員(20.2%)和非技術工人(17.1%): 非技術工人, no 和
    if needs_session_words(facts):
        settle_session_words(text, facts)             # 恒指半日收報…,最高見18899.49點: 恒指's, not 最高見's
    if needs_bare_verbs(facts):
        settle_bare_verbs(text, facts)                # …42991元,增长(…)4.4%, 8952.21億元，超越…8817.36億元: the indicator before
    if needs_own_rates(facts):
        settle_own_rates(facts)                       # 运输服务进口增速24.9%, CPI年增率1.48%: 运输服务进口's, CPI's
    if needs_lone_ranks(facts):
        settle_lone_ranks(text, facts)                # 第一名，半導體類8,411.76億元: 半導體類's place
    if needs_unit_headings(facts):
        settle_unit_headings(facts)                   # 猪肉价格（元/公斤）：26.5: 猪肉价格, no bracket
    if needs_ordinal_lists(text):
        settle_ordinal_lists(text, facts)             # 第一、二、三产业增加值分别为…: 第二产业增加值, not 二产业…
    if needs_compared_lists(text):
        settle_compared_lists(text, facts)            # 增长5.8%，分别高于全国、全省0.8个…: the indicator's, not 全省's
    if needs_base_levels(text):
        settle_base_levels(text, facts)               # 較上周(1月16日)市值…增加…: the market value's, not 上周市值's
    if needs_price_denominators(facts):
        settle_price_denominators(facts)              # 蔬菜每公斤批發價格為63.1元: 蔬菜批發價格, the unit carries the per
    if needs_loss_items(facts):
        settle_loss_items(text, facts)                # 其中屏東縣最慘重,損失3,685萬: 屏東縣's, not 損失's
    if needs_report_verbs(facts):
        settle_report_verbs(facts)                    # 鴻海今日公告2月營收為5958億元: 鴻海營收, no 公告
    if needs_decided_terms(facts):
        settle_decided_terms(text, facts)             # 7年期普通公司債:…最後決議以利率1.31%發行…: the bond's, not 決議's
    if needs_issue_tranches(text):
        settle_issue_tranches(text, facts)            # 5年期無擔保普通公司債:利率0.44%發行…64億元: the bond's, not 利率's
    if needs_ranked_lists(text):
        settle_ranked_lists(text, facts)              # 江苏、江西在长假旅游收入上分列第二与第三: 江苏's, 江西's, no 分列
    if needs_count_bases(facts):
        settle_count_bases(facts)                     # 造船完工量以載重噸計分別佔…43.5%: 造船完工量's, no 以載重噸計
    if needs_frame_counts(text):
        settle_frame_counts(text, facts)              # 16个基础设施行业中,10个行业实现增长: 行业, not 实现增长
    if needs_region_frames(text):
        settle_region_frames(text, facts)             # 在25个…省（区、市）中，19个播种面积增加: 19 of the regions
    if needs_window_tails(facts):
        settle_window_tails(text, facts)              # 黄金价格周线上涨2.3%, 恒生指數全周累升: the gold price's, no week
    if needs_items_before(text):
        settle_items_before(text, facts)              # 電子及資訊通信產品接單…，10月接單分別年增…: 電子's, not 接單's
    if needs_superlatives(text):
        settle_superlatives(text, facts)              # 其中华东地区跌幅最大，为2.5%: 华东地区跌幅, not the whole's price
    if needs_tenors(text):
        strip_tenor_led(facts)                        # 與樓按相關的一個月拆息: 一個月拆息, the tenor names which
    if needs_budget_verbs(facts):
        settle_budget_verbs(text, facts)              # 歲出編列3兆350億: 歲出's; 歲出部分，計編列878.4億元: 歲出's, no verb
    if needs_comparand_words(facts):
        settle_comparand_words(text, facts)           # 全貨運運能較疫情前成長24%: 全貨運運能's, not 疫情前's
    if needs_change_targets(facts):
        settle_change_targets(text, facts)            # …生产总值增长6.5%左右的目标: 生产总值's change, not 目标's
    if needs_open_brackets(facts):
        settle_open_brackets(text, facts)             # 沿线省（区、市）经通道进出口: the name whole, not 区、市）经通道进出口
    if needs_year_dividends(text):
        settle_year_dividends(text, facts)            # 全年股息為5.4元: 全年股息, the year's dividend (not 股息)
    if needs_verb_halves(facts):
        settle_verb_halves(text, facts)               # 導致股東應佔溢利, 因業外收入銳(減), 客運營收月(持平): the indicator alone
    if needs_base_period_losses(facts):
        settle_base_period_losses(text, facts)        # …EBITDA亏损扩大至10亿元,2021年同期亏损1.74亿元: the line's, not 净利润
    if needs_model_counts(text):
        settle_model_counts(text, facts)              # 退出5架B737-800飞机: the model's count, not 退出's
    if needs_growth_widths(facts):
        settle_growth_widths(facts)                   # 營收成長幅度超過五成: 營收's rate, not the width word's
    if needs_range_frames(facts):
        settle_range_frames(text, facts)              # 毛利率介乎16%至18%的範圍內: 毛利率's range, not 範圍內's
    if needs_unit_currencies(facts):
        settle_unit_currencies(text, facts)           # 達6.8億澳門幣: the revenue's sum, not the currency's
    if needs_profit_words(facts):
        settle_profit_words(text, facts)              # ,盈利70.08亿元,同比升14%: 盈利's (上年同期盈利…: 净利润 stays)
    if needs_forms53(text, facts):
        settle_forms53(text, facts)                   # 第47周全市猪肉零售均价, 港股跟隨美股下跌, 恆生銀行(00011.HK)…收86.5元 …
    prev: Fact | None = None
    for k, f in enumerate(facts):                     # 稻米產量 萬公噸 120.5 -3.2% (a table's row): a number names nothing
        if (s := f.get("subject")) and not _NAMING_CHAR_RE.search(s):
            f["subject"] = s = None
        if s in _GROWTH_VERBS:                        # 人次約914.1萬,較2024年同期826.8萬成長10.5%: 成長 is the verb,
            f["subject"] = s = _level_subject_before(text, f, facts[:k])   # the indicator the level before names
        if s and ("[" in s or "［" in s) and (bare := _FOOTNOTE_MARK_RE.sub("", s)) != s:
            f["subject"] = s = bare or None           # 其中谷物[1]播种面积99926千公顷: the note's mark names nothing
        if s in CARRIED_WORDS or s in LEVEL_WORDS:    # 單月增幅達六成 after the passes cut 增幅: the figure before's
            f["subject"] = s = carried_subject(text, f, facts[:k])
        if s and ("(" in s or "（" in s) and (part := _open_bracket_part(s, text, f["start"])) is not None:
            f["subject"] = s = part                   # 9家破發(破發率30%): the bracket's own name, not 破發(破發率
        if s and s == f.get("base") and f.get("change") and prev is not None and prev.get("subject") not in (None, s) \
                and not text[:f["start"]].rstrip().endswith(s) \
                and not any(c in text[prev["end"]:f["start"]] for c in "。！？!?\n"):
            f["subject"] = prev["subject"]            # 中标利率为3.99%,较…投标下限上浮32个基点: the rate's, not its base's
            #                                           (遠低於平均售電成本3.8元: a figure right after its base is the base's)
        if f["kind"] not in ("date", "year", "duration"):
            prev = f
        if s and s == f.get("unit") and s in _AGENCY_UNITS and f["kind"] == "count" and f["surface"].endswith(s):
            f["subject"] = None                       # 工业和信息化部等七部门印发: who acts, no measure (the sets: none)
