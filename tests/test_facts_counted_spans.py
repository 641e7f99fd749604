"""Counts, spans and places in wording the number reader alone misses:
- issues counted: `分六期發行`, `分6期`, `首兩期`, `发行了两期` (count 期); `第六期` stays a rank, a tenor
  `10年期` and `同期`, `期间` no figure;
- a span of quarters: `维持五季`, `六季以來`, `連七季` (duration 季); `第三季`, `三季度` are not spans;
- the first or last N places: `前三位是…`, `后三位依次是` (rank N); `两位数` stays a label;
- 首季 / 今年首季 (Hong Kong, the first quarter) is a date though it has no numeral;
- an ordinal in 节段 or 航段 is a rank (`第六节段`), and one in 颗 (`连续第5颗绿灯`, `第五十九颗北斗卫星`).
Cases are written for this file, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _kinds(text: str, **kw) -> dict[str, tuple]:
    return {f["surface"]: (f["kind"], f["value"], f["unit"]) for f in extract(text, **kw)}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("財政部今年將在香港分六期共發行680億元人民幣國債。", "六期", 6),
    ("今年將分6期發行合共550億元國債。", "6期", 6),
    ("首兩期分別於3月及6月發行。", "兩期", 2),
    ("人民银行在香港成功发行了两期央行票据。", "两期", 2),
])
def test_issues_counted_are_a_count_of_qi(text, surface, value):
    assert _kinds(text)[surface] == ("count", value, "期")


@pytest.mark.parametrize(("text", "absent"), [
    ("10年期国债收益率下行2个基点。", "10年期"),
    ("与上年同期相比增长3%。", "同期"),
    ("今年第六期国债发行完毕。", None),
])
def test_tenors_and_issue_numbers_are_no_counts(text, absent):
    got = _kinds(text)
    assert all(k != "count" or "期" not in s for s, (k, _, _) in got.items())
    if absent:
        assert absent not in got


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("之后维持五季的不动利率。", "五季", 5),
    ("民間消費成長是六季以來最高。", "六季", 6),
    ("出口連七季衰退。", "七季", 7),
])
def test_a_span_of_quarters_is_a_duration(text, surface, value):
    assert _kinds(text)[surface] == ("duration", value, "季")


@pytest.mark.parametrize("text", ["今年第三季GDP增长3%。", "三季度经济回升。"])
def test_a_named_quarter_is_no_span(text):
    assert all(k != "duration" for k, _, _ in _kinds(text).values())


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("单位GDP能耗下降最多的前三位是山西、北京和天津。", "前三位", 3, "位"),
    ("后三位依次是贵州、青海、宁夏。", "后三位", 3, "位"),
    ("进入全国前10名的城市有两个。", "前10名", 10, "名"),
])
def test_the_first_or_last_places_are_a_rank(text, surface, value, unit):
    assert _kinds(text)[surface] == ("rank", value, unit)


@pytest.mark.parametrize("text", ["目前三名航天员完成了各项准备。", "此后两名选手相继退赛。", "最后三名学生到达。",
                                  "祖冲之将圆周率精确到小数点后七位。"])
def test_qian_or_hou_ending_a_word_makes_no_rank(text):
    assert all(k != "rank" for k, _, _ in _kinds(text).values())


def test_double_digits_stay_a_label():
    assert all("两位" not in s for s in _kinds("出口保持两位数增长。"))


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("首季貨品進口實質下跌10.9%。", "首季", "2020Q1"),
    ("較今年首季負9.1%再輕微下調。", "今年首季", "2020Q1"),
])
def test_the_first_quarter_written_shou_ji_is_a_date(text, surface, period):
    assert _kinds(text, date="2020-08-15")[surface] == ("date", period, None)


def test_a_plans_first_quarter_is_not_this_years():
    assert all(f["kind"] != "date" for f in extract("“十五五”首季经济实现平稳良好开局。", date="2026-04-20"))


def test_an_ordinal_in_segments_is_a_rank():
    assert _kinds("大桥主塔梁部第六节段顺利完成浇筑。")["第六节段"] == ("rank", 6, "节段")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("景氣燈號可望連續第7顆綠燈。", "第7顆", 7),
    ("这是我国发射的第五十九颗北斗导航卫星。", "第五十九颗", 59),
])
def test_an_ordinal_in_ke_is_a_rank(text: str, surface: str, value: int):
    kind, v, _unit = _kinds(text)[surface]
    assert (kind, v) == ("rank", value)
