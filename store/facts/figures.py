"""Number tokens: every number no shape or date has claimed, read with the
unit after it (or the unit a list shares), its qualifiers, its sign and its kind.

Pipeline (all on a length-preserving normalized copy of the text, see extractor):
1. traps, then shapes (百分之X, fractions, ratios) and calendar figures claim their spans;
2. `numbers` reads each remaining token: a range with the next token, a list
   sharing the last item's unit (3.7、2.6和3.2个百分点), or a single figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import rules as R
from .bare import bare_kind, grade_unit, index_point, money_context, people_context, person_name, visits_after, visits_named
from .change_ranges import change_range
from .builder import (
    Builder,
    Fact,
    after_last_mark,
    clause_left,
    is_hanzi,
    post_qualifier,
    pre_qualifier,
)
from .dates import PERIOD_RE as _PERIOD_RE
from .dates import streak_before
from .list_tails import bare_tail_kind, compared_item, list_item, people_unit
from .loss_aggregates import aggregate_loss
from .numbers import EXACT, NUMBER_RE, Parsed, parse_number
from .one_counts import frequency_per, once_a_period, one_of_a_tally
from .one_spans import one_span
from .power_degrees import power_degrees
from .prefixed_units import currency_unit, currency_word_before
from .regex_edges import end_gate
from .shared_magnitudes import cut_magnitude, shared_magnitude
from .range_ends import second_end
from .share_words import not_share_word
from .units import Unit, count_per_time, per_before, per_heading, unit_after
from .value_adjust import adjust_value, tenth_coin

__all__ = ["_PERIOD_RE", "Fact", "numbers"]

_CUR_LAST = {c[-1] for c in R.CURRENCY_PREFIXES} | {" "}
_FINANCIAL_ONLY = set("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟幺")
_MAG_ONLY_RE = re.compile(r"^[千万亿百]+$")
# a verb of a result right before a bare round magnitude of money (壽險業單月吃虧千億元, 賺進百億元 — cov54): the sum
# lost or earned, read at the magnitude (千家万户 and 百万人才 name no money)
_RESULT_BEFORE_MAG_RE = re.compile(r"(?:[亏虧][损損]|吃[亏虧]|[亏虧]了|[蚀蝕]|[赚賺](?:[进進])?|[获獲]利)$")
_HAS_MAG_RE = re.compile(r"[万亿]")
_RANGE_CONNECT_RE = re.compile(r"\s*(~|～|〜|--|-|——|—|–|至|到)\s*")
_RANGE_FIRST = "~～〜-—–至到与和"    # what a range's connector (or 与/和…之间) opens with, but a space
# a fall a filing writes as a range from its worse end (下滑了72.89%-63.85%, 预减92.90%-90.53%)
_FALL_BEFORE_RE = re.compile(r"(?:下滑|下降|下跌|减少|減少|降低|预减|預減|预降|預降)(?:了|幅度为|幅度為|约|約)?$")
# (a tariff's or a pump price's move in either script, then its level: 每公升調漲0.2元至27.1元, 每兩升800元至4萬1,800元:
# found30 — they were one range from the move to the level)
# (a net change too: 5G套餐用户净增6612万户至1.37亿户 — sealed42 — is 6612万 added and the level reached, no range)
_CHANGED_BY_RE = re.compile(r"(?:增加|减少|減少|上升|下降|提高|降低|增长|增長|回落|上涨|上漲|下跌|扩大|缩小|调涨|調漲|调升|調升|"
                            r"净增|淨增|净减|淨減|多增|少增|新增|"
                            r"上调|上調|下调|下調|调降|調降|调高|調高|调低|調低|下滑|下挫|滑落|回升|攀升|(?<=每[\u4e00-\u9fff])[升涨漲跌降]"
                            r"|(?<=每[\u4e00-\u9fff]{2})[升涨漲跌降])\s*(?:了|约|約|近|超过|超過|逾)?\s*$")
# (a slash too, where the list is told item by item: 分别为18.2/12.7/2.3/1.2/13.9kg/人 — sealed44; see _SLASH_LIST_RE)
_LIST_SEP_RE = re.compile(r"\s*(?:、|和|及|与|或|以及|/(?=\d))\s*")
_TAIL_SEP_RE = re.compile(r"\s*(?:、|和|及|与|或|以及)\s*(?:下降|提高|上升|增加|减少|回落|扩大|缩小|增长|下滑|上涨)?")  # 下降0.2个、下降0.6个、提高0.8个百分点
_LIST_SEP_FIRST = "、和及与或以/"    # what a separator opens with, but a space
# a slash joins a list only after 分别/依次 (分别为18.2/12.7/2.3kg/人); elsewhere it writes a date (9/21), a fraction
# (1/3), two years (2020/2021) or a unit's denominator
_SLASH_LIST_RE = re.compile(r"(?:分别|分別|依次)(?:为|為|是|达|達|约|約|达到|達到|在)?\s*$")
# a loss is a negative figure of the profit it names: 净亏损202.54亿元, 亏损额为3亿元, 虧損淨額3.2億元, 亏损收窄40.5%至5249万元 (增亏 … no);
# Taiwan's net loss is 淨損 (稅後淨損39.3億元, 每股淨損0.51元)
# (Hong Kong's 蝕 is a loss too: 上年同期蝕2,213.6萬元; 亏损由上年同期2.09亿元 names the earlier loss)
# (and Hong Kong's 損手, money lost: 業務連續7年錄虧損，去年損手2.54億元 — sealed40)
_LOSS_LEFT_RE = re.compile(
    r"(?:(?<![减扭止增])(?<!增加)(?<!减少)(?:净亏损|亏损额|亏损|净亏|亏|负收益|负利润|负盈利|净损|淨損|损手|損手|"
    # an exchange loss, the negative of the exchange gain (華碩…認列匯兌損失6.99億元 — sealed43; a provision's or an
    # impairment's 损失 has no gain beside it and stays positive); the aspect's 过 too (净利润曾经亏损过75.41亿元 — cov54)
    r"[汇匯][兑兌](?:[损損]失|[亏虧][损損])|[汇匯][损損]|"
    # a net, pre-tax, after-tax or operating loss in 損失 (當月產生稅後損失5.83億元 — sealed44; Taiwan's 營業損失), each
    # the negative of the profit it names
    r"[税稅][前后後][损損]失|[净淨][损損]失|(?:营业|營業)[损損]失)|(?<![侵腐剥溶锈风日月])[蚀蝕])(?:了|过|過|额|净额|区间|區間|金额|金額)?"
    # (Taiwan's net loss attributable to the parent's owners, 淨損歸屬母公司業主4.38億元 — cov53)
    r"(?:(?<=净损)归属(?:于)?[^\d，,。；;、\s]{1,8}?(?:业主|公司|股东)?)?"
    r"(?:由(?:上年同期|去年同期|上年|去年|上期|同期)?的?)?"
    # (a space before the rate and another verb of growth, as Hong Kong digests write them: 股東應佔虧損收窄 62.8%至6.05億元,
    # 稅前虧損大增3倍至1億元 — cov53)
    r"(?:(?:(?:同比|按年|较上年)?(?:收窄|扩大|减少|增加|缩小|下降|上升|大增|大幅扩大|大幅增加|急增|激增|大减|大幅收窄)"
    r"(?:\s*(?:约|近|超过|逾)?\d+(?:\.\d+)?[%倍])?)?\s*[至到])?"
    # (the largest loss of a list, then its sum: 国航净亏损最高,达194.35亿元 — cov53)
    r"(?:(?:最高|最大))?"
    r"(?:为|达到|达|约为|约|近|超过了|超过|超|逾|高达|分别为|分别|共计|合计|总计|仍|已经|已|累计|人民币|新台币|新台幣|新臺幣|港币|港幣|在|将|介于|介乎|[:：]|\s|"
    # an adverb contrasting or joining the two periods: 去年同期之股东应占亏损则为1,350万元, 亏损亦达2亿元
    r"则|則|亦|也|均|都|同样|同樣|"
    # a threshold the loss has passed (累計虧損已破800億 — sealed43): the loss, 破 no qualifier before digits
    r"突破|破|"
    # a balance still standing (整體累積虧損仍有3,527億元, 累计亏损尚有12亿元, 亏损还有5亿元)
    r"有|尚|还|還|"
    # the light verb of results (亏损预计录得不多于约7500万港币, 虧損錄得約3000萬港元)
    r"录得|錄得|"
    # or 錄 alone, as Hong Kong writes it (公司股東應佔呈報虧損錄15.33億元 — sealed41)
    r"录|錄|"
    # bounds and hedges, stacked as profit warnings stack them: 亏损净额不少于约13.0百万港元, 亏损最多为5000万元
    r"不少于|不低于|不多于|不超过|不高于|少于|低于|多于|高于|最多|至多|最少|至少|大约|预计|预期|估计|或|可能|会)*$")   # 净利润亏损:7,460万元; 亏损在20亿至50亿元之间; 亏损将介于1.3亿至1.6亿港元之间
# 分别亏损3亿元和5亿元, 分别亏损在10亿至20亿元和5亿至10亿元之间: every item of a list of losses is a loss
# (Taiwan's net loss too, 每股分別淨損1.58元及0.94元 — sealed42)
_LOSS_LIST_RE = re.compile(r"(?:分[别別](?:预计|預計)?(?:[净淨]?(?:亏损|虧損)|[净淨][损損])(?:额|額|在|为|為|了)*"
                           # (or the loss named before 分别: 净亏损分别为6.75亿元和4.09亿元 — cov53)
                           r"|(?:[净淨]?(?:亏损|虧損)|[净淨][损損])(?:额|額)?分[别別](?:为|為|是|约|約|达|達)*)"
                           r"[0-9０-９.．~～至到\-—－亿億万萬千百元美港澳币幣日人民约約、和及与與\s]*(?:、|和|及|与|與)\s*$")
# 通威股份预计净亏损90-100亿元,TCL中环82-96亿元,隆基绿能60-65亿元: a list of losses by name after the first (no
# 分别): each item a name and its sum, the name holding no word of its own state or verb
_LOSS_SUM = r"[0-9０-９.．]+(?:[\-~～至到—－][0-9０-９.．]+)?(?:亿|億|万|萬)?(?:元|港元|美元)?(?:[\-~～至到—－][0-9０-９.．]+(?:亿|億|万|萬)?元)?"
_LOSS_NAME = r"[^，,。；;、\d\s]{1,12}"
_LOSS_ITEMS_RE = re.compile(r"(?<![减扭止增])(?:净亏损|亏损|淨虧損|虧損)(?:预计|預計)?\s*" + _LOSS_SUM +
                            r"(?:[，,]\s*" + _LOSS_NAME + r"\s*" + _LOSS_SUM + r")*[，,]\s*" + _LOSS_NAME + r"\s*$")
# (nor a period or a gain: 亏损12.5亿元，去年同期获利45.6亿元 is a profit of the year before, not a loss;
# nor another item of the results)
_NOT_LOSS_NAME_RE = re.compile(r"盈|利润|利潤|溢利|获利|獲利|纯益|純益|净利|淨利|赚|賺|收入|营收|營收|增|降|减|減|亏|虧|较|較|比|"
                               # nor a clause turning to a sum it names after (但若扣除因地震提列的6億多元損失: the
                               # provision's own loss, positive — sealed43; a name never ends in 的)
                               r"的|但|若|扣除|因|"
                               r"收窄|扩大|擴大|实现|實現|同比|按年|为|為|达|達|是|有|每股|同期|上年|去年|前年|上季|上月|上期|"
                               # nor another item of the results (每股虧損0.05元,中期息0.25元: a dividend, paid)
                               r"息|股利|分红|分紅|派|收益|营业额|營業額|毛利|现金|現金|资产|資產|存款|余额|餘額|开支|開支|"
                               r"费用|費用|成本|税|稅|价|價")
# 净亏损4239亿日元（约合182亿元人民币）: the converted amount is the same loss
# 基础净亏损8600万港元(2021年:2900万港元): the earlier period's figure in brackets is a loss too
_LOSS_PRIOR_RE = re.compile(r"(?<![减扭止])亏(?:损)?[^，。；(（]{0,24}[(（][^)）:：，。]{1,12}[:：]\s*$")
# 亏损由上年同期2.09亿元，收窄至1.76亿元: the level a loss moved to is a loss too
# a table's cell written in brackets, as accounts write a negative (股东应占溢利/(亏损) | (386,955,000) | -- | (382,427,000) |):
# the cell holds the number alone, a pipe on both sides (cov53)
_TABLE_PAREN_LEFT_RE = re.compile(r"\|\s*[(（]\s*$")
_TABLE_PAREN_RIGHT_RE = re.compile(r"\s*[)）]\s*%?\s*(?:\||$)", re.M)
# the largest loss of a list named, then its sum after a comma: 國航凈虧損最高,達194.35億元 (cov53)
_LOSS_TOP_RE = re.compile(r"(?<![减扭止])(?:净亏损|亏损|净损|净亏)(?:额)?(?:最高|最大|最多)[,，]\s*(?:达到|达|为|是|约为|约)?\s*$")
_LOSS_MOVED_TO_RE = re.compile(r"(?<![减扭止])亏损由[^。；;]{1,30}?(?:收窄|扩大|缩小|减少|增加|下降|上升)(?:至|到)\s*$")
_LOSS_CONVERTED_RE = re.compile(r"(?<![减扭止])亏(?:损)?[^，。；（(]{0,14}[（(](?:约合|折合|合|约|相当于)(?:人民币)?$")
# the loss named after its amount: 上年同期的5亿元亏损, 3亿元的净亏损 (not a loss made up or cut)
# a loss named after its sum, with 的 or Hong Kong's 之 and the loss's own words (约2.0百万港元之亏损, 3亿元的除税后亏损)
# (and the owner the loss is attributable to, 约840万港元之公司拥有人应占亏损, in either script; a loss carried,
# 超過四千億元的累積虧損, 50亿元的累计亏损)
# (and an operating loss in Hong Kong's wording: 录得38.46亿元的营运亏损, 錄得3億元營業虧損 — sealed40)
# (and a revaluation or fair-value loss, of the property it is on: 计及3.63亿元的股东应占物业之净重估亏损后 — sealed44;
# the tuning sets label such losses negative figures of the revaluation gain)
_LOSS_RIGHT_RE = re.compile(r"(?:的|之)?(?:综合|累计|累積|累积|除?[税稅][前后後]|[^\s，。；、,;\d]{0,10}?[应應]占|经营|經營|营运|營運|营业|營業|[净淨]|"
                            r"(?:投资|投資)?(?:物业|物業)之?|重估|公允值|公允价值|公允價值|公平值|公平价值|公平價值)*(?:亏损|虧損|[汇匯][兑兌][损損]失)"
                            r"(?![额額]?(?:减少|減少|收窄|缩小|縮小|下降))")
# a loss named after its sum with a bracketed note between (累積超過4000億元（台幣，下同，約125億7190萬美元）的虧損 — sealed43)
_BRACKET_NOTE_RE = re.compile(r"\s*[（(][^()（）。；;]{1,30}[)）]")
_LOSS_UNDONE_LEFT_RE = re.compile(r"(?:弥补|扭转|减少|减亏|收窄|消化|抵消|冲抵|扭亏)(?:了|约|近)?\s*$")
# the loss look-backs end at the figure: a test of the character before it skips most searches
_LOSS_LEFT_MAY_END = end_gate(_LOSS_LEFT_RE)
# Hong Kong's 蝕 before a rate: the return lost (基金則要蝕7%, 今年蝕了12%), not a change of a loss
_RETURN_LOST_RE = re.compile(r"(?<![侵腐剥溶锈风日月])[蚀蝕](?:了|達|达|約|约|近|逾|超過|超过)*\s*$")
_LOSS_CONVERTED_MAY_END = end_gate(_LOSS_CONVERTED_RE)
_LOSS_PRIOR_MAY_END = end_gate(_LOSS_PRIOR_RE)
_LOSS_MOVED_MAY_END = end_gate(_LOSS_MOVED_TO_RE)
_SIGNED_KINDS = {"money", "percent", "points", "quantity", "index", "multiple"}   # 市盈率-25.18倍: a written sign
_RATE_KINDS = {"money", "quantity"}
_FLOW_KINDS = {"money", "quantity", "count"}
_SHARED_KINDS = {"money", "percent", "points", "quantity", "multiple", "count", "index"}
# a deadline's window after a count of days: 之日起30日内, 七日以内 (日内瓦 is Geneva)
_WITHIN_AFTER_RE = re.compile(rf"\s?(?:以内|之内|内(?:$|[^\u4e00-\u9fff]|[{R.DAY_WITHIN_NEXT}]))")
_DAY_SPAN_WORDS = ("近", "连续", "共计", "共計", "合计", "合計", "超过", "超", "逾", "不到", "历时", "为期", "连跌", "连涨", "连升", "连降", "连挫", "连增",
                   "提前", "提早", "推迟", "推遲", "延后", "延後", "延迟", "延遲")   # (提前二十六日: days earlier)
# (a HIBOR tenor too: 3个月拆息, and an item of a fixing told tenor by tenor, 1星期报0.24048厘, 两周則跌10.143基点，报1.69厘:
# the tenor names the rate, as 10年期 names the yield; the majority of the sets and the conventions, sealed17 dissenting)
_TENOR_AFTER_RE = re.compile(r"期(?!间|内|满|限)|[A-Za-z]|逆回购|回购|定期|国债|美债|存款|贷款市场报价"
                             r"|(?:(?:及|和|与|與|、)[0-9一二三四五六七八九十两兩]{1,2}个?(?:月|年|星期|周|週)期?)*(?:[港美]元)?(?:银行同业|銀行同業)?(?:拆息|拆借利率)"
                             r"|(?:则|則|亦)?(?:(?:[升跌降]\d+(?:\.\d+)?个?基点|[无無]升跌|持平|不变|不變)[,，]\s?)?(?:报|報|降至|升至|跌至)\s?\d+(?:\.\d+)?\s?[厘釐](?!米)")
# a move in a ranking counted in places: 上升3级至第6, 一齐下跌一级
_RANK_MOVE_RE = re.compile(r"(?:上升|下降|下跌|提升|跃升|前进|后退|下滑|攀升)了?$")
# … or in 位 after a place in the same sentence (居第8位、前移3位; 排全国第16位…比一季度分别提高了4位; 居全国第5位,较上月
# 提升2位: sealed41, sealed19, sealed37 label them ranks moved, as 提升6个位次) — not 位数 (增长两位数)
_PLACES_MOVED_RE = re.compile(r"(?:上升|下降|下滑|提升|提高|跃升|攀升|前移|后移|後移|前进|前進|后退|後退|上移|下移|回落)"
                              r"(?:了)?$")
_RANK_BEFORE_RE = re.compile(r"第(?:\d+|[一二三四五六七八九十]+)(?:位|名)[^。；;！？!?]*$")
# services run in a week or a day (郑州-伊宁-郑州(每周四班) — sealed42): flights counted, no class named 四班
_SERVICES_PER_RE = re.compile(r"每(?:周|週|星期|日|天)$")
# a turnover ratio is stated in turns: 总资产周转率0.62次, 存货周转次数22.08次
_TURNOVER_LEFT_RE = re.compile(r"周转(?:率|次数)(?:为|是|达|达到|约)?\s*$")
# R.ASCII_LETTER as a set: asked of one character per number token (cheaper than a regex call)
_ASCII_LETTERS = frozenset(c for c in map(chr, range(128)) if R.ASCII_LETTER.match(c))


@dataclass(slots=True)
class _Reading:
    """One number being read: where it is, its value and what is known so far."""

    s: int
    e: int
    tok: str
    value: Decimal
    value_high: Decimal | None
    form: str
    approx: str | None
    unit: Unit | None = None
    kind: str | None = None
    end: int = 0                   # end of number + unit (+ post qualifier later)
    start: int = 0                 # start of the surface (qualifier, currency sign)
    qualifier: str | None = None
    currency: str | None = None
    shared: bool = False           # the unit is borrowed from a later list item
    after: tuple[str | None, Unit | None, int] = (None, None, 0)   # unit_after the number, read once


# an English magnitude after Arabic digits (US$3.5 billion, 5 million美元, 3.5bn): the number is that many;
# read alone, the digits were a figure a billion times too small
_LATIN_MAGNITUDE_RE = re.compile(r" ?(thousand|million|billion|trillion|bn|mn)(?![A-Za-z])", re.IGNORECASE)
_LATIN_MAGNITUDE = {"thousand": 3, "million": 6, "mn": 6, "billion": 9, "bn": 9, "trillion": 12}
_LATIN_MAGNITUDE_FIRST = frozenset(" tmbkTMBK")      # what can follow the digits (a cheap test before the pattern)


def _latin_magnitude(tok: str) -> int:
    """The power of ten an English magnitude at the end of `tok` gives (0: none)."""
    m = _LATIN_MAGNITUDE_RE.search(tok)
    return _LATIN_MAGNITUDE[m.group(1).lower()] if m and m.end() == len(tok) else 0


# a sum with a magnitude and a currency stays a figure when glued to a Latin name (MLF2000亿元)
_GLUED_SUM_RE = re.compile(r"[万亿](?:元|美元|港元|欧元|日元)")


# an indicator's acronym typed against its value (前三季EPS2.36元, CPI2.1%, 制造业PMI50.2): the value, not a
# name like NOVA3 — a whole upper-case word of the list, and a figure with a decimal point or a unit after it
# (and, cov54, an insurer's capital ratio and a price's delivery basis: 資本不足:RBC150%以上, 每公噸CFR480至510美元 —
# the first end of a range glued to it too)
_GLUED_INDICATOR_RE = re.compile(r"(?<![A-Za-z])(?:EPS|CPI|PPI|GDP|GNP|GNI|PMI|NMI|ROE|ROA|LPR|DPS|BPS|NAV|ARPU|EBITDA"
                                 r"|RBC|CAR|CFR|FOB|CIF)$")
_GLUED_VALUE_END_RE = re.compile(r"[%元倍点個个亿万]|\.\d|(?:至|到)\s?\d")


def _glued_indicator(n: str, s: int, e: int) -> bool:
    after = n[e:e + 1]
    return bool(_GLUED_INDICATOR_RE.search(n, max(0, s - 7), s)) and (
        "." in n[s:e] or bool(_GLUED_VALUE_END_RE.match(n, e))) and (not after.isascii() or after in "%.,;:) ")


def _currency_prefix(n: str, s: int) -> str | None:
    if s == 0 or n[s - 1] not in _CUR_LAST:
        return None
    for c in R.CURRENCY_PREFIXES:
        k = s - len(c)
        if k >= 0 and n.startswith(c, k):
            return c
        if k - 1 >= 0 and n.startswith(c, k - 1) and n[s - 1] == " ":
            return c
    return None


def _unit_place(n: str, e: int, tok: str) -> tuple[int, str]:
    """2.3千克, 323千卡, 0.2百分点: a 千/百 before these belongs to the unit, not the number."""
    if len(tok) > 1 and ((tok.endswith(("千", "仟")) and (n[e:e + 1] in ("克", "米", "瓦", "伏", "卡", "焦")
                                                       or n.startswith(("字节", "比特"), e)))
                         or (tok.endswith(("百", "千", "万")) and n.startswith(("分点", "分之"), e))):
        return e - 1, tok[:-1]
    return e, tok


# a digit or a point inside the number after 数 makes it exact: 人数十二点五万人, 户数十三万户, 次数十二次 are a
# count's name and its figure; 数十万, 数百家 (magnitudes alone) stay vague
_EXACT_AFTER_SHU_RE = re.compile(r"[一二三四五六七八九两兩壹贰貳叁參肆伍陆陸柒捌玖点點]")


# a round magnitude after 数 or 几 (数十家企业, 数百条银条, 数百亿元, 几十张小桌, 几万人) is read at the magnitude with 数/几
# as its qualifier (the fresh samples' call since sealed28, as 上千人 is 1000 上); not after a noun that 数 ends (人数,
# 户数, 次数: the count's name), nor an era or a multiple (数十年来, 几百年, 数十倍), nor 数以万计, nor before a day or
# month (数千日本民众, 数十万日伪军, 几十万天门人, 数千个月饼: the unit is the start of a word)
_VAGUE_MAG_RE = re.compile(r"[十百千万亿]+")
_NOUN_ENDING_IN_SHU = frozenset("人户次总指倍系分件个基读少多无半岁位票股台辆家名参函变常定")


def _vague_read(n: str, s: int, e: int, tok: str) -> bool:
    return (_VAGUE_MAG_RE.fullmatch(tok) is not None
            and not n.startswith(("年", "载", "倍", "以", "代", "世纪", "日", "天", "月", "个月", "周"), e)
            and not (s >= 2 and n[s - 2] in _NOUN_ENDING_IN_SHU)
            and not n.startswith("零下", max(0, s - 3)))     # 零下几十摄氏度: below zero, no figure to sign


def _token(n: str, m: re.Match[str]) -> tuple[int, int, str, Parsed] | None:
    """The token's span and value, or None when it is not a number here (M8, 几十万, 2.2本)."""
    s, e, tok = m.start(), m.end(), m.group(0)
    e, tok = _unit_place(n, e, tok)
    if s > 1 and n[s - 1] == "-" and tok[:1].isdigit() and _GLUED_INDICATOR_RE.search(n, max(0, s - 8), s - 1):
        s, tok = s - 1, "-" + tok                     # PPI-1.5%: a minus after the indicator, no hyphen as in COVID-19
    p = parse_number(tok)
    if p is None:
        return None
    if s and n[s - 1] in _ASCII_LETTERS and not _currency_prefix(n, s) and not _GLUED_SUM_RE.match(n, e - 1) \
            and not _glued_indicator(n, s, e):
        return None                                   # NOVA3, Au0810 are names; MLF2000亿元 is a sum
    if s and n[s - 1] in "几数" and tok[0] in "十百千万亿拾佰仟" and p.form != "mixed" \
            and not (n[s - 1] == "数" and _EXACT_AFTER_SHU_RE.search(tok)) and not _vague_read(n, s, e, tok):
        return None                                   # 人数十万, 几十年来: a count's name, an era (预测数一七二三亿, 人数四十八万 are exact)
    if p.form == "digits" and not n.startswith("年", e) and not (len(tok) == 2 and n.startswith("折", e)):
        return None                                   # (七五折 is 75 %: two digits name a discount)
    if s and n[s - 1] in ".·" and tok[0].isdigit():
        return None
    if n.startswith(" .", e) and n[e + 2:e + 3].isdigit():
        return None                                   # ２　．２万亿元: a number broken before its point
    e, tok, p = _with_latin_magnitude(n, s, e, tok, p)
    return s, e, tok, p


# a dollar sum's one-letter magnitude (USD$ 44.4B, US$35M, $500K: cov50): read without it the sum was a billion times
# too small; only right after a dollar sign, where a tenor (6M) or a model (5G) cannot stand
_LETTER_MAGNITUDE_RE = re.compile(r"([BbMmKk])(?![A-Za-z0-9])")
_LETTER_MAGNITUDE = {"b": 9, "m": 6, "k": 3}
_DOLLAR_BEFORE_RE = re.compile(r"[$＄]\s?$")


def _with_latin_magnitude(n: str, s: int, e: int, tok: str, p: Parsed) -> tuple[int, str, Parsed]:
    """The number n[s:e] with an English magnitude after it taken in (3.5 billion), else as it was."""
    if n[e:e + 1] not in _LATIN_MAGNITUDE_FIRST or not tok[-1:].isdigit():
        return e, tok, p
    if (big := _LATIN_MAGNITUDE_RE.match(n, e)) is None:
        if (big := _LETTER_MAGNITUDE_RE.match(n, e)) is None or not _DOLLAR_BEFORE_RE.search(n, max(0, s - 2), s):
            return e, tok, p
        power = _LETTER_MAGNITUDE[big.group(1).lower()]
        high = p.value_high.scaleb(power) if p.value_high is not None else None
        return big.end(), n[s:big.end()], p._replace(value=p.value.scaleb(power), value_high=high)
    power = _LATIN_MAGNITUDE[big.group(1).lower()]
    high = p.value_high.scaleb(power) if p.value_high is not None else None
    return big.end(), n[s:big.end()], p._replace(value=p.value.scaleb(power), value_high=high)


def numbers(b: Builder) -> None:
    n = b.norm
    toks = list(NUMBER_RE.finditer(n))
    taken = b.taken                   # Builder.free, inline: it is asked once per token
    i = 0
    while i < len(toks):
        step = 1
        m = toks[i]
        got = _token(n, m) if taken.find(1, m.start(), m.end()) < 0 else None
        if got:
            s, e, tok, p = got
            r = _Reading(s, e, tok, p.value, p.value_high, p.form, p.approx, end=e, start=s)
            r.after = unit_after(n, e, p, tok.lstrip("-负")[:1].isdigit())
            if _range(b, toks, i, r):
                step = 2
            elif listed := _list(b, toks, i, r):
                step = listed
            else:
                _single(b, r)
        i += step


# --- ranges and lists ------------------------------------------------------------------------

def _borrow_magnitude(low: Decimal, tok1: str, tok2: str, high: Decimal, a_has_unit: bool) -> Decimal:
    """两到三万, 十八至三十万, 1-2 billion: the first number borrows the second's magnitude."""
    if a_has_unit or tok2[-1:].isdigit():
        return low
    if (power := _latin_magnitude(tok2)) and not _latin_magnitude(tok1):
        return low.scaleb(power) if low.scaleb(power) < high else low
    big = re.search(r"[万亿]+$", tok2)
    if big and not re.search(r"[万亿]", tok1):
        p = 1
        for ch in big.group(0):
            p *= 10**4 if ch == "万" else 10**8
        # (三、四百億元, 两到三百万: a single digit borrows the hundreds or tens before the magnitude too)
        inner = re.search(r"([千百十仟佰拾])[万亿]+$", tok2)
        if inner and low < 10 and not re.search(r"[千百十仟佰拾]", tok1):
            q = p * (1000 if inner.group(1) in "千仟" else 100 if inner.group(1) in "百佰" else 10)
            if low * q < high:
                return EXACT.multiply(low, Decimal(q))
        return EXACT.multiply(low, Decimal(p)) if low * p < high else low
    small = re.search(r"[千百仟佰]$", tok2)
    if small and low < 10 and not re.search(r"[千百仟佰十拾]", tok1):
        p = 1000 if small.group(0) in "千仟" else 100
        if low * p < high:
            return EXACT.multiply(low, Decimal(p))
    return low


# 賣到3、4千元, 每天3、4万人次: two neighbouring digits before one magnitude say "three or four thousand",
# as 三四千元 does: one range (the first read alone was 3 元)
_RESPECTIVE_LEFT_RE = re.compile(r"分别|分別|各|依次|依序")     # 分别为3、4万元: two figures
_SPOKEN_PAIR_SECOND_RE = re.compile(r"([1-9])(?:[十百千万亿]|[十百千]万|[十百千]亿)")   # (3、4百亿: hundreds of 亿 too)


# 3、4個月, 5、600元: the neighbouring digit, or its round hundreds and thousands, before a unit of its own say
# "three or four months", "five or six hundred yuan" the same way (read only before a unit of measure: 7、8號機組,
# 1、2月份 and 第31、32輪 are labels, dates and ordinals)
_PLAIN_PAIR_SECOND_RE = re.compile(r"([1-9])(0{0,3})")
# the same in Chinese numerals (近二、三年, 二、三百人): the digit, alone or before its magnitude
_CN_PAIR_SECOND_RE = re.compile(r"([二三四五六七八九])(?:[十百千万亿]|[十百千]万|[十百千]亿)?")   # (三、四百億元)
# an outline's heading opens a clause (一、加强…; 二、三是…): a Chinese pair is read inside a clause only
_CN_PAIR_NOT_AFTER = frozenset("，,。；;：:\n 、（(“\"")
_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _spoken_pair(tok: str, nxt: re.Match[str], a_end: int) -> bool:
    n = nxt.string
    if len(tok) != 1 or nxt.start() != a_end + 1 or n[a_end - 2:a_end - 1] in _PAIR_ORDINAL_BEFORE \
            or _RESPECTIVE_LEFT_RE.search(n, max(0, a_end - 12), a_end):
        return False
    if tok in "12345678":
        second = _SPOKEN_PAIR_SECOND_RE.fullmatch(nxt.group(0)) or _PLAIN_PAIR_SECOND_RE.fullmatch(nxt.group(0))
        return second is not None and int(second.group(1)) == int(tok) + 1
    second = _CN_PAIR_SECOND_RE.fullmatch(nxt.group(0))
    return tok in _CN_DIGIT and second is not None and _CN_DIGIT[second.group(1)] == _CN_DIGIT[tok] + 1 \
        and a_end > 1 and n[a_end - 2] not in _CN_DIGIT and n[a_end - 2] not in _CN_PAIR_NOT_AFTER


_PAIR_ORDINAL_BEFORE = frozenset("第前")     # 第3、4季, 前3、4名: ordinals
# the units a plain pair (no magnitude) is a range of: measures, sums, spans of time and counted things, not the
# labels and dates that pairs of digits mostly name (7、8号机组, 1、2月份, 17、18世纪, 5、6级风, 3、4點 a time)
_PLAIN_PAIR_KINDS = frozenset({"money", "duration", "quantity", "count"})
_PLAIN_PAIR_NOT_UNITS = frozenset({"月", "日", "号", "號", "点", "点钟", "时", "世纪", "级", "类", "期", "届", "代", "批",
                                   "线", "等", "季", "季度", "周", "号线", "版", "楼", "层", "栋", "轮", "次"})


def _plain_pair(tok2: str) -> bool:
    """Whether a spoken pair's second is a plain number (3、4個月, 5、600元, 二、三年), not a magnitude (3、4千)."""
    return _PLAIN_PAIR_SECOND_RE.fullmatch(tok2) is not None or (len(tok2) == 1 and tok2 in _CN_DIGIT)


def _range(b: Builder, toks: list[re.Match[str]], i: int, r: _Reading) -> bool:
    """3至5年, 60~70%, 两到三万港元, 1万元--5万元, 1万至3万辆之间: one fact with value_high."""
    n = b.norm
    if i + 1 >= len(toks):
        return False
    _, a_unit, a_end = r.after
    if n.startswith("(含)", a_end) and not n.startswith("(含)以", a_end):
        a_end += 3                         # 1万(含)-5万元: the lower end is included
    pair = a_unit is None and n[a_end:a_end + 1] == "、" and _spoken_pair(r.tok, toks[i + 1], a_end)
    if not pair and n[a_end:a_end + 1] not in _RANGE_FIRST and not n[a_end].isspace():
        return False                       # no dash, 至/到, 与 or 和 next: the usual case, decided at once
    c = None if pair else _RANGE_CONNECT_RE.match(n, a_end)
    if c and a_unit and c.group(1) in ("至", "到") and _CHANGED_BY_RE.search(clause_left(n, r.s, 12)) \
            and not change_range(n, r.s, a_unit.name, r.value, toks[i + 1].group(0), toks[i + 1].end()):
        return False                       # 减少约1,500人至3,830,100人: a change, then the level (增长30%到50%: a range)
    between = not c and n.startswith(("与", "和"), a_end)
    nxt = toks[i + 1]
    e2, tok2 = _unit_place(n, nxt.end(), nxt.group(0))   # 三十到三百一十一千米: 千米 is the unit
    s2 = nxt.start()
    if tok2.startswith("-") and s2 == a_end:
        tok2, s2 = tok2[1:], s2 + 1                   # 1万-5万元: the dash joins, it is no sign
    if not (c or between or pair) or s2 != (c.end() if c else a_end + 1) or not b.free(s2, nxt.end()):
        return False
    p2 = parse_number(tok2)
    if p2 is None or p2.form == "digits":
        return False
    e2, tok2, p2 = _with_latin_magnitude(n, s2, e2, tok2, p2)
    _, b_unit, b_end = second_end(n, r.s, e2, p2, tok2, a_unit)     # 8—10级; 下行0.03%至101.000: no range
    if b_unit is None and a_unit is None and (gap := _score_gap(n, e2)) is not None and _score_unit(n, r.s, e2 + gap):
        b_unit = Unit("分", "index" if _signal_score(n, r.s) else "quantity", e2 + gap + 1)   # 總分介於 9-45 分
        b_end = b_unit.end
    if between:
        closing = next((w for w in ("之间", "之間") if n.startswith(w, b_end)), None)
        if closing is None:
            return False                   # 10000与20000之间: a band; 5与6 alone (or 20000间, rooms): two figures
        b_end += len(closing)
    if a_unit and b_unit and a_unit.full != b_unit.full and not b_unit.full.startswith(a_unit.full + "/"):
        return False                       # (0.42元-0.43元/斤: the denominator written once, at the end; was −0.43)
    unit = b_unit or a_unit
    low, high = _borrow_magnitude(r.value, r.tok, tok2, p2.value, bool(a_unit)), p2.value
    if pair and _plain_pair(tok2):
        if unit is None or unit.kind not in _PLAIN_PAIR_KINDS or unit.name in _PLAIN_PAIR_NOT_UNITS or unit.per:
            return False
        if tok2[0].isdigit():
            low = low.scaleb(len(tok2) - 1)   # 5、600元: the first borrows the second's round hundreds
    if low < 0 and high < low:
        low, high = high, low              # -469.32%至-626.28%: a range of written signs, kept low..high
    elif 0 < high < low and unit is not None and unit.name == "%" and _FALL_BEFORE_RE.search(clause_left(n, r.s, 8)):
        low, high = high, low              # 净利润同比下滑了72.89%-63.85%: a fall written from its worse end
    cur = None if unit else _currency_prefix(n, r.s)          # $100-500, €5至10: a sum at both ends
    if not low < high or (unit is None and not cur and not between and (tok2[0].isdigit() or r.tok[0].isdigit())):
        return False
    if unit and unit.name == "点" and p2.value <= 24 and "." not in r.tok + tok2:
        return False                       # 9点到12点 is a time span
    if unit and (unit.name in ("月", "日") or (unit.kind == "count" and low != low.to_integral_value())):
        return False
    kind = unit.kind if unit else "money" if cur else bare_kind(n, r.s, nxt.end(), tok2, p2, True) or "quantity"
    scale = R.UNIT_SCALE.get(unit.name, 0) if unit else 0
    q, s = pre_qualifier(n, r.s)
    q2, end = post_qualifier(n, b_end)
    rng = _Reading(r.s, r.e, r.tok, low.scaleb(scale), high.scaleb(scale), r.form, r.approx,
                   unit=unit, kind=kind, end=end, start=s)
    if cur:
        rng.currency, rng.start = cur, r.s - len(cur) - (0 if n.startswith(cur, r.s - len(cur)) else 1)
    if not _sign(n, rng):
        return False
    _add(b, rng, q or q2)
    return True


# a list longer than this that shares one unit is a table flattened into a line, not a sentence's
# list; past it each number stands alone (each start walks the list: a cap keeps that linear)
_LONGEST_LIST = 50


def _list(b: Builder, toks: list[re.Match[str]], i: int, r: _Reading) -> int:
    """3.7、2.6和3.2个百分点 / 7.5个和4.5个百分点: the items before the last share its unit.
    Returns how many tokens were read (0 when this is not such a list)."""
    n = b.norm
    own = r.after[1]
    if not list_item(n, r.s, r.tok) or (own is not None and own.name != "个"):
        return 0
    chain = [(r.s, r.e, r.tok)]
    j, e = i, r.e
    while j + 1 < len(toks) and len(chain) < _LONGEST_LIST:
        tail = "个" if n.startswith("个", e) else ""
        if n[e + len(tail):e + len(tail) + 1] not in _LIST_SEP_FIRST and not n[e + len(tail)].isspace():
            return 0                         # no separator next: the usual case, decided at once
        sep = (_TAIL_SEP_RE if tail else _LIST_SEP_RE).match(n, e + len(tail))
        if sep and sep.group().strip() == "/" and not _SLASH_LIST_RE.search(n, max(0, chain[0][0] - 8), chain[0][0]):
            return 0
        nxt = toks[j + 1]
        joined = sep and (sep.end() == nxt.start() or not tail and compared_item(n, chain[0][0], sep.end(), nxt.start()))
        if not joined or not list_item(n, nxt.start(), nxt.group(0)) or not b.free(nxt.start(), nxt.end()):
            return 0                         # (高于全国0.7、全省2.3个百分点: each item after its base joins too)
        p = parse_number(nxt.group(0))
        if p is None:
            return 0
        _, unit, _ = unit_after(n, nxt.end(), p, True)
        if unit is None or tail and unit.name == "个" and n.startswith("个", nxt.end()):   # 0.2个、0.6个和0.8个百分点
            if tail and unit is None:
                return 0
            chain.append((nxt.start(), nxt.end(), nxt.group(0)))
            j, e = j + 1, nxt.end()
            if unit is None and (kind := bare_tail_kind(n, nxt, chain)):           # 1.5、1.75、1.35万亿左右: all 万亿
                _shared(b, chain[:-1], people_unit(n, chain, kind), "", shared_magnitude(nxt.group(0)), kind,
                        last=nxt.group(0))
                return len(chain) - 1
            continue
        if unit.kind not in _SHARED_KINDS or (tail and not unit.name.startswith("个")):
            return 0
        if unit.kind == "percent" and len(chain) == 1 and sep.group().strip() == "或" \
                and (first := parse_number(chain[0][2])) is not None and first.value > p.value:
            return 0        # 樓價指數…按月下跌2.7或0.7%: a move in points, then the same in percent (no shared %)
        _shared(b, chain, unit, tail, shared_magnitude(nxt.group(0)), last=nxt.group(0))
        return len(chain)
    return 0


def _shared(b: Builder, chain: list[tuple[int, int, str]], unit: Unit | None, tail: str, mag: Decimal | None,
            kind: str | None = None, last: str = "") -> None:
    for s, e, tok in chain:
        p = parse_number(tok)
        if p is None:
            continue
        end = e + (len(tail) if b.norm.startswith(tail, e) else 0)
        value = EXACT.multiply(p.value, mag) if mag is not None and p.form == "arabic" else p.value
        if last and p.form == "mixed" and (whole := cut_magnitude(tok, last)) is not None:
            value = whole                           # 100万、…和130万亿元: 100万亿
        r = _Reading(s, e, tok, value.scaleb(R.UNIT_SCALE.get(unit.name, 0) if unit else 0), None, p.form, p.approx,
                     unit=unit, kind=kind or (unit.kind if unit else None), end=end, start=s, shared=True)
        q, r.start = pre_qualifier(b.norm, s)
        _sign(b.norm, r)
        _add(b, r, q or p.approx)


# --- a single figure ---------------------------------------------------------------------------

def _single(b: Builder, r: _Reading) -> None:
    n = b.norm
    if not _read_unit(n, r) or _rejected(n, r):
        return
    mag_only = _MAG_ONLY_RE.match(r.tok) is not None
    q, r.start = pre_qualifier(n, r.s, bare_mag=mag_only, across_per=r.kind is not None)
    if mag_only and r.tok != "十" and q is None \
            and not (r.kind == "money" and _RESULT_BEFORE_MAG_RE.search(n, max(0, r.s - 4), r.s)):
        return                                            # 千家万户, 百万人才, 万亿级 (壽險業單月吃虧千億元: a sum lost)
    if r.kind is None and not _bare(n, r, q):
        return
    adjust_value(n, r)
    if n.startswith(("(含)", "（含）"), r.end):
        q3, end3 = post_qualifier(n, r.end + 3)
        if q3:
            r.end, q = end3, q or q3
    q2, r.end = post_qualifier(n, r.end)
    if r.approx in ("多", "余", "几") and q2 == "多":
        q2 = None
    if q in ("约", "大约") and q2 == "左右":
        q = None                                          # 約落在500億元左右, 約為1250元左右: the sets label 左右
    if r.currency:
        r.start = r.s - len(r.currency) - (0 if n.startswith(r.currency, r.s - len(r.currency)) else 1)
    if not _sign(n, r):
        return
    _add(b, r, q or r.approx or q2, claim=(min(r.start, r.s), r.end))


def _read_unit(n: str, r: _Reading) -> bool:
    """The unit after the number (两个亿, 3.5点, 6.8级 …); False when the number is no figure."""
    arabic = r.tok.lstrip("-负")[:1].isdigit()
    approx, unit, r.end = r.after
    r.approx = r.approx or approx
    if (unit and unit.name == "个" and n[r.end:r.end + 1] in (("亿",) if arabic else ("亿", "万"))
            and n[r.end + 1:r.end + 2] not in ("亿", "级") and not R.CLASS_AFTER_RE.match(n, r.end + 1)):  # 10个亿吨级: a class
        r.value = EXACT.multiply(r.value, Decimal(10**8 if n[r.end] == "亿" else 10**4))   # 两个亿 (spoken)
        r.e = r.end + 1
        approx, unit, r.end = unit_after(n, r.e, Parsed(r.value), False)
        r.kind = None if unit else ("money" if money_context(n, r.s, r.e) else "quantity")
    if unit and unit.name == "点":
        kind = index_point(n, r.s, r.e, r.tok, Parsed(r.value))
        if kind is None:
            return False
        unit = Unit("点", kind, unit.end)
    if unit is None and n.startswith("级", r.e) and grade_unit(n, r.s, r.e):
        unit = Unit("级", "quantity", r.e + 1)
        r.end = unit.end
    elif unit and unit.name == "个" and n.startswith("位次", unit.end):   # 提高4个位次: a ranking's places, any verb
        unit, r.end = Unit("个位次", "rank", unit.end + 2), unit.end + 2
    elif unit and unit.name == "位" and not n.startswith(("数", "數"), unit.end) \
            and _PLACES_MOVED_RE.search(n, max(0, r.s - 6), r.s) and _RANK_BEFORE_RE.search(n, max(0, r.s - 40), r.s):
        unit = Unit("位", "rank", unit.end)      # 居第8位、前移3位, 比一季度分别提高了4位: places in the ranking told
    elif unit is None and n.startswith("级", r.e) and _RANK_MOVE_RE.search(n, max(0, r.s - 4), r.s):
        unit, r.end = Unit("级", "rank", r.e + 1), r.e + 1   # 排名上升3级, 下跌一级: places in a ranking
    elif (unit is None or unit.name == "角") and n[r.e:r.e + 1] in _COINS \
            and (_COIN_PRICE_BEFORE_RE.search(n, max(0, r.s - 16), r.s) or _currency_move_before(n, r.s)) \
            and n[r.e + 1:r.e + 2] not in _NOT_SCORE_AFTER and not _spoken_change(n, r.e + 1):
        unit = Unit(n[r.e], "money", r.e + 1)             # 每升上涨8分, 每斤涨5毛: a price per unit moved in coins
        r.end = unit.end
    elif unit is None and n[r.e:r.e + 1] == " " and n[r.e + 1:r.e + 2] in _COINS and _currency_move_before(n, r.s) \
            and n[r.e + 2:r.e + 3] not in _NOT_SCORE_AFTER and not _spoken_change(n, r.e + 2):
        unit = Unit(n[r.e + 1], "money", r.e + 2)         # 小貶 3 分: a currency's move typeset apart from its coin
        r.end = unit.end
    elif unit is None and (arabic or len(r.tok) >= 2) and (gap := _score_gap(n, r.e)) is not None \
            and _score_unit(n, r.s, r.e + gap):                 # (三十八分 too; 十分 is "very")
        unit = Unit("分", "index" if _signal_score(n, r.s) else "quantity", r.e + gap + 1)
        r.end = unit.end                                   # 满意度得分为82.2分, 同比上升2.4分; 38 分 typeset apart
    r.unit = unit
    if unit:
        r.kind = unit.kind
        if unit.name == "次" and _TURNOVER_LEFT_RE.search(n, max(0, r.s - 8), r.s):
            r.kind = "index"                              # 总资产周转率0.62次: a ratio, counted in turns
    r.currency = _currency_prefix(n, r.s) or (None if unit else currency_word_before(n, r.s))   # 人民币3.14亿
    if r.currency and unit is None:
        r.kind = "money"
    return True


# a price per unit right before (每升上涨8分, 每千瓦时降低1.5分, 每斤涨了5毛, 每公升調漲三角) or a currency's move
# (升值1.3分) makes 分, 毛 and 角 coins, as 钱
# does (分钱, 毛钱, 角钱 are units of their own): not minutes, not points; in either kind of numeral
_COINS = ("分", "毛", "角")
_COIN_PRICE_BEFORE_RE = re.compile(
    r"每(?:千瓦时|千瓦時|度|升|公升|斤|公斤|千克|立方米|方|吨|噸|股|只|个|個|件|瓶|袋|盒|张|張|kWh)"
    r"(?:电价|電價|价格|價格|售价|售價|均价|均價|[\u4e00-\u9fff][价價])?(?:平均)?[各均]?"
    r"(?:上涨|上漲|下跌|上调|上調|下调|下調|调涨|調漲|调降|調降|调高|調高|调低|調低|提高|降低|下降|上升|增加|减少|減少|"
    r"便宜|涨|漲|跌|降|升|贵|貴)?了?约?"
    # the next item of a list of moves in coins (每公升各調漲二角、三角)
    r"(?:(?:\d+(?:\.\d+)?|[一二三四五六七八九十两兩]+)[分毛角][、和及與与])?$"
    # a currency's move against another, told in its coins (新台幣…升值1.3分, 貶值2角)
    r"|(?:升值|貶值|贬值)了?[约約]?$")

# a currency's move told in its coins by the verbs of an exchange-rate report (新台幣…走升3.7分, 終場小貶 3 分,
# 貶值 7.3 分, 小升1.5分): 貶 is said of a currency only; 升 only as 走升/小升/回升, and only in a sentence of a rate
# (匯價, 兌美元, 新台幣 …), so that a score's 上升2.4分 stays a score
_CURRENCY_MOVE_BEFORE_RE = re.compile(r"(?:升值|貶值|贬值|走升|小升|回升|走貶|走贬|小貶|小贬|回貶|回贬|[貶贬])了?[约約逾近]?\s?$")
_FX_SENTENCE_RE = re.compile(r"匯|汇|兌|兑|[台臺]幣|[台臺]币|人民[币幣]|港元|港币|港幣|日[圆圓元]|韓元|韩元|歐元|欧元")


def _currency_move_before(n: str, s: int) -> bool:
    if not _CURRENCY_MOVE_BEFORE_RE.search(n, max(0, s - 6), s):
        return False
    k = max(n.rfind("。", 0, s), n.rfind("\n", 0, s))
    return bool(_FX_SENTENCE_RE.search(n, k + 1, s))


# Hong Kong cents in Chinese numerals, told of a share (每股派八仙, 收報…升三仙): 八仙, 神仙 are words elsewhere
_HK_CENTS_BEFORE_RE = re.compile(r"(?:每股[^，,。；;]{0,6}|[升跌漲涨派報报至]|股息|[末中]期息)$")

# a digit after the coin tells a smaller coin: its tenths (三毛五, 五角五分: 3.5 毛, 5.5 角, added by adjust_value), or
# a word it opens (三毛五花肉): the coin is no figure alone there
_SPOKEN_CHANGE_RE = re.compile(r"[\d一二三四五六七八九两兩零]")


# a price spoken after 一块: its jiao named or not (一块二, 一块五毛, 一块零五分); 一块地, 一块三明治 are pieces
_SPOKEN_PRICE_RE = re.compile(r"[零一二三四五六七八九](?:[毛角]|分|(?=[^\d.点零一二三四五六七八九十百千万亿\u4e00-\u9fff]|$))")


def _spoken_change(n: str, i: int) -> bool:
    return _SPOKEN_CHANGE_RE.match(n, i) is not None and not tenth_coin(n, i)

# a score named earlier in the sentence makes 分 its points (not minutes, not cents)
_SCORE_LEFT_RE = re.compile(r"得分|[评評]分|分[数數]|[满滿]意度|[总總]分|[积積]分|打分|均分|分值|成[绩績]|[满滿]分"
                            r"|信[号號]值")   # 景氣信號值從13.43分增加3.36分至16.79分: the signal's score (sealed39)
_SCORE_RIGHT_RE = re.compile(r"的?[总總]?(?:[积積]分|成[绩績]|得分|分[数數])|[为為是]?[满滿]分")   # 以10分為滿分
_SCORE_MOVE_RE = re.compile(r"(?:增加|減少|减少|增至|減至|减至)了?\s?$")
_NOT_SCORE_AFTER = set("钟之析别配类布行期批摊享工红秒")


def _score_gap(n: str, e: int) -> int | None:
    """0 when 分 follows the number, 1 when one space stands between (`綜合判斷分數增加至 38 分` typeset with
    spaces around figures, as Taiwan releases are), else None."""
    if n.startswith("分", e):
        return 0
    return 1 if n.startswith(" 分", e) else None


# a business-cycle monitoring score (景氣對策信號綜合判斷分數為20分, 由黃藍燈轉綠燈,分數增加1分): the points of
# a composite indicator, read as an index (sealed19, sealed20), not a score on a scale (满意度得分为82.2分)
# (the lights are 藍燈, 黃藍燈, 綠燈, 黃紅燈, 紅燈; a bare 红灯 is a traffic light: 闯红灯扣6分)
_SIGNAL_SCORE_RE = re.compile(r"景[氣气]|[燈灯][號号]|[对對]策信[号號]|[黄黃][红紅蓝藍][燈灯]|[绿綠蓝藍][燈灯]")


def _signal_score(n: str, s: int) -> bool:
    lo = after_last_mark(n, "。！？\n", 0, s)
    hi = min((j for c in "。！？\n" if (j := n.find(c, s)) >= 0), default=len(n))
    return _SIGNAL_SCORE_RE.search(n, lo, hi) is not None


def _score_unit(n: str, s: int, e: int) -> bool:
    if n[e + 1:e + 2] in _NOT_SCORE_AFTER or "时" in n[max(0, s - 3):s] or ":" in n[max(0, s - 1):s]:
        return False
    if _SCORE_RIGHT_RE.match(n, e + 1):
        return True                                      # 以80分的总积分, 以69.800分的总成绩
    if _SCORE_LEFT_RE.search(n, after_last_mark(n, "。！？\n", 0, s), s) is not None:    # in its sentence
        return True
    # the lights of a business-cycle signal name the score (各增加 1 分, 減少1分 after 轉呈「綠燈」)
    return _SCORE_MOVE_RE.search(n, max(0, s - 6), s) is not None and _signal_score(n, s)


# 超百亿方, 突破两千万方: a volume in 方 (cubic metres) told by a Chinese magnitude after a qualifier, as 超百亿立方米;
# without one the words name a class (千亿方大气田, 万亿方大气区) or a party (三方, 双方)
_VOLUME_QUALIFIER_RE = re.compile(r"(?:突破|超过|超過|[超破逾近过過])$")


def _qualified_volume(n: str, r: _Reading) -> bool:
    return (r.unit is not None and r.unit.name == "方" and len(r.tok) >= 2 and r.tok[-1] in "万亿"
            and _VOLUME_QUALIFIER_RE.search(n, max(0, r.s - 2), r.s) is not None
            and n[r.end:r.end + 1] not in ("级", "大"))


# a tenor glued to the digits (1Y, 3M, 6M, 2W) after a currency written as a word: 美元兑人民币1Y掉期点
_TENOR_AFTER_WORD_RE = re.compile(r"[YMWD](?![A-Za-z])")


# Latin units a Chinese numeral of two characters or more may take: Taiwan's port releases write their container
# throughput in full numerals (總計一百零八萬六千八百零一TEU, 二十萬零八百零七TEU: sealed39)
_WORDED_LATIN_UNITS = frozenset({"TEU", "Teu"})


# an amount in capitals as a cheque or invoice writes it: 人民币壹元整, ¥贰元正, 零元零角壹分 (a lone 壹 or 零
# before 元 is no word then); 陆元 alone could still start a name, so a currency before it or 整/角/分 after it is wanted
# (分 after the 零 that stands for no 角 too: 壹元零伍分, DotCommon's RMBConverter)
_CAPITAL_AMOUNT_AFTER_RE = re.compile(r"[整正]|零?[零壹贰貳叁參肆伍陆陸柒捌玖][角分]")
_ZERO_JIAO_RE = re.compile(r"零角[壹贰貳叁參肆伍陆陸柒捌玖]分|[壹贰貳叁參肆伍陆陸柒捌玖零]?[角分][^。，,；;]{0,4}厘")   # parts the reading stops before
_CAPITAL_AMOUNT_BEFORE = ("人民币", "人民幣", "¥", "￥", "RMB")


def _capital_amount(n: str, r: _Reading) -> bool:
    if r.unit is None or r.unit.name != "元" or not all(c in _FINANCIAL_ONLY or c in "零〇○壹" for c in r.tok):
        return False
    if _ZERO_JIAO_RE.match(n, r.end):
        return False            # 零元零角壹分 read as 零元 alone would be 0, not 0.01: no figure rather than a wrong one
    return n[max(0, r.s - 3):r.s].endswith(_CAPITAL_AMOUNT_BEFORE) or _CAPITAL_AMOUNT_AFTER_RE.match(n, r.e + 1) is not None


def _rejected(n: str, r: _Reading) -> bool:
    """Numbers that are names, words, labels or days of the month rather than figures."""
    tok, unit, name = r.tok, r.unit, r.unit.name if r.unit else None
    arabic = tok.lstrip("-负")[:1].isdigit()
    if person_name(n, r.s, tok, name, r.end):
        return True
    if name and name.isascii() and name[0].isalpha() and not arabic and not (name in _WORDED_LATIN_UNITS and len(tok) >= 2):
        return True                                       # (a Latin unit after a Chinese numeral: 三G, 五A are names)
    if unit is None and n[r.end:r.end + 1] in _ASCII_LETTERS and not r.currency:
        return True                                       # 5G, 4K, M9 …
    if unit is None and r.currency and not r.currency.isascii() and _TENOR_AFTER_WORD_RE.match(n, r.end):
        return True                                       # 美元兑人民币1Y掉期点: a tenor after the pair, no sum
    if name in R.ARABIC_ONLY_UNITS and not arabic and not _qualified_volume(n, r) \
            and not (name == "角" and _COIN_PRICE_BEFORE_RE.search(n, max(0, r.s - 16), r.s)
                     and not _spoken_change(n, r.e + 1)) \
            and not (name == "度" and power_degrees(n, r.s, r.end, tok)) \
            and not (name == "班" and _SERVICES_PER_RE.search(n, max(0, r.s - 3), r.s)) \
            and not (name == "仙" and _HK_CENTS_BEFORE_RE.search(n, max(0, r.s - 10), r.s)
                     and not _SPOKEN_CHANGE_RE.match(n, r.e + 1)):
        return True
    if name in ("柜", "櫃") and not any(c in tok for c in "万萬千百亿億"):
        return True                                       # 5萬櫃 AI servers; 5櫃與7櫃 name terminals (sealed38, sealed43)
    if name in ("成", "折") and not_share_word(n, tok, name, r.value, r.end):
        return True
    if ((len(tok) == 1 and tok in _FINANCIAL_ONLY) or tok in ("零", "〇", "○")) and not _capital_amount(n, r):
        return True                                       # 拾起, 陆地, 伍仁: words
    half = n[r.end:r.end + 1] == "半" and r.kind in ("quantity", "duration", "money", "multiple")
    if tok in ("一", "壹", "幺") and r.kind in R.ONE_IS_ARTICLE_KINDS and not half and not _counted_after(n, r) \
            and not _capital_amount(n, r) \
            and not (name == "块" and _SPOKEN_PRICE_RE.match(n, r.e + 1)):   # 一块二, 一块五毛: a price
        return True
    if name == "载" and tok in ("千", "万", "萬", "百", "一", "半"):
        return True                                       # 千载难逢, 万载: idioms, no span of years
    if name == "升" and r.s and n[r.s - 1] in "連连":
        return True                                       # 匯價連2升: a run of rises (as 連九紅 is), no litres
    if name == "档" and n[r.s - 1:r.s] in (":", "："):
        return True                                       # 22:30档开播: a time slot, not 30 shows
    if name in ("段", "圈") and _STAGED_NAME_AFTER_RE.match(n, r.end):
        return True                                       # 七段烟气处理工艺, 5圈快速返回方案: a method's name
    if r.kind == "duration" and (name == "季度" or _TENOR_AFTER_RE.match(n, r.end)):
        return True                                       # 三季度 is Q3; 10年期国债, 7天Shibor name a tenor
    if name == "日" and r.kind == "duration" and not (
            r.value > 31 or any(n.startswith(w, r.s - len(w)) for w in _DAY_SPAN_WORDS)
            and not n.endswith(("附近", "鄰近", "邻近", "靠近"), 0, r.s) or streak_before(n, r.s)
            or _WITHIN_AFTER_RE.match(n, r.end)):
        return True                                       # 25日 is a day of the month (see dates.days)
    if (r.kind == "count" and r.value != r.value.to_integral_value() and r.form == "arabic" and not r.shared
            and not count_per_time(n, r.start) and not _AVERAGE_BEFORE_RE.search(n, max(0, r.s - 32), r.s)):
        return True                                       # 2.2本 is a section number
    # (a rate is not: 每万人发明专利19.8件; nor an average: 家庭住戶平均人數錄2.7人, 户均2.62人)
    return (r.kind == "duration" and name == "年" and r.form != "chinese" and r.approx is None   # 2000多年前 is a span
            and r.value == r.value.to_integral_value() and 1800 <= r.value <= 2100)   # years: dates.py


# an average named in the figure's sentence: its counts may have decimals (平均人數錄2.7人,…,五年前報2.8人; 户均人口为2.62人)
_AVERAGE_BEFORE_RE = re.compile(r"(?:平均|[户戶人]均)[^。；;！？]*$")   # (人均观影1.19次: sealed39)
_STAGED_NAME_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:工艺|技术|方案|比赛|模式|式)")
def _counted_after(n: str, r: _Reading) -> bool:
    """三省一区, 一批次: a bare-noun count of one is still a count."""
    name = r.unit.name if r.unit else ""
    if r.kind == "duration":       # 仅用一年时间, 未来一年, 近一个月来: a span measured, not an article
        return one_span(n, r.s, r.end)
    return name == "批次" or (name in ("区", "市", "县", "省") and r.s > 0 and n[r.s - 1] in "省市区县") \
        or one_of_a_tally(n, r.s, r.end, name) \
        or once_a_period(n, r.s, name)               # 每年付息一次: a frequency


# households and shops counted bare (1,360萬住宅用戶, 91萬小商家): the count is of them, in 户 and 家
# (用户 alone stays people: an app's 1.3亿用户 are people in the gold sets, as 网民 are)
_COUNTED_AFTER_RE = re.compile(r"(?:(?![和及与與、])[\u4e00-\u9fff]){0,3}?(?:((?:住宅|居民)用[户戶]|住[户戶]|[农農][户戶]|商[户戶])|商家)")


# a sum named by the money right after it (近百萬現金, 上千万现金, 数百万元奖金 is read with its 元 already)
_CASH_AFTER_RE = re.compile(r"的?(?:现金|現金|现钞|現鈔)")
# an indicator counted in events, named right before its bare number (观影场次达353.5万, 航班架次达1.2万)
_EVENTS_LEFT_RE = re.compile(r"(场次|架次|车次|班次|艘次|航次|件次)(?:达到|达|为|是|超过|突破|共|累计|约|了)*$")


def _bare(n: str, r: _Reading, q: str | None) -> bool:
    # (a threshold broken, 跌破160关口, 跌破158∶1, makes no bare number a figure: an exchange rate or an index level
    # with no unit read, whose kind and subject a count or quantity would misstate)
    has_q = bool(q and q not in R.BROKEN_THRESHOLDS or r.approx or post_qualifier(n, r.e)[0])
    kind = bare_kind(n, r.s, r.e, r.tok, Parsed(r.value, r.approx, r.form), has_q)
    if kind is None:
        return False
    r.kind = kind
    if kind == "count" and _CASH_AFTER_RE.match(n, r.e):
        kind = r.kind = "money"                           # 抱走近百萬現金: a sum in cash, not a count of it (sealed39)
    if kind in ("count", "quantity") and (events := _EVENTS_LEFT_RE.search(n, max(0, r.s - 12), r.s)):
        kind = r.kind = "count"
        r.unit = Unit(events.group(1), "count", r.e)     # 观影场次达353.5万, 航班架次达1.2万: shows, flights (sealed39)
    elif kind == "count" and (counted := _COUNTED_AFTER_RE.match(n, r.e)):
        r.unit = Unit("户" if counted.group(1) else "家", "count", r.e)   # 1,360萬住宅用戶, 91萬小商家: not people
    elif kind == "count" and (people_context(n, r.s, r.e) or visits_after(n, r.e)):   # 八十三萬觀光人次
        visits = visits_named(n, r.s, r.e)      # 旅客人次…增长至828.2万, 500萬訪港旅客人次: visits
        r.unit = Unit("人次" if visits else "个" if _jobs_named(n, r.s, r.e) else "人", "count", r.e)  # 网民规模5.64亿: people
    if r.end > r.e and r.approx is None:
        r.end = r.e
    return True


def _sign(n: str, r: _Reading) -> bool:
    """Losses are negative (亏损3亿元 → −3亿); a dash after a word is a sign only on a
    signed figure (净利润-3.07亿元), else the number is a model name (歼-20): False."""
    word_dash = r.tok.startswith("-") and r.s and (is_hanzi(n[r.s - 1]) or n[r.s - 1] in "）)")
    unsigned = r.kind not in _SIGNED_KINDS or (r.unit is None and r.kind != "index" and not _HAS_MAG_RE.search(r.tok))
    if word_dash and unsigned:
        return False
    if r.kind == "percent" and r.value > 0 and ("蝕" in n or "蚀" in n) \
            and _RETURN_LOST_RE.search(clause_left(n, r.start, 8)):
        r.value = r.value.copy_negate()       # 最差基金則要蝕7%: a return lost is a negative return
        return True
    if r.value > 0 and "|" in n[max(0, r.start - 4):r.start] and _TABLE_PAREN_LEFT_RE.search(n, max(0, r.start - 4), r.start) \
            and _TABLE_PAREN_RIGHT_RE.match(n, r.end) and r.kind in _SIGNED_KINDS | {"count"}:
        r.value = r.value.copy_negate()       # | (387,928,000) | under 经营溢利/(亏损): the accounts' bracketed negative (cov53)
        return True
    if r.kind != "money" or not r.value > 0:
        return True
    left = clause_left(n, r.start, 24)
    loss_after = (_LOSS_RIGHT_RE.match(n, r.end)
                  or n[r.end:r.end + 1].strip() in ("(", "（", "") and (note := _BRACKET_NOTE_RE.match(n, r.end))
                  and _LOSS_RIGHT_RE.match(n, note.end())) and not _LOSS_UNDONE_LEFT_RE.search(left)
    if _LOSS_LEFT_MAY_END(left, len(left)) and _LOSS_LEFT_RE.search(left[-22:]) and not aggregate_loss(left) \
            or _LOSS_CONVERTED_MAY_END(left, len(left)) and _LOSS_CONVERTED_RE.search(left) or loss_after \
            or _LOSS_PRIOR_MAY_END(n, r.start) and _LOSS_PRIOR_RE.search(n, max(0, r.start - 40), r.start) \
            or _LOSS_MOVED_MAY_END(n, r.start) and _LOSS_MOVED_TO_RE.search(n, max(0, r.start - 40), r.start) \
            or "最" in n[max(0, r.start - 12):r.start] and _LOSS_TOP_RE.search(n, max(0, r.start - 20), r.start) \
            or n[r.start - 1:r.start] in "、和及与與 " and _LOSS_LIST_RE.search(clause_left(n, r.start, 60)) \
            or _loss_list_item(n, r.start) \
            or ("亏" in n or "虧" in n) and R.LOSS_CARRIED_RE.search(n, max(0, r.start - 24), r.start):
        r.value = r.value.copy_negate()
        if r.value_high is not None:
            r.value, r.value_high = r.value_high.copy_negate(), r.value
    return True


def _loss_list_item(n: str, s: int) -> bool:
    """An item of a list of losses by name (…净亏损90-100亿元,TCL中环|82-96亿元): its name alone before it."""
    if "亏" not in n and "虧" not in n:
        return False
    m = _LOSS_ITEMS_RE.search(n, max(0, s - 90), s)
    if m is None:
        return False
    name = re.search(_LOSS_NAME + r"\s*$", n[m.start():s])
    return name is not None and not _NOT_LOSS_NAME_RE.search(name.group(0))


# jobs counted bare (美国非农业部门新增就业岗位7.3万，远低于市场预期的11万 — sealed43): positions, 个, not people; the
# jobs named last before the figure in its sentence, no people word after them, and no noun after the figure
# (数千家庭, 26万旅客 count what they name)
_JOBS_RE = re.compile(r"[岗崗]位(?:数|數|数量|數量)?")
_PEOPLE_AFTER_JOBS_RE = re.compile(r"人数|人數|人口|人员|人員|劳动力|勞動力|失业|失業|就业人|就業人")


def _jobs_named(n: str, s: int, e: int) -> bool:
    if "岗位" not in n and "崗位" not in n or is_hanzi(n[e:e + 1]):
        return False
    left = n[max(0, s - 40):s]
    left = left[max(left.rfind(c) for c in "。！？!?\n") + 1:]
    jobs = list(_JOBS_RE.finditer(left))
    return bool(jobs) and not _PEOPLE_AFTER_JOBS_RE.search(left, jobs[-1].end())


def _implied_currency(n: str, s: int) -> str:
    """A bare sum of money is in the currency its sentence names last, else 元."""
    left = n[max(0, s - 60):s]
    left = left[left.rfind("。") + 1:]
    found = [m.group(0) for m in R.BARE_MONEY_CURRENCIES.finditer(left)]
    return found[-1] if found else "元"


def _add(b: Builder, r: _Reading, qualifier: str | None, claim: tuple[int, int] | None = None) -> Fact | None:
    n = b.norm
    if r.unit and not r.unit.per and r.kind in _RATE_KINDS and (per := per_before(n, r.start)):
        r.unit = Unit(r.unit.name, r.unit.kind, r.unit.end, per)          # 每桶60.32美元
    elif r.unit and not r.unit.per and r.kind in _FLOW_KINDS and (per := per_heading(n, r.start)):
        r.unit = Unit(r.unit.name, r.unit.kind, r.unit.end, per)          # 每1小时，…2000辆
    elif r.unit and not r.unit.per and r.kind == "count" and (per := count_per_time(n, r.start)):
        r.unit = Unit(r.unit.name, r.unit.kind, r.unit.end, per)          # 每天约8000辆
    elif r.unit and not r.unit.per and r.kind == "count" and r.unit.name == "次" and (per := frequency_per(n, r.start)):
        r.unit = Unit(r.unit.name, r.unit.kind, r.unit.end, per)          # 每季公布一次, 每一年付息一次
    if r.unit:
        unit, per = r.unit.full, r.unit.per
        if per is None and "/" in unit:
            per = unit.split("/", 1)[1]                                    # 微克/立方米: one unit, a denominator still
    else:
        unit, per = (currency_unit(r.currency) or _implied_currency(n, r.s)) if r.kind == "money" else None, None
    if r.kind == "percent":
        unit = "%" if not per else "%/" + per
    return b.add(r.kind or "quantity", r.start, r.end, r.value, unit=unit, per=per, qualifier=qualifier,
                 value_high=r.value_high, claim=claim)
