"""Losses listed by name after the first (`通威股份预计净亏损90-100亿元,TCL中环82-96亿元,隆基绿能60-65亿元`) are
all losses: each later item is a name and its sum, its loss written once — read as profits they were signs lost.  A
loss's range said with its span's words (`预计亏损区间也都在60亿至75亿元`) is a loss too; an item naming its own state
(`乙公司盈利5亿元`) keeps its sign."""

from __future__ import annotations

from store.facts import extract


def _values(text: str) -> list[tuple[float, float | None]]:
    return [(float(f["value"]), None if f["value_high"] is None else float(f["value_high"]))
            for f in extract(text) if f["kind"] == "money"]


def test_every_item_of_a_list_of_losses_by_name_is_a_loss() -> None:
    text = "亏损金额梯队分明:通威股份预计净亏损90-100亿元,TCL中环82-96亿元,隆基绿能60-65亿元,构成第一梯队。"
    assert _values(text) == [(-1e10, -9e9), (-9.6e9, -8.2e9), (-6.5e9, -6e9)]


def test_a_loss_range_named_as_one_is_a_loss() -> None:
    text = "TCL中环预计亏损82亿至96亿元,天合光能、隆基绿能、晶科能源的预计亏损区间也都在60亿至75亿元。"
    assert _values(text)[1] == (-7.5e9, -6e9)


def test_an_item_naming_its_own_state_keeps_its_sign() -> None:
    assert _values("甲公司净亏损3亿元,乙公司盈利5亿元。") == [(-3e8, None), (5e8, None)]
    assert _values("公司净亏损3亿元,营收增长20亿元。") == [(-3e8, None), (2e9, None)]


def test_a_loss_cut_after_a_loss_is_no_loss() -> None:
    # a guard: 减亏 after a loss is by how much it shrank
    assert _values("报告期内公司净亏损5.62亿元，较上年同期减亏2.18亿元。") == [(-5.62e8, None), (2.18e8, None)]
