"""A figure's value to the precision the text writes it: ``5.0%`` is 5.0.

The record keeps its value exact and normalised (``value`` 5, ``value_text``
"5"), which drops the zeros a text writes to state its precision: 增长5.0%
says a tenth's precision, 上涨0.30个百分点 a hundredth's.  Every output an
analyst copies or exports (the facts' and the series' CSV and TSV, the
app's copies, a fact's ``value_text`` in JSON) writes the value with those
zeros, and only those: the number itself never changes — a value is only
ever padded with zeros the figure as written has, never rounded, and a
value whose written number cannot be told (``三成``, a ratio 31.3：68.7, a
figure scaled by a unit the text does not write) is left as the record holds
it.  Nothing here imports more than the standard library.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.(\d+))?")


def _decimal(text: Any) -> Decimal | None:
    if text is None or isinstance(text, bool):
        return None
    try:
        value = Decimal(text if isinstance(text, str) else repr(text) if isinstance(text, float) else str(text))
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def padded(value: Any, step: Any) -> str | None:
    """``value`` (a number or its exact decimal text) written to the places
    of ``step`` (one unit of the last digit written, as decimal text: "0.1"),
    when that only adds zeros; else the value's own exact text.  None when
    the value is no number."""
    number = _decimal(value)
    if number is None:
        return None
    plain = value if isinstance(value, str) else format(number, "f")
    unit = _decimal(step)
    if unit is None or unit <= 0 or unit >= 1:
        return plain
    unit = unit.normalize()
    if unit.as_tuple().digits != (1,):  # not a power of ten: the written number is not the value's
        return plain
    try:
        written = number.quantize(unit)
    except InvalidOperation:
        return plain
    if written != number or len(format(written, "f")) <= len(plain):
        return plain
    return format(written, "f")


def step_of(surface: str, value: Any, *, last: bool = False) -> str | None:
    """One unit of the last digit the figure writes for ``value``, in the
    value's unit (``5.0%`` → 0.1; ``6.30‰``, 0.63 %, → 0.001; ``4.3万`` →
    1000): from the surface's first number (its last for a range's high
    end, ``last``).  None when the surface writes no number in digits that
    the value is a power of ten of (三成, 31.3：68.7)."""
    number = _decimal(value)
    if number is None:
        return None
    found = list(_NUMBER.finditer(unicodedata.normalize("NFKC", surface or "")))
    if not found:
        return None
    match = found[-1] if last else found[0]
    mantissa = _decimal(match.group(0).replace(",", ""))
    decimals = len(match.group(1) or "")
    if mantissa is None or not decimals:
        return None
    if not mantissa:
        return format(Decimal(1).scaleb(-decimals), "f") if not number else None
    scale = abs(number / mantissa).normalize()
    if scale.as_tuple().digits != (1,):
        return None
    return format((scale * Decimal(1).scaleb(-decimals)).normalize(), "f")


def written_value(fact: Any, name: str = "value") -> str | None:
    """A fact's ``value`` (or ``value_high``) as exact decimal text to the
    precision its surface writes; a series row's from its ``step``.  None
    for a value that is no number (a date's day, none at all)."""
    value = fact.get(name)
    if isinstance(value, bool) or not isinstance(value, (int, float, str)) or _decimal(value) is None:
        return None
    if name == "value" and fact.get("value_text"):
        value = fact["value_text"]
    surface = fact.get("surface")
    if surface:
        return padded(value, step_of(str(surface), value, last=name == "value_high"))
    if name == "value":  # a series row: its step is the value's (a range's high end has its own digits)
        return padded(value, fact.get("step"))
    return padded(value, None)
