"""Classes the third peer harvest (tests/peer/zh_peer51_*.jsonl: Recognizers-Text's Chinese date and date-period
specs, WeTextProcessing's ITN dates) found missing or wrong, as specifications; every sentence here was written
for the test."""

from __future__ import annotations

from store.facts import extract


def _facts(text: str, **kw: object) -> list[tuple]:
    return [(f["kind"], f["surface"], f["value"], f["value_high"], f["unit"], f["period"]) for f in extract(text, **kw)]


def _one(text: str, surface: str, **kw: object) -> dict:
    hits = [f for f in extract(text, **kw) if f["surface"] == surface]
    assert len(hits) == 1, (text, _facts(text, **kw))
    return hits[0]


# --- a year in Chinese numerals with places, or before 1800, dates the month after it ---------------------------

def test_a_year_written_with_places_dates_its_month_and_day() -> None:
    for text, surface, period in [("合同于两千零五年八月五号签订", "两千零五年八月五号", "2005-08-05"),
                                  ("两千年八月十五举行", "两千年八月", "2000-08"),        # a day without 日 is not read
                                  ("一千九百九十九年十二月三十一日午夜", "一千九百九十九年十二月三十一日", "1999-12-31"),
                                  ("两千一十年五月投产", "两千一十年五月", "2010-05")]:
        f = _one(text, surface, date="2017-03-22")
        assert (f["kind"], f["period"]) == ("date", period), text
        assert not [g for g in extract(text, date="2017-03-22") if g["kind"] == "duration"], text   # never 2005 years


def test_a_year_before_1800_dates_its_month_and_day() -> None:
    assert _one("1357年6月10日发生洪水", "1357年6月10日", date="2017-03-22")["period"] == "1357-06-10"
    assert _one("1789年7月14日攻占巴士底狱", "1789年7月14日", date="2017-03-22")["period"] == "1789-07-14"
    assert _one("1644年3月", "1644年3月", date="2017-03-22")["period"] == "1644-03"


def test_a_year_with_places_and_no_month_stays_a_span_of_years() -> None:
    f = _one("中华文明有五千年的历史，丝绸之路也有两千年", "两千年")
    assert (f["kind"], f["value"], f["unit"]) == ("duration", 2000, "年")


# --- 民国 years in Chinese numerals --------------------------------------------------------------------------

def test_an_roc_year_in_chinese_numerals_is_its_gregorian_year() -> None:
    for text, surface, year in [("民国三年", "民国三年", 1914), ("民國元年成立", "民國元年", 1912),
                                ("民國三十八年政府遷台", "民國三十八年", 1949), ("民国一百零五年", "民国一百零五年", 2016)]:
        f = _one(text, surface)
        assert (f["kind"], f["value"]) == ("year", year), text
    assert _one("民国三年五月", "民国三年五月")["period"] == "1914-05"


def test_a_decade_of_roc_years_is_no_figure() -> None:
    assert extract("民國六十年代的台灣") == [] and extract("民國60年代的台灣") == []   # not 1960/1969
