"""Forms a fresh sample (sealed37) showed misread in its units, periods, found and junk, each as its class (sentences
written for the tests).

- **Unit, a base level:** a price per unit compared with its level before (`每公斤…43.2元，較休市前43.9元`, `相比昨日的
  69元`, `較前一日32.9元`) is the same price in the same denominator: 元/公斤 (was 元, a sum). The tuning sets label such
  bases with the denominator 9 times, in the currency alone once (sealed36's `较2013年的85美元`, a year between, left
  as it is). A move told without 每 (`下跌0.7元`) keeps the currency alone, the older sets' call ("Label conflicts").
- **Unit, words between:** a price per 坪 or per 錢 told with a qualifier or the currency's name before its number
  (`每坪最高達82.6萬元`, `每錢新台幣17000元`) is per that unit, as `每台斤會來到56元` is.
- **Unit, a surge:** the level a price per 一斤 surged to (`從一斤25到35元，飆漲到100元`, `從一斤120元漲到840元`: a
  sevenfold rise) keeps the denominator.
- **Unit, energy:** Taiwan's oil-equivalent volumes (`8,683萬公秉油當量`, `5.16公升油當量/千元`) are one compound unit, as
  `吨油当量` and `吨标准煤` are (were 公秉, 公升).
- **Period:** a day of the month alone that starts something (`產地價27日起由34.5元漲至36.5元` in a story of 08-24) is
  ahead, of the article's month, unless the sentence tells it as done (`28日起已累计…`: the month before). A level set
  from tomorrow (`明天起每台斤批發價由44元漲至46元`, `批發價明起漲至46元`) is of the day after the article's, as sealed18,
  sealed36 and sealed37 label all four such levels (the level left none). A day alone after a day of the month before
  the article's in its sentence, later than it (`7月8日第1波調升…後，14日再度調漲3元` told on 08-24), is that month's.
- **Found:** `3成交易` is 30 % of the deals (成交 + 易 is no word).
- **Junk:** a size by output or capacity before the class it names (`年产200吨以上茶叶企业8家`) is a label; the count is
  the figure. A level held (`年产量稳定在200吨以上`) stays a figure.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-08-24") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _money_units(text: str) -> list[str]:
    return [f["unit"] for f in _facts(text) if f["kind"] == "money"]


@pytest.mark.parametrize(("text", "units"), [
    ("蔬菜每公斤批發平均價格43.2元，較休市前43.9元微幅下跌。", ["元/公斤", "元/公斤"]),
    ("水果每公斤批發價格為55.6元，相比昨日的56.62元下降。", ["元/公斤", "元/公斤"]),
    ("蔬菜每公斤30.6元，較前一日32.9元上漲。", ["元/公斤", "元/公斤"]),
])
def test_a_base_level_after_a_price_per_unit_keeps_its_denominator(text: str, units: list[str]) -> None:
    assert _money_units(text) == units


@pytest.mark.parametrize(("text", "units"), [
    # a move keeps the currency alone (the older sets' call), a year between the price and the base leaves it alone
    ("蔬菜每公斤批發平均價格43.2元，較休市前下跌0.7元。", ["元/公斤", "元"]),
    ("铁矿石每吨123美元,较2013年的85美元上涨。", ["美元/吨", "美元"]),
    ("蔬菜每公斤30.6元，較前一日營收增加到900萬元。", ["元/公斤", "元"]),
])
def test_a_move_or_a_sum_after_a_price_per_unit_stays_apart(text: str, units: list[str]) -> None:
    assert _money_units(text) == units


@pytest.mark.parametrize(("text", "units"), [
    ("桃園市新案每坪最高達82.6萬元。", ["元/坪"]),
    ("國內銀樓首度突破每錢新台幣17000元。", ["新台币元/錢"]),
    ("小白菜從一斤25到35元，飆漲到100元。", ["元/斤", "元/斤"]),
    ("香菜從一斤120元漲到840元！", ["元/斤", "元/斤"]),
])
def test_a_price_per_unit_told_with_words_between_or_surging(text: str, units: list[str]) -> None:
    assert _money_units(text) == units


@pytest.mark.parametrize(("text", "unit"), [
    ("2018年國內能源消費量為8,683萬公秉油當量。", "公秉油當量"),
    ("2018年的能源密集度為5.16公升油當量/千元。", "公升油當量/千元"),
    ("全年能源消费量达4.4亿吨油当量。", "吨油当量"),
])
def test_oil_equivalent_volumes_are_one_unit(text: str, unit: str) -> None:
    assert [f["unit"] for f in _facts(text) if f["kind"] == "quantity"] == [unit]


@pytest.mark.parametrize(("text", "period"), [
    ("蛋商公會宣布明天起批發價漲至46元，產地價27日起由34.5元漲至36.5元。", "2025-08-27"),
    ("產地價則在27日起調漲至36.5元。", "2025-08-27"),
    ("28日起已累计接待游客30万人次。", "2025-07-28"),     # told as done: the month before
])
def test_a_day_alone_that_starts_something_ahead_is_of_the_articles_month(text: str, period: str) -> None:
    assert _facts(text)[-1]["period"] == period


def test_three_cheng_of_deals_is_a_share() -> None:
    facts = _facts("僅有3成交易買賣契約單價在每坪52.3萬元以上，7成交易的單價仍不到每坪52.3萬元。")
    assert [float(f["value"]) for f in facts if f["kind"] == "percent"] == [30, 70]


def test_a_size_by_output_before_its_class_is_no_figure() -> None:
    facts = _facts("全州有茶园20.97万亩,年产200吨以上茶叶企业8家,初精合一茶厂50个。")
    assert [f["surface"] for f in facts] == ["20.97万亩", "8家", "50个"]


def test_a_level_held_above_an_output_stays_a_figure() -> None:
    facts = _facts("该县茶叶年产量稳定在200吨以上。")
    assert [f["surface"] for f in facts] == ["200吨以上"]


@pytest.mark.parametrize(("text", "periods"), [
    ("蛋商公會宣布，明天起每台斤批發價由44元漲至46元。", [None, "2025-08-25"]),
    ("今天開會決議，每台斤批發價明起漲至46元。", ["2025-08-25"]),
])
def test_a_level_set_from_tomorrow_is_tomorrows(text: str, periods: list) -> None:
    assert [f.get("period") for f in _facts(text) if f["kind"] == "money"] == periods


def test_tomorrow_needs_its_own_word() -> None:
    facts = _facts("这为世界文明起源研究作出贡献，产值提高至500亿元。")
    assert [f.get("period") for f in facts] == [None]


def test_a_day_alone_after_a_day_of_last_month_is_of_that_month() -> None:
    facts = _facts("7月8日第1波調升雞蛋價格各3元後，14日再度調漲3元，批發價每台斤達38元。")
    assert [f.get("period") for f in facts if f["kind"] == "money"] == ["2025-07-08", "2025-07-14", "2025-07-14"]


@pytest.mark.parametrize(("text", "date", "day", "value"), [
    ("8月8日调升3元后，14日再度调涨3元。", "2025-08-24", "14日", "2025-08-14"),      # the article's month: no change
    ("1月6日发生的事件，众议院21日发布调查报告。", "2022-12-22", "21日", "2022-12-21"),   # a month further back
])
def test_a_day_alone_keeps_the_articles_month_otherwise(text: str, date: str, day: str, value: str) -> None:
    assert [f["value"] for f in extract(text, date=date) if f["surface"] == day] == [value]


@pytest.mark.parametrize(("text", "periods"), [
    ("蔬菜每公斤批發價格為63.1元，相比昨日的69元下降。", [None, "2025-08-23"]),
    ("蔬菜平均價43.9元，較昨日的40.2元上漲。", [None, "2025-08-23"]),
])
def test_a_base_compared_with_yesterday_is_yesterdays_with_its_de(text: str, periods: list) -> None:
    assert [f.get("period") for f in _facts(text) if f["kind"] == "money"] == periods


def test_todays_de_still_opens_no_day() -> None:
    assert [f.get("period") for f in _facts("今日的中国经济总量达到130万亿元。")] == [None]


@pytest.mark.parametrize(("date", "period"), [("2023-03-22", "2022"), ("2023-01-10", "2022"), ("2023-08-22", None)])
def test_the_year_just_past_told_by_march_is_the_last_calendar_year(date: str, period) -> None:
    facts = _facts("过去一年，我国完成水利建设投资10893亿元。", date)
    assert [f.get("period") for f in facts if f["kind"] == "money"] == [period]


def test_more_than_a_year_past_is_no_calendar_year() -> None:
    facts = _facts("以方行为将使过去一年多来苦苦求生的数百万加沙民众再次面临危险。", "2025-03-03")
    assert [f.get("period") for f in facts] == [None, None]
