"""A total since a day (`自2023年10月7日…以来…已导致69169人死亡`) covers the days from that one to the day the
sentence tells it on (a day named before it, else the article's), not the start day alone (tests/gold/README.md,
sealed7's call: 2023-10-07/2025-11-08; period_since_days)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("黎巴嫩卫生部16日发布的数据显示，自3月2日以来，以色列的持续袭击已造成886人死亡。", "2026-03-17", "886人",
     "2026-03-02/2026-03-16"),
    ("自6月1日以来，全市累计接待游客120万人次。", "2024-08-15", "120万人次", "2024-06-01/2024-08-15"),
    ("拉林铁路自2021年6月25日开通以来，累计运送旅客超625万人次。", "2026-06-25", "超625万人次",
     "2021-06-25/2026-06-25"),
    ("卫生部门13日说，自3月2日黎以战火重燃以来，以军袭击已造成2896人死亡。", "2026-05-14", "2896人",
     "2026-03-02/2026-05-13"),
])
def test_a_total_since_a_day_runs_to_the_day_it_is_told(text: str, date: str, surface: str, period: str) -> None:
    assert periods(text, date)[surface] == period


def test_the_start_day_itself_stays_a_day() -> None:
    assert periods("自6月1日以来，全市累计接待游客120万人次。", "2024-08-15")["6月1日"] == "2024-06-01"


def test_a_day_without_since_is_untouched() -> None:
    assert periods("6月1日，全市接待游客12万人次。", "2024-08-15")["12万人次"] == "2024-06-01"
