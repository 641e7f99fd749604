"""Numerals that name, not measure: each a class of junk with the figures beside it that stay (junk36).

Sentences written for the tests in the registers the sets hold (tests/gold/README.md "## Junk by kind in a bulk sample
(junk36)" gives the counts over the tuning sets' labels, traps and the bulk corpus):

- a bound written as a sign in a bracket (`无烟煤(洗中块,挥发份≤8%)`, `含硫量<1%`): a spec, no measured share; the price
  the spec grades stays, and so do a percent without a sign and a figure a sign bounds outside a bracket (`≥5万人`);
- days or years named, then counted (`今、明两年`, `明后两天`): no span; a span not so named stays;
- Taiwan's rice crop seasons (`第一期稻作`, `第2期作`): the season's name, no rank; an issue's `第1期` stays;
- a unit's definition in brackets (`1亩约为667平方米`): no area; the area it explains stays;
- a quantile group (`最高百分之廿家庭`, `最低的20%家庭`): the group's name; its income and its growth stay;
- a month's use bounded with no user before it (`每個月用電120度以上`): a tariff's tier; a month's use measured stays;
- a span inside a document's title (`《上合组织未来10年发展战略》`), and a headline restating a title its body sets in 《》:
  part of the name; a span outside one stays.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-11-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _surfaces(text: str) -> list[str]:
    return [f["surface"] for f in _facts(text)]


@pytest.mark.parametrize(("text", "kept"), [
    ("无烟煤(洗中块,挥发分≤8%)价格为1250元/吨,较上期上涨30元/吨。", ["1250元/吨", "30元/吨"]),
    ("焦煤(主焦煤,含硫量<1%)价格为1680元/吨,涨幅1.8%。", ["1680元/吨", "1.8%"]),
    ("無煙煤(洗中塊,揮發份≤8%)價格1192元/噸。", ["1192元/噸"]),
    ("高纯硅（纯度≥99.9%）售价每吨8万元。", ["8万元"]),
])
def test_a_bound_written_as_a_sign_in_a_bracket_is_a_spec(text: str, kept: list[str]) -> None:
    assert _surfaces(text) == kept


@pytest.mark.parametrize(("text", "figure"), [
    ("今年以来煤炭价格下跌8%，库存增加。", "8%"),          # no sign
    ("现场观众人数≥5万人。", "≥5万人"),                    # a sign outside a bracket bounds a figure told
])
def test_a_figure_without_a_bracketed_sign_stays(text: str, figure: str) -> None:
    assert figure in _surfaces(text)


@pytest.mark.parametrize("text", [
    "與主要經濟體比較，今、明兩年國內經濟表現相對穩健。",
    "双方相互支持今、明两年分别举办领导人会议。",
    "中央气象台预计，明后两天北方地区将出现大范围降雪。",
    "氣象局預報，明後兩天氣溫回升。",
])
def test_days_or_years_named_then_counted_are_no_span(text: str) -> None:
    assert [f for f in _facts(text) if f["kind"] == "duration"] == []


@pytest.mark.parametrize(("text", "span"), [
    ("预计未来两天北方地区将出现降雪。", "两天"),
    ("他在说明后两天内完成了整改。", "两天"),
])
def test_a_span_not_named_before_stays(text: str, span: str) -> None:
    assert span in [f["surface"] for f in _facts(text) if f["kind"] == "duration"]


@pytest.mark.parametrize(("text", "kept"), [
    ("其中第一期稻作糙米總產量約為九十萬公噸。", ["九十萬公噸"]),
    ("农粮署指出，第 2期稻作初步统计种植面积为12万公顷。", ["12万公顷"]),
    ("農糧署表示，第2期作雲林縣出現每百台斤1300元的收購價。", ["1300元"]),
])
def test_a_rice_crop_season_is_its_name(text: str, kept: list[str]) -> None:
    assert _surfaces(text) == kept


def test_an_issue_number_stays_a_rank() -> None:
    assert [f["surface"] for f in _facts("中油公司完成113年度第1期無擔保公司債定價作業。") if f["kind"] == "rank"] == ["第1期"]


@pytest.mark.parametrize(("text", "kept"), [
    ("全县种植面积527万亩(1亩约为667平方米)，居全省前列。", ["527万亩"]),
    ("保护面积近34万亩（1亩约为667平方米）。", ["近34万亩"]),
])
def test_a_unit_definition_is_no_area(text: str, kept: list[str]) -> None:
    assert _surfaces(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("去年最高百分之廿家庭平均每戶二三五點七萬元，較前年增百分之二點四。", ["二三五點七萬元", "百分之二點四"]),
    ("比較最高和最低的百分之廿家庭，所得差距為六點一四倍。", ["六點一四倍"]),
    ("收入最低的20%家庭人均可支配收入为9200元。", ["9200元"]),
])
def test_a_quantile_group_is_its_name(text: str, kept: list[str]) -> None:
    assert _surfaces(text) == kept


def test_a_share_of_households_stays() -> None:
    assert "约20%" in _surfaces("全市约20%的家庭拥有两辆汽车。")


def test_a_month_use_bounded_is_a_tier() -> None:
    surfaces = _surfaces("台電強調，每個月用電120度以上，才會受夏月電價影響。")
    assert not any(s.startswith("120度") for s in surfaces)


def test_a_month_use_measured_stays() -> None:
    assert _surfaces("非夏月期間平均每月用電量291度。") == ["291度"]


@pytest.mark.parametrize("text", [
    "峰会批准《上合组织未来10年发展战略》，发表声明。",
    "国庆海采《说说“十四五”这五年》，一起去听听大家怎么说。",
    "军事科学院组织编写了《强军十年大事记》。",
    "人民日报发表评论员文章，题目是《深刻把握新时代十年伟大变革的里程碑意义》。",
])
def test_a_span_in_a_title_is_the_name(text: str) -> None:
    assert [f for f in _facts(text) if f["kind"] == "duration"] == []


def test_a_span_outside_a_title_and_a_plan_range_in_one_stay() -> None:
    facts = extract("中方将在未来10年投入资金，落实《行动计划（2026—2028年）》。", date="2025-11-13")
    assert [f["surface"] for f in facts if f["kind"] == "duration"] == ["10年"]
    assert any(f["kind"] in ("year", "date") and f["surface"].startswith("2026") for f in facts)


@pytest.mark.parametrize(("title", "body"), [
    ("人民日报评论员文章：深刻把握新时代十年伟大变革的里程碑意义",
     "明天出版的人民日报将发表评论员文章，题目是《深刻把握新时代十年伟大变革的里程碑意义》。"),
    ("海采：说说“十四五”这五年", "国庆海采《说说“十四五”这五年》，一起去听听大家怎么说。"),
])
def test_a_headline_restating_a_body_title_is_the_name(title: str, body: str) -> None:
    from store.facts.article import article_facts
    facts = article_facts({"id": "a", "title": title, "body": body, "date": "2025-10-01"})
    assert [f for f in facts if f["kind"] == "duration"] == []


def test_a_headline_figure_told_in_the_body_stays() -> None:
    from store.facts.article import article_facts
    facts = article_facts({"id": "a", "title": "我国十年间新增就业5000万人",
                           "body": "十年间，我国城镇新增就业5000万人。《十年》一书同日出版。", "date": "2025-10-01"})
    assert [f["surface"] for f in facts if f["kind"] in ("duration", "count")] == ["十年", "5000万人"]
