"""Junk and wrong figures an audit of unlabelled results, statistics and bond text showed (cov53): each a class,
with the figures beside it that stay.

The audit (tests/gold/README.md "## Junk and signs of unlabelled results and statistics (cov53)") found:

- a Hong Kong fiscal year spaced around its dash (`2005 - 06年度`), read as a span of 6 years (8 on one page);
- a bound of money before 的, a noun and the count of that class with no verb (`收入30万元以上的村12个，`): the
  class counted, as sealed9's `2000万元以上的工业企业` and sealed10's `50万元以上的「巨鲸」豪客` are trapped;
- a dividend's lot spaced as announcements typeset from a PDF write it (`每 10 股派发现金红利 0.80 元`): the 10 股 is
  the unit's (元/10股, as blind and sealed35 label it), no count of 10 shares — sealed42 traps `10股`;
- a formula's factor (`基差率 = 主力基差/现货价格 * 100%`) and the tenors of a list of bonds (`7年、10年债券`);
- `两件大事` (发展和安全两件大事), a group label as `两个大局` beside it — sealed41 traps it; a body's term before its
  plenary sitting (`中国人民政治协商会议第一届全体会议`), as the sets trap a congress's `十四届`;
- wrong figures, not junk: thousands of a currency or of shares after a space (`新台幣 3,393,387 仟元` was 3,393,387
  元, `20,000 仟股` 20,000 元), Hong Kong's `人幣` after a sum (`燃油成本337億人幣` was 337亿 people) and a 億 part
  with 點 after 兆 (`十四兆四八二點四億元` was 482.4億元).
Every sentence here is written for the test, in the shapes the pages had.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _figures(text: str) -> dict[str, tuple[str, float, str | None]]:
    return {f["surface"]: (f["kind"], float(f["value"]) if f["value"] is not None else None, f.get("unit"))
            for f in extract(text, date="2025-09-01") if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "junk", "kept"), [
    ("唐英年預計,2005 - 06年度政府綜合賬目仍錄得105億元赤字,並可於2007 - 08年度回復收支平衡。", "06年", ["105億元"]),
    ("其中集体经济收入30万元以上的村12个,占22.22%;50万元以上的村6个,占11.11%。", "30万元以上", ["12个", "22.22%", "6个"]),
    ("全县完成投资5000万元以上的项目28个,总投资达120亿元。", "5000万元以上", ["28个", "120亿元"]),
    ("向全体股东每 10 股派发现金红利 0.80 元(含税),共计派发现金股利302,873,851.84元。", "10 股",
     ["0.80 元", "302,873,851.84元"]),
    ("注: 基差率 = 主力基差/现货价格 * 100%,螺纹钢90日平均基差率为2.08%。", "100%", ["2.08%"]),
    ("1年期债券中标利率低于二级市场水平逾10BP,7年、10年债券中标利率则略高。", "7年", ["逾10BP"]),
    ("要统筹国内国际两个大局、发展安全两件大事,全年新增就业1200万人。", "两件", ["1200万人"]),
    ("1949年9月,中国人民政治协商会议第一届全体会议通过,662名代表出席。", "第一届", ["662名"]),
])
def test_labels_yield_no_figure(text: str, junk: str, kept: list[str]) -> None:
    got = _figures(text)
    assert junk not in got
    for k in kept:
        assert k in got


def test_a_spaced_fiscal_year_is_one_date() -> None:
    facts = extract("2005 - 06年度的經營赤字為154億元。")
    dates = [f for f in facts if f["kind"] == "date"]
    assert dates and dates[0]["surface"] == "2005 - 06年度" and dates[0]["period"] == "2005-04/2006-03"


def test_a_spaced_lot_gives_the_dividend_its_unit() -> None:
    assert _figures("每 10 股派发现金红利 0.80 元(含税)。")["0.80 元"] == ("money", 0.8, "元/10股")


def test_a_bound_told_with_its_own_verb_or_a_count_of_its_noun_stays() -> None:
    got = _figures("人口在100万以上的城市有6个,用户超过3000万以上的平台5家。")
    assert "6个" in got
    got = _figures("公司持股比例为100%,较上年提高2个百分点。")
    assert got["100%"][1] == 100                                  # no formula: a share held
    got = _figures("这笔债券期限为5年,票面利率3%。")
    assert "5年" in got                                            # a bond's tenor told as its own figure stays


@pytest.mark.parametrize(("text", "surface", "figure"), [
    ("募集總金額為新台幣 3,393,387 仟元。", "3,393,387 仟元", ("money", 3393387000, "新台币元")),
    ("上半年三大航司燃油成本共計337億人幣。", "337億人幣", ("money", 3.37e10, "元")),
    ("营收 500 千元,员工 12 千人。", "500 千元", ("money", 500000, "元")),
    ("本次現金增資發行新股 20,000 仟股,每股面額新台幣 10 元。", "20,000 仟股", ("count", 2e7, "股")),
    ("六月底國銀外幣存款餘額為十四兆四八二點四億元。", "十四兆四八二點四億元", ("money", 1.404824e13, "元")),
])
def test_wrong_figures_read_right(text: str, surface: str, figure: tuple[str, float, str]) -> None:
    kind, value, unit = _figures(text)[surface]
    assert (kind, unit) == figure[::2] and value == pytest.approx(figure[1])


def test_a_length_in_thousands_of_metres_stays() -> None:
    assert _figures("全长 12 千米的隧道。")["12 千米"] == ("quantity", 12, "千米")
