"""Subject forms a fresh sample (sealed35) showed misread, each as its class (sentences written for the tests).

- **A day inside the subject:** a day told between the topic and its act (`某纪念馆3日接待游客`, `全市各公园昨天共接待
  游客`) is the figure's period, not part of the indicator's name; a day opening a relative clause (`今天送来的货物`) and
  a day word that opens a word of its own (日均) stay.
- **Kept:** a denominator, frequency or head inside the subject (`每月入息中位數`, `每人GDP`) stays — the sets split on them.
- **依次 lists:** `A、B和C依次为x、y和z` gives each item its figure, as 分别为 does.
- **A level's noun:** `回升至…萬人次以上水準`, `突破…億美元大關` — 水準, 大關, 關口 name the level reached, not what reached
  it: the subject is the indicator told before it in the sentence (none when there is none).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-08-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str, date: str = "2025-08-13") -> dict:
    return next(f for f in _facts(text, date) if f["surface"].startswith(surface))


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("据介绍,全市各公园昨天共接待游客12.5万人次。", "12.5万人次", "全市各公园接待游客"),
    ("贵州红色景区人气旺,某会议旧址2日接待游客达3万人次。", "3万人次", "某会议旧址接待游客"),
    ("德国卫生部门12日报告新增确诊病例3000例。", "3000例", "德国卫生部门报告新增确诊病例"),
])
def test_a_day_inside_the_subject_is_its_period(text: str, surface: str, subject: str) -> None:
    # with no date to read the day by (a page without one), the day stayed in the subject
    f = next(f for f in extract(text) if f["surface"] == surface)
    assert f["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("据统计,该市前天进口的冻肉有3000吨。", "3000吨", "前天进口的冻肉"),           # a relative clause: kept
    ("本港去年住戶每月入息中位數為3萬元。", "3萬元", "本港住戶每月入息中位數"),       # a frequency: kept
    ("主計總處預測今年每人GDP為3萬8748美元。", "3萬8748美元", "每人GDP"),          # a head: kept
])
def test_words_the_indicator_keeps_stay(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


def test_a_list_told_in_turn_gives_each_item_its_figure() -> None:
    text = "甲县、乙县和丙县依次为6120元、5980元和5730元。"
    got = {f["surface"]: f["subject"] for f in _facts(text)}
    assert got == {"6120元": "甲县", "5980元": "乙县", "5730元": "丙县"}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("今年上半年桃園國際機場旅客量已超過兩千萬人次,可望在年內回升至疫前的四千萬人次以上水準。", "四千萬人次", "桃園國際機場旅客量"),
    ("松山機場旅客量為269萬人次,有望超過去年全年五百萬人次水準。", "五百萬人次", "松山機場旅客量"),
    ("去年外銷訂單金額為7437億美元,首次突破7000億美元大關。", "7000億美元", "外銷訂單金額"),
])
def test_a_levels_noun_names_no_indicator(text: str, surface: str, subject: str | None) -> None:
    assert _one(text, surface)["subject"] == subject
