"""Counts told in the sentence after the one that dates them (bulk news: CCTV xwlb, People's Daily, SogouCS).

A news story names its event's day once and tells the event's counts in the next sentences of the paragraph:
`今天（3月1日），…在辽宁抚顺组织祭扫雷锋墓。200多名军地青年代表向雷锋塑像敬献花篮`,
`今天（4月1日）上午，军地领导…参加义务植树活动。…经过一个多小时的紧张忙碌，共栽种…苗木2000余株`,
`菲律宾一艘渡轮29日晚…起火。菲律宾海岸警卫队称，事故已造成29人死亡` — the counts of that day
(tests/gold/README.md: "a figure about an event told on a date has that date as its period"; sealed2,
sealed7, sealed10 and unseen label them so).  Only the sentence just before or the one before it is read.

A statistical lead does the same for a year or a half: `2022年，全国海关监管进出口货运量48亿吨…。截获有害生物
58万种次，监管进出口危化品5.9亿吨`, `今年上半年，我国农业种质资源普查全面完成。新收集农作物种质资源13.9万份` —
the flows (counts, and quantities in flow units) of that period, as its rates and sums already are
(period_carry.carried); heldback, sealed, sealed2, sealed3 and sealed7 label them so.

Not carried (an analyst would rather see no period than a wrong one): across a paragraph (a headline is the
next story's), a size or capacity (一次可装载, 主跨, 总投资, 辐射), a standing count (覆盖, 汇聚, 一应俱全), a
time of the figure's own (目前, 累计, 40年前, 近半年来, 每), what is to come (将, 计划, 预计), a level reached
(已超过, 增至), who acts (七部门), small counts of who (两国, 三个孩子), and a year other than the article's or the
one before.
"""

from __future__ import annotations

import re
from typing import Any

from .period_carry import _EVENT_RE, _MARKET_RE, _NOT_EVENT_RE, _breadth, _previous_period
from .period_span import PeriodSpan, RefDate

Fact = dict[str, Any]   # a fact record being built (see store.records.Fact)

_KINDS = ("count", "quantity")
# flows a statistical lead's period dates (58万种次, 5.9亿吨, 1亿亩); a size (18平方米的展位, 32岁, 100兆瓦) does not
_FLOW_UNITS = ("吨", "亩", "畝", "千瓦时", "千瓦時", "度", "立方米", "标箱", "標箱", "标准箱", "標準箱")
_SMALL_NUMERALS = frozenset("一二三四五六七八九两兩十")
# a time of the figure's own, unnamed: then, now, so far, since
_OWN_TIME_RE = re.compile(r"当时|當時|那时|那時|彼时|此前|过去|過去|目前|當前|当前|现在|現在|如今|眼下|迄今|至今|累计|累計|"
                          r"以来|以來|历史|歷史|近年|每年|每天|每日|每月|日均|月均|年均|那[起次场場宗]|之前|已有|现有|現有|共有|不久前|近期|日前|近日|年前|以前|"
                           r"第[一二三四五六七八九十\d]+天|期间|期間|总数|總數|需求|[年月天周週]来|[年月天周週]來|每|平均|拟|擬|"
                           r"连续|連續|共计|共計")
_BARE_BASES = ("上年", "去年", "前年")     # 长势好于上年: a comparison, not the lead's period
_DATED_RE = re.compile(r"\d\s?[日号號年]|[今昨当當明前]天|[今昨当當]日|[今去本]年|半年|[一二三四五六七八九十]日|[今当當昨]晚|日晚|日[上下]午")
# (截至下午4时: a cutoff at an hour of the report's day, period_forms)
_DAY_TEXT_RE = re.compile(r"[日号號晚]$|[日号號][上下]午$|当天|当日|當天|今天|昨天|今日|昨日|^截[至止].*[时時点點]$")
_YEAR_OR_HALF_RE = re.compile(r"\d{4}(?:H[12])?")
_END_RE = re.compile(r"[。！？!?\n]")
# what a thing is, not what happened on the day: a ship's or a plant's size (一次可装载, 总装机, 主跨), a
# cumulative count (参观人数突破), who attended a plenary (出席), another source's report (另据), what a
# document or a contest holds (涉及, 包括, 聚焦, 设置)
_NOT_ACT_RE = re.compile(r"可(?!持续|持續|再生|比)|(?<![智功性动動产產效职職体體技机機赋賦储儲核电電热熱光风風])能(?![源力耗效级級])|总长|總長|全长|全長|主跨|总装机|總裝機|装机|裝機|产能|產能|设计|設計|容量|载重|載重|重量|层|層|"
                         r"车道|車道|突破|出席|另据|另據|涉及|包括|聚焦|设置|設置|提供|分为|分為|组成|組成|惠及|人口|共\d|共设|共設|设有|設有|辐射|輻射|覆盖|覆蓋|总投资|總投資|规划|規劃|所需")
# the end of a span of days (广交会于4月15日—5月5日): the days', not the last one's
_RANGE_DASHES = ("—", "-", "–", "~", "～", "至", "到")
# a day of the sentence's own that the period finder left unattached (截至当地时间今天(2月17日)凌晨)
_OWN_DAY_RE = re.compile(r"\d{1,2}日|今天|昨天|当天|當天")
# what a place or a thing has (覆盖全球200多个国家, 汇聚了近三十家店铺, 160多种服务一应俱全, 储量, 每亩): no flow of the year
_STANDING_RE = re.compile(r"覆盖|覆蓋|汇聚|匯聚|一应俱全|一應俱全|拥有|擁有|储量|儲量|每亩|每畝|总里程|總里程|换乘|換乘")
# who attended (…四十多家媒体参加了发布会): the event's, not the year's
_ATTENDED_RE = re.compile(r"参加|參加|出席|参会|參會|与会|與會")
_CLAUSE_END_RE = re.compile(r"[，,；;]")
# a level reached by now (已超过9000家, 已增至101个, 台风已经导致3人死亡): no flow of the lead's year, no count of the day
_LEVEL_RE = re.compile(r"已|已经|已經|达到|達到|增至|升至")
# 六部门推出…, 十一个部门联合印发: who acts, not what is counted
_ACTORS = ("部门", "部門", "部委", "个部门", "個部門")
_FUTURE_RE = re.compile(r"将|將|计划|計劃|预计|預計|目标|目標|力争|力爭|到\d{4}年")


def told_count_period(norm: str, f: Fact, sent_start: int, ref: RefDate | None,
                      memo: dict[int, PeriodSpan | None], cuts: list[int]) -> PeriodSpan | None:
    """The day or statistical period the sentence before names, for a count or quantity without a period of
    its own (see the module doc), or None.  The cheap tests run first: the previous sentences are read for
    their period (period_carry._previous_period, shared through `memo`) only for a figure that could take it."""
    kind = f["kind"]
    # a paragraph after a one-sentence lead naming the event's day (12月19日，国务院举行宪法宣誓仪式。\n…35个部门和
    # 单位的47名负责人依法进行宪法宣誓; 今天（4月18日），第六届消博会落下帷幕…。\n本届消博会吸引了67个国家…): that day
    after_lead = sent_start > 0 and norm[sent_start - 1] == "\n" and _short_lead(norm, sent_start) \
        and norm[_sentence_end(norm, f["end"]):_sentence_end(norm, f["end"]) + 1] in _FULL_STOPS \
        and not _STANDING_AFTER_LEAD_RE.search(norm, sent_start, _sentence_end(norm, f["end"])) \
        and not f["surface"].endswith("部")      # (…等21部行政法规的部分条款予以修改: laws named, heldback's none)
    if kind not in _KINDS or sent_start == 0 or norm[sent_start - 1] == "\n" and not after_lead \
            or kind == "quantity" and not str(f.get("unit") or "").endswith(_FLOW_UNITS) \
            or norm[f["start"]] in _SMALL_NUMERALS and (f.get("value") or 0) < 10:
        return None                              # (两国人民, 三个孩子: who, not how many on the day)
    if _OWN_TIME_RE.search(norm, sent_start, f["end"] + 4) or norm.startswith(_ACTORS, f["end"]) \
            or f["surface"].endswith(_ACTORS) or _FUTURE_RE.search(norm, sent_start, f["start"]):
        return None
    end = _sentence_end(norm, f["end"])
    clause = _CLAUSE_END_RE.search(norm, f["end"], end)
    if _NOT_ACT_RE.search(norm, sent_start, end) or _LEVEL_RE.search(norm, max(sent_start, f["start"] - 6), f["start"]) \
            or _NOT_EVENT_RE.search(norm, sent_start, clause.start() if clause else end):
        return None                              # (…35000多艘船舶将全部撤离, 纪念…遇难的30多万同胞)
    if sent_start not in memo:
        lo = max(norm.rfind("\n", 0, sent_start - after_lead), norm.rfind("<p>", 0, sent_start), 0)
        if not _DATED_RE.search(norm, lo, sent_start):
            return None                          # the paragraph before names no day, year or half (most)
        memo[sent_start] = _previous_period(norm, ref, sent_start, cuts)
    prev = memo[sent_start]
    if prev is None or not prev.period or norm.find("\n", prev.end, sent_start - after_lead) >= 0 \
            or norm.find("<p>", prev.end, sent_start) >= 0:
        return None                              # the paragraph's own period only (a headline's is the next story's)
    if after_lead and not (prev.point and len(prev.period) == 10):
        return None                              # (a lead's statistical year: its paragraph's flows only)
    if prev.point and len(prev.period) == 10 and _DAY_TEXT_RE.search(prev.text):
        if kind == "quantity" or f.get("unit") == "次" or norm[prev.start - 1:prev.start] in _RANGE_DASHES \
                or _OWN_DAY_RE.search(norm, sent_start, f["start"]) or _sentences_between(norm, prev.end, sent_start - after_lead) > 1 \
                or _LEVEL_RE.search(norm, sent_start, f["start"]) \
                or _MARKET_RE.search(norm, max(sent_start - 80, 0), sent_start) or _breadth(norm, sent_start):
            return None                          # (a trading day's prices; 10种产品中3种实现增长: a statistic)
        return prev                              # the event's day
    if prev.point or not _YEAR_OR_HALF_RE.fullmatch(prev.period) or prev.text in _BARE_BASES \
            or ref and not ref[0] - 1 <= int(prev.period[:4]) <= ref[0] \
            or _ATTENDED_RE.search(norm, f["end"], end) or _STANDING_RE.search(norm, sent_start, end) \
            or _EVENT_RE.search(norm, sent_start, min(end, f["end"] + 8)):
        return None                              # (今年，…。警方…1名嫌疑人被逮捕: an event's toll, not the year's)
    return prev                                  # a statistical lead's flows


_LEAD_MAX = 120
_FULL_STOPS = ("。", "！", "？")         # a headline (美国发生两起小型飞机坠毁事故 2死1伤) ends with none: the next story's
# what a place, a site or a document holds (由144条河流汇聚而成, 包含9座帝陵, 报告共分15个部分, 全球172家“灯塔工厂”):
# no count of the lead's day
_STANDING_AFTER_LEAD_RE = re.compile(r"包含|包括|共分|分为|分為|保存|全球|拥有|擁有|现有|現有|汇聚|匯聚|汇集|匯集|设有|設有|建有|共建|"
                                     r"[设設]\d|位于|位於|字")


def _short_lead(norm: str, sent_start: int) -> bool:
    """The paragraph before `sent_start` is a lead of one or two full sentences (a headline, without its full
    stop, is not: its day is the next story's)."""
    lo = norm.rfind("\n", 0, sent_start - 1) + 1
    para = norm[lo:sent_start - 1].rstrip()
    return 0 < len(para) <= _LEAD_MAX and para.endswith("。") and len(_END_RE.findall(para)) <= 2


def _sentences_between(norm: str, a: int, b: int) -> int:
    return len(_END_RE.findall(norm, a, b)) - 1


def _sentence_end(norm: str, at: int) -> int:
    m = _END_RE.search(norm, at)
    return m.start() if m else len(norm)
