"""Signs an audit of unlabelled bond, fund, insurance, futures and freight text showed lost (cov54): each a class.

The audit (tests/gold/README.md "## Signs, junk and misses of unlabelled bond, fund, insurance and freight text
(cov54)": 151 unlabelled pages — treasury and local-bond tenders, futures and metals day reports, FX and central-bank
operations, bank, insurer and broker results, Hong Kong's MPF returns, property sales, shipping and airline traffic,
89 in traditional characters, none a gold source — every fact whose sentence holds a loss, fall or deficit word or a
minus sign read) found a loss or a negative read as a positive figure in these shapes:

- a return lost written with 百分之 (`基金上月平均蝕百分之一點二`, `蝕逾百分之五`, `均蝕超過百分之三`): negative, as `蝕7%`
  already was (a month's loss, `上月蝕`, is no eclipse, `月蝕`);
- a negative return named so (`負回報6%`, `负回报超过4%`, Taiwan's `負報酬率達12.5%`): −6 %, as `负增长5.3%` is a growth of −5.3 %;
- the loss of an insurer's results line with a gain beside it (`業務承保損失512億`, `淨投資損失96億元`,
  `避險工具損失達1,200億元`, `未實現損失為3,100億元`): the negative of that line (業務承保損益 …), as `匯兌損失` is the
  negative exchange gain (sealed43); damages, a provision's or an impairment's loss and a loss cut stay positive;
- an exchange loss told with 僅 before a bare sum (`單月匯損僅180億`): money, −180億;
- a loss told with the aspect's 过 (`净利润曾亏损过12.6亿元`);
- an en dash or a minus sign opening a table's cell (`| –8.45% |`), a line or a bracket: the number's sign, as a
  hyphen is; a range's dash (`1–9月`, `200万元–500万元`) keeps its ends.
Every sentence here is written for the test, in the shapes the pages had.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _fact(text: str, surface: str) -> dict:
    return next(f for f in extract(text, date="2025-09-30") if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("本港強積金基金上月平均蝕百分之一點二,是連續第三個月錄得虧損。", "百分之一點二", -1.2),
    ("表現最差的是日本股票基金,上月蝕逾百分之五。", "逾百分之五", -5),
    ("其次是亞洲債券基金及歐洲股票基金,兩者均蝕超過百分之三。", "超過百分之三", -3),
    ("而港股基金上月微蝕百分之零點四。", "百分之零點四", -0.4),
    ("上月港股基金最失色、負回報6%。", "6%", -6),
    ("调查显示,香港股票基金负回报超过4%。", "超过4%", -4),
    ("該檔基金今年以來負報酬率達12.5%。", "12.5%", -12.5),
])
def test_a_return_lost_is_negative(text: str, surface: str, value: float) -> None:
    f = _fact(text, surface)
    assert f["kind"] == "percent" and f["value"] == pytest.approx(value)


def test_a_return_earned_and_an_eclipse_stay_positive() -> None:
    assert _fact("今年以來強積金基金平均仍賺百分之一點九。", "百分之一點九")["value"] == pytest.approx(1.9)
    assert _fact("港股基金今年回報達百分之六。", "百分之六")["value"] == pytest.approx(6)


@pytest.mark.parametrize(("text", "surface", "value", "subject_end"), [
    ("除了淨投資利益有900億,另外還有業務承保損失512億、以及營業費用98億。", "512億", -5.12e10, "承保損益"),
    ("主要因業務承保損失430億元,淨投資損失96億元及營業費用80億元而至。", "96億元", -9.6e9, "投資損益"),
    ("壽險業7月避險工具損失達1,200億元、避險工具換匯成本達240億元。", "1,200億元", -1.2e11, "避險工具損益"),
    ("至上月底壽險業未實現損失為3,100億元。", "3,100億元", -3.1e11, None),    # (its subject is cut: 損失)
])
def test_a_results_lines_loss_is_its_negative(text: str, surface: str, value: float, subject_end: str) -> None:
    f = _fact(text, surface)
    assert f["kind"] == "money" and f["value"] == pytest.approx(value)
    assert subject_end is None or f["subject"].endswith(subject_end)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("另外還有營業費用98億,淨投資利益有900億。", "98億", 9.8e9),                      # a cost, no loss
    ("统计颱风造成的农业损失,估计损失计5亿9941万元。", "5亿9941万元", 5.9941e8),           # damages
    ("计提信用减值损失993万元。", "993万元", 9.93e6),                                   # an impairment
    ("公司通过套期保值减少投资损失3亿元。", "3亿元", 3e8),                               # a loss cut
])
def test_other_losses_stay_positive(text: str, surface: str, value: float) -> None:
    assert _fact(text, surface)["value"] == pytest.approx(value)


def test_an_exchange_loss_told_with_only_is_money_lost() -> None:
    f = _fact("由於台幣貶值,因此7月單月匯損僅180億,創下半年來新低。", "180億")
    assert (f["kind"], f["unit"], f["value"]) == ("money", "元", -1.8e10)


def test_a_loss_told_with_the_aspects_guo() -> None:
    assert _fact("在2015年公司净利润曾亏损过12.6亿元。", "12.6亿元")["value"] == pytest.approx(-1.26e9)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("平衡 | 2.41% | 3.05% | –8.45% | –6.12% |", "–8.45%", -8.45),
    ("平衡 | 2.41% | 3.05% | –8.45% | –6.12% |", "–6.12%", -6.12),
    ("美元銀行存款:\n−0.32%", "−0.32%", -0.32),
    ("回報(–3.1%)", "–3.1%", -3.1),
])
def test_a_dash_opening_a_cell_is_a_sign(text: str, surface: str, value: float) -> None:
    assert _fact(text, surface)["value"] == pytest.approx(value)


def test_a_ranges_dash_keeps_its_ends() -> None:
    facts = extract("累計1–9月合併營收1,234億元,預計產生約200万元–500万元的影響。", date="2025-10-10")
    money = [f for f in facts if f["kind"] == "money"]
    assert all(f["value"] > 0 for f in money)
    assert any(f["surface"] == "1–9月" and f["kind"] == "date" for f in facts)
