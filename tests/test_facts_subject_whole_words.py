"""A subject begins and ends between words, whatever rule cut it (issue 10: whole words only).

The bulk audit (benchmarks/facts_subject_audit.py) found subjects cut inside a dictionary word in
three ways: a noun after a count cut by a length cap (`人民调解委员`, `全国冬季运动`), a change
stripped from a phrase's end that shares its word with the character before it (`全国新` of 新增,
`非国防支出削` of 削减, `进度同` of 同比), and a period blanked in front of the subject that leaves
its last character (`间人均收入` of 十年间).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-03-01") if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("目前全省已设立1250个婚姻家庭纠纷人民调解委员会。", "1250个", "婚姻家庭纠纷人民调解委员会"),
    ("明天，第十五届全国冬季运动会将在当地开幕。", "第十五届", "全国冬季运动会"),
    ("为期7天的2026年中国国际服务贸易交易会今天开幕。", "7天", "中国国际服务贸易交易会"),
])
def test_a_noun_after_a_figure_takes_its_last_word_whole(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_a_noun_after_a_count_gives_up_the_piece_of_a_verb_it_took() -> None:
    """(…成员身|亡: 身亡 is a verb, the noun ends before it)"""
    assert _subjects("袭击造成7名叙利亚民兵组织武装成员身亡。")["7名"] == "叙利亚民兵组织武装成员"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("去年，全省新增42个。", "42个", "全省"),
    ("一季度，农村互助养老服务点新增120个。", "120个", "农村互助养老服务点"),
    ("方案提出将行政经费支出削减15%。", "15%", "行政经费支出"),
    ("全省夏粮已收获2100万亩，收获进度同比快4个百分点。", "4个百分点", "收获进度"),
])
def test_a_change_stripped_from_the_end_takes_its_first_character_along(text: str, surface: str,
                                                                       subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_a_share_noun_before_a_level_stays_whole() -> None:
    """(占比|達: 比 ends the share noun; 比達 being a word does not make it a change's)"""
    assert _subjects("對東協出口創新高，且占比達21.4%。")["21.4%"].endswith("占比")


def test_a_subject_does_not_start_with_the_last_character_of_a_time_word() -> None:
    assert _subjects("十年间农民人均收入增长了近两倍。")["近两倍"] == "农民人均收入"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("通车后，解决了沿线12个乡镇近90万群众的出行问题。", "12个", "乡镇"),
    ("全球21个国家近2000家企业参展。", "21个", "国家"),
    ("这次比赛大概能拿到4块金牌左右。", "4块", "金牌"),
    ("审核流程较长，至少用时9天。", "9天", "用时"),
    ("节水灌溉面积已接近耕地总面积的三成。", "三成", "耕地总面积"),
])
def test_a_qualifier_at_a_subjects_edge_is_left_out(text: str, surface: str, subject: str) -> None:
    """(the noun after one count ran into the next figure's 近/超; a phrase kept the 至少/接近 opening it)"""
    assert _subjects(text)[surface] == subject


def test_a_word_opening_with_a_qualifiers_character_stays() -> None:
    assert _subjects("今年安排3000亿元超长期特别国债。")["3000亿元"] == "超长期特别国债"
