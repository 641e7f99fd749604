"""A span of time that measures an activity names it; one that frames other figures names
nothing (tests/gold/README.md: `为期3年的援藏援青工作`, `在70多年的革命生涯中`, `经过一个多小时的紧张忙碌`,
`已有千年历史`, `会期6天`; `十年间`, `近三年来` have no subject)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("经过约6.5小时的出舱活动，三名航天员安全返回问天实验舱。", "约6.5小时", "出舱活动"),
    ("经过一个多小时的紧张忙碌，共栽种苗木2000余株。", "一个多小时", "紧张忙碌"),
    ("历经7个月的紧张施工，安置房目前已全部建成。", "7个月", "紧张施工"),
    ("在近40年的戍边生涯里，他为边防官兵指向带路。", "近40年", "戍边生涯"),
    ("在历时一年的队伍教育整顿过程中，清除了害群之马。", "一年", "队伍教育整顿"),
    ("双方的目标是结束持续近3年的冲突。", "近3年", "冲突"),
    ("为期4天的年会将举办50多场论坛活动。", "4天", "年会"),
    ("为期三天的2025国际人工智能科学家大会今天闭幕。", "三天", "2025国际人工智能科学家大会"),
    ("为期两天的第23届多哈论坛6日开幕。", "两天", "第23届多哈论坛"),
    ("为期三天的清明假期今天（4月6日）结束。", "三天", "清明假期"),
])
def test_a_span_before_of_names_the_activity_after_it(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("大会为期4天，将围绕人工智能应用展开讨论。", "4天", "大会"),
    ("本次活动为期三天，覆盖沿线15个省区市。", "三天", "本次活动"),
    ("展会将持续6天。", "6天", "展会"),
    ("大会历时1小时26分钟，于10时26分结束。", "1小时26分钟", "大会"),
])
def test_a_span_held_by_a_noun_names_it(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("已有1500多年历史的龙门石窟是重要的世界文化遗产。", "1500多年", "历史"),
    ("这座拥有两千多年历史的水利工程至今仍在使用。", "两千多年", "历史"),
    ("当地的元宵游灯习俗有近千年的历史。", "近千年", "历史"),
    ("探寻姑苏城2500余年的历史文脉。", "2500余年", "历史文脉"),
    ("有着2800多年历史的平遥古城是世界文化遗产。", "2800多年", "历史"),
])
def test_years_of_history_name_the_history(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("报告回顾了过去5年的工作。", "5年"),
    ("规划明确了未来五年的发展方向。", "五年"),
    ("中非贸易额连续5年创历史新高。", "5年"),
    ("水利投资连续3年突破历史纪录。", "3年"),
    ("在10年的时间里，他完成了这项研究。", "10年"),
    ("他们只用了3年时间就完成了注册。", "3年"),
    ("纵队官兵历时近200天将800余人营救回内地。", "近200天"),
    ("团队经过十多年的努力实现了卫星系统的自主可控。", "十多年"),
    ("经过5年的首创性、集成式探索，试验区将更加完善。", "5年"),
])
def test_a_span_that_frames_or_runs_names_nothing(text: str, surface: str) -> None:
    assert subjects(text)[surface] is None


@pytest.mark.parametrize(("text", "surface"), [
    ("至9月份，能繁母猪存栏已经连续增长12个月，月均增速3.1%。", "12个月"),
    ("猪肉价格已经连续下降了两个多月。", "两个多月"),
    ("布伦特原油一周累计下跌20.3%。", "一周"),
    ("世界银行一年之中4次下调全球经济增长预期。", "一年"),
    ("今年是“十四五”收官之年，这五年，中国发展日新月异。", "五年"),
    ("青藏铁路全线通车运营20年来，货运量稳步增长。", "20年"),
])
def test_a_span_framing_other_figures_takes_no_subject_from_before_it(text: str, surface: str) -> None:
    assert subjects(text)[surface] is None


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("目前，神舟十八号乘组已在轨工作近5个月，多项实验进展顺利。", "近5个月", "在轨工作"),
    ("他从事组织工作近20年，始终勤勉敬业。", "近20年", "从事组织工作"),
    ("这名被困近40小时的老人成功获救。", "近40小时", "被困"),
    ("西哈努克亲王在中国生活近40年，把中国视为第二故乡。", "近40年", "在中国生活"),
    ("据悉，15个中央巡视组将在被巡视单位工作2个半月左右。", "2个半月左右", "在被巡视单位工作"),
])
def test_a_span_spent_on_an_activity_names_the_activity(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("在快递一线工作13年来，他累计配送里程超32万公里。", "13年"),
    ("《飞驰人生3》上映7天，票房已突破28亿元。", "7天"),
])
def test_a_span_framing_a_count_or_a_film_run_names_nothing(text: str, surface: str) -> None:
    assert subjects(text)[surface] is None
