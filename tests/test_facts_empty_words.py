"""Words that never name what is measured (tests/gold/README.md: prefer no subject over a wrong
one): a time of day (当晚, 当时), an adverb of length or manner (短短, 整整, 匀速), an idiom (危在旦夕);
an approximation after a level (`升至每克806元附近`) is the level before it's."""

from __future__ import annotations

import pytest

from store.facts import extract


def subject(text: str, surface: str) -> str | None:
    return next(f["subject"] for f in extract(text, date="2025-10-20") if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface"), [
    ("在新一代养殖工船上，短短10分钟，20万尾鱼苗就能进入养殖舱。", "10分钟"),
    ("短短一周时间，南京就完成了对接。", "一周"),
    ("该港口的交易价格出现了连续四周5元/吨的“匀速”上涨。", "5元/吨"),
    ("當晚，６０名在附近工地工作的工人，第一時間趕到現場。", "６０名"),
    ("当晚，154名在再生水厂工作的建筑工人，第一时间赶到现场。", "154名"),
    ("他们救了上百名危在旦夕的司机。", "上百名"),
])
def test_a_time_adverb_or_idiom_is_no_subject(text: str, surface: str) -> None:
    # (a price's move takes the price its sentence names, as sealed7 labels it: tests/test_facts_price_chains.py)
    assert subject(text, surface) in (None, "工人", "建筑工人", "司机", "鱼苗", "该港口的交易价格")
    assert subject(text, surface) not in ("短短", "整整", "匀速", "當晚", "当晚", "危在旦夕")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("金店足金饰品报价首次突破每克800元关口,升至每克806元附近。", "806元", "金店足金饰品报价"),
    ("金店足金飾品報價首次突破每克800元關口,升至每克812元附近。", "812元", "金店足金飾品報價"),
])
def test_an_approximation_after_a_level_is_the_levels(text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected
