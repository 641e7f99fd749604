"""A bare magnitude is a figure where the text makes it one: `千余个应用场景`, `百余家企业`, `万余名游客`
(1000, 100, 10000 of the measure word, qualifier 余, as `十余个` is) — never a word like 百姓, 千万不要 or 万一."""

from __future__ import annotations

import pytest

from store.facts import extract


def read(text: str) -> list[tuple[str, str, object, str | None, str | None]]:
    return [(f["surface"], f["kind"], f["value"], f["unit"], f["qualifier"]) for f in extract(text, date="2025-09-09")]


@pytest.mark.parametrize(("text", "fact"), [
    ("各地在海洋经济等领域密集释放千余个应用场景。", ("千余个", "count", 1000, "个", "余")),
    ("本届展会吸引百余家企业参展。", ("百余家", "count", 100, "家", "余")),
    ("景区当天接待万余名游客。", ("万余名", "count", 10000, "名", "余")),
])
def test_a_magnitude_with_yu_and_a_measure_word_is_a_count(text: str, fact: tuple) -> None:
    assert fact in read(text)


def test_a_numeral_before_the_magnitude_is_still_read_whole() -> None:
    assert ("三百余家", "count", 300, "家", "余") in read("三百余家企业参展。")


@pytest.mark.parametrize("text", ["千万不要相信陌生来电。", "老百姓的钱袋子鼓起来了。", "不怕一万就怕万一。"])
def test_magnitude_words_stay_words(text: str) -> None:
    assert read(text) == []
