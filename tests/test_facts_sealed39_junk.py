"""Traps a fresh sample (sealed39) showed read as facts, and the units and counts beside them, each as its class
(sentences written for the tests).

- **A bare magnitude each member of a counted group passes is the class's bound:** `5部票房过亿` (five films, each
  over 100 million), `有28家预计净利润超亿元` (sealed36 leaves it unlabelled too): the count is the figure; a group's
  total (`5部影片累计票房过亿`) and a magnitude with no group before it (`老年人口过亿`) stay figures.
- **The statistics' scope of investment by project size:** `其中50万元以上固定资产投资预计完成10.67亿元` — 50万元
  names the class, 10.67亿元 is the figure.
- **A sitting of a shareholders' meeting** (`2010年第一次临时股东大会`) is a label, as `第三次会议` is.
- **A project's phase** (`第1期標準廠房`, `第3期廠房工程`, `第三期工程`) is a label; an issue (`第九期…债券`,
  `广交会第三期`) stays a rank.
- **A rate written as a ratio after its pair:** `以美元兌新台幣1比30.6元計算` — 30.6 is the rate (index), the 1 no
  figure.
- **A variety named by the month it ripens** (`秋橙九月红`, `九月红脐橙`): no month; `2023年九月` still is one.
- **About so many, with 来:** `十来天`, `二十来个`, `100来家` (qualifier 来); `一来…二来` ("firstly") is no figure.
- **A sum named by the cash after it** (`抱走近百萬現金`, `查获上千万现金`) is money in 元, not a count.
- **Visits and events named around a bare number:** `住宿人次412.5萬，較去年同期增加21.3萬` (the increase is in 人次
  too), `八十三萬觀光人次`, `观影场次达353.5万` (场次), `航班架次达1.2万` (架次).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2023-10-08") -> list[dict]:
    return extract(text, date=date)


def _fact(text: str, surface: str, date: str = "2023-10-08") -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


@pytest.mark.parametrize("text", [
    "今年国庆档12部新片中共有5部票房过亿,其中一部以8.83亿元的成绩领跑。",
    "业绩报喜公司中,有28家预计净利润超亿元,35家预计净利润增长。",
])
def test_a_bound_each_member_passes_is_no_figure(text: str) -> None:
    assert not [f for f in _facts(text) if f["value"] == 100000000]
    assert [f for f in _facts(text) if f["kind"] == "count"]


@pytest.mark.parametrize(("text", "surface"), [
    ("春节档5部影片累计票房过亿。", "过亿"),
    ("我国是全球唯一的老年人口过亿的国家。", "过亿"),
])
def test_a_total_or_a_named_measure_past_a_magnitude_stays(text: str, surface: str) -> None:
    assert _fact(text, surface)["value"] == 100000000


def test_the_investment_scope_by_project_size_is_a_class() -> None:
    text = "1-7月,该县固定资产投资完成11.42亿元,其中50万元以上固定资产投资完成10.67亿元,同比增长745.71%。"
    assert not [f for f in _facts(text) if f["value"] == 500000]
    assert _fact(text, "10.67亿元")["value"] == 1067000000


@pytest.mark.parametrize("text", ["经2010年第一次临时股东大会审议批准。", "公司召开第3次临时股东大会。"])
def test_a_shareholders_sitting_is_a_label(text: str) -> None:
    assert not [f for f in _facts(text) if f["kind"] == "rank"]


@pytest.mark.parametrize("text", [
    "竹科今年有2棟第1期標準廠房重建完工，更新的第3期廠房工程預計明年完工。",
    "这是中国援柬埔寨文物保护修复的第三期工程。",
    "该工程目前已进入第一期建设收官阶段。",
])
def test_a_project_phase_is_a_label(text: str) -> None:
    assert not [f for f in _facts(text) if f["kind"] == "rank"]


@pytest.mark.parametrize(("text", "surface"), [
    ("该债券为2015年第九期中国铁建设债券。", "第九期"),
    ("第135届广交会第三期将于5月1日开展。", "第三期"),
])
def test_an_issue_stays_a_rank(text: str, surface: str) -> None:
    assert _fact(text, surface)["kind"] == "rank"


def test_a_rate_as_a_ratio_after_its_pair() -> None:
    facts = _facts("若以美元兌新台幣1比30.6元計算，預期毛利率介於59.5%至61.5%。")
    assert not [f for f in facts if f["value"] == 1]
    rate = next(f for f in facts if f["surface"] == "30.6元")
    assert rate["kind"] == "index"


@pytest.mark.parametrize("text", [
    "秋橙九月红顾名思义就是农历九月成熟。",
    "今年由于雨水充足,九月红脐橙成熟期也晚了十来天。",
    "秭归县九月红产量大概在6万吨左右。",
])
def test_a_variety_named_by_its_month_is_no_date(text: str) -> None:
    at = text.index("九月红")
    assert not [f for f in _facts(text) if f["start"] <= at < f["end"]]


def test_a_dated_month_before_red_stays_a_month() -> None:
    assert _fact("2023年九月红枣丰收。", "2023年九月")["value"] == "2023-09"


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("九月红脐橙成熟期也晚了十来天。", "十来天", 10, "天"),
    ("在金融区旁边，二十来个摊贩的摊位展示着水果。", "二十来个", 20, "个"),
    ("团队对接了周边的100来家龙头企业。", "100来家", 100, "家"),
])
def test_about_so_many_with_lai(text: str, surface: str, value: int, unit: str) -> None:
    f = _fact(text, surface)
    assert (f["value"], f["unit"], f["qualifier"]) == (value, unit, "来")


def test_firstly_secondly_are_no_figures() -> None:
    assert not _facts("一来可以省钱，二来方便出行。")


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("住宿人次412.5萬，較去年同期增加21.3萬，成長5.47 %。", "21.3萬", "人次"),
    ("澄清湖雖只有八十三萬觀光人次，擠不進前十。", "八十三萬", "人次"),
    ("今年国庆档观影场次达353.5万,刷新纪录。", "353.5万", "场次"),
    ("全年航班架次达1.2万。", "1.2万", "架次"),
])
def test_visits_and_events_named_around_a_bare_number(text: str, surface: str, unit: str) -> None:
    f = _fact(text, surface)
    assert (f["kind"], f["unit"]) == ("count", unit)


def test_people_compared_stay_people() -> None:
    assert _fact("游客人数120万，同比增加10万。", "10万")["unit"] == "人"


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("但一出手就抱走近百萬現金的案例確實增加。", "近百萬", 1000000),
    ("警方查获上千万现金。", "上千万", 10000000),
])
def test_a_sum_named_by_its_cash(text: str, surface: str, value: int) -> None:
    f = _fact(text, surface)
    assert (f["kind"], f["unit"], f["value"]) == ("money", "元", value)
