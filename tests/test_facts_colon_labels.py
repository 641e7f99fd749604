"""Results notes written `label:figure;` (tests/gold/README.md: the subject is the measured item):
each figure is its own label's, with no outline marker (`(一)2024年半年度利润总额:-5,977.10万元;
2024年半年度归属于母公司所有者的净利润:-5,939.72万元` → 利润总额, 归属于母公司所有者的净利润), never
the first label carried; a colon after a headline or a list's introduction names no item."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-07-15") if f["kind"] in ("money", "percent")}


@pytest.mark.parametrize(("text", "expected"), [
    ("二、上年同期经营业绩和财务状况 (一)2024年半年度利润总额:-5,977.10万元; 2024年半年度归属于母公司所有者的净利润:"
     "-5,939.72万元;2024年半年度归属于母公司所有者的扣除非经常性损益的净利润:-3,230.21万元。",
     {"-5,977.10万元": "利润总额", "-5,939.72万元": "归属于母公司所有者的净利润",
      "-3,230.21万元": "归属于母公司所有者的扣除非经常性损益的净利润"}),
    ("（一）2024年度營業收入：3.2億元；2024年度淨利潤：-0.8億元。", {"3.2億元": "營業收入", "-0.8億元": "淨利潤"}),
    ("(二)利润总额:1,204.5万元;归属于上市公司股东的净利润:986.3万元。",
     {"1,204.5万元": "利润总额", "986.3万元": "归属于上市公司股东的净利润"}),
])
def test_each_figure_is_its_own_labels(text: str, expected: dict[str, str]) -> None:
    got = subjects(text)
    assert {k: got[k] for k in expected} == expected


def test_a_colon_after_a_headline_names_no_item() -> None:
    got = subjects("原标题：5亿变50亿")
    assert "原标题" not in got.values()
