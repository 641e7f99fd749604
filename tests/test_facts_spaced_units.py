"""A space between a number and its unit or percent sign, as county communiqués and
wire copy typeset them: `增长7.13 %`, `4.4 %`, `28 億人次`, `168.66 亿美元`, `5 天`.
The figure is the same as written without the space."""

from __future__ import annotations

import pytest

from store.facts import extract


def got(text: str) -> dict[str, tuple[str, object, str | None]]:
    return {f["surface"]: (f["kind"], f["value"], f["unit"]) for f in extract(text, date="2024-03-01")}


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("牛肉产量1927.79吨,增长7.13 %;", "7.13 %", ("percent", 7.13, "%")),
    ("羊肉产量876.21吨,增长4.4 %。", "4.4 %", ("percent", 4.4, "%")),
    ("同比增长 12.5 % ，高于全省。", "12.5 %", ("percent", 12.5, "%")),
    ("出口降幅超过 3 %。", "3 %", ("percent", 3, "%")),
    ("流动量累计超过 28 億人次，", "28 億人次", ("count", 2_800_000_000, "人次")),
    ("首次達到 3.8 億人次。", "3.8 億人次", ("count", 380_000_000, "人次")),
    ("贸易规模168.66 亿美元。", "168.66 亿美元", ("money", 16_866_000_000, "美元")),
    ("春节假期 9 天。", "9 天", ("duration", 9, "天")),
    ("失业率为百分之 5.2。", "百分之 5.2", ("percent", 5.2, "%")),
    ("按年上升 1.2 個百分點。", "1.2 個百分點", ("points", 1.2, "个百分点")),
    ("總值為 4,366 億元。", "4,366 億元", ("money", 436_600_000_000, "元")),
])
def test_a_unit_one_space_after_its_number_is_its_unit(text: str, surface: str, want: tuple) -> None:
    assert got(text)[surface] == want


def test_a_url_escape_after_a_space_is_still_no_percent() -> None:
    assert all(f["kind"] != "percent" for f in extract("见 100 %E8%A8%82 链接"))
