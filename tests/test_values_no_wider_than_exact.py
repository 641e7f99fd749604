"""A value is shortened (95.3万, ≈1686万) only where the short form is
narrower than every digit.

Walking the bulk store at 200×60, 中欧班列's 12988列 read `≈1.299万` —
rounded, marked, and wider than `12,988` itself; and a figure past 10^16
read `≈2.166e+04万亿`, scientific notation no analyst writes.
"""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from tui.citation import format_number, format_value


@pytest.mark.parametrize(("value", "shown"), [
    (12988, "12,988"),               # ≈1.299万 is wider
    (123456, "123,456"),
    (54321.5, "54,321.5"),
    (953000, "95.3万"),              # exact in its short form: kept short
    (16861826, "≈1686万"),           # narrower than 16,861,826: shortened, marked
    (1799000000, "17.99亿"),
    (21664375644266428, "≈21,664万亿"),  # never 2.166e+04万亿
    (2 * 10**20, "200,000,000万亿"),
])
def test_a_value_is_shortened_only_where_that_is_narrower(value, shown):
    assert format_number(value) == shown


def test_a_shortened_value_is_never_wider_than_its_digits():
    for value in (10**4 + 1, 12988, 99999, 123457, 999999, 1234567, 16861826, 10**9 + 7, 3 * 10**13 + 1):
        short, exact = format_number(value), format_number(value, exact=True)
        assert cell_len(short) <= cell_len(exact) and ("≈" not in short or short != exact)


def test_the_facts_pane_value_reads_every_digit_where_that_is_narrower():
    fact = {"kind": "count", "surface": "12988列", "value": 12988, "value_text": "12988", "unit": "列"}
    assert format_value(fact) == "12,988"
