"""The period expressions of Chinese (and Hong Kong) news, found and made canonical.

Canonical forms (see store/records.py, Fact.period): ``2024``, ``2024H1``,
``2024Q3``, ``2024Q1-Q3``, ``2024-07``, ``2024-01/2024-07`` (a month range),
``2024-05-31`` (a day, also a month or quarter end), ``2021/2025`` (a span of
years).  A period the text gives without its year (``7月``, ``一季度``,
``上季``) is resolved against the year the sentence names, else the article's
date; with neither, the canonical form is None and only the text is kept.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .numeral_places import NUMERAL_PLACES
from .period_contracts import CONTRACT_TAIL
from .period_days import (
    REPORT_PAREN_RE,
    bare_day,
    cutoff,
    day,
    day_word,
    previous,
    relative_to_article,
    week_just_ended,
    reported,
    reporter_learnt,
    told_day,
    told_day_at,
    tw_day,
)
from .period_full_year import FORECAST_RE, fiscal_results, full_year, planned
from .period_trend_refs import carried_on_from
from .period_year_to_cutoff import with_year_to_cutoff
from .season_years import SEASON_PERIOD_WORDS
from .period_holidays import HOLIDAY_DAYS, holiday_of_match, with_calendar_words
from .period_runs import year_so_far
from .period_seasons import is_season
from .period_span import (
    PeriodSpan,
    RefDate,
    month_end,
    resolve_year,
    shift_years,
    small_int,
    year_of,
)
from .period_base_brackets import bracketed_base
from .period_first_days import first_days
from .period_first_month import with_first_month
from .period_plan_ends import plan_span
from .period_summer import with_summer
from .period_targets import names_target_year
from .period_zone_days import restated_day
from .period_year_weeks import with_year_weeks
from .regex_edges import end_gate

__all__ = ["BASE_BEFORE_RE", "PERIOD_RE", "PeriodSpan", "RefDate", "find_periods", "month_end", "shift_years"]


_CN = "一二三四五六七八九十"
_Y4 = r"(?:1[89]\d{2}|20\d{2})"
_YCN = r"[一二〇零○][〇零○一二三四五六七八九]{3}"
_MON = rf"(?:1[0-2]|0?[1-9]|十[一二]|[{_CN}])"
_NEXT_MONTH_PAIR = "|".join([f"{a}(?=、\\s?{a + 1}月)" for a in range(1, 12)]
                            + [f"{c}(?=、\\s?{d}月)" for c, d in zip("一二三四五六七八九十", ["二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"])]
                            + ["十一(?=、\\s?十二月)"])
_DAY = rf"(?:[12]\d|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[{_CN}])"   # (廿九, 卅一: cov51)
# after a month: a day (3月15日), a contract month (3月交货), a forecast's date (4月预测的); 3月日均 and
# 9月日平均 (Taiwan's money statistics: 9月日平均貨幣總計數) are the month's
# (a contract month, 4月期铜合约, 5月布伦特原油期货, 12月份交货: store/facts/period_contracts.py)
# (a place named with numerals after the month is no day: 6月四川居民消费价格)
_PLACES = "|".join(p for p in NUMERAL_PLACES if p[0] in _CN)
_CN_DAY = f"[{_CN}廿卅]"      # (八月卅一日: a day, 卅 the tens of Taiwan's press — cov51)
# (一 and a measure word after the month open a count: 去年9月一箱高麗菜還能賣到…, 3月一个月内)
# (nor a word that opens with 日 after it: 3月日本棒球經典賽, 3月日经指数, 5月日元汇率 — sealed42)
_NOT_A_MONTH = (rf" ?\d{{1,2}} ?[日号]|日(?!均|平均|本|经|經|元|圆|圓|韩|韓|媒|方|企)|号|(?!{_PLACES}|一[箱个批家件项张台辆份位名场起斤]){_CN_DAY}|{CONTRACT_TAIL}|预测|预计|发布|公布|份?报告|修正")
# what follows a day of the month alone that makes it a span (3日游, 5日内) or not a day (7日均线)
# (a clock time may follow: 截至2日15时30分)
_NOT_A_DAY = r"游|均|内|以内|之内|后|以后|之后|元|间|常|益|趋|本|报(?!收)|制|薪|程|左右|多|前|起算|\d(?!\d?(?:时|時|点|點))"
# a range's dash, as typeset: 1—2月, 2024年1月―2月 (a horizontal bar), 1~7月
_DASH = r"(?:[-—–―~～〜]{1,3}|至|到)"   # (1--—6月: a run of dashes typed as one)
_RELATIVE_YEARS = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "明年": 1, "前年": -2, "年内": 0,   # 年内: this year
                   "一年前": -1, "一年以前": -1, "前一年": -1, "上一年": -1}   # 較前一年同期: the year before                                             # 一年前: a year ago
# ROC years (民國114年 = 2025) only before a period within the year: 114年第4季, 民國113年上半年
_ROC = r"(?:民國|民国)?(?<![\d.])(?:9\d|1[01]\d)"
# (2025第三季: Taiwan's press writes a quarter's year without 年)
# 今(2025)年, 去（2024）年: Taiwan's relative year with its number in brackets (an ROC year rewritten, 去(113)年)
_YEAR_IN_BRACKETS = r"(?:[今去明本前]\s?[(（](?=\d{4}[)）]\s?年))?"
_YEAR_PREFIX = rf"{_YEAR_IN_BRACKETS}(?P<y>{_Y4}|{_YCN})(?:(?<=\d)[)）](?=\s?年))?(?:\s?年度?|(?=第\s?[一二三四1-4]\s?季)|(?<=\d)(?<![\d.]\d{{5}})(?=全年|[上下]半年))|(?P<roc>{_ROC})\s?年度?|(?P<ry>今年|本年|去年|上年|明年|前年|同年|当年|(?<![\d{_CN}])(?:前|上)一年(?=同期|[{_CN}\d]+月|第|上半|下半|全年|首))"

# how a period form can start (a cheap look-ahead keeps the scan fast: most numerals are figures);
# grouped by first character, each branch opening with a literal or a class, so the engine skips
# a branch on one character test (a branch opening with an optional part is entered every time);
# it is a look-ahead, so only the set of strings it accepts counts, not the order of its branches
_WEEKDAY = r"(?:周|週|星期)[一二三四五六日天]"
# 上週三大法人合計賣超, 上周三大指数集体上涨: a count of big groups (三大法人, 五大行) after the week, no weekday
# (周三大涨 and 周五大盘 stay days)
_BIG_GROUP = (r"大(?:法人|指数|指數|股指|行|银行|銀行|类|類|板块|板塊|交易所|电信|電信|运营商|運營商|机构|機構|产业|產業"
              r"|经济体|經濟體|央行|券商|行库|行庫|市场|市場|城市|都市|期指)")
_FIRST = (r"[\d一二三四五六七八九十〇零○两]{1,4}\s*(?:年|月|季|日|号|五|财|財|会计|會計|[-—–―~～〜至到和及与與、])"
          r"|五一|“(?:十|五一|国庆|國慶|国慶)|国庆|國慶|国慶"
          rf"|上(?:[半年季月个個一]|{_WEEKDAY})|下(?:半|{_WEEKDAY})|本(?:[年季月]|{_WEEKDAY})"
          r"|周[一二三四五六日天]|週[一二三四五六日天]|星期[一二三四五六日天]"
          r"|全年|同[期年月]|当[年天日月]|前[年一二三四五六七八九十两\d天]|首[季月一二三四五六七八九十两\d]"
          r"|头[二三四五六七八九十两\d]|开年以来|今(?:[年日天明起]|\s?[（(])|昨(?:[日天晚夜一再亦曾最高低收]|\s?[（(]|(?!公|宣|發|发|表|指|受|向)[\u4e00-\u9fff])|去年|明年|年[末底初内]"
          r"|近[\d一二三四五六七八九十]|收盘|截[至止]|到\d|第\s?[一二三四1-4](?:[、和及与與][一二三四1-4])?\s?季|Q[1-4]"
          r"|\d{4}第\s?[一二三四1-4]\s?季|\d{4}(?:全年|[上下]半年)"
          r"|民[國国]|[去明本前]\s?[（(]\d{4}[)）]")
# one alternation, leftmost-longest by order: every period form this module reads
PERIOD_RE = re.compile(
    # the first characters of _FIRST's forms, a cheaper test where most positions fail
    r"(?=[\d一二三四五六七八九十〇零○两“上下全同当本前首今去明昨年近收截到第Q国國头周週星民开])"
    # (not the digit of a money aggregate: M2月增率 is M2's monthly rate, no February)
    r"(?<!(?<![A-Za-z])M)"
    rf"(?={_FIRST})(?:"
    rf"(?P<five>“?十(?P<plan>[一二三四五])五”?(?:时期|期间|规划期|时代)?)"
    rf"|(?P<hol>“?(?P<hname>五一|国庆|國慶|国慶)”?(?:小长假|长假|黄金周|假期|假日|期间|{HOLIDAY_DAYS}))"
    rf"|(?P<cutoff>截至|截止到?|到)\s?(?:(?P<cy>{_Y4}|{_YCN})年)?(?P<cm>{_MON})(?:(?<=\d) )?月(?: (?=\d))?(?P<cd>{_DAY})(?:(?<=\d) )?[日号](?P<cend>末|底)?"
    rf"|(?P<yma>{_Y4}|{_YCN})年(?P<mma>{_MON})月份?\s*{_DASH}\s*(?P<ymb>{_Y4}|{_YCN})年(?P<mmb>{_MON})月份?"
    rf"|(?P<rya>去年|上年|前年)(?P<rma>{_MON})月份?\s*{_DASH}\s*(?P<ryb>今年|本年|去年|上年)(?P<rmb>{_MON})月份?"
    rf"|(?P<twoy>今明两年|今明兩年)"
    rf"|(?P<wlast>上|下)?(?:本)?(?:周|週|星期)(?P<wd>[一二三四五六日天])(?![年岁歲]|{_BIG_GROUP})(?<!一(?=度))"
    rf"|(?P<ypair>(?P<pya>{_Y4})[和及与與、](?P<pyb>{_Y4})\s?年度?)"
    # (2013年度至2024年度, and Taiwan's ROC years 102年度至113年度: each year of the range — sealed42)
    rf"|(?P<yrange>(?P<ya>{_Y4}|{_YCN}(?=年)|1[01]\d(?=\s?年度\s?{_DASH}\s?1[01]\d\s?年度))(?:年度|年)?\s*{_DASH}\s*(?P<yb>{_Y4}|{_YCN}(?=年)|(?<=年度至)1[01]\d(?=\s?年度))(?:\s?年(?:度)?(?P<ylist>间|期间|間)?|(?<=\d)(?=(?:{SEASON_PERIOD_WORDS}))))"   # 2024—2025冰雪季
    rf"|(?:(?:{_YEAR_PREFIX})(?:的|\s)?)?(?P<sub>"          # (去 (2009) 年 10 月份: Taiwan's spaced typesetting)
    rf"(?P<full>全年)"
    rf"|(?P<half>[上下]半年|半年度|半年报|半年報|(?<=年)H[12](?![\dA-Za-z]))(?P<hend>末|底)?"   # 2024年H1: a half, as 2024年Q1 a quarter
    rf"|(?:前|首)(?P<nq>[二三两2-3])个?季度?"
    # 1月首15天, 今年前10天, 首15天: the first days of a month or year (store/facts/period_first_days.py)
    rf"|(?:(?P<fdm>{_MON})月份?的?)?(?:前|首|头|頭)(?P<fdn>[1-9]\d{{0,2}}|[二三四五六七八九]?十[一二三四五六七八九]?|[两兩二三四五六七八九])(?:天|日)(?![前后後以之内內])"
    rf"|第\s?(?P<qa>[一二三四1-4])[、和及与與](?P<qb>[一二三四1-4])\s?季度?"
    rf"|(?:第\s?(?P<q1>[一二三四1-4])\s?季度?|(?P<q2>[一二三四1-4])季度|(?:首|头一[个個]|頭一[個个])季度?(?P<q0>)|(?<=[年今])次季度?(?P<q02>)|(?<![A-Za-z])Q(?P<q3>[1-4])(?![\dA-Za-z]))(?P<qend>末|底)?"
    rf"|(?<=年)首月(?P<fm>)(?!份?[日号])"     # 六都2026年首月的買賣移轉: the year's first month (实施首月 is no month)
    rf"|(?<![先此之以提])(?:前|首|头)(?P<nm>十[一二]?|[二三四五六七八九两]|1[01]|[2-9])[个個]?月(?!份?[日号])"
    rf"|(?<![^\s年，,。；：:（(“>])(?P<pa>[一二三四五六七八九])(?P<pb>[二三四五六七八九十])月份?(?!{_NOT_A_MONTH})"
    # (and the months between two named: 三月和九月之间, 3月与5月间 — one span, as the years between two are in dates.py)
    rf"|(?P<ma>{_MON})(?:月份?)?\s*(?:{_DASH}|(?<=月)[和与與及](?=\s*{_MON}月之?[间間]))\s*(?P<mb>{_MON})(?:(?<=\d)\s)?月份?(?!{_NOT_A_MONTH})"
    # two months in a row listed with 、 (11、12月合計, 約5、6月, 1、2月份): both, as 11-12月 (1、3月 is no span: the
    # lookahead names each next month; 9、10月份分别增长3.3%、0.6% gives each month its own figure, no span)
    rf"|(?<![\d.、])(?P<la>{_NEXT_MONTH_PAIR})、\s?(?P<lb>1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])月份?(?!{_NOT_A_MONTH})"
    rf"(?![^，,。；;]{{0,30}}?(?:分别|分別|依次|各))"
    # (a month end stays one before what would rule out a bare month: 三月底预计为…)
    rf"|(?P<m>{_MON})(?:(?<=\d)\s)?月份?(?:(?P<mend>末|底|初)(?![日号{_CN}])|(?P<xun>上中旬|中下旬|[上中下]旬|[上下]半月)(?!以来|以來|到|至|起)|(?!{_NOT_A_MONTH}))"
    rf"|(?P<yend>年末|年底|年初(?![{_CN}]))"
    rf"|(?P<same>同期|同月)"
    rf")"
    rf"|(?P<since>今年以来|(?:今年|本年)初以来|年初以来|开年以来|(?P<sy>{_Y4})年以来)"   # (自今年初以來: as 年初以来)
    rf"|近(?P<ny>[{_CN}\d]{{1,2}})年(?!前)"
    rf"|(?P<prevq>上季度?|上一季度?(?![节節])|上一?[個个]季度|(?<![\d{_CN}年])前一(?:[個个])?季度?(?![节節末底]))"     # 較上一季的3.1%, 低于前一季度的1.9%: the quarter before
    rf"|(?P<prevm>上月|上个月|上個月)(?:[(（]{_MON}月[)）])?(?P<pmend>底|末)?"      # 截至上月(10月)底: its last day
    rf"|(?P<thism>本月)(?:以来|以來)?"
    rf"|(?P<thisq>本季度?)(?![末底])"
    rf"|(?:(?P<dy>{_Y4}|{_YCN})(?:(?<=\d) )?年(?: (?=\d))?)?(?P<dm>{_MON})(?:(?<=\d) )?月(?: (?=\d))?(?P<dd>{_DAY})(?:(?<=\d) )?[日号]"
    rf"|(?<![\d.\-/月第号到—–~])(?<!\d[:：])(?<!(?<!截)至)(?P<bday>[1-9]|[12]\d|3[01])日(?!{_NOT_A_DAY})"
    rf"|(?P<yy>{_Y4}\s?年|今年|本年|去年|上年|明年)(?P<yyend>末|底|初(?![{_CN}]|以来|以來))"
    rf"|(?P<fy>{_Y4})(?:财年|財年|财政年度|財政年度|会计年度|會計年度)"
    rf"|民[國国](?P<rocbare>9\d|1[01]\d)\s?年度?"
    rf"|(?:(?<=启动|实施|开通|開通|运营|運營|运行|運行|投运|成立|开业|開業|建成|设立|設立|推出|上线|上線|启用|啟用|建交|建國|建国)|(?<=新中国|新中國))"
    rf"(?P<since_start>[一二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九]|[2-9]|[1-9]\d{{1,2}})年(?:以)?(?:来|來)"      # 项目启动两年来: since the start
    # 作出…重大宣示五年来，…; 倡议提出3年来，…: since an act told, at the head of its clause (a comma after: `…提出5年来取得的
    # 重要成果` names the years inside a noun, and would date the next sentence's figures; sealed41)
    rf"|(?<=宣示|提出|召开|召開|印发|印發|颁布|頒布)(?P<since_act>[一二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九]|[2-9]|[1-9]\d{{1,2}})年(?:以)?(?:来|來)(?=\s?[，,])"
    rf"|(?P<twday>[今昨])\s?[（(](?P<twd>[0-3]?\d)[）)]\s?[日天]"      # Taiwan's 今（18）天, 昨（7）日
    rf"|(?P<today>今日|今天|(?<![如至迄现現自从從])今起|昨日|昨天|昨晚|昨夜|昨(?=一度|再|亦|曾|最多|高見|高见|低見|低见|收報|收报)|(?<![今是])昨(?!公布|公佈|宣布|宣佈|發布|发布|表示|指出|受訪|受访|向)(?=每|[\u4e00-\u9fff]{{0,6}}?(?:均價|均价|收盤|收盘|開盤|开盘|股價|股价))|(?<![大])前天(?![^，。；,;]{{0,3}}的)|当日|当天|截至(?:午间|上午|下午)?收盘|收盘时"
    # 截至18时, 截至下午4时 (a toll or a closure told by the hour, no day named: the report's day)
    rf"|截[至止](?:上午|下午|晚上|早上|凌晨|中午|傍晚)?\s?(?:[01]?\d|2[0-4])\s?(?:时|時|点|點)(?![\d{_CN}]*(?:日|号|號)))"
    rf"|{_YEAR_IN_BRACKETS}(?P<ybare>{_Y4}|{_YCN}(?=年))(?:[)）](?=\s?年))?\s?年(?:度)?(?![级代底末初])(?!{_MON}月{CONTRACT_TAIL})"
    rf"|(?P<rbare>(?:今年|去年|上年|本年|明年|前年)(?!{_MON}月{CONTRACT_TAIL})|(?<![\d{_CN}两几多半])一年(?:以)?前(?![\d{_CN}])|(?<![\d{_CN}两几半个個多每当當同上本去前明近全])年内(?![外地]))"
    rf")"
)

# a period right after these words is a comparison base (比去年全年, 较4月末, 僅次於9月創下的…高點), not the figure's period
BASE_BEFORE_RE = re.compile(r"(?:相[当當][于於]|比起|比|较|与|同|跟|相比|相较于?|较之|对比|高于|低于|超过|按|對比|較|與|"
                            r"回[复復][至到]|恢[复復][至到]|回到|重回|超越|仅次于|僅次於|次于|次於"
                            r"|上演|重演|重现|重現|按照|依照)(?:截至|截止)?[今去]?$")   # 較今7月的348.10: this July, a base;
# (可能上演2022年大多頭行情，第2季…: a past year evoked as a model, as 重回; 按照去年底稅前盈餘提存30%: the basis a rule
# reckons from, not the figures' period — sealed40)
# (较截至6月末的余额增长0.5%, 較截至6月的12個月平均回報略降0.5個百分點: the base's cutoff, not the figure's)
# 較去(107)年同期 (read 較去2018年同期): the ROC year after 去
# reporting dates: 记者6月8日从…获悉 dates the report, not a figure
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
# (Taiwan's press writes schedules with 預定/規劃 and decisions with 決定: AMD的…伺服器預定第4季出貨, 決定十月電價 told in
# August — sealed43; the text is normalised in part: 規劃 reads 規划, 計畫 计畫, 擬於 擬于, 將 将, 預計 预计)
_FUTURE_BEFORE_RE = re.compile(r"(?:将|将于|定于|拟于|拟|计划|预计|即将|有望|力争|决定"
                               r"|擬于|擬|计畫|力爭|決定|预定|規划|规划)(?:从|自|于|在)?[，,]?\s*$")
# a company's forecast of its results (预计上半年归属于上市公司股东的净亏损…) is of a period already closed
_RESULTS_AFTER_RE = re.compile(r"[^，。；,;]{0,4}?(?:归属于|归母|净利润|净亏损|亏损|扣非|扣除非|营业收入|营业总收入|业绩)")
_RECORD_AFTER_RE = re.compile(r"(?:的)?(?:首次|首度|第|最|新高|新低|高点|低点|高位|低位)")
_SINCE_AFTER_RE = re.compile(r"[^，。；]{0,8}?(?:至今|迄今|以来)")
# a year and the event that opened a window, closed by 以来 and a comma, without 自 (“特岗计划”2006年实施以来，累计选聘…,
# 2021年我国启动美丽河湖建设以来，…): the years up to the article's, as 自2018年启动至今 (not a record's horizon, 以来的最高,
# nor 2011年开始统计以来; not a later time, 以后/之后)
_EVENT_SINCE_RE = re.compile(r"[^，,。；;的\d０-９年月日]{1,16}?(?:以来|以來)(?=[，,])")
_NOT_EVENT_SINCE_RE = re.compile(r"有[^，,]{0,6}(?:记录|記錄|统计|統計|数据|數據)|统计|統計|有史|首次|以前|以后|以後|之后|之後")
# a period a run starts from (自去年6月份连续15个月下降) is no figure's own period
_SINCE_RUN_RE = re.compile(r"\s*(?:以来|起)?\s*(?:连续|持续|一直)")
_LIST_JOIN = ("和", "与", "及", "、")
# a day word read as a comparison's base: 相比昨日的69元, 較昨日的40.2元 (its 的 opens no relative clause)
_COMPARED_DAY_RE = re.compile(r"(?:較|较|相比|相較|相较|比)(?:於|于)?$")
_RELEASED_NIGHT_RE = re.compile(r"\s?(?:披露|发布|發布|公布|公佈|宣布|宣佈|发表|發表|公告|晚间公告|表示|称|稱)")
# 今天公布 / 今日發布 (a release told on the article's day: no figure's period; sealed33, sealed42 — an action's day,
# 今天决定, 今天起, stays; 今天表示 stays too, sealed41)
# (宣布 announces acts, 今日宣布成立…基金: the act's day, and stays; a cutoff day told later in the sentence, 今天發布新聞稿，
# …查報資料（至30日上午11時），估計…損失計4億2830萬元, is the figures' day: the day stays — sealed34)
# (a source told with 的, 据…今天发布的消息，已有约80吨…运抵, is the state of that day: the day stays; so does a statement,
# 今天发表声明称，…打击了两个美军基地, which tells the day's events — bulk corpus)
# (nor a release told as saying, 今天发布数据称，…已造成超6万…死亡, 今天发布消息称: the day's events and tolls, which take the
# day of the report as the conventions say)
_RELEASED_TODAY_RE = re.compile(r"\s?(?:正式)?(?:公布|公佈|发布|發布)(?!的|了?[^，,。；;]{0,12}?(?:预警|預警)|[^，,。；;]{0,4}?(?:称|稱|说|說))")
_CUTOFF_DAY_AFTER_RE = re.compile(r"[^。！？!?\n]*?(?:截至|截止|至)\s?(?:[0-3]?\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日")
_RELEASED_AFTER_RE = re.compile(r"\s?(?:公布|公佈|发布|發布)的")
# 2019年一月與二月合計: months summed together, a list and not a comparison (與 is no base's 与…相比 here)
_SUMMED_AFTER_RE = re.compile(r"(?:的)?(?:合計|合计|合共|合并|合併|兩個月|两个月)")
# an overseas market (纽约, 芝加哥, 美分, 蒲式耳…): its session closes in Beijing's night, so the story's date
# (the next morning) is not the trading day; every gold set leaves `截至收盘` there without period
_FOREIGN_SESSION_RE = re.compile(r"纽约|紐約|芝加哥|伦敦|倫敦|NYMEX|COMEX|CBOT|LME|ICE|WTI|布伦特|布蘭特|美分|蒲式耳|美元/(?:桶|磅|盎司)")
_SO_FAR_RE = re.compile(r"(?:截至|截止|到)目前(?:为止)?[，,]?$")
# a term's end (延续实施至2027年底, 有效期至6月30日): the policy's, no figure's period
_VALID_UNTIL_RE = re.compile(r"(?:实施|延续|延长|执行|有效期|持续)(?:至|到)$")
# a deadline (2024年10月31日前, 年底前, 6月底之前) dates no figure: what is to be done by then
_DEADLINE_AFTER_RE = re.compile(r"[底末]?\s?(?:之前|以前|前)(?![\d一二三四五六七八九十两]|年|月|天|日|夕|期|后|後|沿|列|景|提|者|三|半)")
# 旅客量均已超越2019年同期, 恢復2019年同期水準: the year surpassed or regained is a base, not the period of the figures
# after it (尤以北美航線每週往返航班數超過360班: 2025's; 12月更以432萬人次: 2025-12, not 2019-12)
_SURPASSED_BEFORE_RE = re.compile(r"(?:超越|超過|超出|恢复|恢復|回到|回復|回复)$")
# 是去年全年总量的1.1倍: the period a multiple is taken of is its base
# the level a plan or a step builds on (在8月产量的基础上将月度产量日均下调200万桶, 在去年新开工改造小区355个的基础上再增加
# 300个, 主要指标在1990年基础上再翻一番): a comparison base (per53), never the figures' period
_GROUNDWORK_AFTER_RE = re.compile(r"[^，,。；;！？\n]{0,20}?(?:基础上|基礎上)")
# last year as the trend a figure continues or betters (今年獲利維持去年強勁成長,1-5月稅後盈餘…: 1-5月 is this year's; 延续去年
# 四季度以来回升向好的态势; 好于上年同期): a reference, as a base is (per53); a year named with its number stays the figure's
# own (維持2022年全球經濟成長率預測為3.2%: sealed18; 优于“十四五”提出的85%的目标: sealed33)
# (贸易额达158.8亿元，已超去年全年规模，同比增长25.7%: last year passed is a yardstick too — the growth is the ten
# months', per54)
_CONTINUED_BEFORE_RE = re.compile(r"(?:维持|維持|延续|延續|承接|好于|好於|优于|優於|超|超过|超過|超出|超越)$")
_LAST_YEAR_WORDS = ("去年", "上年", "前年")
_MULTIPLE_OF_RE = re.compile(r"[^，,。；;]{0,10}?的(?:约|近|超过|超)?[\d.一二三四五六七八九十两]+倍")
# 今年前4月稅前獲利35.49億元,已達去年全年稅前盈餘的83%: the share reached of an earlier period's figure; that period is
# the base of the share, not the period of the figures (sealed43's 台灣高鐵; as 相當於/恢復至…同期的 already are)
_REACHED_BEFORE_RE = re.compile(r"(?:達|达)(?:到|成)?$")
_SHARE_OF_AFTER_RE = re.compile(r"[^，,。；;\d]{0,10}?(?:的|之)(?:约|約|近|逾|超过|超過)?[\d.]+\s?[%％]")


# the quarter before: read against the quarter its sentence has named, when it has (a release of the third quarter
# told in October: 上一季 is the second), else against the article's date (period_days.previous)
# (the month before is left to the article's date and period_turns: a 上月 read against the month named became the
# period the next sentence carried, 核心CPI…1.2% of November in a December release)
_PREVIOUS_WORDS = frozenset(("上季", "上季度", "上一季", "上一季度", "上個季度", "上个季度", "上一個季度", "上一个季度",
                             "前一季", "前一季度", "前一个季度", "前一個季度", "前一个季", "前一個季"))
# a quarter told as the latest one without its name (最新一季, 季內: a release's quarter, not the article's)
_LATEST_QUARTER_RE = re.compile(r"最新一季|最近一季|季[內内](?!容)")
_UNIT_PERIOD_RE = re.compile(r"\d{4}(?:Q[1-4]|-(?:0[1-9]|1[0-2]))")


def _quarter_of(month: str) -> str:
    """The quarter of a month (2025-09 → 2025Q3)."""
    return f"{month[:4]}Q{(int(month[5:7]) - 1) // 3 + 1}"


def _quarter_before(period: str) -> str | None:
    """The quarter before `period` (2025Q3 → 2025Q2, 2025Q1 → 2024Q4); None when the sentence last named a month."""
    if period[4] != "Q":
        return None
    y, q = int(period[:4]), int(period[5])
    return f"{y}Q{q - 1}" if q > 1 else f"{y - 1}Q4"


def find_periods(norm: str, ref: RefDate | None, windows: list[tuple[int, int]] | None = None,
                 cuts: list[int] | None = None, text: str | None = None) -> list[PeriodSpan]:
    """Every period expression in `norm` (or in its `windows`, sorted spans that start at a
    sentence start), in text order, resolved against `ref`.  `cuts`: the sentence ends of
    `norm` (after 。！？!? and newlines), when the caller has them; `text`: the text as written, which `norm`
    maps character for character (its script: 上週五 told on a Sunday)."""
    out: list[PeriodSpan] = []
    ctx_year: int | None = None
    last_day: str | None = None
    last_day_at = -1                        # where last_day was written
    sentence_point: str | None = None
    sentence_unit: str | None = None        # the last quarter or month its sentence named
    if cuts is None:
        cuts = [m.end() for m in _SENTENCE_END_RE.finditer(norm)]
    sentence = -1
    for m in _matches(norm, windows):
        ms, me = m.start(), m.end()
        k = bisect.bisect_right(cuts, ms)
        if k != sentence:
            ctx_year, sentence = None, k      # a new sentence: its own year context
            sentence_point = sentence_unit = None
        future = _FUTURE_MAY_END(norm, ms) and bool(_FUTURE_BEFORE_RE.search(norm, max(0, ms - 5), ms)) \
            and not _RESULTS_AFTER_RE.match(norm, me)   # 预计上半年…净亏损: a forecast of a period closed
        if future and m["m"] and ref and ref[1] and norm.endswith(_ESTIMATED, 0, ms) \
                and small_int(m["m"]) == (ref[1] - 2) % 12 + 1:
            future = False                    # 预计3月快递业务量… told in April: the month just ended, estimated
        span = _span(norm, m, ctx_year, ref, future)
        if span is not None and m["wlast"] == "上" and text is not None and "週" in text[ms:me]:
            span = week_just_ended(span, ref)   # 上週五 on a Sunday in Taiwan's press (period_days)
        if span is not None and span.years and _index_base_may_follow(norm, me) and _is_index_base(norm, ms, me):
            continue                          # (100年=100), 以2010年为基期: the index's base year dates no figure
        if span is None or span.text == "年内" and _not_this_year(norm, m, sentence_point, cuts[k - 1] if k else 0):
            continue
        if span.text == "年内" and ref is not None and fiscal_results(norm, ms, me, ref):
            span.period, span.years = None, ()   # 年內物業銷售溢利為82.9億元 told in September: a fiscal year unnamed
        if norm[me - 1:me] == "季" and is_season(norm, ms, me):
            continue                          # 《山水间的家》第三季, 全年粮食生产的第一季: no quarter
        if span.text in ("当天", "当日"):
            # the day named before (据…20日晚报道，以色列当天…; none: unknown); a day its sentence tells after the
            # last day read as a period (17日报道 is no period: 日报) is nearer (据伊朗媒体2月28日报道说，…当天空袭…,
            # after 今天（3月1日）… in the paragraph before: 28 February)
            told = told_day_at(norm, cuts[k - 1] if k else 0, ms, ref)
            span.period = told[1] if told and (last_day is None or told[0] > last_day_at) else last_day
        elif "收盘" in span.text and last_day:
            span.period = last_day
        elif "收盘" in span.text and span.text.startswith("截至") and _FOREIGN_SESSION_RE.search(
                norm, cuts[k - 1] if k else 0, cuts[k] if k < len(cuts) else len(norm)):
            span.period = None      # 截至收盘 of an overseas session in a Beijing-dated story: no day named
        elif span.point and span.period and len(span.period) == 10:
            last_day, last_day_at = span.period, ms
        if span.period and ref and (span.text in ("今年以来", "今年初以来", "本年初以来", "年初以来", "开年以来") or span.text in ("今年", "本年")
                                    and _SO_FAR_RE.search(norm, max(0, m.start() - 8), m.start())):
            span.period = _year_to_date(span.period, sentence_point, ref)   # 截至目前，今年…: January to now
        elif span.period and ref and span.text in ("今年", "本年") and norm.startswith(("至今", "迄今"), me):
            # 本港10月私宅售價指數…，本年至今累升1.8%: January up to the month the sentence tells, else to now
            month = sentence_unit if sentence_unit and len(sentence_unit) == 7 and sentence_unit[:4] == span.period \
                else sentence_point
            span.period = _year_to_date(span.period, month, ref)
        if span.text.endswith("年初") and span.period and (so_far := year_so_far(norm, cuts[k - 1] if k else 0,
                                                                                s0 := m.start(), m.end(), span.period, ref)):
            span = PeriodSpan(s0, so_far[0], norm[s0:so_far[0]], so_far[1])    # 年初至今: up to the day named
        if span.period and len(span.period) == 7 and _RELEASED_AFTER_RE.match(norm, me):
            span.period = None      # 由上月公布的1.6%再跌至1.5%: the month of a release, not of its figures
        if span.point and span.period:
            sentence_point = span.period
        if span.period and m["thisq"] and sentence_unit and len(sentence_unit) == 7 \
                and _quarter_before(span.period) == _quarter_of(sentence_unit):
            span.period = _quarter_of(sentence_unit)   # 期內，…9月份受颱風影響…，本季…上升13% told in October: the
            #                                           quarter of the month named, the release's (sealed42)
        if span.period and span.text in _PREVIOUS_WORDS:
            if sentence_unit and (prior := _quarter_before(sentence_unit)):
                span.period = prior           # 今年第三季…較上一季的3.1%: the quarter before the one the sentence tells
            elif not sentence_unit and _LATEST_QUARTER_RE.search(norm, cuts[k - 1] if k else 0, ms):
                span.period = None            # 最新一季…由上一季的…, 季內…較上一季: before a quarter left unnamed
        elif span.period and _UNIT_PERIOD_RE.fullmatch(span.period):
            sentence_unit = span.period
        before = norm[ms - 1:ms]
        span.base = _BASE_MAY_END(norm, ms) and bool(BASE_BEFORE_RE.search(norm, max(0, ms - 3), ms)) \
            and not (out and out[-1].end == ms - 1 and not out[-1].base and _SUMMED_AFTER_RE.match(norm, me)) or \
            span.same_period and span.years and before in ("是", "为") or \
            span.same_period and span.years and bool(_SURPASSED_BEFORE_RE.search(norm, max(0, ms - 3), ms)) or \
            norm.startswith(("相比", "相較", "相较"), me) or \
            before in ("是", "為", "为") and bool(_MULTIPLE_OF_RE.match(norm, me)) or \
            before == "在" and bool(_GROUNDWORK_AFTER_RE.match(norm, me)) or \
            span.text.startswith(_LAST_YEAR_WORDS) and bool(_CONTINUED_BEFORE_RE.search(norm, max(0, ms - 3), ms)) or \
            before in ("自", "从") and bool(_SINCE_RUN_RE.match(norm, me)) or \
            before in ("達", "达", "到", "成") and bool(_REACHED_BEFORE_RE.search(norm, max(0, ms - 2), ms)) \
            and bool(_SHARE_OF_AFTER_RE.match(norm, me)) or \
            bool(out) and out[-1].base and norm[out[-1].end:ms] in _LIST_JOIN or \
            bool(_DEADLINE_AFTER_RE.match(norm, me)) or \
            _UNTIL_MAY_END(norm, ms) and bool(_VALID_UNTIL_RE.search(norm, max(0, ms - 5), ms)) or \
            span.point and bool(out) and out[-1].point and restated_day(norm, ms, out[-1].end) or \
            span.text in _BASE_EFFECT_YEARS and bool(_BASE_EFFECT_AFTER_RE.match(norm, me)) or \
            bracketed_base(norm, ms) or \
            carried_on_from(norm, ms) or \
            "即" in norm[max(0, ms - _ASIDE_REACH):ms] and bool(_ASIDE_RE.search(norm, max(0, ms - _ASIDE_REACH), ms)) or \
            names_target_year(norm, ms, me) or \
            span.text in _HORIZON_YEARS and bool(_HORIZON_AFTER_RE.match(norm, me)) and _named_before(norm, out, ms)
            # 比上年全年和上年同期; 10月31日前; 去年同期低基数; 完成全年目标的74.7%; 升至全年最高的5.4% (a horizon)
        if span.years and not span.base and not (span.text in _LAST_YEAR_SINCE and _SINCE_EVENT_AFTER_RE.match(norm, me)):
            ctx_year = span.years[-1]         # (去年颱風干擾…基期偏低,第3季…: a base, not the quarter's year)
        out.append(span)
    # 清明节假期, 春节除夕至初五; 本周 (a trading week), 此前一个交易日 (store/facts/period_holidays.py, period_weeks.py)
    if "元月" in norm:
        out = with_first_month(norm, out, windows, ref)     # 2026年元月: January (period_first_month)
    out = with_year_to_cutoff(norm, out)                    # 截至4月29日，今年…: the year so far (period_year_to_cutoff)
    if "周" in norm or "週" in norm:
        out = with_year_weeks(norm, out, windows, ref)      # 第21周: the ISO week (period_year_weeks)
    return with_summer(norm, with_calendar_words(norm, out, windows, ref), windows, ref)   # 今年暑期 (period_summer)


# last year as the start of an event's window (`金管會去年公布…新制以來，13家…採用新制，9月整體…餘額達3419億元` told in
# October 2025: sealed44): it lends its year to no bare month after it; 9月 is the latest September, this year's
_LAST_YEAR_SINCE = ("去年", "上年")
_SINCE_EVENT_AFTER_RE = re.compile(r"[^，,。；;\d０-９年月日]{1,20}?(?:以来|以來)(?=[，,])")


# an index's base year: 指数(2015年=100), (100年=100), 以2010年为基期, 以2015年为100
_INDEX_BASE_AFTER_RE = re.compile(r"\s*[=＝]\s*100(?![\d.])|为基期|為基期|为基年|為基年|为100|為100")


def _index_base_may_follow(norm: str, me: int) -> bool:
    return norm[me:me + 1] in ("=", "＝", " ", "为", "為")


def _is_index_base(norm: str, ms: int, me: int) -> bool:
    after = _INDEX_BASE_AFTER_RE.match(norm, me)
    if after is None:
        return False
    return after.group(0).lstrip()[:1] in ("=", "＝") or norm[max(0, ms - 1):ms] == "以" \
        or _BASE_YEAR_NAMED_RE.search(norm, max(0, ms - 26), ms) is not None


# the base year named by what happened in it (以金砖国家领导人首次会晤的2009年为基期值100点: sealed40's BRICS trade index)
_BASE_YEAR_NAMED_RE = re.compile(r"以[^，,。；;\d]{1,24}的$")


# a bracketed aside that restates what it follows (較高位(即2024年撤辣後的高位)低8.2%, 住宅成交量（即2024年全年的
# 水平）): its period names the thing restated, as a base's does, and dates no figure after the bracket
_ASIDE_RE = re.compile(r"[（(]\s?(?:即|亦即|也即)[^（()）。；;]{0,12}$")
_ASIDE_REACH = 16
# the look-backs above end at the period: a test of the character before it skips most searches
_FUTURE_MAY_END = end_gate(_FUTURE_BEFORE_RE)
_ESTIMATED = ("预计", "預計")
_BASE_MAY_END = end_gate(BASE_BEFORE_RE)
_UNTIL_MAY_END = end_gate(_VALID_UNTIL_RE)


def _not_this_year(norm: str, m: re.Match[str], sentence_point: str | None, sent_start: int) -> bool:
    """年内 dates a figure by this year unless the sentence dates it more finely before (截至6月11日收盘，
    …年内跌幅为17.53%: that day), says it is a standing count (截至目前，年内…新增374条), or it
    names a record within the year (为年内首次上涨, 创年内新高)."""
    return sentence_point is not None or bool(_RECORD_AFTER_RE.match(norm, m.end())) \
        or any(w in norm[sent_start:m.start()] for w in ("目前", "当前", "當前"))


def _year_to_date(year: str, point: str | None, ref: RefDate) -> str:
    """今年以来: January up to the month a cutoff names (截至5月底), else up to the
    article's month."""
    last = int(point[5:7]) if point and point[:4] == year and len(point) >= 7 else None
    if last is None and ref[1] and ref[0] == int(year):
        last = ref[1]
    if last == 1:
        return f"{year}-01"                     # 今年以來 told in January: January (sealed11's call), not the year
    return f"{year}-01/{year}-{last:02d}" if last else year


def _named_before(norm: str, out: list[PeriodSpan], at: int) -> bool:
    """Whether a period that is no base is named before `at` in its sentence."""
    return bool(out) and not out[-1].base and out[-1].period is not None \
        and not any(c in norm[out[-1].end:at] for c in "。！？!?；;\n")


def _matches(norm: str, windows: list[tuple[int, int]] | None) -> Iterator[re.Match[str]]:
    """Matches starting inside the windows; a match reads up to 16 characters past its window, so
    that the look-aheads that rule a form out (11月|原油期货: a contract month) see what follows."""
    if windows is None:
        yield from PERIOD_RE.finditer(norm)
        return
    n = len(norm)
    for a, b in windows:
        for m in PERIOD_RE.finditer(norm, a, min(n, b + 16)):
            if m.start() >= b:
                break
            yield m


def _span(norm: str, m: re.Match[str], ctx_year: int | None, ref: RefDate | None,
          future: bool = False) -> PeriodSpan | None:
    g = m                      # a match reads a named group by subscript, on demand (not all 48)
    text = m.group(0).replace("“", "").replace("”", "")
    s, e = m.start(), m.end()
    if g["five"]:                              # 十一五 … 十五五
        return plan_span(norm, s, e, text, 2001 + 5 * ("一二三四五".index(g["plan"]) + 1),
                         ref[0] if ref else None)      # period_plan_ends (以来 told inside the plan: its years so far)
    if g["cutoff"]:
        return cutoff(norm, m, text, ctx_year, ref)
    if g["sub"] is not None:
        return _sub_period(m, g, text, ctx_year, ref, future)
    if g["ybare"] or g["rbare"] or g["yy"] or g["since"] or g["ny"] or g["yrange"] or g["ypair"] \
            or g["yma"] or g["rya"] or g["fy"] or g["rocbare"]:
        return _year_form(norm, g, s, e, text, ctx_year, ref)
    if g["since_start"] or g["since_act"]:     # 启动两年来 (2022): 2020/2022
        n = small_int(g["since_start"] or g["since_act"])
        return PeriodSpan(s, e, text, f"{ref[0] - n}/{ref[0]}", years=(ref[0] - n, ref[0])) if n and ref else None
    if g["twday"]:                             # 昨（30）日公布: the report's day, no figure's
        return tw_day(norm, s, e, text, g["twday"], int(g["twd"]), ref)
    if g["today"]:
        if REPORT_PAREN_RE.match(norm, e) and reported(norm, e) or reporter_learnt(norm, e) \
                or norm.startswith("的", e) and not _COMPARED_DAY_RE.search(norm, max(0, s - 4), s):
            return None                        # 今天（5月6日）从…获悉: the report's day; 今日的中国: no day
            # (but a base compared, 相比昨日的69元, 較昨日的40.2元, is that day's level, as 較昨日40.2元 is)
        if text in ("今天", "今日") and _RELEASED_TODAY_RE.match(norm, e) and not _CUTOFF_DAY_AFTER_RE.match(norm, e):
            return None                        # 華航今天公布營業淨利…: a release's day, as 今（15）日公布 is (tw_day)
        if text in ("昨晚", "昨夜") and _RELEASED_NIGHT_RE.match(norm, e):
            return None                        # 昨晚披露…减持计划公告: a release's night, not its holdings'
        return day_word(s, e, text, g["today"], ref)
    if g["hol"]:                               # the statutory holiday (store/facts/period_holidays.py)
        return PeriodSpan(s, e, text, holiday_of_match(norm, s, e, g["hname"], ctx_year, ref))
    if g["bday"]:
        return bare_day(norm, m, text, ref)
    if g["twoy"] or g["wd"]:
        return relative_to_article(g, s, e, text, ref)
    if g["prevq"] or g["prevm"]:
        return previous(s, e, text, bool(g["prevq"]), ref, bool(g["pmend"]))
    if g["thisq"]:                             # 本季度: the article's quarter
        return PeriodSpan(s, e, text, f"{ref[0]}Q{(ref[1] - 1) // 3 + 1}" if ref and ref[1] else None)
    if g["thism"]:
        return PeriodSpan(s, e, text, f"{ref[0]}-{ref[1]:02d}" if ref and ref[1] else None)
    if g["dm"]:
        return day(norm, m, text, ctx_year, ref, future)
    return None


def _year_form(norm: str, g: re.Match[str], s: int, e: int, text: str, ctx_year: int | None,
               ref: RefDate | None) -> PeriodSpan | None:
    """Years and spans of years and months: 2023年1月至3月, 2026和2027年, 2018年以来, 近三年, 2025年末, 今年."""
    if g["yma"]:
        a, b = (year_of(g["yma"]) or 0, small_int(g["mma"]) or 0), (year_of(g["ymb"]) or 0, small_int(g["mmb"]) or 0)
        if not (1 <= a[1] <= 12 and 1 <= b[1] <= 12 and a < b):
            return None
        return PeriodSpan(s, e, text, f"{a[0]}-{a[1]:02d}/{b[0]}-{b[1]:02d}", years=(a[0], b[0]))
    if g["rya"]:
        if not ref:
            return None                        # 去年12月至今年2月: the article's year says which
        a = (ref[0] + _RELATIVE_YEARS[g["rya"]], small_int(g["rma"]) or 0)
        b = (ref[0] + _RELATIVE_YEARS[g["ryb"]], small_int(g["rmb"]) or 0)
        if not (1 <= a[1] <= 12 and 1 <= b[1] <= 12 and a < b):
            return None
        return PeriodSpan(s, e, text, f"{a[0]}-{a[1]:02d}/{b[0]}-{b[1]:02d}", years=(a[0], b[0]))
    if g["fy"] or g["rocbare"]:                # 2025财年; 民國113年: 2024
        y = int(g["fy"]) if g["fy"] else int(g["rocbare"]) + 1911
        return PeriodSpan(s, e, text, str(y), years=(y,))
    if g["ypair"] or g["yrange"]:              # 2026和2027年: both years; 2022年至2025年: each of them
        a, b = (int(g["pya"]), int(g["pyb"])) if g["ypair"] else (year_of(g["ya"]) or 0, year_of(g["yb"]) or 0)
        if g["yrange"] and len(g["ya"]) == 3 and len(g["yb"]) == 3:
            a, b = a + 1911, b + 1911          # 102年度至113年度: ROC years
        if not a < b <= a + 60:               # (从1990年到2021年: a study's 32 years, sealed44)
            return None
        each = (a, b) if g["ypair"] else tuple(range(a, b + 1))
        return PeriodSpan(s, e, text, f"{a}/{b}", years=(a, b), span_years=each)
    if g["since"]:
        y0 = int(g["sy"]) if g["sy"] else None
        y = ref[0] if ref else ctx_year
        if y0:
            return PeriodSpan(s, e, text, f"{y0}/{y}" if y and y > y0 else str(y0), years=(y0,))
        return PeriodSpan(s, e, text, str(y) if y else None)
    if g["ny"]:
        n = small_int(g["ny"])
        y = ref[0] if ref else None
        if not n or n > 30:
            return None
        return PeriodSpan(s, e, text, f"{y - n + 1}/{y}" if y and n > 1 else (str(y) if y else None))
    if g["yy"]:
        yy = g["yy"]                         # 2025年末, 2025 年末; 今年底, 去年末: the article's year and the one before
        y = int(yy[:4]) if yy[:1].isdigit() else ref[0] + _RELATIVE_YEARS[yy] if ref else None
        if y is None:
            return PeriodSpan(s, e, text, None)
        # 2025年初 is its January (a year's start, like 年末 its last day)
        return PeriodSpan(s, e, text, f"{y}-01" if g["yyend"] == "初" else f"{y}-12-31", years=(y,),
                          point=g["yyend"] != "初")
    if g["ybare"]:
        y = year_of(g["ybare"])
        if y is None or (s and norm[s - 1].isdigit()):
            return None
        if s and norm[s - 1] in "自从" and not norm.startswith("的", e) and _SINCE_AFTER_RE.match(norm, e):
            now = ref[0] if ref else None         # 自2018年启动至今: a span up to the article's year
            return PeriodSpan(s, e, text, f"{y}/{now}" if now and now > y else str(y), years=(y,))
        if ref and ref[0] > y and (ev := _EVENT_SINCE_RE.match(norm, e)) and not _NOT_EVENT_SINCE_RE.search(ev.group()):
            return PeriodSpan(s, e, text, f"{y}/{ref[0]}", years=(y,))   # “特岗计划”2006年实施以来，累计…: as 自…以来
        return PeriodSpan(s, e, text, str(y), years=(y,))
    y = (ref[0] if ref else None)              # 今年, 去年 …
    y = y + _RELATIVE_YEARS[g["rbare"]] if y else None
    return PeriodSpan(s, e, text, str(y) if y else None, years=(y,) if y else ())


def _prefix_year(g: re.Match[str], ctx_year: int | None, ref: RefDate | None) -> tuple[int | None, bool]:
    """(year named by the prefix, whether the prefix gave one explicitly)."""
    if g["y"]:
        return year_of(g["y"]), True
    if g["roc"]:
        return int(g["roc"].lstrip("民國国")) + 1911, True
    ry = g["ry"]
    if ry in ("同年", "当年"):
        return ctx_year, False
    if ry:   # without the article's date, the year the sentence names is taken as its present (2016年…去年第4季)
        now = ref[0] if ref else ctx_year
        return (now + _RELATIVE_YEARS[ry] if now else None), True
    return None, False


# a forecast in 全年's clause (将推升全年…, 全年CPI年增率应会超过2%, 预计全年增长5%): this year's
_CLAUSE_MARKS = "，,。；;！？!?\n"
# a year that explains a base effect (去年颱風干擾及中秋連假基期偏低, 去年同期基数较低) names no year for what follows
_BASE_EFFECT_AFTER_RE = re.compile(r"[^，,；;。\d]{0,12}(?:基期|基數|基数)")
_BASE_EFFECT_YEARS = ("去年", "上年", "去年同期", "上年同期")
# a year as a record's horizon (`2月份失业率升至全年最高的5.4%`, `9月份增速全年最低，单月下降14.7%`): the figure is of
# the period its sentence names before (sealed24, sealed26), the year only bounds the record
_HORIZON_YEARS = ("全年", "今年全年", "年内", "年內", "今年")
# (with no period named before it in its sentence, the year is the record's own: 全年最高气温达到41.2℃)
# (a place within the year counts as one: `今（13）日…仍為今年第3高價`, `11月…為今年單月第三低量`: today's, November's)
_HORIZON_AFTER_RE = re.compile(r"的?(?:最高|最低|新高|新低|最大|最小|之最|高位|低位|峰值|最多|最少"
                               r"|(?:單月|单月)?第[\d一二三四五六七八九十]{1,3}(?:高|低|大|小))")
# a quarter forecast by name (預測第4季民間消費實質成長3.14％, told in November): the quarter not yet ended
_FORECAST_BEFORE_QUARTER = ("预测", "預測", "预估", "預估")
# a quarter's forecast value (第4季預測值為1.8%, told in November): the quarter ahead, not last year's
_FORECAST_VALUE_AFTER_RE = re.compile(r"的?(?:預測值|预测值|預估值|预估值|預測數|预测数|預估數|预估数)")


# a quarter named in the sentence of another (一季度…，二季度…，四季度…): the year's quarters told together
_QUARTER_NAMED_RE = re.compile(r"([一二三四1-4])\s?季")
_QUARTER_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _later_quarter_named(norm: str, s: int, first_month: int) -> bool:
    """Whether the sentence around offset s names a quarter after the one starting in `first_month`: then
    the quarter in progress at the article's date is one of a past year's run (分季度看，一季度增长5.3%，
    二季度…四季度… told in January), not the quarter under way (舉行第4季理監事會 told in December)."""
    lo = max(norm.rfind(c, 0, s) for c in "。！？!?\n") + 1
    his = [j for c in "。！？!?\n" if (j := norm.find(c, s)) >= 0]
    q = (first_month + 2) // 3
    return any(_QUARTER_NUMBERS[x.group(1)] > q
               for x in _QUARTER_NAMED_RE.finditer(norm, lo, min(his, default=len(norm))))


def _forecast_clause(norm: str, s: int, e: int) -> bool:
    lo = max(norm.rfind(c, 0, s) for c in _CLAUSE_MARKS) + 1
    his = [j for c in _CLAUSE_MARKS if (j := norm.find(c, e)) >= 0]
    return FORECAST_RE.search(norm, lo, min(his, default=len(norm))) is not None


def _sub_period(m: re.Match[str], g: re.Match[str], text: str, ctx_year: int | None,
                ref: RefDate | None, future: bool = False) -> PeriodSpan | None:
    s, e = m.start(), m.end()
    y, explicit = _prefix_year(g, ctx_year, ref)
    if g["fdn"]:
        return first_days(m, y, ctx_year, ref)
    kind, first_month, label = _sub_label(g)
    if kind is None:
        return None
    last_month = small_int(g["mb"]) or small_int(g["nm"]) or first_month
    if kind == "same":
        sp = PeriodSpan(s, e, text, None, same_period=True)
        if g["y"] and y:
            sp.period, sp.years = str(y), (y,)  # 2019年同期: that year's same period
        elif g["ry"] in ("去年", "上年") and ref:
            sp.period = str(ref[0] - 1)
        elif not g["ry"] and not g["y"]:
            return None                        # 同期 alone says nothing
        return sp
    if kind == "full" and not explicit and ref and ref[1] and not ctx_year:   # 全年 of a release: which year
        y = full_year(m.string, s, e, ref, future or _forecast_clause(m.string, s, e))
    elif kind == "year_end" and y is None and not ctx_year and ref and ref[1]:
        # 年末 in a release of the first half is the year end just past; one ahead (预计年末) this year's
        y = ref[0] if future or ref[1] > 6 else ref[0] - 1
    elif y is None and (kind == "quarter" or g["qa"]) and not ctx_year and ref and ref[1]:
        # a quarter's figures exist once it has ended: 第一季 in March is last year's (四季度 in January
        # too); one announced as ahead (预计一季度) is the first that has not ended
        last = 3 * (small_int(g["qb"]) or 0) if g["qa"] else first_month + 2
        future = future or bool(_FORECAST_VALUE_AFTER_RE.match(m.string, e)) \
            or m.string.endswith(_FORECAST_BEFORE_QUARTER, 0, s)   # 原本第4季預測值為1.8%; 預測第4季民間消費成長3.14％
        in_progress = kind == "quarter" and first_month <= ref[1] <= last and not _later_quarter_named(
            m.string, s, first_month)
        # the quarter starting the month after the article's is the one ahead, as that month is (在第四季度，
        # 缓缴…14项行政事业性收费 told on 27 September: 2022Q4), not the same quarter of last year
        just_ahead = kind == "quarter" and first_month == ref[1] + 1 and not _later_quarter_named(
            m.string, s, first_month)
        y = (ref[0] if last >= ref[1] else ref[0] + 1) if future else (
            ref[0] if last < ref[1] or in_progress or just_ahead else ref[0] - 1)
    elif y is None and kind in ("half", "quarters") and not ctx_year and ref and ref[1] \
            and _window_last_month(label, first_month) > ref[1]:
        # a window not yet over at the article's date (首三季, 上半年 told in March): its figures are a past
        # year's, as 全年's are early in the year; a forecast's or plan's are this year's (预计上半年…)
        y = ref[0] if future or planned(m.string, s, e) else full_year(m.string, s, e, ref, False)
    elif y is None and future and kind == "half":
        # 预计下半年… told in August: the half under way, this year's (its first month is behind the date)
        y = resolve_year(first_month + 5, ctx_year, ref, future)
    elif y is None:
        y = resolve_year(last_month if kind.startswith("month") else first_month, ctx_year, ref, future)
    point = kind.endswith("end")
    period = label.format(y=y, yp=y - 1) if y else None
    if y and explicit and "{yp}" in label:
        period = label.format(y=y + 1, yp=y)     # 2025年12月至1月: the year written is the first month's
    if y and kind == "month_end":
        period = month_end(y, first_month)
    elif y and kind == "month_days" and label.endswith("-30"):
        period = f"{label.format(y=y, yp=y - 1).partition('/')[0]}/{month_end(y, first_month)}"   # 2月下旬: to the 28th or 29th
    elif y and kind == "quarter_end":
        period = month_end(y, first_month + 2)
    elif y and kind == "half_end":
        period = month_end(y, first_month + 5)
    sp = PeriodSpan(s, e, text, period, years=(y,) if explicit and y else (), point=point, form=label)
    if kind == "quarters" and g["qa"]:
        sp.items = tuple(f"{y}Q{q}" for q in (small_int(g["qa"]), small_int(g["qb"]))) if y else ()
    return sp


def _window_last_month(label: str, first_month: int) -> int:
    """The last month of a half-year or a run of quarters labelled `label` ({y}H1, {y}Q1-Q3)."""
    return first_month + 5 if label.endswith(("H1", "H2")) else 3 * int(label[-1])


def _sub_label(g: re.Match[str]) -> tuple[str | None, int, str]:
    """(kind, first month, format with {y}) of a period written within a year."""
    if g["full"]:
        return "full", 1, "{y}"
    if g["half"]:
        h = 2 if g["half"][0] == "下" or g["half"] == "H2" else 1       # 2025年半年度 (a half-year report) is the first half
        return ("half_end" if g["hend"] else "half"), 6 * h - 5, f"{{y}}H{h}"
    if g["nq"]:
        n = small_int(g["nq"]) or 0
        return ("quarters" if n else None), 1, f"{{y}}Q1-Q{n}"
    if g["qa"]:
        a, b = small_int(g["qa"]) or 0, small_int(g["qb"]) or 0
        return ("quarters" if b == a + 1 else None), 3 * a - 2, f"{{y}}Q{a}-Q{b}"   # 第1、3季 is no range
    q_tok = g["q1"] or g["q2"] or g["q3"] or ("1" if g["q0"] is not None else "2" if g["q02"] is not None else None)
    if q_tok:
        q = small_int(q_tok) or 0
        return ("quarter_end" if g["qend"] else "quarter"), 3 * q - 2, f"{{y}}Q{q}"
    if g["fm"] is not None:
        return "month", 1, "{y}-01"
    if g["nm"]:
        n = small_int(g["nm"]) or 0
        return ("months" if 2 <= n <= 12 else None), 1, f"{{y}}-01/{{y}}-{n:02d}"
    if g["pa"]:
        a, b = small_int(g["pa"]) or 0, small_int(g["pb"]) or 0
        if b != a + 1:
            return None, 0, ""                  # 一二月份: two months in a row, else no period
        return "months", a, f"{{y}}-{a:02d}/{{y}}-{b:02d}"
    if g["la"]:
        a, b = small_int(g["la"]) or 0, small_int(g["lb"]) or 0
        return "months", a, f"{{y}}-{a:02d}/{{y}}-{b:02d}"
    if g["ma"]:
        a, b = small_int(g["ma"]) or 0, small_int(g["mb"]) or 0
        if 9 <= a <= 12 and 1 <= b <= 4:
            return "months", a, f"{{yp}}-{a:02d}/{{y}}-{b:02d}"   # 12月至1月: across the new year, the year is the end's
        if not 1 <= a < b <= 12:
            return None, 0, ""
        return "months", a, f"{{y}}-{a:02d}/{{y}}-{b:02d}"
    if g["m"]:
        mo = small_int(g["m"]) or 0
        if not 1 <= mo <= 12:
            return None, 0, ""
        if g["xun"]:      # 5月上旬: days 1-10, 中旬 11-20, 下旬 21 to the month's end (set once the year is known);
            #               3月上半月: days 1-15, 下半月 16 to the end
            # (12月中下旬: the 11th to the month's end, 上中旬 the 1st to the 20th — sealed41)
            first, last = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 30), "上中旬": (1, 20), "中下旬": (11, 30), "上半月": (1, 15),
                           "下半月": (16, 30)}[g["xun"]]
            return "month_days", mo, f"{{y}}-{mo:02d}-{first:02d}/{{y}}-{mo:02d}-{last:02d}"
        return ("month_end" if g["mend"] in ("末", "底") else "month"), mo, f"{{y}}-{mo:02d}"
    if g["yend"]:
        return ("year_end", 1, "{y}-12-31") if g["yend"] != "年初" else ("month", 1, "{y}-01")
    if g["same"]:
        return "same", 1, ""
    return None, 0, ""

