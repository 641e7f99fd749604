"""Subject classes settled after the context, each behind a cheap test of the text.

- subject_topic_clause: a bulletin's indicator named alone before the figures' clauses
  (`X的增加价值,在2024年第二季与上年同期比较实质下跌6.3%`);
- subject_loss_register: Hong Kong results' losses and profits in their own words (淨利潤,
  每股盈利, 除所得税前溢利, 盈利 as written; 派发中期息 → 中期息);
- subject_rate_moves: a rate move (`降息1碼`, `升息半码`) is the move of the rate the sentence
  quotes, a streak (`連七季`) has no subject;
- subject_futures: commodity prices named by what they trade, not by the level's description
  (`收于787.70美元的近一个月来的低点`), nor with the denominator or the week (`每加仑`, `上周`);
- subject_period_words: a period phrase is no subject (`截至…止年度`, `春節假期…`, `…全年`);
- subject_budget: a level reached counted in a noun is the indicator's (`公务员编制会增至…个职位`),
  a reserve at a date the reserve's, 预算 and 涉及 no part of the subject;
- subject_fragments: a change verb, a bare 幅度, a modal, a pushing verb or an adverb left as
  the subject (`由7天缩短至2天`, `下调幅度为`, `年增率應會`, `推升`, `间接`);
- subject_list_items: `各為` lists item by item, 占 kept in a share's items, no verb phrase in a
  shared head;
- subject_index_levels: an index level is the index the sentence names (`指数以3576.09点收盘`);
- subject_noun_after: a count before its noun measures the noun (`超1万家企业启动` → 企业,
  `自主研制的2艘…运输船` → 运输船), a share keeps 占有率;
- subject_restated: a bare 金额 is the amount of what the sentence named, a share after 相当于
  the level's;
- subject_output_counts: a count right after a named output is the output's (`產量536.4萬射頻模塊`);
- subject_titles: a quoted title cut inside (`《求`) is taken whole (`《求是》杂志`);
- subject_count_words: a measure word after a count (`275万剂次`) is no thing counted;
- subject_scores: a score `X以N的成绩` is X's (the athlete or team), never 成绩;
- subject_results: a loss named by its company or year alone is the net profit's (`去年度虧損`);
- subject_sources: arrivals, imports and shares of a region or source named once (`X方面,`,
  `以Y為主`, `其中A、B…的增長`, `从巴西进口`, `来自加拿大,数量为`, `上年同期为`);
- subject_level_moves: a verb or adverb before a level is no subject (`隨後下滑至`, `衝上`, `大關`),
  the price the sentence names is;
- subject_rate_raises: a level set by 提高/降低 is the level of the thing raised (`…宣布同步提高准备金利率至3.9%`);
- subject_rate_spreads: a spread over a reference (`…的下限加50基点`) is the rate's being set (`基本利率`);
- subject_empty_words: a time of day, an adverb or an idiom is no subject (`短短`, `当晚`, `匀速`, `附近`);
- subject_colon_labels: results notes `(一)2024年半年度利润总额:-5,977.10万元;` are the label's;
- subject_loss_changes: a change of a loss (`同比增亏14.38%至70.83%`) is the profit's;
- subject_revision_times: a forecast revised `由8月覆檢時的2%至3%…` is the forecast's, not 覆檢時;
- subject_bracket_notes: a ratio defined in brackets (`資產負債比率(以債務淨額除以…)為200%`) is the name's;
- subject_yoy_phrases: a rate told `X亦按年實質明顯擴張6.3%` is X's, not the phrase's;
- subject_spans: a span that measures an activity names it (`经过8个多小时的出舱活动`, `大会为期4天`,
  `已有1500多年历史`);
- subject_travel_times: a time cut or stretched is the time's (`运行时间，将由现在的5个多小时缩短至2小时左右`);
- subject_count_heads: a count's noun after it in a state or a 来自 clause (`约90万户家庭断电`,
  `100多位来自沙特的青年…`), a typhoon's number (`第9号台风`);
- subject_price_chains: a price moved clause by clause is the price the sentence names first
  (`國際現貨金價…，高見5,594美元，即最多曾升3.6%`), not the verbs that move it;
- subject_period_lists: a 分别 list over periods (`…為4.45%，各季分別為…`) is the indicator's, not `各季`;
- subject_contract_months: a futures contract named by its month is its figures' subject (`其中9月期约收高…`);
- subject_edges: no time word or adverb ending a subject (`…电影节昨晚`), no measure word cut from its
  demonstrative (`这批炸弹` → 炸弹), no bare `总体` (the figure's before) or `之际`.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_budget import settle_budget
from .subject_count_words import settle_count_words
from .subject_fragments import (
    ADVERBS,
    CHANGE_VERBS,
    RATE_SIZES,
    VERB_TAILS,
    settle_fragments,
)
from .subject_futures import settle_futures
from .subject_index_levels import settle_index_levels
from .subject_late_cues import COUNT_WORDS_CUE, LEVELS, RESULTS, TITLES, late_cues
from .subject_level_moves import settle_level_moves
from .subject_list_items import settle_list_items
from .subject_sources import needs_sources, settle_sources
from .subject_loss_register import settle_loss_register
from .subject_taiwan_losses import needs_taiwan_losses, settle_taiwan_losses
from .subject_turnarounds import needs_turnarounds, settle_turnarounds
from .subject_noun_after import ACTS, MADE_UNITS, MAKES, settle_noun_after
from .subject_output_counts import needs_output_counts, settle_output_counts
from .subject_period_words import PRIOR_VALUE_WORDS, TIME_TAILS, TIME_WORDS, WINDOW_LEAD_RE, settle_period_words
from .subject_rate_moves import settle_rate_moves
from .subject_restated import settle_restated
from .subject_results import settle_results
from .subject_scores import needs_scores, settle_scores
from .subject_titles import settle_titles
from .subject_topic_clause import settle_topic_clauses
from .subject_rate_raises import needs_rate_raises, settle_rate_raises
from .subject_rate_spreads import needs_rate_spreads, settle_rate_spreads
from .subject_empty_words import needs_empty_words, settle_empty_words
from .subject_colon_labels import needs_colon_labels, settle_colon_labels
from .subject_loss_changes import needs_loss_changes, settle_loss_changes
from .subject_revision_times import needs_revision_times, settle_revision_times
from .subject_bracket_notes import needs_bracket_notes, settle_bracket_notes
from .subject_yoy_phrases import needs_yoy_phrases, settle_yoy_phrases
from .subject_spans import needs_spans, settle_spans
from .subject_travel_times import needs_travel_times, settle_travel_times
from .subject_count_heads import needs_count_heads, settle_count_heads
from .subject_price_chains import needs_price_chains, settle_price_chains
from .subject_period_lists import needs_period_lists, settle_period_lists
from .subject_contract_months import needs_contract_months, settle_contract_months
from .subject_after import settle_after
from .subject_closing import settle_closing
from .subject_edges import needs_edges, settle_edges
from .text_marks import TextMarks

Fact = dict[str, Any]

# What each class needs, tested on the facts' subjects (short, with str methods) before the
# text (long): most texts need none, and a regex over every subject costs more than the rules.
_TOPIC_CUES = (",在", "，在", ",於", "，於", ",于", "，于", ",截至", "，截至", ",截止", "，截止")
_HK_CUES = ("仙", "港元", "港仙", "港幣", "港币", "溢利", "蚀", "蝕", "派", "本集", "-HK")
_LEVEL_ENDS = ("低点", "高点", "低點", "高點", "低位", "高位", "新高", "新低", "天价", "天價", "交易价", "成交价",
               "交易價", "成交價", "来", "來", "跌去", "涨去", "漲去", "回跌", "回跌了", "回升", "回升了", "更是", "也是")
_UNIT_WORDS = frozenset({"英尺", "立方英尺", "加仑", "加侖", "桶", "盎司", "英两", "英兩", "磅"})
_WEEK_STARTS = ("上周", "上週", "本周", "本週", "上月", "本月", "今年", "去年", "近期", "当周", "當週", "前一周", "前一週")
_PERIOD_STARTS = ("截至", "截止", "止", "按年", "按月", "年", "月") + _WEEK_STARTS
_PERIOD_ENDS = ("全年", "当年", "當年")
_HOLIDAYS = ("假期", "假日", "黄金周", "黃金周", "长假", "長假")
_BUDGET_ENDS = ("预算", "預算")
_SPEND_STARTS = ("涉及", "用于", "用於", "主要涉及")
_AMOUNTS = frozenset({"金额", "金額", "数额", "數額"})
_REACH_CUES = ("增至", "增加至", "增加到", "增到", "减至", "減至", "减少至", "減少至", "降至", "升至")
_COUNTED_ENDS = ACTS + MAKES
_SHARE_ENDS = ("比重", "比例", "份额", "份額")
_MODALS = ("应", "應", "会", "會", "将", "將", "可能", "可")
_LEVEL_KINDS = ("money", "count", "quantity")
_SHARE_CUES = ("相当于", "相當於", "相当於", "相當于", "相等", "約當", "约当")   # the mixed spellings too (相当於)


# the characters the tests below look for, to pass over most subjects with three cheap tests
_END_CHARS = frozenset(w[-1] for w in (
    _LEVEL_ENDS + _PERIOD_ENDS + TIME_TAILS + _BUDGET_ENDS + _MODALS + VERB_TAILS + _SHARE_ENDS + _COUNTED_ENDS
    + ("连", "連", "指数", "指數") + tuple(_UNIT_WORDS) + tuple(_AMOUNTS) + tuple(TIME_WORDS) + tuple(CHANGE_VERBS)
    + tuple(ADVERBS) + tuple(RATE_SIZES)))
_START_CHARS = frozenset(w[0] for w in _WEEK_STARTS + _PERIOD_STARTS + _SPEND_STARTS + ("推升", "推高"))
_MID_CHARS = frozenset("每以假周週内內现現止")


_ALSO = ("约合", "約合", "占有率", "佔有率", "占比", "各为", "各為")
# every word the classes look for in the text, found in one scan (cheaper than a substring test each)
_TEXT_CUES_RE = re.compile("|".join(sorted({re.escape(w) for w in _TOPIC_CUES + _HK_CUES + _SHARE_CUES + _REACH_CUES
                                            + _ALSO}, key=lambda w: (-len(w), w))))   # a fixed order: the compiled-pattern cache keys on it


def _any(words: tuple[str, ...], text: str) -> bool:
    for w in words:
        if w in text:
            return True
    return False


def settle_late_subjects(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    trade = period = budget = amount = bare_level = streak = fragment = listed = index = counted = False
    kinds = set()
    for f in facts:
        kind = f["kind"]
        kinds.add(kind)
        s = f.get("subject")
        if not s:
            bare_level = bare_level or kind in _LEVEL_KINDS
            continue
        if kind == "index":
            index = True
        if not period and WINDOW_LEAD_RE.search(s):
            period = True                       # 過去12個月平均淨回報: the window is the period's
        if s[-1] not in _END_CHARS and s[0] not in _START_CHARS and _MID_CHARS.isdisjoint(s):
            continue                            # most subjects: no class can apply
        if not trade and ("每" in s or "合约以" in s or "合約以" in s or s.endswith(_LEVEL_ENDS) or s in _UNIT_WORDS
                          or s.startswith(_WEEK_STARTS)):
            trade = True
        if not period and (s.startswith(_PERIOD_STARTS) or s.endswith(_PERIOD_ENDS) or _any(_HOLIDAYS, s) or "止" in s
                           or s.endswith(TIME_TAILS) or s in TIME_WORDS or s in PRIOR_VALUE_WORDS):
            period = True
        if not budget and (s.endswith(_BUDGET_ENDS) or s.startswith(_SPEND_STARTS)):
            budget = True
        if s in _AMOUNTS:
            amount = True
        if not counted and (kind in ("count", "quantity") or kind == "rank" and f.get("unit") in MADE_UNITS) \
                and s.endswith(_COUNTED_ENDS):
            counted = True
        if s == "指数" or s == "指數":
            index = True
        if not fragment and (s in CHANGE_VERBS or s in ADVERBS or s in RATE_SIZES or s.startswith(("推升", "推高"))
                             or s.endswith(_MODALS) or s.endswith(VERB_TAILS) or "在内的" in s or "在內的" in s):
            fragment = True
        if not listed and (s.endswith(_SHARE_ENDS) or "实现" in s or "實現" in s or "呈现" in s or "呈現" in s):
            listed = True
        if kind == "duration" and s.endswith(("连", "連")):
            streak = True
    cues = set(_TEXT_CUES_RE.findall(text))
    if not cues.isdisjoint(_TOPIC_CUES):
        settle_topic_clauses(text, facts, marks)
    if "money" in kinds and not cues.isdisjoint(_HK_CUES):
        settle_loss_register(text, facts, marks)
    if "money" in kinds and needs_taiwan_losses(text):
        settle_taiwan_losses(text, facts, marks)     # 每股虧損0.16元, 稅前虧損: Taiwan's 每股盈餘, 稅前盈餘
    if "money" in kinds and needs_turnarounds(text):
        settle_turnarounds(text, facts)              # 期內扭虧賺2.97億元: 淨利潤, not the verb 扭虧
    if "points" in kinds or streak:
        settle_rate_moves(text, facts, marks)
    if trade or "约合" in cues or "約合" in cues:
        settle_futures(text, facts, marks)
    if counted or "占有率" in cues or "佔有率" in cues or "占比" in cues:
        settle_noun_after(text, facts, marks)
    if index:
        settle_index_levels(text, facts, marks)
    if listed or "各为" in cues or "各為" in cues or "points" in kinds and ("分别" in text or "分別" in text):
        settle_list_items(text, facts, marks)
    if fragment:
        settle_fragments(text, facts, marks)
    if period:
        settle_period_words(text, facts, marks)
    if budget or ("count" in kinds and not cues.isdisjoint(_REACH_CUES)) or (bare_level and "至" in text):
        settle_budget(text, facts, marks)
    if amount or not cues.isdisjoint(_SHARE_CUES):
        settle_restated(text, facts, marks)
    if "count" in kinds and needs_output_counts(text):
        settle_output_counts(text, facts, marks)       # 基站設備產量536.4萬射頻模塊: the output's
    late = late_cues(facts)
    if TITLES in late:
        settle_titles(text, facts)                     # 第19期《求是》杂志, not 《求
    if COUNT_WORDS_CUE in late:
        settle_count_words(text, facts, marks)         # 接种HPV疫苗275万剂次: the vaccine, not 剂次
    if needs_scores(text):
        settle_scores(text, facts, marks)              # 刘奕杉以92.25分的成绩: the athlete's
    if RESULTS in late:
        settle_results(text, facts)                    # 海港企業去年度虧損…, 前年度則虧損: 淨利潤
    source_cues = needs_sources(text)
    if source_cues:
        settle_sources(text, norm, facts, marks, source_cues)       # 非內地旅客方面, 以內地為主, 从巴西进口, 上年同期为
    if LEVELS in late:
        settle_level_moves(text, norm, facts, marks)     # 隨後下滑至, 衝上, 大關: the price's topic
    if needs_yoy_phrases(norm):
        settle_yoy_phrases(text, norm, facts, marks)      # 服務輸出亦按年實質明顯擴張: 服務輸出
    if needs_rate_raises(facts):
        settle_rate_raises(text, norm, facts)             # 美联储宣布同步提高准备金利率至3.9%: 准备金利率
    if needs_rate_spreads(facts):
        settle_rate_spreads(text, norm, facts)            # 基本利率…定于…下限加50基点: 基本利率
    if needs_empty_words(facts):
        settle_empty_words(text, facts)                   # 短短10分钟, 当晚, 每克806元附近: no subject
    if needs_colon_labels(text):
        settle_colon_labels(text, facts)                  # (一)…利润总额:-5,977.10万元; …净利润:…: each label's
    if needs_loss_changes(facts):
        settle_loss_changes(text, facts)                  # 净利润为-1.15亿元…,同比增亏14.38%至70.83%: 净利润
    if needs_revision_times(facts):
        settle_revision_times(text, norm, facts)          # 將…增長預測，由8月覆檢時的2%至3%…: the forecast
    if needs_bracket_notes(facts):
        settle_bracket_notes(text, facts)                 # 資產負債比率(以…計算)為200%: 資產負債比率
    if needs_spans(facts):
        settle_spans(text, norm, facts)                   # 经过8个多小时的出舱活动, 大会为期4天: the activity
    if needs_travel_times(facts):
        settle_travel_times(text, norm, facts)            # 运行时间，将由5个多小时缩短至2小时: 运行时间
    if needs_count_heads(facts):
        settle_count_heads(text, norm, facts)             # 约90万户家庭断电, 五位来自…的代表, 第9号台风
    if needs_price_chains(text, facts):
        settle_price_chains(text, norm, facts, marks)     # 國際現貨金價…，高見5,594美元，即最多曾升3.6%: the price
    if needs_period_lists(facts):
        settle_period_lists(facts, marks)                 # GDP成長率為4.45%，各季分別為…: GDP成長率, not 各季
    if "money" in kinds and needs_contract_months(norm):
        settle_contract_months(text, norm, facts, marks)  # 其中9月期约收高57.50美分: 9月期约, not 大豆期货
    if needs_edges(facts):
        settle_edges(text, facts, marks)                  # 电影节昨晚, 这批炸弹, 总体较去年同期增加: the thing
    settle_after(text, norm, facts)                      # sealed11's classes (subject_after)
    settle_closing(text, norm, facts, marks)             # sealed10's classes (subject_closing)
