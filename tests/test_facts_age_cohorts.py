"""An age naming a cohort is a label; a person's age is a figure (quantity 岁).

`全国已为13周岁女孩接种`, `70到89岁的老人`: who is served or counted, no one's age (as `60岁以上老人`
and `5岁以下儿童死亡率` are labels). `一位72岁的老人`, `一名16岁的少年`, `今年50岁的李清学`: ages of
people, quantities in the word written (tests/gold/README.md, sealed6).

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def hits(text: str, part: str) -> list[dict]:
    i = text.index(part)
    return [f for f in extract(text, date="2025-06-01") if f["start"] < i + len(part) and f["end"] > i]


COHORTS = [
    ("截至4月底，全国已为13周岁女孩接种疫苗275万剂次。", "13周岁"),
    ("2011年后出生的满13周岁女孩可免费接种两剂次。", "13周岁"),
    ("社区今年起为80岁老人提供免费上门服务。", "80岁"),
    ("补贴后，70到89岁的老人每餐只花7元。", "70到89岁"),
    ("托育机构主要招收0到3岁的孩子。", "0到3岁"),
    ("英国将对16岁至17岁青少年实施社交媒体宵禁。", "16岁"),
    ("县里面向60岁以上老人开设惠民食堂。", "60岁"),
]


@pytest.mark.parametrize(("text", "part"), COHORTS)
def test_a_cohorts_age_is_no_figure(text: str, part: str) -> None:
    assert hits(text, part) == []


PEOPLE = [
    ("江边一位72岁的老人在风雨中被救起。", "72岁", 72),
    ("警方称一名16岁的少年受伤。", "16岁", 16),
    ("冲突中两名15岁少年遇难。", "15岁", 15),
    ("嫌疑人为22岁的当地居民。", "22岁", 22),
    ("今年50岁的李清学当选村党支部书记。", "50岁", 50),
    ("大熊猫“康康”迎来10周岁生日。", "10周岁", 10),
]


@pytest.mark.parametrize(("text", "part", "value"), PEOPLE)
def test_a_persons_age_stays_a_quantity(text: str, part: str, value: int) -> None:
    got = hits(text, part)
    assert [(f["kind"], f["value"]) for f in got] == [("quantity", value)]


def test_the_count_after_a_cohort_stays() -> None:
    text = "截至4月底，全国已为13周岁女孩接种疫苗275万剂次。"
    assert [f["value"] for f in extract(text, date="2025-06-01") if f["kind"] == "count"] == [2750000]
