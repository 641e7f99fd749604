"""Figures an audit of unlabelled bond, insurance and commodity text showed missed or cut (cov54): each a class.

The audit (tests/gold/README.md "## Signs, junk and misses of unlabelled bond, fund, insurance and freight text
(cov54)") read every numeral no fact covers on 50 of its 151 pages, and the coverage tool's misses on all of them:

- a value glued to an insurer's capital ratio or a price's delivery basis (`資本不足:RBC150%以上`,
  `每公噸CFR480至510美元`), as `EPS2.36元` and `CPI2.1%` are read: the 150 % was missed, the range cut to its high
  end with `CFR480` for a subject; a name glued to a number (`NOVA3`, `Au0810`) stays no figure;
- a bare round magnitude of money right after a verb of a result (`壽險業單月吃虧千億元`, `賺進百億元`): the sum, as
  `破千億元` is read (千家万户 and 百万人才 still name no money), a loss negative;
- a count of quarters before a low or high point (`國銀資本適足率創7季低點`, `創七季低點`), as `創11季新高` is read
  (sealed37 labels it); a quarter's name (`第三季`) stays a date;
- units of freight and metals: a short ton (`倉庫銅庫存總量突破50萬短噸` was 50万 元) and the forty-foot box a rate is
  quoted per (`2389美元/FEU` took the TEU of the rate before it).
Every sentence here is written for the test, in the shapes the pages had.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _surfaces(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2025-09-30")}


def test_a_capital_ratio_glued_to_its_acronym() -> None:
    f = _surfaces("資本適足率標準:200%以上 ● 資本不足:RBC120%以上,未滿200%。")["120%以上"]
    assert (f["kind"], f["value"], f["qualifier"]) == ("percent", 120, "以上")


def test_a_price_range_glued_to_its_delivery_basis() -> None:
    f = _surfaces("亞洲鋼筋報價普遍維持在每公噸CFR470至505美元區間。")["470至505美元"]
    assert (f["kind"], f["value"], f["value_high"]) == ("money", 470, 505)


@pytest.mark.parametrize("text", ["新品NOVA3上市,售價999元。", "上期所Au0810收盤於每克197.50元。"])
def test_a_name_glued_to_a_number_stays_no_figure(text: str) -> None:
    assert not any(s in _surfaces(text) for s in ("3", "0810"))


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("壽險業上月吃虧千億元,首要因業務承保損失。", "千億元", -1e11),
    ("該集團去年賺進百億元。", "百億元", 1e10),
])
def test_a_round_sum_after_a_result(text: str, surface: str, value: float) -> None:
    f = _surfaces(text)[surface]
    assert (f["kind"], f["value"]) == ("money", value)


def test_round_magnitudes_naming_no_money_stay_unread() -> None:
    assert _surfaces("千家万户都受益,百万人才来海南。") == {}


@pytest.mark.parametrize(("text", "surface"), [
    ("國銀資本適足率創6季低點。", "6季"),
    ("國銀資本適足率 創七季低點,但獲利仍創高。", "七季"),
    ("毛利率創5季高點。", "5季"),
])
def test_a_count_of_quarters_before_a_low_or_high(text: str, surface: str) -> None:
    f = _surfaces(text)[surface]
    assert (f["kind"], f["unit"]) == ("duration", "季")


def test_a_short_ton() -> None:
    f = _surfaces("Comex倉庫銅庫存總量突破40萬短噸。")["40萬短噸"]
    assert (f["kind"], f["value"], f["unit"]) == ("quantity", 400000, "短吨")


def test_a_rate_per_forty_foot_box() -> None:
    got = _surfaces("上海至欧洲航线运价为1520美元/TEU;上海至美西线运价为2210美元/FEU,下跌2.1%。")
    assert got["2210美元/FEU"]["unit"] == "美元/FEU"
    assert got["1520美元/TEU"]["unit"] == "美元/TEU"
