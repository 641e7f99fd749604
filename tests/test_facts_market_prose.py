"""Hong Kong and Taiwan market prose: a plunge or surge written with its own verb (`重挫`, `大漲`) is a change with
its direction — `韓股重挫百分之七點二` had none — and the words around an index or a company's profit that say how or
when it moved (`最新報`, `成功升穿`, `狂賺`, `期內`) are no part of what was measured."""

from __future__ import annotations

from typing import Any

from store.facts import extract


def _fact(text: str) -> dict[str, Any]:
    return next(f for f in extract(text) if f["kind"] not in ("date", "year"))


def test_a_plunge_or_surge_verb_gives_the_direction() -> None:
    f = _fact("韓股重挫百分之七點二。")
    assert (f["subject"], f["change"], f["change_word"]) == ("韓股", "down", "重挫")
    assert _fact("大盤指數重挫七七一點。")["change"] == "down"
    assert _fact("台股大漲450點。")["change"] == "up"


def test_the_words_around_a_market_figure_leave_its_subject() -> None:
    assert _fact("中原城市領先指數CCL最新報147.23點。")["subject"] == "中原城市領先指數CCL"
    assert _fact("CCL成功升穿147點。")["subject"] == "CCL"
    assert _fact("國泰金狂賺194.4億元。")["subject"] == "國泰金"
    assert _fact("期內經常開支358.96億元。")["subject"] == "經常開支"


def test_words_that_hold_those_characters_keep_them() -> None:
    assert _fact("成功率95%。")["subject"] == "成功率"
