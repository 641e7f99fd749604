"""Hong Kong results in their own words (store/facts/subject_loss_register.py): a bare loss is
淨利潤 in traditional text, a per-share loss 每股盈利, a bare 盈利 stays as written, a loss before
tax 除所得税前溢利 (its change the loss's), a dividend without the verb paying it."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2024-08-15")}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("虧損收窄至3,120.5萬元,上年同期蝕4,006.2萬元;每股虧損1.87仙。", "3,120.5萬元", "淨利潤"),
    ("虧損收窄至3,120.5萬元,上年同期蝕4,006.2萬元;每股虧損1.87仙。", "4,006.2萬元", "淨利潤"),
    ("虧損擴大至8.46億元,每股虧損12.3仙。", "8.46億元", "淨利潤"),
    ("亏损扩大至2.35亿元,上年同期蚀1.02亿元。", "2.35亿元", "净利润"),
])
def test_a_bare_loss_is_the_net_profit_in_the_texts_script(text: str, surface: str, subject: str) -> None:
    f = facts(text)[surface]
    assert f["subject"] == subject and f["value"] < 0


@pytest.mark.parametrize(("text", "surface"), [
    ("虧損收窄至3,120.5萬元,上年同期蝕4,006.2萬元;每股虧損1.87仙。", "1.87仙"),
    ("亏损扩大至2.35亿元,上年同期蚀1.02亿元;每股亏损0.42元。", "0.42元"),
    ("本集团录得亏损1,250万港元,每股亏损3.1港仙。", "3.1港仙"),
])
def test_a_hong_kong_per_share_loss_is_earnings_per_share(text: str, surface: str) -> None:
    f = facts(text)[surface]
    assert f["subject"] == "每股盈利" and f["value"] < 0


def test_a_mainland_per_share_loss_stays_the_mainland_line() -> None:
    f = facts("公司上半年净亏损1.2亿元,每股亏损0.15元。")["0.15元"]
    assert f["subject"] == "每股收益"


def test_a_bare_profit_in_hong_kong_results_stays_as_written_with_its_change() -> None:
    got = facts("星岛集团(01105-HK)公布中期业绩,营业额8.1亿元,按年减少5.2%;盈利3120万元,按年增长2.3倍,每股盈利4.2仙。")
    assert got["3120万元"]["subject"] == "盈利"
    assert got["2.3倍"]["subject"] == "盈利"


def test_a_loss_before_tax_is_the_profit_before_tax_and_its_change_the_losss() -> None:
    got = facts("本集团收入为人民币45.2百万元,同比增长12.5%;除所得税前亏损为8.3百万元,同比减少21.4%。")
    assert got["8.3百万元"]["subject"] == "除所得税前溢利" and got["8.3百万元"]["value"] < 0
    assert got["21.4%"]["subject"] == "除所得税前亏损"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("每股盈利6.1仙,派发中期息每股1.5仙。", "1.5仙", "中期息"),
    ("董事会拟派末期股息每股0.35港元。", "0.35港元", "末期股息"),
])
def test_a_dividend_is_named_without_the_verb_paying_it(text: str, surface: str, subject: str) -> None:
    assert facts(text)[surface]["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject", "unit"), [
    # 派息 is the payout itself: the verb's strip left the subject 息
    # (and the year's payout keeps its 全年, as 末期派息 keeps 末期: 13 of 13 tuning labels, test_facts_sealed42_subject)
    ("全年派息每股0.52港元，派息比率约40%。", "0.52港元", "全年派息", "港元/股"),
    ("末期派息每股0.2元。", "0.2元", "末期派息", "元/股"),
    # a dividend per a lot of shares: the lot is the unit's, not the subject's, and so are those who receive it
    ("公司拟每10股派息3元。", "3元", "派息", "元/10股"),
    ("向全体股东每10股派发现金红利2.13元（含税）。", "2.13元", "现金红利", "元/10股"),
])
def test_a_payout_keeps_its_name_and_a_lot_goes_to_the_unit(text: str, surface: str, subject: str, unit: str) -> None:
    f = facts(text)[surface]
    assert (f["subject"], f["unit"]) == (subject, unit)


@pytest.mark.parametrize(("text", "surface", "subject"), [
    # a concession or an adverb between the owner and its loss is no part of the profit's name
    ("另外，新光人壽前三季雖虧損約312億元，但金控稅後純益為9.2億元。", "約312億元", "新光人壽利潤"),
    ("公司亦亏损3亿元。", "3亿元", "净利润"),
])
def test_a_loss_told_with_an_adverb_names_its_profit_without_it(text: str, surface: str, subject: str) -> None:
    f = facts(text)[surface]
    assert f["subject"] == subject and f["value"] < 0
