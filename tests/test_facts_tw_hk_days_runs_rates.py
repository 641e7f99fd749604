"""Days, runs, times and rates as Taiwan's and Hong Kong's papers write them (sealed18's public part):
`從24號開始` (a day with 號), `繼9/3、9/24` (a list of slash days), `連續二度調漲` (a count of times in 度),
`連20月正成長` (a run of 20 months, its window ending with the sentence's month), `票息訂為2.7厘` and a tenor's
item of a rate named before (`最低入標息率…,兩年期為2.2厘`): Hong Kong's 厘 of a yearly rate is a percent."""

from __future__ import annotations

import pytest

from store.facts import extract


def by_surface(text: str, date: str = "2023-10-23") -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("蛋價評議委員會決議,從24號開始,雞蛋產地價每台斤降2元。", "24號", "2023-10-24"),
    ("会议于15号召开。", "15号", "2023-10-15"),
    ("這也是繼9/3、9/24連續二度調漲後,蛋價首度調降。", "9/3", "2023-09-03"),
    ("這也是繼9/3、9/24連續二度調漲後,蛋價首度調降。", "9/24", "2023-09-24"),
])
def test_a_day_written_with_hao_or_a_listed_slash_day_is_a_date(text: str, surface: str, value: str) -> None:
    f = by_surface(text)[surface]
    assert (f["kind"], f["value"]) == ("date", value)


@pytest.mark.parametrize("text", ["北京地铁24号线开通。", "从神舟五号起，我国已成功发射多艘飞船。", "全国1/3、1/4的地区"])
def test_numbered_lines_craft_and_shares_are_no_days(text: str) -> None:
    assert not [f for f in extract(text, date="2023-10-23") if f["kind"] == "date"]


def test_a_price_set_again_counts_the_times_in_du() -> None:
    f = by_surface("這也是繼9/3、9/24連續二度調漲後,蛋價首度調降。")["二度"]
    assert (f["kind"], f["value"], f["unit"]) == ("count", 2, "度")


def test_a_short_run_of_months_is_a_duration_over_its_window() -> None:
    f = by_surface("經濟部昨（25）日發布10月工業生產指數115.11，製造業生產指數116.03，分別年增14.5%、15.38%，呈連20月正成長。",
                   date="2025-11-26")["20月"]
    assert (f["kind"], f["value"], f["unit"], f["period"]) == ("duration", 20, "月", "2024-03/2025-10")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("前者票息訂為2.7厘,接獲近121億元認購;後者票息2.9厘。", "2.7厘", 2.7),
    ("前者票息訂為2.7厘,接獲近121億元認購;後者票息2.9厘。", "2.9厘", 2.9),
    ("他表示,今次發債的最低入標息率均在2厘以上,兩年期為2.2厘,三年期則為2.5厘。", "2.2厘", 2.2),
    ("他表示,今次發債的最低入標息率均在2厘以上,兩年期為2.2厘,三年期則為2.5厘。", "2.5厘", 2.5),
])
def test_a_coupon_or_a_tenors_rate_in_li_is_a_percent(text: str, surface: str, value: float) -> None:
    f = by_surface(text)[surface]
    assert (f["kind"], float(f["value"]), f["unit"]) == ("percent", value, "%")


def test_a_tenor_of_a_monthly_rate_in_li_stays_unread() -> None:
    assert "2厘" not in by_surface("月息3厘，两年期为2厘。")


def test_a_tenors_rate_is_the_rate_named_before_it() -> None:
    got = by_surface("他表示,今次發債的最低入標息率均在2厘以上,兩年期為2.2厘,三年期則為2.5厘。")
    assert (got["2.2厘"]["subject"], got["2.5厘"]["subject"]) == ("兩年期最低入標息率", "三年期最低入標息率")   # the tenor's rate (subj50)
