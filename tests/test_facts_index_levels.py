"""An index level is the level of the index the sentence names (store/facts/subject_index_levels.py)."""

from __future__ import annotations

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


def test_an_index_named_once_then_called_index() -> None:
    got = subjects("上期有色金属指数跌幅较大,指数以3410.25点收盘,下跌96.40点,跌幅为2.75%。")
    for surface in ("3410.25点", "96.40点", "2.75%"):
        assert got[surface] == "上期有色金属指数"


def test_a_level_in_points_is_the_index_not_the_basket_counted_before_it() -> None:
    got = subjects("衡量美元对六种主要货币的美元指数12日大幅上涨，盘中一度升至105.36点。")
    assert got["105.36点"] == "美元指数"


def test_a_pointer_to_the_index_is_no_name() -> None:
    got = subjects("4月粮农组织食品价格指数环比上涨1.6%，这是该指数连续第三个月上涨。")
    assert got.get("第三个月") != "这是该指数"
