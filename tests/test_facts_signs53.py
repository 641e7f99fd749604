"""Signs an audit of unlabelled results, statistics and bond text showed lost or wrong (cov53): each a class.

The audit (tests/gold/README.md "## Junk and signs of unlabelled results and statistics (cov53)": 157 unlabelled
pages — company results and profit warnings of Hong Kong, Taiwan and the mainland, airlines and solar makers,
statistical releases, budgets, bond auctions and commodity reports, half in traditional characters, none a gold
source — and the bulk corpus, every fact whose sentence holds a loss, fall or deficit word or a minus sign read)
found a loss read as a positive figure in these shapes, and one wrong the other way:

- a loss narrowed or widened by a rate told with a space or another verb of growth, then the level it reached
  (`股東應佔虧損收窄 62.8%至6.05億元`, `稅前虧損大增3倍至1億元`): the level is the loss (sealed5, sealed6 label
  `虧損擴大至…`, `虧損收窄至…` negative);
- the second item of a list of losses whose word stands before 分别 (`净亏损分别为6.75亿元和4.09亿元`), as
  sealed42's `每股分別淨損1.58元及0.94元`;
- the largest loss of a list named, then its sum after a comma (`國航凈虧損最高,達194.35億元`); its widening told
  after it keeps the loss as its subject;
- Taiwan's net loss attributable to the parent (`淨損歸屬母公司4.38億元`);
- a table's cell in brackets, as accounts write a negative (`股东应占溢利/(亏损) | (386,955,000) |`);
- the other way: a group of firms' summed losses (`规模以上工业企业的累计亏损额为565亿元`) is an indicator of its
  own, positive, as sealed19's `亏损企业亏损额` — it had read −565亿 of 净利润 and its growth as the profit's.
Every sentence here is written for the test, in the shapes the pages had.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _money(text: str) -> dict[str, float]:
    return {f["surface"]: float(f["value"]) for f in extract(text, date="2025-08-30") if f["kind"] == "money"}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("集團營業額減少42.4%至7709萬元,股東應佔虧損收窄 62.8%至6.05億元。", "6.05億元", -6.05e8),
    ("截至六月止半年度,股東應佔虧損擴大 1.5倍至 6251萬元。", "6251萬元", -6.251e7),
    ("期內入帳之應佔內地物業發展稅前虧損大增3倍至1億元人民幣。", "1億元人民幣", -1e8),
    ("春秋航空和吉祥航空净亏损分别为6.75亿元和4.09亿元,净利润同比减少217%和148%。", "4.09亿元", -4.09e8),
    ("其中,國航凈虧損最高,達194.35億元,按年擴大近1.9倍。", "194.35億元", -1.9435e10),
    ("去年度本期淨損4.44億元、淨損歸屬母公司4.38億元、每股虧損3.96元。", "4.38億元", -4.38e8),
    ("股东应占溢利/(亏损) | (386,955,000) | -- | (382,427,000) | (310,993,000) |", "386,955,000", -386955000),
])
def test_a_loss_is_negative(text: str, surface: str, value: float) -> None:
    assert _money(text)[surface] == pytest.approx(value)


def test_the_earlier_items_and_levels_keep_their_signs() -> None:
    got = _money("春秋航空和吉祥航空净亏损分别为6.75亿元和4.09亿元。")
    assert got["6.75亿元"] == pytest.approx(-6.75e8)
    got = _money("集團營業額減少42.4%至7709萬元,股東應佔虧損收窄 62.8%至6.05億元。")
    assert got["7709萬元"] == pytest.approx(7.709e7)          # the revenue's level after its fall: no loss
    got = _money("中鋼營收最高,達3億元,獲利最大,為1億元。")
    assert got["3億元"] == pytest.approx(3e8) and got["1億元"] == pytest.approx(1e8)   # a profit's top stays


def test_a_widening_after_the_largest_loss_is_the_losss() -> None:
    facts = extract("具体来看,国航净亏损最高,达194.35亿元,同比扩大近1.9倍;东航亏损187.36亿元。", date="2025-08-30")
    multiple = next(f for f in facts if f["kind"] == "multiple")
    assert multiple["change"] == "up" and multiple["subject"] == "国航净亏损"    # never 净利润 up 1.9×


def test_a_bracketed_table_cell_is_negative_whatever_its_kind() -> None:
    facts = extract("营业额 | 107,000 | -- | 0 | 44,242,000 | 经营溢利/(亏损) | (387,928,000) | -- | (383,171,000) |")
    values = {f["surface"]: float(f["value"]) for f in facts}
    assert values["387,928,000"] == -387928000 and values["383,171,000"] == -383171000
    assert values["44,242,000"] == 44242000 and values["107,000"] == 107000      # cells without brackets stay
    prose = {f["surface"]: float(f["value"]) for f in extract("该集团今年营收(约3.5亿元)创新高。") if f["kind"] == "money"}
    assert all(v > 0 for v in prose.values())                                    # a bracket in prose is no sign


def test_a_group_of_firms_summed_losses_is_positive_and_named_so() -> None:
    facts = extract("规模以上工业企业的累计亏损额为 565 亿元,同比增长 36.4%。其中,国有及国有控股企业的亏损额为258亿元,增幅40.4%。")
    money = [f for f in facts if f["kind"] == "money"]
    assert [float(f["value"]) for f in money] == [5.65e10, 2.58e10]
    assert all("利润" not in (f["subject"] or "") for f in facts)              # never 净利润 up 36.4 %
    own = [f for f in extract("该企业亏损额为3亿元。") if f["kind"] == "money"]
    assert float(own[0]["value"]) == -3e8                                       # one firm's loss is its own
