"""Counts written `label + count` one after another are each their label's (预增285家、略增53家 …).

Labels that read as verbs (预增, 略减) were skipped, so the list's verb (包括) or the item before was taken.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2026-01-27") if f["kind"] not in ("date", "year")}


def test_each_item_of_a_results_tally_is_its_categorys() -> None:
    got = _subjects("去年业绩向好的有448家,占比约38%,包括预增285家、略增53家、扭亏105家、续盈5家。")
    assert [got[k] for k in ("285家", "53家", "105家", "5家")] == ["预增", "略增", "扭亏", "续盈"]
    got = _subjects("其余公司业绩面临不利局面,包括首亏174家、续亏393家、预减121家、略减21家。")
    assert [got[k] for k in ("174家", "393家", "121家", "21家")] == ["首亏", "续亏", "预减", "略减"]


def test_a_tally_closed_by_he_counts_its_last_item_too() -> None:
    got = _subjects("全县共有学校20所，其中小学12所、初中5所和高中3所。")
    assert (got["12所"], got["5所"], got["3所"]) == ("小学", "初中", "高中")


def test_two_items_are_no_tally() -> None:
    got = _subjects("汽车产销分别完成291.7万辆和289.9万辆。")
    assert got["291.7万辆"] != "分别完成"


def test_a_label_starts_after_a_clause_mark_or_the_lists_verb_only() -> None:
    got = _subjects("截至目前，我国现行有效法律310件、行政法规600多件、地方性法规1.4万多件。")
    assert got["310件"] == "现行有效法律"
