"""Reporting periods that end on a date (store/facts/period_windows.py): a Hong Kong company's
`截至…止年度` is the year (or the twelve months) ending then, `截至…止,中期` the six months ending
then, and a window named as the comparison (`較截至…止年度約109.7百萬港元`) is the period of its own
figure only — the changes after it are the sentence's window again (tests/gold/README.md: fiscal
years and interims are month ranges; `截至二零二五年六月三十日止六個月` is the half-year)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str | None = "2020-11-20") -> dict[str, str | None]:
    return {f["surface"].lstrip("约約"): f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "want"), [
    ("截至2020年9月30日止,中期收益4.68亿元,按年减少22.37%。", "2020-04/2020-09"),
    ("截至2020年9月30日止中期,收益4.68亿元,按年减少22.37%。", "2020-04/2020-09"),
    ("截至二零二零年六月三十日止半年度,收益4.68亿元,按年减少22.37%。", "2020H1"),
    ("截至二零一八年十二月三十一日止年度,本集团的收益约为4.68亿元,按年减少22.37%。", "2018"),
    ("截至二零二一年三月三十一日止年度,本集团的收益约为4.68亿元,按年减少22.37%。", "2020-04/2021-03"),
])
def test_a_window_ending_on_a_date_is_the_period_of_the_figures_after_it(text: str, want: str) -> None:
    got = periods(text, date=None)
    assert (got["4.68亿元"], got["22.37%"]) == (want, want)


def test_a_compared_window_dates_its_own_figure_and_the_change_keeps_the_sentences() -> None:
    got = periods("截至二零一八年十二月三十一日止年度,本集团的收益约为100.4百万港元,"
                  "较截至二零一七年十二月三十一日止年度约109.7百万港元减少约9.3百万港元或8.5%。")
    assert (got["100.4百万港元"], got["109.7百万港元"], got["9.3百万港元"], got["8.5%"]) == ("2018", "2017", "2018", "2018")


def test_a_change_from_one_window_to_another_dates_each_end_by_its_window() -> None:
    got = periods("每股基本盈利由截至二零一七年十二月三十一日止年度的每股亏损约0.10港仙,"
                  "增加至截至二零一八年十二月三十一日止年度的每股盈利约0.64港仙。")
    assert (got["0.10港仙"], got["0.64港仙"]) == ("2017", "2018")


def test_a_cutoff_day_with_its_year_in_chinese_numerals_is_that_years_day() -> None:
    got = periods("截至二零一九年十二月三十一日,本集团的现金约为4.68亿元。")
    assert got["4.68亿元"] == "2019-12-31"


@pytest.mark.parametrize(("text", "length", "want"), [
    ("集團截至二零二五年六月三十日止六個月內,股東應佔基礎盈利為港幣三十億元。", "六個月", "2025H1"),
    ("本集团于截至二零二零年六月三十日止六个月录得44,694,000港元之总收入。", "六个月", "2020H1"),
    ("截至二零二五年九月三十日止六个月期间,预计本集团将录得净亏损约11.0百万港元。", "六个月", "2025-04/2025-09"),
    ("綜合消費物價指數,截至二零二二年五月止的三個月的平均每月升幅為0.1%。", "三個月", "2022-03/2022-05"),
])
def test_the_length_of_a_window_ending_on_a_date_is_the_window(text: str, length: str, want: str) -> None:
    assert periods(text, date=None)[length] == want


@pytest.mark.parametrize(("text", "length"), [
    ("截至今年8月底的3個月,與先前3個月比較,零售業總銷貨價值下跌3.8%。", "3個月"),
    ("截至2月19日的四周内，英国食品价格较去年同期上涨17.1%。", "四周"),
])
def test_a_window_named_without_its_end_word_keeps_its_length_unperioded(text: str, length: str) -> None:
    assert periods(text, date="2023-09-20")[length] is None
