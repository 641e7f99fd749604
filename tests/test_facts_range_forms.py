"""Ranges the peer suites write that were read as two figures or lost an end: litres up to litres (`2升到3升`,
`两升到三升` — 升到 is otherwise the verb "rise to", which lost the first end and made `2` the subject) and ranges
of compound sums (`五块六到五块七毛八`).  A move from one price to another (`由…到…`, `从5元涨到6元`) stays two
figures."""

from __future__ import annotations

from typing import Any

from store.facts import extract


def _figures(text: str) -> list[tuple[Any, Any, Any]]:
    return [(f["value"], f["value_high"], f["unit"]) for f in extract(text) if f["kind"] not in ("date", "year")]


def test_litres_up_to_litres_are_one_range() -> None:
    assert _figures("2升到3升") == [(2, 3, "升")]
    assert _figures("兩升到三升") == [(2, 3, "升")]


def test_a_rise_to_stays_a_rise() -> None:
    assert _figures("水位升到3米") == [(3, None, "米")]


def test_compound_sums_make_one_range() -> None:
    [(low, high, unit)] = _figures("五块六到五块七毛八")
    assert (float(low), float(high), unit) == (5.6, 5.78, "块")
    [(low, high, _)] = _figures("五元六角到五元七角")
    assert (float(low), float(high)) == (5.6, 5.7)


def test_a_move_from_one_sum_to_another_stays_two_figures() -> None:
    assert len(_figures("由五块六到五块七毛八")) == 2
    assert len(_figures("价格从5元涨到6元")) == 2


def test_a_change_and_the_level_it_reached_stay_two_figures() -> None:
    assert len(_figures("截至10月底，支持資產總額增加90億元至22271億元。")) == 2
    assert len(_figures("7月外匯基金境外資產減少393億元至36,540億元。")) == 2
