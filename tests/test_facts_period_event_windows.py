"""An event told with its length (`为期5天的…今天（9月14日）落幕`) dates the counts of its report and of the sentences
after it told of the event (`展会期间`, `本届`) with its window of days (store/facts/period_event_windows.py): the
closing day ends it, an opening day starts it. A figure of a day of its own keeps that day."""

from __future__ import annotations

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


def test_a_fair_closing_on_the_day_dates_its_counts_with_its_days() -> None:
    text = ("为期5天的2025年中国国际服务贸易交易会今天（9月14日）落幕，本届服贸会成功举办了13场主题论坛、81场专题论坛。"
            "展会期间，共达成建筑、信息技术、金融等领域成果超900项。")
    got = periods(text, "2025-09-14")
    assert (got["5天"], got["13场"], got["81场"], got["超900项"]) == ("2025-09-10/2025-09-14",) * 4


def test_an_opening_day_starts_the_window() -> None:
    text = "为期5天的2024世界机器人大会今天（8月21日）在北京开幕，60余款新品首发亮相。"
    got = periods(text, "2024-08-21")
    assert (got["5天"], got["60余款"]) == ("2024-08-21/2024-08-25",) * 2


def test_a_figure_of_its_own_day_keeps_it() -> None:
    text = "为期40天的2026年春运今天（2月2日）启动，预计今天全社会跨区域人员流动量超过1.8亿人次。"
    got = periods(text, "2026-02-02")
    assert got["40天"] == "2026-02-02/2026-03-13"
    assert got["超过1.8亿人次"] == "2026-02-02"
