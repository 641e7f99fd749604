"""What a text tells beside its figures and is no figure itself: each a class of junk with the figures that stay (junk37).

Sentences written for the tests in the registers the sets hold (tests/gold/README.md "## Junk by kind (junk37)" and
"## Label conflicts …" give the counts over the tuning sets' labels, traps and the bulk corpus):

- a time of day (`截至今天下午5時`, `自明日凌晨零時起`, `新加坡時間上午10點`, `14時30分`, `當日15:00`): the fresh samples
  (sealed33–35) list 22 as traps and label none; the day it names still dates the figures after it, and its digits are
  still no count of hours;
- a single year inside a 《…》 title (`《2021年年度报告》`, `《2026年撥款條例草案》`): part of the name, as the title's spans and
  counts are; it still dates what the sentence reports from the document, and a plan's span of years in its title
  (`（2025—2027年）`) stays a date, as do years outside a title;
- a ban named by its term (`长江十年禁渔`): the policy's name, as a concession's (`十年博彩經營批給`) is; a ban's length
  told (`禁渔期为3个月`) stays;
- an exchange rate's base amount (`1美元兌新台幣31.6元`): no sum of 1 美元; the rate is the figure.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-09-22") -> list[dict]:
    return list(extract(text, date=date))


def _surfaces(text: str, date: str = "2025-09-22") -> list[str]:
    return [f["surface"] for f in _facts(text, date)]


@pytest.mark.parametrize(("text", "clock", "kept"), [
    ("農業部更新颱風農損統計，截至今天下午5時止，農業產物及民間設施損失達新台幣11億元。", "5時", ["11億元"]),
    ("据台电今天官网显示，下午2时20分，尖峰负载达到4057.5万千瓦。", "2时20分", ["4057.5万千瓦"]),
    ("台灣中油公司自明（23）日凌晨0時起汽、柴油價格各調漲0.2元。", "0時", ["0.2元"]),
    ("新加坡時間上午10點，銅期貨價格報每噸9,820美元。", "10點", ["9,820美元"]),
    ("截至14時30分，股價暫報1,480元，上漲2.1%。", "14時30分", ["1,480元", "2.1%"]),
    ("当日15:00伦敦三月铝报价2,615美元/吨。", "15:00", ["2,615美元/吨"]),
    ("截至今天18时，中国体育代表团已获得32枚金牌。", "18时", ["32枚"]),
])
def test_a_time_of_day_is_no_fact_and_the_figures_after_it_stay(text: str, clock: str, kept: list[str]) -> None:
    surfaces = _surfaces(text)
    assert not [s for s in surfaces if clock in s or s in clock]
    for figure in kept:
        assert figure in surfaces


def test_the_day_a_time_of_day_follows_still_dates_the_figures() -> None:
    facts = {f["surface"]: f for f in _facts("截至今天下午5時，農業損失達新台幣3.2億元。")}
    assert facts["3.2億元"]["period"] == "2025-09-22"
    facts = {f["surface"]: f for f in _facts("截至9月20日下午5时，累计接待游客12.6万人次。")}
    assert "9月20日" in facts and facts["12.6万人次"]["period"] == "2025-09-20"


@pytest.mark.parametrize("text", [
    "清晨5時，氣溫降至12度。",                   # hours of a clock are still no count of hours
    "会议于下午3时举行，历时2小时。",
])
def test_a_time_of_day_is_no_span_of_hours_either(text: str) -> None:
    assert not [f for f in _facts(text) if f["kind"] == "duration" and f["value"] in (3, 5)]


@pytest.mark.parametrize(("text", "year"), [
    ("公司公布《2021年年度报告》，全年营业收入增长12.5%。", "2021年"),
    ("联合国贸发会议发布《2025年世界投资报告》，全球外国直接投资下降11%。", "2025年"),
    ("財政司司長向立法會提交《2026年撥款條例草案》。", "2026年"),
    ("据《2018年中国茶叶产销形势分析报告》，全国18个产茶省份中，贵州茶园面积居第二位。", "2018年"),
    ("粮农组织发布《2022年世界渔业和水产养殖状况》。", "2022年"),
])
def test_a_single_year_inside_a_title_is_part_of_its_name(text: str, year: str) -> None:
    assert not [f for f in _facts(text) if f["surface"] == year]


def test_a_title_year_still_dates_what_the_document_reports() -> None:
    facts = {f["surface"]: f for f in _facts("根据《2016年度财政预算执行情况报告》，全年收入1,105亿元。")}
    assert "2016年度" not in facts and facts["1,105亿元"]["period"] == "2016"


@pytest.mark.parametrize(("text", "kept"), [
    ("《新型储能规模化建设专项行动方案（2025—2027年）》提出，新型储能装机达到1.8亿千瓦。", "2025—2027年"),
    ("2021年，公司发布年度报告，营业收入增长12.5%。", "2021年"),
    ("公司2021年年度报告显示，营业收入增长12.5%。", "2021年"),
])
def test_a_plans_span_in_its_title_and_years_outside_titles_stay(text: str, kept: str) -> None:
    assert kept in _surfaces(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("长江十年禁渔取得阶段性成效，监测到土著鱼类227种。", ["227种"]),
    ("2021年1月1日起，长江流域重点水域实行“十年禁渔”。", ["2021年1月1日"]),
    ("实施好长江十年禁渔，水生生物资源恢复向好，江豚数量增加到1249头。", ["1249头"]),
])
def test_a_ban_named_by_its_term_is_its_name(text: str, kept: list[str]) -> None:
    surfaces = _surfaces(text)
    assert not [s for s in surfaces if "十年" in s]
    assert all(k in surfaces for k in kept)


def test_a_bans_length_told_stays() -> None:
    assert "3个月" in _surfaces("今年长江口禁渔期为3个月。")


@pytest.mark.parametrize(("text", "rate", "unit"), [
    ("預估匯率基礎為1美元兌新台幣31.6元，營收介於346億美元到358億美元。", "31.6元", "新台币元/美元"),
    ("報告以1美元兌換新台幣30.5元計算，出口額約合新台幣1.2兆元。", "30.5元", "新台币元/美元"),
])
def test_an_exchange_rates_base_amount_is_no_sum(text: str, rate: str | None, unit: str | None) -> None:
    facts = {f["surface"]: f for f in _facts(text)}
    assert "1美元" not in facts
    if rate:
        assert facts[rate]["unit"] == unit
