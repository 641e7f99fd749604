"""An event's length told beside the days its story names is a duration over those days, and the counts told
after it take them (store/facts/period_told_lengths.py; tests/gold/README.md "## Conventions": an event's
`为期N天` is its window — sealed6's expo, sealed12's forum, a strike and a session in the bulk samples). The
length told before its closing day (`为期5天的服贸会今天（9月14日）落幕`) is period_event_windows'. Sentences
written for these specs."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    # the day it starts on, in its sentence
    ("因对工资协议不满，该市的公交司机24日再次举行罢工，计划持续5天。", "2024-02-24", "5天", "2024-02-24/2024-02-28"),
    ("当地民众28日开始举行为期4天的游行活动，要求政府回应。", "2024-10-28", "4天", "2024-10-28/2024-10-31"),
    # an opening and a closing day in its sentence
    ("省政协全体会议3月4日上午开幕，3月10日下午闭幕，会期7天。", "2026-03-03", "7天", "2026-03-04/2026-03-10"),
    # a range of days, in its sentence or the one before; its counts take the window
    ("代表团8月31日—9月2日在澳门进行了为期三天的访问活动。", "2024-09-03", "三天", "2024-08-31/2024-09-02"),
    ("本届论坛将于3月28日—31日在海南举行，各项工作已准备就绪。为期4天的会议共设置了近60场分论坛。", "2023-03-27",
     "近60场", "2023-03-28/2023-03-31"),
    # the closing day told in the sentence before: the length ends on it, and the counts dated by it take it
    ("第十届科技博览会今天（11月19日）闭幕。本届博览会为期五天，5000多家企业参展。", "2022-11-19", "五天",
     "2022-11-15/2022-11-19"),
    ("第十届科技博览会今天（11月19日）闭幕。本届博览会为期五天，5000多家企业参展。", "2022-11-19", "5000多家",
     "2022-11-15/2022-11-19"),
])
def test_an_events_length_takes_the_days_its_story_names(text: str, date: str, surface: str, window: str) -> None:
    assert facts(text, date)[surface]["period"] == window


@pytest.mark.parametrize(("text", "date", "surface"), [
    # still running: from no day the sentence names
    ("截至30日，该部门的“停摆”已持续45天，创下纪录。", "2025-11-30", "45天"),
    # no day named at all
    ("本届论坛为期两天，以“开放合作”为主题。", "2024-11-20", "两天"),
    # the day of another act, after which it starts
    ("在19日正式签署备忘录后，双方将立即开启为期60天的第二阶段谈判。", "2026-05-20", "60天"),
    # a length said later in a sentence after a closing day: something else's
    ("代表团11日结束在当地的会谈并发表联合声明。根据声明，一方表示愿意接受立即实施为期30天的临时停火的建议。",
     "2025-03-12", "30天"),
    # a range whose length is not the one told
    ("代表团8月21日—9月2日在澳门进行了为期三天的访问活动。", "2024-09-03", "三天"),
])
def test_a_length_without_its_days_gives_none(text: str, date: str, surface: str) -> None:
    assert facts(text, date)[surface]["period"] is None
