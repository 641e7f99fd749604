"""A list of figures compared with one written base: every item is over it, or each over its own when the
bases are listed too (store/facts/base_lists.py; sealed5, sealed10 and sealed12 label them so)."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2025-03-01")}


@pytest.mark.parametrize(("text", "items", "base"), [
    ("1-5月份,高技术制造业、装备制造业增加值同比分别增长9.6%和7.1%,分别快于规模以上工业3.4、0.9个百分点。",
     ("3.4", "0.9个百分点"), "规模以上工业"),
    ("全年装备制造业、高技术制造业增加值分别增长8.2%、8.9%，增速高于全部规上工业2.1个、2.8个百分点。",
     ("2.1个", "2.8个百分点"), "全部规上工业"),
])
def test_every_item_is_over_the_one_base_written_before_the_list(text: str, items: tuple[str, ...], base: str) -> None:
    got = facts(text)
    assert [got[s]["base"] for s in items] == [base] * len(items)


@pytest.mark.parametrize(("text", "items", "bases", "change"), [
    ("全年地区生产总值增长5.9%,高于全国、全省0.9个、0.3个百分点。", ("0.9个", "0.3个百分点"), ("全国", "全省"), "up"),
    ("其中9月份,企业所得税增长6.2%,增幅比7月份、8月份分别回升1.5个、0.8个百分点。", ("1.5个", "0.8个百分点"),
     ("7月份", "8月份"), "up"),
    ("增加值同比增长9.8%，增速分别比同期工业、高技术制造业高3.7个和0.6个百分点。", ("3.7个", "0.6个百分点"),
     ("同期工业", "高技术制造业"), "up"),
])
def test_each_item_is_over_its_own_base_when_the_bases_are_listed(text: str, items: tuple[str, ...],
                                                                  bases: tuple[str, ...], change: str) -> None:
    got = facts(text)
    assert tuple(got[s]["base"] for s in items) == bases
    assert [got[s]["change"] for s in items] == [change] * len(items)


@pytest.mark.parametrize(("text", "items"), [
    # a clause after the comparison word, not a base: counts of the countries above each size
    ("其中，贸易规模超过万亿元、千亿元和百亿元的国家和地区分别有12个、60个和130个。", ("12个", "60个", "130个")),
    # 可比价 and 比重 hold 比 but compare nothing
    ("万元国内生产总值用水量、万元工业增加值用水量按可比价计算分别下降3.8%和4.9%。", ()),
    ("前8个月，中、西部地区快递业务量占全国比重分别提升0.9和0.4个百分点。", ()),
])
def test_no_base_nor_change_from_a_clause_after_the_comparison_word(text: str, items: tuple[str, ...]) -> None:
    got = facts(text)
    assert [(got[s]["change"], got[s]["base"]) for s in items] == [(None, None)] * len(items)
    assert not any(f["base"] for f in got.values() if f["kind"] in ("percent", "points"))


@pytest.mark.parametrize(("text", "items", "bases"), [
    ("全市生产总值增长8.4%,比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点,增幅居全省第3位。",
     ("0.7", "1.4个百分点"), ("全省", "全国平均水平")),
    ("全市规模以上工业增加值同比增长9.1%,比全省(7.4%)和全国(6.3%)分别高1.7 、2.8个百分点。",
     ("1.7", "2.8个百分点"), ("全省", "全国")),
])
def test_a_comparands_level_in_brackets_is_no_part_of_its_name(text: str, items: tuple[str, ...],
                                                               bases: tuple[str, ...]) -> None:
    got = facts(text)
    assert tuple(got[s]["base"] for s in items) == bases
    assert [got[s]["change"] for s in items] == ["up"] * len(items)


def test_month_ranges_listed_as_bases_share_the_year_written_once() -> None:
    got = {f["surface"]: f["base"] for f in extract(
        "規上工業增加值同比下降0.5%,幅度比今年1-3月、1-4月、1-5月分別提高6.4個百分點、7.8個百分點和5.2個百分點。")}
    assert (got["6.4個百分點"], got["7.8個百分點"], got["5.2個百分點"]) == ("1-3月", "1-4月", "1-5月")
