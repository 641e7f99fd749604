"""Bases as written (tests/gold/README.md conventions: `按月` → 上月, `按年` → 上年同期, the stated base without what is
not the base): a word between the marker and its verb (`按月則下跌`, `同比(下同)增长`), a recorded rate after the
marker (`按年錄得通脹`), two markers shared out by 分別, the base's own figure written into it, the first half of a
cutting verb, and 與…比較 (store/facts/base_cuts.py)."""

from __future__ import annotations

from store.facts import extract


def bases(text: str, date: str = "2024-06-01") -> dict[str, str | None]:
    return {f["surface"]: f.get("base") for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


def test_a_marker_before_ze_and_the_verb_names_the_base() -> None:
    got = bases("2024年4月零售業的銷貨額按年上升1.2%至300億元,按月則下跌3.1%。")
    assert got["3.1%"] == "上月"
    assert bases("全市貨物出口按月上升2%,按年則下跌4.5%。")["4.5%"] == "上年同期"


def test_a_marker_with_a_note_before_the_verb_names_the_base() -> None:
    got = bases("1-5月,全区规模以上工业营业收入98.2亿元,同比(下同)增长12.6%。")
    assert got["12.6%"] == "上年同期"


def test_a_marker_before_a_recorded_rate_names_the_base() -> None:
    got = bases("5月份按年錄得通脹1.9%,而生產者物價指數5月按年錄升幅3.2%。")
    assert got["1.9%"] == "上年同期"
    assert got["3.2%"] == "上年同期"


def test_two_markers_shared_out_by_fenbie() -> None:
    got = bases("港元在M2所佔的比重為40.1%,按月及按年分別下跌0.3及1.2個百分點。")
    assert got["0.3"] == "上月"
    assert got["1.2個百分點"] == "上年同期"


def test_the_bases_own_figure_is_no_part_of_it() -> None:
    assert bases("2016年8月综合消费物价指数按年上升2.41%,较7月(+2.53%)轻微回落0.12%。")["0.12%"] == "7月"


def test_a_cutting_verbs_first_half_is_no_part_of_the_base() -> None:
    got = bases("市議會三讀通過總預算,歲出計列1500億元,較原預算案刪減12.3億元。")
    assert got["12.3億元"] == "原預算案"


def test_a_base_compared_with_bijiao_stands_before_it() -> None:
    assert bases("出口價格指數方面,與去年同期比較可見回落3.2%。")["3.2%"] == "去年同期"
