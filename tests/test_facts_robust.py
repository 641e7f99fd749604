"""The extractor never raises, and every fact points at its own surface,
on any text: arbitrary unicode, number soup, very long numbers."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from store.facts import extract
from store.facts.kinds import KINDS

_NUMERAL_SOUP = "0123456789０１２３.,，、%％‰‱:：/／-−－~万亿萬億千百十一二两兩三四五六七八九零〇廿卅负負元个個年月日第超余多约至到分之倍成点點基点BP亏损"


def _check(text: str) -> None:
    for f in extract(text, year=2025, date="2025-07-04"):
        assert text[f["start"]:f["end"]] == f["surface"]
        assert f["kind"] in KINDS
        assert f["value"] is None or isinstance(f["value"], (int, float, str))
        if isinstance(f["value"], int) and f["value_text"] is not None:
            assert f["value_text"] == str(f["value"])
        json.dumps(f, ensure_ascii=False)          # serialisable as it stands


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_NUMERAL_SOUP, max_size=60))
def test_numeral_soup_never_raises(text: str) -> None:
    _check(text)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=10_000), st.sampled_from(["", "元", "亿元", "%", "个百分点", "吨/年", ".5万"]),
       st.sampled_from(["", "净亏损", "同比-", "约", "负"]))
def test_long_numbers_never_raise(n_digits: int, unit: str, before: str) -> None:
    _check(f"数据显示{before}{'8' * n_digits}{unit}，其余不变")


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Lo", "Nd", "No", "Nl", "Po", "Sm", "Zs", "Cf"]), max_size=80))
def test_odd_unicode_numerals_and_marks_never_raise(text: str) -> None:
    _check(text)


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=4000, max_value=10_000), st.sampled_from(["{}:1", "1:{}", "第{}名", "指数为{}", "{}/3"]))
def test_long_numbers_in_ratios_ranks_and_indices_never_raise(n_digits: int, shape: str) -> None:
    _check("其中" + shape.format("3" * n_digits) + "。")


def test_surfaces_hold_with_full_width_and_traditional_text() -> None:
    text = "營收１,０６７.４萬元，按年負13.2%，較上年增長3.2個百分點，耗時3小時"
    facts = extract(text, year=2025)
    assert len(facts) >= 4
    for f in facts:
        assert text[f["start"]:f["end"]] == f["surface"]
