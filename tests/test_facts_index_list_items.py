"""Index values listed bare after an index (found28): a communiqué names the index once and lists its classes'
values by name alone (`购进价格指数（上年=100）为97.8，其中燃料动力类95.3`, `总指数100.2，城市100.2，农村100.1`) — each
is an index value, its subject the class named; a move (`比上年上涨0.2`), a whole number and a number of another
order than the index before it stay as they were.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _indices(text: str) -> dict[str, tuple]:
    return {f["surface"]: (f["kind"], f["value"], f["subject"]) for f in extract(text) if f["kind"] == "index"}


def test_the_classes_listed_after_an_index_are_index_values() -> None:
    got = _indices("工业生产者购进价格指数（上年=100）为97.8，其中燃料动力类95.3，黑色金属材料类96.1。")
    assert (got["95.3"], got["96.1"]) == (("index", 95.3, "燃料动力类"), ("index", 96.1, "黑色金属材料类"))


def test_places_listed_after_a_total_index_are_index_values() -> None:
    got = _indices("全年居民消费价格指数（上年=100）：总指数100.2，城市100.3，农村99.9。")
    assert (got["100.3"][:2], got["99.9"][:2]) == (("index", 100.3), ("index", 99.9))


@pytest.mark.parametrize(("text", "surface"), [
    ("居民消费价格指数为100.2，比上年上涨0.6。", "0.6"),                 # a move, read as one
    ("居民消费价格指数为100.2，猪肉均价32.5。", "32.5"),                  # of another order than the index before
    ("居民消费价格指数为100.2，其中有3个大类上涨。", "3"),
])
def test_numbers_that_are_no_class_value_stay_as_they_were(text: str, surface: str) -> None:
    assert not [f for f in extract(text) if f["surface"] == surface and f["kind"] == "index" and not f["change"]]
