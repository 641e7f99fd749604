"""Measure words and currencies read in either script: a sum in 歐元 is in euros (`15億歐元`), stems
of flowers are counted in 枝 (`20万枝马蹄莲`), cities in 城 (`有27城…上涨`, Arabic digits only: 一枝独秀,
城乡 are words), and places in a ranking in 个位次 whatever the verb (`较6月份提高4个位次`).
Sentences written for the rules."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts_of(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text)}


@pytest.mark.parametrize(("text", "surface", "kind", "unit"), [
    ("另發行總值12億歐元綠色債券,年期包括5年及8年。", "12億歐元", "money", "欧元"),
    ("预计到春节，基地将陆续上市15万枝鲜切花。", "15万枝", "count", "枝"),
    ("8月份70个大中城市中有31城新建商品住宅价格环比上涨。", "31城", "count", "城"),
    ("今年以来该市排名较一季度提高3个位次。", "3个位次", "rank", "个位次"),
    ("全区经济增速居全省第5位,较上月前移2个位次。", "2个位次", "rank", "个位次"),
])
def test_the_measure_word_is_the_unit(text, surface, kind, unit) -> None:
    f = facts_of(text)[surface]
    assert (f["kind"], f["unit"]) == (kind, unit)


@pytest.mark.parametrize("text", ["全市城乡居民收入差距缩小。", "这家企业在行业中一枝独秀。", "推进5城区改造。"])
def test_words_made_with_the_measure_word_are_no_counts(text) -> None:
    assert not [f for f in extract(text) if f.get("unit") in ("城", "枝")]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("以用電量排序,排在前8的省份依次為廣東、山東。", "前8", 8),
    ("排在後5的省份依次為甘肅、青海。", "後5", 5),
    ("按年銷售表現前三的零售類別為酒類飲品。", "前三", 3),
    ("而排行尾三為汽車及汽車零件下跌40.1%。", "尾三", 3),
])
def test_the_first_or_last_places_of_a_named_ranking_are_a_rank(text, surface, value) -> None:
    f = facts_of(text)[surface]
    assert (f["kind"], f["value"]) == ("rank", value)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("入境旅客較去年提前二十一日突破一千萬人次。", "二十一日", 21),
    ("工程提前5日完工。", "5日", 5),
    ("活动延后十日举行。", "十日", 10),
])
def test_days_earlier_or_later_are_a_span(text, surface, value) -> None:
    f = facts_of(text)[surface]
    assert (f["kind"], f["value"]) == ("duration", value)


def test_a_day_moved_to_stays_a_date() -> None:
    assert [f["kind"] for f in extract("会议提前至5日召开。", date="2025-06-01") if f["surface"] == "5日"] == ["date"]


def test_the_places_rank_the_noun_after_them() -> None:
    facts = facts_of("按年銷售表現前三的零售類別為酒類飲品上升20.1%;而排行尾三為汽車下跌40.1%。")
    assert (facts["前三"]["subject"], facts["尾三"]["subject"]) == ("零售類別", "零售類別")
    assert facts_of("排在前8的省份依次為廣東、山東。")["前8"]["subject"] == "省份"


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("古镇上已有百年历史的藏书楼对外开放。", "百年", 100),
    ("这座已有千年歷史的古鎮人頭攢動。", "千年", 1000),
])
def test_an_age_in_round_centuries_is_a_span(text, surface, value) -> None:
    f = facts_of(text)[surface]
    assert (f["kind"], f["value"], f["unit"]) == ("duration", value, "年")


def test_a_centurys_goal_stays_a_slogan() -> None:
    assert not extract("实现第一个百年奋斗目标。")


def test_a_count_in_suo_before_a_bound() -> None:
    f = facts_of("教育部将新建改扩建800所以上优质普通高中。")["800所以上"]
    assert (f["kind"], f["value"], f["unit"]) == ("count", 800, "所")
    assert not [g for g in extract("所以上述问题需要解决。")]


def test_a_centurys_age_names_what_has_it() -> None:
    assert facts_of("古镇上，已有百年历史的藏书楼是著名的私家藏书楼。")["百年"]["subject"] == "藏书楼"
