"""A count of times counts the act written after it: `两次下调存款准备金率` is two cuts of the reserve
ratio (subject `下调存款准备金率`), `七次降息` seven rate cuts (`降息`), whoever acts (the gold sets label the
act: `降息`, `加息`, `美联储加息`)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-12-20")}


RRR = "今年我国两次下调存款准备金率共1个百分点，两次下调中央银行政策利率，推动了小微企业融资难的缓解。"


def test_each_count_is_its_own_act() -> None:
    got = [(f["surface"], f["subject"]) for f in extract(RRR, date="2024-12-20") if f["surface"] == "两次"]
    assert got == [("两次", "下调存款准备金率"), ("两次", "下调中央银行政策利率")]


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("自2019年以来，新西兰联储已七次降息，直到去年2月才开始加息。", "七次", "降息"),
    ("国际货币基金组织今年已4次下调全球经济增长预期。", "4次", "下调全球经济增长预期"),
    ("美联储今年以来已经五次降息，联邦基金利率降至1%。", "五次", "降息"),
    ("央行年内三次下調利率，累計下調0.75個百分點。", "三次", "下調利率"),
])
def test_a_count_of_times_is_the_acts(text: str, surface: str, expected: str) -> None:
    assert expected in (subjects(text)[surface] or "")


def test_the_act_not_who_acts() -> None:
    got = subjects("欧洲央行今年两次提高关键利率，共加息125个基点。")
    assert got["两次"] == "提高关键利率"
