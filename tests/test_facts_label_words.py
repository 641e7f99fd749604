"""Numerals inside names and classes are labels (tests/gold/README.md "Conventions", junk): a second go named
by 二次 before a verb or noun (`二次派息`, `二次点火`; sealed17 lists `二次`(派息) as a trap), a school named by
its years (`九年一贯制学校`, `十二年一贯制`; sealed17), places named by their population (`20万以上人口城市`,
`百万人口以上城市`; sealed17 lists both as thresholds naming a class), and an anniversary inside a long title
(`《…——论…成立100周年暨…讲话》`; the conventions' anniversary in a title).  Counts that are counted stay:
`每年检查二次`, `两次`, a school's count `九年一贯制学校4所`, a coverage rate of those cities.
Sentences written for the rules."""

from __future__ import annotations

import pytest

from store.facts import extract


def surfaces(text: str) -> list[str]:
    return [f["surface"] for f in extract(text, date="2025-05-01")]


@pytest.mark.parametrize(("text", "trap"), [
    ("全國電則是屬於現金減資,這像是二次派息。", "二次"),
    ("火箭首次实现发动机空中二次点火。", "二次"),
    ("草案进行了二次审议。", "二次"),
    ("其中九年一贯制学校4所,十二年一贯制学校1所。", "九年"),
    ("其中九年一贯制学校4所,十二年一贯制学校1所。", "十二年"),
    ("学校开设三年制高职课程。", "三年"),
    ("高速公路对20万以上人口城市覆盖率超过98%。", "20万"),
    ("铁路网已覆盖全国99%的20万人口以上城市。", "20万"),
    ("题目是《汇聚起磅礴力量——论学习贯彻总书记在庆祝全国总工会成立100周年暨全国劳动模范和先进工作者表彰大会上的重要讲话》。", "100周年"),
])
def test_a_numeral_naming_a_kind_or_a_class_is_no_figure(text: str, trap: str) -> None:
    assert not [s for s in surfaces(text) if trap in s]


@pytest.mark.parametrize(("text", "surface"), [
    ("每年检查二次。", "二次"),
    ("大楼23日两次遭袭。", "两次"),
    ("其中九年一贯制学校4所。", "4所"),
    ("高速公路对20万以上人口城市覆盖率超过98%。", "超过98%"),
    ("今年是全国总工会成立100周年。", "100周年"),
])
def test_what_is_counted_or_measured_stays_a_figure(text: str, surface: str) -> None:
    assert surface in surfaces(text)
