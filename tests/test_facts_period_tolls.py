"""Death and injury tolls take the day of the event or of the report (tests/gold/README.md, sealed7's
call): a toll in the sentence of the report that tells it (`今天（2月7日）公布的数据…造成45人死亡`) is that
day's, a day a run starts from (`自3月2日以来…已造成886人死亡`) is not; counts of shot-down drones after the
sentence naming the day of the fighting are that day's, as a toll is (period_tolls, period_carry)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "day"), [
    ("据日本总务省消防厅今天（2月7日）公布的数据，连日降雪已在日本全国造成45人死亡、540人受伤。", "2026-02-07", "540人", "2026-02-07"),
    ("据日本总务省消防厅今天（2月7日）公布的数据，连日降雪已在日本全国造成45人死亡、540人受伤。", "2026-02-07", "45人", "2026-02-07"),
    ("据美国媒体27日报道，连日来，冬季风暴和严寒已造成至少51人死亡。", "2026-01-28", "至少51人", "2026-01-27"),
    ("根据菲律宾减灾委今天（11月10日）公布的数据，台风已造成至少2人死亡。", "2025-11-10", "至少2人", "2025-11-10"),
])
def test_a_toll_in_its_reports_sentence_is_of_the_report_day(text: str, date: str, surface: str, day: str) -> None:
    assert periods(text, date)[surface] == day


def test_a_day_a_run_starts_from_is_no_toll_day() -> None:
    got = periods("黎巴嫩卫生部16日发布的数据显示，自3月2日以来，以色列的持续袭击已造成886人死亡。", "2026-03-17")
    assert got["886人"] != "2026-03-02"


def test_a_reports_day_dates_no_statistic_of_its_sentence() -> None:
    assert periods("国家统计局今天（2月7日）公布的数据显示，全国粮食产量6.9亿吨。", "2026-02-07")["6.9亿吨"] is None


def test_drones_shot_down_after_the_sentence_naming_the_day_are_that_days() -> None:
    text = "俄国防部26日称，俄军击退乌军多次进攻。俄防空系统还拦截了乌军多枚导弹，并击落了上百架乌军无人机。"
    assert periods(text, "2024-03-27")["上百架"] == "2024-03-26"


@pytest.mark.parametrize(("text", "date", "surface", "day"), [
    ("据日本石川县今天（1月14日）公布的最新数据，能登地区强震已造成221人死亡，另有1015人受伤、24人下落不明。", "2024-01-14", "24人", "2024-01-14"),
    ("据美国媒体14日报道，火灾目前造成25人死亡，还有35人下落不明。", "2025-01-15", "35人", "2025-01-14"),
    ("据当地政府今天（7月5日）通报，山体滑坡已造成3人死亡、12人失联。", "2025-07-05", "12人", "2025-07-05"),
])
def test_the_missing_are_part_of_the_toll(text: str, date: str, surface: str, day: str) -> None:
    assert periods(text, date)[surface] == day
