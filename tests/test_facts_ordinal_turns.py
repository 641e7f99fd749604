"""An ordinal of a year, a wave or a turn is a rank counted in that word, as the conventions read an ordinal
with a measure word (`第57次` → 57 次): `开放的第一年` → 1 年 (a year of something, after 的; `第二年他又来`
is the next year, tests/test_facts_ordinal_ranks.py), `第七波選擇性信用管制` → 7 波, `今年第三度超車` → 3 度
(fresh, sealed3, sealed8, sealed13 and sealed14 label them so). A year or turn ranks nothing: no subject, unless
it is a run's (`连续第二年负增长`); `第一年度` (a fiscal year's name) is none."""

from __future__ import annotations

import pytest

from store.facts import extract


def ranks(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2025-12-01") if f["kind"] == "rank"}


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ('2002年是澳门"赌权"开放的第一年。', "第一年", 1, "年"),
    ("今年是雄安新区设立的第7年。", "第7年", 7, "年"),
    ("第七波選擇性信用管制沒有解除。", "第七波", 7, "波"),
    ("已发动行动第84波攻势。", "第84波", 84, "波"),
    ("十一月出口表現相當亮麗，為今年第三度超車南韓。", "第三度", 3, "度"),
])
def test_an_ordinal_of_a_year_a_wave_or_a_turn_is_a_rank(text: str, surface: str, value: int, unit: str) -> None:
    f = ranks(text)[surface]
    assert (f["value"], f["unit"]) == (value, unit)


def test_a_year_ranks_nothing_but_a_runs_year_is_the_runs() -> None:
    assert ranks('2002年是澳门"赌权"开放的第一年。')["第一年"]["subject"] is None
    assert ranks("2024年德国国内生产总值比上年实际下降0.2%，连续第二年负增长。")["第二年"]["subject"]


def test_a_fiscal_years_name_is_no_rank() -> None:
    assert "第一年" not in ranks("第一年度预算已获通过。")
