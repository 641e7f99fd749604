"""Forms a fresh sample (sealed36) showed misread in its units and periods, each as its class (sentences written for
the tests).

- **Unit:** a price per unit told with `一斤` before it (`一斤70元`, read by `one_unit_prices`) and the level it moved to
  right after it in the currency alone (`一斤70元漲到90元`, `一斤52元，跌到36元`) is the same price in the same
  denominator: 元/斤 (was 元, a sum).  A 每 before the first price already carried it (`每台斤43元漲至45元`, sealed18,
  sealed30); only the 一斤 form, which leaves no 每 or slash in the sentence, skipped the step.
- **Period:** Taiwan's papers write yesterday as a bare `昨` before the indicator (`昨蔬菜均價每公斤…`, `日蔥昨每公斤均價
  …`): the day before the article's, as 昨天 is; `前天` is two days before (was: no period, or yesterday's carried on),
  except when it opens a relative clause (a 的 within four characters: `前天进口的冻肉`, kept in the subject as
  subject_inner_times keeps it).  `昨公布` (a release's day) and 今是昨非 stay without a day.
- **Found:** a rate step in 碼 spaced from its figure, as Taiwan's wire spaces every unit (`累計已升 3 碼`: points 0.75,
  unit 码, as `3碼` is in sealed5; was not read); `半碼 (0.125 個百分點)` keeps its bracket of points, spaced too.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-08-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


@pytest.mark.parametrize(("text", "units"), [
    ("番茄也從一斤70元漲到90元。", ["元/斤", "元/斤"]),
    ("小白菜一斤52元，跌到36元。", ["元/斤", "元/斤"]),
])
def test_the_level_a_price_per_unit_moved_to_keeps_its_denominator(text: str, units: list[str]) -> None:
    assert [f["unit"] for f in _facts(text) if f["kind"] == "money"] == units


def test_a_price_per_unit_and_a_sum_after_it_stay_apart() -> None:
    money = [f for f in _facts("番茄一斤70元，營收增加到900萬元。") if f["kind"] == "money"]
    assert [f["unit"] for f in money] == ["元/斤", "元"]


@pytest.mark.parametrize(("text", "periods"), [
    ("據北農統計，昨蔬菜均價每公斤五十八點二元。", ["2025-08-12"]),
    ("農糧署統計，青蔥昨每公斤均價來到三一二點五元。", ["2025-08-12"]),
    ("蔬菜均價每公斤六十元，雖未如前天近七十元的高點。", [None, "2025-08-11"]),
])
def test_a_bare_zuo_and_qiantian_are_days_before_the_article(text: str, periods: list) -> None:
    assert [f.get("period") for f in _facts(text) if f["kind"] == "money"] == periods


def test_a_release_yesterday_gives_no_day_to_its_figures() -> None:
    facts = _facts("主計總處昨公布上月消費者物價指數年增2.1%。")
    assert [f.get("period") for f in facts] == ["2025-07"]


@pytest.mark.parametrize(("text", "values"), [
    ("央行自去年啟動升息循環以來，累計已升 3 碼。", [0.75]),
    ("理監事會決議降息 1 碼，重貼現率降至1.75%。", [0.25]),
])
def test_a_rate_step_spaced_from_its_figure_is_read(text: str, values: list) -> None:
    steps = [f for f in _facts(text) if f.get("unit") == "码"]
    assert [float(f["value"]) for f in steps] == values
