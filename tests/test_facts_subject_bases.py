"""A figure stated as the base of a comparison (`较前一日1090元/克`, `与9月1日的克价1027元相比`)
is a value of the thing compared, and so is the change measured against it (tests/gold/README.md:
the comparison base is never the period; sealed3 labels such values by the compared price)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-09-23")}


GOLD_PRICES = ("周生生足金饰品标价1100元/克,较前一日1090元/克的价格上涨10元/克;"
               "老庙黄金足金饰品标价1097元/克,较前一日1084元/克的价格上涨13元/克;"
               "周大福足金饰品标价1098元/克,比前一日的1085元/克上涨了13元/克。")


@pytest.mark.parametrize(("surface", "expected"), [
    ("1090元/克", "周生生足金饰品标价"),
    ("10元/克", "周生生足金饰品标价"),
    ("1084元/克", "老庙黄金足金饰品标价"),
    ("1085元/克", "周大福足金饰品标价"),
])
def test_a_base_value_after_jiao_and_its_change_are_the_compared_price(surface: str, expected: str) -> None:
    assert subjects(GOLD_PRICES)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("周大福首饰金价与9月1日的克价1027元相比,每克累计上涨71元。", "1027元", "周大福首饰金价"),
    ("周大福首饰金价与9月1日的克价1027元相比,每克累计上涨71元。", "71元", "周大福首饰金价"),
    ("全市猪肉均价与上周的26.5元/公斤相比略有回落。", "26.5元/公斤", "全市猪肉均价"),
])
def test_a_value_inside_yu_xiangbi_is_of_what_stands_before_yu(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("与上年同期的5.2%相比,增速回落1.1个百分点。", "5.2%"),     # nothing before 与 to name
])
def test_no_compared_thing_no_subject_from_it(text: str, surface: str) -> None:
    assert subjects(text)[surface] is None
