"""Words that frame a subject are no part of it: an enumerator opening a results item, a clock
time opening a price line, 随着, a bulletin's list head and reporting verb, a time word or
adverb closing the phrase, a dangling 每. A subject that is nothing once they are gone, or only
a comparison base, is no subject. Hong Kong banks' margins widen (擴闊/擴濶): a change, so the
margin, not the verb, is what moved."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-08-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("(三)經營支出上升3﹒2%至62﹒47億元。", "3﹒2%", "經營支出"),
    ("(一)利息收入減少12﹒0%。", "12﹒0%", "利息收入"),
    ("（二）营业收入增长8.5%。", "8.5%", "营业收入"),
    ("31个省（自治区、直辖市）和新疆生产建设兵团报告新增新冠肺炎确诊病例188例，其中境外输入病例59例。",
     "188例", "新增新冠肺炎确诊病例"),
    ("31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例217例。", "217例", "新增确诊病例"),
    ("能登地区强震已造成221人死亡，另有1015人受伤、24人下落不明。", "24人", "下落不明"),
])
def test_the_frame_is_left_out(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("在西安国际陆港，平均每100分钟就有一趟中欧班列驶出。", "100分钟"),
    ("今日收于每吨 2,533 美元,较昨日收盘价上涨 1.8%,涨幅为 45 美元。", "1.8%"),
    ("在成都，平均每10分钟就有一架航班起降。", "10分钟"),
])
def test_nothing_left_is_no_subject(text: str, surface: str) -> None:
    assert subjects(text)[surface] is None


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("(一)淨利息收入下跌4﹒1%至30﹒44億元,淨息差較去年同期擴闊7個基點至2﹒05%;", "7個基點", "淨息差"),
    ("上半年淨息差1.97厘,按年擴濶13個基點,淨利息收益率改善16個基點至2.10厘。", "13個基點", "淨息差"),
    ("净息差较去年同期扩阔5个基点。", "5个基点", "净息差"),
])
def test_a_margin_widening_is_the_margins(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_margin_widening_is_a_rise() -> None:
    f = next(f for f in extract("淨息差較去年同期擴闊7個基點至2﹒05%。") if f["surface"] == "7個基點")
    assert f["change"] == "up"
