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


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("巴勒斯坦卫生部30日发表声明说，以军28日以来在约旦河西岸的军事行动造成的死亡人数升至20人。", "2024-08-31", "20人",
     "2024-08-28/2024-08-30"),
    ("据黎巴嫩卫生部称，自2日以来，以军空袭已导致黎巴嫩773人死亡、1933人受伤。", "2026-03-14", "1933人",
     "2026-03-02/2026-03-14"),
    ("伊朗卫生部官员15日晚表示，13日以来以色列袭击已造成224名伊朗人死亡。", "2025-06-16", "224名", "2025-06-13/2025-06-15"),
    ("当地时间30日以来，洪灾共造成3人死亡。", "2024-09-02", "3人", "2024-08-30/2024-09-02"),
])
def test_a_total_since_a_day_of_the_month_alone_runs_to_the_day_it_is_told(
        text: str, date: str, surface: str, period: str) -> None:
    """`以军28日以来…死亡人数升至20人` (sealed23): a day written without its month is the latest such day up to the
    article's (the month before when it is later in the month than the article's day)."""
    assert periods(text, date)[surface] == period


def test_a_record_since_a_day_of_the_month_alone_is_no_window() -> None:
    """`自3日以来的最大规模空袭`: the day starts a record's horizon, the count is the day's."""
    assert periods("以色列国防军10日称，自3日以来的最大规模空袭摧毁了50处目标。", "2024-09-12")["50处"] == "2024-09-10"
