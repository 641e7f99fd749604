"""A grain's grade written beside its price: `三等2410元/吨,水分14%,杂质1,霉变2`, `30%水分玉米收购价为0.9696元/斤`.

The moisture or impurity percent names the grade the price is for (what the buyer accepts), not a
measured share of anything (sealed16's call, as heat values `5500大卡` are traps in every set). Read as a
label only where its sentence prices a grain: an item of the price list between commas (`,水分14%,`,
`,水分含量在14%-15%。`, `,水分含量14%以内;`) or in a bracket after a price (`820~840元/吨(水分30%左右)`), or a
percent of moisture right before the grain it grades (`30%水分玉米`, `水分含量为14%左右新玉米`). A moisture measured
(`今年新粮水分降至14%`) has a verb before it and stays a figure.  (A bracketed spec before a commodity's
price, `无烟煤(洗中块,挥发份≤8%)`, is a recorded conflict the extractor reads as a figure: not touched here.)
"""

from __future__ import annotations

import re

_SPEC = r"(?:水分|水份|含水量|含水率|杂质|雜質|霉变|黴變|霉變|容重|不完善粒|破碎粒|生霉粒|热损伤粒|蛋白质?|含油率?|出米率|整精米率)"
_GRAIN = r"(?:玉米|小麦|小麥|稻谷|稻穀|大豆|高粱|潮粮|潮糧|新粮|新糧|粮食|糧食|湿粮|干粮|粳稻|籼稻|菜籽|油菜籽|花生)"
# an item of the price list or a bracket after a price: `,水分14%,`, `,水分含量在14%-15%。`, `,水分含量14%以内;`,
# `(水分30%左右)` — the spec word, its 含量, a bound, the percent or a range of percents, a qualifier, the item's end
_PCT = r"\d+(?:\.\d+)?(?:%|克/升|g/L)"
_LIST_ITEM_RE = re.compile(rf"(?<=[,，;；、(（:：]){_SPEC}(?:含量|含水量)?(?:在|为|為)?\s?(?:≤|<=|不超过|不超過|不高于|不高於)?\s?"
                           rf"({_PCT}(?:\s?[-—~～至到]\s?{_PCT})?)(?:左右|以内|以內|以下|以上)?(?=[,，;；。、)）(（]|$)")
# the bound's own edge in a bracket after it: `水分18.5%以内(含18.5%)`
_EDGE_IN_BRACKET_RE = re.compile(rf"{_SPEC}\s?{_PCT}(?:以内|以內|以下|以上)[(（]含\s?({_PCT})[)）]")
# moisture told in points before the grain's deduction (`16个水分以上每个水扣一分`) and a deduction rule (`超2扣1`)
_MOISTURE_POINTS_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?[个個](?=水分|水份)")
_DEDUCTION_RE = re.compile(r"(?<![\d.])超\s?\d+(?:\.\d+)?%?\s?扣\s?\d+(?:\.\d+)?%?")
_BEFORE_GRAIN_RE = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?%(?={_SPEC}{_GRAIN})")
# … or a spec phrase right before the grain it grades: 水分含量为14%左右新玉米到厂收购价
_SPEC_BEFORE_GRAIN_RE = re.compile(rf"{_SPEC}(?:含量)?(?:为|為|在)?\s?({_PCT})(?:左右|以内|以內|以下|以上)?(?=(?:新|潮|陈|陳)?{_GRAIN})")
_PRICE_RE = re.compile(r"元/(?:吨|斤|公斤)|收购价|收購價")
# a purchase's step rule (found30): the excess that costs a deduction and the deduction (`每超1个百分点扣量1%`,
# `水分每高出1个百分点扣价1.5%`), and a spec's bound before 的 and the grain or class it draws (`霉变粒超过2%的，`,
# `蛋白含量40%以上的优质大豆`): what the buyer's rule says, no measured share
_STEP_RE = re.compile(r"每(?:超|超过|超出|高出|高|增加|多|低|低于)\s?\d+(?:\.\d+)?(?:个百分点|%)?[,，]?\s?"
                      r"(?:扣|增扣|加扣)(?:量|价|价格|重|称|秤)?\s?\d+(?:\.\d+)?(?:%|个百分点|公斤|斤|分)?")
_SPEC_CLASS_RE = re.compile(rf"{_SPEC}粒?(?:含量)?(?:在)?\s?(?:超过|超出|高于|低于|大于|小于)?\s?({_PCT}(?:以上|以下|以内)?)"
                            rf"(?=的(?:[,，]|[\u4e00-\u9fff]{{0,4}}?{_GRAIN}))")
# a cotton lot's class by fibre length or strength told with its share (`长度28毫米以上的比例为95.4%`): the class
_COTTON_CLASS_RE = re.compile(r"(?:长度|强度|断裂比强度)\s?\d+(?:\.\d+)?\s?(?:毫米|mm|cN/tex)?(?:及|或)?以上(?=的?(?:比例|占比|比重))")


def grade_spec_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each grade percent in a sentence pricing a grain."""
    out = [m.span() for m in _DEDUCTION_RE.finditer(norm)] if "扣" in norm else []
    if "扣" in norm and "每" in norm:
        out += [m.span() for m in _STEP_RE.finditer(norm)]
    if "棉" in norm and "以上" in norm:
        out += [m.span() for m in _COTTON_CLASS_RE.finditer(norm)]
    priced = _PRICE_RE.search(norm) is not None and (re.search(_GRAIN, norm) is not None or "收购" in norm)
    if "的" in norm and (priced or "扣" in norm or "拒收" in norm):
        out += [m.span(1) for m in _SPEC_CLASS_RE.finditer(norm)]
    if not priced:
        return out
    if "水" in norm:
        out += [m.span() for m in _MOISTURE_POINTS_RE.finditer(norm)]
    if "%" not in norm:
        return out
    out += [m.span(1) for m in _LIST_ITEM_RE.finditer(norm)]
    out += [m.span(1) for m in _EDGE_IN_BRACKET_RE.finditer(norm)]
    out += [m.span() for m in _BEFORE_GRAIN_RE.finditer(norm)]
    out += [m.span(1) for m in _SPEC_BEFORE_GRAIN_RE.finditer(norm)]
    return out
