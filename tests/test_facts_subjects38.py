"""Subjects from the figure's own clause read in traditional text as in simplified (subj38; sentences written for the
tests, in the registers of Taiwan's and Hong Kong's press).

- **The left phrase's words are read simplified, every character of them:** the rules of the figure's own clause (its
  verbs of process, its adverbs and hedges, its thresholds, the dictionary's words) are written in simplified words,
  and the text was simplified only for the 168 characters of `subject_rules.SUBJECT_CHARS`, so a traditional clause
  whose words hold another character (`逼近`, `一定會`, `總計發行`, `偏鷹`, `大關`) was read as a name. Now the text
  the subject rules match is simplified whole (OpenCC's character table, one character for one, 著 kept: 顯著 is
  显著), and so is the phrase `_finish` tests; the subject is still cut from the text as written.
- **A verb of saying opening the phrase is cut, a noun phrase after it kept:** `強調平均輪候時間5年` → 平均輪候時間
  (it was the whole phrase in traditional, and none at all in simplified).
- Kept as they were (the same words read simplified must not change them): `接單` alone is a noun (jieba tags it
  an adverb, `words._NOUN_ADVERBS`), `站穩…大關` is a level
  reached (a verb of reaching, as `站上` is).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-08-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _subject(text: str, surface: str) -> str | None:
    return next(f for f in _facts(text) if f["surface"] == surface)["subject"]


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("統計處指出，今年的外銷訂單金額逼近7800億大關，比起前一年度增加1250.6億美元。", "近7800億", "外銷訂單金額"),
    ("統計處指出，今年的外銷訂單金額逼近7800億大關，比起前一年度增加1250.6億美元。", "1250.6億美元", "外銷訂單金額"),
    ("如果第4季維持相同預測，今年全年經濟成長率來到，一定會破4%，較8月預測值3.85%更高。", "4%", "經濟成長率"),
    ("如果第4季維持相同預測，今年全年經濟成長率來到，一定會破4%，較8月預測值3.85%更高。", "3.85%", "經濟成長率"),
    ("本期中油公司債總計發行85億元,主辦證券商為元大證券。", "85億元", "本期中油公司債"),
    ("市場起初認為華許偏鷹，國際金價由每盎司5200美元掉到4400美元。", "4400美元", "國際金價"),
])
def test_a_traditional_clause_is_read_in_simplified_words(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "subject"), [
    ("房委會解釋主因是公屋產量低，但強調平均輪候時間5年封頂目標不變。", "平均輪候時間"),
    ("房委会解释主因是公屋产量低，但强调平均轮候时间5年封顶目标不变。", "平均轮候时间"),
])
def test_a_verb_of_saying_before_the_indicator_is_cut(text: str, subject: str) -> None:
    assert _subject(text, "5年") == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("11月接單689.5億美元，月增4.3%。", "689.5億美元", "接單"),
    ("11月接單689.5億美元，月增4.3%。", "4.3%", "接單"),
    ("帶動整體貨物出口在第2季繼續按年實質顯著增長9.8%。", "9.8%", "整體貨物出口"),
    ("12月出口金額達612.4億美元，更是連續第2個月站穩600億美元大關。", "600億美元", "出口金額"),
])
def test_simplified_reading_keeps_what_was_right(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject
