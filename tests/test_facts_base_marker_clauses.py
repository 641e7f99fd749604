"""A comparison marker read as a heading or next to a comparison adjective names the base
(store/facts/bases_by_period.py, store/facts/changes.py): `从环比看，…上涨0.2%` → 上月, `从同比看，…` →
上年同期, for every change of the sentence after the heading that names no base of its own; `占比5.4%，同比低
5.3个百分点` → down against 上年同期, as `比上年低` is against 上年; a rise over a year written `年漲` (Taiwan) or
`按年上昇` (Macao) is against 上年同期 too."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str | None = None) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "base"), [
    ("从环比看,4个一线城市二手住宅销售价格上涨0.3%,涨幅比上月扩大0.1个百分点。", "0.3%", "上月"),
    ("从环比看,4个一线城市二手住宅销售价格上涨0.3%,涨幅比上月扩大0.1个百分点。", "0.1个百分点", "上月"),
    ("从同比看,一线城市二手住宅销售价格下降1.2%;三线城市二手住宅销售价格下降2.5%。", "1.2%", "上年同期"),
    ("从同比看,一线城市二手住宅销售价格下降1.2%;三线城市二手住宅销售价格下降2.5%。", "2.5%", "上年同期"),
    ("环比看,成都、武汉分别涨0.4%、跌0.3%,北京持平。", "0.3%", "上月"),
    ("從環比看,二手住宅銷售價格下跌0.6%;從同比看,二手住宅銷售價格下跌3.1%。", "0.6%", "上月"),
    ("從環比看,二手住宅銷售價格下跌0.6%;從同比看,二手住宅銷售價格下跌3.1%。", "3.1%", "上年同期"),
])
def test_a_marker_heading_gives_its_base_to_the_changes_after_it(text: str, surface: str, base: str) -> None:
    assert facts(text)[surface]["base"] == base


def test_a_figure_with_its_own_base_keeps_it_under_a_heading() -> None:
    got = facts("从环比看,新建商品住宅销售价格上涨0.2%,涨幅比上年同期回落0.4个百分点。")
    assert got["0.4个百分点"]["base"] == "上年同期"


@pytest.mark.parametrize(("text", "surface", "change", "base"), [
    ("上半年委托贷款占比5.4%,同比低5.3个百分点。", "5.3个百分点", "down", "上年同期"),
    ("上半年信托贷款占比11.7%,同比高8.9个百分点。", "8.9个百分点", "up", "上年同期"),
    ("一季度出口占比23.1%,按年高1.2个百分点。", "1.2个百分点", "up", "上年同期"),
    ("3月末贷款不良率为1.6%,环比低0.1个百分点。", "0.1个百分点", "down", "上月"),
])
def test_a_marker_before_a_comparison_adjective_is_the_base(text: str, surface: str, change: str, base: str) -> None:
    f = facts(text)[surface]
    assert (f["change"], f["base"]) == (change, base)


@pytest.mark.parametrize(("text", "surface", "word"), [
    ("其中蛋類年漲23.47%,為34個月以來最高。", "23.47%", "漲"),
    ("特區政府公共財政收入六百一十一‧三億元,按年上昇二十‧七%。", "二十‧七%", "上昇"),
])
def test_a_rise_over_a_year_written_年漲_or_上昇_is_against_the_same_period(text: str, surface: str, word: str) -> None:
    f = facts(text, "2013-07-05")[surface]
    assert (f["change"], f["change_word"], f["base"]) == ("up", word, "上年同期")
