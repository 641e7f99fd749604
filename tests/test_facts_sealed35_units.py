"""Forms a fresh sample (sealed35) showed misread in its figures, each as its class (sentences written for the tests).

- **Found/value:** a sum in 億 and 萬 (with 兆 before it or not) is one number with every part at its place, spaced or not:
  `新台幣 3,350 億 300 萬元` and `3,350億300萬元` are 335003000000 元 (were 3,350億 and a 300萬元 of their own, a wrong
  value), `1 兆 460 億 9,100 萬元` is 1046091000000 元; a trillion spaced from its digits (`新台幣 1 兆元`) is 1万亿 元
  (was a bare 1).  Dates, lists and a 萬 with digits after it stay as they were.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-11-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


@pytest.mark.parametrize(("text", "value"), [
    ("該公司去年營收新台幣 3,350 億 300 萬元，創歷史新高。", 335003000000),
    ("該公司去年營收新台幣3,350億300萬元，創歷史新高。", 335003000000),
    ("前三季累計營收 1 兆 460 億 9,100 萬元，年增一成。", 1046091000000),
    ("全年出口總值 3 兆 8,090 億 5,400 萬元。", 3809054000000),
    ("市值站穩新台幣 1 兆元之上。", 1000000000000),
    ("股本為 12 億 5 萬元。", 1200050000),
])
def test_a_sum_in_yi_and_wan_is_one_number(text: str, value: int) -> None:
    money = [f for f in _facts(text) if f["kind"] == "money"]
    assert [f["value"] for f in money] == [value]


@pytest.mark.parametrize(("text", "values"), [
    ("2億3000萬元的投資。", [230000000]),
    ("2億1,500萬元的投資。", [215000000]),
    ("該公司市值23 兆 803 億元。", [23080300000000]),
])
def test_sums_already_read_stay(text: str, values: list[int]) -> None:
    assert [f["value"] for f in _facts(text) if f["kind"] == "money"] == values


def test_dates_and_lists_with_spaces_stay_apart() -> None:
    facts = extract("2025 年 12 月，營收排名第 1 、2 名。", date="2025-12-20")
    assert any(f["kind"] == "date" for f in facts)
    assert [f["value"] for f in facts if f["kind"] == "count"] == [1, 2] or \
        all(f["value"] < 100 for f in facts if f["kind"] != "date")


@pytest.mark.parametrize("text", [
    "該公司發行三年、五年和十年期美元債券，共籌得20億美元。",
    "歐元債券分四年和九年期發行，籌資15億歐元。",
])
def test_a_tenor_list_in_chinese_numerals_is_tenors(text: str) -> None:
    assert [f for f in _facts(text) if f["kind"] == "duration"] == []


def test_years_in_chinese_numerals_before_a_period_stay() -> None:
    facts = extract("二〇二三年、二〇二四年期间，产量增长5%。", date="2025-03-01")
    assert [f["value"] for f in facts if f["kind"] == "year"] == [2023, 2024]


# - **Found:** a HIBOR fixing told tenor by tenor (`隔夜息報0.03577厘,1星期報0.24048厘`, `一周拆息跌10.547基點，報1.56018厘，
#   兩周則跌10.143基點，報1.69厘`) gives each tenor's rate in 厘, a percent a year (none was read); the tenor names the rate
#   (as `10年期` names a yield: the majority's trap, sealed17 dissenting) and is no duration.
@pytest.mark.parametrize(("text", "values"), [
    ("香港銀行同業拆息(Hibor)今日公布,隔夜息報0.05厘,1星期報0.21厘,與樓按相關的1個月降至0.68厘,3個月報1.75厘。",
     [0.05, 0.21, 0.68, 1.75]),
    ("隔夜息報1.2厘，升1.5基點；一周拆息跌9.2基點，報1.46厘，兩周則跌8.1基點，報1.6厘。", [1.2, 1.46, 1.6]),
    ("長息方面，六個月拆息升0.05基點，報2.5厘，一年期則升1.2基點，報2.7厘。", [2.5, 2.7]),
])
def test_a_hibor_fixing_gives_each_tenors_rate(text: str, values: list[float]) -> None:
    facts = _facts(text)
    assert [f["value"] for f in facts if f["kind"] == "percent"] == values
    assert all(f["unit"] == "%" for f in facts if f["kind"] == "percent")
    assert [f for f in facts if f["kind"] == "duration"] == []


@pytest.mark.parametrize("text", ["貸款期限3個月，月息3厘。", "這批布料3個月後報價2厘米。"])
def test_a_month_and_a_length_stay_out_of_fixings(text: str) -> None:
    assert [f for f in _facts(text) if f["kind"] == "percent"] == []


# - **Junk:** a score band told with the class it maps to (`分数为9分至16分,灯号为蓝灯`, `分数23分到31分则是绿灯`) is a
#   legend, as the bracketed `綠燈(23-31分)` is (sealed20): no figure.  A band counted (`60分至80分的学生有200人`) and
#   a move between scores stay figures.
def test_a_score_band_named_with_its_class_is_a_legend() -> None:
    text = "景气对策信号综合分数为9分至16分,灯号为蓝灯;分数为17分至22分,灯号为黄蓝灯;分数23分到31分则是绿灯;分数为38分至45分,显示景气灯号为红灯。"
    assert _facts(text) == []


@pytest.mark.parametrize("text", ["本次考试成绩60分至80分的学生有200人。", "该指数得分由58分升至62分，为历史高位。"])
def test_scores_told_as_figures_stay(text: str) -> None:
    assert any(f["unit"] == "分" for f in _facts(text))


# - **Found:** a count of days after 共計/共计/合計 (`共計7日`) is a span, as after 共 (`共7日`) already: no day of the month.
@pytest.mark.parametrize("text", ["平價蔬菜自8月15日起供應至8月21日止，共計7日。", "这次展会共计5日。"])
def test_days_summed_after_gongji_are_a_span(text: str) -> None:
    days = [f for f in extract(text, date="2025-08-13") if f["surface"] in ("7日", "5日")]
    assert [f["kind"] for f in days] == ["duration"]


# - **Found:** a round level approached (`直逼百兆元大關`, `逼近千亿元`) is a figure, as one aimed at (`挑戰百兆元`).
@pytest.mark.parametrize(("text", "value"), [("上市公司總市值直逼百兆元大關。", 10**14), ("全年营收逼近千亿元。", 10**11)])
def test_a_round_level_approached_is_a_figure(text: str, value: int) -> None:
    assert [f["value"] for f in _facts(text) if f["kind"] == "money"] == [value]
