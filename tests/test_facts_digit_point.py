"""Arabic digits with 點/点 for the decimal point (Hong Kong and Taiwan prose: 派息3點5元, 營收3點5億元) are one
decimal figure before money, a magnitude, a percent sign or 倍 — read as 5元 they were figures wrong by their whole
part. A clock's hour before its minutes (3點15分), and an hour after a time of day before a count (下午3点5万人次:
by three o'clock, fifty thousand) are no decimal."""

from __future__ import annotations

import pytest

from store.facts import extract


def _figures(text: str) -> list[tuple[str, str, str | None]]:
    return [(f["surface"], str(f["value"]), f["unit"]) for f in extract(text, date="2024-05-01")
            if f["kind"] not in ("date", "year")]


@pytest.mark.parametrize(("text", "figure"), [
    ("每股派息3點5元。", ("3點5元", "3.5", "元/股")),
    ("全年營收達3點5億元。", ("3點5億元", "350000000", "元")),
    ("成人票價為12點5港元。", ("12點5港元", "12.5", "港元")),
    ("股價上漲3点5%。", ("3点5%", "3.5", "%")),
    ("出口额增长2点3倍。", ("2点3倍", "2.3", "倍")),
])
def test_digits_with_a_point_word_before_money_or_a_percent_are_one_decimal(text, figure) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize("text", [
    "會議於3點15分開始。",
    "早上8点5分出发。",
])
def test_a_clock_time_is_no_decimal(text) -> None:
    assert not _figures(text)


def test_an_hour_after_a_time_of_day_is_no_decimal_of_the_count_after_it() -> None:
    assert all(f[1] != "35000" for f in _figures("截至下午3点5万人次入园。"))
