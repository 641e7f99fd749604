"""A change verb that is part of a noun states no change.

工业增加值 is the value added (a noun), 增长率 / 成长率 / 降低率 a rate's name, 增长点 a growth point:
a figure after them is a level, so a copy must never read "增加66.7%" (the seed page's
`对规上工业增加值增长的贡献率达66.7%` did).  The gold sets label every such rate as a level
(`年复合增长率高达32.29%`, `人口自然增长率为3.81‰`, `德国经济增长率为1.0%`, `經濟成長率-0.98%`,
`降低率…-2.74%`); a change of the rate itself still reads its own verb.  Sentences are written
for the rule, not copied from the corpus."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str, date: str = "2025-11-28") -> dict:
    found = [f for f in extract(text, date=date) if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in extract(text, date=date)])
    return found[0]


@pytest.mark.parametrize(("text", "surface"), [
    ("2024年，该产业对全市规上工业增加值增长的贡献率达66.7%，成为压舱石。", "66.7%"),
    ("高技术制造业对规模以上工业增加值增长的贡献率达到59.4%。", "59.4%"),
    ("新动能领域对规模以上工业增加值增长的贡献率为51.3%。", "51.3%"),
    ("全省规模以上工业增加值增速连续5年保持在6%以上。", "5年"),
])
def test_value_added_is_a_noun_not_a_rise(text: str, surface: str) -> None:
    f = fact(text, surface)
    assert (f["change"], f["change_word"]) == (None, None)


@pytest.mark.parametrize(("text", "surface"), [
    ("公司营业收入的年复合增长率高达32.29%。", "32.29%"),
    ("预计明年德国经济增长率为1.2%。", "1.2%"),
    ("全年人口自然增长率为3.81‰。", "3.81‰"),
    ("人口自然增长率为-1.48‰。", "-1.48‰"),
    ("四年来进出口总值年均增长率达9.7%。", "9.7%"),
    ("机场旅客吞吐量增长率超过30%。", "超过30%"),
    ("单位GDP能耗降低率为-2.74%。", "-2.74%"),
    ("全年經濟成長率1.61%。", "1.61%"),
])
def test_a_rate_named_by_a_change_verb_is_a_level(text: str, surface: str) -> None:
    f = fact(text, surface)
    assert f["change"] is None and f["change_word"] is None


def test_a_growth_point_counts_without_a_change() -> None:
    f = fact("全市培育新的经济增长点12个。", "12个")
    assert f["change"] is None


@pytest.mark.parametrize(("text", "surface", "change", "word"), [
    ("GDP增长率比上年提高0.3个百分点。", "0.3个百分点", "up", "提高"),
    ("规模以上工业增加值同比增长6.1%。", "6.1%", "up", "增长"),
    ("工业增加值增速比上月回落0.4个百分点。", "0.4个百分点", "down", "回落"),
    ("央行下调存款准备金率0.5个百分点。", "0.5个百分点", "down", "下调"),
    ("制造业增加值同比增长均在6%以上。", "6%以上", "up", "增长"),
    ("电子设备制造业增加值平均增速在7%左右。", "7%左右", "up", "增速"),
])
def test_the_rate_or_value_added_still_changes_by_its_own_verb(text: str, surface: str, change: str, word: str) -> None:
    f = fact(text, surface)
    assert (f["change"], f["change_word"]) == (change, word)


def test_a_comparison_after_value_added_keeps_its_own_word() -> None:
    f = fact("数字产业增加值增速高于GDP 1.3个百分点。", "1.3个百分点")
    assert (f["change"], f["change_word"]) == ("up", "高于")


def test_no_fact_of_the_seed_page_reads_its_change_out_of_a_noun() -> None:
    """The user walk's case: on the seed page (assets/, a Chongqing newspaper) a copy read "增加66.7%"."""
    from pathlib import Path

    seed = Path(__file__).resolve().parents[1] / "assets" / "sources" / "000_d50660e1f1101acb.txt"
    text = seed.read_text(encoding="utf-8")
    facts = extract(text, date="2025-11-28")
    share = [f for f in facts if f["surface"] == "66.7%"]
    assert share and share[0]["change"] is None
    for f in facts:
        word = f.get("change_word")
        if word:
            k = text.rfind(word, 0, f["start"])
            assert text[k + len(word):k + len(word) + 1] not in "值率点", (f["surface"], word)
