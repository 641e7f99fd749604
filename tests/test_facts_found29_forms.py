"""Forms probed in the registers the evaluation reads, each as its class (round 29).

- a count's name ending in 数 before a Chinese numeral (`在校学生人数十二点五万人`, `户数十三万户`, `次数十二次`): the
  numeral was taken for the vague 数十 (`数十万人`, dozens) and the figure dropped;
- a household's power use in Chinese numerals with 度 (`每月用電三百五十度`, `节约用电一千二百度`, `五十度电`): 度
  was read after Arabic digits only (二度夺冠, 气温下降两度 are times and temperatures);
- the bounds of a tariff's tiers name the tier (`一百一十度至一百二十度的費率`, `第三級距為每月三百三十一度至五百度`,
  `超過一千度的部分`, `五百度以上者`): labels, in either script;
- coins after a price per unit in Chinese numerals (`每公斤菜價上漲五角`, `每公升各調漲二角`): 角 was read after Arabic
  digits only and 分, 毛 likewise; a coin's tenths spoken after it (`三毛五` 3.5 毛, `五角五分`, `一块二` 1.2 块) are
  part of the price (三毛 alone was a seventh too small, 一块 an article);
- the named steps of a quoted programme (`“一带一路”八项行动`): a label, as `“十大伙伴行动”` is;
- Hong Kong cents of a share in Chinese numerals (`派中期息每股八仙`, `升三仙`) and a score in them
  (`綜合判斷分數為三十八分`, which was a count of 38 without unit): 仙 and 分 were read after Arabic digits only.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text)}


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("全年新增城镇就业人数十一点二万人。", "十一点二万人", 112000, "人"),
    ("全市在校学生人数十二点五万人。", "十二点五万人", 125000, "人"),
    ("全县户数十三万户，户均人口二点八人。", "十三万户", 130000, "户"),
    ("全年出警次数十二次。", "十二次", 12, "次"),
])
def test_a_chinese_numeral_after_a_counts_name_in_shu_is_exact(text: str, surface: str, value: int, unit: str) -> None:
    got = _facts(text)[surface]
    assert (got["value"], got["unit"]) == (value, unit)


@pytest.mark.parametrize("text", ["人数十余万。"])
def test_magnitudes_alone_after_shu_stay_vague(text: str) -> None:
    assert extract(text) == []


# (found31: a round magnitude alone after 数 is a rough figure, the fresh samples' call since sealed28)
@pytest.mark.parametrize(("text", "value"), [("数十万人参加活动。", 100_000), ("吸引了数百家企业参展。", 100),
                                             ("数十亿元资金。", 1_000_000_000), ("赔款数十万两白银。", 100_000)])
def test_magnitudes_alone_after_shu_are_rough_figures(text: str, value: int) -> None:
    assert [(f["value"], f["qualifier"]) for f in extract(text)] == [(value, "数")]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("台電表示，一般家庭每月用電三百五十度，電費約一千二百元。", "三百五十度", 350),
    ("每戶月用電量平均為三百二十度。", "三百二十度", 320),
    ("该小区今年节约用电一千二百度。", "一千二百度", 1200),
    ("去年全年发电量为十二亿度。", "十二亿度", 1200000000),
    ("每月可省下五十度电。", "五十度电", 50),
])
def test_power_use_in_chinese_numerals_is_read_in_du(text: str, surface: str, value: int) -> None:
    got = _facts(text)[surface]
    assert (got["kind"], got["value"]) == ("quantity", value)


@pytest.mark.parametrize("text", ["气温下降十二度。", "角度为四十五度。", "北纬三十度附近。", "三度烧伤。"])
def test_du_after_chinese_numerals_without_electricity_stays_no_figure(text: str) -> None:
    assert not any(f["surface"].endswith("度") for f in extract(text))


@pytest.mark.parametrize(("text", "label"), [
    ("一百一十度至一百二十度的費率調漲百分之三。", "一百一十度"),
    ("電價第三級距為每月三百三十一度至五百度。", "三百三十一度"),
    ("夏月每度電價為二點五元，超過一千度的部分每度七點六元。", "一千度"),
    ("住宅用戶每月用電五百度以上者，將調漲電價百分之十。", "五百度"),
    ("民眾每月用電量超過一千度者，多屬高用電戶。", "一千度"),
    ("121至330度的費率由每度1.78元調為1.87元。", "121至330度"),
])
def test_a_tariff_tiers_bounds_are_no_figure(text: str, label: str) -> None:
    assert not any(label in f["surface"] for f in extract(text))


def test_the_price_per_du_of_a_tier_stays_a_figure() -> None:
    got = _facts("夏月每度電價為二點五元，超過一千度的部分每度七點六元。")
    assert (got["七點六元"]["value"], got["七點六元"]["unit"]) == (7.6, "元/度")


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("每公斤菜價上漲五角。", "五角", 5, "角/公斤"),
    ("國內油價每公升各調漲二角、三點五角。", "二角", 2, "角/公升"),
    ("每斤涨了三毛。", "三毛", 3, "毛/斤"),
    ("猪肉每斤涨了三分。", "三分", 3, "分/斤"),
])
def test_a_price_per_unit_moved_in_coins_is_money_in_chinese_numerals_too(
        text: str, surface: str, value: int, unit: str) -> None:
    got = _facts(text)[surface]
    assert (got["kind"], got["value"], got["unit"]) == ("money", value, unit)


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("鸡蛋每斤涨了三毛五。", "三毛五", 3.5, "毛/斤"),
    ("每公斤上漲五角五分。", "五角五分", 5.5, "角/公斤"),
    ("每斤上涨5毛5。", "5毛5", 5.5, "毛/斤"),
    ("猪肉价格每斤下跌一块二。", "一块二", 1.2, "块/斤"),
])
def test_a_coins_tenths_spoken_after_it_are_part_of_the_price(text: str, surface: str, value: float, unit: str) -> None:
    # 三毛五 is 3.5 毛: reading 三毛 alone was a figure a seventh too small; 一块 alone was an article
    got = _facts(text)[surface]
    assert (got["kind"], got["value"], got["unit"]) == ("money", value, unit)


@pytest.mark.parametrize("text", ["每斤涨了三毛五花肉。", "他买了一块地。", "他吃了一块三明治。"])
def test_a_digit_opening_a_word_after_a_coin_is_no_price(text: str) -> None:
    assert not any(f["kind"] == "money" for f in extract(text))


@pytest.mark.parametrize("text", ["每个三角形的面积。", "他每场比赛得十分。", "每天学习三十分钟。"])
def test_coins_need_a_price_per_unit_before_them(text: str) -> None:
    assert not any(f["kind"] == "money" for f in extract(text))


@pytest.mark.parametrize("text", ["中方支持高质量共建“一带一路”八项行动，推动合作走深走实。",
                                  "深入实施“健康中国”十大行动。"])
def test_the_named_steps_of_a_quoted_programme_are_a_label(text: str) -> None:
    assert extract(text) == []


def test_steps_taken_are_still_counted() -> None:
    assert _facts("我们出台了八项行动，涵盖就业、教育等领域。")["八项"]["value"] == 8


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("派中期息每股八仙。", "八仙", 8),
    ("公司股份周五收報四點五六元，升三仙。", "三仙", 3),
    ("每股基本盈利為二十八仙。", "二十八仙", 28),
])
def test_hong_kong_cents_of_a_share_in_chinese_numerals_are_money(text: str, surface: str, value: int) -> None:
    got = _facts(text)[surface]
    assert (got["kind"], got["value"]) == ("money", value)


@pytest.mark.parametrize("text", ["八仙过海，各显神通。", "他是三仙之一。"])
def test_xian_without_a_share_before_it_is_a_word(text: str) -> None:
    assert extract(text) == []


def test_a_signal_score_in_chinese_numerals_keeps_its_points() -> None:
    got = _facts("景氣對策信號綜合判斷分數為三十八分，燈號續亮紅燈。")["三十八分"]
    assert (got["kind"], got["value"], got["unit"]) == ("index", 38, "分")


@pytest.mark.parametrize("text", ["这件事十分重要。", "比赛进行到三十八分钟。"])
def test_shi_fen_is_very_and_minutes_stay_minutes(text: str) -> None:
    assert not any(f.get("unit") == "分" for f in extract(text))
