"""Junk and misses an audit of unlabelled text showed (cov51): each a class, with the figures beside it that stay.

The audit (benchmarks/facts_coverage.py over 153 unlabelled pages — Taiwan, Hong Kong, Macao and mainland releases,
results, bonds, commodities and government news, none a gold source — and over the bulk corpus, with 300 of the facts
it reports read one by one; tests/gold/README.md "## Junk and misses of unlabelled text (cov51)") found these classes:

- a body's sitting named by its ordinal: enlarged in brackets (`县委十二届八次全体(扩大)会议`, `第八次全体（扩大）会议`),
  an enlarged sitting (`第十次扩大会议`), a standing body's sitting (`第二十四次常委会会议`, `国务院第一次常务会议`) — the
  sets trap `第十次全体会议`, `八次`, `第四次会议` (sealed12, sealed39); a count of sittings held (`召开3次会议`) and an
  edition of a summit or a conference (`第二十九次领导人非正式会议`) stay;
- a doctrine named by its count (`和平共处五项原则`, `四项基本原则`): a name, as `一个中国` and `两个确立` are traps; a set
  of documents counted (`中日四个政治文件`) stays a count, as sealed20 labels it;
- a train's number (`7053次公益性“慢火车”`, `75052次中欧班列`): no count of 次; a count of trips or tickets stays;
- a school grade (`七年级`, `3年级学生`, `4—9年级`): no duration of years;
- found, not junk: counts printed digit by digit in Chinese (`三四九一個名額`, `學生一○九名`), hospital beds (`105.3床`),
  and days of the month with their tens written 廿/卅 (`八月卅一日`: read before as the month alone).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-12-26") -> list[dict]:
    return list(extract(text, date=date))


def _surfaces(text: str, date: str = "2025-12-26") -> list[str]:
    return [f["surface"] for f in _facts(text, date)]


# --- a body's sitting -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sitting", "kept"), [
    ("12月25日上午，中共某县委员会第十二届委员会第六次全体(扩大)会议在县会堂召开，全年地区生产总值增长5.1%。",
     "第六次", ["5.1%"]),
    ("某县县委十三届九次全体（扩大）会议召开，会议审议通过了工作报告，全县新增就业1.2万人。", "九次", ["1.2万人"]),
    ("州委九届四次（扩大）会议部署明年工作，计划投资120亿元。", "四次", ["120亿元"]),
    ("市委常委会召开第十二次扩大会议，研究部署80个重点项目。", "第十二次", ["80个"]),
    ("会议决定，提请第三十一次常委会会议追认，并通报了3起典型案例。", "第三十一次", ["3起"]),
    ("国务院总理主持召开国务院第五次常务会议，部署发放专项债券4400亿元。", "第五次", ["4400亿元"]),
    ("區委八屆五次全體（擴大）會議召開，全年固定資產投資增長6.2%。", "五次", ["6.2%"]),
])
def test_a_sitting_of_a_body_named_by_its_ordinal_is_no_figure(text: str, sitting: str, kept: list[str]) -> None:
    surfaces = _surfaces(text)
    assert not [s for s in surfaces if sitting in s]
    for figure in kept:
        assert figure in surfaces


@pytest.mark.parametrize(("text", "figure"), [
    ("在文件起草过程中，中央政治局常委会先后召开3次会议进行审议。", "3次"),    # sittings counted: a count
    ("国家主席将出席亚太经合组织第三十二次领导人非正式会议。", "第三十二次"),     # an edition of a summit: a rank
    ("本届论坛共举办12场平行论坛。", "12场"),
])
def test_counts_of_sittings_and_editions_of_summits_stay(text: str, figure: str) -> None:
    assert figure in _surfaces(text)


# --- doctrines and sets of documents named by their count -------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "kept"), [
    ("今年是和平共处五项原则发表71周年，双方贸易额增长8.2%。", "五项", ["8.2%"]),
    ("双方应当弘扬和平共处五項原則，加强在3个领域的合作。", "五項", ["3个"]),
    ("必须坚持四项基本原则，今年新增党员200万名。", "四项", ["200万名"]),
])
def test_a_doctrine_named_by_its_count_is_a_name(text: str, name: str, kept: list[str]) -> None:
    surfaces = _surfaces(text)
    assert not [s for s in surfaces if name in s]
    for figure in kept:
        assert figure in surfaces


def test_a_set_of_documents_counted_stays_a_count() -> None:
    # sealed20 labels the 四个 of 中日四个政治文件 a count: documents, counted (a doctrine's name is not)
    assert "四个" in _surfaces("双方应当恪守中日四个政治文件确立的原则，今年双边贸易额达3000亿美元。")


# --- a train's number -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "number", "kept"), [
    ("铁路部门将6063次公益性“慢火车”编组由4辆增至8辆。", "6063次", ["4辆", "8辆"]),
    ("随着80215次中欧班列从西安国际港站开出，今年开行量突破5000列。", "80215次", ["5000列"]),
    ("X（行）8163次中欧班列满载50个集装箱驶出。", "8163次", ["50个"]),
])
def test_a_trains_number_is_no_count(text: str, number: str, kept: list[str]) -> None:
    surfaces = _surfaces(text)
    assert number not in surfaces
    for figure in kept:
        assert figure in surfaces


@pytest.mark.parametrize(("text", "figure"), [
    ("每人在4次单程学生优惠火车票的基础上增加2次优惠票。", "4次"),
    ("年内累计开行1200次中欧班列。", "1200次"),      # a count after a verb of running trains
])
def test_counts_of_trips_and_tickets_stay(text: str, figure: str) -> None:
    assert figure in _surfaces(text)


# --- a school grade ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kept"), [
    ("要求4—9年级学生每学期完成不少于一项探究任务。", []),
    ("1-6年级学生人数为540人。", ["540人"]),
    ("全校有学生1300人，其中七年级420人。", ["1300人", "420人"]),
    ("八年級學生共有35人參加。", ["35人"]),
    ("3年级学生参加了比赛。", []),
])
def test_a_school_grade_is_no_duration(text: str, kept: list[str]) -> None:
    facts = _facts(text)
    assert not [f for f in facts if f["kind"] == "duration"]
    surfaces = [f["surface"] for f in facts]
    for figure in kept:
        assert figure in surfaces


def test_a_course_of_years_stays_a_duration() -> None:
    facts = {f["surface"]: f for f in _facts("该校学制为三年，每年招收新生300人。")}
    assert facts["三年"]["kind"] == "duration" and facts["300人"]["value"] == 300


# --- found: counts printed digit by digit, beds, days written with 廿/卅 ----------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("台大今年日間部學士班提供三五二七個名額，申請入學提供一八二六個名額。", "三五二七個", 3527, "个"),
    ("台大今年日間部學士班提供三五二七個名額，申請入學提供一八二六個名額。", "一八二六個", 1826, "个"),
    ("申請入學名額包含青年儲蓄帳戶組學生一○八名。", "一○八名", 108, "名"),
    ("今年共有二三一七個學系組參與申請入學。", "二三一七個", 2317, "个"),
])
def test_a_count_printed_digit_by_digit_is_read(text: str, surface: str, value: int, unit: str) -> None:
    facts = {f["surface"]: f for f in _facts(text)}
    assert facts[surface]["value"] == value and facts[surface]["unit"] == unit and facts[surface]["kind"] == "count"


@pytest.mark.parametrize("text", [
    "他們三四個人一組。",                # three or four people: no digit-by-digit number
])
def test_short_lists_of_digits_are_not_read_as_one_number(text: str) -> None:
    assert not [f for f in _facts(text) if f.get("value") in (123, 34)]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("每萬人病床數計98.6床，較上年底增加0.4家醫院。", "98.6床", 98.6),
    ("許多大型醫學中心的規模達到1600床以上。", "1600床以上", 1600),
])
def test_hospital_beds_are_counted(text: str, surface: str, value: float) -> None:
    facts = {f["surface"]: f for f in _facts(text)}
    assert float(facts[surface]["value"]) == value and facts[surface]["unit"].startswith("床")


def test_a_bed_as_a_word_is_no_count() -> None:
    assert not [f for f in _facts("兄弟二人同床共枕多年。") if "床" in f["surface"]]


@pytest.mark.parametrize(("text", "surface", "day"), [
    ("立法院本會期延會到八月卅一日。", "八月卅一日", "2025-08-31"),
    ("朝野協商決定將三案列入十月廿九日的討論事項。", "十月廿九日", "2025-10-29"),
    ("十二月廿日起實施新制。", "十二月廿日", "2025-12-20"),
])
def test_a_day_written_with_its_tens_is_a_date(text: str, surface: str, day: str) -> None:
    facts = {f["surface"]: f for f in _facts(text)}
    assert facts[surface]["value"] == day and facts[surface]["kind"] == "date"


def test_a_cutoff_day_written_with_its_tens_dates_the_balance() -> None:
    facts = {f["surface"]: f for f in _facts("截至十一月卅日，存款餘額為520億元。")}
    assert facts["520億元"]["period"] == "2025-11-30"


# --- an article of a law told by what it does, or printed spaced -------------------------------------------------

@pytest.mark.parametrize(("text", "article", "kept"), [
    ("相關業者應依第37條規定辦理，違者處新台幣10萬元罰鍰。", "第37條", ["10萬元"]),
    ("第十五条规定，逾期未缴纳的，每日加收0.5‰的滞纳金。", "第十五条", ["0.5‰"]),
    ("修正草案第5條新增150億元的韌性預算。", "第5條", ["150億元"]),
    ("第 24 條 人民年滿二十歲者，有依法選舉之權。", "24 條", []),
    ("該法第8條明定補助金額上限為30萬元。", "第8條", ["30萬元"]),
])
def test_an_article_of_a_law_is_a_label(text: str, article: str, kept: list[str]) -> None:
    surfaces = _surfaces(text)
    assert not [s for s in surfaces if article in s]
    for figure in kept:
        assert figure in surfaces


@pytest.mark.parametrize(("text", "rank"), [
    ("高雄第一條輕軌於2015年通車。", "第一條"),       # a line, not an article (sealed36 labels 台北第一條捷運 a rank)
    ("这是中老之间的第三条跨境铁路。", "第三条"),
])
def test_a_line_or_a_road_ranked_stays_a_rank(text: str, rank: str) -> None:
    facts = {f["surface"]: f for f in _facts(text)}
    assert facts[rank]["kind"] == "rank"


# --- an ROC year in Chinese numerals ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "year"), [
    ("去年(九十八年)最低錄取分數排名第一的是某高中。", "九十八年", 2009),
    ("該校創立於民國四十五年。", "民國四十五年", 1956),
    ("去(一○九)年營收成長6%。", "一○九", 2020),
])
def test_an_roc_year_in_chinese_numerals_is_a_year(text: str, surface: str, year: int) -> None:
    facts = {f["surface"]: f for f in _facts(text)}
    assert facts[surface]["kind"] == "year" and facts[surface]["value"] == year
    assert not [f for f in facts.values() if f["kind"] == "duration"]
