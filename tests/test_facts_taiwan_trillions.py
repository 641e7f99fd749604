"""Taiwan's trillions with the 億 count in thousands (`3兆2千億元`) are one sum, 3.2 trillion — read apart they were
2千億元 (sixteen times too small) with `出口總值3兆` as its subject.  And an index's close (`加權指數收27,000點`) is the
index's level: 收 is the close, not part of the name."""

from __future__ import annotations

from store.facts import extract


def test_a_trillion_with_thousands_of_yi_is_one_sum() -> None:
    [f] = [f for f in extract("今年出口總值3兆2千億元，創新高。") if f["kind"] == "money"]
    assert (f["value"], f["surface"], f["subject"]) == (3200000000000, "3兆2千億元", "出口總值")
    [f] = [f for f in extract("總額1兆2千5百億元。") if f["kind"] == "money"]
    assert f["value"] == 1250000000000


def test_an_index_close_names_the_index() -> None:
    [f] = extract("台股加權指數收27,000點。")
    assert f["subject"] == "台股加權指數"
    [f] = extract("税收100亿元。")
    assert f["subject"] == "税收"
