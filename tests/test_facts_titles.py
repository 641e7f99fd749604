"""A quoted title is one name (tests/gold/README.md: the subject is a whole phrase from the text,
never a fragment): `第19期《求是》杂志` → 《求是》杂志, never 《求."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2022-10-20")
            if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("10月16日出版的第20期《求是》杂志将发表重要文章。", "第20期", "《求是》杂志"),
    ("11月1日出版的第21期《求是》杂志重新刊发这篇文章。", "第21期", "《求是》杂志"),
    ("今年將出版第3期《紫荊》雜誌。", "第3期", "《紫荊》雜誌"),
])
def test_a_quoted_title_is_one_name(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
