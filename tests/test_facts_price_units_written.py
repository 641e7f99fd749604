"""Prices per a unit as price monitors and Taiwan's and Hong Kong's papers write them (tests/gold/README.md,
"Conventions": the full unit with its denominator; sealed18's calls): `每公升33塊` (塊 the coin, 塊/公升),
`2.89元/500g` and `每500克4.45元` (a packed amount as denominator), `每公升各調漲0.2元、0.3元` and
`由每台斤43元漲至45元` (the denominator shared along the list and the move), `（每箱200顆）` (顆/箱, no subject);
a flow named as a noun keeps its plain unit (`每日供應量為12.5萬箱`, the "flow per day" conflict's rule)."""

from __future__ import annotations

import pytest

from store.facts import extract


def by_surface(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2023-11-20")}


@pytest.mark.parametrize(("text", "surface", "kind", "unit"), [
    ("調整後價格分別為:92無鉛汽油每公升33塊、95無鉛汽油每公升34.5塊。", "34.5塊", "money", "块/公升"),
    ("猪肉每斤3块，比上周涨了。", "3块", "money", "块/斤"),
    ("超市富强粉平均零售价格2.89元/500g,标准粉平均零售价格2.63元/500g。", "2.63元/500g", "money", "元/500g"),
    ("菜籽油零售价格为69.9元/5L，大豆油57.79元/5升。", "57.79元/5升", "money", "元/5升"),
    ("15种蔬菜平均价格为每500克4.45元,比上期下降1.98%。", "4.45元", "money", "元/500克"),
    ("汽、柴油每公升各調漲0.2元、0.3元。", "0.3元", "money", "元/公升"),
    ("中晚籼稻和粳稻最低收购价分别为每吨2580元和2620元。", "2620元", "money", "元/吨"),
    ("批發價由每台斤43元漲至45元。", "45元", "money", "元/台斤"),
    ("雞蛋每日供應量為12.5萬箱（每箱200顆），比國人平均每天雞蛋需求量12萬箱略多。", "200顆", "count", "颗/箱"),
    ("雞蛋每日供應量為12.5萬箱（每箱200顆），比國人平均每天雞蛋需求量12萬箱略多。", "12.5萬箱", "count", "箱"),
    ("数据中心机架总规模超过105万标准机架。", "超过105万标准机架", "count", "标准机架"),
    ("西部新增数据中心的建设规模超过60万机架。", "超过60万机架", "count", "机架"),
    ("計入綠債收入後,錄得2757億財政赤字。", "2757億", "money", "元"),
])
def test_a_price_or_count_takes_the_unit_it_is_written_per(text: str, surface: str, kind: str, unit: str) -> None:
    f = by_surface(text)[surface]
    assert (f["kind"], f["unit"]) == (kind, unit)


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("每人3块月饼。", "3块", "块"),          # pieces of a good, not a price
    ("每天约8000辆汽车通过大桥。", "约8000辆", "辆/天"),   # a flow written with a verb keeps its time
])
def test_pieces_and_flows_by_verb_keep_their_reading(text: str, surface: str, unit: str) -> None:
    assert by_surface(text)[surface]["unit"] == unit


def test_a_denominator_is_no_subject() -> None:
    got = by_surface("昨天起批發價由每台斤43元漲至45元，雞蛋每日供應量為12.5萬箱（每箱200顆）。")
    assert (got["43元"]["subject"], got["45元"]["subject"], got["200顆"]["subject"]) == ("批發價", "批發價", None)


def test_a_threshold_crossed_is_a_bound() -> None:
    got = by_surface("2015年产值跨过百亿元大关，工业增加值跨过万亿元大关。")
    assert (got["百亿元"]["value"], got["百亿元"]["qualifier"]) == (10**10, "跨过")
    assert got["万亿元"]["value"] == 10**12


def test_a_name_before_its_denominator_keeps_the_name() -> None:
    got = by_surface("汽、柴油每公升各共2元及1.5元，調整國內油價。")
    assert (got["2元"]["subject"], got["1.5元"]["subject"]) == ("汽、柴油", "汽、柴油")


def test_a_sum_in_a_dollar_then_xiatong_carries_the_dollar_to_the_sentences_yuan() -> None:
    got = by_surface("澳门特区政府的博彩税收入已达117亿澳门元(下同),超过2003年特区全年博彩税收入101亿元的纪录。")
    assert (got["117亿澳门元"]["unit"], got["101亿元"]["unit"]) == ("澳门元", "澳门元")
