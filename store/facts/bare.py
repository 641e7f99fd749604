"""What a number is when its unit alone does not say: index points or a time
of day (点), an earthquake or a response level (级), a given name (王三家),
and numbers with no unit at all (中间价报6.8109, 网民规模5.64亿, 35亿)."""

from __future__ import annotations

import re

from . import rules as R
from .bare_siblings import money_sibling
from .builder import after_last_mark, clause_left, is_hanzi
from .numbers import Parsed

_BARE_MAG_RE = re.compile(r"[万亿]")
_TIME_OF_DAY_RE = re.compile(r"上午|下午|中午|晚上|早上|凌晨|傍晚|晚|早|夜里|夜间|每天|次日|当天|今天|明天|昨天|日\s*$|\d点[到至\-—~]$")
_INDEX_CONTEXT_RE = re.compile(r"指数|成指|[上深]证|恒生|道指|道琼斯|纳斯达克|标普|日经|股指|点位|大盘|沪指|创业板|科创")
_POINT_NOT_BEFORE = "钟半整多前后到至起以开时档左间"

# a bare number is an index value or coefficient after these … (倍差: 城乡居民收入倍差2.78, a ratio of two incomes)
_INDEX_LEFT_RE = re.compile(
    r"指数|PMI|景气|读数|得分|评分|系数|基尼|市盈率|市净率|收入比|倍差|比率|比值|中间价|汇率|倍数|"
    r"求人倍率|"                    # a job market's vacancies per job seeker: 求人倍率为1.52
    r"比例(?=[)）]?[为為是])|"      # 投標對發行額比例(…)為3.74: a bare ratio (折扣比例1比1.2 is a rule's terms)
    r"接[纳納][价價]|投[标標][价價]|"      # a bond tender's average accepted or bid price, quoted per 100 of face value
    r"[^\s比]比(?=为|是|达|缩小|扩大|降至|升至|低至|高达|下降|上升|由|从)|[上深]证|成指|恒生|道指|沪指|股指|纳指|标普|日经")
# … or after a currency pair, an exchange rate: 美元兑日元报151.32, 离岸人民币兑美元报7.2435
_PAIR = r"(?:美元|人民币|欧元|日元|英镑|港元|港币|澳元|加元|瑞郎|瑞士法郎|新台币|韩元|卢布)"
_PAIR_LEFT_RE = re.compile(rf"{_PAIR}(?:兑|对){_PAIR}")
# … and a price or rate after these
_PRICE_LEFT_RE = re.compile(r"报收|收报|收于|录得|比价|均值|利率|收益率|LPR|价格|单价|报价|浓度")
# (a verb of quoting names no price: 美元指数收于104.25 is the index's level)
_QUOTE_VERBS = ("报收", "收报", "收于", "录得")
_NAMED_RIGHT_BEFORE_RE = re.compile(r"(?:比率|系数|市盈率|市净率|指数)$")
_WHOLE_INDEX_RE = re.compile(r"(?:指数|PMI|景气指数|系数)[为是报达至到约由了\s]*$")
_REACHED_RE = re.compile(r"(?:为|是|报|达到|达|降至|升至|跌至|涨至|至|到)$")
_CHANGE_AFTER_RE = re.compile(r"下降|上升|提高|降低|增长|减少|扩大|缩小|回落|回升|[降升增减][至到]|[至到]")
# a decimal level reached after a move by a percent, written without a unit (a futures price, an index)
_MOVED_TO_LEVEL_RE = re.compile(r"(?:涨|跌|升|降|上行|下行|回落|回升)[了约]?\d+(?:\.\d+)?%[，,]?\s*(?:至|到)$")
_COMPARED_RE = re.compile(r"比|较|对比|同比|环比|下降|上升|提高|降低|高于|低于")
# a level quoted bare after 报 at a clause's end, as index releases give each class's level (最新報182.5,按月跌
# 0.44%; 面積753至1075方呎單位報154.7; 最新報147,連升3個月) — not a word ending in 报 (举报, 日报, 预报, 年报)
_QUOTED_LEVEL_RE = re.compile(r"(?<![举电情汇预警申上填通呈快画海简捷喜日晚周月年公季学回谎瞒虚漏少多早时商导晨党"
                              r"小大板书谍密特续专要])报(?:至|于)?$")
# a class's level told as its own clause after the class (其中面積1722方呎以上的豪宅，為310.2，按月跌0.5%: found30),
# as 報 after it is (面積753至1075方呎單位報154.7)
_CLASS_THEN_LEVEL_RE = re.compile(r"(?:单位|豪宅|细户|住宅|楼宇|物业)[，,]\s?为$")
# a level in brackets after a class's name, the index named later in its clause
_BRACKETED_LEVEL_RE = re.compile(r"[)）](?:[^，,。；;()（）]|[(（][\d.]+[)）]){0,24}?指数")
_INDEX_WORD_RE = re.compile(r"指[数數]")


def _bracketed_after_name(n: str, s: int, e: int) -> bool:
    """The number n[s:e] stands alone in brackets right after a name (澳門半島(245.5), 路氹区( 310.4 ))."""
    a = s - 1 - (n[s - 1:s] == " ")
    b = e + (n[e:e + 1] == " ")
    return a > 0 and n[a] in "(（" and n[b:b + 1] in ")）" and is_hanzi(n[a - 1])


# an index's earlier level it is compared with (指数报179.5,对比9月的179)
_BASE_OF_LEVEL_RE = re.compile(r"(?:对比|较|比)[^，,。；;]{0,8}的$")
# people, not money: 网民规模5.64亿, 用户数3亿
_PEOPLE_LEFT_RE = re.compile(
    r"网民|用户|人口|游客|观众|旅客|人次|人数|粉丝|会员|居民|患者|学生|职工|员工|就业|毕业生|参保|听众|读者|"
    r"网友|访客|乘客|选民|劳动力|农民工|党员|老人|老年人|儿童|人员|人才|新生儿|在校生|吸烟者|观众|"
    r"护士|医生|医师|教师|民警|官兵|运动员|志愿者")     # 注册护士总量达到606.2万: an occupation counted


def index_point(n: str, s: int, e: int, tok: str, p: Parsed) -> str | None:
    """点 after a number: index points ("index"), items ("count", 3点意见) or a time of day (None)."""
    nxt = n[e + 1:e + 2]
    left = clause_left(n, s, 16)
    if "." in tok or p.value > 24:
        return "index"
    if _INDEX_CONTEXT_RE.search(left) and not _TIME_OF_DAY_RE.search(left):
        return "index"                                    # 上证指数下跌12点
    if _TIME_OF_DAY_RE.search(left) or not nxt or nxt in _POINT_NOT_BEFORE or not is_hanzi(nxt):
        return None
    return "count"


_GRADE_RIGHT_RE = re.compile(r"级(?:以上|左右)?(?:[^，。；]{0,3}?(?:地震|强震|余震|大风|阵风|风|浪))")
_GRADE_LEFT_RE = re.compile(r"(?:里氏|震级|风力|阵风|浪高)\s*$")


def grade_unit(n: str, s: int, e: int) -> bool:
    """6.8级地震, 风力8级: 级 is a measure only for earthquakes and wind (4级响应 is a label)."""
    return bool(_GRADE_RIGHT_RE.match(n, e) or _GRADE_LEFT_RE.search(n, max(0, s - 4), s))


# single-character surnames that are not also prepositions or numerals (向, 于, 万 …)
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程"
                "苏魏吕丁沈姚卢姜崔钟谭陆汪廖贾夏韦邹孟熊秦邱尹薛闫段雷侯陶黎贺顾毛郝龚邵覃戴莫孔汤")
_NAME_FOLLOW = set("，。、说表称介是的在和与也还就等：:（(”；！？")


def person_name(n: str, s: int, tok: str, unit: str | None, end: int) -> bool:
    """王三家说 …: surname + numeral + one character is a given name, not a count."""
    return (len(tok) == 1 and not tok.isdigit() and unit is not None and len(unit) == 1 and s > 0
            and n[s - 1] in _SURNAMES and n[end:end + 1] in _NAME_FOLLOW
            and (s < 2 or not is_hanzi(n[s - 2]) or n[s - 2] in "民者长员主任友人师生"))


def money_context(norm: str, s: int, e: int) -> bool:
    left = clause_left(norm, s, 14)
    if " " in left:                                 # 14 characters besides spaces (分别在 1.5、 1.75、 1.35 万亿)
        left = clause_left(norm, s, 14 + clause_left(norm, s, 28).count(" "))
    # (a sum in 亿 may name its owner before the money word: 新设立1万亿民营企业再贷款, 300亿国有企业…专项基金 — a count
    # that large is rare, so the words after it are read further)
    reach = 12 if "亿" in norm[s:e] or "億" in norm[s:e] else 5
    right = re.split(r"[，。；！？,;!?\n]", norm[e:e + reach], maxsplit=1)[0]
    return bool(R.MONEY_CONTEXT_RE.search(left) or R.MONEY_CONTEXT_RE.search(right)
                or ("亏" in norm or "虧" in norm) and R.LOSS_CARRIED_RE.search(norm, max(0, s - 24), s))


# (企业用户, 商户, 家庭 are no people: 超过6.5万企业用户 keeps no unit; 4.86亿的MAU, 2.8万娱乐明星 are)
_PEOPLE_RIGHT_RE = re.compile(
    r"(?!企业|企業|单位|單位|机构|機構|商户|商戶|家庭|法人|公司)[^\s，。；、\d]{0,4}?(?:者|人口|老人|网民|用户|游客|旅客|乘客|居民|儿童|学生|患者|员工|职工|农民工|党员|人民(?!币)|民众|群众|"
    r"农民|果农|牧民|渔民|青年|妇女|[国族省市区]人(?!民币)|环卫工|工人|教师|医生|护士|民警|官兵|运动员|明星|艺人|MAU|DAU|"
    r"(?<=[\u4e00-\u9fff])(?<![的万萬亿億千百十])人(?![民次均造工机機物气氣心性事文行脸臉像参參形体體格权權头頭身]))")   # 8500万残疾人, 105万失能老年人: a noun of people


_VISITS_LEFT_RE = re.compile(r"人次[^，。；,;]*$")
_VISITS_RIGHT_RE = re.compile(r"[^\s，。；、,;\d]{0,8}?人次")


def visits_after(norm: str, e: int) -> bool:
    """Visits named right after a bare number (八十三萬觀光人次, 500萬訪港旅客人次)."""
    return _VISITS_RIGHT_RE.match(norm, e) is not None


# a clause that only compares (較去年同期增加21.3萬) counts what the clause before it named
_COMPARED_CLAUSE_RE = re.compile(r"^(?:较|較|比|与|與|相比|相较|相較|同比|环比|環比|按年|按月)")


def visits_named(norm: str, s: int, e: int) -> bool:
    """A head count named as visits before it (旅客人次…增长至828.2万) or after it (500萬訪港旅客人次), or in the
    clause before a comparison (住宿人次412.5萬，較去年同期增加21.3萬: sealed39)."""
    left = clause_left(norm, s, 32)
    if _VISITS_LEFT_RE.search(left) or _VISITS_RIGHT_RE.match(norm, e):
        return True
    k = s - len(left) - 1
    return (k > 0 and norm[k] in "，," and _COMPARED_CLAUSE_RE.match(left) is not None
            and _VISITS_LEFT_RE.search(clause_left(norm, k, 32)) is not None)


def people_context(norm: str, s: int, e: int | None = None, back: int = 3) -> bool:
    """The nearest measure word before the number names people, not money (网民规模5.64亿),
    or a people noun follows it (3亿吸烟者).  A clause with neither looks at the ones before
    (老年人口将超过2亿，2026年将超过3亿，2037年将超过4亿: up to three clauses)."""
    if e is not None and _PEOPLE_RIGHT_RE.match(norm, e):
        return True
    left = clause_left(norm, s, 32)
    people = [m.end() for m in _PEOPLE_LEFT_RE.finditer(left)]
    money = [m.end() for m in R.MONEY_CONTEXT_RE.finditer(left)
             if m.group(0) != "规模" and m.start() not in people]      # 人口总量: a total of people
    if (not people and not money and back and s > len(left) and norm[s - len(left) - 1] in "，,"
            and (e is None or not is_hanzi(norm[e:e + 1]))):
        return people_context(norm, s - len(left) - 1, None, back - 1)
    return bool(people) and (not money or people[-1] >= money[-1])


_SENTENCE_END_RE = re.compile(r"[。；;！？!?\n]")


def _quoted_level_kind(n: str, clause: int) -> str:
    """A level only quoted (收于7.1050) is of what the sentence's clauses before it name: an index or an exchange
    rate when the nearest of those names is one, else a price."""
    a = max(0, clause - 40)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(n, a, clause)]
    before = n[ends[-1] if ends else a:clause]
    marks = [m for m in _INDEX_LEFT_RE.finditer(before)] + [m for m in _PAIR_LEFT_RE.finditer(before)]
    prices = [m for m in _PRICE_LEFT_RE.finditer(before) if m.group(0) not in _QUOTE_VERBS]
    if marks and (not prices or max(m.end() for m in marks) >= max(m.end() for m in prices)):
        return "index"
    return "money"


def measured_kind(n: str, s: int, e: int, tok: str) -> str | None:
    """A bare number is a figure when its clause names a measure: PMI为49.6 (index),
    中间价报6.8109 (money).  Whole numbers only right after the measure (指数为100)."""
    after = n[e:e + 1]
    from_to = _CHANGE_AFTER_RE.match(n, e)              # 由1.04下降到0.59, 从十年前的2.81下降到
    if after and (after in ".-/" or (is_hanzi(after) and after not in "，。；、和与及或" and not from_to
                                      and not n.startswith(("折算", "计算"), e)   # 按平均汇率6.8985折算
                                      and not ("." in tok and _NAMED_RIGHT_BEFORE_RE.search(n, max(0, s - 4), s)))):
        return None                     # (流动比率1.54尚在安全线以上: a decimal right after its measure's name is its value)
    if "." in tok and n[s - 1:s] in "(（" and _BRACKETED_LEVEL_RE.match(n, e):
        return "index"                  # 甲类(107.54)及乙类(105.41)消费物价指数: each class's index level
    if "." in tok and _bracketed_after_name(n, s, e) and _INDEX_WORD_RE.search(n, after_last_mark(n, "。！？!?\n", 0, s), s):
        return "index"                  # 整体住宅楼价指数为248.2,…当中澳门半岛(245.5)下跌1.3%: each region's level
    left = clause_left(n, s, 20)
    clause, k = left, s - len(left)
    for _ in range(3):         # 收入比缩小到2.39，比上年下降0.06; 指數為340.79,較去年同期的417.76,按年下降18.42%,較7月的348.10
        if not (_COMPARED_RE.match(clause) or clause.startswith(("按年", "按月"))) or k <= 0 or _INDEX_LEFT_RE.search(left):
            break
        clause = clause_left(n, k - 1, 20)
        left, k = clause + left, k - 1 - len(clause)
    core = tok.lstrip("-负")
    if len(core) == 4 and core.isdigit() and 1900 <= int(core) <= 2100:
        return None                                       # 全球创新指数2022: an edition, not a value
    if (not after or after in "，,。；;") and not _PRICE_LEFT_RE.search(left) and (
            (_QUOTED_LEVEL_RE.search(left) or left == "为" and _CLASS_THEN_LEVEL_RE.search(n, max(0, s - 6), s))
            and not money_context(n, s, e)
            or _BASE_OF_LEVEL_RE.search(left) and _INDEX_LEFT_RE.search(left)):
        return "index"
    if "." in tok and _MOVED_TO_LEVEL_RE.search(n, max(0, s - 16), s):
        return "index"                  # 国债期货合约下行0.03%至101.000, 领先指数下跌0.3%，至98.8: the level reached
    if "." not in tok and not _WHOLE_INDEX_RE.search(left[-8:]) and not (
            _INDEX_LEFT_RE.search(left) and _REACHED_RE.search(left[-3:])):
        return None
    m_index = list(_INDEX_LEFT_RE.finditer(left))
    if ("兑" in left or "对" in left) and (pair := _PAIR_LEFT_RE.search(left)):
        m_index.append(pair)
        m_index.sort(key=lambda m: m.end())
    m_price = list(_PRICE_LEFT_RE.finditer(left))
    if not m_index and m_price and all(m.group(0) in _QUOTE_VERBS for m in m_price):
        return _quoted_level_kind(n, s - len(left))     # 美元指数贬值0.5%，收于99.52: the level of what moved
    if m_index and (not m_price or m_index[-1].end() >= m_price[-1].end()
                    or all(m.group(0) in _QUOTE_VERBS for m in m_price if m.end() > m_index[-1].end())):
        return "index"
    return "money" if m_price else None


def _named_measure(n: str, s: int, e: int) -> bool:
    """A magnitude alone (过亿) is a figure only where its clause says what it counts (people, money);
    装机过亿 leaves its unit to the figure before it."""
    if n[max(0, s - 3):s] in ("成千上", "成百上"):
        return False                            # 成千上万: an idiom, no figure
    # (or, closing its clause, a sum of money with a magnitude told beside it in its sentence: 票房收入超1亿元，较2024年
    # 提前近两个月破亿 — the same mark, money: sealed43; 几万甚至数十万美元 shares a unit, 突破万亿大关 names a barrier)
    return people_context(n, s, e) or money_context(n, s, e) or (
        (e >= len(n) or n[e] in "，,。；;！？!?\n") and money_sibling(n, s, e))


_COUNTED_LEFT_RE = re.compile(r"数量|人数|户数|个数|数目|总数")


def _NOUN_NEXT(n: str, e: int) -> bool:
    """A word after the number (189万中小企业, 3万多农户, 30万“新农人”) or a count named before it
    (连接数量将突破35亿) says what it counts; 的 does not (超53亿的成绩)."""
    return (is_hanzi(n[e:e + 1]) and n[e] != "的") or n[e:e + 1] in "“\"「" or bool(
        _COUNTED_LEFT_RE.search(clause_left(n, e, 16)))


# a sum handed to each person or household (政府向每名合資格市民發放１万, 特首宣布每人派1萬, 补贴每人3000): money, in
# the sentence's currency; a giving verb and 每人/每户/每名… in the 24 characters before it, no unit after it
_PER_HEAD_RE = re.compile(r"每(?:人|户|位|个家庭|名[\u4e00-\u9fff]{0,6}?)")
_GIFT_RE = re.compile(r"发放|派发|派|发|奖励|补贴|补助|资助|给予|领取|获发|可获|可领|赠送|津贴|红包|消费券|现金"
                      r"|獎勵|奬勵|勵|補貼|補助|資助|給予|領取|獲|領|贈送|紅包|消費券|現金")


def per_head_gift(n: str, s: int, e: int) -> bool:
    """A bare sum given per head (see _PER_HEAD_RE): nothing but a clause mark or the end after it."""
    if "每" not in n[max(0, s - 24):s] or is_hanzi(n[e:e + 1]):
        return False
    left = n[after_last_mark(n, "。！？!?\n；;", max(0, s - 24), s):s]
    head = _PER_HEAD_RE.search(left)
    return head is not None and _GIFT_RE.search(left) is not None and not re.search(r"[，,]", left[head.end():])


def bare_kind(n: str, s: int, e: int, tok: str, p: Parsed, has_q: bool = False) -> str | None:
    """Kind of a number with no unit, or None when a bare number is not a fact."""
    if p.form == "pair" and not re.search(r"[十百千拾佰仟万亿]", tok):
        return None                                       # 三四 alone: 乱七八糟
    has_mag = bool(_BARE_MAG_RE.search(tok))
    if tok.lstrip("-负")[:1].isdigit():
        if n[e:e + 1] in ("级", "月", "日", "号"):
            return None                                   # 低于7月份的…: a month or day left unread (no year), never a count
        if not has_mag and "," not in tok and not has_q:
            if len(tok) >= 3 and per_head_gift(n, s, e):
                return "money"
            return measured_kind(n, s, e, tok)
    else:
        if n[e:e + 1] in ("级", "年", "号", "届", "期", "代", "版") or n.startswith(("世纪", "年代"), e):
            return None                                   # 二十一世纪 is an era, 二十一号 a name: no counts
        if n[s - 1:s] in ("月", "初", "第"):
            return None                                   # 腊月二十三 is a day
        core = tok.lstrip("负-")
        if core[0] in "万亿" and not (has_q and core in ("万", "亿", "万亿") and _named_measure(n, s, e)):
            return None               # 万一, 亿万; 老年人口过亿, 资金破万亿 (a qualifier, a named measure) are figures
        strong = has_mag or "点" in core or (
            (len(core) >= 3 or has_q) and any(c in "十百千拾佰仟" for c in core))
        if not strong:
            return None
    if people_context(n, s, e):
        return "count"
    if money_context(n, s, e) or (has_mag and not _NOUN_NEXT(n, e) and money_sibling(n, s, e)) or per_head_gift(n, s, e):
        return "money"
    return "count" if is_hanzi(n[e:e + 1]) else "quantity"
