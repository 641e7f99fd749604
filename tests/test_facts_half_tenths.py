"""A share in tenths with a half (`一成半` is 15 %, `兩成半` 25 %, `三成半` 35 %), as Hong Kong's and
Taiwan's press write them; read as 一成 it was 10 % — a wrong value.  `七成半数以上` is 70 % of more
than half, not 75 %."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("銷售額下跌一成半。", "一成半", 15),
    ("升幅收窄至兩成半。", "兩成半", 25),
    ("超过三成半的企业实现盈利。", "超过三成半", 35),
    ("三成一的受访者表示满意。", "三成一", 31),
])
def test_tenths_with_a_half_are_read_whole(text: str, surface: str, value: int) -> None:
    assert {f["surface"]: f["value"] for f in extract(text)}[surface] == value


def test_half_of_a_following_word_is_not_added() -> None:
    assert {f["surface"]: f["value"] for f in extract("七成半数以上的企业。")}.get("七成") == 70
