"""Chinese text sorts in pinyin order, as a Chinese reader looks for it in
a list (titles, publications, the facts pane's subjects): by syllable, then
tone; a character of several readings as its word reads it (重庆 under c,
银行 under h); Latin words among the letters they start with; punctuation,
spaces, case and full-width forms ignored."""

from __future__ import annotations

from store import pinyin_key, pinyin_order
from tui.widgets.facts_table import _sort_key


def test_chinese_titles_go_in_pinyin_order_not_code_point_order() -> None:
    titles = ["中国经济", "乙方", "阿里巴巴", "北京", "安徽", "西安", "先进制造", "西部"]
    assert sorted(titles, key=pinyin_order) == [
        "阿里巴巴", "安徽", "北京", "西安", "西部", "先进制造", "乙方", "中国经济"]


def test_a_character_of_several_readings_reads_as_its_word_does() -> None:
    assert pinyin_key("重庆").startswith("chong2")
    assert pinyin_key("重要").startswith("zhong4")
    assert pinyin_key("银行").endswith("hang2")
    assert pinyin_key("长沙").startswith("chang2")
    assert sorted(["中国", "重庆", "长沙", "成都"], key=pinyin_order) == ["长沙", "成都", "重庆", "中国"]


def test_tones_order_a_syllable_and_a_syllable_ends_before_a_longer_one() -> None:
    assert sorted(["妈", "马", "骂", "麻"], key=pinyin_order) == ["妈", "麻", "马", "骂"]
    assert sorted(["先", "西安", "西"], key=pinyin_order) == ["西", "西安", "先"]


def test_punctuation_case_width_and_latin_words() -> None:
    assert pinyin_key("“三农”工作") == pinyin_key("三农工作")
    assert pinyin_key("ＧＤＰ增长") == pinyin_key("gdp增长")
    assert sorted(["GDP增长", "高铁", "发展"], key=pinyin_order) == ["发展", "高铁", "GDP增长"]
    assert sorted(["2025年报", "安全"], key=pinyin_order) == ["2025年报", "安全"]


def test_traditional_characters_sort_as_their_readings() -> None:
    assert sorted(["銀行", "經濟", "澳門"], key=pinyin_order) == ["澳門", "經濟", "銀行"]


def test_the_facts_pane_sorts_subjects_in_pinyin_order() -> None:
    facts = [{"subject": s} for s in ("中国", "出口", "北京", "重庆")]
    ordered = sorted(facts, key=lambda f: _sort_key(f, "subject"))
    assert [f["subject"] for f in ordered] == ["北京", "重庆", "出口", "中国"]
