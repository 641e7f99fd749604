"""Windows told within fiscal years (Hong Kong's April–March year) are fiscal windows, not calendar ones:
the first months of this fiscal year run from April (or back from the month end stated), the end of this
fiscal year is 31 March, a run of fiscal years (`2019/20年度至2024/25年度`) is one window for the count of
years beside it and the figures after it, and `來年` after a fiscal year is the next fiscal year; a fiscal
year after 比/较 is a base, never the period (store/facts/period_fiscal_windows.py, period_fiscal.py)."""

from __future__ import annotations

import pytest

from store.facts import extract


def _period(text: str, surface: str, date: str) -> str | None:
    got = [f for f in extract(text, date=date) if f["surface"].endswith(surface) or surface in f["surface"]]
    assert got, (surface, [f["surface"] for f in extract(text, date=date)])
    return got[0]["period"]


@pytest.mark.parametrize("text, surface, want", [
    ("庫務署公布，截至7月底，政府本財政年度首4個月錄1,159億元赤字。", "1,159億元", "2025-04/2025-07"),
    ("截至8月底，政府本財年首5個月錄得赤字1,234億元。", "1,234億元", "2025-04/2025-08"),
    ("库务署公布，截至6月底，政府本财政年度首3个月录得赤字986亿元。", "986亿元", "2025-04/2025-06"),
    ("庫務署公布，政府本財政年度首4個月錄1,159億元赤字。", "1,159億元", "2025-04/2025-07"),   # Hong Kong: from April
])
def test_the_first_months_of_this_fiscal_year(text: str, surface: str, want: str) -> None:
    assert _period(text, surface, "2025-09-15") == want


def test_the_first_months_of_a_calendar_year_stay_calendar() -> None:
    assert _period("今年前4个月，全市实现出口1,159亿元。", "1,159亿元", "2025-09-15") == "2025-01/2025-04"


@pytest.mark.parametrize("text, surface", [
    ("財政儲備至7月底暫降至5,384億元，預計至本財年年底財政儲備將為5,803億元。", "5,803億元"),
    ("預計至本財政年度末，財政儲備將為6,543億元。", "6,543億元"),
    ("政府近年多次發債幫補庫房，估計至年度底財政儲備只剩餘約4,844億元。", "4,844億元"),
    ("香港政府估计至年度底财政储备将降至6,000亿元。", "6,000亿元"),
])
def test_the_end_of_this_fiscal_year_is_31_march(text: str, surface: str) -> None:
    assert _period(text, surface, "2025-09-15") == "2026-03-31"


def test_the_end_of_this_fiscal_year_told_in_february_is_that_march() -> None:
    assert _period("預計至本財年年底財政儲備將為6,543億元。", "6,543億元", "2025-02-26") == "2025-03-31"


def test_a_calendar_year_end_stays_calendar() -> None:
    assert _period("预计到今年年底，全市充电桩将达到5万个。", "5万个", "2025-09-15") == "2025-12-31"


@pytest.mark.parametrize("text, surface, want", [
    ("政府由2019/20年度至2024/25年度6年間，有5個財年都錄得赤字。", "6年", "2019-04/2025-03"),
    ("政府由2019/20年度至2024/25年度6年間，有5個財年都錄得赤字。", "5個", "2019-04/2025-03"),
    ("《財政預算案》估計未來五年（2026/27年度至2030/31年度）維持赤字在901億至1473億元之間。", "901億至1473億元",
     "2026-04/2031-03"),
    ("《財政預算案》估計未來五年（2026/27年度至2030/31年度）維持赤字在901億至1473億元之間。", "五年", "2026-04/2031-03"),
    ("預計2022/23年度至2024/25年度，醫管局共需撥款2,300億元。", "2,300億元", "2022-04/2025-03"),
])
def test_a_run_of_fiscal_years_is_one_window(text: str, surface: str, want: str) -> None:
    assert _period(text, surface, "2026-03-07") == want


@pytest.mark.parametrize("text, surface, want", [
    ("基本工程儲備基金2025/26年度未包括債券前，修訂預算開支1507億，來年再攀升至1564億。", "1564億", "2026-04/2027-03"),
    ("基本工程儲備基金2025/26年度未包括債券前，修訂預算開支1507億，來年再攀升至1564億。", "1507億", "2025-04/2026-03"),
    ("2024/25年度醫療開支為1,020億元，來年預算增至1,105億元。", "1,105億元", "2025-04/2026-03"),
])
def test_the_year_after_a_fiscal_year(text: str, surface: str, want: str) -> None:
    assert _period(text, surface, "2026-03-07") == want


@pytest.mark.parametrize("text, surface, want", [
    ("2025/26年度東涌新市鎮分別支出37億、29億及24億，2026/27年東涌新市鎮再預算26億。", "26億", "2026-04/2027-03"),
    ("2025/26年度的開支為800億元，2026/27年預算為850億元。", "850億元", "2026-04/2027-03"),
])
def test_a_fiscal_year_written_with_nian_beside_fiscal_years(text: str, surface: str, want: str) -> None:
    assert _period(text, surface, "2026-03-07") == want
    assert not [f for f in extract(text, date="2026-03-07") if f["kind"] == "duration"]   # not 27 years


@pytest.mark.parametrize("text, surface", [
    ("二零一四/一五年度的政府经营开支预计为三千二百五十亿元,比二零一三/一四年度的修订预算减少一百三十八亿元。",
     "一百三十八亿元"),
    ("2024/25年度的經常開支為5,000億元，較2023/24年度的修訂預算增加230億元。", "230億元"),
])
def test_a_fiscal_year_compared_with_is_a_base(text: str, surface: str) -> None:
    got = _period(text, surface, "2014-02-26")
    assert got is not None and not got.startswith(("2013-04", "2023-04"))


@pytest.mark.parametrize("text, surface, date, want", [
    # the month end in a bracket right after the count fixes the window, in any jurisdiction
    ("政府今日（28日）公布本財政年度首10個月（即截至2026年1月31日）的財務狀況。", "首10個月", "2026-02-28",
     "2025-04/2026-01"),
    ("財政司今日公布本財政年度首4個月（即截至2025年7月31日）的帳目。", "首4個月", "2025-08-29", "2025-04/2025-07"),
    ("库务署公布本财政年度首6个月(即截至2025年9月30日)的财务状况。", "首6个月", "2025-10-30", "2025-04/2025-09"),
])
def test_the_first_months_end_at_the_month_end_in_the_bracket_after_them(text, surface, date, want) -> None:
    assert _period(text, surface, date) == want


def test_the_day_the_figures_were_told_does_not_end_the_window() -> None:
    """`今日（28日）公布` is when the accounts were published, not the month the first months run to."""
    text = "政府今日（28日）公布，本財政年度首10個月的整體開支為6,310億港元。"
    assert _period(text, "6,310億港元", "2026-02-28") == "2025-04/2026-01"


def test_every_item_of_a_pair_after_the_first_months_takes_their_window() -> None:
    text = "本財政年度首10個月的整體開支及收入分別為6,310億港元及6,020億港元。"
    assert _period(text, "6,310億港元", "2026-02-28") == _period(text, "6,020億港元", "2026-02-28") == "2025-04/2026-01"


def test_the_coming_year_restates_a_fiscal_year_named_past_the_one_under_way() -> None:
    text = "在2026/27年度，新醫院擴建計劃支出67億，來年六個工程的開支高達226億元。"
    assert _period(text, "226億元", "2026-02-26") == "2026-04/2027-03"
    assert _period(text, "六個", "2026-02-26") == "2026-04/2027-03"
