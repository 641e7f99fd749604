"""Figures found and junk, as classes (round 35; sentences written for the tests in the registers the sets hold).

- **Two neighbouring numbers as one range:** a digit, 、 and the next digit (or its round hundreds) before one unit of
  measure say "three or four months", "five or six hundred yuan": `3、4個月` is 3–4 个月, `5、600元` 500–600 元,
  `近二、三年` 2–3 年, `二、三百人` 200–300 人 — as `3、4千元` and `三四百家` already were (the first number was read
  alone, or lost). Pairs of digits that name labels, dates or ordinals stay apart: `7、8号机组`, `第19、20号公告`,
  `二、三线城市`, `一、二类苗`, `5、6级`, `1、2月份`, and an outline's heading (`一、…`). Two hours after a part of the
  day (`清晨3、4點`) are "at three or four", no figure (the 3 was a quantity: sealed34 lists `3、4點` as a trap).
- **A round magnitude aimed at or held to** (Taiwan's and Hong Kong's pages): `挑戰百兆元` (1e14 元, 兆 a trillion
  there), `上看千億美元`, `壓在百元以內`, as `达到百亿元` already was; a bare 百 only as a sum of money.
- **Junk: a tariff's tier named by its users or by the adjustment that applies to it** (`住宅1,000度以下、小商店…不調整`,
  `住宅用電1,001度以上…電價將調漲9%`, `住宅每月用電700度以上調漲3%，逾1,000度調幅達10%`, `僅調1000度以上`): the bound
  names which households (sealed16 and sealed33 list every such bound as a trap; the size-class convention); the rise and
  the share of households stay figures, and a use measured (`全市用电量1000度以上`) stays a quantity. A bound written
  with a thousands comma (`1,000度以下`) is the same bound as `1000度以下`.
- **Two months in a row listed with 、** (`11、12月兩個合計`, `約5、6月`, `1、2月份`, `三、四月份`) are one date over both, as
  `11-12月` is (the second month alone was read, and `約5` a quantity); not before 分别 (`9、10月份分别增长3.3%、0.6%`: each
  month its own figure) and not months apart (`1、3月份`).
- **Found: an ordinal before 长/短** (`史上第二長的出口連續上升紀錄`, `歷史第2長紅`) is a place in a ranking, as before
  高/低/大/多/少 (`史上第二高`) it already was; a name opening with 长 (`第二长江大桥`) or a span word (`长期`) is not.
- **Found: the top places after a ranking verb** with its scope between (`吞吐量排名全球前三分别是…`) or the noun ranked
  right after (`排名前30港口榜单`) are rank N, as `排名前10的省份` and `位居全国前三。` already were.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-11-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _at(text: str, surface: str, date: str = "2025-11-13") -> dict:
    """The fact whose surface holds `surface` (a qualifier may open it)."""
    return next(f for f in _facts(text, date) if surface in f["surface"])


@pytest.mark.parametrize(("text", "surface", "low", "high", "unit"), [
    ("農民辛苦3、4個月的收成可能泡湯。", "3、4個月", 3, 4, "个月"),
    ("葉菜一簍已超過1000元，比上週的5、600元漲了1倍以上。", "5、600元", 500, 600, "元"),
    ("你可以蒐集近二、三年資料自行計算。", "二、三年", 2, 3, "年"),
    ("现场约有二、三百人排队等候。", "二、三百人", 200, 300, "人"),
    ("这批货物需要2、3天才能运到。", "2、3天", 2, 3, "天"),
    ("这家门店上午接待了7、8个旅行团。", "7、8个", 7, 8, "个"),
])
def test_two_neighbouring_numbers_before_one_unit_are_one_range(text: str, surface: str, low: float, high: float,
                                                                unit: str) -> None:
    f = _at(text, surface)
    assert (f["value"], f["value_high"], f["unit"]) == (low, high, unit)


@pytest.mark.parametrize(("text", "absent"), [
    ("在建的7、8号机组分别于今年、明年投产。", (7, 8)),
    ("商务部发布第19、20号公告。", (19, 20)),
    ("二、三线城市新建商品住宅销售价格环比持平。", (2, 3)),
    ("返青冬小麦一、二类苗占比达到93.4%。", (1, 2)),
    ("预计沿海风力5、6级。", (5, 6)),
])
def test_pairs_of_digits_that_name_labels_are_no_range(text: str, absent: tuple[int, int]) -> None:
    assert not any(f.get("value") == absent[0] and f.get("value_high") == absent[1] for f in _facts(text))


def test_an_outline_heading_is_no_pair() -> None:
    facts = _facts("一、建设三、四个重点项目。")
    assert not any(f.get("value") == 1 and f.get("value_high") == 2 for f in facts)
    assert any(f.get("value") == 3 and f.get("value_high") == 4 for f in facts)


@pytest.mark.parametrize("text", [
    "昨天及前天都有農民清晨3、4點就有運穀車來繳穀。",
    "工作人员下午2、3时开始清点。",
])
def test_two_hours_after_a_part_of_the_day_are_no_figure(text: str) -> None:
    assert _facts(text) == []


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("集中市場總成交金額今年全年蓄勢挑戰百兆元。", "百兆元", 10**14, "元"),
    ("今年全年對美出超可能上看千億美元規模。", "千億美元", 10**11, "美元"),
    ("民生用戶新增電費壓在百元以內。", "百元", 100, "元"),
])
def test_a_round_magnitude_aimed_at_or_held_to(text: str, surface: str, value: int, unit: str) -> None:
    f = _at(text, surface)
    assert (f["value"], f["unit"].split("/")[0]) == (value, unit)


def test_a_bare_hundred_is_read_only_as_money() -> None:
    assert not any(f.get("value") == 100 for f in _facts("装机容量挑战百兆瓦级。"))


@pytest.mark.parametrize(("text", "bounds", "kept"), [
    ("本次針對用電大戶調漲電價，但住宅1,000度以下、小商店及低壓用電不調整。", (1000,), ()),
    ("住宅用電1,000度以下、約占97%的用戶也不調漲。", (1000,), (97,)),
    ("住宅用電1,001度以上(排除身障家庭)，電價將調漲9%。", (1001,), (9,)),
    ("住宅每月用電700度以上調漲3%，逾1,000度調幅達10%。", (700, 1000), (3, 10)),
    ("台電說明，住宅用電僅調1000度以上，有1290萬戶用戶不受影響。", (1000,), (12900000,)),
])
def test_a_tariff_tier_named_by_its_users_is_a_label(text: str, bounds: tuple, kept: tuple) -> None:
    values = [f["value"] for f in _facts(text)]
    assert not any(v in values for v in bounds)
    assert all(v in values for v in kept)


def test_a_use_measured_above_a_bound_stays_a_figure() -> None:
    assert any(f["value"] == 1000 for f in _facts("全市居民用电量1000度以上。"))


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("集装箱吞吐量排名全球前三分别是上海港、新加坡港、宁波舟山港。", "前三", 3),
    ("机构公布2021年集装箱吞吐量排名前30港口榜单，中国占据10个席位。", "前30", 30),
    ("该市地区生产总值排名全省前5的区县有4个。", "前5", 5),
])
def test_top_places_after_a_ranking_verb_are_a_rank(text: str, surface: str, value: int) -> None:
    f = next(f for f in extract(text, date="2025-11-13") if f["surface"] == surface)
    assert (f["kind"], f["value"]) == ("rank", value)


@pytest.mark.parametrize("text", [
    "该省排名前两个月的数据显示增长。",
    "投票排名前三位嘉宾将获奖。",
])
def test_a_ranking_verb_before_a_span_or_a_person_reads_no_bare_top(text: str) -> None:
    assert not any(f["kind"] == "rank" and f.get("unit") is None for f in extract(text, date="2025-11-13"))


@pytest.mark.parametrize(("text", "surface", "value", "high"), [
    ("只要11、12月兩個月合計訂單金額804億美元即可刷新紀錄。", "11、12月", "2025-11", "2025-12"),
    ("他估計約5、6月金價可望達到每盎司5,000美元。", "5、6月", "2025-05", "2025-06"),
    ("1、2月份，全国规模以上工业增加值同比增长7%。", "1、2月份", "2025-01", "2025-02"),
    ("分月份看，三、四月份单月完成投资约6亿元。", "三、四月份", "2025-03", "2025-04"),
])
def test_two_months_in_a_row_are_one_date(text: str, surface: str, value: str, high: str) -> None:
    f = next(f for f in extract(text, date="2025-11-13") if f["kind"] == "date" and f["surface"] == surface)
    assert (f["value"], f["value_high"]) == (value, high)
    assert not any(f["kind"] == "quantity" for f in extract(text, date="2025-11-13"))


@pytest.mark.parametrize("text", [
    "企业所得税在利润回暖带动下，9、10月份分别增长3.3%、0.6%。",
    "1、3月份数据均有回落。",
])
def test_months_told_apart_are_no_span(text: str) -> None:
    assert not any(f["kind"] == "date" and f.get("value_high") for f in extract(text, date="2025-11-13"))


@pytest.mark.parametrize(("text", "value"), [
    ("出口連續26個月正成長，追平史上第二長的連續上升紀錄。", 2),
    ("景氣燈號連續亮紅燈，追平了歷史第2長紅記錄。", 2),
])
def test_an_ordinal_before_a_length_superlative_is_a_rank(text: str, value: int) -> None:
    assert any(f["kind"] == "rank" and f["value"] == value for f in extract(text, date="2025-11-13"))


@pytest.mark.parametrize("text", ["南京第二长江大桥今天通车。", "这是第一长期目标。"])
def test_an_ordinal_before_a_name_opening_with_long_is_no_rank(text: str) -> None:
    assert not any(f["kind"] == "rank" for f in extract(text, date="2025-11-13"))
