"""A day restated in another time zone in brackets (`美東時間22日下午6點（台灣時間23日早上6點）`) dates no
figure: the figures after it are the first day's (tests/gold/README.md, sealed14's public call)."""

from __future__ import annotations

from store.facts import extract

OIL = ("而在美東時間22日下午6點（台灣時間23日早上6點）結算後，布蘭特原油期貨上漲3.03美元或4.94%，"
       "報每桶64.35美元。")


def periods(text: str, date: str) -> dict[str, object]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


def test_figures_after_a_restated_day_take_the_day_it_restates() -> None:
    assert periods(OIL, "2025-10-23") == {"3.03美元": "2025-10-22", "4.94%": "2025-10-22",
                                          "64.35美元": "2025-10-22"}


def test_both_days_are_still_dates() -> None:
    got = {f["surface"]: f["value"] for f in extract(OIL, date="2025-10-23") if f["kind"] == "date"}
    assert got["22日"] == "2025-10-22" and got["23日"] == "2025-10-23"


def test_a_bracketed_day_that_is_no_time_zone_still_dates_what_follows() -> None:
    text = "公司22日公告称，（截至23日）累计回购股份100万股。"
    assert periods(text, "2025-10-24")["100万股"] == "2025-10-23"
