"""A span of one bounded by 约 or 仅 (`並再用僅約一個月`, `仅一周吸引游客超6万人次`) is a duration of 1
(sealed8 labels it, as `近一个月` is read); 一 before a unit elsewhere stays an article, `此前一天，…`
names a day (no span), and a frequency (`一年一度`, `一年一次`) is none whatever stands before it."""

from __future__ import annotations

import pytest

from store.facts import extract


def spans(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2026-01-29") if f["kind"] == "duration"}


@pytest.mark.parametrize(("text", "surface"), [
    ("上月底再突破5萬元關口，並再用僅約一個月，昨再搗破6萬元大關。", "約一個月"),
    ("景区仅一周吸引游客超6万人次。", "一周"),
    ("项目仅一年就建成投产。", "一年"),
    ("全程约一个小时。", "约一个小时"),
])
def test_a_bounded_span_of_one_is_a_duration(text: str, surface: str) -> None:
    f = spans(text)[surface]
    assert (f["value"], f["kind"]) == (1, "duration")


@pytest.mark.parametrize("text", ["约一年一度的评选开始了。", "仅一年一次的机会。", "这一年来变化很大。",
                                  "此前一天，外长发表声明。"])
def test_a_frequency_or_an_article_is_no_span(text: str) -> None:
    assert spans(text) == {}
