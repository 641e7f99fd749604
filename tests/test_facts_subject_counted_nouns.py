"""A count whose noun follows its measure word counts that noun, not the verb before it.

`全县下辖7个镇、3个乡` gave every count 全县下辖 (the verb phrase before), `把三项惠及清贫学生的关爱基金措施恒常化`
the verb of the describing clause after it (惠及), `１５４名在…工作的建筑工人` nothing at all.
"""

from __future__ import annotations

from store.facts import extract


def _count_subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-03-01") if f["kind"] == "count"}


def test_each_item_of_a_list_after_a_verb_is_its_own_noun() -> None:
    got = _count_subjects("年末全市下辖5个区、2个县,86个乡镇(街道)。")
    assert got["5个"] == "区" and got["2个"] == "县" and got["86个"].startswith("乡镇")


def test_a_count_before_a_describing_clause_counts_the_noun_after_it() -> None:
    assert _count_subjects("当晚，２００名在附近工地工作的农民工赶来救援。") == {"２００名": "农民工"}
    assert _count_subjects("政府把五项惠及长者的社区支援措施恒常化。")["五项"].startswith("社区支援措施")


def test_a_count_after_a_verb_names_the_noun_not_the_verb() -> None:
    assert _count_subjects("以军称当天拦截了3枚从也门发射的导弹。") == {"3枚": "导弹"}
    assert _count_subjects("今年当地计划投入2.6万台（套）各类农业机械。") == {"2.6万台": "各类农业机械"}


def test_a_noun_counted_before_its_owner_keeps_the_noun() -> None:
    """(14名专家组成的宣讲团 counts 专家; 100多位艺术家的200余件作品 counts 艺术家 and 作品)"""
    got = _count_subjects("由14名专家组成的宣讲团分赴各地，展出100多位艺术家的200余件作品。")
    assert got["14名"] == "专家" and got["100多位"] == "艺术家" and got["200余件"] == "作品"


def test_a_counted_noun_may_open_with_a_models_name() -> None:
    # a model's name of letters and digits (C919, ARJ21) was cut at its first digit: no subject, or the letters alone
    assert _count_subjects("截至目前，共有9架C919飞机交付客户。") == {"9架": "C919飞机"}
    assert _count_subjects("今年已有12架ARJ21飞机投入运营。") == {"12架": "ARJ21飞机"}
    assert _count_subjects("新增2万座5G基站。") == {"2万座": "5G基站"}


def test_the_thresholds_a_total_passed_are_not_what_the_figures_after_them_measure() -> None:
    # 两个万亿元台阶 counts steps passed; the total and its growth after it are the economy's (they were 万亿元台阶)
    got = {f["surface"]: f["subject"] for f in extract("全省经济总量连跨两个万亿元台阶，达到6.2万亿元，年均增长5.8%。")}
    assert got["6.2万亿元"] == got["5.8%"] == "全省经济总量"
    assert _count_subjects("中国商飞公司向市场交付第100架国产ARJ21飞机，共有9架C919飞机交付客户。")["9架"] == "C919飞机"
