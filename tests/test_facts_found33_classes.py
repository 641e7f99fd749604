"""Classes read from the bulk corpus and the tuning sets (found33), each as its class (sentences written for the tests).

- **Found:** the place of a streak after 连续 is a rank in its own measure, as `连续第二年` already was: the day, the
  week, the trading or working day (`连续第12天发动打击`, `连续第四周维持在785元/吨`,
  `連續第8週成長`, `连续第3个交易日下跌`); a `第二天` without 连续 stays the next day. A ranking's top places closing
  the clause after the verb that places the figure (`连续十年位列全球前三`, `稳居全省前3，`, `首次进入全球前十。`) are a
  rank N with no unit, as `排在前10的` already was; its subject is what is placed, without the verb, the ranking's
  scope or the streak (`对外直接投资流量`), as `位居全国前5位` now reads too.
- **Junk:** a race named by its distance is a label, not a length (the convention's `4×100米`): after 男、女 or a
  group with the races listed after it (`男、女100米金牌`, `男子组100米、200米、500米`), before a result or a round
  (`1500米比赛金牌`, `400米直道赛`, `100米冠军`), in a list of races that ends in one (`100米、200米和500米直道赛`,
  `100米、200米、500米三项冠军`), and in 公里 as in 米 (`4×6公里接力`, `男子5公里`). A sport named by its count of
  disciplines (`冬季两项`, `北欧两项`, `铁人三项`, `游跑两项`) counts nothing. A ship's size in tonnes, boxes or cubic
  metres right before the ship names its class (`21万吨氨燃料散货船`, `2.4万标箱超大型集装箱船`, `18万立方米LNG运输船`), as
  `30万吨级油轮` and `4万载重吨散装新船` do, unless told of a named ship (`…号为53000吨商船`, as sealed19 labels it); a
  water quality class told as a level (`水质从五类提升至三类`, `水质连续4年保持二类`) is the grade's name, as `三类水` is;
  the count or the place of the ships made measures the ship past that size (`建造的第3艘6000标箱集装箱船`: 集装箱船);
  a cargo (`装有2万吨化肥的船只`) stays a figure, as does a distance measured
  (`隧道长2177米`, `离岸70公里`).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-06-01") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("据报道，美军连续第12天对该国目标发动空袭。", "第12天", 12, "天"),
    ("受利空影响，纽约股市三大股指连续第二天下跌。", "第二天", 2, "天"),
    ("秦皇岛动力煤价格连续第四周维持在785元/吨。", "第四周", 4, "周"),
    ("受需求回落影响，海运费连续第七周下跌。", "第七周", 7, "周"),
    ("外銷訂單連續第8週成長。", "第8週", 8, "周"),
    ("沪深两市主要指数连续第3个交易日下跌。", "第3个交易日", 3, "个交易日"),
])
def test_the_place_of_a_streak_is_a_rank_in_its_measure(text: str, surface: str, value: int, unit: str) -> None:
    f = next(f for f in _facts(text) if f["surface"] == surface)
    assert (f["kind"], f["value"], f["unit"]) == ("rank", value, unit)


def test_the_next_day_without_a_streak_is_no_rank() -> None:
    assert not [f for f in _facts("会议结束后的第二天，代表们赴各地考察。") if f["kind"] == "rank"]


@pytest.mark.parametrize("text", [
    "龙舟赛第二天，中国队夺得男、女100米直道赛两项冠军。",
    "比赛在100米、200米和500米直道赛三个项目上展开角逐。",
    "传统强队包揽100米、200米、500米三项冠军。",
    "速度滑冰赛场上，两名选手分别获得男、女1500米比赛金牌。",
    "在冬季两项女子4×6公里接力比赛中，中国队夺得金牌。",
    "他在公开水域游泳男子5公里比赛中夺冠。",
    "她在青年组女子组200米比赛中获得第四。",
    "他们夺得青少年男子组100米、200米、500米三项冠军。",
    "田径赛场今天产生了女子跳远、男女400米等多项冠军。",
])
def test_a_race_named_by_its_distance_is_no_length(text: str) -> None:
    assert not [f for f in _facts(text) if f["unit"] in ("米", "公里")]


@pytest.mark.parametrize("text", [
    "中国选手在冬季两项比赛中夺得8枚金牌。",
    "公开水域游泳和铁人三项赛事将在河道中举行。",
    "中国队夺得游跑两项混合接力金牌。",
])
def test_a_sport_named_by_its_disciplines_counts_nothing(text: str) -> None:
    assert not [f for f in _facts(text) if f["unit"] == "项"]


@pytest.mark.parametrize(("text", "surface"), [
    ("该隧道全长2177米，平均海拔3493米。", "2177米"),
    ("风电场位于离岸70公里、最深56米的海域。", "70公里"),
    ("运动员每天训练要跑完10公里。", "10公里"),
])
def test_a_distance_measured_stays_a_figure(text: str, surface: str) -> None:
    assert any(f["surface"] == surface for f in _facts(text))


@pytest.mark.parametrize(("text", "surface", "value", "subject"), [
    ("我国对外直接投资流量连续十年位列全球前三。", "前三", 3, "对外直接投资流量"),
    ("该县工业投资增速连续8个月稳居全市前3，新兴产业增长较快。", "前3", 3, "该县工业投资增速"),
    ("我国创新指数排名首次进入全球前十。", "前十", 10, "创新指数排名"),
    ("四川进出口增速位居全国前5位。", "前5位", 5, "四川进出口增速"),
])
def test_the_top_places_closing_a_clause_are_a_rank_of_what_is_placed(text: str, surface: str, value: int,
                                                                      subject: str) -> None:
    f = next(f for f in _facts(text) if f["surface"] == surface)
    assert (f["kind"], f["value"], f["subject"]) == ("rank", value, subject)


def test_the_first_months_after_a_verb_stay_a_span() -> None:
    assert [f["kind"] for f in _facts("考核进入前三个月的观察期。")] == ["duration"]


@pytest.mark.parametrize("text", [
    "全球第一艘21万吨氨燃料散货船正在船厂加紧建造。",
    "我国自主研发建造的11.5万吨成品油轮正式交付用户。",
    "全球最大的2.4万标箱超大型集装箱船成功交付。",
    "全国最大18万立方米LNG运输船顺利完工。",
])
def test_a_ships_size_before_the_ship_names_its_class(text: str) -> None:
    assert not [f for f in _facts(text) if f["kind"] == "quantity"]


@pytest.mark.parametrize(("text", "surface"), [
    ("一艘装有2万吨化肥的船只已被放行。", "2万吨"),
    ("港口货物吞吐量完成14.8亿吨，同比增长7.3%。", "14.8亿吨"),
])
def test_a_cargo_or_a_throughput_stays_a_figure(text: str, surface: str) -> None:
    assert any(f["surface"] == surface for f in _facts(text))


@pytest.mark.parametrize(("text", "kept"), [
    ("经人工湿地净化后，农田退水水质从五类提升至三类。", []),
    ("黄河干流山东段水质连续4年保持二类。", ["4年"]),
    ("水质监测涉及五类指标。", ["五类"]),
    ("据报道，该船号为53000吨商船，悬挂巴拿马国旗。", ["53000吨"]),
])
def test_a_water_class_is_a_grade_and_a_ship_told_of_keeps_its_size(text: str, kept: list[str]) -> None:
    assert [f["surface"] for f in _facts(text)] == kept


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("在青岛，为比利时建造的第3艘6000标箱集装箱船正式交付离港。", "第3艘", "集装箱船"),
    ("船厂自主建造的2艘21万吨散货船今天交付。", "2艘", "散货船"),
])
def test_a_ship_made_is_what_its_count_or_place_measures_past_its_size(text: str, surface: str,
                                                                       subject: str) -> None:
    assert next(f for f in _facts(text) if f["surface"] == surface)["subject"] == subject
