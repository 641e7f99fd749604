"""Subjects of shares and multiples told against a yardstick, and of contracts named by their month.

A share or multiple after a linking verb (`A达到B的41.2%`, `A为B的0.08%`, `这一数字约为B的1.27倍`) measures A;
B is only the whole it is measured against. A month written into a contract's name (`伦敦三月铜`, `2月WTI原油`)
is part of the name, not a period to leave out of the subject.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str, date: str = "2025-12-12") -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


def test_a_share_reached_is_the_share_of_what_reaches_it() -> None:
    got = _subjects("1—11月，新能源汽车产销分别完成1490.7万辆和1478万辆，新能源汽车新车销量达到汽车新车总销量的53.2%。")
    assert got["53.2%"] == "新能源汽车新车销量"


def test_a_fee_told_as_a_share_of_the_face_value_is_the_fees() -> None:
    assert _subjects("本期國債數量為850億元,發行手續費為承銷面值的0.08%。")["0.08%"] == "發行手續費"


def test_a_share_reached_without_de_after_a_relative_clause() -> None:
    got = _subjects("根據世界黃金協會統計，官方和金融機構持有的黃金開採量已達總量約41％。")
    assert got["約41％"] == "官方和金融機構持有的黃金開採量"


def test_an_anaphor_of_a_level_hands_the_multiple_to_the_level() -> None:
    got = _subjects("11日，美国联邦政府债务总额首次超过37万亿美元，这一数字约为2024年美国国内生产总值的1.27倍。")
    assert got["1.27倍"] == "美国联邦政府债务总额"


def test_a_reserve_told_as_a_share_and_months_of_spending_keeps_both() -> None:
    got = _subjects("预计至2026年3月底,财政储备为7758亿元,相当於本地生产总值22%,或12个月的政府开支。")
    assert got["22%"] == got["12个月"] == "财政储备"


def test_a_share_of_a_yardstick_after_a_change_or_a_list_is_left_alone() -> None:
    got = _subjects("价格录得按年升幅的类别为交通（上升3.1%）、烟酒（上升2.0%）。")
    assert got["3.1%"] != "价格" and got["2.0%"] != "价格"
    got = _subjects("全球外国直接投资下降很大程度是由于流入发达经济体的外国直接投资减少了22%。")
    assert got["22%"] == "流入发达经济体的外国直接投资"


def test_a_month_in_a_metal_contract_name_stays_in_the_subject() -> None:
    got = _subjects("当日15:00伦敦三月铜报价9322.50美元/吨,上海与伦敦的内外比值为8.1。")
    assert got["9322.50美元/吨"] == "伦敦三月铜报价"


def test_a_month_before_a_crude_name_stays_in_the_subject() -> None:
    got = _subjects("截至收盘,纽约商品期货交易所成交最活跃的2月WTI原油下跌0.30美元或0.6%,报收52.91美元/桶。")
    assert all("2月WTI原油" in (s or "") for s in got.values())



def test_a_clause_opening_with_its_link_is_the_level_told_right_before() -> None:
    got = _subjects("全市一般公共预算收入128.6亿元,为年初预算的102.3%,比上年增长4.5%。")
    assert got["102.3%"] == "全市一般公共预算收入"
    assert got["4.5%"] == "全市一般公共预算收入"       # lent the level's, not the yardstick's


def test_a_level_inside_the_yardstick_is_the_yardsticks() -> None:
    got = _subjects("1-9月份全县税收收入累计完成35210万元,占年初预算数48800万元的72.2%,同比增长6.1%。")
    assert got["48800万元"] == "年初预算数"
    got = _subjects("前三季度,城镇新增就业1022万人,完成全年1200万人目标任务的85%。")
    assert got["1200万人"] == "目标任务"


def test_a_period_before_the_inner_level_is_no_name_and_a_rate_before_lends_nothing() -> None:
    got = _subjects("目前已下达资金6080亿元,占全年8000亿元的76%。")
    assert got["8000亿元"] != "全年"
    got = _subjects("贴息比例为1个百分点,约为当前个人消费贷款利率水平的1/3。")
    assert got["1/3"] != "贴息比例为1个百分点"
