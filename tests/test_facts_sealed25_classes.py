"""Forms sealed25 (a fresh sample, opened after its end score) showed the extractor reading wrong:
a loss named after its amount and its owner (a sign lost), and labels read as figures — a pack
size, a moving average, a steel product's size in its spec, a board's joint sitting, and a
flat-size class in simplified Hong Kong news (whose square feet, 方尺, were read as cubic metres)."""

from __future__ import annotations

from typing import Any

from store.facts import article_facts


def _facts(body: str) -> list[dict[str, Any]]:
    return article_facts({"id": "a", "date": "2025-11-06", "title": "", "body": body})


def _surfaces(body: str) -> set[str]:
    return {f["surface"] for f in _facts(body)}


def _by_value(body: str, value: float) -> dict[str, Any]:
    return next(f for f in _facts(body) if f["kind"] not in ("date", "year") and abs(float(f["value"])) == value)


def test_a_loss_named_after_its_amount_and_owner_is_negative() -> None:
    body = ("预期集团于截至2022年9月30日止六个月录得之公司拥有人应占亏损将不少于3000万港元,"
            "而于2021年同期则录得约840万港元之公司拥有人应占亏损。")
    assert _by_value(body, 8400000)["value"] == -8400000
    assert _by_value("上年同期錄得約2.1億港元之本公司權益持有人應佔虧損。", 210000000)["value"] == -210000000


def test_a_loss_cut_after_its_amount_stays_a_cut() -> None:
    # the sum by which a loss shrank is no loss (a guard of the old reading)
    assert _by_value("公司通过降本弥补了3亿元的亏损。", 300000000)["value"] == 300000000


def test_a_pack_size_names_the_goods_priced() -> None:
    body = "其中5L菜籽油略有上涨;1公斤装面粉、5公斤装面粉与上月持平;10公斤装大米均价为60.17元。"
    assert _surfaces(body) == {"60.17元"}


def test_goods_loaded_by_weight_stay_a_figure() -> None:
    assert "25公斤" in _surfaces("每袋25公斤装车运往外地。")


def test_a_moving_average_is_a_chart_line_not_a_date() -> None:
    assert "5日" not in _surfaces("加權指數盤中站上季線跟5日線，終場小漲69點。")
    assert "20日" not in _surfaces("上证指数跌破20日均线，收报3200点。")


def test_a_day_followed_by_an_online_event_stays_a_date() -> None:
    assert "3日" in _surfaces("公司于3日线上举办发布会。")


def test_a_steel_products_size_in_its_spec_is_no_measure() -> None:
    assert _surfaces("螺紋鋼(Φ16-25mm,HRB400)價格為3897.5元/噸,增幅3.7%。") == {"3897.5元/噸", "3.7%"}
    assert _surfaces("普通中板(20mm,Q235)價格為3985.7元/噸。") == {"3985.7元/噸"}


def test_a_boards_joint_sitting_is_no_rank() -> None:
    assert "第6次" not in _surfaces("茲公布110年6月17日第20屆理事會第6次理監事聯席會議貨幣政策議事錄摘要。")


def test_a_flat_size_class_in_square_feet_is_a_label() -> None:
    body = "当中跌幅最大为面积1722方尺或以上的大单位,按月跌约0.88%;而面积1076至1721方尺单位按月跌约0.71%。"
    assert _surfaces(body) == {"约0.88%", "约0.71%"}


def test_a_flats_measured_area_is_in_square_feet() -> None:
    fact = _by_value("该单位实用面积500方尺,成交价800万元。", 500)
    assert fact["unit"] == "方尺" and fact["kind"] == "quantity"


def test_a_count_per_hour_minute_or_second_takes_it_as_denominator() -> None:
    body = "今天的义乌，平均每分钟就有2.6万件快递发往全球，每小时新设25.7户市场经营主体。"
    assert _by_value(body, 26000)["unit"] == "件/分钟"
    assert _by_value(body, 25.7)["unit"] == "户/小时"
    assert _by_value("网络支付交易峰值为每秒10.9万笔。", 109000)["unit"] == "笔/秒"


def test_a_speed_per_hour_keeps_its_written_unit() -> None:
    # (a distance per hour is a quantity, not a count per time: its unit is left as written)
    assert _by_value("列车每小时运行350公里。", 350)["unit"] == "公里"


def test_a_taiwan_trillion_with_a_decimal_count_of_yi_keeps_both() -> None:
    # 78兆9,450.05億元 was read as 9,450.05億元: ten thousand times too small
    body = "全體上市公司市場總值為新台幣78兆9,450.05億元，較上周市值78兆993.62億元增加8,456.43億元。"
    assert _by_value(body, 78945005000000)["surface"] == "78兆9,450.05億元"
    assert _by_value(body, 78099362000000)["surface"] == "78兆993.62億元"


def test_a_trillion_after_a_chinese_numeral_is_a_trillion() -> None:
    # 八十八兆元 was read as 88
    body = "連動集中市場市值衝上八十八兆元、上市櫃市值合計九十五兆元，台指期也大漲。"
    assert _by_value(body, 88000000000000)["surface"] == "八十八兆元"
    assert _by_value(body, 95000000000000)["unit"] == "元"


def test_mainland_bandwidth_in_mega_stays_unread() -> None:
    assert not _facts("宽带提速至一百兆，覆盖全县。")
