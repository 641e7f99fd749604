"""A toll since a day (`自3月2日以来…已造成1039人死亡`, `自本月11日以来…28个村镇遇袭`) is over the days from that one to the
day the sentence tells it on (`27日称`), as sealed7 and sealed18 label it (store/facts/period_since_days.py) — also when
the day before names the report's day first, and when the month is 本月."""

from __future__ import annotations

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


def test_a_toll_since_a_day_of_this_month_runs_to_the_day_told() -> None:
    got = periods("据苏丹民间组织抵抗委员会27日称，自本月11日以来，杰济拉州有28个村镇遇袭，造成43名平民死亡。", "2024-03-28")
    assert (got["28个"], got["43名"]) == ("2024-03-11/2024-03-27",) * 2


def test_a_toll_since_a_named_day_after_the_report_day() -> None:
    got = periods("黎巴嫩卫生部23日称，自3月2日以来，以色列对黎巴嫩发动的袭击已造成1039人死亡、2876人受伤。", "2026-03-24")
    assert got["1039人"] == "2026-03-02/2026-03-23"
