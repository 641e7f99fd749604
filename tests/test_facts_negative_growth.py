"""Negative growth and contributions that say their direction.

负增长5.3% is a growth of −5.3 %: an analyst who filters `<0` or copies the
figure must see the minus sign the words give it, never a rise of 5.3 %.
"""

import pytest

from store import extract


def only(sentence: str, surface: str) -> dict:
    [fact] = [f for f in extract(sentence) if f["surface"].endswith(surface)]
    return fact


@pytest.mark.parametrize("sentence, surface, value", [
    ("今年前三季度，该省出口同比负增长5.3%。", "5.3%", -5.3),
    ("去年第四季民间投资負成長2.1%。", "2.1%", -2.1),
    ("上半年工业利润负增长12.6%，降幅比一季度收窄。", "12.6%", -12.6),
    ("受需求疲软影响，公司营收负增速达8%。", "8%", -8),
])
def test_negative_growth_is_a_negative_value_and_a_fall(sentence, surface, value):
    fact = only(sentence, surface)
    assert fact["value"] == value
    assert fact["change"] == "down"
    assert fact["change_word"].startswith(("负", "負"))


def test_negative_growth_keeps_its_subject_without_the_sign_word():
    fact = only("今年前三季度，该省出口同比负增长5.3%。", "5.3%")
    assert fact["subject"].endswith("出口")     # not 出口负


def test_a_range_of_negative_growth_stays_low_to_high():
    fact = only("预计全年营收负增长3%-5%。", "5%")
    assert (fact["value"], fact["value_high"]) == (-5, -3)


def test_growth_written_with_a_minus_sign_is_unchanged():
    fact = only("一季度利润增速为-3.2%。", "3.2%")
    assert (fact["value"], fact["change"]) == (-3.2, "down")


def test_a_fall_written_in_words_is_stored_as_written():
    fact = only("工业增加值同比下降8.6%。", "8.6%")
    assert (fact["value"], fact["change"]) == (8.6, "down")


@pytest.mark.parametrize("sentence, surface, direction, verb", [
    ("猪肉价格下降拖累CPI约0.3个百分点。", "0.3个百分点", "down", "拖累"),
    ("净出口拉低经济增长0.4个百分点。", "0.4个百分点", "down", "拉低"),
    ("能源价格上涨推高CPI 0.2个百分点。", "0.2个百分点", "up", "推高"),
])
def test_a_contribution_that_says_its_direction_is_a_change(sentence, surface, direction, verb):
    fact = only(sentence, surface)
    assert (fact["change"], fact["change_word"]) == (direction, verb)


def test_a_contribution_without_a_direction_is_no_change():
    fact = only("最终消费支出拉动经济增长4.3个百分点。", "4.3个百分点")
    assert fact["change"] is None
