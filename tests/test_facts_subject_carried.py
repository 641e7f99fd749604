"""A level told again later in its sentence, with no indicator of its own, is the indicator's told before it.

`美國10年期公債殖利率去年12月約落在4.09%，近期已攀升至約4.26%，上揚幅度達17個基本點` left the later figures without a
subject; `主計總處先前預測今年經濟成長率為4.45%，中央銀行估4.5%` gave the estimate its forecaster (中央銀行估),
`外銷訂單金額為5,937.4億美元，…評估今(2025)年全年突破7,000億美元大關` the estimate's words (評估今年).  An estimate
is named as the expectations are (indicator, then who estimates); a figure someone says is the indicator's; a noun
before a modal (`白銀則可望`) keeps the noun.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2026-01-10") if f["kind"] not in ("date", "year")}


def test_later_levels_without_an_indicator_take_the_one_told_before() -> None:
    got = _subjects("市場人士指出，美國10年期公債殖利率去年12月約落在4.09%，近期已攀升至約4.26%，上揚幅度達17個基本點。")
    assert got["約4.26%"].startswith("美國10年期公債殖利率")
    assert got["17個基本點"].startswith("美國10年期公債殖利率")


def test_a_forecasters_figure_is_the_indicators_estimate() -> None:
    got = _subjects("不過，主計總處先前預測今年經濟成長率為4.45%，中央銀行估4.5%。")
    assert got["4.5%"].startswith("經濟成長率")


def test_the_estimates_words_give_way_to_the_indicator() -> None:
    got = _subjects("累計前10月外銷訂單金額為5,937.4億美元，已刷新歷史同期紀錄，評估今(2025)年全年突破7,000億美元大關、"
                    "年成長高達2成的機會很大。")
    assert got["7,000億美元"] == got["2成"] == "外銷訂單金額"


def test_the_estimates_words_alone_are_no_estimator() -> None:
    # 評估 (to estimate) left alone once the year after it is read as a period: the words, not who estimates
    got = _subjects("累計前10月外銷訂單金額為5,937.4億美元，評估今年全年突破7,000億美元大關。")
    assert got["7,000億美元"] == "外銷訂單金額"


def test_what_someone_says_is_the_indicators() -> None:
    assert _subjects("蔡美娜說，前2月對歐洲出口87.3億美元、年增67.3%。")["67.3%"] == "對歐洲出口"


def test_a_noun_before_a_modal_keeps_the_noun() -> None:
    assert _subjects("黃金價格可望衝上每盎司5000美元，白銀則可望達到每盎司90美元左右。")["90美元左右"] == "白銀"


def test_a_sum_after_a_run_and_its_record_takes_the_indicator_before_them() -> None:
    got = _subjects("民國114年12月出口額為624.8億美元，年增率43.4％，為連續26個月正成長，追平了歷史第2長紅記錄；"
                    "累計全年更衝破6千億美元大關，來到6407.5億美元。")
    assert got["6千億美元"] == got["6407.5億美元"] == "出口額"


def test_a_growth_after_a_threshold_naming_nothing_is_the_indicators() -> None:
    got = _subjects("經濟部20日發布民國114年全年外銷訂單金額7437億美元，卻為史上首次跨過7千億大關，寫下新高紀錄，年增2成6。")
    assert got["2成6"] == "外銷訂單金額"
