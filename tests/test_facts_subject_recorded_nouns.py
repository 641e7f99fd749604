"""Hong Kong / Taiwan / Macao release shapes whose subject is not on the figure's left.

`本財政年度首3個月錄得60億元赤字` gave the deficit the period (本財政年度), `收入108億元,因而錄得75億元赤字`
the sum told before it (收入), `截至5月底則錄得16億元盈餘` nothing: the balance is named after the figure.
`A、B及C分別由年息x、y及z,調整為年息p、q及r` gave the reached levels the verb (調整): the comma splits the two
lists into clauses, and the second list still belongs to A, B and C one by one.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-01") if f["kind"] not in ("date", "year")}


def test_a_balance_recorded_is_named_after_the_figure() -> None:
    assert _subjects("政府本財政年度首3個月錄得60億元赤字,財政儲備為3,047億元。")["60億元"] == "赤字"
    assert _subjects("截至5月底則錄得16億元盈餘。")["16億元"] == "盈餘"
    got = _subjects("開支為183億元,收入108億元,因而錄得75億元赤字;")
    assert got["75億元"] == "赤字" and got["108億元"] == "收入"


def test_a_balance_recorded_in_simplified_script_or_after_de_keeps_its_name() -> None:
    assert _subjects("收入108亿元,因而录得60亿元的赤字。")["60亿元"] == "赤字"
    assert _subjects("当局预计该年度会录得一百六十八亿元的综合盈余。")["一百六十八亿元"] == "综合盈余"


def test_a_sum_recorded_before_another_noun_is_left_alone() -> None:
    # 錄得 + figure + a noun that is no balance: the figure's own subject (純利) stays
    assert _subjects("集團錄得純利1.35億元,增長75%。")["1.35億元"] == "純利"


def test_levels_changed_after_a_comma_take_the_rates_one_by_one() -> None:
    got = _subjects("公告事項:本行重貼現率、擔保放款融通利率及短期融通利率分別由年息1.375%、 1.75%及3.625%,"
                    "調整為年息1.5%、1.875%及3.75%,自111年6月17日起實施。")
    assert got["1.5%"] == got["1.375%"] and got["1.5%"].endswith("重貼現率")
    assert got["1.875%"] == got["1.75%"] == "擔保放款融通利率"
    assert got["3.75%"] == got["3.625%"] == "短期融通利率"
