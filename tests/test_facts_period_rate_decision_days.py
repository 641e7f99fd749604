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
