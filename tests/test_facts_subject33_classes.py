"""Subject classes taken from a random sample of the bulk corpus's facts and the tune sets' misses together (subj33;
sentences written for the tests, in the registers the corpus holds).

- **A verb's run-up left at a subject's end:** the adverb, modal or aspect word of the verb after the subject is
  no part of it, wherever the subject was cut from — the counted noun after a figure (`4个师正在…作战` → 师), the name
  before it (`盘毂的精度要达到…` → 盘毂的精度, `种植面积常年稳定在…` → 种植面积, `数据传输仅需…` → 数据传输,
  `年增率便達…` in traditional script); an aspect word takes its verb and the adverbs before it with it (`会议共设置了`
  → 会议). 过 right before the figure is the reach verb (`秋粮收获过三成`). Words that end in such a character stay
  (需要 as a noun is no tail of 所需; 运动会, 人才, 产能, 供应, 日均 are words).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-11-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str, date: str = "2025-11-13") -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("目前，该集团的6个工程队正在山区抢修道路。", "6个", "工程队"),
    ("全省1200多个水利项目正在加快建设。", "1200多个", "水利项目"),
    ("园区里300多名工人正在进行设备安装。", "300多名", "工人"),
    ("新机床的加工精度要达到0.002毫米。", "0.002毫米", "加工精度"),
    ("江西早稻种植面积常年稳定在1800万亩左右。", "1800万亩左右", "江西早稻种植面积"),
    ("这批货物的运输时间仅需8小时。", "8小时", "货物的运输时间"),
    ("全市粮食总产量连年保持在300万吨以上。", "300万吨以上", "全市粮食总产量"),
    ("国务院派出的5个工作组正在各地督查。", "5个", "工作组"),
    ("全國受僱員工平均薪資年增率便達3.1%。", "3.1%", "全國受僱員工平均薪資年增率"),
    ("目前全国夏粮收获过六成。", "六成", "全国夏粮收获"),
])
def test_a_verbs_run_up_is_no_part_of_the_subject(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("全国少数民族传统体育运动会共设17个竞赛项目。", "17个", "竞赛项目"),
    ("全市高层次人才达1200名。", "1200名", "全市高层次人才"),
    ("该厂乙烯年总产能120万吨。", "120万吨", "该厂乙烯年总产能"),
])
def test_words_ending_in_a_tail_character_stay(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("为保障春耕，全省准备了农机具85万台。", "85万台", "农机具"),
    ("去年，全市新建了口袋公园320多个。", "320多个", "口袋公园"),
    ("节日期间，景区吸引了来自各地的游客超过50万人次。", "超过50万人次", "来自各地的游客"),
    ("目前已调集储备了化肥12万余吨。", "12万余吨", "化肥"),
])
def test_a_figure_right_after_a_verbs_object_is_the_objects(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("防空系统拦截了其中25架。", "25架", "防空系统拦截了其中"),
])
def test_a_demonstratives_object_is_left(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject

