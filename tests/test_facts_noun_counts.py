"""Counts whose counted noun follows the numeral with no measure word (tests/gold/README.md, sealed2 and
sealed7): `两国` is a count of 2 国 wherever it stands, with no subject, period or change, the pair named right
before it (`中美两国`) or not, as every 两国 the tuning sets label reads; `等9地` counts nine places;
`近两期` the last two issues of a weekly index.  Names stay names: `两国方案`, `249地震队`, `七国集团`."""

from __future__ import annotations

import pytest

from store.facts import extract


def _by_surface(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2022-11-16")}


@pytest.mark.parametrize("text", [
    "国家主席习近平同卢森堡大公亨利互致贺电，庆祝两国建交50周年。",
    "相信两国将以庆祝建交50周年为契机，全面拓展友好交往与务实合作。",
    "更好保障两国民众安全。",
    "两国将分别对超过95%的税目逐步各自取消关税。",
    "兩國貿易額按年增長12%。",
    "加强两国人民相互理解和人文交流。",
    "双方在会谈中就两国关系交换意见。",
    "和平、友好、合作是两国唯一正确选择。",       # items that are no places: no list, still the two parties
    "中美两国元首通话。",
    "中俄兩國貿易額按年增長12%。",
    "中国和老挝两国签署合作文件。",
    "伊朗和巴基斯坦两国大使已返回岗位。",
    "近年来，中哈命运共同体成色更足，有力提升了两国人民的获得感。",   # the people's gain: the pair never moves
])
def test_two_countries_are_a_count_of_two_with_no_subject_period_or_change(text: str) -> None:
    got = [f for f in extract(text, date="2022-11-16") if f["surface"] in ("两国", "兩國")]
    assert got, text
    for f in got:
        assert (f["kind"], f["value"], f["unit"]) == ("count", 2, "国")
        assert (f["subject"], f["period"], f["change"]) == (None, None, None), f


@pytest.mark.parametrize("text", ["中越两党两国关系发展良好。", "美国两党之间的斗争将加剧。", "為推動國共兩黨關係發展。"])
def test_two_parties_are_a_count_of_two_as_two_countries_are(text: str) -> None:
    got = [f for f in extract(text) if f["surface"] in ("两党", "兩黨")]
    assert [(f["kind"], f["value"], f["unit"], f["subject"]) for f in got] == [("count", 2, "党", None)]


def test_the_two_party_system_is_no_count() -> None:
    assert not [f for f in extract("美国实行两党制。") if f["unit"] == "党"]


def test_each_two_countries_of_a_sentence_is_counted() -> None:
    got = [f for f in extract("事实充分证明，中哥关系发展符合两国和两国人民根本利益。") if f["surface"] == "两国"]
    assert len(got) == 2 and not any(f["subject"] for f in got)


def test_a_figure_beside_two_countries_keeps_its_own_reading() -> None:
    got = _by_surface("两国将分别对超过95%的税目逐步各自取消关税。")
    assert (got["超过95%"]["kind"], got["超过95%"]["value"]) == ("percent", 95)


@pytest.mark.parametrize("text", [
    "推动落实“两国方案”，实现巴以和平共处。",
    "批判“两国论”的分裂图谋。",
    "七国集团峰会在德国举行。",
    "中亚五国的30名议员参加研讨班。",    # a group's name (heldback's trap)
])
def test_named_groups_and_doctrines_are_no_counts(text: str) -> None:
    units = {f["unit"] for f in extract(text)}
    assert "国" not in units


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("我国已允许在北京、天津、上海、南京等9地进行外商独资医院试点。", "9地", 9),
    ("北京、上海、海南、深圳4地启动增值电信业务开放试点。", "4地", 4),
    ("天津、河北、山西等12地入选。", "12地", 12),
    ("在东部和西部8地开建国家算力枢纽节点。", "8地", 8),
])
def test_places_counted_with_arabic_digits_are_counts(text: str, surface: str, value: int) -> None:
    f = _by_surface(text)[surface]
    assert (f["kind"], f["value"], f["unit"]) == ("count", value, "地")


@pytest.mark.parametrize("text", [
    "东方物探249地震队挺进沙漠腹地。",
    "该区域共有3地块挂牌出让。",
    "２０１０地球一小时活动。",
    "途经烟台、青岛、日照、潍坊、临沂5地市。",        # 地市 is its own unit
])
def test_di_starting_a_word_is_no_count_of_places(text: str) -> None:
    assert all(f["unit"] != "地" for f in extract(text))


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("动力煤综合平均价格由前期的迅猛上涨转变为近两期的平稳上涨。", "两期", 2),
    ("环渤海动力煤价格指数近3期以来持续上涨。", "3期", 3),
    ("该指数近四期均小幅回落。", "四期", 4),
])
def test_the_last_issues_of_an_index_are_a_span(text: str, surface: str, value: int) -> None:
    f = _by_surface(text)[surface]
    assert (f["kind"], f["value"], f["unit"], f["qualifier"]) == ("duration", value, "期", "近")


def test_a_project_phase_is_no_span_of_issues() -> None:
    assert all(f["unit"] != "期" for f in extract("近三期工程已全部完工。"))


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("以今年两国建交50周年为契机。", "50周年", "两国建交"),
    ("兩國貿易額按年增長12%。", "12%", "兩國貿易額"),
])
def test_a_phrase_after_two_countries_still_reads_over_it(text: str, surface: str, subject: str) -> None:
    assert _by_surface(text)[surface]["subject"] == subject


def test_a_later_clause_does_not_read_over_two_countries() -> None:
    got = _by_surface("造福两国人民。中国共产党领导得到14亿人民拥护和支持。")
    assert got["14亿"]["subject"] != "两国人民"


# --- an enumeration closed by its count (heldback, sealed14, sealed17, sealed18, sealed20) ---------------

@pytest.mark.parametrize("text, surface, value, subject", [
    ("高度重视广东、香港、澳门三地融合发展。", "三地", 3, "广东、香港、澳门"),
    ("首次跨越中国、老挝、泰国、马来西亚四国，全程实现双向对开。", "四国", 4, "中国、老挝、泰国、马来西亚"),
    ("秦皇岛、曹妃甸和京唐港(东港)三港的煤炭库存出现回升。", "三港", 3, "秦皇岛、曹妃甸和京唐港(东港)"),
    ("由“雪龙”号、“雪龙2”号以及“探索三号”三船共同实施。", "三船", 3, "“雪龙”号、“雪龙2”号以及“探索三号”"),
    ("焰火晚会在厦门、金门两地同时举行。", "两地", 2, "厦门、金门"),
    ("捷克、波兰、匈牙利、斯洛伐克四國在布拉格召開外長會。", "四國", 4, "捷克、波兰、匈牙利、斯洛伐克"),
    ("此前尼日尔、马里、布基纳法索和几内亚四国发生军事政变。", "四国", 4, "尼日尔、马里、布基纳法索和几内亚"),
])
def test_a_count_closing_a_list_counts_the_items_listed(text: str, surface: str, value: int, subject: str) -> None:
    f = _by_surface(text)[surface]
    assert (f["kind"], f["value"], f["unit"]) == ("count", value, surface[-1].replace("國", "国"))   # units simplified
    assert f["subject"] == subject and f["period"] is None


def test_the_same_count_later_in_the_sentence_counts_the_same_items() -> None:
    facts = [f for f in extract("高度重视广东、香港、澳门三地融合发展，推动三地经济运行的规则衔接。")
             if f["surface"] == "三地"]
    assert [f["subject"] for f in facts] == ["广东、香港、澳门", "广东、香港、澳门"]


@pytest.mark.parametrize("text", [
    "对东盟、欧盟、非洲、中亚五国出口分别增长16.9%。",           # four items, five states: a group's name
    "在联合国、上海合作组织、金砖国家、二十国集团等平台密切沟通。",  # 二十国集团 is a name
    "共同维护好、落实好三国元首会晤重要共识。",
    "发挥“两制”之利、推进两地规则衔接。",
    "北京、上海等三地率先试点。",                                # 等 closes the list before the count
])
def test_a_count_after_items_that_are_not_its_list_is_no_list_count(text: str) -> None:
    assert not [f for f in extract(text) if f["unit"] in ("国", "地") and f["kind"] == "count"]


def test_a_group_counted_in_the_next_sentence_is_another_group() -> None:
    facts = [f for f in extract("丹麦、希腊、巴基斯坦、巴拿马和索马里5国国旗安放仪式2日举行。安理会共有15个成员，中国等5国为常任理事国。")
             if f["surface"] == "5国"]
    assert [f["subject"] for f in facts] == ["丹麦、希腊、巴基斯坦、巴拿马和索马里", "中国等"]


def test_an_articles_two_countries_are_one_fact_with_its_mentions() -> None:
    from store.facts import article_facts

    article = {"title": "中俄两国元首互致新年贺电", "date": "2025-12-31", "sections": [], "captions": [],
               "body": "习近平指出，中俄两国隆重纪念胜利80周年。两国在联合国等多边框架内相互支持。"
                       "新的一年必将为全面落实两国元首战略部署带来新的机遇，符合两国和两国人民根本利益。"}
    pairs = [f for f in article_facts(article) if f["unit"] == "国"]
    assert len(pairs) == 1 and pairs[0]["where"] == "body" and len(pairs[0]["mentions"]) == 5
