"""A search that asks for basis points reads its numbers in basis points,
or says how to write them — never 20 as 20 percentage points.

Walking the query language, `kind:bp >20` listed 26.7个百分点 and 30个百分点
(2,670 and 3,000 bp): a bare number compares a points fact's value, which
is in percentage points, while whoever types kind:bp counts in basis points.
`bp>20` (a kind before the comparison, as `points>0.3`) now means 20 bp;
`kind:bp` (or `--kind bp`) beside a bare number is one line naming both
ways to write it (exit 2).
"""

from __future__ import annotations

import pytest

from store import QueryError, parse_query
from tests.test_cli import run


@pytest.mark.parametrize("query", ["kind:bp >20", "kind:bp <=5", "kind:bp 10..30", "kind:bp,percent >1", "利率 kind:BP =25"])
def test_kind_bp_beside_a_bare_number_is_one_line_naming_both_units(query):
    with pytest.raises(QueryError, match=r"kind:bp with a bare number .*bp or .*pp"):
        parse_query(query)


@pytest.mark.parametrize(("query", "lo"), [
    ("bp>20", 0.2),            # the kind before the comparison says the unit: 20 bp
    ("kind:bp >20bp", 0.2),
    ("kind:bp >0.2pp", 0.2),
    ("kind:pp >0.3", 0.3),     # percentage points: the value's own unit
    ("points>0.3", 0.3),
    (">10bp", 0.1),
])
def test_a_number_with_its_unit_or_under_bp_compares_in_basis_points(query, lo):
    (flt,) = [f for f in parse_query(query).filters if f.lo is not None]
    assert flt.lo == pytest.approx(lo) and flt.kinds in (None, frozenset({"points"}))  # (kind:pp is its own filter)


def test_the_cli_says_it_for_kind_bp_and_for_the_kind_option(capsys, seeded, store_path):
    code, out, err = run(capsys, "--db", str(store_path), "search", "kind:bp", ">20")
    assert code == 2 and not out and "20bp or 20pp" in err and err.count("\n") == 1
    code, out, err = run(capsys, "--db", str(store_path), "search", ">20", "--kind", "bp")
    assert code == 2 and not out and "20bp or 20pp" in err
