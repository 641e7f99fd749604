"""A clock time told with its part of the day, its day or its minutes is a date (store/facts/clock_times.py;
sealed9, sealed10, sealed11, sealed14 and heldback label `15:00`, `上午9點`, `凌晨1時53分`, `下午6點`,
`3月4日下午3时` so): the day's when a date with its month stands right before it, else without value —
read since junk37 with `unsaid=True` only: a time of day is read — its day dates the figures after it — but not reported (the fresh samples trap it: tests/gold/README.md "Label conflicts", tests/test_facts_junk37.py)."""

from __future__ import annotations

import pytest

from store.facts import extract


def dates(text: str) -> dict[str, object]:
    return {f["surface"]: f["value"] for f in extract(text, date="2025-10-15", unsaid=True) if f["kind"] == "date"}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("當日15:00倫敦三月鋁報價2038.00美元/噸。", "15:00", None),
    ("会议于上午9点开始。", "9点", None),           # (once a spec of no figure: the gold sets label such times)
    ("紐約期貨黃金台北時間今（15）日上午9點左右首度衝破每盎司4200美元新高。", "9點", None),
    ("至台北時間15日上午9點半左右仍在4205.06美元附近表現。", "9點半", None),
    ("截至格林威治時間（GMT）凌晨1時53分（台灣時間上午9時53分），現貨黃金價格上漲0.6%。", "1時53分", None),
    ("截至格林威治時間（GMT）凌晨1時53分（台灣時間上午9時53分），現貨黃金價格上漲0.6%。", "9時53分", None),
    ("而在美東時間22日下午6點結算後，布蘭特原油期貨上漲3.03美元。", "6點", None),
])
def test_a_clock_time_is_a_date(text: str, surface: str, value: object) -> None:
    got = dates(text)
    assert surface in got, got
    assert got[surface] == value


def test_a_clock_time_after_a_day_with_its_month_is_that_day() -> None:
    got = {f["surface"]: f["value"] for f in extract("全国政协十四届二次会议将于3月4日下午3时在人民大会堂开幕。",
                                                     date="2024-03-03", unsaid=True)}
    assert got["3时"] == got["3月4日"] == "2024-03-04"


@pytest.mark.parametrize(("text", "surface"), [
    ("恒生指数跌9點，收報26000點。", "9點"),
    ("1日晚间8点档，综合频道同步播出。", "8点"),
    ("湖人以21:19领先，双方按1:1配套。", "21:19"),
    ("今天2:00 pm, 你将会收到一个惊喜！", "2:00"),      # an English clock: the peer suites' negative
    ("耗时3小时完成。", "3小时"),
])
def test_points_slots_scores_and_spans_are_no_clock_times(text: str, surface: str) -> None:
    assert surface not in dates(text)
