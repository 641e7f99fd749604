"""Comparisons with bracketed comparands (`比全省(7.7%)和全国(7.0%)分别高0.7、1.4个百分点`).

The points the indicator is ahead or behind by gave the comparison verb as subject (分别高, or
`工业、高技术制造业高9.2个和高` when the first point was swallowed), and the rank after them took it too; the
comparands' own bracketed figures took the indicator's name.  The points are the indicator's (the subject of the
figure told before 比), a bracketed figure is its comparand's, and a period in brackets stays the indicator's.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-03-01")}


def test_the_points_of_a_comparison_are_the_compared_indicators_not_the_verbs() -> None:
    got = _subjects("全县地区生产总值增长7.9%,比全省(6.2%)和全国(5.1%)分别高1.7、2.8个百分点,增幅居全省第5位。")
    assert got["1.7"] == got["2.8个百分点"] == "全县地区生产总值"
    assert [f["subject"] for f in extract("全县地区生产总值增长7.9%,比全省(6.2%)和全国(5.1%)分别高1.7、2.8个百分点,"
                                          "增幅居全省第5位。", date="2025-03-01") if f["kind"] == "rank"] \
        == ["全县地区生产总值增幅"]                  # the growth is ranked (subj30)
    got = _subjects("全市社会消费品零售总额增长6.3%,比全省(7.5%)和全国(8.1%)分别低1.2、1.8个百分点。")
    assert got["1.2"] == got["1.8个百分点"] == "全市社会消费品零售总额"


def test_a_swallowed_first_point_leaves_no_verb_fragment_as_subject() -> None:
    got = _subjects("全省规模以上装备制造业增加值增长12.4%,增速分别比同期工业、消费品制造业高5.3个和高2.6个百分点。")
    assert got["2.6个百分点"] == "全省规模以上装备制造业增加值"


def test_a_bracketed_figure_after_a_comparand_is_the_comparands() -> None:
    got = _subjects("全区固定资产投资增长21.5%,比全市平均水平(12.3%)和全省(9.4%)分别高9.2、12.1个百分点。")
    assert got["12.3%"] == "全市平均水平"
    assert got["9.4%"] == "全省"


def test_a_bracketed_figure_after_a_period_stays_the_indicators() -> None:
    got = _subjects("全市工业用电量增长6.5%,比上年同期(4.2%)高2.3个百分点。")
    assert got["4.2%"] == "全市工业用电量"
