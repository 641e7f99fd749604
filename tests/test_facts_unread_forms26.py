"""Figures the extractor left unread or misread in Taiwan, Hong Kong and Macao news and in statistical releases
(per26): index points in Chinese numerals, a temperature below zero in Chinese numerals, a ratio named 倍差, a fall
whose rate narrowed, and a concession named by its term (a label).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str = "2025-10-09") -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "value", "change"), [
    ("台股加權指數今天收在二萬七二一一點，上漲二六八點。", "二萬七二一一點", 27211, None),
    ("台股加權指數今天收在二萬七二一一點，上漲二六八點。", "二六八點", 268, "up"),
    ("恒指收報二萬五千點，跌三百點。", "二萬五千點", 25000, None),
    ("恒指收報二萬五千點，跌三百點。", "三百點", 300, "down"),
])
def test_index_points_in_chinese_numerals_are_index_levels_and_moves(text: str, surface: str, value: int,
                                                                     change: str | None) -> None:
    f = facts(text)[surface]
    assert (f["kind"], f["value"], f["unit"], f["change"]) == ("index", value, "点", change)


@pytest.mark.parametrize("text", [
    "股市今天早上十點開盤。",             # an hour, not points
    "台股加權指數今天上漲五點三。",       # a decimal point
    "會議提出十二點意見。",               # no index named
])
def test_a_clock_hour_a_decimal_or_no_index_named_gives_no_index_points(text: str) -> None:
    assert not any(f["kind"] == "index" and f["unit"] == "点" for f in extract(text, date="2025-10-09"))


@pytest.mark.parametrize(("text", "surface", "value", "qualifier"), [
    ("哈爾濱今晨氣溫零下二十多度。", "零下二十多度", -20, "多"),
    ("最低气温零下五度。", "零下五度", -5, None),
])
def test_a_temperature_below_zero_in_chinese_numerals_is_negative(text: str, surface: str, value: int,
                                                                  qualifier: str | None) -> None:
    f = facts(text)[surface]
    assert (f["kind"], f["value"], f["unit"], f["qualifier"]) == ("quantity", value, "度", qualifier)


def test_a_ratio_named_beicha_is_an_index_value_as_shouru_bi_is() -> None:
    got = facts("城乡居民收入倍差2.78，城乡收入比2.39。")
    assert (got["2.78"]["kind"], got["2.78"]["subject"]) == ("index", "城乡居民收入倍差")
    assert (got["2.39"]["kind"], got["2.39"]["subject"]) == ("index", "城乡收入比")


@pytest.mark.parametrize(("text", "word"), [
    ("全國出口減幅收窄至2.5%。", "減幅"),
    ("出口减幅收窄至2.5%。", "减幅"),
    ("出口降幅收窄至2.5%。", "降幅"),
])
def test_a_fall_whose_rate_narrowed_to_a_level_is_still_a_fall(text: str, word: str) -> None:
    f = facts(text)["2.5%"]
    assert (f["change"], f["change_word"]) == ("down", word)


@pytest.mark.parametrize("text", [
    "澳門特區政府將於明年開展新的十年博彩經營批給制度的公開競投。",
    "該項目採用三十年特許經營權模式。",
])
def test_a_concession_named_by_its_term_is_a_label(text: str) -> None:
    assert not any(f["kind"] == "duration" for f in extract(text, date="2025-10-09"))


def test_a_concessions_stated_term_stays_a_duration() -> None:
    f = facts("批給期為十年。")["十年"]
    assert (f["kind"], f["value"]) == ("duration", 10)


def test_index_points_with_no_index_named_are_the_markets_named_before() -> None:
    # (found on sealed25 after its score: the points were 終場's and 跳空飛躍's)
    got = facts("台股昨開盤大漲二六八點，終場則大漲四五○點、收二萬七二一一點。")
    assert [got[s]["subject"] for s in ("二六八點", "四五○點", "二萬七二一一點")] == ["台股"] * 3
    assert facts("年内A股已新增374条指数。")["374条"]["subject"] == "指数"     # a count of indices is not a level
    # a market already named at the figure keeps it (受美股重挫拖累 is a cause, not the market that fell)
    assert facts("今天受美股重挫拖累，集中市場終場下跌513.62點。")["513.62點"]["subject"] == "集中市場"
