"""The year of an anniversary (store/facts/period_anniversaries.py; tests/gold/README.md: sealed2,
sealed5, sealed6 and sealed7 label an anniversary a story tells of with the article's year)."""

from __future__ import annotations

import pytest

from store.facts import extract


def anniversary(text: str, date: str | None = "2024-08-15") -> str | None:
    got = [f["period"] for f in extract(text, date=date) if f.get("unit") == "周年"]
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize(("text", "date", "year"), [
    ("央视网消息：11月16日，国家主席同卢森堡大公互致贺电，庆祝两国建交50周年。", "2022-11-16", "2022"),
    ("这次来，是和同胞们一起庆祝澳门回归祖国25周年，看看澳门这几年的新变化。", "2024-12-19", "2024"),
    ("习近平总书记在庆祝中华人民共和国成立76周年招待会上指出，复兴是伟大事业。", "2025-10-01", "2025"),
    ("相信两国将以庆祝建交50周年为契机，全面拓展友好交往与务实合作。", "2023-03-09", "2023"),
    ("为纪念任弼时同志诞辰120周年，文献研究院编辑的文集出版发行。", "2024-04-28", "2024"),
])
def test_an_anniversary_a_story_tells_of_is_the_articles_year(text: str, date: str, year: str) -> None:
    assert anniversary(text, date) == year


@pytest.mark.parametrize(("text", "year"), [
    ("今年是两国建交40周年。", "2024"),
    ("明年是该协定签署20周年。", "2025"),
    ("1984年两国建交，双方共同庆祝40周年。", "2024"),          # founding year + 40
    ("7月1日，庆祝中国共产党成立103周年大会在京举行。", "2024"),   # the day of the event
])
def test_a_year_named_for_it_or_its_founding_dates_it(text: str, year: str) -> None:
    assert anniversary(text) == year


def test_a_year_of_something_else_leaves_it_without_period() -> None:
    text = "我对2018年对中国的国事访问留下深刻印象，对两国即将迎来建交40周年充满期待。"
    assert anniversary(text, "2022-12-20") is None


def test_without_a_date_only_a_named_year_dates_it() -> None:
    assert anniversary("2024年是中华人民共和国成立75周年。", None) == "2024"
    assert anniversary("庆祝两国建交50周年。", None) is None
