"""Forms a fresh sample (sealed34) showed misread, each as its class (sentences written for the tests).

- **Units:** a denominator written after a slash with 每 (`5,500美元/每盎司`, `3000元/每吨`) is the same denominator as
  after the slash alone (was the currency alone); a coal-equivalent compound in its short form (`10.62千克标煤/吨`,
  `0.5公斤标煤/千瓦时`) is one unit, as 千克标准煤 already was (was 千克, the rest of the unit lost). A price per a dozen
  (`每打8美元`) and per a hundred catties (`每百台斤1000元`: the hundred stays in the denominator, as 吨标准煤/万元 keeps
  its 万) are per that unit (were the currency alone).
- **Found:** a price's move told by 下滑, 下挫, 滑落, 回升 or 攀升, then 至 and the level (`下滑5000元/吨至53万元/吨`), is the
  move and the level reached, as after 下跌 or 上涨 (`每升上涨0.08元至7.35元`): it was one range, the level lost.
- **Sign:** a loss carried, named after its sum (`超過四千億元的累積虧損`, `50亿元的累计亏损`), is the negative figure, as
  `3亿元的净亏损` already was; one made up (`弥补了…的累计亏损`) stays as written.
- **Found:** an ordinal with 廿 or 卅 for its tens (`第廿六大賣超`) is a place, as `第二十六大` is (廿 = 20, 卅 = 30 were read
  everywhere but after 第).
- **Junk:** an ore's grade before its name (`62%國際鐵礦石價約漲5.2%`, `普氏62%铁矿石指数`), a furnace's size before it
  (`2座40吨电炉`, `100吨转炉`, `3000立方米高炉`: the furnace's class, as a ship's size before the ship), and a congress's
  sitting after its term (`区九届五次人代会`: 五次 names the sitting, as 九届 names the term) are labels; the steel an
  electric furnace makes (`100万吨电炉钢`) and a count of times after 届 with no meeting (`本届三次获奖`) stay figures.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-11-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str, date: str = "2025-11-13") -> dict:
    return next(f for f in _facts(text, date) if f["surface"].startswith(surface))


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("国际金价有望升至5,500美元/每盎司。", "5,500美元", "美元/盎司"),
    ("当地玉米收购价约为3000元/每吨左右。", "3000元", "元/吨"),
    ("景区门票调整为120元/每人。", "120元", "元/人"),
])
def test_a_denominator_after_a_slash_with_every(text: str, surface: str, unit: str) -> None:
    f = _one(text, surface)
    assert f["unit"] == unit
    assert f["per"] == unit.split("/", 1)[1]


@pytest.mark.parametrize(("text", "surface", "unit", "value"), [
    ("该厂吨钢综合能耗降至10.62千克标煤/吨。", "10.62千克标煤", "千克标煤/吨", 10.62),
    ("供电煤耗为0.5公斤标煤/千瓦时。", "0.5公斤标煤", "公斤标煤/千瓦时", 0.5),
    ("全年节约能源12.5万吨标煤。", "12.5万吨标煤", "吨标煤", 125000),
    ("油气产量年均增幅达1170万吨油当量。", "1170万吨油当量", "吨油当量", 11700000),
])
def test_a_coal_equivalent_in_its_short_form_is_one_unit(text: str, surface: str, unit: str, value: float) -> None:
    f = _one(text, surface)
    assert f["unit"] == unit
    assert f["value"] == value


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("今年初美国鸡蛋平均批发价一度达到每打8美元以上。", "8美元", "美元/打"),
    ("产地湿稻谷价格维持在每百台斤1000元以上。", "1000元", "元/百台斤"),
    ("雲林縣出現每百台斤1300元的民間收購價。", "1300元", "元/百台斤"),
])
def test_a_price_per_a_dozen_or_per_a_hundred_catties(text: str, surface: str, unit: str) -> None:
    f = _one(text, surface)
    assert f["unit"] == unit
    assert f["per"] == unit.split("/", 1)[1]


def test_a_hundred_yuan_after_every_is_the_ratios_denominator() -> None:
    # (since sealed40, which labels the statistics' cost per 100 yuan of revenue 元/百元: the hundred stays in the
    # denominator, as it does in 每百台斤 above; tests/test_facts_sealed40_signs_units_junk.py)
    assert _one("每百元营业收入中的成本为85元。", "85元")["unit"] == "元/百元"


@pytest.mark.parametrize(("text", "move", "level", "change", "unit"), [
    ("氧化钕价格下滑5000元/吨至53万元/吨。", "5000元/吨", 530000, "down", "元/吨"),
    ("碳酸锂报价下挫3000元/吨至7.5万元/吨。", "3000元/吨", 75000, "down", "元/吨"),
    ("金属镨钕价格攀升1万元/吨至60万元/吨。", "1万元/吨", 600000, "up", "元/吨"),
    ("二手房挂牌均价下滑500元至2.1万元。", "500元", 21000, "down", "元"),
])
def test_a_move_then_the_level_it_reached(text: str, move: str, level: float, change: str, unit: str) -> None:
    facts = [f for f in _facts(text) if f["kind"] == "money"]
    assert len(facts) == 2
    a, b = facts
    assert a["surface"] == move and a["change"] == change and a.get("value_high") is None
    assert b["value"] == level and b["unit"] == unit and not b["change"]


def test_a_forecast_of_a_fall_between_two_sums_stays_a_range() -> None:
    f = _one("公司预计净利润下滑5亿元至8亿元。", "5亿元")
    assert f["value_high"] == 800000000


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("台電目前仍有超過四千億元的累積虧損，財務壓力沉重。", "超過四千億元", -400000000000),
    ("该公司账面仍有50亿元的累计亏损。", "50亿元", -5000000000),
])
def test_a_loss_carried_named_after_its_sum_is_negative(text: str, surface: str, value: float) -> None:
    assert _one(text, surface)["value"] == value


def test_a_carried_loss_made_up_stays_as_written() -> None:
    assert _one("去年已弥补了50亿元的累计亏损。", "50亿元")["value"] == 5000000000


@pytest.mark.parametrize(("text", "spelled"), [
    ("外資單月賣超台股，為一一○年以來第廿六大賣超。", "外資單月賣超台股，為一一○年以來第二十六大賣超。"),
    ("该市综合实力排名全国第卅一位。", "该市综合实力排名全国第三十一位。"),
])
def test_an_ordinal_with_nian_or_sa_is_the_place_spelled_out(text: str, spelled: str) -> None:
    got = [(f["kind"], f["value"]) for f in _facts(text) if f["kind"] == "rank"]
    want = [(f["kind"], f["value"]) for f in _facts(spelled) if f["kind"] == "rank"]
    assert got == want and got


@pytest.mark.parametrize(("text", "label"), [
    ("週二62%國際鐵礦石價約漲5.2%，65%國際鐵礦石價約漲8.6%。", "62%"),
    ("週二62%國際鐵礦石價約漲5.2%，65%國際鐵礦石價約漲8.6%。", "65%"),
    ("普氏62%铁矿石指数报105美元/吨。", "62%"),
    ("宝钢特钢拟将2座40吨电炉产能出让。", "40吨"),
    ("该厂新建一座100吨转炉和一座3000立方米高炉。", "100吨"),
    ("该厂新建一座100吨转炉和一座3000立方米高炉。", "3000立方米"),
    ("全区圆满完成区九届五次人代会确定的目标任务。", "五次"),
])
def test_a_grade_a_furnace_size_or_a_sitting_is_a_label(text: str, label: str) -> None:
    assert not any(f["surface"].endswith(label) for f in _facts(text))


@pytest.mark.parametrize(("text", "surface"), [
    ("週二62%國際鐵礦石價約漲5.2%。", "5.2%"),
    ("宝钢特钢拟将2座40吨电炉产能出让。", "2座"),
    ("该地去年生产100万吨电炉钢。", "100万吨"),
    ("该片本届三次获奖。", "三次"),
])
def test_the_figures_beside_a_label_stay(text: str, surface: str) -> None:
    assert any(f["surface"].endswith(surface) for f in _facts(text))
