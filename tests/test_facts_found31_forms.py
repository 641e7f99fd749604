"""Forms found probing the registers a fresh sample is drawn from (found31; sentences written for the tests).

- **Junk:** a bound in a rule's condition (`砍伐20株以上树木的，处以罚款`, `违法所得超过5000元的，`), a bound before the
  cases or accidents it sorts (`占用绿地200平方米以上的行政处罚案件`), joined conditions (`…树木和占用绿地…以上的…案件`),
  an age as a criterion (`年满18周岁的公民`, `未满14周岁`), a growth bounded before the firms or places it sorts
  (`净利润增长100%以上的公司`, `增速高于10%的省份`), an output or income bounded before the projects or firms
  (`产值超10亿元的项目`, `营业收入首次超过1亿元的企业`), and a span or sum reached as a criterion after 满
  (`缴费满15年的参保人员`, `单次消费满200元可使用`).
- **Found and value:** ASCII digits grouped by full-width commas (`1，234，567吨` read as 567 吨), a magnitude with an
  empty place (`1万零500美元` read as 1万 in 元/吨 and a separate 500 美元).
- **Unit:** iron ore priced per dry or wet tonne (`105.2美元/干吨` lost its denominator), a fuel, power or fare priced
  per a unit named before it with words between (`每公升汽油零售价调至29.5元`, `每千瓦时上网电价为0.39元`,
  `每度電價調至3.45元`, `每公里运价提高0.05元`).
- **Kind and unit of bare sums:** a sum handed to each person or household (`向每名合資格市民發放１万`, `每人派1萬`,
  `补贴每人3000`: a quantity of no unit, or nothing) is money; a level revised to after a sum per a unit keeps the
  unit (`由每月2,100元调整为2,280元`, `由每平方米80元上调至95元`: the second was plain 元); a job market's
  `求人倍率为1.52` is an index (nothing was read).
- **Grain notices:** the 市斤 (`每市斤1.18元` was plain 元, `13,000亿市斤` a count of 市), the next grade's or market's
  sum after a price per a unit (`三等小麦每斤1.25元，二等1.27元`, `山东地区每吨2380元，河南地区2360元`: the second was
  plain 元).
- **Rough magnitudes:** a round magnitude after 数 or 几 (`数十家企业`, `数万亩`, `数百亿元`, `几十张小桌`, `几万人`:
  nothing was read) is the magnitude with 数/几 as its qualifier, as `上千人` is; an era (`数十年来`), `数以万计` and a
  count's name (`人数十二点五万人`) are not.
- **Latin and compatibility units:** square and cubic metres typed with a plain digit or as one character
  (`12.5万m2`, `3.2km2`, `1.2亿m3`, `120㎡`, `3.5㎞`: nothing was read).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = None) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


def _labels_read(text: str, labels: tuple[str, ...]) -> list[str]:
    found = [f["surface"] for f in extract(text)]
    return [s for s in found for label in labels if label in s or s in label]


@pytest.mark.parametrize(("text", "labels"), [
    ("擅自砍伐２０株以上树木的，由主管部门处以罚款。", ("２０株",)),
    ("违法所得超过5000元的，并处违法所得一倍以上五倍以下罚款。", ("5000元",)),
    ("造成3人以上重伤的，依法追究责任。", ("3人",)),
    ("对占用绿地面积200平方米以上的案件，由市局直接查处。", ("200平方米",)),
    ("擅自砍伐、迁移２０株以上树木和占用绿地２００平方米以上的行政处罚案件，由区执法局办理。", ("２０株", "２００平方米")),
    ("死亡3人以上的事故共发生12起。", ("3人",)),
    ("年满18周岁的公民均可申请。", ("18周岁",)),
    ("未满14周岁的未成年人不承担刑事责任。", ("14周岁",)),
    ("已满16周岁的学生可以报名。", ("16周岁",)),
    ("其中净利润增长100%以上的公司686家，占比13%。", ("100%",)),
    ("1-4月，全社会用电量增速高于10%的省份有新疆、重庆、青海和江西。", ("10%",)),
    ("全市年预计产值超10亿元的项目共计完成产值446亿元。", ("10亿元",)),
    ("累计缴费满15年的参保人员可按月领取养老金。", ("15年",)),
    ("在本市连续缴纳社保满12个月的，可申请购房资格。", ("12个月",)),
    ("工作满三年的职工可享受带薪年假5天。", ("三年",)),
    ("单次消费满200元可使用优惠券。", ("200元",)),
    ("对营业收入首次超过1亿元的企业，奖励100万元。", ("1亿元",)),
    ("年销售收入首次突破5亿元的企业，给予一次性奖励50万元。", ("5亿元",)),
])
def test_a_rules_condition_or_criterion_is_no_figure(text: str, labels: tuple[str, ...]) -> None:
    assert _labels_read(text, labels) == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("老人今年已满100岁。", "100岁", 100),                        # a person's age
    ("60%以上的GDP来自服务业。", "60%以上", 60),                    # a share of the noun itself
    ("全市GDP增长6%以上。", "6%以上", 6),                           # a growth reached
    ("超过80%的12万家企业已复工。", "超过80%", 80),                  # a share before a count
    ("其中净利润增长100%以上的公司686家，占比13%。", "686家", 686),   # the class's count stays
    ("死亡3人以上的事故共发生12起。", "12起", 12),
    ("全市年预计产值超10亿元的项目共计完成产值446亿元。", "446亿元", 44600000000),
    ("工作满三年的职工可享受带薪年假5天。", "5天", 5),
    ("对营业收入首次超过1亿元的企业，奖励100万元。", "100万元", 1000000),
])
def test_a_figure_beside_a_condition_stays(text: str, surface: str, value: int) -> None:
    assert _facts(text)[surface]["value"] == value


@pytest.mark.parametrize(("text", "surface"), [
    ("国防科技大学研究员王某不满14岁考入学校计算机系。", "14岁"),       # a person's age, below a bound
    ("不满一岁的女婴被送往医院。", "一岁"),
])
def test_a_persons_age_under_a_bound_stays(text: str, surface: str) -> None:
    assert surface in _facts(text)


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("全年原煤产量1，234，567吨。", "1，234，567吨", 1234567, "吨"),
    ("全年接待游客12，345万人次。", "12，345万人次", 123450000, "人次"),
    ("LME铜价一度升至每吨1万零500美元。", "1万零500美元", 10500, "美元/吨"),
    ("全年接待游客3万零50人次。", "3万零50人次", 30050, "人次"),
    ("铁矿石62%品位粉矿价格报105.2美元/干吨。", "105.2美元/干吨", 105.2, "美元/干吨"),
    ("每公升汽油零售价调至29.5元。", "29.5元", 29.5, "元/公升"),
    ("每千瓦时上网电价为0.39元。", "0.39元", 0.39, "元/千瓦时"),
    ("台電電價平均調漲3%，每度電價調至3.45元。", "3.45元", 3.45, "元/度"),
    ("每公里运价提高0.05元。", "0.05元", 0.05, "元/公里"),
])
def test_odd_typography_and_units_named_first(text: str, surface: str, value: float, unit: str) -> None:
    f = _facts(text)[surface]
    assert (f["value"], f["unit"]) == (value, unit)


@pytest.mark.parametrize(("text", "surfaces"), [
    ("截至5万2018年。", ("5万", "2018年")),                 # a tail of four digits under 万 is no 万零 form
    ("每度过一个春节，家庭平均支出5000元。", ("5000元",)),     # 每度过 names no 度
])
def test_near_forms_read_as_before(text: str, surfaces: tuple[str, ...]) -> None:
    facts = _facts(text)
    assert all(s in facts for s in surfaces)
    assert facts[surfaces[-1]]["unit"] in ("元", "年", None)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("政府向每名合資格市民發放１万。", "１万", 10000),
    ("特首宣布每人派1萬。", "1萬", 10000),
    ("獎勵每人2萬。", "2萬", 20000),
    ("一次性发放补贴每人3000。", "3000", 3000),
])
def test_a_bare_sum_given_per_head_is_money(text: str, surface: str, value: int) -> None:
    f = _facts(text)[surface]
    assert (f["kind"], f["value"], f["unit"]) == ("money", value, "元")


def test_a_bare_count_per_head_without_a_gift_stays_unread_as_money() -> None:
    facts = _facts("每人１万，每户最多３万。")
    assert all(f["kind"] != "money" for f in facts.values())


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("最低工资标准由每月2,100元调整为2,280元。", "2,280元", "元/月"),
    ("月租金由每平方米80元上调至95元。", "95元", "元/平方米"),
])
def test_a_level_revised_to_keeps_the_sums_unit(text: str, surface: str, unit: str) -> None:
    assert _facts(text)[surface]["unit"] == unit


def test_a_job_markets_vacancies_per_seeker_is_an_index() -> None:
    f = _facts("全省求人倍率为1.52。")["1.52"]
    assert (f["kind"], f["value"]) == ("index", 1.52)


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("托市收购价为每市斤1.18元。", "1.18元", "元/市斤"),
    ("粮食产量达到13,000亿市斤。", "13,000亿市斤", "市斤"),
    ("三等小麦每斤1.25元，二等1.27元。", "1.27元", "元/斤"),
    ("山东地区玉米每吨2380元，河南地区2360元。", "2360元", "元/吨"),
    ("每股收益0.5元，营收12亿元。", "12亿元", "元"),            # a total beside a price per share stays
])
def test_grain_notices_units(text: str, surface: str, unit: str) -> None:
    assert _facts(text)[surface]["unit"] == unit


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("建筑面积12.5万m2，比上年增长3%。", "12.5万m2", 125000, "m2"),
    ("新区规划面积3.2km2。", "3.2km2", 3.2, "km2"),
    ("水库蓄水量达1.2亿m3。", "1.2亿m3", 120000000, "m3"),
    ("户型面积120㎡。", "120㎡", 120, "㎡"),
])
def test_area_and_volume_units_typed_plainly(text: str, surface: str, value: float, unit: str) -> None:
    f = _facts(text)[surface]
    assert (f["kind"], f["value"], f["unit"]) == ("quantity", value, unit)


@pytest.mark.parametrize(("text", "surface", "value", "qualifier"), [
    ("来到现场，数十家企业在商圈摆摊。", "数十家", 10, "数"),
    ("當中數百條銀條仍在運送途中。", "數百條", 100, "数"),
    ("当地数万亩养殖塘面临风险。", "数万亩", 10000, "数"),
    ("投资者仍在观望，这数百亿元的资金尚未入市。", "数百亿元", 10000000000, "数"),
    ("入口处摆放了几十张小桌。", "几十张", 10, "几"),
    ("上万甚至几万人参加。", "几万人", 10000, "几"),
])
def test_a_round_magnitude_after_shu_or_ji_is_read_with_its_word(text: str, surface: str, value: int,
                                                                  qualifier: str) -> None:
    f = _facts(text)[surface]
    assert (f["value"], f["qualifier"]) == (value, qualifier)


@pytest.mark.parametrize("text", ["数十年来首次。", "数以万计的游客涌入。", "几十年来第一次。",
                                  "数千日本民众在国会前集会。", "几十万天门人回乡创业。", "数千个月饼组成巨型月饼。",
                                  "气温从零下几十摄氏度回升。"])
def test_eras_and_countless_stay_unread(text: str) -> None:
    assert all(f["kind"] not in ("duration", "count") or f["surface"] == "第一次" for f in extract(text))


def test_a_counts_name_ending_in_shu_keeps_its_exact_figure() -> None:
    f = _facts("人数十二点五万人。")["十二点五万人"]
    assert (f["value"], f["qualifier"]) == (125000, None)
