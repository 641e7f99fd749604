"""Signs and traps a fresh sample (sealed44) showed, each as its class (sentences written for the tests, in the
registers of the sample: Hong Kong property results, Taiwan's financial groups and steel makers, CCTV's bulletins,
mainland company announcements).

- **Signs:** a revaluation or fair-value loss named after its sum, with the property it is on between
  (`计及3.63亿元的股东应占物业之净重估亏损后`, `5亿元的投资物业公允值亏损`) is the negative of the revaluation gain, as the
  tuning sets label `投資物業重估虧損20.6億元`; a net, pre-tax, after-tax or operating loss written 損失
  (`當月產生稅後損失5.83億元`, `稅前損失`, `淨損失`, `營業損失`) is the negative of the profit it names and is named so
  (稅後淨利, 稅前淨利, 淨利, 營業利潤) — a provision's or a disaster's loss (`資產減值損失`, `造成经济损失`) stays positive.
- **Traps:** a single quarter or half inside a 《》 title (`《2022年第一季度主要经营数据公告》`, `《2024年半年度报告》`) is
  the report's name, as a month there is; a Taiwan stock code in brackets before this week's move
  (`豐興（2015）本週針對盤價…`) is no year; a crane's rating (`350吨龙门吊`) is its class; the base a rate is told per
  (`每创造100元GDP所需的物流成本`) is no sum; a plan named by its years with its kind between (`推動5年轉型計劃`) is no span.
"""

from __future__ import annotations

import pytest

from tests.fact_helpers import fact_named as _fact
from tests.fact_helpers import facts_of as _facts
from tests.fact_helpers import surfaces_of as _surfaces


# ----------------------------------------------------------------------------- signs

@pytest.mark.parametrize(("text", "surface"), [
    ("恒隆地产去年股东应占基本纯利减少4%至41.99亿元,计及3.63亿元的股东应占物业之净重估亏损后,录得股东应占纯利38.36亿元。",
     "3.63亿元"),
    ("计入5亿元的投资物业公允值亏损后，公司转为亏损。", "5亿元"),
    ("計及2.1億元之物業重估虧損後，股東應佔溢利下跌。", "2.1億元"),
])
def test_a_revaluation_loss_named_after_its_sum_is_negative(text: str, surface: str) -> None:
    f = _fact(text, surface)
    assert f["value"] < 0, f
    assert f["value_text"].startswith("-"), f


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("元大人壽年末保單成本增加，當月產生稅後損失5.83億元，全年則虧損14.09億元。", "5.83億元", "稅後淨利"),
    ("該公司第三季稅前損失2億元。", "2億元", "稅前淨利"),
    ("该公司今年前三季度税后损失1.2亿元。", "1.2亿元", "税后净利"),
    ("該公司上半年淨損失3億元。", "3億元", "淨利"),
    ("受面板價格下跌影響，公司營業損失4.5億元。", "4.5億元", "營業利潤"),
])
def test_a_net_pre_tax_after_tax_or_operating_loss_is_the_negative_profit(text: str, surface: str, subject: str) -> None:
    f = _fact(text, surface)
    assert f["value"] < 0, f
    assert f["subject"] is not None and f["subject"].endswith(subject), f


@pytest.mark.parametrize(("text", "surface"), [
    ("公司计提资产减值损失3亿元。", "3亿元"),
    ("洪水造成直接经济损失5000万元。", "5000万元"),
    ("但若扣除因地震提列的6億多元損失，獲利仍年增。", "6億多元"),
])
def test_a_loss_that_names_no_profit_stays_positive(text: str, surface: str) -> None:
    assert _fact(text, surface)["value"] > 0


# ----------------------------------------------------------------------------- traps

@pytest.mark.parametrize(("text", "trap"), [
    ("4月7日，中国中铁发布《2022年第一季度主要经营数据公告》，1-3月新签合同额6057.4亿元。", "2022年第一季度"),
    ("宁德时代披露了《2024年半年度报告》，上半年营收1000亿元。", "2024年半年度"),
])
def test_a_quarter_or_half_inside_a_book_title_is_its_name(text: str, trap: str) -> None:
    assert not any(trap in s or s in trap for s in _surfaces(text) if any(c.isdigit() for c in s) and "年" in s), \
        _surfaces(text)


def test_a_quarter_in_a_title_still_dates_the_figures_told_from_it() -> None:
    f = _fact("公司发布《2023年第一季度报告》显示，营收5亿元。", "5亿元", date=None)
    assert f["period"] == "2023Q1", f


def test_a_taiwan_stock_code_before_this_weeks_move_is_no_year() -> None:
    text = "電爐大廠豐興（2015）本週針對盤價做出大幅調整，鋼筋基價每公噸調降300元。"
    assert "2015" not in _surfaces(text)
    assert "300元" in _surfaces(text)


def test_an_editions_year_in_brackets_stays_a_year() -> None:
    assert "2024" in _surfaces("博鳌亚洲论坛（2024）本周在海南开幕。")


@pytest.mark.parametrize("text", [
    "船体工程部要把手里350吨龙门吊的作业效率直接拉满。",
    "码头新添一台800噸浮吊。",
])
def test_a_cranes_rating_is_its_class(text: str) -> None:
    assert not [s for s in _surfaces(text) if s.endswith(("吨", "噸"))], _surfaces(text)


def test_a_weight_a_crane_lifts_stays_a_weight() -> None:
    assert "350吨" in _surfaces("起重机吊装350吨的设备。")


def test_the_base_a_rate_is_told_per_is_no_sum() -> None:
    text = "2024年我国每创造100元GDP所需的物流成本，从2023年的14.4元降至14.1元。"
    surfaces = _surfaces(text)
    assert "100元" not in surfaces
    assert "14.1元" in surfaces


@pytest.mark.parametrize(("text", "trap"), [
    ("華南金明年推動5年轉型計劃，整併議題持開放態度。", "5年"),
    ("集团启动三年改革规划，聚焦主业。", "三年"),
])
def test_a_plan_named_by_its_years_is_no_span(text: str, trap: str) -> None:
    assert trap not in _surfaces(text)


def test_a_plans_years_before_a_verb_stay_a_span() -> None:
    assert "5年" in _surfaces("未来5年转型计划投资50亿元。")
