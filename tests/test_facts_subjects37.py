"""Subject forms that misfired in all four fresh samples pooled (sealed33–sealed36), each as its class (subj37;
sentences written for the tests, in the registers of those samples; each spec fails on main at afe8d6f).

- **A clause opened by a conjunction that goes on with the sentence** (雖, 雖然, 但, 不但, 不僅, 甚至, 更 …) names the
  topic's next figure when the words after the conjunction name nothing (`雖未如前天近七十元的高點`, `不但遠遠超出…`,
  `雖因解禁回升至…`): the sentence's subject, not `雖未如`; a noun after it stays (`不仅茶园面积`).
- **A tally of units or a damage named in the clause before** (`六都地政局公布1月建物買賣移轉棟數，總計為1萬8237棟，
  月減8.3%`, `統計颱風造成的農業損失，…達1122萬元`) is the topic of the figures after it: the count heads (栋数, 件数,
  户数, 宗数, 笔数) and 损失 are read for a sentence's topic beside the measure heads.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-08-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _subject(text: str, surface: str) -> str | None:
    return next(f for f in _facts(text) if f["surface"] == surface)["subject"]


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("台北市農產運銷公司統計，昨蔬菜均價每公斤五十八點二元，雖未如前天近六十五元的高點，但仍在高檔。", "近六十五元", "蔬菜均價"),
    ("下午2時,尖峰負載高達4,102.3萬瓩,不但遠遠超出昨天的歷史新高4,071.6萬瓩,也超越預估。", "4,071.6萬瓩", "尖峰負載"),
    ("機場旅客量108年達4869萬人次,其後因疫情遽降,去年雖因解禁回升至3812萬人次,但仍低於疫前。", "3812萬人次", "機場旅客量"),
])
def test_a_going_on_clause_naming_nothing_keeps_the_topic(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_noun_after_the_conjunction_is_the_name() -> None:
    assert _subject("今年,不仅茶园面积达1200亩,还建起了加工厂。", "1200亩") == "茶园面积"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("六都地政局公布2月建物買賣移轉棟數，總計為2萬1306棟，月減5.2%。", "2萬1306棟", "建物買賣移轉棟數"),
    ("六都地政局公布2月建物買賣移轉棟數，總計為2萬1306棟，月減5.2%。", "5.2%", "建物買賣移轉棟數"),
])
def test_a_tally_named_in_the_clause_before_is_the_topic(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_damage_named_in_the_clause_before_is_the_topic() -> None:
    text = "農業部表示，統計颱風造成的農業損失，到今天下午5時止，達新台幣2350萬元。"
    assert "颱風造成的農業損失" in (_subject(text, "2350萬元") or "")


def test_a_span_after_the_conjunction_keeps_its_act() -> None:
    text = "墓内出土的铜鼎,虽掩埋两千多年,仍保留着最初的光泽。"
    assert _subject(text, "两千多年") == "掩埋"
