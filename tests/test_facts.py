"""The fact extractor: figures of the seed page, formats, traps and invariants."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.facts import article_facts, extract
from store.facts.kinds import KINDS

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "assets" / "sources" / "000_d50660e1f1101acb.txt"
EXPECTED = ROOT / "tests" / "fixtures" / "seed_facts_expected.json"


def one(text: str, surface: str, **kw: object) -> dict:
    """The single fact whose surface contains `surface`."""
    facts = [f for f in extract(text, year=kw.pop("year", 2025)) if surface in f["surface"]]  # type: ignore[arg-type]
    assert len(facts) == 1, (surface, [f["surface"] for f in extract(text)])
    return facts[0]


# --- seed page -----------------------------------------------------------------

def _seed_paragraphs() -> list[str]:
    raw = SEED.read_text(encoding="utf-8")
    paras = [p.strip().lstrip("#").strip() for p in re.split(r"\n\s*\n", raw)]
    return [p for p in paras if re.search(r"[0-9一二三四五六七八九十两百千万亿]", p)]


def test_seed_page_facts_match_hand_checked_fixture() -> None:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    paras = _seed_paragraphs()
    assert [p[:30] for p in paras] == [e["paragraph"] for e in expected["paragraphs"]]
    for para, exp in zip(paras, expected["paragraphs"], strict=True):
        got = [{k: f[k] for k in ("surface", "kind", "value", "value_high", "unit", "qualifier")}
               for f in extract(para, year=expected["year"])]
        assert got == exp["facts"], para[:30]


SEED_SUBJECTS = [
    ("本次活动总签约项目159个,合同金额超千亿元", "159个", "签约项目"),
    ("本次活动总签约项目159个,合同金额超千亿元", "超千亿元", "合同金额"),
    ("重庆新能源汽车产量从2020年的4.3万辆飙升至2024年的95.3万辆,四年增长22.2倍", "4.3万辆", "新能源汽车产量"),
    ("重庆新能源汽车产量从2020年的4.3万辆飙升至2024年的95.3万辆,四年增长22.2倍", "95.3万辆", "新能源汽车产量"),
    ("已累计返还群众被骗资金高达17.8亿元", "17.8亿元", "资金"),
    ("目前已集聚19家整车企业、1200余家规上零部件企业", "1200余家", "零部件企业"),
    ("今年前三季度,该产业集群增加值增长5.7%", "5.7%", "增加值"),
    ("已成功打掉49个飙车团伙", "49个", "飙车团伙"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), SEED_SUBJECTS)
def test_subject_is_the_measured_phrase(text: str, surface: str, subject: str) -> None:
    assert subject in (one(text, surface)["subject"] or "")


def test_periods_follow_the_year_each_figure_refers_to() -> None:
    text = "重庆新能源汽车产量从2020年的4.3万辆飙升至2024年的95.3万辆"
    assert one(text, "4.3万辆")["period"] == "2020"
    assert one(text, "95.3万辆")["period"] == "2024"
    assert one("数据显示,今年前三季度,该产业集群增加值增长5.7%", "5.7%")["period"] == "2025Q1-Q3"


def test_change_words_mark_changes_not_levels() -> None:
    text = "今年以来全市“飙车炸街”警情、舆情同比分别下降8.6%、7.2%。"
    assert one(text, "8.6%")["change"] == "down"
    assert one(text, "7.2%")["change"] == "down"
    assert one("全市汽车总产量同步跃升至254万辆", "254万辆")["change"] is None
    assert one("四年增长22.2倍", "22.2倍")["change"] == "up"


def test_clause_is_the_clause_the_figure_stands_in() -> None:
    f = one("本次活动总签约项目159个,合同金额超千亿元,涵盖多个领域", "超千亿元")
    assert f["clause"] == "合同金额超千亿元"


# --- formats from the spec --------------------------------------------------------

FORMATS = [
    # text, surface-part, kind, value, unit, qualifier
    ("返还资金17.8亿元", "17.8亿元", "money", 1.78e9, "元", None),
    ("合同金额超千亿元", "千亿元", "money", 1e11, "元", "超"),
    ("工业总产值超2.7万亿元", "2.7万亿元", "money", 2.7e12, "元", "超"),
    ("首期投资35亿 大型项目落户", "35亿", "money", 3.5e9, "元", None),
    ("项目首次投入人民币35亿元", "35亿元", "money", 3.5e9, "元", None),
    ("赔偿1,434,321元", "1,434,321元", "money", 1434321, "元", None),
    ("总投资三千五百万元", "三千五百万元", "money", 3.5e7, "元", None),
    ("融资1200亿美元", "1200亿美元", "money", 1.2e11, "美元", None),
    ("签约项目159个", "159个", "count", 159, "个", None),
    ("1200余家规上企业", "1200余家", "count", 1200, "家", "余"),
    ("违法行为8000余起", "8000余起", "count", 8000, "起", "余"),
    ("建立6.3万多个最小应急单元", "6.3万多个", "count", 63000, "个", "多"),
    ("统筹27万名社会力量", "27万名", "count", 270000, "名", None),
    ("3200万人口带来广阔市场", "3200万人口", "count", 3.2e7, "人口", None),
    ("二十多家高校共同发起", "二十多家", "count", 20, "家", "多"),
    ("部署两批项目", "两批", "count", 2, "批", None),
    ("贡献率达66.7%", "66.7%", "percent", 66.7, "%", None),     # 达 bounds nothing: no qualifier
    ("安全感保持在98%以上", "98%以上", "percent", 98, "%", "以上"),
    ("占比百分之三十", "百分之三十", "percent", 30, "%", None),
    ("失业率下降2.3个百分点", "2.3个百分点", "points", 2.3, "个百分点", None),
    ("良品率达９７．８１％", "９７．８１％", "percent", 97.81, "%", None),
    ("四年增长22.2倍", "22.2倍", "multiple", 22.2, "倍", None),
    ("住房均价约为京沪的1/5", "1/5", "percent", 20, "%", "约"),           # a share: percent (gold README); 约为…的: about (the seed's label)
    ("占总量的三分之一", "三分之一", "percent", 100 / 3, "%", None),
    ("产量超过二十五千克", "二十五千克", "quantity", 25, "千克", "超过"),
    ("产量300万吨", "300万吨", "quantity", 3e6, "吨", None),
    ("稳居全国第三", "全国第三", "rank", 3, None, None),
    ("制造业相关指数均居西部第一", "西部第一", "rank", 1, None, None),
    ("11月25日举行", "11月25日", "date", "2025-11-25", None, None),
    ("2024年11月25日举行", "2024年11月25日", "date", "2024-11-25", None, None),
    ("力争2027年产业规模突破", "2027年", "year", 2027, "年", None),
    ("连续13年重特大交通事故零发生", "13年", "duration", 13, "年", None),
    ("过境免签延长至240小时", "240小时", "duration", 240, "小时", None),
    ("今年前三季度增长", "前三季度", "duration", 3, "季度", None),
    ("中标金额约4.287亿美元", "4.287亿美元", "money", 428_700_000, "美元", "约"),
    ("约合182亿元人民币", "182亿元人民币", "money", 18_200_000_000, "元", "约"),
    ("出入境超過1150萬人次", "超過1150萬人次", "count", 11_500_000, "人次", "超过"),
    ("九成以上的受访者", "九成以上", "percent", 90, "%", "以上"),
    ("一吨半", "一吨半", "quantity", 1.5, "吨", None),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value", "unit", "qualifier"), FORMATS)
def test_reads_figure_formats(text: str, surface: str, kind: str, value: object, unit: str | None,
                              qualifier: str | None) -> None:
    f = one(text, surface)
    assert f["kind"] == kind
    if isinstance(value, float):
        assert f["value"] == pytest.approx(value, rel=1e-9)
    else:
        assert f["value"] == value
    assert f["unit"] == unit
    assert f["qualifier"] == qualifier


RANGES = [
    ("投资成本仅为60~70%", "60~70%", 60, 70, "%"),
    ("利率区间为5.48%—14.2%", "5.48%—14.2%", 5.48, 14.2, "%"),
    ("周期3至5年", "3至5年", 3, 5, "年"),
    ("两到三万港元", "两到三万港元", 20000, 30000, "港元"),
    ("1万元--5万元", "1万元--5万元", 10000, 50000, "元"),
    ("一千到两千万元人民币", "一千到两千万元", 10_000_000, 20_000_000, "元"),
    ("年薪在1万-5万元之间", "1万-5万元", 10000, 50000, "元"),
    ("利差收窄20至30个基点", "20至30个基点", 0.2, 0.3, "个基点"),
]
RANGE_KINDS = {"%": "percent", "年": "duration", "港元": "money", "元": "money", "元人民币": "money",
               "个基点": "points"}


@pytest.mark.parametrize(("text", "surface", "low", "high", "unit"), RANGES)
def test_ranges_keep_the_kind_of_their_unit_with_both_ends(text: str, surface: str, low: float, high: float,
                                                         unit: str) -> None:
    f = one(text, surface)
    assert (f["kind"], f["value"], f["value_high"], f["unit"]) == (RANGE_KINDS[unit], low, high, unit)


def test_date_without_a_known_year_has_no_value() -> None:
    assert one("11月25日举行", "11月25日", year=None)["value"] is None     # ISO or nothing


# --- traps ---------------------------------------------------------------------------

TRAPS = [
    ("重庆将该产业置于“33618”现代制造业集群体系“头号位置”", "33618"),
    ("435项公安政务服务实现“一网通办”", "一网通办"),
    ("推出“新生儿一件事”", "一件事"),
    ("为企业提供“一对一”质量技术指导", "一对一"),
    ("作为全国首个“五型”国家物流枢纽", "五型"),
    ("通过“四侧”协同与“四链”融合构建完备生态", "四链"),
    ("“车路云一体化”试点", "一体化"),
    ("新一代电子信息产业专题对接活动", "一代"),
    ("重点打造四大产业集群", "四大"),
    ("首期投资", "首期"),
    ("1200余家规上零部件企业", "零部件"),
    ("问界M8/M9蝉联细分市场销冠", "M8"),
    ("问界M8/M9蝉联细分市场销冠", "M9"),
    ("贵州茅台(600519)股价", "600519"),
    ("请拨打电话023-63901234咨询", "63901234"),
    ("上游财经-重庆晨报记者 郑三波", "三"),
    ("我家在四川", "四"),
    ("一切都好", "一"),
    ("我一看你就笑", "一"),
    ("“十五五”期间重点打造四大产业集群", "十五五"),
    ("以航天农业深度赋能一二三产业", "一二三"),
    ("创新与基建双轮驱动", "双轮"),
    ("打造“三轮”驱动引擎", "三轮"),
    ("“百万人才兴重庆”年办500场以上活动", "百万"),
    ("千里科技自研智驾系统", "千里"),
    ("一批院企合作实验室揭牌", "一批"),
    ("一个最直接的成果是", "一个"),
    ("向万亿级高地迈进", "万亿"),
    ("90后创业者", "90"),
    ("十三五规划期间获得了投资", "十三五"),
    ("学习贯彻党的二十大精神", "二十大"),
    ("二十届三中全会精神", "二十届"),
    ("5G基站", "5"),
    ("2.2本计划投资", "2.2"),
    ("小明拾起石子", "拾"),
]


@pytest.mark.parametrize(("text", "trap"), TRAPS)
def test_numerals_in_names_and_words_are_not_facts(text: str, trap: str) -> None:
    i = text.index(trap)
    span = (i, i + len(trap))
    hits = [f for f in extract(text) if f["start"] < span[1] and f["end"] > span[0]]
    assert hits == []


def test_trap_sentence_keeps_its_real_figures() -> None:
    facts = extract("“百万人才兴重庆”年办500场以上活动,2024年引才8.4万人")
    assert [f["surface"] for f in facts] == ["500场以上", "2024年", "8.4万人"]


# --- invariants -------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_and_surfaces_match_offsets(text: str) -> None:
    for f in extract(text):
        assert text[f["start"]:f["end"]] == f["surface"]


NUMBERISH = st.text(alphabet="0123456789.,，、%％万亿千百十一二两三四五六七八九零〇元个年月日第超余多约-~至到分之倍", max_size=40)


@settings(max_examples=200, deadline=None)
@given(NUMBERISH)
def test_numberish_text_never_raises(text: str) -> None:
    for f in extract(text, year=2025):
        assert text[f["start"]:f["end"]] == f["surface"]
        assert f["kind"] in KINDS


def test_article_facts_assigns_ids_sections_and_year() -> None:
    body = "开头说明。\n\n## 第一节\n\n签约项目159个。\n\n11月25日举行。"
    body = body.replace("## ", "")
    head = body.index("第一节")
    art = {"id": "a1", "title": "返还资金17.8亿元", "body": body, "date": "2025-11-27",
           "sections": [{"heading": "第一节", "start": head}]}
    facts = article_facts(art)
    title = [f for f in facts if f["where"] == "title"]
    assert [f["surface"] for f in title] == ["17.8亿元"]
    assert title[0]["section"] is None
    assert title[0]["id"] == f"a1:title:{title[0]['start']}"
    body_facts = {f["surface"]: f for f in facts if f["where"] == "body"}
    assert body_facts["159个"]["section"] == "第一节"
    assert body_facts["11月25日"]["value"] == "2025-11-25"
    for f in facts:
        text = art[f["where"]]
        assert text[f["start"]:f["end"]] == f["surface"]
        assert f["article_id"] == "a1"
