"""The change a figure states: its direction, the verb as written and the comparison base.

``出口比上年增长5%`` → change up, change_word 增长, base 上年.  Read on the
normalised text (traditional forms are already simplified there, so 增長 is
read as 增长 while `change_word` keeps what the text says).

Decisions:
- 少增 (a smaller increase than the base) is "down": the figure compares a flow
  with the same flow before, and it came out lower; 多增 is "up", 多减 "down",
  少减 "up".
- A level reached (升至/增至/降到 …254万辆) states no change: change None.
- 同比 and 按年 → base 上年同期 (also for a month: the text says 上年同月 when it means
  it); 环比 → 上季 for a quarter's figure, else 上月; 按月 → 上月, 按季 → 上季;
  an explicit base before the marker wins (较前一周的45.51元环比上涨: 前一周).
- A signed value after 同比/环比 with no verb (同比-5.3%) takes its sign's
  direction; a growth word with a negative value (增长-3%) is "down".
- Rate nouns carry a direction too: 涨幅/增幅/升幅/增速 up, 跌幅/降幅 down.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .builder import spaced_qualifier_start
from .regex_edges import end_gate

Fact = dict[str, Any]   # a fact record being built (see store.records.Fact)



UP_WORDS = (
    "增长", "增加", "上升", "提高", "提升", "上涨", "攀升", "飙升", "激增", "跃升", "猛增", "扩大", "回升",
    "加快", "上调", "调升", "调高", "调涨", "升值", "走高", "反弹", "大涨", "暴涨", "上扬", "拉升", "翻番", "翻了",
    "净增", "多增", "少减", "高出", "多出", "增幅", "涨幅", "升幅", "增速", "增长率", "增", "涨", "升", "翻",
    "上行", "高开", "收涨", "收高", "溢价", "加征", "快于", "增产", "增收", "暴增", "大增", "剧增", "急增", "猛涨",
    # revisions of a forecast and Taiwan usage: 上修2.92個百分點, 成長12.65％; spreads widening: 走阔1.5bp
    "上修", "成长", "改善", "走阔", "走扩", "攀高", "涨升", "走升", "扩增",
    "倍增",     # Taiwan results: 資本支出將倍增至超過10億美元 (doubled to it: the level after 至 is the spending's)
    "扩阔", "擴闊", "擴濶", "扩濶", "扩闊", "擴阔",   # Hong Kong banks' margins: 淨息差較去年同期擴闊7個基點, 按年擴濶13個基點
    "加息",     # 加息125个基点: the rate went up by it (降息 reads as 降)
    "升息",     # Taiwan: 升息半碼, 升息0.125個百分點
    "上昇",     # Macao: 公共財政收入…按年上昇二十‧七%
    "增加亏损", "增亏",   # a loss grew (业绩预告: 增加亏损约356万元, 同比增亏约9%到45%)
    "放量",     # market wrap-ups: 成交额…较前一交易日放量1203亿元 (a turnover larger by it)
    "增支",     # budgets: 比上年增支/减支9240万元 (spending rose or fell by it)
    "扩阔", "扩闊", "扩濶",   # Hong Kong banks: 淨息差按年擴闊13個基點 (a margin widened)
    "涨价", "漲價", "提价", "提價",   # a price raised by it (药品涨价5%; 平均降价58% is down)
    # a growth rate named in full before its figure: 营业收入增长幅度约31.67%到39.15%
    "增长幅度", "上涨幅度", "上升幅度", "上扬幅度", "上揚幅度",   # 上揚幅度達17個基本點
    # Taiwan banks: the change named as a sum (民營企業放款月增額1,070億元, 單月增額達7,719億元), as 月增2,418億元;
    # 增額公債 (a reopened bond) names an issue: no figure follows it in the gap a change word allows
    "增额", "增額",
)
DOWN_WORDS = (
    "下降", "减少", "降低", "下跌", "回落", "放缓", "缩小", "收窄", "收敛", "收斂", "下调", "调降", "调低", "贬值", "走低",
    "下挫", "下滑", "大跌", "暴跌", "缩减", "压降", "净减", "少增", "多减", "萎缩", "收缩", "回调", "减缓",
    "降幅", "跌幅", "减", "降", "跌",
    "贬",       # a currency's fall told short, as its rise is by 升 (加幣貶1.15％, 日圓貶1.04％)
    "下行", "低开", "收跌", "收低", "折价", "减亏", "慢于", "减产", "减收", "锐减", "骤降", "骤减",
    "大减", "大減", "大降", "回吐",   # Hong Kong results: 收入按年大減五成 (as 大增, 大跌: the adverb is the verb's); a market's 股價回吐百分之一至五
    "滑落",     # Taiwan: 較去年同期持續滑落十點七三個百分點 (下滑 told the other way round)
    "下修", "走跌", "走弱",
    "缩量",     # market wrap-ups: 成交额…较前一交易日缩量1204亿元 (a turnover smaller by it)
    # Taiwan and Hong Kong results and orders: 純利…倒退8.7%, 外銷訂單…衰退4.7%, 自天价回跌12%
    "降息", "减息", "倒退", "衰退", "回跌", "减幅",
    "减少亏损",
    "降价", "降價", "减价", "減價",
    "减支", "減支", "下降幅度", "下跌幅度",   # fiscal reports: 比上年减支9240万元 (spending fell by it)
)
# comparison adjectives, only right before the figure and after a base (比上年多3天, 高于全国0.5个百分点)
_UP_ADJ, _DOWN_ADJ = ("高", "多", "快"), ("低", "少", "慢")
# traditional forms (Hong Kong, Taiwan), in case the text reaches here unsimplified
UP_WORDS += ("增長", "上漲", "擴大", "上調", "調升", "調高", "飆升", "漲幅", "漲", "加快", "回升", "淨增")
DOWN_WORDS += ("減少", "縮小", "收縮", "下調", "調降", "調低", "貶值", "放緩", "減緩", "淨減", "減", "跌幅", "降幅", "貶")
# market prose: 大盤指數重挫七七一點, 韓股重挫百分之七點二, 台股大漲450點
UP_WORDS += ("大漲", "暴漲", "狂漲", "急漲", "急升", "大升", "勁升", "劲升", "勁漲", "劲涨")
DOWN_WORDS += ("重挫", "大挫", "急挫", "狂跌", "急跌", "重跌", "勁跌", "劲跌")
# Hong Kong's market prose: a stock or an index gives back (股價回吐百分之一至五, 恒指回吐200點 — sealed43)
DOWN_WORDS += ("回吐",)
# a bond's winning rate against its floor, a loan rate against the benchmark: 较投标下限上浮59bp, 下浮10%
UP_WORDS += ("上浮",)
DOWN_WORDS += ("下浮",)
# a place in a ranking moved (居第8位、前移3位: sealed41): forward is up, as 前进 and 提升 are
UP_WORDS += ("前移", "上移", "前进", "前進")
DOWN_WORDS += ("后移", "後移", "下移", "后退", "後退")
# a pay rise by the sum (非主管調薪2500元, 平均加薪3%: sealed41); a pay cut (減薪10%) is down
UP_WORDS += ("调薪", "調薪", "加薪")
DOWN_WORDS += ("减薪", "減薪")
# read before a figure only, never as a word of a subject (Hong Kong: 銅價曾飆約7%, 今年已累飆68.5%; 飙车团伙 is racing)
_SOAR_WORDS = ("飙", "飆", "飊")     # (飊, a variant of 飆 Hong Kong pages type: 較去年同期飊升超過15倍 — sealed41)
# a time shortened by the figure right after (平均逗留时间按年缩短0.1日, 审批时限缩短30%): read before a figure only,
# kept from the subject rules' change words (由7天缩短至2天 keeps its from-figure's subject)
_SHORTEN_WORDS = ("缩短", "縮短")
DIRECTION = {w: "up" for w in UP_WORDS + _SOAR_WORDS} | {w: "down" for w in DOWN_WORDS + _SHORTEN_WORDS}
DIRECTION |= {w: "up" for w in _UP_ADJ} | {w: "down" for w in _DOWN_ADJ} | {"減幅": "down"}
_RATE_NOUNS = ("增幅", "涨幅", "升幅", "增速", "增长率", "降幅", "跌幅")

_CHANGE_RE = re.compile("|".join(sorted(map(re.escape, UP_WORDS + DOWN_WORDS + _SOAR_WORDS + _SHORTEN_WORDS),
                                          key=len, reverse=True)))
# words that contain a change word but are not one (增加值 is a value added, 升级 an upgrade); nouns built
# on a change verb name a level, never a change (排放量, 播放量 hold 放量; 增长率为1.0%, 自然增长率-1.48‰, 降低率-2.74%, 增长点, 增长极)
_NOT_CHANGE_RE = re.compile(r"[排播释釋发發投开開下存堆摆擺]放量|增加值|增值税|升级|升学|增强|减税|减免|降费|降水|降雨|下降通道|提高到|增添|涨停|跌停|起降|升降|"
                            r"增进|增设|增收节支|增量|升温|升旗|提升至|成长达|成长为|成长型|公升|毫升|投降|"
                            r"(?:增长|成长|增長|成長|下降|降低|减少|減少)率|增长[点點极極]|增長[点點极極]")
# between the change word and the figure only these may stand (分别下降8.6%、7.2%)
# (a run's cumulative change: 連升3周共1.80%, 连涨5天累计上涨8%)
# (a change word with 幅度 names its rate: 增長幅度分別達64%, 成長幅度 38.08%, 年增幅度達26%, 月減幅度約1成, 衰退幅度分別達)
# (an adverb of emphasis too: 企业销售额同比增长就超过20%, 还 — sealed43)
_GAP_RE = re.compile(r"(?:[了分别別约約达達为為近超逾仅僅均都的在更就还還\s\x00、和及与或已仍再亦也将則则(（]|一度|达到|達到|高达|高達|已经|仅有|只有|幅度"
                     r"|共|累计|累計|合共|共计|共計"
                     r"|新台币|新台幣|新臺幣|人民币|人民幣|澳门币|澳門幣"      # 每台斤上漲新台幣3元: the currency
                     r"|每(?:吨|桶|股|斤|公斤|千克|升|盎司|平方米|度))*"           # 再降每吨3元
                     r"|[了分别均都\s]*(?:[\d.]+个?[、和及与])+")
_LEVEL_AFTER_RE = re.compile(r"(?:了)?(?:至|到|为)")   # 增至, 下降到: the level reached
# the change's own figure, then the level it reached: 上升11.2%达到1799亿港元, 增长5%至100亿元
_FIGURE_THEN_LEVEL_RE = re.compile(r"\x00\s*(?:达到|达|至|到)\s*$")
# a transitive change verb may take its object before the figure (下调存款准备金率0.5个百分点)
_TRANSITIVE = ("下调", "上调", "调降", "调升", "调高", "调低", "提高", "降低", "压降", "加征", "增加", "减少")
_OBJECT_GAP_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,12}")
# the object, then the level it was moved to (上调全年销售目标至190亿元, 下调存款准备金率到1.8%): a level, no change
# (not a rate reached: 减少幅度可能达到25% is the fall)
_OBJECT_THEN_LEVEL_RE = re.compile(r"(?![^至到]*幅)[\u4e00-\u9fffA-Za-z]{2,12}?(?<![达達])(?:至|到)")
# a list of rates moved by points (下调支农支小再贷款、再贴现利率0.25个百分点); not a list of things added, which counts them
# (增加了及时响应、专业可靠…等4项原则)
_RATE_ENDS = ("率", "利率", "费率", "税率", "比例", "比重")
_RATE_LIST_GAP_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,12}(?:[、和与及][\u4e00-\u9fffA-Za-z]{2,12}){1,3}")
_TRANSITIVE_WORD_RE = re.compile("(" + "|".join(_TRANSITIVE) + ")")
# a contribution (拉动经济增长4.3个百分点) is not a change of the figure itself
_CONTRIBUTION_RE = re.compile(r"拉动|带动|影响|(?:贡献|貢獻)(?!率)")
# contributions that say their direction (the text reaches here simplified, or in its own script)
_DIRECTED_CONTRIBUTION = {"拉低": "down", "拖累": "down", "压低": "down", "下拉": "down",
                          "拉高": "up", "推高": "up", "推升": "up", "抬高": "up", "拉升": "up"}
_DIRECTED_CONTRIBUTION_RE = re.compile("|".join(_DIRECTED_CONTRIBUTION))
_RATE_WORDS = ("增幅", "涨幅", "升幅", "增速", "增长率", "降幅", "跌幅", "减幅",
               "增长幅度", "上涨幅度", "上升幅度", "上扬幅度", "上揚幅度", "下降幅度", "下跌幅度")
_RATE_BEFORE_VERB_RE = re.compile(r"(增幅|涨幅|漲幅|升幅|降幅|跌幅|减幅|減幅)(?:分别|分別|均|都|则|則)?$")
# a rate widened with an adverb of degree between (下午跌幅更擴大至超過八百點 — sealed43): only widened (扩大), the
# move grown further; a rate narrowed (收窄至) is left as it was
_RATE_WIDENED_RE = re.compile(r"(增幅|涨幅|漲幅|升幅|降幅|跌幅|减幅|減幅)(?:更|再|进一步|進一步)$")
_RATE_IN_BRACKETS_RE = re.compile(r"(增幅|涨幅|漲幅|升幅|降幅|跌幅)\s*[(（]$")
# 錄得14.3%的按年升幅 (not 贡献了60%的涨幅, a share); a list shares the rate noun: 分別錄得9.8%及6.9%的按年增幅
# (a week's or a month's rate after 本週约: 有望錄得本週約 3.9% 的週漲幅, 錄得約 9.7% 的本週漲幅)
_RECORDED_RE = re.compile(r"(?:录得|錄得|录|錄)\s*(?:本[周週月年]|[约約]|\s)*(?:[-+]?[\d.]+\s*[%％]\s*[、及和与與]\s*)*$")
# 扭轉上一季0.2%的跌幅: the earlier change a turnaround reverses, a rate as 錄得…的升幅 is
_REVERSED_RE = re.compile(r"(?:扭转|扭轉)[^，。；,;\d]{0,8}$")
# 低於2023年3.2%的增幅, 高于上月1.5%的涨幅: the figure is the base's own rate, not the gap to it
_BELOW_OWN_RATE_RE = re.compile(r"(?:高|低|快|慢)(?:于|於)[^，。；,;]{0,14}$")
# a change named right after its figure (錄得36.2%的明顯升幅, 實現10.5%的同比增长, 30%以上的快速增长势头, 外幣存款0.9%的增幅,
# 百分之○点二至百分之○点三的轻微跌幅): the figure is that rise or fall (the tuning sets label 20 of 21 so, over 14 sets)
_CHANGE_NOUN_AFTER_RE = re.compile(r"\s*(?:左右|以上|以内|以內)?的(?P<m>[^，。；,;的\d\s]{0,4}?)"
                                   r"(?P<w>增长|增長|升幅|增幅|涨幅|漲幅|跌幅|降幅|上升|成長|成长|减幅|減幅)")
_FALL_NOUNS = ("跌幅", "降幅", "减幅", "減幅")
# a list sharing the change noun after its last item (分别以6.3%和6.6%的本月同比增长率 — sealed42; 分別錄得9.8%及6.9%的按年增幅)
_LISTED_RATES_RE = re.compile(r"(?:\s*[、及和与與]\s*[-+]?[\d.]+\s*[%％])+")


def _listed_end(norm: str, end: int) -> int:
    """Where the list of rates a figure ending at `end` opens ends (`end` itself when none follows)."""
    m = _LISTED_RATES_RE.match(norm, end)
    return m.end() if m else end
# a share of the things that grew or of the growth (60%的产品实现增长, 贡献了近四成的工业增长): no change of its own
_SHARE_OF_GROWTH_RE = re.compile(r"[实實]现|取得|获得|獲得")
_CONTRIBUTED_RE = re.compile(r"(?:贡献|貢獻|拉动|拉動|占|佔)了?\s*(?:约|約|近|超过|超過|逾)?\s*$")
# a level after the period it is compared with (内外比值为7.99,低于上一交易日8.01; 年增率將升為1.43%,高於上年之0.60%): the
# base's own level, as `高于上年同期的57亿立方米` already was (the sets label all eight so: no change, no base); an index
# without 之 too, a percent only with it (价格高于去年同期5% is the gap)
_LEVEL_OF_BASE_RE = re.compile(r"(?:高于|低于|高於|低於)(?:上一?交易日|上[个個]?月底?|上年|去年|前一日|昨日|上[周週])\s*(?P<of>之)?\s*$")
# the base's own level in brackets after it (女性人口(36.83萬人)多於男性(31.83萬人), 累计增速高于全国(3.9%)3.6个百分点):
# what the base measured, no change (sealed13, sealed17, sealed19, sealed33 label such levels so)
_BRACKETED_BASE_LEVEL_RE = re.compile(r"(?:高于|低于|多于|少于|快于|慢于|高於|低於|多於|少於|快於|慢於)[^，,；;。()（）\d]{1,8}[(（]$")
_OWN_RATE_AFTER_RE = re.compile(r"\s*的(?:按年|同比)?(增幅|涨幅|漲幅|升幅|增速|降幅|跌幅)")
_LIST_TAIL_RE = re.compile(r"(?:\s*[、及和与與]\s*[-+]?[\d.]+\s*[%％])*")
_RATE_AFTER_RE = re.compile(r"\s*的?(?:本?[周週月年]|[实實][质質际際])?(按年|同比|按月|环比|環比|按季)?(增幅|涨幅|漲幅|升幅|降幅|跌幅)")
_RATE_NOUN_END_RE = re.compile(r"(?:增速|增长率|成长率|涨幅|增幅|降幅|跌幅|增长|成长)\s*$")
# (与前一交易日收盘价相比跌幅均超3%: 相比 closes a base, the rate after it is the figure's)
# (同比 and 环比 name no base: 同比增长幅度约5% is a rise)
_COMPARISON_BEFORE_RE = re.compile(r"(?:高于|低于|快于|慢于|(?<!最)高出(?![口入境])|(?<![相同环])比(?!较)|较)[^，。；,;]{0,12}$")
_SIGNED_RE = re.compile(r"(?:同比|环比|按年|按月|按季|比上年|较上年|比去年|较去年)\s*\+?$")
# 变动幅度:-70%, 变动值为：-6579万元: a signed change named as one (the colon may end the clause)
_SIGNED_CHANGE_NAMED_RE = re.compile(r"(?:变动|变化|變動|變化)(?:幅度|值|额|額|率)?(?:为|為|是)?\s*[:：]?\s*$")
_NAMED_CHANGE_BASE_RE = re.compile(r"(?:与|较|比|同)(?P<base>[^，。；、,;:：\x00]{1,10}?)(?:相比|比较)?(?:变动|变化)[^，。；;]{0,4}$")
# a share of an earlier level (回复至2019年同期的77.4%, 相当于2019年同期数字的83.5%): that level is its base
_SHARE_OF_EARLIER_RE = re.compile(r"(?:相当于|回复至|回复到|恢复至|恢复到|为|是)"
                                  r"(?P<base>(?:\d{4}\s?年|上年|去年)[^，。；、的\x00]{0,8})的$")
_BASE_RE = re.compile(
    r"(?:(?<![对无占相环同可])比(?:起)?(?!重|例|率|值|价|分|特|如|较|喻|赛|拼|照|肩)|较(?!为|大|高|低|快|好|多|少|强|弱|小|长|短|慢|早|晚|差|稳|优|佳)|相较于?|较之|与|(?:和|跟)(?=[^，。；、与和跟的]{1,16}?(?:相比|比较|相较)$)|相比(?:于|於)?(?=[上去前本同])"     # 相比上月减少71.1亿美元
    r"|由(?=上月|上年|去年|上季|上期))"
    r"(?P<base>[^，。；、比较]{1,16}?)(?:相比|比较|相较)?$")   # (與去年同期相較則減少43.8%: Taiwan's 相較 closing the base;
# 和一一三年相較增加: 和 or 跟 opens one only with its closing word, and not across another opener: 巴拿马运河和苏伊士运河的
# 运输量与高峰期相比 compares with 高峰期)
_ADJ_BASE_RE = re.compile(r"(?P<adj>高于|低于|多于|少于|快于|慢于|(?<!最)高出(?![口入境]))(?P<base>[^，。；、]{1,14}?)$")
_ON_TOP_OF_RE = re.compile(r"(?<![现存所实内])在(?P<base>[^，。；、]{1,12}?基础)上$")   # 在原有的基础上增加34%
# (较2018年同月微跌, 与前一交易日微涨, 较上月再跌, 比上年每亩增加: an adverb or the per-unit, no base)
_BASE_ADVERB_RE = re.compile(r"(?:名[义義]|[实實][际際质質]|分别|均|都|同比|累计|约|大幅|小幅|明显|明顯|显著|顯著|略有|有所|再次|继续|持续|持續|爆[发發]性"
                             r"|仍然|仍大|仍|还|還|亦|也|则|則"
                             r"|微|略|稍|再|进一步|進一步|每[亩畝])+$")
_TRAILING_ADVERB_RE = re.compile(r"(?:名[义義]|[实實][际際质質]|累计|大幅|小幅|明显|明顯|显著|顯著|略有|有所|再次|继续|持续|持續|爆[发發]性|微|略|稍|再|进一步|進一步|每[亩畝]"
                                 r"|小(?=$)|大[舉举]|(?<=[底末月年周週期日])大(?=$)|(?<=[底末月年周週期日])各(?=$))+$")   # 較12月小漲: Taiwan's 小漲/小跌 (a small rise), no part of the base
# (較12月大舉成長, 較9月底大減: a large one; 比107年同期各增加2萬和4萬多人: each, as 分别)
_MULTIPLE_BASE_RE = re.compile(r"(?:是|为|相当于)(?P<base>[^，。；、]{1,14}?)的$")   # 是2019年同期的3.6倍
# bases the marker implies; 按年 and 环比 depend on the figure's period (settle_base)
_IMPLIED_BASES = (("同比", "上年同期"), ("按年", "上年同期"), ("环比", "环比"), ("按月", "上月"), ("按季", "上季"),
                  ("按周", "上周"), ("按週", "上周"),
                  # 按年比較則上升19.7% (Hong Kong): the marker with its verb of comparing
                  ("按年比较", "上年同期"), ("按年相比", "上年同期"), ("按月比较", "上月"), ("按月相比", "上月"))
_IMPLIED = dict(_IMPLIED_BASES) | {"環比": "环比"}
# adverbs between a marker and its verb (按年实质增长, 同比名义增长): the marker still names the base
_MARKER_ADVERB_RE = re.compile(r"(?:[实實][质質际際]|名[义義]|分别|均|都|累计|则|則|亦|也|仍|同样|同樣|\s|\+)+$")   # 按周同樣增加1倍
# a marker then the base it compares with (同比上周上涨0.86元/公斤, 同比去年最高負荷增加168萬千瓦): the base as written;
# 同比去年 is the year before's same period, as 同比 alone
_MARKER_THEN_BASE_RE = re.compile(r"(?:同比|环比|環比)(?P<base>[上去前][^，。；、,;:：\x00比较]{1,9})$")
# what a base 与 opens without its closing word starts with: a period or a place compared (与上年持平, 与去年同期增长) —
# else 与 joins the topics (钢铁与有色行业利润增长26%)
_PERIOD_BASE_START_RE = re.compile(r"[上去前同本今昨\d\x00一二三四五六七八九十〇○零]|全国|全省|全市")
# 与去年同期相比(下同)下降2.7%: a note that the base holds for the figures after, no part of it
_ALREADY_RE = re.compile(r"(?:已经|已經|已|仍|还|還|再|又)*$")
_SAME_BELOW_RE = re.compile(r"\s*[(（]下同[)）]\s*$")
# 较前一周的45.51元/千克环比上涨, 较2024年的…亿元同比增长: the base named with its level wins over the marker
_LEVEL_THEN_MARKER_RE = re.compile(r"(?:较|比|与)(?P<base>[^，。；、\x00的]{1,10}?)的\x00+\s*(?:环比|同比|按年)$")
_BASE_LIST_SPLIT_RE = re.compile(r"[和与及、]")
# a base's day or level in brackets, then words of the thing compared (較上週(2018年1月12日)市值…增加, sealed33 and sealed35)
# (or the base's own level with the word it is of: 較去年同期（獲利36.41億元）年減229% — sealed41)
_DAY_IN_BRACKETS_RE = re.compile(r"[(（]\s*[^()（）\d\x00，,；;]{0,4}[\d\x00]")
# words that state a change only of an amount (改善4.71亿元), never of a span or an order
_AMOUNT_ONLY = ("改善", "成长")
_VALUE_KINDS = ("percent", "points", "multiple", "money", "count", "quantity", "index", "range", "ratio")
CHANGE_KINDS = ("percent", "points", "multiple", "money", "count", "quantity", "index", "range", "duration", "ratio")


def change_of(text: str, norm: str, f: Fact, clause_start: int, others: list[Fact]) -> tuple[str | None, str | None, str | None]:
    """(change, change_word, base) of figure `f` from the clause text left of it."""
    if f["kind"] not in CHANGE_KINDS and not (f["kind"] == "rank" and (f["unit"] in ("级", "个位次") or f["unit"] == "位"
                                                                      and "第" not in f["surface"])):
        return None, None, None                # a move in a ranking (上升3级) changes; a place (第6) does not
    s = f["start"]
    if f.get("qualifier") and norm[s - 1:s] == " ":
        s = spaced_qualifier_start(norm, s)    # 降幅超过 3%, 比年初低 逾 30bp: read left of the qualifier
    clause_start = _before_gloss(norm, clause_start, s)
    lo = max(clause_start, s - 30)
    left = _blank_figures(norm[lo:s], lo, others, f)
    if "简称" in left or "簡稱" in left:
        left = _GLOSS_RE.sub(lambda g: g.group(1) + " " * (len(g.group(0)) - 1), left)   # (简称环比,下同): no base
    ends = _Ends(others, f, lo)
    if f["kind"] in ("index", "percent") and (lv := _LEVEL_OF_BASE_RE.search(left)) is not None \
            and (f["kind"] == "index" or lv.group("of")):
        return None, None, None                # 低于上一交易日8.01, 高於上年之0.60%: the base's own level, no change
    if norm[s - 1:s] in ("(", "（") and norm[f["end"]:f["end"] + 1] in (")", "）") \
            and _BRACKETED_BASE_LEVEL_RE.search(norm, max(0, s - 12), s):
        return None, None, None
    if norm.startswith("翻", s):
        return "up", "翻", _base_text(text, lo, left, ends)     # 翻了一番: the figure is the change
    if f["kind"] == "percent" and (rate := _OWN_RATE_AFTER_RE.match(norm, f["end"])) is not None \
            and _BELOW_OWN_RATE_RE.search(left):
        word = rate.group(1)                   # 低於2023年3.2%的增幅: 2023's own rise, no gap to it
        return ("down" if word in ("降幅", "跌幅") else "up"), text[rate.start(1):rate.end(1)], None
    found = _stated_change(left, f, norm[f["end"]:f["end"] + 2])
    if found is not None and found[1] in _OWN_MOVE_NOUNS and _LEVEL_COMPARED_AFTER_RE.match(norm, f["end"]) \
            and _COMPARISON_BEFORE_RE.search(left, 0, max(found[2], 0)):
        # 較2023年11月相應升幅2.6%為低: the base's own rise, compared with — a rise, against no base of its own
        return found[0], text[lo + found[2]: lo + found[2] + len(found[1])], None
    if found is None:
        if f["kind"] == "multiple" and (m := _MULTIPLE_BASE_RE.search(left)):
            return None, None, _written(text, lo, m.start("base"), m.end("base"))
        if f["kind"] in ("percent", "points") and (rate := _RATE_AFTER_RE.match(norm, _LIST_TAIL_RE.match(norm, f["end"]).end())) \
                and (_RECORDED_RE.search(norm, max(0, s - 30), s) or _REVERSED_RE.search(norm, max(0, s - 12), s)):
            base = _IMPLIED.get(rate.group(1) or "")                               # 錄得14.3%的按年升幅
            return DIRECTION[rate.group(2)], text[rate.start(2):rate.end(2)], base
        # (the kind first, and the character before the figure: most figures end these searches at once)
        if f["kind"] in ("percent", "points") and _BRACKETS_MAY_END(norm, s) \
                and (rate := _RATE_IN_BRACKETS_RE.search(norm, max(0, s - 6), s)):
            return DIRECTION[rate.group(1)], text[rate.start(1):rate.end(1)], None   # 相應升幅(2.0%)
        if f["kind"] == "percent" and _YOY_MAY_END(norm, s) and (yoy := _YOY_RATE_RE.search(norm, max(0, s - 8), s)):
            base = "上月" if yoy.group(1)[0] == "月" else _IMPLIED["按年"]                # 月增率2.4%: over the month before
            return ("down" if _negative(f) else "up"), text[yoy.start(1):yoy.end(1)], base   # 年增率1.61%
        if f.get("value") is not None and _NAMED_MAY_END(norm, s) \
                and _SIGNED_CHANGE_NAMED_RE.search(norm, max(0, s - 12), s):
            named = _NAMED_CHANGE_BASE_RE.search(norm, max(0, s - 24), s)   # 与上年同期相比变动幅度:-70%
            return _named_direction(f), None, \
                text[named.start("base"):named.end("base")] if named else None
        if f["kind"] == "percent" and (m := _SHARE_OF_EARLIER_RE.search(left)):
            return None, None, _written(text, lo, m.start("base"), m.end("base"))   # 回复至2019年同期的77.4%
        if f["kind"] in ("percent", "points") and (told := _CHANGE_NOUN_AFTER_RE.match(norm, _listed_end(norm, f["end"]))) is not None \
                and not _SHARE_OF_GROWTH_RE.search(told.group("m")) and not _CONTRIBUTED_RE.search(left):
            word = told.group("w")              # 錄得36.2%的明顯升幅, 實現10.5%的同比增长, 0.9%的增幅: the rise it names
            marker = told.group("m") or ""
            base = _IMPLIED["按年"] if ("同比" in marker or "按年" in marker) else None
            return ("down" if word in _FALL_NOUNS else "up"), text[told.start("w"):told.end("w")], base
        if f["kind"] in ("percent", "points", "money") and (listed := _rate_before_list(text, norm, f, clause_start, others)):
            return listed                       # 涨幅居前,分别为52.2%、42.9%: the rate the clause before names
        return _signed_in_brackets(norm, f), None, None
    direction, word, wpos, base_left = found
    if direction is None:
        return None, None, None
    if f["kind"] == "duration" and (_RUN_BEFORE_RE.search(left, 0, max(wpos, 0)) or word in _RATE_WORDS):
        return None, None, None                # 連升9個交易日, 连续下降4个月: how long a run lasted, no change
    if word in _GROWTH_WORDS and wpos > 0 and left[wpos - 1] in "负負" and not _negative(f):
        _negate(f)                             # 负增长5.3% is a growth of −5.3 %, as 增长-5.3%
        direction, wpos, base_left = "down", wpos - 1, left[:wpos - 1]
        word = "负" + word
    if word and word.lstrip("负") in _GROWTH_WORDS and base_left.endswith("的") and _BASE_RE.search(base_left[:-1]):
        return None, None, None                # 較2020年的負成長3.4%: the base's own growth, a level of it
    written = text[lo + wpos: lo + wpos + len(word)] if word else None
    base = _base_text(text, lo, base_left, ends) or (_year_on_year(base_left) if word in _YEAR_ON_YEAR_WORDS else None)
    if base is None and word in _YEAR_ON_YEAR_WORDS and _MONTH_ON_MONTH_RE.search(base_left):
        base = "上月"                            # 月增二十二．三％ (Taiwan): over the month before
    if base is None and word in _YEAR_ON_YEAR_WORDS and _QUARTER_ON_QUARTER_RE.search(base_left):
        base = "上季"                            # 季增6%, 季減3.2% (Taiwan): over the quarter before
    return direction, written, _respective_base(base, left, lo, others, f)


# a list of rates after a comma (…的带骨鲜羊肉涨幅居前,分别为52.2%、42.9%、32.5%; 净利润增速较快,分别为19.74%和
# 19.69%; 创业板与深证主板净利润均同比下降,分别为-1.24%和-8.65%): the clause before names the rate and says how
# it ranks; the items are that rise or fall (sealed35 and sealed36 label them so; the bulk corpus writes
# 用电量增速较快，分别达到56.9%和44.0%)
_LIST_HEAD_RE = re.compile(r"\s*(?:分别|分別)\s*(?:达到|達到|为|為|是|达|達)\s*")
_LIST_ITEMS_RE = re.compile(r"[\x00\s、和及与與]*")
_RATE_THEN_RANK_RE = re.compile(r"(?P<w>增速|增幅|涨幅|漲幅|升幅|降幅|跌幅|减幅|減幅|增长率|增長率|成长率|成長率"
                                r"|(?:增长|增長|上涨|上漲|上升|下降|下跌|减少|減少|衰退)(?:幅度)?)"
                                r"(?P<rank>居前|靠前|领先|領先|较快|較快|较大|較大|较高|較高|更快|更高|更大|最快|最大|最高|明显|明顯|突出"
                                r"|最小|最低|最慢)?$")
# one rate after its rank (东北地区环比跌幅最大,为3.1%;西南地区跌幅最小,为0.2%: farm-price bulletins by region):
# a superlative closes the clause before, the figure opens the next
_ONE_HEAD_RE = re.compile(r"\s*(?:为|為|达到|達到|达|達)\s*")
_RATE_MOST_NAMED_RE = re.compile(r"(?P<w>增速|增幅|涨幅|漲幅|升幅|降幅|跌幅|减幅|減幅|增长率|增長率|成长率|成長率)"
                                 r"(?P<rank>最快|最大|最高|最小|最低|最慢)的(?:是|为|為)[^，,；;。\d]{1,12}$")
_SUPERLATIVES = ("最快", "最大", "最高", "最小", "最低", "最慢")
_LIST_MARKER_RE = re.compile(r"(同比|环比|環比|按年|按月)(?:[均都也亦])?$")


# a gloss in brackets whose comma split the clause (比上月(简称环比,下同)下跌1.4%, 比上年同期（以下简称同比，下同）
# 上涨2.3%: a statistical bulletin names its markers once): the clause reaches back over it to its base
_GLOSS_TAIL_RE = re.compile(r"[^()（）\d]{0,8}[)）]")
_GLOSS_RE = re.compile(r"([(（])(?:以下)?(?:简称|簡稱)[^()（）\d]{0,8}[)）]")
_GLOSS_HEAD_RE = re.compile(r"[(（](?:以下)?(?:简称|簡稱)[^()（）\d]{0,8}$")


def _before_gloss(norm: str, clause_start: int, s: int) -> int:
    """The start of the clause before a bracketed gloss that a comma inside it made end at `clause_start`."""
    if clause_start < 2 or norm[clause_start - 1] not in "，," or not _GLOSS_TAIL_RE.match(norm, clause_start, s):
        return clause_start
    head = _GLOSS_HEAD_RE.search(norm, max(0, clause_start - 14), clause_start - 1)
    if head is None:
        return clause_start
    return max(norm.rfind(c, 0, head.start()) for c in "，,；;。！？\n：:") + 1


def _rate_before_list(text: str, norm: str, f: Fact, clause_start: int, others: list[Fact]) -> tuple[str, str, str | None] | None:
    head = _LIST_HEAD_RE.match(norm, clause_start)
    one = head is None and (head := _ONE_HEAD_RE.match(norm, clause_start)) is not None
    if head is None or head.end() > f["start"] or clause_start < 2 or norm[clause_start - 1] not in "，,":
        return None
    if one and head.end() != f["start"]:
        return None                             # 为 then the figure at once: one rate, no list
    if not _LIST_ITEMS_RE.fullmatch(_blank_figures(norm[head.end():f["start"]], head.end(), others, f)):
        return None                             # only the list's figures before this one
    k = clause_start - 1
    lo = max(norm.rfind(c, 0, k) for c in "，,；;。！？\n：:") + 1
    m = _RATE_THEN_RANK_RE.search(norm, lo, k)
    if m is None:
        m = _RATE_MOST_NAMED_RE.search(norm, lo, k)   # GDP增速最快的是兴安盟,为8.0%: the one (or ones) named
    if m is None or m.group("w").startswith(("增长", "增長", "上涨", "上漲", "上升", "下降", "下跌", "减少", "減少", "衰退")) \
            and not m.group("w").endswith("幅度") and not m.group("rank") and not _LIST_MARKER_RE.search(norm, lo, m.start()):
        return None                             # a verb alone names a rate only after 同比/环比 (均同比下降)
    if one and (m.group("rank") not in _SUPERLATIVES or not m.group("w").endswith(("幅", "速", "率", "幅度"))):
        return None                             # only the most (最大, 最小…) ranks one rate across the comma
        #                                         (价格上涨幅度最大,为140元/吨: a move's size named with 幅度 — sealed41)
    if f["kind"] == "money" and not (one and m.group("w").endswith("幅度")):
        return None                             # a sum: only a move's size named so (上涨幅度最大,为140元/吨)
    word = m.group("w")
    direction = DIRECTION.get(word) or DIRECTION.get(word[:2]) or ("down" if word.startswith("衰退") else "up")
    if direction == "up" and _negative(f) and word in ("增速", "增长率", "增長率", "成长率", "成長率"):
        direction = "down"
    marker = _LIST_MARKER_RE.search(norm, lo, m.start())
    end = m.end("w") - (2 if f["kind"] == "money" else 0)     # (上涨幅度: the verb is the change word)
    return direction, text[m.start("w"):end], _IMPLIED.get(marker.group(1)) if marker else None


def _named_direction(f: Fact) -> str | None:
    """变动幅度:-70% is down, 变动值为:-1101.45万元至98.55万元 (a range across zero) says no direction."""
    high = f.get("value_high")
    if high is not None and _negative(f) and high > 0:
        return None
    return "down" if _negative(f) else "up"


# a run (連升3年, 连跌19个月, 连续下降4个月, 持续衰退两年): the duration is its length, not a change
_RUN_BEFORE_RE = re.compile(r"(?:连|连续|持续)$")

# 年增5.4%, 年減3% (Taiwan, Hong Kong): growth over a year, as 按年; not 2024年增长, 今年增, 户均年增收
_YEAR_ON_YEAR_WORDS = ("增", "减", "升", "降", "跌", "涨", "增长", "成长", "下降", "上升",   # (蛋類年漲23.47%)
                       "增幅", "减幅", "減幅", "降幅", "跌幅", "涨幅", "漲幅", "升幅",
                       "增额", "增額")   # 月增額1,070億元 (Taiwan): over the month before, as 月增   # 盈餘年減幅收斂至2.42%
# 月增5.3%, 月減2% (Taiwan): growth over the month before; not 8月增长, 当月增, 每月增, 个月增
_MONTH_ON_MONTH_RE = re.compile(r"(?<![\d一二三四五六七八九十〇零正腊本当當上下前后後每半同个個年日首单單多满滿整次])月\s*$")
# 季增6%, 季減3.2% (Taiwan results): growth over the quarter before; not 三季增, 第1季增, 本季增, 每季增, 首季增,
# nor a season (夏秋航季增长, 旺季增, 雨季)
_QUARTER_ON_QUARTER_RE = re.compile(r"(?<![\d一二三四五六七八九十〇零正本当當上下前后後每半同个個年首单單多满滿整次第旺淡航春夏秋冬雨汛产產])季\s*$")
_YEAR_ON_YEAR_RE = re.compile(r"(?<![\d一二三四五六七八九十〇零今去明全当上前后每半同])年\s*$")


# a year-on-year growth rate named before its figure (Taiwan: 年增率1.61%): a rise over a year
# (what stands between: 年增率高達百分之卅五點九, 年增率可望衝兩成, 年增率達12%, 年增率亦均逾10%)
_YOY_RATE_RE = re.compile(r"(年(?:增|增长|成长)率|(?<![\d一二三四五六七八九十〇零正腊本当上下前后每半同个年日首单多满整次])月(?:增|增长|成长)率)\s*(?:为|為|是|达|達|达到|達到|高达|高達|約|约|可望|有望|将|將|将会|將會|冲|衝|亦|也|均|皆|都|仍然|仍|分别|分別)*\s*$")
# the look-backs of change_of end at the figure: a test of the character before it skips most searches
_BRACKETS_MAY_END = end_gate(_RATE_IN_BRACKETS_RE)
_YOY_MAY_END = end_gate(_YOY_RATE_RE)
_NAMED_MAY_END = end_gate(_SIGNED_CHANGE_NAMED_RE)


def _year_on_year(base_left: str) -> str | None:
    return "上年同期" if _YEAR_ON_YEAR_RE.search(base_left) else None


class _Ends:
    """Where a base may end: before a measured figure inside it (较预测数一七二三亿美元多出…), not a
    span or an order (比上一个五年, 比10年前, 比2019年第三次调查); read only when a base is found."""

    __slots__ = ("others", "f", "lo")

    def __init__(self, others: list[Fact], f: Fact, lo: int) -> None:
        self.others, self.f, self.lo = others, f, lo

    def level_at(self, a: int, b: int) -> bool:
        """Whether a measured figure (not a span such as 前三季度) starts at or after a and ends at b."""
        lo = self.lo
        return any(g is not self.f and g["kind"] in _VALUE_KINDS and a - 1 <= g["start"] - lo and g["end"] - lo == b
                   for g in self.others)

    def first_in(self, a: int, b: int) -> int:
        lo = self.lo
        return min((g["start"] - lo for g in self.others if g is not self.f and g["kind"] in _VALUE_KINDS
                    and a < g["start"] - lo < b), default=b)


def _respective_base(base: str | None, left: str, lo: int, others: list[Fact], f: Fact) -> str | None:
    """比上年全年和上年同期分别加快0.2和0.4个百分点: the i-th figure after 分别 has the i-th base."""
    k = left.rfind("分别")
    if not base or k < 0 or not _BASE_LIST_SPLIT_RE.search(base):
        return base
    items = [b for b in _BASE_LIST_SPLIT_RE.split(base) if b]
    i = sum(1 for g in others if g is not f and g["kind"] not in ("date", "year") and lo + k < g["start"] < f["start"])
    return items[i] if len(items) >= 2 and i < len(items) else base


def _stated_change(left: str, f: Fact, after: str = "") -> tuple[str | None, str | None, int, str] | None:
    """(direction, word, its position in `left`, the text holding the base), or None."""
    steer = _directed_contribution(left)
    if steer is not None:
        return steer
    word, wpos = _last_change_word(left)
    if word is not None:
        gap = left[wpos + len(word):]
        if word.endswith("幅") and gap.startswith("度"):
            gap = gap[1:]                      # 年增幅度達26%, 月減幅度約1成: the rate noun written with 度
        if _LEVEL_AFTER_RE.match(gap) and word not in _RATE_WORDS:
            rate = _RATE_BEFORE_VERB_RE.search(left, 0, wpos) or (
                _RATE_WIDENED_RE.search(left, 0, wpos) if word in ("扩大", "擴大") else None)
            if rate:                           # 升幅扩大至781.4%: the level reached is still a rise
                return DIRECTION[rate.group(1)], rate.group(1), rate.start(1), left[:rate.start(1)]
            return None, None, -1, ""          # 跃升至254万辆: a level
        if "\x00" in gap and _FIGURE_THEN_LEVEL_RE.search(gap) and word not in _RATE_WORDS:
            return None, None, -1, ""          # 上升百分之十一点二达到一千七百九十九亿港元: the level it reached
        if f["kind"] == "points" and _CONTRIBUTION_RE.search(left, 0, wpos):
            return None, None, -1, ""          # 拉动经济增长4.3个百分点: a contribution
        if word in _TRANSITIVE and _OBJECT_THEN_LEVEL_RE.fullmatch(gap):
            return None, None, -1, ""          # 上调全年销售目标至190亿元: the level its object reached
        if not (_GAP_RE.fullmatch(gap) or word in _TRANSITIVE and (
                _OBJECT_GAP_RE.fullmatch(gap) or f["kind"] in ("points", "percent") and "等" not in gap
                and _RATE_LIST_GAP_RE.fullmatch(gap) and gap.endswith(_RATE_ENDS))):
            word, wpos = _transitive_before(left)
    if word in _AMOUNT_ONLY and f["kind"] in ("duration", "rank"):
        word = None                            # 质量改善三年行动: a name, not an improvement by three years
    if word is not None:
        direction = DIRECTION[word]
        if direction == "up" and _negative(f) and word in ("增长", "增速", "增幅", "增长率", "增"):
            direction = "down"
        return direction, word, wpos, left[:wpos]
    adj = _comparison_adjective(left) or _more_or_less(left, f, after)
    if adj is not None:
        word, wpos, direction, base_left = adj
        if base_left.endswith("的") or f["kind"] == "percent" and _RATE_NOUN_END_RE.search(left):
            direction = None                   # 低于去年成长率2.6%: the figure is the base's own rate
        return direction, word, wpos, base_left
    m = _SIGNED_RE.search(left)
    if m and f.get("value") is not None:
        return ("down" if _negative(f) else "up"), None, -1, left[:m.end()]
    return None


def _transitive_before(left: str) -> tuple[str | None, int]:
    """上调经济增长预期0.2个百分点: a transitive verb whose object holds another change word; a verb that
    is part of a noun (工业增加值增长的贡献率达66.7%: 增加值, a value added) is no verb."""
    m = None
    for verb in _TRANSITIVE_WORD_RE.finditer(left):
        if not _NOT_CHANGE_RE.match(left, verb.start()):
            m = verb
    if m and _OBJECT_GAP_RE.fullmatch(left[m.end():]):
        return m.group(1), m.start(1)
    return None, -1


def _directed_contribution(left: str) -> tuple[str, str, int, str] | None:
    """拉低经济成长0.01个百分点, 拖累GDP增速0.3个百分点: a contribution that says its direction
    changes the whole by that much (down or up), whatever growth word follows it."""
    m = None
    if "拉" not in left and "拖" not in left and "压" not in left and "推" not in left and "抬" not in left:
        return None                         # every word above holds one of these (most clauses none)
    for m in _DIRECTED_CONTRIBUTION_RE.finditer(left):
        pass
    if m is None or re.search(r"[，。；,;]", left[m.end():]) or len(left) - m.end() > 16:
        return None
    return _DIRECTED_CONTRIBUTION[m.group(0)], m.group(0), m.start(), left[:m.start()]


def _signed_in_brackets(norm: str, f: Fact) -> str | None:
    """教育(+8.24%)、食物(-2.24%): a signed rate in brackets after its item is a change by its sign;
    a written + is always one."""
    if f["kind"] not in ("percent", "points"):
        return None
    s, e = f["start"], f["end"]
    sign = f["surface"][:1]
    if sign in "+＋" or s and norm[s - 1] in "+＋":
        return "up"
    if sign in "-−－负" and s and norm[s - 1] in "(（" and norm[e:e + 1] in ")）":
        return "down"
    return None


# a quarter named before the figure in its sentence (三季度GDP环比增长1.1%: no year to date it, still a quarter)
_QUARTER_NAMED_RE = re.compile(r"(?:[一二三四1-4１-４]|第[一二三四1-4１-４])\s?(?:季度|季)(?!度末|末)|[Qq][1-4]")


# a week named before the figure in its sentence (本周…环比上涨1.2%, 第10周, 周环比; 2022年3月7日—3月13日 is read by its period)
_WEEK_NAMED_RE = re.compile(r"(?:本|上|当|當|这|這|该|該|同一?)(?:周|週)(?![年岁歲期边邊围圍])|第\s?[\d一二三四五六七八九十]{1,2}\s?(?:周|週)(?![年岁歲])"
                            r"|[周週](?=[环環]比)")     # 周环比: the week's own chain
# a ten-day period (旬) the figures are of, named before them in their sentence (本旬平均日产粗钢…环比增长0.58%:
# the steel association's ten-day report is compared with the 旬 before, 上旬, as the sets label all six such rates)
_XUN_NAMED_RE = re.compile(r"(?:本|上|中|下|当|當|该|該)旬(?![^，,。；;]{0,12}?(?:发布|發布|公布|公佈))")
_RELEASED_AFTER_WEEK_RE = re.compile(r"[^，,。；;]{0,12}?(?:发布|發布|公布|公佈|表示|宣布|宣佈|称|稱|指出|获悉|獲悉)")
_DAY_SPAN_RE = re.compile(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)")


def _a_week(period: str) -> bool:
    """Whether `period` is a span of five to seven days (a week's report: Monday to Friday or Sunday)."""
    m = _DAY_SPAN_RE.fullmatch(period)
    if m is None:
        return False
    a, b = (date.fromisoformat(x) for x in m.groups())
    return 4 <= (b - a).days <= 6


def _week_named(norm: str, a: int, b: int) -> bool:
    """A week in norm[a:b] that the figures are of (上周公布的数据显示…: the release's week, not the figures'); a
    chain written 月环比 or 季环比 right before the figure is the month's or quarter's."""
    last = max(norm.rfind("环比", a, b), norm.rfind("環比", a, b))
    if last > a and norm[last - 1] in "月季":
        return False
    return any(not _RELEASED_AFTER_WEEK_RE.match(norm, m.end()) for m in _WEEK_NAMED_RE.finditer(norm, a, b))


def _xun_named(norm: str, a: int, b: int) -> bool:
    """A 旬 in norm[a:b] that the figures are of (本旬…, 3月上旬…), unless a chain written 月环比 right before the
    figure is the month's."""
    last = max(norm.rfind("环比", a, b), norm.rfind("環比", a, b))
    if last > a and norm[last - 1] in "月季周週":
        return False
    return _XUN_NAMED_RE.search(norm, a, b) is not None


def settle_base(f: Fact, norm: str = "", sentence_start: int = 0) -> None:
    """环比 of a quarter is 上季, of a week 上周, of a ten-day period 上旬 (else 上月): a quarter or a week by the
    figure's period, or, when the period is unknown, by a quarter or a week named before it in its sentence (weekly
    price reports: `2022年3月7日—3月13日…环比下降1.7%`, `本周…环比上涨1.2%`); a 旬 named before it (`本旬平均日产粗钢
    209.25万吨,环比增长0.58%`) when no quarter or week is."""
    base, period = f.get("base"), f.get("period") or ""
    if base == "环比":
        quarter = "Q" in period and "-" not in period or not period and bool(norm) and \
            _QUARTER_NAMED_RE.search(norm, sentence_start, f["start"]) is not None
        week = not quarter and (_a_week(period) or not period and bool(norm) and _week_named(norm, sentence_start, f["start"]))
        xun = not quarter and not week and bool(norm) and _xun_named(norm, sentence_start, f["start"])
        f["base"] = "上季" if quarter else "上周" if week else "上旬" if xun else "上月"


_GROWTH_WORDS = ("增长", "成长", "增速", "增幅", "增长率", "成长率")


def _negate(f: Fact) -> None:
    """A figure stated as negative growth takes the sign the words give it (both ends of a range)."""
    for key in ("value", "value_high"):
        v = f.get(key)
        if v is not None and not isinstance(v, bool):
            f[key] = -v
    text = f.get("value_text")
    if f.get("value_high") is not None and f["value_high"] < f["value"]:
        f["value"], f["value_high"] = f["value_high"], f["value"]   # a range stays low..high
        text = str(f["value"])                                       # the other end's, now the low one
    if isinstance(text, str) and text and isinstance(f.get("value"), int | float):
        # the exact text the series show follows the value (it kept 5.3 for a 负增长5.3% of −5.3: sealed43's round)
        f["value_text"] = ("-" + text.lstrip("-")) if f["value"] < 0 else text.lstrip("-")


def _negative(f: Fact) -> bool:
    v = f.get("value")
    return isinstance(v, int | float) and v < 0


def _blank_figures(left: str, lo: int, others: list[Fact], f: Fact) -> str:
    """The other figures of the clause blanked (NUL) so 分别增长8.6%、7.2% reaches 7.2%."""
    for g in others:
        if g is not f and g["kind"] not in ("date", "year") and lo <= g["start"] and g["end"] <= lo + len(left):
            a, b = g["start"] - lo, g["end"] - lo
            left = left[:a] + "\x00" * (b - a) + left[b:]
    return left


_LEVEL_COMPARED_AFTER_RE = re.compile(r"\s*[)）]?\s*(?:为|為)(?:低|高|快|慢|小|大)")
_OWN_MOVE_NOUNS = ("增幅", "减幅", "減幅", "降幅", "涨幅", "漲幅", "跌幅", "升幅",
                   "增长幅度", "上涨幅度", "上升幅度", "下降幅度", "下跌幅度")   # 較去年同期增長幅度分別達64%


def _last_change_word(left: str) -> tuple[str | None, int]:
    best = None
    for m in _CHANGE_RE.finditer(left):
        if _NOT_CHANGE_RE.match(left, max(0, m.start() - 1)) or _NOT_CHANGE_RE.match(left, m.start()):
            continue
        if m.group(0) in _RATE_WORDS and (cmp := _COMPARISON_BEFORE_RE.search(left, 0, m.start())) \
                and not (cmp.group(0)[0] in "比较較" and m.group(0) in _OWN_MOVE_NOUNS
                         and _GAP_RE.fullmatch(left[m.end():])):
            continue                           # 高于全国进出口增速7.1个百分点: 增速 names the base
            # (较上年减幅11.45%: a move noun right before the figure, after 较 and its base, is the figure's own)
        if m.group(0) in _RATE_WORDS and "占" in left[:m.start()]:
            continue                           # 占CPI总涨幅超六成: a share of the rise, not a rise
        best = m
    if best is None:
        return None, -1
    return best.group(0), best.start()


_LIST_BEFORE_RE = re.compile(r"(?:\x00+\s*[、和及与])+$")
# a price cheaper or dearer than its base by the figure (玉米车板价比通辽地区便宜20元/吨, 羊肉价格比去年冬天每斤便宜了十二三元:
# sealed19 and the sets label down 便宜, the base the place or time compared with; 價格較去年同期便宜2成, 比去年貴了15%)
_PRICE_ADJ_RE = re.compile(r"(?:便宜|(?<![宝寶昂珍名富可])[贵貴])$")
# 占比73.5%，同比低2.8个百分点: the marker names the base the adjective compares with
_MARKER_BEFORE_ADJ_RE = re.compile(r"(?:同比|环比|環比|按年|按月)$")


def _comparison_adjective(left: str) -> tuple[str, int, str, str] | None:
    """比上年多3天, 比2021年的70.95美元/桶高27.91, 高于全国0.5个百分点: up/down against a base.

    Returns (word, its position, direction, the text holding the base)."""
    stripped = _LIST_BEFORE_RE.sub("", left).rstrip("了出 ")   # 快4.2和2.1个百分点: the 2.1 too
    if not stripped:
        return None
    ch = stripped[-1]
    if ch in _UP_ADJ + _DOWN_ADJ and (_BASE_RE.search(stripped[:-1]) or _MARKER_BEFORE_ADJ_RE.search(stripped[:-1])):
        return ch, len(stripped) - 1, DIRECTION[ch], stripped[:-1]
    if (price := _PRICE_ADJ_RE.search(stripped)) and _BASE_RE.search(stripped[:price.start()]):
        word = price.group(0)
        return word, price.start(), "down" if word == "便宜" else "up", stripped[:price.start()]
    m = _ADJ_BASE_RE.search(left)
    if m:
        word = m.group("adj")
        return word, m.start(), DIRECTION.get(word, "down" if word in ("低于", "少于") else "up"), left
    return None


def _more_or_less(left: str, f: Fact, after: str) -> tuple[str, int, str, str] | None:
    """純利少6.94%, 按年多賺64%: more or less with no base, right before a figure that closes its clause."""
    m = _MORE_LESS_RE.search(left)
    if m is None or not _CLAUSE_CLOSE_RE.match(after) or f["kind"] == "duration" and m.group(0).rstrip().endswith("近"):
        return None                            # 多了3400多个口袋公园: new things counted; 玛多近十年: a span
    word = m.group("w")
    return word, m.start("w"), "up" if word[0] == "多" else "down", left[:m.start("w")]


# more or less with no base written, right before the figure (Hong Kong and Taiwan results, fiscal notes): 純利少6.94%,
# 股息0.64元，多三成, 按年多賺64%, 去年多賺八成半, 按年多蝕3倍 (the loss grew: up), 外币资产少76亿元, 按年亦多1300元, 運作開支則少逾
# 三十三萬, 一期電費帳單可少約一千元, 少賺1倍 — the sets label each a change by 多/少 (sealed12, sealed16, sealed19, sealed37,
# sealed40); not 至少/最多/不少/很多/许多/较多/更多/大多/过多/之多/得多 (bounds and quantities), nor 每多 (a condition)
_CLAUSE_CLOSE_RE = re.compile(r"\s*(?:[，,。；;！!？?）)]|至|$)")
_MORE_LESS_RE = re.compile(r"(?<![至最不很许許较較更太好减減缺稀多少增众眾诸諸大过過偏甚颇頗之得每为為差])"
                           r"(?P<w>[多少](?:赚|蚀|賺|蝕)?)了?(?:约|約|逾|近|超过|超過|超)?\s*$")


def _base_text(text: str, lo: int, left: str, ends: _Ends) -> str | None:
    """The comparison base written before the change word (比去年全年, 较4月末, 同比), as the
    text writes it; `left` is the normalised text from `lo` up to the change word."""
    respective = left.rstrip(" +均都").endswith(("分别", "分別"))
    raw = left
    left = (left[:m.start()] if (m := _MARKER_ADVERB_RE.search(left)) else left).rstrip("分别均都 +")
    if (adverb := _TRAILING_ADVERB_RE.search(left)) and adverb.start() > 0:
        left = left[:adverb.start()]           # 與上年同期比較實質上升: the adverb is no base
    left = left[:m.start()] if (m := _SAME_BELOW_RE.search(left)) else left
    if m := _MARKER_THEN_BASE_RE.search(left):
        b = m.end("base") - len(_ALREADY_RE.search(left, m.start("base"), m.end("base")).group(0))
        base = _written(text, lo, m.start("base"), b)   # 同比去年已增长超3倍: 已 is no part of the base
        return "上年同期" if base in ("去年", "上年") else base
    for word, base in _IMPLIED_BASES:
        if left.endswith(word):
            level = _LEVEL_THEN_MARKER_RE.search(left)
            return _written(text, lo, level.start("base"), level.end("base")) if level else base
    if left.endswith("\x00") and ends.level_at(len(left.rstrip(" \x00")) + 1, len(left)):
        left = left.rstrip(" \x00")           # 較去年同期 1,422,350 百萬元增加: the base's own level, however long
    m = _ADJ_BASE_RE.search(left) or _BASE_RE.search(left) or _ON_TOP_OF_RE.search(left)
    if not m or respective and m.group(0).startswith("与") and not m.group(0).endswith(("相比", "比较")):
        return None                             # 台中市與高雄市交易量分別增加7%與9%: the list's 与 compares nothing
    if m.group(0).startswith("与") and not m.group(0).endswith(("相比", "比较", "相较")) \
            and not _PERIOD_BASE_START_RE.match(left, m.start("base")) and "\x00" not in raw[m.start("base"):]:
        return None                             # 有色与新能源金属板块成交量增长26%: 与 joins two topics (sealed41);
        #                                         与原先預計的480億元高出1倍 names the base's level, and compares
    a, b = m.start("base"), m.end("base")
    of = left.find("之", a, b)
    of = of if of > a and left[of - 1] in "年月季期度" else -1     # 二零一九年之 (not 禁捕之初, 西藏之间)
    k = min((j for j in (left.find("的", a, b), of) if j > a), default=-1) if m.re is not _ON_TOP_OF_RE else -1
    if k > a and not left[a:k].strip(" \x00"):
        a, k = k + 1, -1                        # 较3.67%的投标下限: the base is what the figure before 的 measures
    b = k if k >= 0 else b                      # 比2021年的70.95美元/桶, 较二零一九年之每股盈利: the year
    b = _base_end(left, a, b, ends)             # 较预测数一七二三亿美元多出…: the base is 预测数
    day = _DAY_IN_BRACKETS_RE.search(left, a, min(len(left), b + 1))   # (b may stop at the bracket's figure)
    b = day.start() if day and day.start() > a else b   # 較上周(1月9日)市值98兆…增加: the base is 上周
    adverb = _BASE_ADVERB_RE.search(left, a, b)
    b = adverb.start() if adverb and adverb.start() > a else b   # 比上年名义增长: the base is 上年
    return _written(text, lo, a, b)


def _base_end(left: str, a: int, b: int, ends: _Ends) -> int:
    """A base ends before a figure (`ends`) or a change of its own (由上月下降0.1%转为上涨: 上月)."""
    b = ends.first_in(a, b)
    for m in _CHANGE_RE.finditer(left, a, b):
        if m.group(0) in _RATE_WORDS or _NOT_CHANGE_RE.match(left, max(0, m.start() - 1)) \
                or _NOT_CHANGE_RE.match(left, m.start()):
            continue
        rest = left[m.end():b]
        if m.start() > a and (not rest.strip("\x00") or "转" in rest):
            b = m.start()                       # 上月下降转为, 上季度升: the base's own change
        break
    flat = left.find("持平", a, b)
    if flat > a and ("转" in left[flat:b] or left.startswith(("持平至", "持平到", "持平或"), flat)):
        b = flat                                # 由上月持平转为上涨0.7%: the base held level, then moved: 上月
        # (較第3季持平至成長6%: a forecast from flat to a rise, against 第3季)
    while b > a and left[b - 1] in "（( ":
        b -= 1                                  # 比2024年（2.96亿人次）: the base is 2024年
    return b


def _written(text: str, lo: int, a: int, b: int) -> str | None:
    base = text[lo + a: lo + b].strip().replace("\x00", "")
    return base or None
