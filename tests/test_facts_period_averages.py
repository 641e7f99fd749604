"""An average over years (年均增长, 年平均, 平均每年) is a rate over a window, never one year's: it takes the
window the sentence names (过去五年 → the five years to the year told) or no period, not the single year another
clause of its sentence gave its own figure."""

from __future__ import annotations

from typing import Any

from store.facts import article_facts


def _fact(body: str, value: float) -> dict[str, Any]:
    facts = article_facts({"id": "a", "date": "2025-11-03", "title": "", "body": body})
    return next(f for f in facts if f["kind"] not in ("date", "year") and float(f["value"]) == value)


def test_an_average_does_not_take_the_year_of_the_clause_before() -> None:
    body = "2024年全省地区生产总值达到6.2万亿元，一般公共预算收入年均增长4.8%。"
    assert _fact(body, 6200000000000)["period"] == "2024"
    assert _fact(body, 4.8)["period"] is None


def test_an_average_over_the_years_named_takes_their_window() -> None:
    body = "2024年全省地区生产总值达到6.2万亿元；过去五年年均增长5.5%。"
    assert _fact(body, 5.5)["period"] == "2020/2024"


def test_a_year_written_in_the_averages_own_clause_stays() -> None:
    # guards: the year's own average and a written window
    assert _fact("2024年年均气温15.2℃。", 15.2)["period"] == "2024"
    assert _fact("2020年至2024年，全市GDP年均增长6.1%。", 6.1)["period"] == "2020/2024"


def test_an_average_to_a_year_reached_or_targeted_keeps_that_year() -> None:
    # guards of the written conventions: from one year to another, the end year; a target, its year
    assert _fact("从1952年的679亿元，增长到2023年的126万亿元，年均增长7.9%。", 7.9)["period"] == "2023"
    assert _fact("到2029年，实现数据产业规模年均复合增长率超过15%。", 15)["period"] == "2029"


def test_words_that_only_hold_the_characters_are_no_average() -> None:
    assert _fact("2024年，业务活动预期指数全年均值为56.2%。", 56.2)["period"] == "2024"


def test_an_average_against_a_base_year_keeps_the_sentences_year() -> None:
    body = "2022年，全县实现生产总值951435万元，比上年下降4.1%；与2020年相比，两年平均增长2.5%。"
    assert _fact(body, 2.5)["period"] == "2022"
