"""A score is the athlete's or the team's (tests/gold/README.md: the subject names what was
measured; the held-back sample labels `谢瑜…以240.9环的成绩` → 谢瑜 and `…组成的中国队以3分30秒30的成绩`
→ 中国队): never the word 成绩 nor the verb after it (`成绩夺得金牌`).  The blind sample labels one
such score 成绩; the majority and the conventions read the scorer."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-02")
            if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("中国队选手刘奕杉以92.25分的成绩夺得金牌。", "92.25分", "中国队选手刘奕杉"),
    ("由徐嘉余、覃海洋、张雨霏、杨浚瑄组成的中国队以3分27秒46的成绩夺得冠军。", "3分27秒46", "中国队"),
    ("北京冬奥会冠军、山西队运动员苏翊鸣以182.60分的成绩夺得冠军。", "182.60分", "山西队运动员苏翊鸣"),
    ("19岁的中國選手潘展樂以47秒53的成績奪得冠軍。", "47秒53", "中國選手潘展樂"),
    ("中国射击队以5金2银3铜的成绩创造了奥运参赛历史上的最好成绩。", "2银", "中国射击队"),
    ("2025年中国电影总票房以101.21亿元的成绩领跑全球电影市场。", "101.21亿元", "中国电影总票房"),
])
def test_a_score_is_the_scorers(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("以2分54秒90的成绩收获混合接力冠军。", "2分54秒90"),          # no scorer named: none guessed
    ("这是他第四次参加奥运会，以52秒32的成绩收获亚军。", "52秒32"),
])
def test_no_scorer_named_gives_no_subject(text: str, surface: str) -> None:
    assert subjects(text)[surface] is None


def test_a_year_that_was_no_score_keeps_its_reading() -> None:
    assert subjects("汇报建县40年特别是新时代以来各项事业取得的成绩。")["40年"] != "成绩"
