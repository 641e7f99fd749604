"""A subject made only of a rate's words (年增率, 按年上昇, 按年跌幅擴, 累積升幅, 調漲幅度, 年彈) names nothing:
the rate is the indicator's the sentence or its clause names (conventions: never a bare 增速/升幅/涨幅)."""

from __future__ import annotations

from store.facts import extract
from store.facts.subject_rate_words import names_only_a_rate


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-10-20") if f["kind"] not in ("date", "year")}


def test_a_rate_after_its_indicators_level_is_the_indicators() -> None:
    got = _subjects("統計處公佈,今年一至八月,特區政府經常收入四百二十‧五億元,按年上昇十二‧四%。")
    assert got["十二‧四%"] == "特區政府經常收入"
    got = _subjects("今年9月住宅售價指數報352.4,按月下跌約0.8%,若與去年同期相比,按年跌幅擴至3%。")
    assert got["3%"] == "住宅售價指數"
    got = _subjects("9月出口接單金額為512.3億美元，創歷年同月新高，年彈15.2％。")
    assert got["15.2％"] == "出口接單金額"


def test_a_rate_told_alone_is_the_indicator_an_earlier_clause_names() -> None:
    got = _subjects("主計總處今天公佈9月CPI(消費者物價指數)數據,年增率2.36%。")
    assert got["2.36%"] == "CPI"


def test_a_rate_named_after_the_figure_is_its_clause_openers() -> None:
    got = _subjects("經濟部宣布水價調整,自明年1月1日起,全台平均水價將有6.5%的調漲幅度。")
    assert got["6.5%"] == "全台平均水價"


def test_a_cumulative_rate_is_the_sentences_index() -> None:
    got = _subjects("9月零售物價指數報121.5點,較8月下跌0.3%,而今年首9個月,累積升幅達2.8%。")
    assert got["2.8%"] == "零售物價指數"


def test_a_runs_cut_words_lend_no_subject() -> None:
    got = _subjects("10月住宅售價指數報352.4,按月下跌0.6%,屬連跌三個月,按年跌幅擴至2.5%。")
    assert got["2.5%"] == "住宅售價指數"


def test_only_rate_words_are_read_as_none() -> None:
    assert names_only_a_rate("年增率") and names_only_a_rate("按年上昇") and names_only_a_rate("累積升幅")
    assert names_only_a_rate("調漲幅度") and names_only_a_rate("年增率可望衝")
    assert not names_only_a_rate("出口年增率") and not names_only_a_rate("年销售额") and not names_only_a_rate("月均增速")
