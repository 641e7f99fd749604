"""A value filter's number may carry an exponent: `>1e5` is `>10万` — it was
read as 1 with the unit "e5", which no fact has, so it matched nothing and
said nothing."""

from __future__ import annotations

import pytest

from store import parse_query


@pytest.mark.parametrize("query,lo,hi,unit", [
    (">1e5", 1e5, None, None),
    ("1e3..1E4", 1e3, 1e4, None),
    (">1e5元", 1e5, None, "元"),
    (">=2.5e-1%", 0.25, None, None),
])
def test_an_exponent_is_part_of_the_number(query, lo, hi, unit) -> None:
    (f,) = parse_query(query).filters
    assert (f.lo, f.hi, f.unit) == (lo, hi, unit)
