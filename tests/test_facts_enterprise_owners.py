"""A statistical release breaks a total into kinds of enterprise (`国有控股企业实现利润总额22648.9亿元`,
`全国规模以上工业企业实现利润总额…`): each sum is that kind's, never a bare 利润总额 every line of the breakdown would
share — an analyst could not tell the state-held firms' profit from the private ones'.  A company (`公司实现营业收入`)
still names no owner here."""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> list[str | None]:
    return [f["subject"] for f in extract(text) if f["kind"] == "money"]


def test_each_kind_of_enterprise_owns_its_profit() -> None:
    text = ("规模以上工业企业中,国有控股企业实现利润总额22648.9亿元,同比增长1.1%;股份制企业实现利润总额50877.4亿元,"
            "下降2.1%;外商及港澳台商投资企业实现利润总额16617.2亿元。")
    assert _subjects(text) == ["国有控股企业利润总额", "股份制企业利润总额", "外商及港澳台商投资企业利润总额"]
    assert _subjects("1-10月,全国规模以上工业企业实现利润总额69768.2亿元。") == ["全国规模以上工业企业利润总额"]


def test_a_company_names_no_owner_here() -> None:
    assert _subjects("公司实现营业收入128.6亿元。") == ["营业收入"]
