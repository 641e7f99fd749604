"""A bound or band on what people, firms or goods have, naming the class of them a sentence is about
(tests/gold/README.md "Conventions": labels yield no fact, as `5000万元及以上项目` and `35岁以下的党代表` do):

- an income, price, sum or use bounded or banded before 的 and who or what has it: `年收入12万元以下的纳税人`,
  `年薪26.4萬元以下的人士`, `月薪5000-8000元的岗位`, `3000元以下的手机`, `单笔500万元以上的交易`,
  `每月用電量不超過100度的住戶`, `出行800公里以上的游客`, `一亿元以下的项目`, `3年以上工作经验的求职者`, `40年以上
  老屋`, a tax's bracket (`不超过300万元的部分`): the count, share or rate told of the class is the figure;
- the same bound right before a short class noun (`40吨以上货车`, `10万元以下商品`), and a quake's grade where its
  clause counts the quakes (`7级以上地震共发生3次`, `发生多次5级以上余震`), as `6级及以上地震` is (class_thresholds).

A bound on a count of the noun itself (`3000万以上的用户`, `8枚以上的铜钱`, `60%以上的GDP`) measures that noun and
stays a figure, as does a bound before the figure's own measure (`1亿吨以上的历史最高水平`, `50%以上的目标`): neither
has a unit of an attribute or a class noun after it.  `attribute_class_spans` marks the classes before figures are
read, as `traps.trap_spans` does.
"""

from __future__ import annotations

import re

from .regex_edges import holds_any

_NUM = r"(?<![\d.,])\d[\d,]*(?:\.\d+)?"
# (in Chinese numerals too, as procurement news writes a bound: 一亿元以下的项目, found30's bulk read)
_CN_NUM = r"(?<![一二两三四五六七八九十百千万亿\d.])[一二两三四五六七八九十百千]+"
# units of what someone or something has: money, energy and water used, weight, size, distance, a time served
_MONEY = r"(?:[万亿千百]?(?:元|美元|港元|港币|澳门元|澳元|新台币元))"
_MEASURE = r"(?:度|千瓦时|立方米|吨|公斤|千克|克|升|毫升|公里|千米|平方米|平米|公顷|亩|瓦|千瓦)"
_UNIT = rf"(?:{_MONEY}|{_MEASURE})"
_RANGE = r"\s?(?:至|到|-|－|–|~|～|—)\s?"
_BOUND = r"(?:及|或)?(?:以上|以下|以内)"
# (an upper bound draws a class wherever it stands; a lower one only right after the attribute it bounds: 年收入超过
# 10万元的家庭 is a class, 签下超过7亿美元的订单 the orders' total)
_ATTRIBUTE = r"(?:收入|薪|工资|价格|售价|价|用电量|用水量|用气量|用量|面积|投资额|投资总额|营收|销售额|资产|排量|重量|载重|产值)"
_PRE_BOUND = rf"(?:不超过|不高于|不低于|不足|不满|低于|少于|{_ATTRIBUTE}(?:在)?(?:首次)?(?:超过|高于|多于|超|逾|突破))"
# who or what the class is of: people, households, firms, jobs, goods, vehicles, deals, a tax's bracket
_CLASS_NOUN = (r"(?:人士|人员|人群|居民|纳税人|职工|员工|雇员|劳动者|求职者|毕业生|岗位|职位|家庭|住户|用户|客户|户|老人|"
               r"老年人|儿童|学生|青年|群体|企业|公司|商户|工商户|项目|车辆|货车|汽车|乘用车|船舶|商品|产品|手机|交易|"
               r"订单|合同|房屋|住房|游客|旅客|乘客|患者|会员|部分)")
# (a modifier of up to eight characters between 的 and the noun, no clause mark or verb of a figure)
# (a numeral or a quantifier after 的, 总投资超过5000亿元的一批项目, counts the things the sum is the total of: no class)
_AFTER_DE = (r"(?=的(?![一二两三四五六七八九十几多数\d]+[批个家项件户])"
             rf"(?:(?![为是有达占比增减降涨跌])[\u4e00-\u9fffA-Za-z]){{0,8}}?{_CLASS_NOUN})")
_CLASS_RE = re.compile(
    rf"(?:{_PRE_BOUND}\s?{_NUM}\s?{_UNIT}"                             # 不超過100度的住戶
    rf"|{_NUM}(?:\s?{_UNIT})?{_RANGE}{_NUM}\s?{_UNIT}{_BOUND}?"        # 月薪5000-8000元的岗位
    rf"|(?:{_NUM}|{_CN_NUM})\s?{_UNIT}{_BOUND})"                        # 年薪26.4萬元以下的人士, 一亿元以下的项目
    rf"{_AFTER_DE}")
# a bound right before a short class noun: 40吨以上货车 (a verb between, 投资100亿元以上支持企业, makes it a sum)
_BARE_CLASS_RE = re.compile(rf"{_NUM}\s?{_UNIT}{_BOUND}(?=(?:中小|小微|大型|中型|小型|重型|新)?"
                            rf"(?:货车|车辆|汽车|乘用车|船舶|商品|产品|手机|住房|房屋|纳税人|人士|家庭))")
# a time served before the experience it bounds (3年以上工作经验的求职者), a building's age before the buildings
# (40年以上老屋, 30年以上的老旧小区)
_EXPERIENCE_RE = re.compile(rf"{_NUM}\s?年{_BOUND}(?=(?:的)?(?:(?:工作|从业|相关|管理|教学|执业)?(?:经验|经历|工龄|教龄)"
                            r"|老屋|老房|老宅|老旧|旧楼|危楼|房屋|住宅|建筑|楼龄|屋龄))")

# a bound on a quake's grade where its clause counts the quakes (7级以上地震共发生3次, 发生多次5级以上余震): the
# class counted; a wind or a quake that occurred (出现10级以上大风, 可能还会有7级以上地震) is measured and stays
_GRADE_CLASS_RE = re.compile(r"(?<![\d.一二三四五六七八九十])(?:\d+(?:\.\d)?|[一二三四五六七八九十]+)级(?:及|或)?以上的?"
                             r"(?=(?:强|破坏性|有感)?(?:地震|余震))")

# where a class can end: a unit, perhaps its bound, then 的 (scanned first: most texts have none)
_ANCHOR_RE = re.compile(r"(?:元|度|千瓦时|立方米|吨|公斤|千克|克|升|公里|千米|米|公顷|亩|瓦)(?:及|或)?(?:以上|以下|以内)?的")

_GATE = ("以上", "以下", "以内", "的", "经验", "经历", "工龄", "教龄")


def attribute_class_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each bound or band naming a class of people, firms or goods in the normalised text."""
    if not holds_any(norm, _GATE):
        return []
    out = []
    if "的" in norm:
        for a in _ANCHOR_RE.finditer(norm):
            out += [m.span() for m in _CLASS_RE.finditer(norm, max(0, a.start() - 32), min(len(norm), a.end() + 14))]
        out = sorted(set(out))
    if "以上" in norm or "以下" in norm or "以内" in norm:
        out += [m.span() for m in _BARE_CLASS_RE.finditer(norm)]
        if "年" in norm:
            out += [m.span() for m in _EXPERIENCE_RE.finditer(norm)]
        if "级" in norm and "次" in norm:
            out += [m.span() for m in _GRADE_CLASS_RE.finditer(norm) if _counted(norm, m.start(), m.end())]
    return out


def _counted(norm: str, s: int, e: int) -> bool:
    """The clause around s..e counts something in 次 (发生多次5级以上地震, 5级以上地震12次)."""
    lo = max((norm.rfind(c, 0, s) for c in "，。；,;"), default=-1) + 1
    his = [j for c in "，。；,;" if (j := norm.find(c, e)) >= 0]
    hi = min(his) if his else len(norm)
    return "次" in norm[lo:s] or "次" in norm[e:hi]
