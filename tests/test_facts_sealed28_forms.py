"""Forms a fresh sample (sealed28) showed unread or misread, each as its class.

- Taiwan's press writes digits one by one: `十一兆五七七八．五二億元` was 5778.52億 (the 十一兆 lost: a figure a
  hundredth of the one written), `三萬四三五點` (30435 points) nothing at all;
- Hong Kong's and Macao's two-digit years in Chinese digits: `一五年` was a span of 15 years (2015);
- a loss told with 已经 and 超过了 kept its sign positive (`总亏损已经超过了130亿元`);
- a rate per thousand children (`每千名儿童拥有…医师达到0.87人、床位增至2.5张`) was dropped as a fraction of a person;
- labels: a home's price band (`逾千萬元二手住宅`), a steel product's size in its spec (`16-25mm规格`), the rough age of
  a group (`十几名40多岁的妇女`).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = None) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("全體國銀房貸餘額為十一兆五七七八．五二億元。", "十一兆五七七八．五二億元", 11577852000000),
    ("建築貸款餘額三兆四四七四．八六億元。", "三兆四四七四．八六億元", 3447486000000),
    ("加權指數終場下跌一四○點、收在三萬四三五點。", "三萬四三五點", 30435),
])
def test_digits_written_one_by_one_keep_their_ten_thousands_and_trillions(text: str, surface: str, value: int) -> None:
    assert _facts(text)[surface]["value"] == value


def test_the_spoken_ten_thousand_and_five_stays_thirty_five_thousand() -> None:
    assert _facts("他月薪三万五。")["三万五"]["value"] == 35000


@pytest.mark.parametrize(("text", "year"), [("相比一五年少4,000人。", 2015), ("九八年亞洲金融風暴。", 1998)])
def test_two_chinese_digits_before_nian_are_a_year(text: str, year: int) -> None:
    got = [f for f in extract(text, date="2017-01-20") if f["surface"].endswith("年")]
    assert [(f["kind"], f["value"]) for f in got] == [("year", year)]


@pytest.mark.parametrize(("text", "surface"), [("用了三四年时间。", "三四年"), ("不仅要有三五年的短期规划。", "三五年")])
def test_neighbouring_digits_before_nian_are_a_rough_span(text: str, surface: str) -> None:
    assert _facts(text)[surface]["kind"] == "duration"


def test_a_loss_already_over_a_sum_is_negative() -> None:
    got = _facts("另外4家企业总亏损已经超过了130亿元。")
    assert got["超过了130亿元"]["value"] == -13000000000


def test_a_rate_per_thousand_children_is_found_per_its_denominator() -> None:
    got = _facts("提出到2025年，每千名儿童拥有儿科执业（助理）医师达到0.87人、床位增至2.5张。")
    assert (got["0.87人"]["value"], got["0.87人"]["unit"]) == (0.87, "人/千名儿童")
    assert (got["2.5张"]["value"], got["2.5张"]["unit"]) == (2.5, "张/千名儿童")


@pytest.mark.parametrize(("text", "label"), [
    ("9月錄295宗逾千萬元二手住宅註冊，較8月的503宗減少約41.4%。", "千萬元"),
    ("千万元以上的豪宅成交量上升20%。", "千万元"),
    ("16-25mm规格HRB400材质螺纹钢报价一般在2940-2950元/吨。", "16-25mm"),
    ("已经有十几名40多岁的妇女报名。", "40多岁"),
])
def test_a_label_named_by_a_number_is_no_figure(text: str, label: str) -> None:
    assert not any(label in f["surface"] for f in extract(text))


def test_a_single_homes_price_and_a_persons_age_stay_figures() -> None:
    assert _facts("该单位成交价1000万元。")["1000万元"]["value"] == 10000000
    assert _facts("一名40多岁的妇女报名。")["40多岁"]["value"] == 40


def test_a_sum_before_its_share_is_the_items_not_the_shares_verb() -> None:
    # 壽險5,087.3億元占新契約保費的68.8%: the sum had the subject 占新契約 (the words after it)
    got = {f["surface"]: f["subject"] for f in extract("就新契約保費而言，壽險5,087.3億元占新契約保費的68.8%。")}
    assert got["5,087.3億元"] == "壽險"


def test_a_pronoun_is_no_subject_the_share_after_it_is() -> None:
    text = "逾千萬元二手住宅註冊量按月表現較差,故其佔整體二手住宅註冊量比率因而由8月約17.0%減少約3.8個百分點。"
    got = {f["surface"]: f["subject"] for f in extract(text)}
    assert got["約17.0%"] == got["約3.8個百分點"] == "佔整體二手住宅註冊量比率"


def test_a_lists_yu_is_no_comparison_and_a_small_rise_is_no_part_of_the_base() -> None:
    # 台中市與高雄市交易量分別增加7%與9% had the base 高雄市交易量 (the second item read as what it was compared with)
    got = {f["surface"]: f["base"] for f in extract("新北市交易量增加3%,台中市與高雄市交易量分別增加7%與9%。")}
    assert got["7%"] is None and got["9%"] is None
    assert {f["surface"]: f["base"] for f in extract("与上月相比下降3%。")}["3%"] == "上月"
    # 較12月小漲2.6%: the base is 12月, not 12月小
    assert {f["surface"]: f["base"] for f in extract("台中市元月平均每坪12萬元,較12月小漲2.6%。")}["2.6%"] == "12月"
