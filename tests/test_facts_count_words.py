"""A measure word after a count is its unit, not the thing counted (tests/gold/README.md: the
subject names what was measured): `接种HPV疫苗275万剂次` → HPV疫苗, never 剂次."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2022-10-20")
            if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("各地累计报告接种新冠病毒疫苗343600.1万剂次。", "343600.1万剂次", "新冠病毒疫苗"),
    ("截至今年4月底，全国已为13周岁女孩接种HPV疫苗275万剂次。", "275万剂次", "HPV疫苗"),
    ("全省累計接種流感疫苗120萬劑次。", "120萬劑次", "流感疫苗"),
])
def test_a_measure_word_after_a_count_is_no_thing_counted(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
