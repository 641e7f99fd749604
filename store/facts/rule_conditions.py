"""Bounds that state a rule's condition or a criterion, not anything measured (tests/gold/README.md
"Conventions": labels yield no fact, as the class bounds of `attribute_classes` do):

- a bound inside a condition that closes with 的 and a clause mark — the legal "whoever …" phrase:
  `砍伐20株以上树木的，处以罚款`, `违法所得超过5000元的，`, `造成3人以上重伤的；` (the fine or the count of such
  cases is the figure; no 20 trees were felled);
- a bound before the cases, acts or accidents it sorts: `占用绿地200平方米以上的行政处罚案件`,
  `死亡3人以上的事故` (the count of those cases is the figure);
- a span, sum or count reached as a criterion, after 满 and before 的 or what it allows: `缴费满15年的参保人员`,
  `缴纳社保满12个月的，`, `工作满三年的职工`, `单次消费满200元可使用优惠券` (who or what qualifies);
- an age as a criterion: `年满18周岁的公民`, `未满14周岁`, `不满16周岁的人`, `已满16周岁的` (who qualifies, no
  one's age; a person's age, `老人今年已满100岁。`, `不满14岁考入大学`, stays);
- a growth or a share bounded before the firms, places or stocks it sorts: `净利润增长100%以上的公司686家`,
  `增速高于10%的省份有新疆…` (the count or the list is the figure; `60%以上的GDP`, with no verb of change
  before it, bounds a share of the noun itself and stays).

`condition_spans` marks them before figures are read, as `traps.trap_spans` does.
"""

from __future__ import annotations

import re

from .regex_edges import holds_any

_NUM = r"(?<![\d.,])\d[\d,]*(?:\.\d+)?[万亿]?"
_CN_NUM = r"(?<![一二两三四五六七八九十百千万亿\d.])[一二两三四五六七八九十百千]+[万亿]?"
# a unit or measure word: up to four characters, none a clause mark, digit or bound
_UNIT = r"(?:(?![的以及或超不低高少多达为是和就可即、，,；;。])[\u4e00-\u9fffA-Za-z%/²³]){1,4}?"
_BOUND_AFTER = r"(?:及|或)?(?:以上|以下|以内)"
_BOUND_BEFORE = r"(?:超过|超出|不足|不满|不超过|低于|高于|少于|多于|大于|小于|达到)"
_FIGURE = rf"(?:{_BOUND_BEFORE}(?:{_NUM}|{_CN_NUM}){_UNIT}|(?:{_NUM}|{_CN_NUM}){_UNIT}{_BOUND_AFTER})"
# the rest of the condition: words only (no clause mark, no second figure), then 的 and a clause mark
_CONDITION_RE = re.compile(rf"{_FIGURE}(?=[\u4e00-\u9fffA-Za-z]{{0,10}}?的[，,；;、])")
# the cases, acts or accidents a bound sorts, after 的 and up to ten characters of their name
_CASE_RE = re.compile(rf"{_FIGURE}(?=的[\u4e00-\u9fff]{{0,10}}?(?:案件|案|行为|情形|情节|事故|事件|犯罪))")
# an age as a criterion: 年满/未满 wherever they stand; 已满/满 before 的 or a bound
# (不满 with the legal 周岁 only: 王戟不满14岁考入…, 不满一岁的永康 tell a person's age)
# (岁 after 年满/未满 only before a bound or who qualifies: 年满30岁的张华 is a person's age)
_WHO = (r"(?:公民|居民|人员|人士|人群|青年|学生|老人|老年人|男性|女性|男子|女子|职工|员工|儿童|未成年人|申请人|参保人|考生|"
        r"村民|农民|群众|者|人)")
_AGE_RE = re.compile(r"(?:(?<=年满)|(?<=未满))(?:\d+|[一二三四五六七八九十]+)周岁(?:及|或)?(?:以上|以下)?"
                     rf"|(?:(?<=年满)|(?<=未满))(?:\d+|[一二三四五六七八九十]+)岁(?:(?:及|或)?(?:以上|以下)|(?=的?{_WHO}|的[，,]|[可即后]))"
                     r"|(?<=不满)(?:\d+|[一二三四五六七八九十]+)周岁"
                     r"|(?<=满)(?<![不年未]满)(?:\d+|[一二三四五六七八九十]+)周?岁(?=(?:及|或)?(?:以上|以下)|的)")
# a span, a sum or a count reached as a criterion (缴费满15年的参保人员, 缴纳社保满12个月的，, 工作满三年的职工,
# 单次消费满200元可使用, 购车金额满10万元的，): who or what qualifies, told by 满 and then 的 or what it allows
# (ages are _AGE_RE's: 不满一岁的永康 is a person's age)
_REACHED_RE = re.compile(rf"(?<=满)(?<!不满)(?:{_NUM}|{_CN_NUM})(?!周?岁){_UNIT}(?:及|或)?(?:以上)?(?=的|[可即方才就]|后[可即方才就])")
# a growth or share bounded before the firms, places or stocks it sorts
_MOVE = r"(?:增长|增速|增幅|涨幅|跌幅|降幅|下降|下跌|上涨|提高|回落|增加|减少)"
_SORTED = (r"(?:公司|企业|上市公司|个股|股票|基金|省份|省区|省市|城市|地区|县|县区|区县|行业|国家|经济体|产品|品种|"
           r"项目|园区|银行|机构)")
_MOVE_CLASS_RE = re.compile(
    rf"(?<={_MOVE})(?:在|达|达到)?(?:(?:超过|超|高于|低于|不足|大于|小于)(?:{_NUM})%|(?:{_NUM})%{_BOUND_AFTER})"
    rf"(?=的[\u4e00-\u9fff]{{0,6}}?{_SORTED})")

# an earlier bound joined to a condition or a case bound by 和/或/、 (砍伐20株以上树木和占用绿地200平方米以上的
# …案件): the first clause of the same condition
_JOINED_RE = re.compile(rf"{_FIGURE}(?=[\u4e00-\u9fff]{{0,8}}?[和或、及与][\u4e00-\u9fff]{{0,8}}?$)")

_GATE = ("的", "满")


def condition_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each bound above in the normalised text."""
    if "的" not in norm and "满" not in norm:     # (_GATE, written out)
        return []
    out: list[tuple[int, int]] = []
    if "满" in norm:
        if "岁" in norm:
            out += [m.span() for m in _AGE_RE.finditer(norm)]
        out += [m.span() for m in _REACHED_RE.finditer(norm)]
    if "的" not in norm:
        return out
    bounded = holds_any(norm, ("以上", "以下", "以内", "超", "不足", "不满", "低于", "高于", "少于", "多于",
                               "大于", "小于", "达到"))
    if bounded:
        if "的，" in norm or "的," in norm or "的；" in norm or "的;" in norm or "的、" in norm:
            out += [m.span() for m in _CONDITION_RE.finditer(norm)]
        out += [m.span() for m in _CASE_RE.finditer(norm)]
        if "%" in norm:
            out += [m.span() for m in _MOVE_CLASS_RE.finditer(norm)]
        for s, _ in list(out):
            lo = max(0, s - 24)
            joined = [m for m in _JOINED_RE.finditer(norm[lo:s])]
            out += [(lo + m.start(), lo + m.end()) for m in joined[-1:]]
    return out
