"""Statistical releases' wording around a figure is no part of what was measured: a level held (`維持於`,
`维持于`, `稳定于`: the 于/於 forms as 维持在 was) and a time frame shared with the clause before (`同期間`)."""

from __future__ import annotations

from store.facts import article_facts


def _subjects(body: str) -> list[str | None]:
    facts = article_facts({"id": "a", "date": "2025-11-18", "title": "", "body": body})
    return [f["subject"] for f in facts if f["kind"] not in ("date", "year")]


def test_a_level_held_names_its_indicator() -> None:
    assert _subjects("就業不足率則維持於1.6%。") == ["就業不足率"]
    assert _subjects("就业不足率维持于1.6%。") == ["就业不足率"]
    assert _subjects("物价稳定于2%左右。") == ["物价"]


def test_the_same_period_is_no_part_of_the_indicator() -> None:
    body = "總就業人數由約3,674,000人減少至約3,665,000人，同期間總勞動人口亦由約3,819,000人減少至約3,812,000人。"
    assert _subjects(body)[2:] == ["總勞動人口", "總勞動人口"]
