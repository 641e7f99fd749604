"""Subject forms a fresh sample (sealed37) showed misread, each as its class (sentences written for the tests).

- **A level told at a base's time is the level compared:** `相比昨日的69元`, `相較休市前的1450噸`, `較休市前43.9元` — the
  same indicator at the base's time, so the compared figure's subject, not the comparator or the time word.
- **A move told against a time whose words were read as its name:** `較前一年僅微幅進步1.1%` → the indicator compared.
- **A price's denominator of so much of a good:** `蔬菜每公斤批發價格` → 蔬菜批發價格 (the unit 元/公斤 carries the per);
  a per-area yield (`每亩产量`) and a per-head income keep theirs.
- **A damage told item by item:** `其中屏東縣最慘重,損失3,685萬`, `其次為芭樂,損失2097萬元` — the item, not 損失.
- **A report's verb inside a subject:** `鴻海今日公告2月營收` → 鴻海營收; a term the verb leads (`公告發行額`) and a
  launch (`新品发布活动`) keep it.
- **A week's tally or a gap told after the level:** `…;全周计累升3.5%`, `現時相差2.67點` — the indicator told before.
- **A count inside a frame of industries or projects:** `16个基础设施行业中,10个行业实现增长` → 行业, not 实现增长;
  product frames (the sets disagree) are left.
- **A figure a decision fixed names the heading:** `7年期普通公司債:…,最後決議以利率1.31%發行新台幣29億元` → the bond.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-08-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _subject(text: str, surface: str) -> str | None:
    return next(f for f in _facts(text) if f["surface"] == surface)["subject"]


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("高麗菜每公斤平均價格為28.4元，相比昨日的31元下降。", "31元", "高麗菜平均價格"),
    ("北農今日蔬菜到貨量約為2100噸，相較休市前的1720噸，增加380噸。", "1720噸", "北農蔬菜到貨量"),
    ("果菜批發市場水果批發平均價格39.5元，較休市前41.2元微幅下跌1.7元。", "41.2元", "果菜批發市場水果批發平均價格"),
])
def test_a_level_at_the_base_time_is_the_compared_one(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_move_against_a_time_is_the_compared_ones() -> None:
    text = "2019年的能源密集度為5.02公升油當量/千元,較前一年僅微幅進步2.7%。"
    assert _subject(text, "2.7%") == "能源密集度"


def test_a_named_comparand_keeps_its_name() -> None:
    assert _subject("今年出口達一八八一億美元，較預測數一七二三億美元為高。", "一七二三億美元") == "出口預測數"
    assert _subject("全市生产总值增长8.1%,比全省(7.4%)高0.7个百分点。", "7.4%") != "全市生产总值"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("蔬菜每公斤批發價格為58.2元。", "58.2元", "蔬菜批發價格"),
    ("蛋商公會決議，每台斤批發價漲至48元。", "48元", "批發價"),
])
def test_a_weight_denominator_is_no_part_of_a_price(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_per_area_yield_keeps_its_denominator() -> None:
    assert _subject("全县粮食每亩产量达到412公斤。", "412公斤") == "全县粮食每亩产量"


def test_a_damage_item_by_item_names_the_item() -> None:
    text = ("農業部統計,農業損失共計8,215萬元,其中雲林縣最慘重,損失2,310萬元;至於農產品,則是木瓜受損最嚴重,"
            "損失1,872萬元,其次為番茄,損失965萬元;畜牧設施主要因強風遭毀,損失120萬元。")
    assert [f["subject"] for f in _facts(text)] == ["農業損失", "雲林縣", "木瓜", "番茄", "畜牧設施"]


def test_a_report_verb_inside_a_subject_is_cut() -> None:
    text = "仁寶（2324）今日公告3月營收為1520億元，月增12.4%。"
    assert [f["subject"] for f in _facts(text)] == ["仁寶營收", "仁寶營收"]


def test_a_term_led_by_the_verb_keeps_it() -> None:
    assert _subject("(三)公告發行額:新臺幣300億元。", "300億元") == "公告發行額"
    assert _subject("央行指出,交易商競標部份的公告發行額為300億元。", "300億元") == "交易商競標部份的公告發行額"


@pytest.mark.parametrize("subject", ["新品发布活动", "时装发布", "首次对外公布", "国有大行公告"])
def test_a_launch_or_a_bare_verb_is_no_report(subject: str) -> None:
    from store.facts.subject_report_verbs import settle_report_verbs
    facts = [{"subject": subject, "kind": "count", "start": 0, "end": 2}]
    settle_report_verbs(facts)
    assert facts[0]["subject"] == subject


def test_a_decided_figure_names_the_heading() -> None:
    text = ("3年期普通公司債:參與競價投標者共計11家,參與競價總金額88億元,最後決議以利率1.18%發行新台幣36億元,"
            "採固定利率計息。")
    assert [f["subject"] for f in _facts(text)] == ["參與競價投標者", "參與競價總金額", "3年期普通公司債", "3年期普通公司債"]


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("布兰特3月期油价升1.92美元或2.5%,至80.14美元;全周计累升3.9%。", "3.9%", "布兰特3月期油价"),
    ("恒指全日收報19,215點，較上日升1.2%，全周計累升2.8%。", "2.8%", "恒指"),
])
def test_a_week_tally_takes_the_indicator_before(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("12个交通运输行业中,9个实现增长。", "9个", "行业"),
    ("8个新开工项目中,5个已开工建设。", "5个", "新开工项目"),
])
def test_a_count_in_a_frame_names_its_items(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_product_frame_is_left() -> None:
    assert _subject("60种主要轻工产品中，28种实现产量增长。", "28种") == "实现产量增长"
