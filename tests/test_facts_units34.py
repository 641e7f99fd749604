"""Units as classes (round 34, "unit34"): a price's denominator told before the price, once for a list, as one unit
written as a number, or in a bracket of the year before; and amounts read as years (sentences written for the tests,
in the registers of produce, grain, results and poll reports).

- **One unit written as a number** (`一斤大蒜12元左右`, `1斤五花肉卖到15.9元`, `青菜1把20元`, `高山大蒜一把要價50元`,
  `一头蒜就得1元多钱`): the price is per that unit (元/斤, 元/把, 元/头), as `79元一斤` and `每斤79元` are, and the one
  unit is no figure of its own; the product named beside it is the subject. A one unit with a choice or a list between
  (`一把雨伞或者10元的波波球`) and counts in 个/只/份 (`一个项目投资5亿元`) are no prices.
- **A price's topic opening with its denominator** (`每公斤大白蒜和独脚蒜的零售价，分别介于20元到22元和28元到30元之间`,
  `现在每公斤大白蒜,批发价介于14.4元到17.6元之间`, `每公斤收購價格,計畫收購稻穀26元`, `每百台斤新台币850元至930元`):
  a price word (价/價) or the currency alone between, at most one comma and no figure; the list after it (also across
  the semicolons of its parallel parts) keeps the denominator, and so do quantities listed per an area
  (`每公頃計畫收購2000公斤,輔導收購1200公斤`).
- **Brackets**: the figure of the year before (`末期股息每股4.00港仙(二零二三年:3.00港仙)`) and a conversion whose word
  is inside the surface (`每公斤71.6元(約85港元)`) keep the denominator.
- **A level moved from** before a level that writes its unit (`从3元上涨到了3.5元/斤`) is in that unit.
- **Units**: `美元/美担` (milk's hundredweight); `負四個百分比` is a percent (Hong Kong and Macao polls).
- **Junk**: a class a communiqué counts, drawn by a band or a bound with its noun left out or written without 的
  (`增幅在200%以上的有5个`, `增幅在100-200%之间的有25个`, `年旅客吞吐量200-1000万人次运输机场有36个`,
  `5万~10万亩的品种有7个`) or by a round magnitude (`面积上万亩的品种有48个`), is a label as the bound with 的 and the
  noun already was; an article right after its law without 第 (`基本法23條`) and a border open round the clock
  (`24小時通關`, in either script) are names.
- **Amounts, not years**: a year-shaped number before a unit of measure (`收購2000公斤`, `面積達1979公頃`,
  `日產2000桶`) is that amount, never a year naming an edition.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-11-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str, date: str = "2025-11-13") -> dict:
    return next(f for f in extract(text, date=date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "unit", "subject"), [
    ("菜市场里，一斤韭菜6元左右，比上周贵了不少。", "6元左右", "元/斤", "韭菜"),
    ("在县城一家超市，1斤排骨卖到32.8元，1斤里脊卖到18.5元。", "18.5元", "元/斤", "里脊"),
    ("今年，天麻一斤能卖40元左右，药农笑开了颜。", "40元左右", "元/斤", "天麻"),
    ("小白菜、空心菜等叶菜1把15元。", "15元", "元/把", "叶菜"),
    ("市場裡高山高麗菜一顆要價80元，青蔥一把要價60元。", "60元", "元/把", "青蔥"),
    ("年初一头蒜就得1元多钱。", "1元", "元/头", "蒜"),
    ("二级果一斤只能卖6毛钱。", "6毛钱", "毛/斤", "二级果"),
])
def test_a_price_for_one_unit_written_as_a_number(text: str, surface: str, unit: str, subject: str) -> None:
    f = _one(text, surface)
    assert (f["unit"], f["per"], f["subject"]) == (unit, unit.split("/", 1)[1], subject)
    assert not any(g["value"] == 1 and g["kind"] == "quantity" for g in _facts(text))   # 一斤 is no figure


@pytest.mark.parametrize(("text", "surface"), [
    ("下单即可获得一把折叠伞或者20元的优惠券。", "20元"),
    ("一个项目投资5亿元。", "5亿元"),
    ("一只新基金规模1000万美元。", "1000万美元"),
])
def test_a_one_unit_that_prices_nothing(text: str, surface: str) -> None:
    assert "/" not in _one(text, surface)["unit"]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("有超市将每公斤红薯和紫薯的价格分别定在6.8元和9.6元。", "6.8元", "元/公斤"),
    ("有超市将每公斤红薯和紫薯的价格分别定在6.8元和9.6元。", "9.6元", "元/公斤"),
    ("在两个批发市场，每公斤红薯和紫薯的零售价，分别介于5元到6元和8元到9元之间。", "8元到9元", "元/公斤"),
    ("目前每公斤生姜，批发价介于7.2元到8.6元之间，小黄姜要11元。", "7.2元到8.6元", "元/公斤"),
    ("目前每公斤生姜，批发价介于7.2元到8.6元之间，小黄姜要11元。", "11元", "元/公斤"),
    ("每公斤收購價格,計畫收購蓬萊稻穀26元、秈稻穀25元;輔導收購蓬萊稻穀23元、秈稻穀22元。", "23元", "元/公斤"),
    ("每公斤收購價格,計畫收購蓬萊稻穀26元、秈稻穀25元;輔導收購蓬萊稻穀23元、秈稻穀22元。", "22元", "元/公斤"),
    ("產地稻穀價格已趨穩，來到每百台斤新台幣880元至950元。", "880元至950元", "新台币元/百台斤"),
])
def test_a_price_topic_opening_with_its_denominator(text: str, surface: str, unit: str) -> None:
    f = _one(text, surface)
    assert (f["unit"], f["per"]) == (unit, unit.split("/", 1)[1])


def test_quantities_listed_per_an_area() -> None:
    text = "收購數量每公頃計畫收購2200公斤,輔導收購1300公斤,餘糧收購2800公斤。"
    assert [f["unit"] for f in _facts(text)] == ["公斤/公顷"] * 3


@pytest.mark.parametrize(("text", "surface"), [
    ("每公斤猪肉的价格为30元，全年销售收入20亿元。", "20亿元"),
    ("每亩产量520公斤，全县总产量3亿公斤。", "3亿公斤"),
])
def test_a_total_after_a_price_per_unit_keeps_its_own_unit(text: str, surface: str) -> None:
    assert "/" not in _one(text, surface)["unit"]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("董事會建議派發末期股息每股5.20港仙(二零二四年:4.80港仙)。", "4.80港仙", "港仙/股"),
    ("董事会建议派发末期股息每股0.35元(2024年12月31日:0.30元)。", "0.30元", "元/股"),
    ("排骨價格升至每公斤68.2元(約74港元)。", "約74港元", "港元/公斤"),
])
def test_a_bracket_keeps_the_denominator(text: str, surface: str, unit: str) -> None:
    assert _one(text, surface)["unit"] == unit


def test_a_level_moved_from_takes_the_unit_written_on_the_level_reached() -> None:
    f = _one("西兰花的平均零售价格从4元上涨到了5.5元/斤。", "4元")
    assert (f["unit"], f["per"]) == ("元/斤", "斤")


@pytest.mark.parametrize(("text", "surface", "value", "unit", "kind"), [
    ("10月份原料奶价格环比涨3.1%至18.2美元/美担。", "18.2美元/美担", 18.2, "美元/美担", "money"),
    ("特首的民望淨值為負五個百分比。", "負五個百分比", -5, "%", "percent"),
])
def test_units_the_table_lacked(text: str, surface: str, value: float, unit: str, kind: str) -> None:
    f = _one(text, surface)
    assert (f["value"], f["unit"], f["kind"]) == (value, unit, kind)


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("收購數量每公頃計畫收購2000公斤。", "2000公斤", "公斤/公顷"),
    ("遗产区总面积达1979公顷，缓冲区更大。", "1979公顷", "公顷"),
    ("该油田日产原油2000桶。", "2000桶", "桶/日"),
    ("全年共收购2010公吨。", "2010公吨", "公吨"),
])
def test_a_year_shaped_amount_before_a_measure_is_no_year(text: str, surface: str, unit: str) -> None:
    kinds = {f["surface"]: f for f in extract(text, date="2025-11-13")}
    assert surface in kinds and kinds[surface]["unit"] == unit
    assert not any(f["kind"] == "year" for f in kinds.values())


@pytest.mark.parametrize("text", ["2024世界机器人大会在北京开幕。", "2025城市更新大会举行。"])
def test_an_editions_year_stays_a_year(text: str) -> None:
    assert [f["kind"] for f in extract(text, date="2025-11-13")][:1] == ["year"]


@pytest.mark.parametrize(("text", "labels"), [
    ("从增速看，增幅在200%以上的有4个，增幅在100-200%之间的有21个，增幅在100%以内的有7个。", ["200%", "100-200%", "100%"]),
    ("年旅客吞吐量200-1000万人次运输机场有31个，较上年增加5个。", ["200-1000万人次"]),
    ("全省种植面积上万亩的品种有42个，5万~10万亩的品种有6个。", ["上万亩", "5万~10万亩"]),
    ("調查範圍包括市民對基本法23條的意見。", ["23條"]),
    ("主要圍繞市民對兩地實施24小時通關的意見。", ["24小時"]),
    ("口岸实施24小时通关。", ["24小时"]),
])
def test_junk_classes_counted_and_names(text: str, labels: list[str]) -> None:
    surfaces = [f["surface"] for f in extract(text, date="2025-11-13")]
    assert not any(label in s or s in label for label in labels for s in surfaces)


@pytest.mark.parametrize(("text", "surface"), [
    ("口岸通关时间延长至24小时。", "24小时"),
    ("基本法共有160條。", "160條"),
    ("全县有5个品种种植面积超过1万亩。", "超过1万亩"),
    ("报告显示，2024—2025冰雪季我国冰雪休闲旅游人数为3.4亿人。", "2024—2025"),   # a season, no class
])
def test_figures_beside_those_names_stay(text: str, surface: str) -> None:
    assert surface in [f["surface"] for f in extract(text, date="2025-11-13")]
