"""Forms found probing the registers a fresh sample is drawn from (found30; sentences written for the tests).

- **Junk:** a bound or band on what people, firms or goods have, naming the class a sentence is about
  (`年收入12万元以下的纳税人`, `月薪5000-8000元的岗位`, `每月用電量不超過100度的住戶`, `3年以上工作经验的求职者`,
  `40吨以上货车`, `30坪以下小宅`, `40年以上老屋`), a quake's grade where its clause counts the quakes
  (`5.0级以上地震12次`); a tariff's band with its unit written once (`331至500度每度漲0.15元`, `第一段為每月1至10度，
  每度…`) and its first units priced apart (`首12立方米免費`); 差估署's flat classes by letter (`40平方米以下的A類單位`);
  a grain purchase's step rule (`每超1个百分点扣量1%`), a spec's bound drawing a class (`霉变粒超过2%的`,
  `蛋白含量40%以上的优质大豆`), specs listed after a colon or in 克/升 (`收购标准：容重685克/升以上，水分30%以内`), a
  cotton lot's class by fibre length (`长度28毫米以上的比例`); a moving average of 50 or 200 days (`50天線`: a span of
  50 days), an index named by its number of stocks (`羅素2000指數`: the year 2000), a voucher named by its multiple
  (`五倍券`: a multiple of 5) and a bond's short name (`25国开05`: 25 countries, `22万科MTN004`: a count of 220,000).
- **Found:** Hong Kong's tael as its gold trade writes it (`買入4両`); a rate in 厘 of a tenor after 拆息
  (`拆息一個月期報3.65厘，三個月期報3.86厘`: the second was lost) or restated after a formula (`P減1.75厘，即約3.5厘`: a
  bare 3.5); a count of districts written 行政區 (`12行政區`); a class's index level told as its own clause after the
  class (`面積1722方呎以上的豪宅，為310.2`), as `…單位報154.7` is.
- **Found in the tune sets' misses:** a round trillion named as a barrier after profit (`獲利突破1.2兆大關`: a bare
  1.2 of no kind), the places a ranking runs over (`六县市排名第三`).
- **A price's move, then its level:** `每公升調漲0.2元至27.1元` and `每兩升800元至4萬1,800元` were one range from the move
  to the level (as `每升上涨0.08元至7.35元` was not); the level keeps the move's unit and name (it was 元, `超級柴油每公`).
  A steel product's size written bare after its grade (`Q235 20mm普板`) and a bottle's content in brackets after 每瓶
  (`每瓶（15公斤）`) are labels.
- **Units and subjects:** a bare magnitude's 余 before 人次 (`万余人次`: was 万余人, unit 人); the price after a unit
  heading's colon (`猪肉价格（元/公斤）：26.5`: unit 元, subject `猪肉价格（元/公斤`).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = None) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


def _labels_read(text: str, labels: tuple[str, ...]) -> list[str]:
    found = [f["surface"] for f in extract(text)]
    return [s for s in found for label in labels if label in s or s in label]


@pytest.mark.parametrize(("text", "labels"), [
    ("年收入12万元以下的纳税人可申请退税。", ("12万元以下",)),
    ("年薪26.4萬元以下的人士毋須繳交薪俸稅。", ("26.4萬元以下",)),
    ("招聘岗位中，月薪5000-8000元的岗位占比最高，达41.2%。", ("5000-8000元",)),
    ("3000元以下的手机销量同比增长12%。", ("3000元以下",)),
    ("单笔500万元以上的交易须当面办理。", ("500万元以上",)),
    ("今年1—4月，一亿元以下的项目，民营企业中标项目数占比超过六成。", ("一亿元以下",)),
    ("港燈表示，每月用電量不超過100度的住戶可享有每度5仙的節能回扣。", ("不超過100度",)),
    ("对年应纳税所得额不超过300万元的部分减按25%计入应纳税所得额。", ("不超过300万元",)),
    ("3年以上工作经验的求职者平均薪酬为9800元。", ("3年以上",)),
    ("40吨以上货车禁止通行。", ("40吨以上",)),
    ("全年共发生5.0级以上地震12次。", ("5.0级以上",)),
    ("当地又发生多次5级以上余震。", ("5级以上",)),
    ("新青安上路後，30坪以下小宅交易量增加22%。", ("30坪以下",)),
    ("40年以上老屋佔全台住宅比率達35%。", ("40年以上",)),
])
def test_a_bound_on_what_people_firms_or_goods_have_names_their_class(text: str, labels: tuple[str, ...]) -> None:
    assert not _labels_read(text, labels)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("公司拥有3000万以上的用户，与1万以上的线下店铺有合作。", "3000万以上", 30_000_000),
    ("实现连续两年均增产1亿吨以上的历史最高水平。", "1亿吨以上", 100_000_000),
    ("年收入在12万元以下的纳税人有320万人。", "320万人", 3_200_000),
    ("全市居民人均可支配收入为5.2万元，月均收入4300元以上。", "4300元以上", 4300),
    ("這間房子屋齡已經40年以上。", "40年以上", 40),
    ("每戶平均面積為35坪。", "35坪", 35),
])
def test_a_count_of_the_noun_or_a_level_reached_stays_a_figure(text: str, surface: str, value: int) -> None:
    assert _facts(text)[surface]["value"] == value


@pytest.mark.parametrize(("text", "labels"), [
    ("台電公告，每月用電330度以下的用戶電價凍漲，331至500度每度漲0.15元，501度以上每度漲0.3元。",
     ("330度以下", "331至500度", "501度以上")),
    ("自來水費第一段為每月1至10度，每度7.35元；第二段11至30度，每度9.45元。", ("1至10度", "11至30度")),
    ("水務署建議，每四個月用水量首12立方米免費，其後每立方米收費4.16元。", ("12立方米",)),
    ("差餉物業估價署資料顯示，實用面積40平方米以下的A類單位售價指數上升0.5%。", ("40平方米以下",)),
])
def test_a_tariff_band_or_a_lettered_flat_class_is_no_figure(text: str, labels: tuple[str, ...]) -> None:
    assert not _labels_read(text, labels)


def test_the_price_of_a_tariff_band_stays() -> None:
    f = _facts("台電公告，331至500度每度漲0.15元。")["0.15元"]
    assert (f["value"], f["unit"], f["change"]) == (0.15, "元/度", "up")


@pytest.mark.parametrize(("text", "labels"), [
    ("霉变粒超过2%的，每超1个百分点扣量1%。", ("超过2%", "1个百分点", "1%")),
    ("每斤扣0.5分，水分每高出1个百分点扣价1.5%。", ("1个百分点", "1.5%")),
    ("收购标准：容重685克/升以上，水分30%以内，价格0.98元/斤。", ("685克/升以上", "30%以内")),
    ("大豆收购价每斤2.35元，蛋白含量40%以上的优质大豆每斤加价0.05元。", ("40%以上",)),
    ("湿粮（水分25%）：0.95元/斤；干粮（水分14%）：1.15元/斤。", ("25%", "14%")),
    ("棉花公证检验结果显示，长度28毫米以上的比例为95.4%。", ("28毫米以上",)),
])
def test_a_grain_or_cotton_grade_rule_is_no_figure(text: str, labels: tuple[str, ...]) -> None:
    assert not _labels_read(text, labels)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("收购标准：容重685克/升以上，水分30%以内，价格0.98元/斤。", "0.98元/斤", 0.98),
    ("湿粮（水分25%）：0.95元/斤；干粮（水分14%）：1.15元/斤。", "1.15元/斤", 1.15),
    ("棉花公证检验结果显示，长度28毫米以上的比例为95.4%。", "95.4%", 95.4),
    ("今年新粮水分降至14%，收购价格为2350元/吨。", "14%", 14),
])
def test_the_price_and_the_share_of_a_grade_stay(text: str, surface: str, value: float) -> None:
    assert float(_facts(text)[surface]["value"]) == value


@pytest.mark.parametrize(("text", "surface", "kind", "value", "unit"), [
    ("市民排隊購買金條，有人一次過買入4両。", "4両", "quantity", 4, "両"),
    ("香港銀行同業拆息一個月期報3.65厘，三個月期報3.86厘。", "3.86厘", "percent", 3.86, "%"),
    ("按揭利率上限為P減1.75厘，即約3.5厘。", "約3.5厘", "percent", 3.5, "%"),
    ("全港18區中，有12行政區的樓價按月下跌。", "12行政區", "count", 12, "行政区"),
    ("其中面積1722方呎以上的豪宅，為310.2，按月跌0.5%。", "310.2", "index", 310.2, None),
])
def test_taels_rates_in_li_districts_and_a_class_level_are_read(text: str, surface: str, kind: str, value: float,
                                                                 unit: str | None) -> None:
    f = _facts(text)[surface]
    assert (f["kind"], float(f["value"]), f["unit"]) == (kind, value, unit)


@pytest.mark.parametrize("text", [
    "按揭息率為H加1.3厘，封頂息率為P減1.75厘。",     # a spread inside a formula
    "他說為了這件事，為310人服務。",                   # 為 with no class before it
])
def test_a_spread_and_a_bare_number_elsewhere_stay_unread(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] in ("percent", "index")]


@pytest.mark.parametrize(("text", "labels"), [
    ("恒指20天線位於25,600點，50天線位於25,200點。", ("50天",)),
    ("美股200日線附近有支持。", ("200日",)),
    ("羅素2000指數跌1.2%。", ("2000",)),
    ("中证2000指数上涨0.5%。", ("2000",)),
])
def test_a_moving_average_or_an_index_named_by_a_number_is_no_figure(text: str, labels: tuple[str, ...]) -> None:
    assert not _labels_read(text, labels)


def test_a_year_before_an_index_with_its_year_word_stays() -> None:
    assert _facts("2000年指数上涨0.5%。")["2000年"]["kind"] == "year"


def test_a_bare_magnitude_of_visits_keeps_its_unit() -> None:
    f = _facts("接待游客万余人次。")["万余人次"]
    assert (f["value"], f["unit"], f["qualifier"]) == (10000, "人次", "余")


def test_the_price_after_a_unit_heading_takes_the_heading_unit_and_the_name() -> None:
    facts = _facts("猪肉价格（元/公斤）：26.5，环比-0.8%。")
    assert (facts["26.5"]["unit"], facts["26.5"]["subject"]) == ("元/公斤", "猪肉价格")
    assert facts["-0.8%"]["subject"] == "猪肉价格"


@pytest.mark.parametrize(("text", "labels"), [
    ("政府發放五倍券，振興經濟效果顯著。", ("五倍",)),
    ("25国开05中标利率为1.72%，全场倍数3.5倍。", ("25国", "05")),
    ("22万科MTN004展期，涉及本金20亿元。", ("22万", "004")),
    ("24附息国债11续发行规模为1,200亿元。", ("24", "11")),
])
def test_a_voucher_or_a_bond_named_by_numbers_is_no_figure(text: str, labels: tuple[str, ...]) -> None:
    assert not _labels_read(text, labels)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("25国开05中标利率为1.72%，全场倍数3.5倍。", "3.5倍", 3.5),
    ("22万科MTN004展期，涉及本金20亿元。", "20亿元", 2_000_000_000),
    ("出口额是上年的五倍。", "五倍", 5),
    ("福建北部沿海出现8级以上大风。", "8级以上", 8),
    ("未来一周，可能还会有7级以上地震。", "7级以上", 7),
])
def test_the_figures_beside_a_bond_name_stay(text: str, surface: str, value: float) -> None:
    assert float(_facts(text)[surface]["value"]) == value


@pytest.mark.parametrize(("text", "surface", "kind", "value", "unit"), [
    ("統計上市櫃公司財報，為台股史上第一次獲利突破1.2兆大關。", "1.2兆", "money", 1_200_000_000_000, "元"),
    ("全县地区生产总值同比增长4.0%，六县市排名第三。", "六县市", "count", 6, "县市"),
])
def test_a_barrier_trillion_and_ranked_places_are_read(text: str, surface: str, kind: str, value: int,
                                                       unit: str) -> None:
    f = _facts(text)[surface]
    assert (f["kind"], f["value"], f["unit"]) == (kind, value, unit)


@pytest.mark.parametrize(("text", "move", "level", "unit"), [
    ("超級柴油每公升調漲0.2元至27.1元。", "0.2元", "27.1元", "元/公升"),
    ("金價今早每兩升800元至4萬1,800元。", "800元", "4萬1,800元", "元/两"),
    ("汽油每升上涨0.08元至7.35元。", "0.08元", "7.35元", "元/升"),
])
def test_a_price_moved_then_its_level_are_two_figures_per_one_unit(text: str, move: str, level: str, unit: str) -> None:
    facts = _facts(text)
    assert (facts[move]["change"], facts[move]["unit"]) == ("up", unit)
    assert (facts[level]["change"], facts[level]["unit"]) == (None, unit)
    assert facts[level]["subject"] == facts[move]["subject"]


def test_a_forecast_range_of_a_change_stays_one_range() -> None:
    f = _facts("预计净利润将减少6.5亿元到8.2亿元。")["6.5亿元到8.2亿元"]
    assert (f["value"], f["value_high"]) == (650_000_000, 820_000_000)


@pytest.mark.parametrize(("text", "labels"), [
    ("Q235 20mm普板价格为3,650元/吨。", ("20mm",)),
    ("液化石油气每瓶（15公斤）价格为105元。", ("15公斤",)),
])
def test_a_product_size_or_a_bottle_content_is_no_figure(text: str, labels: tuple[str, ...]) -> None:
    assert not _labels_read(text, labels)
