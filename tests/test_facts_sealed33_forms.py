"""Forms a fresh sample (sealed33) showed misread, each as its class (sentences written for the tests).

- **Units:** a price report names the denominator on its first item and lists the next with the currency alone
  (`小黄瓜每斤79元、丝瓜59元`): each listed item is a price per that unit (59元 read as a sum); a level told against a mark
  or after a verb of quoting (`突破每盎司3000美元关口，低见2999.07美元`), a move, and a denominator of time (`每月入息中位数
  3万元，较上年的2.83万元`) are left as the gold sets label them, in the currency alone. A freight rate per box
  (`每40英尺集装箱2168美元`, `每大箱2046美元`) is per that box (was a bare 美元, and 每大箱 its subject).
- **Junk:** a bound drawing a class whose members a communiqué counts, the class's noun between
  (`年旅客吞吐量1000万人次以上的运输机场有38个`, `增幅在300%以上的…有1个`, `200%-300%之间的…有5个`), is a label, as the
  bound with the count right after 的 already was; a level's state after a bound (`30%以上的快速增长`) stays a figure.
- **Values:** 萬 between spaced numbers joins them (`1 萬 5000 人次` was 5,000 人次 and a bare 10,000).
- **Sign:** Hong Kong's 蝕 before a rate is a return lost (`表現最差基金則要蝕7%` was +7 %).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-11-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str, date: str = "2025-11-13") -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("黄昏市场里小黄瓜每斤79元、丝瓜59元。", "59元", "元/斤"),
    ("氧化镨钕均价每吨62.49万元，金属镨钕76.07万元。", "76.07万元", "元/吨"),
    ("拍賣市場高麗菜每公斤30元、花椰菜45元、青江菜要38元。", "38元", "元/公斤"),
])
def test_a_listed_price_takes_the_first_items_denominator(text: str, surface: str, unit: str) -> None:
    f = _one(text, surface)
    assert f["unit"] == unit
    assert f["per"] == unit.split("/", 1)[1]


@pytest.mark.parametrize(("text", "surface"), [
    ("现货金一度失守每盎司3000美元关口，低见2999.07美元，最终报3023.63美元。", "2999.07美元"),
    ("本港去年住户每月入息中位数为3万元，较上年的2.83万元上升。", "2.83万元"),
    ("玉米价格为2400元/吨，全年销售收入2000元。", "2000元"),
    ("现货金价每盎司上涨650美元，单日280美元涨幅创纪录。", "280美元"),
])
def test_a_mark_a_move_a_time_or_a_total_keeps_its_currency_alone(text: str, surface: str) -> None:
    f = _one(text, surface)
    assert "/" not in f["unit"]


@pytest.mark.parametrize(("text", "surface", "unit", "subject"), [
    ("德鲁里综合指数为每大箱2046美元。", "2046美元", "美元/大箱", "德鲁里综合指数"),
    ("上海至鹿特丹运价为每40英尺集装箱3120美元。", "3120美元", "美元/40英尺集装箱", "上海至鹿特丹运价"),
])
def test_a_freight_rate_per_box(text: str, surface: str, unit: str, subject: str) -> None:
    f = _one(text, surface)
    assert f["unit"] == unit
    assert f["subject"] == subject


@pytest.mark.parametrize(("text", "bound", "count"), [
    ("全国年旅客吞吐量1000万人次以上的运输机场有38个，较上年增加2个。", "1000万人次以上", "38个"),
    ("从增速看，增幅在300%以上的机场有1个，增幅在200%-300%之间的机场有5个。", "300%以上", "1个"),
    ("从增速看，增幅在300%以上的机场有1个，增幅在200%-300%之间的机场有5个。", "200%-300%", "5个"),
    ("全省种植面积10万亩以上的品种有18个。", "10万亩以上", "18个"),
])
def test_a_bound_drawing_a_counted_class_is_a_label(text: str, bound: str, count: str) -> None:
    surfaces = [f["surface"] for f in _facts(text)]
    assert bound not in surfaces
    assert count in surfaces


def test_a_level_state_after_a_bound_stays_a_figure() -> None:
    assert _one("固定资产投资每月均保持30%以上的快速增长势头。", "30%以上")["value"] == 30


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("昨天全線人潮大約有 1 萬 5000 人次進站。", "1 萬 5000 人次", 15000),
    ("活動共吸引 2 萬 300 人參加。", "2 萬 300 人", 20300),
    ("共 3 萬 2 千人報名。", "3 萬 2 千人", 32000),
])
def test_wan_between_spaced_numbers_joins_them(text: str, surface: str, value: int) -> None:
    assert _one(text, surface)["value"] == value


def test_a_return_lost_is_negative() -> None:
    text = "表現最佳的基金賺達43.2%，而表現最差基金則要蝕7%。"
    assert _one(text, "7%")["value"] == -7
    assert _one(text, "43.2%")["value"] == 43.2
    assert _one("日蝕程度達80%。", "80%")["value"] == 80


def test_a_bases_figure_with_its_conversion_in_brackets_is_the_bases() -> None:
    """The month before's revised total, its conversion bracketed before the change (Macao's reserves): December's."""
    text = ("2026年1月底外汇储备资产总额,初步统计为2,418亿澳门元(300.8亿美元),"
            "较2025年12月经修订总额2,456亿澳门元(306.4亿美元)下跌了1.5%。")
    facts = extract(text, date="2026-02-13")
    level = next(f for f in facts if f["surface"] == "2,456亿澳门元")
    assert level["period"] == "2025-12"
    assert next(f for f in facts if f["surface"] == "2,418亿澳门元")["period"] == "2026-01-31"


def test_a_preliminary_reports_words_name_no_indicator() -> None:
    """`X总额,初步统计为…`: the total named before the comma, not 初步统计."""
    text = "2026年1月底澳门特别行政区的外汇储备资产总额,初步统计为2,418亿澳门元。"
    assert _one(text, "2,418亿澳门元", "2026-02-13")["subject"] == "外汇储备资产总额"


@pytest.mark.parametrize("text", ["今年至11月底日均量達22.4萬人次。", "今年截至11月底，全省完成投资1200亿元。"])
def test_this_year_to_a_months_end_is_the_year_so_far(text: str) -> None:
    figure = next(f for f in extract(text, date="2025-12-05") if f["kind"] not in ("date", "year"))
    assert figure["period"] == "2025-01/2025-11"


def test_a_records_indicator_names_the_figures_after_it() -> None:
    """`…全年旅運再創新高，首度突破8000萬，達到8207萬人次`: the figures after the record had no subject."""
    text = "2025年台灣高鐵全年旅運再創新高，首度突破8000萬，達到8207萬人次，年成長4.9%。"
    facts = _facts(text, "2026-01-05")
    assert {f["subject"] for f in facts} == {"台灣高鐵全年旅運"}
    # (sealed31's 全年粮食产量再创新高,历史性突破1.4万亿斤 was left with none, its gold label 粮食产量)
    assert _one("全年粮食产量再创新高,历史性突破1.4万亿斤。", "1.4万亿斤")["subject"] == "全年粮食产量"


def test_a_denominator_carried_on_is_no_subject() -> None:
    text = "德鲁里综合指数为每大箱2046美元,比2021年9月达到的峰值10377美元下降80%。"
    assert _one(text, "80%")["subject"] == "德鲁里综合指数"
