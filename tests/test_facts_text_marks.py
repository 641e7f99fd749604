"""TextMarks answers clause starts and ends by bisecting the clause marks it scans once;
the answers are those of reading the marks back from each offset (a comma or colon between
digits, 1,067.4 or 10:30, is no mark)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from store.facts.text_marks import TextMarks

_MARKS = "，；：。！？;!?\n"
_ALPHABET = "，；：。！？;!?\n,:1234567890增长亿元 "


def _between_digits(norm: str, i: int) -> bool:
    return i > 0 and norm[i - 1].isdigit() and norm[i + 1:i + 2].isdigit()


def _read_back_start(norm: str, s: int) -> int:
    a = TextMarks(norm).sentence_start(s)
    k = max(norm.rfind(c, a, s) for c in _MARKS)
    for c in ",:":
        j = norm.rfind(c, a, s)
        while j > k and _between_digits(norm, j):
            j = norm.rfind(c, a, j)
        k = max(k, j)
    return k + 1 if k >= 0 else a


def _read_on_end(norm: str, e: int) -> int:
    for i in range(e, len(norm)):
        if norm[i] in _MARKS or norm[i] in ",:" and not _between_digits(norm, i):
            return i
    return -1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40), st.data())
def test_clause_start_and_end_are_those_read_from_the_offset(norm: str, data: st.DataObject) -> None:
    marks = TextMarks(norm)
    for _ in range(4):
        s = data.draw(st.integers(0, len(norm)))
        assert marks.clause_start(s) == _read_back_start(norm, s)
        assert marks.clause_end(s) == _read_on_end(norm, s)


def test_a_comma_between_digits_opens_no_clause() -> None:
    norm = "出口额为1,067.4亿元，增长5%"
    marks = TextMarks(norm)
    assert marks.clause_start(norm.index("亿")) == 0
    assert marks.clause_start(norm.index("增")) == norm.index("增")
    assert marks.clause_end(0) == norm.index("，")
