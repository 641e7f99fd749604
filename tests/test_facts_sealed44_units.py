"""Units a fresh sample (sealed44) showed, each as its class (sentences written for the tests, in the registers of the
sample: Hong Kong REITs' payouts, Taiwan's steel price lists and capital budgets, ports, farm prices).

- a payout per a trust's or a fund's unit keeps its denominator (`每單位分派107.19港仙`: 港仙/单位, `每基金單位分派`:
  港仙/基金单位), with 中期/末期 or 股息 between (`每單位中期分派126.88仙`, `每股末期股息1.2港元`: 港元/股);
- a sum in 元 followed by 台幣 without 新 is in Taiwan dollars (`600~700億元台幣`: 新台币元), as 新台幣 already was;
- containers counted with 个 are in 标准箱 (`1849萬個標準箱`), the unit the sets label;
- a price list's later moves take the denominator its first move named (`廢鋼每公噸調漲200元、鋼筋上調300元`: 元/公吨),
  and so do its later levels moved to (`…漲至每公噸338美元，美國貨櫃廢鋼同步走揚至328美元`) and a price's level reached
  after an adverb of speed (`從14元/公斤急速跌至10元`).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _unit(text: str, surface: str) -> str | None:
    return next(f for f in extract(text, date="2025-03-10") if f["surface"] == surface)["unit"]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("末期息每單位分派107.19港仙，按年增加一成四。", "107.19港仙", "港仙/单位"),
    ("每單位中期分派126.88仙，減少百分之5.9。", "126.88仙", "仙/单位"),
    ("中期可分派收入總額29.66億元；每基金單位分派141.47港仙。", "141.47港仙", "港仙/基金单位"),
    ("董事會建議每股末期股息1.2港元。", "1.2港元", "港元/股"),
])
def test_a_payout_per_a_unit_keeps_its_denominator(text: str, surface: str, unit: str) -> None:
    assert _unit(text, surface) == unit


@pytest.mark.parametrize(("text", "surface"), [
    ("預估今年資本支出約介於600~700億元台幣之間。", "600~700億元"),
    ("公司去年營收達3200億元台幣。", "3200億元"),
])
def test_a_sum_followed_by_tai_bi_is_in_taiwan_dollars(text: str, surface: str) -> None:
    assert _unit(text, surface) == "新台币元"


def test_containers_counted_with_ge_are_in_standard_boxes() -> None:
    assert _unit("旗下碼頭總吞吐量達1849萬個標準箱，較去年同期增加1.6倍。", "1849萬個標準箱") == "标准箱"


def test_a_price_lists_later_moves_take_its_first_denominator() -> None:
    text = "豐興新盤價全面上漲；其中廢鋼每公噸調漲200元、鋼筋上調300元、型鋼上調500元。"
    assert [_unit(text, s) for s in ("200元", "300元", "500元")] == ["元/公吨"] * 3


def test_a_move_after_a_total_keeps_its_own_unit() -> None:
    assert _unit("每吨上涨50元，全年增加收入300元。", "300元") == "元"


def test_a_price_lists_later_level_moved_to_takes_its_denominator() -> None:
    text = "日本2H廢鋼漲至每公噸338美元，美國貨櫃廢鋼同步走揚至328美元，澳洲鐵礦砂回升至每公噸104美元。"
    assert _unit(text, "328美元") == "美元/公吨"


def test_a_level_reached_after_an_adverb_of_speed_keeps_the_price_per_unit() -> None:
    text = "籽棉价格从最高时的14元/公斤急速跌至10元以下。"
    assert _unit(text, "10元以下") == "元/公斤"
