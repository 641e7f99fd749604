"""Figures that bound a class rather than measure anything (trap lists, as the gold negatives):
a size threshold naming a class of projects or firms, with or without 及 (`年主营业务收入2000万元以上的
工业企业`, `投资500万元以上技改项目1.2万个`: the count is the figure, the threshold none), and a place
named by a numeral and a measure word before its suffix (`七尾市`, `五台县`).  A sum reached
(`贸易规模连续5年保持在1000亿元以上`) or paid (`投资100亿元以上支持企业发展`) stays a figure.
Sentences written for the rule, in the register of communiqués and news."""

from __future__ import annotations

import pytest

from store.facts import extract


def surfaces(text: str) -> list[str]:
    return [f["surface"] for f in extract(text, date="2025-06-16")]


@pytest.mark.parametrize(("text", "trap"), [
    ("其统计范围为年主营业务收入2000万元以上的工业企业。", "2000万元以上"),
    ("对总投资10亿元以上的制造业项目给予配套扶持。", "10亿元以上"),
    ("全省投资3亿元以上的工业项目冬季不停工。", "3亿元以上"),
    ("计划实施投资500万元以上技改项目1.2万个左右。", "500万元以上"),
    ("有29家企业进行了500万元以上的技术改造项目备案。", "500万元以上"),
    ("其中投资5亿元以上项目93个。", "5亿元以上"),
    ("将300万元以上在建项目纳入线上监管。", "300万元以上"),
    ("营业收入1000万美元以上的外资企业增加。", "1000万美元以上"),
    # a class named by a bare 亿元, no digit
    ("全省地方财政收入超亿元的县达到52个。", "超亿元"),
    ("上半年全市规模以上亿元企业达到131家。", "亿元"),
])
def test_a_size_threshold_naming_a_class_is_no_figure(text: str, trap: str) -> None:
    assert not [s for s in surfaces(text) if trap in s or s in trap]


@pytest.mark.parametrize(("text", "figure"), [
    ("计划实施投资500万元以上技改项目1.2万个左右。", "1.2万个左右"),
    ("其中投资5亿元以上项目93个。", "93个"),
    ("贸易规模连续5年保持在1000亿元以上。", "1000亿元以上"),
    ("这家企业年出口额稳定在8000万元以上。", "8000万元以上"),
    ("将投放3000亿元以上贷款,重点支持粮食生产。", "3000亿元以上"),
    ("今年计划完成投资100亿元以上支持企业发展。", "100亿元以上"),
])
def test_counts_of_the_class_and_sums_reached_stay_figures(text: str, figure: str) -> None:
    assert figure in surfaces(text)


@pytest.mark.parametrize(("text", "trap"), [
    ("和前一天相比,七尾市增加了4700栋以上。", "七尾"),
    ("山西五台县文旅收入增长。", "五台"),
    ("长春九台区新建一座公园。", "九台"),
])
def test_a_place_named_by_a_numeral_and_a_measure_word_is_no_count(text: str, trap: str) -> None:
    assert trap not in surfaces(text)


@pytest.mark.parametrize("text", [
    "本期债券期限为3+2年,发行规模10亿元。",
    "品种二期限为5+2年,票面利率2.95%。",
    "本期中期票据期限为3+N年。",
])
def test_a_bond_term_written_as_its_structure_is_no_span(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "duration"]


@pytest.mark.parametrize("text", [
    "年末全國民用汽車保有量33618萬輛（包括三輪汽車和低速貨車714萬輛）。",
    "海外消费者可以买到中国产的电动两轮车。",
    "这款两轮电动车具备自主平衡功能。",
    "双方以“三轮驱动”推动人文交流。",
])
def test_a_vehicle_named_by_its_wheels_is_no_count_of_rounds(text: str) -> None:
    assert not [f for f in extract(text) if f["unit"] == "轮"]


def test_rounds_of_talks_are_counted() -> None:
    assert [f["value"] for f in extract("谈判进行了三轮,车企代表参加。") if f["unit"] == "轮"] == [3]


@pytest.mark.parametrize(("text", "code"), [
    ("国内原油期货主力2007合约开盘260.3元。", "2007"),
    ("沪铜2406合約收报7.82万元/吨。", "2406"),
    ("铁矿石主力2501合约跌2.1%。", "2501"),
])
def test_a_futures_contract_code_before_heyue_is_no_year(text: str, code: str) -> None:
    assert code not in [f["surface"] for f in extract(text)]
    assert len([f for f in extract(text) if f["kind"] in ("money", "percent")]) == 1


def test_a_bare_yi_yuan_reached_stays_a_figure() -> None:
    assert "破亿元" in surfaces("该镇全年特色农业产值首次破亿元。")
