"""Government work reports, Taiwan's budget reports and their news, read as a labeller reads them (wr53):

- a report of January–March that counts most of the year just past and then estimates it whole (`1—11月…超4500亿元，
  预计全年首次突破5000亿元`) estimates that year, not the report's (a forecast told without such a count stays this
  year's: `预计全年经济增长5%左右`);
- `前三季…分别为a、b与c` told of one indicator gives each rate its own quarter; a list of indicators sharing the span
  (`前三季度，出口、进口分别增长…`) keeps the span;
- a connective opening a subject (主因, 係/主要係 and 新增, 加計, 併計, 提出) or 僅 closing it names nothing measured.

Sentences written for the rules, in the shapes of the reports read."""

from __future__ import annotations

import pytest

from store.facts import extract


def _by_surface(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


def test_an_estimate_of_the_whole_year_after_counting_its_months_is_the_year_just_past() -> None:
    got = _by_surface("1—10月全县规上工业产值超320亿元、增长12%,预计全年首次突破400亿元大关。", "2025-01-20")
    assert got["超320亿元"]["period"] == "2024-01/2024-10"
    assert got["400亿元"]["period"] == "2024"


def test_an_estimate_after_the_first_three_quarters_is_the_year_just_past() -> None:
    got = _by_surface("前三季度地区生产总值增长6.1%,预计全年增长6%左右。", "2023-02-08")
    assert got["6%左右"]["period"] == "2022"


@pytest.mark.parametrize("text", ["预计全年经济增长5%左右。", "今年预计全年新增就业8万人。"])
def test_a_forecast_of_the_whole_year_without_a_count_is_this_year(text: str) -> None:
    assert [f["period"] for f in extract(text, date="2025-01-20") if f["kind"] != "date"] == ["2025"]


def test_a_forecast_told_later_in_the_year_stays_this_year() -> None:
    got = _by_surface("1—10月出口增长8%,预计全年增长7%左右。", "2025-11-20")
    assert got["7%左右"]["period"] == "2025"


def test_rates_of_the_first_quarters_listed_one_by_one_are_each_quarters() -> None:
    got = _by_surface("今年前三季经济成长率分别为4.12%、6.03%与5.87%。", "2025-11-28")
    assert [got[s]["period"] for s in ("4.12%", "6.03%", "5.87%")] == ["2025Q1", "2025Q2", "2025Q3"]
    got = _by_surface("去年前两季經濟成長率分別為3.3%和4.4%。", "2025-03-01")
    assert [got[s]["period"] for s in ("3.3%", "4.4%")] == ["2024Q1", "2024Q2"]


@pytest.mark.parametrize("text", [
    "今年前三季度,出口、进口、社零额分别增长5.1%、3.2%和4.4%。",    # indicators listed: the span is theirs
    "今年前三季度全市工业增加值、服务业增加值分别增长7.1%、6.6%、6.0%。",
    "今年前三季经济成长率分别为4.12%和6.03%。",                       # two rates for three quarters
])
def test_a_list_that_is_not_one_rate_per_quarter_keeps_the_span(text: str) -> None:
    assert {f["period"] for f in extract(text, date="2025-11-28") if f["kind"] == "percent"} == {"2025Q1-Q3"}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("明年歲入減少8.2%,主因稅課收入減少2,110億元。", "2,110億元", "稅課收入"),
    ("明年度歲出僅多了315億元、僅增加1.1%。", "315億元", "歲出"),
    ("明年度歲出僅多了315億元、僅增加1.1%。", "1.1%", "歲出"),
    ("科技預算較上年度增加31億元,主要係新增國家太空中心建置計畫6.2億元。", "6.2億元", "國家太空中心建置計畫"),
    ("加計特別預算編列18億元。", "18億元", "特別預算"),
    ("併計上半年經濟成長5.96%。", "5.96%", "經濟成長"),
    ("提出农民人均纯收入增长9%左右。", "9%左右", "农民人均纯收入"),
])
def test_a_connective_or_only_glued_to_a_subject_is_dropped(text: str, surface: str, subject: str) -> None:
    assert _by_surface(text, "2025-10-15")[surface]["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("相關係數達0.85以上的指標有12項。", "12項", None),     # 係數 is a word: nothing dropped from it
    ("计划总投资12亿元。", "12亿元", None),
    ("这不仅增加2亿元。", "2亿元", None),
])
def test_words_holding_the_characters_are_kept(text: str, surface: str, subject: str | None) -> None:
    got = _by_surface(text, "2025-10-15")[surface]["subject"] or ""
    assert not got.startswith(("數", "数", "划", "劃")) and not got.endswith("不")


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("明年度歲出微幅成長至二兆九千億元,增加八百億元。", "八百億元", "歲出"),
    ("明年須舉債三千億元。", "三千億元", "舉債"),
    ("尚須融資調度財源八百五十億元。", "八百五十億元", "融資調度財源"),
])
def test_a_modal_opening_or_a_degree_adverb_closing_a_subject_is_dropped(text: str, surface: str, subject: str) -> None:
    assert _by_surface(text, "2025-08-22")[surface]["subject"] == subject


@pytest.mark.parametrize(("text", "value", "high"), [
    ("明年度所採納的實質經濟增長率介乎百分之2點5至4點5。", 2.5, 4.5),
    ("本地生產總值增長百分之3點2。", 3.2, None),
])
def test_a_percent_written_with_arabic_digits_and_a_point_word_keeps_its_decimals(text: str, value: float,
                                                                                  high: float | None) -> None:
    (f,) = [f for f in extract(text, date="2024-02-28") if f["kind"] == "percent"]
    assert (f["value"], f["value_high"]) == (value, high)


def test_a_clock_time_with_the_point_word_is_no_percent() -> None:
    assert [f for f in extract("百分之百的人下午3点15分到场。", date="2024-02-28") if f["kind"] == "percent"
            and f["value"] != 100] == []
