"""Subject classes from a bulk sample and the tuning sets' misses, round 35 (sentences written for the tests).

- **A level reached after any verb of moving to it:** a figure after 到/至 whose clause names a noun, then a verb
  (adverbs before it: 已, 已经, 竟, 首次, 统一, 最短), is the noun's level, whatever the verb: `东北虎种群数量已恢复到50只以上`
  is the population's, as `全市森林覆盖率提高到45.2%` already was the rate's. The verbs were a closed list (提高, 增长,
  上升 …), so 恢复, 扩展, 拓展, 压缩, 缩短, 延长, 加大, 扩容 left the verb as the subject (`恢复`, `种类扩展`,
  `藏羚羊种群恢复`); now any word the dictionary tags as a verb is read so. A verb alone in its clause
  (`…总产量为603.8万吨，43年来首次恢复至600万吨以上`) leaves the clause without a subject of its own, and the sentence's is
  meant, as after 提高到. Kept: a figure before the verb (`由7天缩短至2天`: the from-to rules read it), a superlative or
  time word right before the verb (`盘中最低下探至`), a verb the dictionary lacks, split into characters (`品类扩围至`).
- **A record's words are no indicator:** a clause that is only a record's verb and its horizon (`創下史上第二大紀錄`,
  `寫下歷年單月第3高`, `创下自2023年1月的…以来新高`, `改写疫情期间的…纪录`) names nothing measured: the figures in it and
  after it are the topic's (the sentence's indicator), as a figure after `再创新高` already was (subj33's record
  indicator). They were the verb phrase (`創下史上`, `寫下歷年單月`, `创下自`).
- **A verb alone after a tally adverb keeps its topic:** `中央财政累计投入8505亿元`, `载人潜水器累计下潜1746次`,
  `浙江平原河网累计排水5.16亿方`: the verb with no object names no indicator by itself (was `投入`, `下潜`, `排水`); the
  phrase is kept whole, as the sets label it (`中央财政累计投入`, `深蓝汽车累计交付`). A verb with its object stays the
  object's phrase (`工程已累计调水`: 调水), and 已 is left alone (`警方已逮捕400多人`: the topic is often the agent).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-11-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str, date: str = "2025-11-13") -> dict:
    return next(f for f in _facts(text, date) if f["surface"].startswith(surface))


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("经过多年保护，东北虎种群数量已恢复到50只以上。", "50只", "东北虎种群数量"),
    ("目前，长江江豚已经恢复至1400余头。", "1400余头", "长江江豚"),
    ("三江源的藏羚羊种群恢复到7万多只。", "7万多只", "三江源的藏羚羊种群"),
    ("中欧班列通行线路已拓展到27条。", "27条", "中欧班列通行线路"),
    ("建成通车后，两地行车时间将压缩至两个半小时。", "两个半小时", "两地行车时间"),
    ("三峡水库下泄流量加大至12000立方米/秒。", "12000立方米", "三峡水库下泄流量"),
    ("花卉种类扩展到了120种以上。", "120种", "花卉种类"),
    ("外資持股比例已恢復至4成。", "4成", "外資持股比例"),
])
def test_a_level_reached_after_any_verb_of_moving_is_the_nouns(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("去年全国渔业总产量为603.8万吨，43年来首次恢复至600万吨以上。", "600万吨", "全国渔业总产量"),
    ("今年本地生产总值录得实质增长80.5%，已回复至2019年逾八成水平。", "逾八成", "本地生产总值"),
])
def test_a_verb_alone_in_its_clause_leaves_the_sentences_subject(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("全市森林覆盖率提高到45.2%。", "45.2%", "全市森林覆盖率"),          # the closed list's verbs, as before
    ("城镇居民人均可支配收入增加到5.2万元。", "5.2万元", "城镇居民人均可支配收入"),
    ("货物平均堆存期由7天缩短至2天。", "7天", "货物平均堆存期"),          # a from-to move, its own rules
    ("该市将离境退税期限统一延长至28天。", "28天", "离境退税期限"),        # a manner word before the verb
    ("口岸通关时间最短压缩至30分钟以内。", "30分钟", "口岸通关时间"),
])
def test_levels_the_closed_list_the_from_to_rules_and_manner_words_read_stay(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("財政部今天公布9月出口542.5億美元，寫下歷年單月第3高，年增33.8%。", "33.8%", "出口"),
    ("外資去年累計淨匯入達368.48億美元，創下史上第二大紀錄，僅次於前年的378.17億美元。", "第二", "淨匯入"),
    ("外資去年累計淨匯入達368.48億美元，創下史上第二大紀錄，僅次於前年的378.17億美元。", "378.17億美元", "淨匯入"),
    ("香港官方外汇储备资产为4356亿美元，按月升1.79%，创下自2023年1月的4365亿美元以来新高。", "4365亿美元",
     "香港官方外汇储备资产"),
    ("全年接单金额7437亿美元，年增26%，改写疫情期间的6752亿美元纪录。", "6752亿美元", "接单金额"),
])
def test_a_records_words_are_no_indicator(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("十年来，中央财政累计投入8505亿元支持乡村振兴。", "8505亿元", "中央财政累计投入"),
    ("截至目前，我国载人潜水器累计下潜1746次。", "1746次", "载人潜水器累计下潜"),
    ("截至下午3时，浙江平原河网累计排水5.16亿方。", "5.16亿方", "浙江平原河网累计排水"),
    ("深蓝汽车累计交付超60万辆。", "超60万辆", "深蓝汽车累计交付"),
])
def test_a_verb_alone_after_a_tally_adverb_keeps_its_topic(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("南水北调东线工程已累计调水60亿立方米。", "60亿立方米", "调水"),       # a verb with its object
    ("全省已累计发放创业担保贷款120亿元。", "120亿元", "创业担保贷款"),
])
def test_a_verb_with_its_object_after_a_tally_adverb_stays_the_objects(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject
