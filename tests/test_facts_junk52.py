"""Junk an audit of unlabelled technology, law, health and sports text showed (cov52): each a class, with the
figures beside it that stay.

The audit (benchmarks/facts_coverage.py over 77 unlabelled pages — chips and phones, batteries, futures and bond
futures, football and baseball, law texts and Hong Kong bills, diabetes, air quality and flu, 58 % traditional, none a
gold source — and over the bulk corpus, with 300 reported facts read one by one; tests/gold/README.md "## Junk of
unlabelled technology, law and health text (cov52)") found these classes:

- a chip's process node (`7nm工艺`, `达到5纳米`, `二奈米製程`): the node's name, no length — the gold sets trap
  `3納米`, `5納米`, `7納米` and `2奈米`; a size measured outside chips (`颗粒直径为100纳米`) stays;
- a chip's model before 处理器 (`麒麟 9000 处理器`): no count of 9000 places;
- the continuations of a law's numbered parts or articles (`除第15(a)(ii)、16及48条外`, `第2至13及15部`): ordinals,
  no count of articles or parts; a count of articles dealt with (`共处理约32条法例`) stays;
- an article heading a law's text (`第一条 为了…`): the article's number;
- a standard's code (`GB 19109-2003 次氯酸钙…`), a weight class told after the sex (`女子59公斤`), blood pressure in
  mm Hg (`120/80mm Hg`);
- `近百` inside `贴近百姓` (the people);
- a wrong figure, not junk: digits after N成 continue the tenths (`打擊率3成51` = 35.1 %, `约有3成5的企业` = 35 %); 3成
  alone had read 30 %.
Every sentence here is written for the test, in the shapes the pages had.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _surfaces(text: str, date: str = "2025-12-26") -> list[str]:
    return [f["surface"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


@pytest.mark.parametrize(("text", "junk", "kept"), [
    ("某晶圆厂宣布7nm工艺进入风险试产阶段，良率提升至85%以上。", "7nm", ["85%以上"]),
    ("该厂与设备商合作开发的28nm刻蚀机已批量交付，国产化率仍不足40%。", "28nm", ["不足40%"]),
    ("国内芯片已量产7纳米工艺，部分实验室达到5纳米。", "5纳米", []),
    ("预计未来两年可实现3纳米规模化生产。某芯片公司营收增长12%，晶圆产能扩大。", "3纳米", ["两年", "12%"]),
    ("晶體管密度比10纳米提高2倍，性能提升20%。", "10纳米", ["2倍", "20%"]),
    ("其他所有芯片制造厂商都在10nm以上，全球仅有4家厂商掌握先进工艺。", "10nm以上", ["4家"]),
    ("某代工廠二奈米製程月產能近5萬片。", "二奈米", ["近5萬片"]),
    ("搭载麒麟 9000 处理器的新机售价4999元。", "9000", ["4999元"]),
])
def test_a_process_node_or_a_chip_model_is_no_figure(text: str, junk: str, kept: list[str]) -> None:
    got = _surfaces(text)
    assert not any(junk in s or s in junk for s in got), got
    for k in kept:
        assert k in got, (k, got)


@pytest.mark.parametrize(("text", "kept"), [
    ("研究团队测得该颗粒物直径为100纳米，较上次缩小20%。", ["100纳米", "20%"]),
    ("该芯片公司发布首台分辨率达到2.5纳米的电子显微镜。芯片业务增长9%。", ["2.5纳米", "9%"]),
    ("该镇共有9000处民居完成改造。", ["9000处"]),
])
def test_a_size_or_a_count_outside_chips_stays(text: str, kept: list[str]) -> None:
    got = _surfaces(text)
    for k in kept:
        assert k in got, (k, got)


@pytest.mark.parametrize(("text", "junk", "kept"), [
    ("除第12(a)(ii)、18及52条外，本条例自刊登当日起实施。", ["18", "52条"], []),
    ("修订分为两组：不含适应化元素的修改（即第2至11及14部），共处理约35条法例。", ["11", "14部"], ["约35条"]),
    ("有关修订载于条例草案第3至9部。", ["9部"], []),
    ("第一条 为了规范行政机构的设置，制定本条例。第二条 本条例适用于全市。", ["第一条", "第二条"], []),
])
def test_a_law_part_or_article_number_is_no_count(text: str, junk: list[str], kept: list[str]) -> None:
    got = _surfaces(text)
    for j in junk:
        assert j not in got, (j, got)
    for k in kept:
        assert k in got, (k, got)


def test_a_ranked_list_outside_a_law_keeps_its_figures() -> None:
    got = _surfaces("今年第一、二季度分别增长5%和6%，全市开通第一条高铁。")
    assert "5%" in got and "6%" in got


def test_the_people_are_no_hundred() -> None:
    got = _surfaces("一批贴近百姓需求的文化空间开放，全市新增书房近百个。")
    assert got == ["近百个"], got


@pytest.mark.parametrize(("text", "junk", "kept"), [
    ("新版GB 20101-2007 次氯酸钠储存要求发布，涉及企业120家。", ["2007 次", "2007"], ["120家"]),
    ("企业全部执行GB/T24001-2016标准，能耗下降8%。", ["2016"], ["8%"]),
    ("她在女子59公斤级夺冠，抓举103公斤。", ["59公斤"], ["103公斤"]),
    ("他获得男子 73 公斤金牌，总成绩350公斤。", ["73 公斤"], ["350公斤"]),
    ("成人血压超过140/90毫米汞柱即为高血压，患者约2.45亿人。", ["90毫米"], ["约2.45亿人"]),
    ("正常血压为120/80mm Hg，收缩压超过140mm Hg需就医。", ["80mm", "超过140mm"], []),
])
def test_a_standard_a_weight_class_or_a_blood_pressure_is_no_figure(text: str, junk: list[str], kept: list[str]) -> None:
    got = _surfaces(text)
    for j in junk:
        assert j not in got, (j, got)
    for k in kept:
        assert k in got, (k, got)


def test_rain_in_millimetres_stays() -> None:
    assert "90毫米" in _surfaces("今天降雨量达90毫米。")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("本季團隊打擊率3成12，去年為2成87。", "3成12", "31.2"),
    ("約有3成5的受訪企業表示訂單減少。", "3成5", "35"),
])
def test_digits_after_cheng_continue_the_tenths(text: str, surface: str, value: str) -> None:
    facts = [f for f in extract(text, date="2025-12-26") if f["kind"] == "percent"]
    got = {f["surface"]: str(f["value"]) for f in facts}
    assert got.get(surface) == value, got


def test_a_tenths_share_before_other_words_stays_whole_tenths() -> None:
    got = {f["surface"]: str(f["value"]) for f in extract("營收成長3成，成本下降2成。") if f["kind"] == "percent"}
    assert got == {"3成": "30", "2成": "20"}, got


def test_an_incidence_rate_s_denominator_is_no_count() -> None:
    got = _surfaces("全年龄段发病率为 2.35/10 万人年，新发患者3200例。")
    assert "10 万人" not in got and "3200例" in got, got
