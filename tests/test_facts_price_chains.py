"""A price moved clause by clause is the price its sentence names first, never the verbs moving it.

Hong Kong and Taiwan market reports name a gold, silver or copper price once, then move it through
clauses opened by verbs and adverbs (`昨歷史性衝破…`, `高見…`, `即最多曾升…`, `累計本周已進帳一成`,
`低見…`, `最終報…`, `跌幅近…`): each figure there is the named price's, not `高見` or `即最多曾`.  A
clause opened by another noun stops the search (no subject is better than a wrong one), and a
price's own adjectives (`低熱值`, `最低接納價`) stay in its name.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text) if f["kind"] not in ("date", "year", "duration")}


@pytest.mark.parametrize(("text", "price", "surfaces"), [
    ("現貨白銀價昨再闖一關，歷史性衝破每安士60美元大關，高見61.2美元，即最多曾升2.8%。",
     "現貨白銀價", ("60美元", "61.2美元", "2.8%")),
    ("國際現貨金價昨亦闖一關，昨歷史性衝破每安士5,200美元大關，高見5,294美元，累計本周已進帳一成，本月升幅更高達25%。",
     "國際現貨金價", ("5,200美元", "5,294美元", "一成", "25%")),
    ("現貨金一度失守每盎司3000美元關口,低見2990.5美元,最終報3010.2美元,跌幅近0.5%。",
     "現貨金", ("3000美元", "2990.5美元", "3010.2美元", "近0.5%")),
    ("本港飾金賣出價上月底突破5萬元關口，昨再無阻力地搗破6萬元大關。", "本港飾金賣出價", ("5萬元", "6萬元")),
    ("本港饰金卖出价上月底突破5万元关口，昨再无阻力地捣破6万元大关。", "本港饰金卖出价", ("5万元", "6万元")),
    # any verb of breaking through a level after a day word and an adverbial of manner (…地)
    ("本港飾金賣出價上月底突破5萬元關口，昨再無阻力地擊穿6萬元大關。", "本港飾金賣出價", ("5萬元", "6萬元")),
    ("本港饰金卖出价上月底突破5万元关口，昨再无阻力地突破6万元大关。", "本港饰金卖出价", ("5万元", "6万元")),
    ("本港饰金卖出价上月底突破5万元关口，今日轻松地升穿6万元大关。", "本港饰金卖出价", ("5万元", "6万元")),
    ("倫敦金屬交易所的銅價亦發力追上，由月初每噸不足10,500美元，升至每噸12,800美元。",
     "倫敦金屬交易所的銅價", ("不足10,500美元",)),
    ("現貨鉑金價本周累飆12%，連升5個交易日，累計本月已進帳兩成。", "現貨鉑金價", ("12%", "兩成")),
])
def test_each_move_of_a_named_price_is_that_price(text: str, price: str, surfaces: tuple[str, ...]) -> None:
    got = _subjects(text)
    for s in surfaces:
        assert got.get(s) == price, (s, got)


@pytest.mark.parametrize(("text", "surface", "price"), [
    ("此前这一差价曾在上周触及每桶23.22美元的历史最高水平。", "23.22美元", "差价"),
    ("两种原油之间的差价为每桶18.54美元,这一差价在去年10月14日触及每桶27.88美元的历史最高水平。", "27.88美元", "差价"),
    ("纽约原油期货价格周四收盘上涨,报收于每桶91美元上方。", "91美元", "纽约原油期货价格"),
    ("在本周的交易中,纽约原油期货价格下跌了2%,此前一周下跌了6.2%。", "6.2%", "纽约原油期货价格"),
])
def test_a_levels_description_or_an_earlier_week_is_no_subject(text: str, surface: str, price: str) -> None:
    assert _subjects(text)[surface].endswith(price)


def test_a_price_named_between_the_verbs_of_its_move_is_cut_out() -> None:
    got = _subjects("倫敦銅價亦發力追上，升至昨3個月期銅曾飆約6%，至每噸12,800美元。")
    assert got["約6%"] == "3個月期銅"


def test_a_clause_opened_by_another_noun_stops_the_search() -> None:
    got = _subjects("現貨金價昨升至每安士4,000美元，投資者昨再買入約5億美元。")
    assert got["4,000美元"] == "現貨金價"
    assert got["約5億美元"] != "現貨金價"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("低熱值動力煤平均價格77元/噸,環比下降4元/噸。", "77元/噸", "低熱值動力煤平均價格"),
    ("最低接納價為100.35元。", "100.35元", "最低接納價"),
])
def test_a_prices_own_adjectives_stay_in_its_name(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject
