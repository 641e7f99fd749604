"""The noun a count measures (cnt35): a count written before its noun measures that noun, as whole words — not
the clause that goes on after it, not the indicator told of it, not a piece of it (sentences written for the tests;
tests/gold/README.md "The noun a count measures (cnt35)").

- **Words that close it:** how, when or where to the counted things act (全部, 现场, 竞相, 先后, 前来, 一起, 之一, 每年 …:
  jieba reads most as nouns, numerals or time words, so the verb cut did not see them) end the noun;
  names holding a numeral or a time word (三八红旗集体, 长征十号, 比赛大项) keep theirs.
- **An indicator told of them:** `35个行业增加值同比增长`, `22种蔬菜价格下降` count the industries and the vegetables
  (as the sets label them); a noun a count counts itself (`960万贫困人口`, `5个分类指数`) stays whole.
- **Times an act was done** (次, 轮, 场, 批): the act is named by its verb (`两次导弹打击`, `75场洽谈推介活动`,
  `五批被扣押人员交换`), not cut at it; 人次, 辆次 are units of their own.
- **A verb's object** (`提出21条具体举措`, `开工120个水系综合治理工程`): a verb inside the noun that one or two head
  words follow qualifies them (保护治理|工程, 来华|政策措施); a one-character verb or a verb with a whole object after it
  is the clause's (`为3000户农户提供风险保障`); not after a verb whose object acts in turn (带动, 推动, 组织, 共有 …).
- **A second noun with a count of its own** (`三条精品线路和多项便利化措施`) is not joined to the first.

Every spec fails on main at 3498f058 but the two `test_guard_…` tests, which hold what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subject(text: str, surface: str) -> str | None:
    return next(f for f in extract(text, date="2025-11-13") if f["surface"].startswith(surface)).get("subject")


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("全省126个脱贫村全部完成道路硬化。", "126个", "脱贫村"),
    ("大会期间，30多家企业现场签订合作协议。", "30多家", "企业"),
    ("在湖北武汉，5万株樱花竞相开放，吸引游客。", "5万株", "樱花"),
    ("这座水库是全省规模最大的12座水库之一。", "12座", "水库"),
    ("会上，8位嘉宾先后作主旨发言。", "8位", "嘉宾"),
    ("节日期间，上万名市民前来观看灯会。", "上万名", "市民"),
    ("当晚，2000多名观众一起观看了演出。", "2000多名", "观众"),
    ("該市15個公園全部免費開放。", "15個", "公園"),
])
def test_a_word_of_how_or_when_closes_the_counted_noun(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("大会表彰了20名全国三八红旗手和15个全国三八红旗集体。", "15个", "全国三八红旗集体"),
    ("本届运动会共设置28个比赛大项。", "28个", "比赛大项"),
])
def test_guard_a_name_keeps_its_numeral_word(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("前三季度，全市28个行业增加值同比增长。", "28个", "行业"),
    ("监测的40种蔬菜中，18种蔬菜价格下降。", "18种", "蔬菜"),
    ("全年共有6个港口吞吐量突破亿吨。", "6个", "港口"),
])
def test_an_indicator_told_of_the_counted_things_is_not_counted(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("当天，防空部队击退了三次无人机袭击。", "三次", "无人机袭击"),
    ("展会期间举办了40场投资推介活动。", "40场", "投资推介活动"),
    ("双方此前已进行了四批被扣押人员交换。", "四批", "被扣押人员交换"),
    ("中心全年完成15次海上搜救任务。", "15次", "海上搜救任务"),
])
def test_times_an_act_was_done_are_named_by_the_act(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("意见提出25条具体举措，支持企业发展。", "25条", "具体举措"),
    ("全省今年计划开工120个水系保护治理工程。", "120个", "水系保护治理工程"),
    ("近年来，当地先后出台30余项便利外籍人员来华政策措施。", "30余项", "便利外籍人员来华政策措施"),
])
def test_a_verb_inside_an_objects_noun_is_the_nouns(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("项目建成后可带动3000多户农户增收。", "3000多户", "农户"),
    ("该县累计为2万户农户提供风险保障。", "2万户", "农户"),
    ("全年共有960万贫困人口脱贫。", "960万", "贫困人口"),
    ("在构成指数的5个分类指数中，3个高于临界点。", "5个", "分类指数"),
    ("全年录得超过3,000萬旅客來澳。", "超过", "旅客"),
])
def test_guard_a_clause_after_the_count_stays_out(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_second_noun_with_its_own_count_is_not_joined() -> None:
    text = "当地发布两条精品旅游线路和多项入境游便利化措施。"
    assert _subject(text, "两条") == "精品旅游线路"
