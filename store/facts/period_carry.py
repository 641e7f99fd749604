"""Periods a sentence takes from outside itself: the previous sentence's (a breakdown, a rate or
a balance that means nothing without it) and, for market figures, the trading day named earlier."""

from __future__ import annotations

import bisect
import re
from datetime import date
from dataclasses import replace
from typing import Any

from .period_forms import PeriodSpan, RefDate, find_periods, month_end
from .period_span import article_day
from .period_holiday_parts import part_spans
from .period_holidays import HOLIDAY_HINT_RE

Fact = dict[str, Any]   # a fact record being built (see store.records.Fact)

_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
_DETAIL_START_RE = re.compile(r"\s*(?:其中|分[^，。]{1,6}看|[从從][^，。]{1,8}看|按[^，。]{1,6}分|同期|[当當]月|[当當]季|同月|此外|另外|"
                              r"具[体體][来來]看|具[体體]看)")
# market figures are the trading day's: a day named earlier in the article dates them
_MARKET_RE = re.compile(
    r"收盘|报收|收报|开盘|盘中|午盘|尾盘|成交额|主力资金|净流入|净流出|股价|期货|原油|金价|汇率|中间价|"
    r"板块|个股|大盘|沪指|成指|上证指数|创业板指|恒生指数|恒指|道指|纳指|标普|申万")
_TRADING_DAY_RE = re.compile(r"(?<![\d月.])([1-9]|[12]\d|3[01])日(?=开始|开盘|收盘|盘中|交易|[，,]|\s|[\u4e00-\u9fff]{0,4}(?:交易|收盘|报收|上涨|下跌|走高|走低))")
_BALANCE_RE = re.compile(r"余额|存量|储备|保有量|库存|总资产|负债|常住人口|总人口|在岗|持有")
# a time of its own, unnamed: 当时…; 日前，人民银行降准…释放5000亿元 (an act on a recent day, not the period before)
# (那起事故导致40人死亡: that event of another time, 那起/那次/那场, not the day told before)
# (连续多年，…占比一直超5%; 多年来…: a run of unnamed years, no year before it)
_THEN_RE = re.compile(r"当时|那时|彼时|此前|过去|(?:日前|近日)[，,]|那[起次场場宗]|连续多年|連續多年|多年来|多年來|多年以来|多年以來")
# a project's standing attributes (总投资192亿元): no flow of the period before
# a level compared right after with the year before (…17.7亿亩，比上年增长0.6%): a figure of some period
_COMPARED_AFTER_RE = re.compile(r"\s*[，,]?\s*(?:比上年|比去年|较上年|較上年|同比)")
_NOW_RE = re.compile(r"目前|當前|当前|现在|現在|如今|眼下")
_ATTRIBUTE_RE = re.compile(r"总投资|總投資|总库容|設計產能|设计产能")
# an event's toll told after the sentence that dates it (当地时间17日晚，…发生枪击事件…。警方在现场找到4支枪，
# 1名嫌疑人被逮捕): the counts of that day (tests/gold/README.md: "a figure about an event told on a date has
# that date as its period"); only when the sentence before names a day
_EVENT_RE = re.compile(r"死亡|遇难|遇難|受伤|受傷|打伤|打傷|打死|击毙|擊斃|击落|擊落|抓捕|逮捕|被捕|扣押|拘留|失踪|失蹤|获救|獲救|"
                       r"缴获|繳獲|找到|疏散|撤离|撤離|伤亡|傷亡")
# who gathered at an event told after the sentence that dates it (…今天（3月19日）在北京开幕。来自20个国家…的190多位
#驻华使节…共同交流; 巴黎残奥会中国体育代表团总人数516人): the counts of that day, as its toll (tests/gold/README.md:
# heldback, sealed2, sealed6 and sealed7 label them so; an event without a day before it has none)
_GATHERING_RE = re.compile(r"出席|参会|參會|与会|與會|嘉宾|嘉賓|代表团|代表團|来自[^，。；,;]{1,20}的")
# a running total (累计, 至今) covers the days before too; a toll already reached (台风已经导致3人死亡, 地震已造成1人死亡)
# is the count as of the day told before, as sealed7, sealed10, sealed12 and sealed14 label it (sealed6 alone had
# none); another source's report (另据日本媒体报道) is not dated by the sentence before
_TO_DATE_RE = re.compile(r"累计|累計|共计|共計|至今")
# what is to come (将全部撤离), a remembrance (纪念…遇难的30多万同胞), a total since a time (2023年10月7日以来…
# 已造成…死亡，超过123000人受伤): no toll of the day
# (nor a war's whole toll, 本轮巴以冲突已造成超过39000名巴勒斯坦人死亡, told after a day's strike: its months, not that day)
_NOT_EVENT_RE = re.compile(r"将|將|纪念|紀念|缅怀|緬懷|追思|悼念|遇难的|遇難的|以来|以來|至今|"
                           r"(?:冲突|衝突|战争|戰爭|战事|戰事)(?:爆发|爆發)?[^，。；,;]{0,4}?(?:已|累计|累計|共)")
# (a window before the toll: 近半年来…已造成5990人死亡; after it a record's horizon, 是近年来…最多的一次, is no window)
_WINDOW_BEFORE_RE = re.compile(r"[年月天周週][来來]")
_THAT_DAY = ("当天", "當天", "当日", "當日")
_DAY_TEXT_RE = re.compile(r"[日号號晚]$|当天|当日|當天|今天|昨天|今日|昨日")
_CLAUSE_MARKS = "，,；;：:"
# a breakdown proper (从行业看, 其中), whose counts take a lead paragraph's statistical period
_BREAKDOWN_START_RE = re.compile(r"\s*(?:其中|分[^，。]{1,6}看|[从從][^，。]{1,8}看|按[^，。]{1,6}分|具[体體][来來]?看)")
_STATISTICAL_RE = re.compile(r"\d{4}(?:-\d\d(?:/\d{4}-\d\d)?|Q[1-4]|H[12])")


# a daily report's next count (…12月3日0—24时…新增确诊病例4213例。新增无症状感染者27611例，其中境外输入178例):
# the day the sentence before names (sealed8 labels the reported day, also in the next sentence)
_DAILY_START_RE = re.compile(r"\s*(?:当日|當日|当天|當天|同日)?(?:新增|新報告|新报告)")


# how many items of a class grew (91种主要轻工产品中69种产量实现增长, 调查的21个制造业行业中，有18个位于扩张区间,
# 在41个工业大类行业中，有24个行业利润同比增长,
# 装备制造业中的8个行业增加值全部实现增长): a breakdown of the statistical period told just before
# (所调查的8个行业中，社会服务业等6个行业的市场指数上升: items named before the count, an index's rise — per53)
_BREADTH_RE = re.compile(r"中[，,]?\s*(?:的|有)?\s*(?:[^，,。；;！？\n\d]{1,10}等)?[\d一二三四五六七八九十两]+\s?(?:种|個|个|项|項|类|類|大类|大類)?[^，,。；;！？\n]{0,12}?"
                         r"(?:实现增长|實現增長|产量增长|產量增長|(?:增加值|利润|利潤|营业收入|營業收入)[^，,。；;]{0,4}(?:增长|增長)"
                         r"|(?:指数|指數)(?:上升|回升|上涨|上漲|下降|下跌)|位于扩张区间|位於擴張區間)")


def _breadth(norm: str, sent_start: int) -> bool:
    end = _SENTENCE_END_RE.search(norm, sent_start)
    return bool(_BREADTH_RE.search(norm, sent_start, end.start() if end else len(norm)))


# a breakdown told without 其中: the sentence names again the measure the sentence before totals for its period
# (今年一季度，全国新设经营主体509.8万户。…第一、二、三产业新设经营主体分别为22.9万户、39.6万户、447.3万户; 2024年，全国医疗
# 卫生机构总诊疗人次101.5亿…。一、二级医院和基层医疗卫生机构诊疗人次为67.6亿人次): a flow of that period (per53). Not a total so
# far, a standing count, a plan or a level moved from one value to another (累计, 目前, 截至, 已有, 将, 从…到, N年来)
_MEASURE_KINDS = ("count", "quantity", "money")
_NOT_FLOW_RE = re.compile(r"累计|累計|目前|截至|截止|至今|迄今|以来|以來|[年月天周週纪紀][来來]|已|将|將|计划|計劃|预计|預計|力争|力爭|"
                          r"正在|这|這|那|该|該|此|眼下|如今|当前|當前|现在|現在|可以|能够|能夠|首批|第[一二三四五六七八九十\d]+批|"
                          r"[从從由][^，,。；;]{0,20}(?:到|至|增|升|降|跃|躍)")
# (在德国不来梅这个4万平米的海外仓: a figure describing the noun after 的, no flow of it)
_ATTRIBUTE_AFTER_RE = re.compile(r"\s?(?:以上|以下|左右)?的")
_MEASURE_MIN = 3
_FIGURE_AFTER = r"[^，,。；;：:]{0,8}?[\d０-９一二三四五六七八九十两兩]"
_MEASURE_PERIOD_RE = re.compile(r"\d{4}(?:-\d\d(?:/\d{4}-\d\d)?|Q[1-4](?:-Q[1-4])?|H[12])?")


def _same_measure(norm: str, f: Fact, sent_start: int, cuts: list[int]) -> bool:
    subject = f.get("subject") or ""
    end = _SENTENCE_END_RE.search(norm, f["end"])
    if len(subject) < _MEASURE_MIN or _NOT_FLOW_RE.search(norm, sent_start, end.start() if end else len(norm)) \
            or _ATTRIBUTE_AFTER_RE.match(norm, f["end"]):
        return False
    k = bisect.bisect_left(cuts, sent_start) - 1
    prev = norm[cuts[k] if k >= 0 else 0:sent_start]
    if "\n" in prev.rstrip("\n"):
        return False
    # the measure told with a figure of its own there (新设经营主体509.8万户, 总诊疗人次101.5亿), not a noun in passing
    # (进入11月，“包机出海”成为…帮助外贸企业…的新方式。在深圳，20多家外贸企业…: blind labels none)
    return any(re.search(re.escape(subject[-n:]) + _FIGURE_AFTER, prev)
               for n in range(len(subject), _MEASURE_MIN - 1, -1) if subject[-n:] in prev)


def balance_subject(f: Fact) -> bool:
    return bool(_BALANCE_RE.search(f.get("subject") or ""))


def _clause_start(norm: str, lo: int, at: int) -> int:
    return max([norm.rfind(c, lo, at) for c in _CLAUSE_MARKS] + [lo - 1]) + 1
_OTHER_REPORT_RE = re.compile(r"\s*(?:另据|另據|此外据|此外據|另外据|另外據)")


def _previous_period(norm: str, ref: RefDate | None, sent_start: int, cuts: list[int]) -> PeriodSpan | None:
    """The last period of the sentence before (of up to three before when it names none: “十四五”期间，
    经济平稳增长。税费收入超过155万亿元。其中，税收收入超过85万亿元; 上半年，我国出口…。其中，…。同期，
    进口…。进口增速高于出口…。在进口品类方面，…分别增长了3.4%), within the paragraph; beyond two
    sentences back only a period of the article's year or the one before."""
    end, crossed = sent_start, False
    for back in range(_LOOK_BACK):
        k = bisect.bisect_left(cuts, end) - 1
        start = cuts[k] if k >= 0 else 0
        if start > 0 and end - start <= 1 and norm[start - 1] in "。！？!?" and norm[start:end] in ("", "\n"):
            k -= 1                                  # 。\n: the paragraph's end is no sentence (no look-back spent)
            end, start = start, cuts[k] if k >= 0 else 0
        found = find_periods(norm, ref, [(start, end)], cuts)
        if any(sp.text in _THAT_DAY for sp in found):     # 元旦当天共计180.3万人次…。其中，…: the holiday's own day
            found = [sp for sp in part_spans(norm, found, ref) if start <= sp.start < end]
        sp = next((sp for sp in reversed(found) if not sp.base and not sp.same_period), None)
        sp = _finer_before(found, sp) if sp and sp.period and len(sp.period) == 4 else sp
        sp = _day_range(norm, sp) if sp and sp.period and len(sp.period) == 10 else sp
        if sp and crossed and not _STATISTICAL_RE.fullmatch(sp.period or ""):
            return None                             # a lead read through a breakdown's paragraph: its month only
        if sp and back >= 2 and not _recent(sp, ref):
            return None                             # three sentences back, only the article's own time (not 1977年成立)
        if sp or start == 0 or norm[start - 1] == "\n" and not (_BREAKDOWN_START_RE.match(norm, sent_start)
                                                               and _after_lead(norm, start, cuts)
                                                               and norm.rfind("\n", 0, start - 1) < 0) \
                and not (back == 0 and _topic_line(norm, start, end) and _statistical_sentence(norm, sent_start, cuts)):
            return sp
        end, crossed = start, crossed or norm[start - 1] == "\n"   # (从行业看，…。其中，…36.4%: the lead's month)
    return None


# months, quarters and halves within one year (a flow's period), and the bare year that may follow them
_FLOW_IN_YEAR_RE = re.compile(r"\d{4}(?:-\d{2}/\d{4}-\d{2}|-\d{2}|Q[1-4](?:-Q[1-4])?|H[12])$")
_BARE_YEAR_RE = re.compile(r"\d{4}\s?年|今年|本年")


def _finer_before(found: list[PeriodSpan], sp: PeriodSpan) -> PeriodSpan:
    """今年1—6月份，国内陆续出台…免签政策，成为了今年入境游持续升温的直接动力。全国各口岸入境外国人1463.5万人次:
    the sentence's statistical period (the months), not the bare year it names later of the same year — as a
    figure in that sentence itself takes it (periods._own: no coarser period)."""
    if not _BARE_YEAR_RE.fullmatch(sp.text):
        return sp
    finer = next((x for x in reversed(found) if x.end <= sp.start and not x.base and not x.same_period
                  and x.period and x.period[:4] == sp.period and _FLOW_IN_YEAR_RE.match(x.period)), None)
    return finer or sp


# a paragraph's topic line (引资结构向好向优。, 消费市场持续回暖。): a short sentence without figures that opens a
# paragraph of a statistical report; the figures after it continue the statistics of the paragraph before
# (…今年1—2月，全国新设立外商投资企业8631家…。\n引资结构向好向优。高技术产业实际使用外资632.1亿元…)
_TOPIC_MAX = 16
_TOPIC_NOT_RE = re.compile(r"[\d０-９：:，,；;“”\"（(]|[一二三四五六七八九十两百千万亿]")


def _topic_line(norm: str, start: int, end: int) -> bool:
    line = norm[start:end].rstrip()
    return 4 <= len(line) <= _TOPIC_MAX and line.endswith("。") and not _TOPIC_NOT_RE.search(line)


# what a statistical sentence says (同比增长20.4%, 占…比重, 贡献率): a level reached (提高到24.02%), a project's
# sum (投资11.53亿元) or a threshold (产值超100亿元的产业集群) after a topic line continues no statistics
_STATISTICAL_WORDS_RE = re.compile(r"同比|增长\s?[\d一二三四五六七八九十]|增速|增幅|比重|占比|贡献率")


def _statistical_sentence(norm: str, sent_start: int, cuts: list[int]) -> bool:
    k = bisect.bisect_right(cuts, sent_start)
    return bool(_STATISTICAL_WORDS_RE.search(norm, sent_start, cuts[k] if k < len(cuts) else len(norm)))


def _recent(sp: PeriodSpan, ref: RefDate | None) -> bool:
    """A period of the article's year or the one before."""
    return bool(ref and sp.period and sp.period[:4].isdigit() and ref[0] - 1 <= int(sp.period[:4]) <= ref[0])


_DAY_RANGE_TAIL_RE = re.compile(r"\s*(?:至|到|-|—|–|―|~|～)\s*(?:(\d{1,2})月)?(\d{1,2})[日号]")


def _day_range(norm: str, sp: PeriodSpan) -> PeriodSpan:
    """12月1日至5日 named in the sentence before: the days as a whole (2024-12-01/2024-12-05)."""
    m = _DAY_RANGE_TAIL_RE.match(norm, sp.end)
    if not m or not sp.period:
        return sp
    y, mo = int(sp.period[:4]), int(m.group(1) or sp.period[5:7])
    y += mo < int(sp.period[5:7])                   # 12月30日至1月2日: into the next year
    last = f"{y}-{mo:02d}-{int(m.group(2)):02d}"
    if not 1 <= mo <= 12 or last <= sp.period or last > month_end(y, mo):
        return sp
    return replace(sp, end=m.end(), text=norm[sp.start:m.end()], period=f"{sp.period}/{last}", point=False)


def trading_day(norm: str, ref: RefDate | None, days: list[PeriodSpan], market: dict[int, bool],
                 sent_start: int, sent_end: int, cuts: list[int],
                 prior: dict[int, PeriodSpan | None]) -> PeriodSpan | None:
    """A market figure without a period of its own: the trading day named earlier in the text,
    else in the sentence just before (`market` memoizes which sentences report a market)."""
    earlier = next((d for d in reversed(days) if d.end <= sent_start), None)
    if earlier is None and sent_start not in prior:
        prior[sent_start] = _trading_day_before(norm, ref, sent_start, cuts)
    before = None if earlier else prior[sent_start]
    if earlier is None and before is None:
        return None
    if sent_start not in market:
        market[sent_start] = bool(_MARKET_RE.search(norm, sent_start, sent_end))
    return (earlier or before) if market[sent_start] else None


def _trading_day_before(norm: str, ref: RefDate | None, sent_start: int, cuts: list[int]) -> PeriodSpan | None:
    """国际原油期货价格1日开始新一周交易时大幅上涨。纽约市场原油期货价格一度上涨至每桶75.33美元: the
    trading day the sentence before names (a sentence without figures is not read for periods)."""
    if sent_start == 0 or norm[sent_start - 1] == "\n" or not ref or not ref[1] or not ref[2]:
        return None
    k = bisect.bisect_left(cuts, sent_start) - 1
    start = cuts[k] if k >= 0 else 0
    days = list(_TRADING_DAY_RE.finditer(norm, start, sent_start))
    if not days or not _MARKET_RE.search(norm, start, sent_start):
        return None
    m = days[-1]
    d, (y, mo) = int(m.group(1)), (ref[0], ref[1])
    if d > ref[2] + 1:
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)   # a day still ahead is last month's
    if f"{y}-{mo:02d}-{d:02d}" > month_end(y, mo):
        return None
    return PeriodSpan(m.start(), m.end(), m.group(0), f"{y}-{mo:02d}-{d:02d}", point=True)


_HOLIDAY_TALLY_KINDS = ("count", "quantity")
_HOLIDAY_LOOK = 200
_MONTHLY_RE = re.compile(r"环比|環比|按月|月增|月减|月減")
# the figure's own time inside the holiday or after it: now (目前县域市场酒店预订订单同比增长68%), a single day
# (单日客流量已突破80万人次, 每天增加400多名志愿者), a stretch of its own (这段时间在湖北…, 这两天)
_OWN_DAYS_RE = re.compile(r"目前|當前|当前|现在|現在|如今|眼下|单日|單日|每天|每日|当天|當天|当日|當日|这段时间|這段時間|这两天|這兩天")
# part of the holiday named right after it (今年“五一”假期前四日, 国庆首日, 春节假期第三天)
_HOLIDAY_PART_RE = re.compile(r"\s*[”\"]?\s*(?:的)?(?:前|头|頭|首|第|最后|最後|后|後)")


def _holiday_past(norm: str, prev: PeriodSpan, ref: RefDate | None) -> bool:
    """The holiday the sentence before names in full had ended by the article's day (one told while it runs, or
    before it, `清明假期明天（4月4日）开始。交通运输部预测…`, dates no figure after it: a forecast, a day so far)."""
    today = article_day(ref)
    if today is None or _HOLIDAY_PART_RE.match(norm, prev.end):
        return False
    try:
        return date.fromisoformat((prev.period or "")[11:21]) <= today
    except ValueError:
        return False


# a window a figureless lead opens (央视网消息：今年以来，我国有力实施一系列推动设备更新的新举措，…。⏎): the story's theme;
# the next paragraph's sums, rates and counts (首批近500亿元…, 苗木存活率提升到了92%) are told without a period of their
# own (sealed4, sealed15, sealed16, sealed18, sealed37, main: 8 such figures, all labelled none); a lead that tells
# figures (今年前4个月，全国新设立外商投资企业20113家…。⏎从行业看，…) is a statistical period and still dates them
_SINCE_TEXT_RE = re.compile(r"(?:以来|以來)$")
_FIGURE_RE = re.compile(r"[\d０-９]")


def _topic_window(norm: str, prev: PeriodSpan, sent_start: int) -> bool:
    if not _SINCE_TEXT_RE.search(prev.text) or "\n" not in norm[prev.end:sent_start]:
        return False
    lead_start = max(norm.rfind(c, 0, prev.start) for c in "。！？!?\n") + 1
    lead_end = norm.find("\n", prev.end, sent_start)
    return not _FIGURE_RE.search(norm, lead_start, lead_end)


_LEAD_MAX = 120
_LOOK_BACK = 4


def _after_lead(norm: str, sent_start: int, cuts: list[int]) -> bool:
    """The paragraph before `sent_start` is one sentence (a lead stating the period of what follows;
    a headline, without its full stop, is not)."""
    lo = norm.rfind("\n", 0, sent_start - 1) + 1
    para = norm[lo:sent_start - 1].rstrip()
    lead = para[:-1]
    k = bisect.bisect_right(cuts, sent_start)
    ends_full = k < len(cuts) and norm[cuts[k] - 1] == "。"   # this sentence too: no headline
    return ends_full and para.endswith("。") and 0 < len(lead) <= _LEAD_MAX and not _SENTENCE_END_RE.search(lead)


def _after_breakdowns(norm: str, sent_start: int, cuts: list[int]) -> bool:
    """从来源地看，… after 从行业看，…。…。 after a one-sentence lead (1—11月，全国实际使用外资…): a breakdown
    paragraph whose paragraphs before are breakdowns too, back to the lead opening the text."""
    if not _BREAKDOWN_START_RE.match(norm, sent_start):
        return False
    start = sent_start
    for _ in range(3):
        lo = norm.rfind("\n", 0, start - 1) + 1
        if lo == 0:
            return False                            # reached the text's start without a lead
        if _after_lead(norm, lo, cuts) and norm.rfind("\n", 0, lo - 1) < 0:
            return bool(_BREAKDOWN_START_RE.match(norm, lo))
        if not _BREAKDOWN_START_RE.match(norm, lo):
            return False
        start = lo
    return False


def carried(norm: str, f: Fact, sent_start: int, ref: RefDate | None,
             memo: dict[int, PeriodSpan | None], cuts: list[int]) -> PeriodSpan | None:
    """The previous sentence's period (same paragraph, or a one-sentence lead paragraph just
    before: 2025年，我国乡村产业…取得积极成效。\n…营业收入约18万亿元), for a figure that means
    nothing without it: a breakdown (其中…), a rate or change (增长33.2%), a balance at 二季度末, an
    event's toll after the sentence naming its day."""
    if sent_start == 0 or _THEN_RE.search(norm, sent_start, f["start"]) \
            or _ATTRIBUTE_RE.search(norm, max(sent_start, f["start"] - 6), f["start"]):
        return None                                 # 当时…: a time of its own, unnamed; 总投资: a project's
    detail = bool(_DETAIL_START_RE.match(norm, sent_start))
    daily = not detail and bool(_DAILY_START_RE.match(norm, sent_start))   # 新增无症状感染者27611例: the day's
    breadth = f["kind"] == "count" and not detail and _breadth(norm, sent_start)   # 91种…中69种产量实现增长
    # a sum of money without a denominator is a flow of some period (出口1684.5亿元); a price is not
    rate = f["kind"] in ("percent", "points") or bool(f.get("change")) or f["kind"] == "money" and not f.get("per") \
        or bool(_COMPARED_AFTER_RE.match(norm, f["end"])) and not _NOW_RE.search(norm, sent_start, f["start"])
    # (播种面积超过17.7亿亩，比上年增长0.6%: a level of a period; 目前，…存煤超过1.76亿吨，同比…: now)
    breakdown = norm[sent_start - 1] == "\n" and not rate and f["kind"] != "rank" \
        and bool(_BREAKDOWN_START_RE.match(norm, sent_start))
    event = f["kind"] == "count" and bool(_EVENT_RE.search(norm, sent_start, min(len(norm), f["end"] + 8))
                                          or _GATHERING_RE.search(norm, sent_start, min(len(norm), f["end"] + 20))) \
        and not _TO_DATE_RE.search(norm, _clause_start(norm, sent_start, f["start"]), f["start"]) \
        and not _OTHER_REPORT_RE.match(norm, sent_start) and not _NOT_EVENT_RE.search(norm, sent_start, min(len(norm), f["end"] + 8)) \
        and not _WINDOW_BEFORE_RE.search(norm, sent_start, f["start"])
    # (a gathering after a one-sentence lead naming its day: 今天（8月16日）下午，…代表团在北京成立。\n…代表团总人数516人)
    gathering = event and bool(_GATHERING_RE.search(norm, sent_start, min(len(norm), f["end"] + 20)))
    if norm[sent_start - 1] == "\n" and not ((rate or breakdown or gathering) and (_after_lead(norm, sent_start, cuts)
                                                                                    or _after_breakdowns(norm, sent_start, cuts))):
        return None                                 # a new paragraph: only a rate, flow, breakdown or gathering after a lead
    # a count told after a sentence on a holiday just past (今年国庆假期，国内出游人次达7.65亿…。国家移民管理局数据
    #显示，共计1309.8万人次出入境): the holiday's (read only when a holiday is named just before)
    # (trips and visits, 人次/辆次/架次: not a mall's 54个新品牌 or a robot's 两条 arms told after the holiday)
    tally = f["kind"] in _HOLIDAY_TALLY_KINDS and (f.get("unit") or "").endswith("次") \
        and HOLIDAY_HINT_RE.search(norm, max(0, sent_start - _HOLIDAY_LOOK), sent_start) is not None
    measure = f["kind"] in _MEASURE_KINDS and not (detail or daily or breadth or rate or event or tally) \
        and norm[sent_start - 1] != "\n" and _same_measure(norm, f, sent_start, cuts)
    if not (detail or daily or breadth or rate or event or tally or measure or _BALANCE_RE.search(f.get("subject") or "")):
        return None
    if sent_start not in memo:                      # read only when needed, once a sentence
        memo[sent_start] = _previous_period(norm, ref, sent_start, cuts)
    prev = memo[sent_start]
    if prev is None or norm[sent_start - 1] == "\n" and "收盘" in prev.text:
        return None
    if _topic_window(norm, prev, sent_start):
        return None                                 # 今年以来，我国…新举措。⏎首批近500亿元…: a theme, not the sums' period
    if breadth and not (rate or event or balance_subject(f)):
        return prev if re.fullmatch(r"\d{4}", prev.period or "") or _STATISTICAL_RE.fullmatch(prev.period or "") \
            else None                               # a statistical year, month, quarter or half (not a day)
    if daily and not (detail or rate or event or balance_subject(f)):
        return prev if prev.point and prev.period and len(prev.period) == 10 else None
    if breakdown and not _STATISTICAL_RE.fullmatch(prev.period or ""):
        return None                                 # a breakdown's counts: only a statistical month, quarter or half                                 # a market's close: the trading day named earlier dates it
    balance = prev.point and bool(_BALANCE_RE.search(f.get("subject") or ""))
    if not detail and prev.period and "/" in prev.period and HOLIDAY_HINT_RE.search(prev.text):
        # “五一”假期，…。全国博物馆接待观众…增长17%: maybe the holiday's, maybe the month's (春节期间…带动
        # 价格涨幅扩大。服务价格环比上涨0.9%): the holiday's month, or its year when it spans two (其中… is the holiday's)
        # a holiday's figures are its own (sealed14, sealed36, sealed37: 5 of 5 rates and counts after such a sentence), save a
        # monthly statistic's (春节期间…带动价格涨幅扩大。…服务价格环比上涨0.9%: the month's, sealed3)
        # (a share, 假期出行中，旅游客流占六成, keeps the month as fresh labels it; 目前… is now, a forecast's
        # 目前县域市场酒店预订订单同比增长68%)
        if (f.get("change") or f["kind"] == "money" or tally) and _holiday_past(norm, prev, ref) \
                and not _MONTHLY_RE.search(norm, sent_start, f["start"]) \
                and not _OWN_DAYS_RE.search(norm, sent_start, f["start"]):
            return prev
        a, b = prev.period[:7], prev.period[11:18]
        return replace(prev, period=a if a == b else prev.period[:4]) if rate or balance else None
    if tally and not (detail or daily or breadth or rate or event or balance):
        return None                                 # (a count carries only a holiday)
    if event and not (detail or balance or rate):                   # the event's day, told as a day
        return prev if prev.point and prev.period and len(prev.period) == 10 and _DAY_TEXT_RE.search(prev.text) \
            and not norm.startswith(("以来", "以來"), prev.end) else None
    if measure and not (detail or balance or rate):
        return prev if _MEASURE_PERIOD_RE.fullmatch(prev.period or "") and _recent(prev, ref) \
            and prev.period[:4] <= str(ref[0]) else None
    return prev if detail or balance or rate else None
