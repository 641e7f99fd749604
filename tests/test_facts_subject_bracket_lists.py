"""Items told with a bracketed figure each, then measured together, take the figures after them one by one.

`香港(582,025人次)、中国台湾(101,047人次)…及大韩民国(26,677人次)旅客按年分别减少2.7%、0.6%、12.1%及9.5%` gave
every change the shared head noun (旅客) and the last item its joining word (及大韩民国); `經營費用(142.0億元)及
員工支出(122.7億元)亦分別錄得19%及15%的按年升幅` gave both rates the last item.  A comparison's comparands
(`比全省(7.4%)和全国(6.3%)分别高…`) are no such list: the points stay the indicator's.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-01") if f["kind"] not in ("date", "year")}


def test_places_with_bracketed_counts_take_their_changes_one_by_one() -> None:
    got = _subjects("另一方面,香港(582,025人次)、中国台湾(101,047人次)、日本(35,623人次)及大韩民国(26,677人次)"
                    "旅客按年分别减少2.7%、0.6%、12.1%及9.5%。")
    assert [got[s] for s in ("2.7%", "0.6%", "12.1%", "9.5%")] == ["香港", "中国台湾", "日本", "大韩民国"]
    assert got["26,677人次"] == "大韩民国"


def test_one_place_with_a_bracketed_count_takes_the_change_after_it() -> None:
    assert _subjects("而新加坡(23,118人次)旅客则录得36.2%的明显升幅。")["36.2%"] == "新加坡"


def test_accounts_with_bracketed_sums_take_their_rates() -> None:
    got = _subjects("經營費用(142.0億元)及員工支出(122.7億元)亦分別錄得19%及15%的按年升幅。")
    assert (got["19%"], got["15%"]) == ("經營費用", "員工支出")


def test_comparands_in_brackets_are_no_list() -> None:
    got = _subjects("全市规模以上工业增加值97.89亿元,同比增长9.1%,比全省(7.4%)和全国(6.3%)分别高1.7和2.8个百分点。")
    assert got["2.8个百分点"] == "全市规模以上工业增加值"
