"""A commit finds stored articles by content key or id the same way whether
it scans the catalog's columns (its first few questions) or builds the map
of every row (past them)."""

from __future__ import annotations

from store.db.shared_sources import RowLookup

CATALOG = {
    "1": {"ids": ["a1", "a2", "a3"], "keys": ["k1", "", "k3"]},
    "2": {"ids": ["b1", "b2"], "keys": ["k4", "k5"]},
    "3": {"ids": ["c1"]},  # written before content keys
}
QUESTIONS = ["k1", "k3", "k5", "", "k2", "a1", "b2", "c1", "zz"]


def _answers(lookup: RowLookup, column_questions: list[str]) -> list[str | None]:
    return [lookup.get(q) for q in column_questions]


def test_scanning_and_the_map_give_the_same_articles():
    for column in ("keys", "ids"):
        scanned = RowLookup(CATALOG, column)
        mapped = RowLookup(CATALOG, column)
        for _ in range(RowLookup.SCANS):
            mapped.get("nothing")
        assert _answers(scanned, QUESTIONS) == _answers(mapped, QUESTIONS)
    assert _answers(RowLookup(CATALOG, "keys"), ["k1", "k5", "", "a1"]) == ["a1", "b2", None, None]


def test_membership_by_id():
    ids = RowLookup(CATALOG, "ids")
    assert "b1" in ids and "c1" in ids
    assert "k1" not in ids and "" not in ids
