"""Nouns told together before one figure share it: the subject is the whole coordination.

`汽车、太阳能电池、挖掘机产量增速均超过10%` gave the figure `挖掘机产量增速`, `研究与试验发展经费支出占生产总值比重1.9%`
gave `试验发展经费支出…`: the left phrase stopped at the last 、/与, so the figure read as the last item's alone.
Without 分别 every item is measured by it.  A list that hands its figures out (分别) keeps its items, a heading's
number (`二、`) and a verb before the first item (`启动北京、上海…`) are no items.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-01") if f["kind"] not in ("date", "year")}


def test_nouns_joined_by_commas_share_the_figure_after_them() -> None:
    got = _subjects("在重点监测的产品中，汽车、太阳能电池、挖掘机产量增速均超过10%。")
    assert got["超过10%"].startswith("汽车、太阳能电池、挖掘机产量")


def test_nouns_joined_by_yu_or_ji_share_the_figure() -> None:
    assert _subjects("研究与试验发展经费支出占生产总值比重1.9%左右;")["1.9%左右"].startswith("研究与试验发展经费支出")
    assert _subjects("其中購貨、佣金及客戶回贈支出為947.6億元。")["947.6億元"] == "購貨、佣金及客戶回贈支出"


def test_an_item_after_a_verb_is_its_object_without_the_verb() -> None:
    assert _subjects("启动北京、上海、海南、深圳4地增值电信业务扩大对外开放试点。")["4地"] == "北京、上海、海南、深圳"


def test_a_respective_list_keeps_its_items() -> None:
    got = _subjects("其中，风电、太阳能发电装机容量分别约3.5亿千瓦和3.6亿千瓦。")
    assert not got["约3.5亿千瓦"].startswith("风电、")


def test_a_heading_number_is_no_item() -> None:
    assert _subjects("二、捐赠标准2000元/年，由基金会发放。")["2000元/年"] == "捐赠标准"
