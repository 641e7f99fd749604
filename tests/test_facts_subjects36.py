"""Subject classes of round 36 (subj36), sentences written for the tests in the registers the samples hold.

- **A clause that names nothing takes the indicator its sentence opened with:** a report names its indicator once
  and then moves it clause by clause (`银价持续走强，再创新高，首次突破每盎司40美元，年内已累计上涨逾30%`); a figure whose
  clause before it holds only verbs, adverbs, moves and time words (`首次突破每盎司`, `较上月末增加`, `收市报`), and that
  every other rule left without a subject, measures the noun phrase the nearest earlier clause of its ；-part opens
  with, when that phrase ends in a measure's head (价, 价格, 额, 量, 指数, 储备, 存底 …). Clauses of moves alone
  (`再创新高`, `連續三日上揚`) are passed over; a clause opened by a noun that is no indicator stops the search, and so
  do a ；, a noun after the figure (the thing a count counts) and a clause that reports.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-09-10") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str, date: str = "2025-09-10") -> dict:
    return next(f for f in _facts(text, date) if f["surface"].startswith(surface))


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("银价持续走强，再创新高，首次突破每盎司40美元，年内已累计上涨逾30%。", "40美元", "银价"),
    ("银价持续走强，再创新高，首次突破每盎司40美元，年内已累计上涨逾30%。", "逾30%", "银价"),
    ("鋁價一路走高，連續三日上揚，收報每噸2,650美元。", "2,650美元", "鋁價"),
    ("港元汇价全日在7.80至7.85之间窄幅上落，收市报7.8210。", "7.8210", "港元汇价"),
    ("本月外汇储备稳中有升，较上月末增加86亿美元。", "86亿美元", "外汇储备"),
])
def test_a_clause_naming_nothing_takes_the_sentences_indicator(text: str, surface: str, subject: str) -> None:
    # each had no subject: the clause before the figure is a move, and no rule reached past it
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface"), [
    ("其中，高技术产品出口增长12%，带动了5省市整体出口1.8个百分点。", "5省市"),   # a noun after the count: what it counts
    ("这家工厂去年完成扩建，首次突破100万件。", "100万件"),                          # a noun that is no indicator stops it
    ("总金额1.2亿元；上周成交8套/612.5㎡。", "612.5㎡"),                              # a ；-part is an item of its own
    ("国家统计局今天发布数据显示，首次突破100万件。", "100万件"),                    # a report names no indicator
    ("与上月相比，单月涨幅达五成，较去年同月更是大增2.1倍。", "2.1倍"),              # a rate's topic is no change's
])
def test_no_indicator_is_carried_where_the_sentence_names_none(text: str, surface: str) -> None:
    assert _one(text, surface)["subject"] is None


# ---------------------------------------------------------------------------------------------------------------
# A route's two ends (subject_routes): the near end written before 至/到 is part of what the trip measures.

@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("全线建成通车后，哈尔滨至伊春的旅客列车运行时间将由7小时缩短至2小时左右。", "7小时", "哈尔滨至伊春的旅客列车运行时间"),
    ("项目通车后，深圳到中山的车程将从目前约2小时缩短至30分钟。", "30分钟", "深圳到中山的车程"),
    ("延榆高铁建成后，西安至榆林铁路运行时间将由5小时缩短至2小时。", "2小时", "西安至榆林铁路运行时间"),
    ("广州至肇庆高速改扩建项目全长51.1公里。", "51.1公里", "广州至肇庆高速改扩建项目全长"),
    ("西十高铁开通后，西安至十堰1小时可达，西安至武汉3小时。", "3小时", "西安至武汉"),
])
def test_a_routes_near_end_is_part_of_the_trip(text: str, surface: str, subject: str) -> None:
    # the subject was the far end alone (伊春的旅客列车运行时间, 中山的车程, 武汉)
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface"), [
    ("截至今天17时，境外采购商到会人数超6.9万人。", "超6.9万人"),          # 到会 is a word: no route
    ("长江流域监测到鱼类351种。", "351种"),                                  # a verb before 到: no place
    ("全省粮食产量增长至700亿斤。", "700亿斤"),                                # a level reached: no route
    ("通车后南宁至凭祥将从目前4个多小时缩短至1个多小时。", "1个多小时"),      # a time before the place: no near end read
])
def test_words_before_to_that_are_no_place_stay_out(text: str, surface: str) -> None:
    subj = _one(text, surface)["subject"] or ""
    assert "到" not in subj and "至" not in subj
