"""Change words of Hong Kong and Taiwan reports (the sealed4 sample, as rules): a result that
`倒退`, orders that `衰退` (a `減幅`), a price that `回跌` went down; a central bank that `升息` raised its
rate, one that `降息`/`減息` cut it.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> dict:
    got = extract(text, date="2016-04-20")
    found = [f for f in got if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in got])
    return found[0]


@pytest.mark.parametrize(("text", "surface", "change", "word"), [
    ("錄得純利1.38億元,倒退8.7%。", "8.7%", "down", "倒退"),
    ("集团纯利倒退12.5%至3亿元。", "12.5%", "down", "倒退"),
    ("外銷訂單金額366.2億美元,年衰退4.7%。", "4.7%", "down", "衰退"),
    ("油价自每桶70.85美元的高位回跌了12%。", "12%", "down", "回跌"),
    ("央行宣布升息0.125個百分點。", "0.125個百分點", "up", "升息"),
    ("美聯儲宣布降息25個基點。", "25個基點", "down", "降息"),
    ("美联储意外减息50个基点。", "50个基点", "down", "减息"),
    ("外銷訂單年減5.1%,減幅達3.2%。", "3.2%", "down", "減幅"),
    ("出口减幅为3.2%。", "3.2%", "down", "减幅"),
])
def test_hong_kong_and_taiwan_change_words_have_their_direction(text: str, surface: str,
                                                                change: str, word: str) -> None:
    f = fact(text, surface)
    assert (f["change"], f["change_word"]) == (change, word)


def test_a_base_in_the_clause_before_a_fall_is_kept() -> None:
    f = fact("金額為366.2億美元,但與2015年同期相比,仍衰退4.7%。", "4.7%")
    assert (f["change"], f["base"]) == ("down", "2015年同期")


@pytest.mark.parametrize("text", [
    "经济衰退风险上升,3家企业受影响。",
    "他的成绩倒退到第5名。",
])
def test_a_fall_word_does_not_turn_a_count_or_a_rank_into_a_change(text: str) -> None:
    got = extract(text)
    assert all(f["kind"] in ("count", "rank") for f in got), got


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("外銷訂單年減5.1%。", "5.1%", "外銷訂單"),
    ("工業生產指數年減7.93%,製造業指數年減8.4%。", "7.93%", "工業生產指數"),
    ("出口年增9.5%。", "9.5%", "出口"),
    ("外销订单年减3.2%。", "3.2%", "外销订单"),
])
def test_taiwans_year_on_year_fall_is_no_part_of_the_subject(text: str, surface: str, subject: str) -> None:
    f = fact(text, surface)
    assert (f["subject"], f["change"], f["base"]) == (subject, "up" if "增" in text else "down", "上年同期")


@pytest.mark.parametrize(("text", "surface", "change", "subject"), [
    ("批發業營業額1兆315億元,月增率2.4%,年增率17.2%。", "2.4%", "up", "批發業營業額"),
    ("十一月進口則為四七九．七億美元，月增二十二．三％、年增四十五％。", "二十二．三％", "up", "進口"),
    ("8月出口月減3.2%，年增5%。", "3.2%", "down", "出口"),
])
def test_taiwans_month_on_month_growth_is_over_the_month_before(text: str, surface: str, change: str,
                                                               subject: str) -> None:
    f = fact(text, surface)
    assert (f["change"], f["base"], f["subject"]) == (change, "上月", subject)


@pytest.mark.parametrize(("text", "surface"), [
    ("6月单月增长32.0%。", "32.0%"),             # the single month's growth, not over the month before
    ("较开通首月增长了12%。", "12%"),
    ("8月增长5%。", "5%"),
    ("债务在7个多月增长了12%。", "12%"),
])
def test_a_named_month_before_its_growth_is_no_month_on_month_base(text: str, surface: str) -> None:
    assert fact(text, surface)["base"] != "上月"
