"""A concession word between the indicator and its change (虽然, 虽, 却) is no part of the
subject: `净利润虽然同比增长211%` measures 净利润."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("谷歌二季度净利润虽然同比增长211%，却是与欧盟罚款有关。", "211%", "谷歌净利润"),
    ("公司营业收入虽同比下降5.2%，但毛利率提升。", "5.2%", "营业收入"),
    ("该市出口额却下降3.1%。", "3.1%", "出口额"),
])
def test_a_concession_word_is_left_out_of_the_subject(text: str, surface: str, subject: str) -> None:
    got = [f for f in extract(text, date="2019-07-30") if f["surface"] == surface]
    assert got and got[0]["subject"] == subject
