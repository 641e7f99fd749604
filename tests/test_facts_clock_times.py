"""A time of day is no part of what was measured: the clock phrase (`台北時間上午9點左右`, `北京时间`,
`今天下午`) is cut out of a subject, and a subject that was nothing but a time is none."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-10-15")}


GOLD = "國際金價再次刷新紀錄，紐約期貨黃金台北時間今（15）日上午9點左右首度衝破每盎司4200美元新高。"
LATER = "黃金期貨交易價格過去24小時最高曾刷4205.65美元天價，至台北時間15日上午9點半左右仍在4205.06美元附近表現。"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    (GOLD, "4200美元", "期貨黃金"),
    ("天舟四号货运飞船今天下午在轨运行6个月。", "6个月", "在轨运行"),
    ("纽约原油期货北京时间下午3点报每桶62.5美元。", "62.5美元", "纽约原油期货"),
])
def test_a_time_of_day_is_cut_out(text: str, surface: str, expected: str) -> None:
    got = subjects(text)[surface]
    assert got is not None and expected in got and "時間" not in got and "时间" not in got


@pytest.mark.parametrize(("text", "surface"), [
    (LATER, "4205.06美元"),
    ("北京时间今天凌晨，中国队获得3金2银3铜。", "3金"),
])
def test_a_time_alone_names_nothing(text: str, surface: str) -> None:
    got = subjects(text)[surface] or ""
    assert "時間" not in got and "时间" not in got and "上午" not in got


def test_a_duration_named_time_stays() -> None:
    assert subjects("列车运行时间由5小时缩短至3小时。")["3小时"] == "列车运行时间"


@pytest.mark.parametrize(("text", "surface"), [
    ("治安警表示,截至同日上午十一時,入境旅客突破二千萬人次。", "十一時"),
    ("晚会于晚上八点半开始。", "八点半"),
])
def test_an_hour_in_chinese_numerals_after_a_part_of_the_day_is_a_date(text: str, surface: str) -> None:
    facts = [f for f in extract(text, unsaid=True) if f["surface"] == surface]   # (read, not reported: junk37)
    assert facts and facts[0]["kind"] == "date"
