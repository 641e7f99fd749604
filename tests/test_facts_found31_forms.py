"""Forms found probing the registers a fresh sample is drawn from (found31; sentences written for the tests).

- **Junk:** a bound in a rule's condition (`砍伐20株以上树木的，处以罚款`, `违法所得超过5000元的，`), a bound before the
  cases or accidents it sorts (`占用绿地200平方米以上的行政处罚案件`), joined conditions (`…树木和占用绿地…以上的…案件`),
  an age as a criterion (`年满18周岁的公民`, `未满14周岁`), a growth bounded before the firms or places it sorts
  (`净利润增长100%以上的公司`, `增速高于10%的省份`), and an output bounded before the projects (`产值超10亿元的项目`).
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
])
def test_a_figure_beside_a_condition_stays(text: str, surface: str, value: int) -> None:
    assert _facts(text)[surface]["value"] == value


@pytest.mark.parametrize(("text", "surface"), [
    ("国防科技大学研究员王某不满14岁考入学校计算机系。", "14岁"),       # a person's age, below a bound
    ("不满一岁的女婴被送往医院。", "一岁"),
])
def test_a_persons_age_under_a_bound_stays(text: str, surface: str) -> None:
    assert surface in _facts(text)
