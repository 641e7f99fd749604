"""A record is no subject: the figure is the indicator's the sentence named before it.

`…出口金額來到624.8億美元，為歷年單月次高，年增43.4％` gave the growth the record (歷年單月次高),
`此前触及5月1日以来最高每桶63.81美元` the verb and record (触及5月1日以来最高), `重貼現率維持1.125%的歷史新低水準`
and `保持在61%以上的較高水平` the level's description after 的.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2026-01-10") if f["kind"] not in ("date", "year")}


def test_a_record_clause_before_a_growth_gives_way_to_the_indicator() -> None:
    got = _subjects("去年12月出口金額來到624.8億美元，為歷年單月次高，年增43.4％；去年全年6,407.5億美元，年增34.9％。")
    assert got["43.4％"] == got["6,407.5億美元"] == got["34.9％"] == "出口金額"


def test_a_record_before_a_level_gives_way_to_the_price_told_before() -> None:
    got = _subjects("美国原油期货上涨0.34美元,收报每桶63.10美元,此前触及5月1日以来最高每桶63.81美元。")
    assert got["63.81美元"] == "美国原油期货"


def test_a_level_described_after_de_is_the_indicators_on_the_left() -> None:
    assert _subjects("決議貼放利率按兵不動,重貼現率維持1.125%的歷史新低水準。")["1.125%"] == "重貼現率"
    assert _subjects("業務活動預期指數保持在61%以上的較高水平。")["61%以上"] == "業務活動預期指數"
