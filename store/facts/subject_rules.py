"""Tables for subjects: what a subject phrase may start and end with, and where it stops.

A subject is the indicator a figure measures, read off the clause left of the
figure (营业收入12.5亿元) or the noun right after a count (159个项目).  These
tables say which words are not part of it.
"""

from __future__ import annotations

import re

from .changes import DOWN_WORDS, UP_WORDS

# the change words changes.py reads (rate nouns apart: 涨幅 may name the indicator; 成长 is in
# SUBJECT_TRAIL_RE on its own, since 经济成长 names one)
_CHANGE = "增长了|下降了|(?<![排播释釋发發投开開下存堆摆擺])放量|" + "|".join(sorted(
    (w for w in UP_WORDS + DOWN_WORDS
     if w not in ("增幅", "涨幅", "增速", "增长率", "降幅", "跌幅", "快于", "慢于", "溢价", "折价", "成长", "加息", "放量")),
    key=len, reverse=True))
# traditional characters of the words below, read as simplified (one to one, offsets hold);
# the text's own script is kept in the subject
SUBJECT_CHARS = str.maketrans(
    "佔則開錄維於當從對與這該並還將達個僅約過長減報為較漲跌後時間來內發實現預計調連衝幣價額總產進貨續營數屬購銷費資貸儲險"
    "擴縮劇穩務業輸運勞動溫災傷難醫學師員漢經濟測億萬兩負廠網區縣鎮鄉擔門歲週層號雙輪線級標準車艙節盤種類場屆項輛臺張條棟戶隻頭筆"
    "收市報則亦維持顯示據統計邊臨緩響盈虧損淨額幅場鐵鋼電腦輕質貿勢擬佈別訂貢獻帶優創觸際義徑"
    "雖卻繼斷領躍環變買賣",
    "占则开录维于当从对与这该并还将达个仅约过长减报为较涨跌后时间来内发实现预计调连冲币价额总产进货续营数属购销费资贷储险"
    "扩缩剧稳务业输运劳动温灾伤难医学师员汉经济测亿万两负厂网区县镇乡担门岁周层号双轮线级标准车舱节盘种类场届项辆台张条栋户只头笔"
    "收市报则亦维持显示据统计边临缓响盈亏损净额幅场铁钢电脑轻质贸势拟布别订贡献带优创触际义径"
    "虽却继断领跃环变买卖",
)
# only characters that differ from their simplified form say a text is traditional
TRADITIONAL_RE = re.compile("[" + "".join(chr(c) for c, t in SUBJECT_CHARS.items() if c != t) + "]")

# what may stand between the subject and its figure: connectives, qualifiers, changes, bases
SUBJECT_TRAIL_RE = re.compile(
    r"(?:(?:比(?![价價率重例])|较|与|相比|相较于?)[^，。；比较]{0,12}?(?:相比|同期)?(?=(?:" + _CHANGE + r"|高|低|多|少|快|慢|便宜|贵|貴))(?![升跌涨漲降][转轉])"
    r"|(?:比(?![价價率重例])|较)[^，。；比较]{0,14}?(?:(?:相比|相较)?(?:便宜|贵|貴)|高出|多出|高|低|多|少|快|慢)(?:了)?"   # (便宜, 贵: a price cheaper or dearer, subj53)
    r"|较去年同期|较上年同期|比上年同期|比去年同期|同期|(?<![本上下每])[周週月](?=同比|环比|環比)|同比|环比|按年|按月|按季|按周|按週|比上年|比去年|较上年|较去年|持平(?:于|於|在)?|至今|迄今|"
    r"每(?:日|天|桶|吨|股|立方米|平方米|千克|公斤|克|人|户|亩|辆|盎司|英两|安士|磅|份|件|台|度电|度|千瓦时|公升|升|斤|平方呎|方呎|呎|坪|平米|平方公尺|公顷|公頃)|"
    r"(?:1|一|100)\s?(?:美元|欧元|歐元|英镑|英鎊|港元|港币|港幣|日元|日圓|人民币|人民幣|新台币|新台幣|澳元|加元|韩元|韓元)\s?(?:可|能)?(?:兑换|兌換|兑|兌|对|對|折合|换|換)(?:人民币|人民幣)?|"
    r"在[^，。；在]{0,8}?基础上|的?(?:临时|初步|修订)估计|(?:不得|不应|不能)?(?:超过|低于|高于|少于)[^，。；]{1,12}?的|"
    r"首次|首度|再度|再次|一举|"
    # a headline's first or fresh break through a level (首破, 首超, 首逾, 首达), and a record set before the figure
    # (创新高, 再创历史新高 达到…, 接连两次创历史新高; 科技创新高达30% is 创新 高达): how the level was reached, never the indicator's words (subj49)
    r"首(?=[破超逾达達突迈邁跨站登跃躍冲衝闯闖])|接连|接連|(?:再|又|屡|屢|均|齐|齊)?(?:创|創)(?:出|下)?(?:历史|歷史|史上|年内|年內|同期)?新[高低](?!达(?!到)|達(?!到))|"
    r"共成交|下破|上破|跌破|升破|捣破|搗破|击破|擊破|击穿|擊穿|攻破|涨穿|漲穿|预增|预减|预降|修订|开行|上修|下修|攀高|走阔|走闊|收窄|收敛|收斂|缩量|縮量|(?:居冠|居首|称冠|稱冠|夺冠|奪冠)、?|(?:自|从|從|於|于|在)?(?:上周|本周|上週|本週|当周|當週|上一周|上一週)末?|(?<![双雙])(?:周末|週末)|(?:由|从|從)?(?:原订|原訂|原先|原来|原來|原本|原定)(?:的|之)?|(?:在|於|于)?(?:今年|去年|本年)?(?:次季|首季|本季)(?:度)?|累(?=[升涨漲跌降增减減])|介于|介於|年增|年减|(?<![\d一二三四五六七八九十〇零今去明全当上前后每半同])年(?=[增减減降跌涨漲升])|(?<![\d一二三四五六七八九十〇零本当上下前后每首旺淡同第单單])季(?=[增减減])|(?:连|連)(?=[升涨漲跌降增减減][\x00\x01\s]*(?:共|累计|累計|合共))|(?<![\d一二三四五六七八九十〇零当本上下前后每个年日首单多满整次])月(?:增|减)[额額]?|(?<!经济)(?<!經濟)成[长長]|涨升|漲升|保持在|保持于|保持於|保持|控制在|控制|稳定在|稳定于|稳定於|维持在|维持于|维持於|維持於|維持于|维持|下行|上行|收涨|收跌|收升|收低|收高|低开|高开|收市报|收市|收盘|终场|終場|終场|收在|收于|收於|拟按|擬按|拟|擬|最新|成功|升穿|跌穿|狂賺|狂赚|大賺|大赚|賺|赚|(?<!\d)\d{1,2}[:：]\d{2}|"
    r"临时估计为|初步估计为|估计为|较早时报|较早时|中午|下午|上午|早盘|午盘|尾盘|盘中|初段|则|亦|也|还|又|再|仍|虽然|雖然|虽|雖|(?<![变變])更|"
    r"成为|转为|由|影响|(?<!的)拉动|预期(?:将会|将|会)|将会|将|会|有望|有机会|有機會|确定|確定|以及|为期|历时|"
    r"名义|实际|可比|扣除价格因素|剔除价格因素|按可比价格计算|按可比口径|分别|累计|共计|合计|总计|约为|大约|约|为|是|达到|高达|"
    r"多达|达|超过|(?<![買賣买卖])超|突破|逾|近|将近|接近|不到|不足|至少|最多|不少于|不低于|不超过|仅|只|均|都|各|了|的|有|已|已经|实现|完成|共有|共|"
    + _CHANGE +
    r"|负增长|负成长|负增速|负增幅|实质|增幅|降幅|涨幅|跌幅|升至|至|到|在|占|年均|平均|连续|从|(?<![兑兌对對])(?:人民币|人民幣|新台币|新台幣|新臺幣|新臺币|港币|港幣|澳门币|澳門幣)|(?<=[币幣指數数])收|同步|"
    r"(?<![\d一二三四五六七八九十])[二三四五六七八九两兩]都(?=$|均|亦|也)|"    # 成長率六都第一: Taiwan's municipalities, the group ranked in
    r"稳居|位居|居|位列|排名|名列|跃居|和|及|、|与|或|迎来|居前|领涨|领跌|报收|收报|收于|报|录得|一度|仍|就|可|预计|净|"
    r"继续|持续|进一步|不断|逐步|创下|刷新|触及|虽然|虽|却|暂时|暫時|(?<!短)暂|(?<!短)暫|"
    r"[-—（(\s\x00\x01]|(?:比|较|与)[\x00\x01]+|"
    # degree adverbs before a change (大幅上修), turnarounds (由负转正), 以 before a close (指数以3767点收盘),
    # a base closing the clause (与一年前同月比较)
    r"大幅|小幅|大大|明显|显著|[确確][实實]|的[确確]|略微|稍微|意外|温和|快速|稳步|普遍|一般|一直|始终|依然|仍然|首度破|按[^，。；按]{1,8}计算|(?<![突跌升上下打])破|由负转正|由正转负|(?:由)?(?:升|跌|涨|漲|降)[转轉](?:升|跌|涨|漲|降)|少许|少許|对比|對比|(?:到|截至|截止)目前(?:为止|為止)?|大概|爆发性|爆發性|井喷式|井噴式|跳跃式|跳躍式|微(?=[增减減升跌降涨漲])|落在|落于|落於|不?(?:小于|小於|大于|大於)|同样(?=微|小幅|大幅|[增减減升跌降涨漲上下])|同樣(?=微|小幅|大幅|[增减減升跌降涨漲上下])|"
    r"负转正|扭亏为盈|由亏转盈|转正|转负|增加亏损|减少亏损|(?<![可所难予加足得用])以|预测|预估|概估|"
    r"不?(?:高于|低于|少于|多于)|迈上|迈入|迈过|跨上|跨入|跨过|站上|登上|跃上|跃升至|来到|來到|"
    r"与[^，。；与]{0,14}?(?:相比|比较))+$"
)
# used with .match(string, pos): anchored at pos
SUBJECT_LEAD_RE = re.compile(
    r"(?:今年以来|今年|去年|目前|如今|现在|眼下|时下|例如|比如|譬如|原先|原来|此前|之前|并且|而且|如果|虽然|另据|指(?![数标导引南出定令挥示])|当前|截至目前|截至|同时|其中|此外|另外|全年|当天|近年来|以来|由于|因为|"
    r"该公司|本公司|公司|但|而|则|同月|当月|该月|上一季|上季|本季|同季|同比|环比|最新|"
    r"累计|共计|合计|已经|已|共|总共|我国|我省|我区|我市|本市|该市|"
    r"同期间|同期間|同期内|同期內|期内|期內|本次活动|本次|此次|该|这|这些|其|并|还|也|将|通过|以|数据显示|据统计|分别|均(?![重值]|[价價](?!格))|都|来(?![华華京沪滬台臺港澳粤粵川渝津闽閩琼瓊湘鄂皖苏蘇浙赣贛滇黔桂蓉穗深厦廈])|和|及|"
    r"各地|当地|的|根据|按照|依据|各类|各项|各|全部|主要|相关|有关|上述|"
    # a conversion told before the figure (换算无收获面积261公顷, 換算下來要價400元): how it was reckoned
    r"(?:换算|換算)(?:下来|下來|为|為|成)?(?=[^，。；\x00\x01\s]{2})|"
    r"当日|同期|仅|就|又|再|等|[\s\x00\x01]|[一二三四五六七八九十\d]+年来|"
    # a day a change takes effect from, its date blanked (10月起, 自10月1日起): when, not what
    r"(?:自|从|從)(?=[\x00\x01])|(?<=[\x00\x01])起(?![来來])|"
    r"(?<=[\x00\x01])(?:以来|以來)"
    r")+"
)
# a subject never runs left across these (verbs and prepositions, punctuation)
SUBJECT_VERB_CUT_RE = re.compile(
    r".*(?:实现|录得|扭转|扭轉|累计|完成|达到|作出|做出|处以|庆祝|建成开通|建成|(?<!新)发放|下达|力争|征收|减征|折合|相当于|贡献了|至于|培育了|安排|推出|获得|持有|拥有|举办|开行|发布|公布|显示|表明|预计|计划|"
    r"决定|释放|影响|拉动|展开|开展|下调|上调|调降|调升|上修|下修|预测|预估|預測|預估|概估|初步统计|"
    r"用于|确保|提供|带动|推动|依托|通过|(?<!资本)形成|其中|包括|涉及|迎来|实施|核发|最终(?!消费)|纪念|使得|邀请|根据|按照|依据|已经|(?<!友)达(?!电)|占|对(?!美元|欧元|日元|港元|英镑|人民币)|在(?![医校轨读册职押逃途售研]|建(?!交)|岗(?!位))|将|把|由|与|向|从|"
    r"为|是|(?<!所)有(?!限|色|机会|機會|息)|已|让|使|按|据|较|比(?![价價率重例])|(?<!\d)(?<!\d[岁歲])[至到]|[至到](?!\d{1,3}周?[岁歲]|\d{1,4}(?:年|平方米|平方呎|呎)(?:的|、|或|及))|，|、|：|“|”|>|\s)")   # (16至24岁劳动力失业率, 16歲至24歲…, 6至10年的: an age band, not a move)
# X对Y + one of these is one indicator (服务业对经济增长的贡献率, 人民币对美元汇率中间价): 对 cuts nothing
# (对美出口比重, 對美出口年增率: a share or growth of the trade with a partner is one indicator too; so are
# the loans lent to a borrower, 对实体经济发放的外币贷款(占比), a line of social financing)
TOWARDS_MEASURE_RE = re.compile(r"[^，。；\x00\x01]{1,14}?(?:的?贡献率|(?:进出口|出口额?|进口额?|贸易额?|直接投资)"
                                r"(?:的?(?:比重|占比|年增率|增速|增长率|增幅|份额))?|"
                                r"汇率(?:中间价)?|中间价|的?关税税率|的?拉动|"
                                r"(?:发放|投放)的[^，。；\x00\x01]{0,8}?贷款(?:折合)?(?:占比|比重)?)[\x00\x01\s]*")
# 从X进口 (从巴西进口, 從中國內地進口商品貨值總額): the imports from a partner are one indicator, 从 cuts nothing
FROM_MEASURE_RE = re.compile(r"[^，。；、\x00\x01]{1,14}?进口[^，。；、\x00\x01]{0,10}")
ONE_INDICATOR_AFTER = {"对": TOWARDS_MEASURE_RE, "从": FROM_MEASURE_RE}
# 人民币对美元收盘报7.1025, 欧元对美元报1.1582: a currency quoted against another is the pair, as with 兑 (a sum of
# one currency told first, 人民币1元对…, 1加拿大元对人民币…, is the fixing's table: not a pair's name)
_CURRENCIES = r"(?:美元|欧元|歐元|日元|日圓|日圆|港元|港币|港幣|英镑|英鎊|人民币|人民幣|澳元|加元|瑞郎|韩元|韓元|卢布|盧布|新台币|新台幣|新臺幣)"
CURRENCY_QUOTED_RE = re.compile(_CURRENCIES + r"[\x00\x01\s]*")
CURRENCY_QUOTING_RE = re.compile(r"(?<![\d一元])" + _CURRENCIES + r"$")

# (在医救治51人, 在建项目, 在校学生: 在 and the word it opens stay one word; 0—3岁婴幼儿: a range's dash)
SUBJECT_BREAK_RE = re.compile(r".*(?:[对让使将把由与是“”\s、#]|(?<![\d零〇一二三四五六七八九十两])—|在(?![医校轨读册职押逃途售研]|建(?!交)|岗(?!位))|通过|依托|推动|带动|(?<!资本)形成)")
# the same, one word at a time (subjects.py keeps only those that are words of their own)
LIST_BREAK_RE = re.compile(SUBJECT_BREAK_RE.pattern.replace("与", ""))
BREAK_WORD_RE = re.compile(SUBJECT_BREAK_RE.pattern[2:])
CUT_WORD_RE = re.compile(SUBJECT_VERB_CUT_RE.pattern[2:])

# head nouns of measured quantities (a long phrase is cut back to end at the last one)
MEASURE_HEADS = sorted([
    "收入", "营收", "利润", "利润总额", "净利润", "产值", "增加值", "总值", "生产总值", "GDP", "规模", "总额",
    "金额", "余额", "成交额", "成交量", "交易额", "销售额", "零售额", "营业额", "进出口", "出口", "进口", "投资",
    "贷款", "存款", "资金", "资产", "市值", "估值", "价格", "均价", "单价", "中间价", "收盘价", "指数", "成指",
    "涨幅", "跌幅", "增幅", "降幅", "增速", "比例", "比重", "占比", "利率", "增长率", "覆盖率", "人口", "人数",
    "数量", "总数", "产量", "总产量", "销量", "产能", "面积", "里程", "长度", "高度", "深度", "重量", "容量",
    "发电量", "用电量", "客流", "客流量", "流量", "票房", "收益", "费用", "成本", "支出", "税收", "补贴", "亏损",
    "债务", "汇率", "善款", "捐款", "罚款", "罚金", "赔偿金", "浓度", "气温", "温度", "时间", "时长", "期限", "年龄", "净额", "上限",
    "下限", "总量", "存量", "增量", "订单", "额度", "净流入", "净流出", "股本", "股份", "股权", "募资", "资本",
    "货运量", "吞吐量", "点数", "股价", "用时", "历时", "耗时", "保有量", "播种面积", "粮食产量", "消费", "储量",
    "排放量", "工资", "收益率", "PMI", "能耗", "效率", "率", "系数", "水平", "份额", "赤字", "盈余", "顺差", "逆差",
    "装机容量", "利润率", "进度", "经费投入", "研发投入", "经费支出",
], key=len, reverse=True)
# a count before 多 and a time word is a span misread (连续下降了两个多月): it counts nothing
COUNT_SPAN_RE = re.compile(r"多(?:月|年|天|日|周|星期|小时|钟头|分钟)")
MEASURE_HEAD_RE = re.compile("|".join(map(re.escape, MEASURE_HEADS)))
# 罚款人民币10000元的行政处罚: the currency between the head and its figure
MEASURE_HEAD_END_RE = re.compile("(?:" + "|".join(map(re.escape, MEASURE_HEADS)) + ")(?:人民币|人民幣)?$")

# the noun right after a count: 159个项目
NOUN_AFTER_RE = re.compile(r"(?:[2-6]G|[A-Z][A-Za-z]{0,4}-?\d{1,4}[A-Za-z]{0,4}(?=[\u4e00-\u9fff])"
                           r"|[^\s，。；！？、,;!?：:（）()\d的…—“”\"<>\x00\x01]){1,12}")   # 2万座5G基站, 9架C919飞机 (a model's name)
# what ends the noun after a count only once it has two characters (各地 is a noun)
NOUN_LATE_STOP_RE = re.compile(r"各|均|都")
# a second noun joined by 和/及/与 never starts with a qualifier (内容机构和超过500档IP节目)
JOINED_NOT_NOUN_RE = re.compile(r"超过|超|近|约|逾|不到|不足|至少|其他|其余|相关|部分"
                                # nor with a count of its own (三条精品线路和多项便利化措施, 和数十家企业, 和各类机构)
                                r"|多(?=[项項个個家种種名位座条條件类類批场場款台套])|数[十百千万]|几[十百千万个個家项項种種名]|各[类類种種级級个個]"
                                # (袭击了俄三个雷达站和一艘登陆艇, 八个对外开放口岸和十个二线口岸: a count in Chinese numerals, subj50)
                                r"|[一二三四五六七八九十两兩]+[个個艘架辆輛名座家条條项項处處台臺枚只隻位所支批种種类類]")
NOUN_STOP_RE = re.compile(
    r"入选|实现|建立|全覆盖|共同|签约|揭牌|落户|入驻|参加|参与|获得|完成|投入|达到|发起|开展|成为|"
    r"纳入|已|将|在|等|及|与|和|的|，|被|为|是|获|上线|联运|建成|投产|通过|开工|落地|集中|分别|"
    r"覆盖|同比|累计|取得|召开|举行|开幕|闭幕|举办|"
    r"(?:上|本|当|當)?(?:周末|週末)|上周|本周|上週|本週|"   # 50個指標屋苑上周末共錄得…: when, not what is counted
    r"平均(?=[\u4e00-\u9fff]{0,4}(?:价|價|值|数|數|额|額|量|率))"   # 28种重点监测蔬菜平均批发价格: the vegetables
)
NOUN_AFTER_VERB_CUT_RE = re.compile(
    r"从|对|向|回到|来到|走进|说|表示|再度|再次|推迟|返回|以|确保|用于|进行|开展|位于|正在|也|还|被|把|"
    r"受到|获得|得到|参与|来自|涵盖|包括|覆盖")
# where the noun after 的 ends (69%的美国企业管理人员预计…, 80%的商户都用上…)
OF_NOUN_STOP_RE = re.compile(
    r"预计|表示|认为|称|将|都|均|已|得到|实现|成为|在|是|为|有|会|要|与|和|及|或|相对|通过|来自|对|把|被|"
    r"前往|参加|参与|选择|使用|用上|享受|获得|达到|超过|不足|增长|下降|提高|降低|占|属于|位于|分布|集中")
RATE_NOUNS = ("涨幅", "跌幅", "增幅", "降幅", "升幅", "增速", "增长率",
              "下降幅度", "下跌幅度", "上涨幅度", "增长幅度", "减少幅度", "调整幅度", "幅度")
CHANGE_START_RE = re.compile(_CHANGE + r"|增幅|降幅|涨幅|跌幅")

# a subject that is only one of these says nothing: the sentence's subject is meant
EMPTY_SUBJECTS = frozenset({
    "增速", "实际", "可比", "名义", "同比", "环比", "增长", "下降", "其中", "分别", "合计", "共计", "累计", "总计",
    "全年", "当年", "当月", "同期", "其", "比上年", "上年", "去年", "今年", "较上年", "平均", "年均", "人均",
    "力争", "预计", "计划", "目标", "超过", "达到", "突破", "首次", "首度", "再次", "已经", "仍", "还", "也",
    "分别为", "依次为", "高", "低", "多", "少", "快", "慢", "按年", "按月", "按季", "按周", "按週",
    "同月", "上一季", "上季", "本季", "当天", "当日", "今日", "每桶", "每吨", "报", "收于", "水平",
    "峰值", "高峰", "新高", "历史新高", "最高", "最低", "纪录", "记录", "创纪录", "创新高", "约合", "折合", "合",
    "相当于", "新台阶", "台阶", "关口", "大关", "新高度", "像这样", "这样", "这些", "那些", "其他", "其余", "此外",
    "改造", "最快", "最慢", "最多", "最少", "一连", "接下来", "全月",
    # a rate's label and a market's touch (為年息0.99%, 盘中最高触及3001.5美元): the indicator is named elsewhere
    "年息", "盘中最高触及", "最高触及", "最低触及", "盘中最低触及", "盘中一度", "一度", "盘中最高", "盘中最低",
})
# degree adverbs measure nothing, on either side of the figure (比去年的5萬3310部大幅減少30.72%)
ADVERB_SUBJECTS = frozenset({"大幅", "小幅", "明显", "显著", "略有", "稳步", "持续", "进一步", "大幅度", "小幅度",
                             # a trading session names when, not what (日内涨超50美元, 此前一个交易日下跌1.7%)
                             "日内", "盘中", "早盘", "午盘", "尾盘", "隔夜", "一个交易日", "前一交易日", "上一交易日"})
# markup left in a page (<br></p><p>) and datelines (新浪科技讯北京时间) are never what was measured
# nor are a currency, a denominator or an adjustment named alone (投標總額:新臺幣233億元, 达到每人每年610元,
# 扣除留抵退税因素后增长5.1%): the indicator is named elsewhere in the sentence
# (水电, 风电, 累计发电, 家庭用电, 绿电 are what was measured, not a dateline's 电; 每年可发电 is a verb phrase)
NOT_A_SUBJECT_RE = re.compile(r"[<>]|&[a-z]+;|(?:讯|(?<![水风核火煤绿发用供家岸])电|消息)(?:北京时间|记者)?$|新闻联播"
                              r"|(?:可(?!再生)|[将会]|(?<![阳核风节动势热功智])能(?![耗源量效力级])|恢复)[^电，]{0,8}电$"
                              r"|^(?:新臺幣|新台币|新台幣|人民币|人民幣|港幣|港币)$|^(?:每[人年月天日户戶])+$"
                              r"|^(?:扣除|剔除|不含)[^，,]{1,12}(?:因素|影响|影響)?[后後]$")
# a subject opening with a reporting verb is the rest of a clause (宣布成一只规模), not a thing measured
# nouns ending in a verb of VERB_ENDINGS that the word list splits (转移/支付): a transfer payment is given out
VERB_NOUNS = ("转移支付", "轉移支付", "净投放", "淨投放")   # 实现净投放1000亿元: the net injection
VERB_STARTS = ("宣布", "表示", "透露", "指出", "称", "介绍", "强调", "认为")
# a subject ending in one of these is a verb phrase (剑指, 助力重庆冲刺, 人应): not what was measured
VERB_ENDINGS = (
    "冲刺", "剑指", "扭转", "扭轉", "延续", "延續", "瞄准", "助力", "力争", "争取", "确保", "需要", "必须",
    "可以", "能够", "提出", "表示", "指出", "强调", "介绍", "称", "说", "建成", "推广", "搭建", "开展",
    "设立", "成立", "建立", "组建", "认定", "批准", "展开", "征收", "加征", "收取", "接到", "建有", "拥有", "开通",
    "设置", "汇集", "整合", "收治", "下达", "面对", "满足", "保障", "迈上", "进入", "贯通", "带动", "吸引", "惠及",
    "正值", "拿起", "逃离", "缴纳", "交纳", "支付", "缴费", "补缴", "实施", "完成", "实现", "达成", "签署", "签订", "发放", "投放", "新增", "累计",
    "举办", "举行", "召开", "签署", "发布", "公布", "宣布", "带来", "吸引", "拉动", "带动", "推动", "促进",
    "打造", "培育", "引进", "新建", "帮助", "惠及", "接待", "发行", "摘得", "夺得", "命名",
    "涵盖", "收割", "捐", "获得", "赢得", "斩获", "逼近", "为期", "截至", "形成", "上映", "发生", "出现",
    "折算", "换算", "核实", "用好", "调整", "提供", "预拨", "下拨", "拨付", "划拨", "增发",
)
# a duration that is the span of something else, not a measured time (105年来, 连续5个季度, 十年增长)
SPAN_AFTER_RE = re.compile(r"来|以来|间|里|之内|内|后|之后|以后|前|之前|中|期|的?(?:低点|高点|新高|新低|高位|低位)|"
                           + _CHANGE)   # 10年期: a tenor; 两个月低点: a span
SPAN_BEFORE_RE = re.compile(r"(?:连续|时隔|历经|经过|过去|近|首次|第|前|首|未来|止的?)$")   # 截至10月止的三个月: a window

# a level the figure reaches, named after 的 (3791.62美元的纪录高价, 63美元的水平): not what is measured
LEVEL_NOUN_RE = re.compile(r"(?:纪录|记录|历史|歷史|历年|歷年|阶段性|年内|多年|同期|较高|較高|较低|較低|较好|較好)?"
                           r"(?:新高|新低|高价|低价|高位|低位|高点|低点|水平|水準|水准|峰值|纪录|记录|紀錄|記錄)(?:水平|水準|水准)?"
                           r"|(?:目标)?区间|价位|關口|关口|基础上|基礎上|基础|基礎"
                           r"|(?:新的?|更高的?|一个)?(?:台阶|台階|臺階|大关|大關|门槛|門檻|量级|量級)"   # 迈上140万亿元的新台阶: the step reached, the indicator's
                           r"|(?:下降|下跌|增长|上涨|回落|负增长)?(?:的)?(?:局面|態勢|态势|勢頭|势头|趨勢|趋势|走勢|走势|格局|局勢|局势)")   # 扭转了上月下降1.2%的局面: the indicator's trend     # 衝破每盎司53.54美元的價位: 白銀's     # 上调…至0.25%-0.5%的目标区间: the rate moved
SHARE_NOUNS = ("比重", "比例", "份额", "占比")
# a contribution in points (拉动GDP增长2.6个百分点) is the contributor's, not the thing it drives;
# 的拉动 is the noun (服务业对经济增长的拉动为1.2个百分点)
CONTRIBUTES_RE = re.compile(r"(?<!的)(?:拉动|拉高|拉低|贡献了|贡献)(?!率|度|值|点数)")

# a subject starting with these names the base of a comparison (较发行底价, 高于全国进出口增速)
BASE_MARKERS = ("较", "比")
COMPARISONS = ("高于", "低于", "快于", "慢于", "多于", "少于", "超过", "超出")
# a comparison inside the phrase: what stands after it is the base compared with (增速高于全部规上工业,
# 高出同期全国增速, 明显优于全体零售业); a limit (不低于, 不得超过) is no comparison
COMPARED_RE = re.compile(r"(?:略|明显|明顯|大幅|远|遠|均|分别|也|还|仍)?(?<!不)(?<!不得)(?:高于|低于|快于|慢于|高出|低出|高过|低过|优于|好于|差于|超出|多于|少于)")
# where the head shared by a list begins in its last item (建筑材料|行业主力资金净流入金额)
# group nouns items share after a word of their own (城镇和农村居民, 国有和民营企业, 城市和农村家庭): the dictionary's
# 农村居民, 民营企业 hold both, and the shared head starts with the group
SHARED_GROUPS = frozenset({"居民", "人口", "企业", "家庭", "住户", "职工", "学生", "儿童", "老人", "农户"})
HEAD_START_RE = re.compile(r"行业|板块|产业|领域|保险|地区|市场|部门|类")
# single-character verbs end a verb phrase only in a short one (人应, 将可): 太阳能 is a noun
VERB_ENDING_CHARS = ("应", "要", "需", "将", "可", "能", "会")
# a loss is a negative figure of the profit it names (未弥补亏损 is a balance of its own)
LOSS_BALANCE_RE = re.compile(r"未弥补|累计|累积|累積|弥补")   # (累積虧損仍有3,527億元: a balance carried, in either script)
LOSS_SUBJECTS = (("净亏损", "净利润"), ("亏损额", "利润"), ("亏损", "利润"))   # 运营亏损 → 运营利润
# a verb before a loss names no profit (变为亏损, 取得亏损): the profit the clause or sentence names is meant
LOSS_VERB_RE = re.compile(r"(?:仍|继续|则|而)?(?:变为|转为|变成|取得|出现|录得|发生|实现|为)")
LOSS_ALONE = {"亏损": "净利润", "亏损额": "净利润", "盈利": "净利润", "净盈利": "净利润"}
# 扣除非经常性损益的净利润: a qualified profit keeps its qualifier (it is not the net profit)
KEEP_OF_PHRASE_RE = re.compile(r"^(?:扣除|剔除|不含|含|归属于|归母|扣非)")
# a futures contract named by its month and market (紐約商品交易所12月份交割的黃金期貨價格): the
# contract is what follows 的, and the exchange before a traded good is no part of it
CONTRACT_OF_RE = re.compile(r"(?:交割|交货|交貨|交投最活跃|交投最活躍)$")
EXCHANGE_LEAD_RE = re.compile(r"[^，。；\x00\x01的]{0,10}?(?:商品交易所|期货交易所|期貨交易所|交易所)")
TRADED_RE = re.compile(r"原油|黄金|黃金|白银|白銀|铜|銅|期货|期貨|交割价|交割價|期价|期價")
# X的Y where X only qualifies Y (經季節性調整的失業率): the subject is Y
QUALIFYING_OF_RE = re.compile(r"^(?:经季节性调整|經季節性調整|经调整|按可比价格计算|按现价计算|最新|新(?!发放)|全部|所有|这些|其中)")
# 錄得9.7%的實質跌幅: a rate word after these is a rate, not the thing measured
RATE_LEAD_RE = re.compile(r"^(?:实质|實質|按年|按月)+")
# 國外淨需求對經濟成長貢獻: 对 before what is contributed to (not 绝对, 针对, 对外, 对于)
TOWARDS_RE = re.compile(r"(?<![绝针相面应反])对(?![外于])")
# 達到創紀錄的每日1,353萬桶: a record qualifier before a figure says how high, not what (blanked, same length)
_RECORD_RE = re.compile("(?:创纪录|創紀錄|历史新高|歷史新高)的")


def blank_records(pre: str) -> str:
    if "的" not in pre or not ("纪录" in pre or "紀錄" in pre or "新高" in pre):
        return pre
    return _RECORD_RE.sub(lambda m: "\x00" * len(m.group(0)), pre)
