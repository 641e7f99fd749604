"""少于/少於 before a figure bounds it from above, as 不到 does (Hong Kong retail releases: `書報、文具及禮品
(上升少於0.05%)` is up by under 0.05 %): a qualifier, kept in the surface, and the verb before it still
gives the change.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "change"), [
    ("書報、文具及禮品(上升少於0.05%)。", "少於0.05%", "up"),
    ("中藥銷貨價值下跌少於0.1%。", "少於0.1%", "down"),
    ("每次停电时间少于3天。", "少于3天", None),
])
def test_less_than_is_a_qualifier(text: str, surface: str, change: str | None) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in extract(text)]
    assert (found[0]["qualifier"], found[0]["change"]) == ("少于", change)


def test_not_less_than_stays_its_own_qualifier() -> None:
    found = [f for f in extract("每年建设不少于2000万平方米保障房。") if f["kind"] == "quantity"]
    assert found[0]["qualifier"] == "不少于"
