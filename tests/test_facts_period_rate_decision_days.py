"""A central bank's rate decision told with its day (tests/gold/README.md, sealed7: `香港金融管理局19日宣布,
根据预设公式,基本利率下调至5.25%` → 2024-09-19): the rate set holds from that day, also when a short clause
(根据预设公式, 經過討論) stands between the announcement and the rate."""

from __future__ import annotations

import pytest

from store.facts import extract


def period(text: str, date: str, surface: str) -> str | None:
    return next(f["period"] for f in extract(text, date=date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "date", "surface", "want"), [
    ("香港金融管理局19日宣布,根据预设公式,基本利率下调至5.25%,即时生效。", "2024-09-19", "5.25%", "2024-09-19"),
    ("香港金融管理局19日宣佈,根據預設公式,基本利率下調至5.25%,即時生效。", "2024-09-19", "5.25%", "2024-09-19"),
    ("美联储19日宣布,经过两天讨论,将联邦基金利率下调25个基点。", "2024-09-20", "25个基点", "2024-09-19"),
    ("金管局18日宣布，基本利率上调至5.75%。", "2023-07-28", "5.75%", "2023-07-18"),
])
def test_a_rate_decided_on_a_day_holds_from_that_day(text: str, date: str, surface: str, want: str) -> None:
    assert period(text, date, surface) == want


def test_a_day_that_only_dates_an_announcement_of_other_figures_stays_none() -> None:
    # not a rate: the day dates the announcement, as before
    assert period("该公司19日宣布,根据协议,将裁员1200人。", "2024-09-19", "1200人") is None


# written 今天（1月24日）宣布… (sealed9): the same day
def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "day"), [
    ("日本央行今天（1月24日）宣布将政策利率从0.25%上调至0.5%。", "2025-01-24", "0.5%", "2025-01-24"),
    ("美联储今天（9月17日）宣布将联邦基金利率目标区间下调25个基点到4.00%至4.25%之间。", "2025-09-17", "25个基点", "2025-09-17"),
    ("欧洲央行今天（6月5日）宣布，将三大关键利率下调25个基点。", "2025-06-05", "25个基点", "2025-06-05"),
    ("英国央行英格兰银行7日宣布，下调基准利率25个基点至4%。", "2025-08-08", "4%", "2025-08-07"),
])
def test_a_rate_decided_on_a_day_written_in_brackets_is_of_that_day(text: str, date: str, surface: str, day: str) -> None:
    assert periods(text, date)[surface] == day


def test_a_release_told_on_a_bracketed_day_keeps_its_own_period() -> None:
    got = periods("国家统计局今天（1月17日）发布数据，全年国内生产总值1349084亿元。", "2025-01-17")
    assert got["1349084亿元"] == "2024"
