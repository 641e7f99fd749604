"""The level a move starts from (`由X…至Y`, `从X调整为Y`) is the level left: the year or day its sentence names is when the
level reached holds, not the level left (tests/gold/README.md "## Conventions", period; sealed17, sealed18, sealed19 and
sealed26 label it none, as a decision's levels left from a day are: sealed4, sealed5, sealed12). A decision's own day
with no 起 after it dates both levels (unseen, sealed6, test_facts_period_event_classes). Each sentence is written for
the test.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _periods(text: str, date: str | None = "2025-11-20") -> dict[str, str | None]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "left", "reached", "period"), [
    ("2024年，全市外出务工人员平均年龄由38岁上升到39.5岁。", "2025-03-10", "38岁", "39.5岁", "2024"),
    ("年內，全港一般保險業務承保利潤由18億元升至23億元。", "2025-03-10", "18億元", "23億元", "2025"),
    ("我们在2019年将公私营房屋比例由60:40调整至70:30。", "2025-03-10", "60:40", "70:30", "2019"),
    ("昨天（17日）起，雞蛋批發價由每台斤43元漲至46元。", "2025-11-18", "43元", "46元", "2025-11-17"),
    ("10月份，全市城镇调查失业率由5.3%降至5.1%。", "2025-11-15", "5.3%", "5.1%", "2025-10"),
])
def test_the_level_left_takes_no_period_of_the_sentence(text: str, date: str, left: str, reached: str,
                                                         period: str) -> None:
    got = _periods(text, date)
    assert got[left] is None
    assert got[reached] == period


@pytest.mark.parametrize(("text", "date", "left", "period"), [
    ("主計總處今更新GDP預測，今年經濟成長率由4.45%上修至7.37%。", "2025-11-28", "4.45%", "2025"),
    ("某机构将2026年全球经济增长预期从3.1%下调至2.9%。", "2025-11-20", "3.1%", "2026"),
    ("美联储还将今年美国国内生产总值增速由2.1%下调至1.7%。", "2025-06-19", "2.1%", "2025"),
    ("“十四五”期间，全省智能家电比重从38%跃升至62%。", "2025-10-10", "38%", "2021/2025"),
    ("某国央行今天（1月24日）宣布将政策利率从0.25%上调至0.5%。", "2025-01-24", "0.25%", "2025-01-24"),
])
def test_a_forecast_revised_a_window_and_a_decisions_day_keep_their_period(text: str, date: str, left: str, period: str) -> None:
    assert _periods(text, date)[left] == period
