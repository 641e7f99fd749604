"""Words that hold an ordinal or a classifier but state no such figure.

- 第N季 after a programme's title, or of the grain year's harvests, is a season: no quarter, so
  neither a date fact nor the period of the figures beside it (`《山水间的家》第三季第九期` is no
  2024Q3); a quarter written 第N季 (Hong Kong, Taiwan: `今年第三季`) stays one.
- 第二次世界大战 names a war: no rank 2 of anything.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract

SEASONS = [
    "《江河之上》第三季第九期今晚播出，收视率达2.5%。",
    "大型纪录片《星空之下》第四季今晚开播，共12集。",
    "《节气里的中国》（第三季）今晚在综合频道播出第二集。",
    "纪录片《舌尖上的家乡（第二季）》于3月播出。",
    "“校园招聘季”第四季正式启动，提供岗位3万个。",
    "夏粮是全年粮食生产的第一季，产量占全年两成多。",
    "早稻是全年粮食收获的第二季，面积稳定在7100万亩。",
]


@pytest.mark.parametrize("text", SEASONS)
def test_a_programme_s_or_a_harvest_s_season_is_no_quarter(text: str) -> None:
    facts = extract(text, date="2024-11-04")
    assert not [f for f in facts if f["kind"] == "date" and "季" in f["surface"]]
    assert not [f for f in facts if (f.get("period") or "").startswith("2024Q")]


@pytest.mark.parametrize(("text", "quarter"), [
    ("今年第三季本地生产总值按年实质增长2.5%。", "2024Q3"),
    ("去年第4季出口按年增长3.1%。", "2023Q4"),
    ("第三季出口表现更强，按年增长2.5%。", "2024Q3"),
])
def test_a_quarter_written_without_du_stays_a_quarter(text: str, quarter: str) -> None:
    facts = extract(text, date="2024-11-04")
    assert any(f["kind"] == "date" and "季" in f["surface"] for f in facts)
    assert [f["period"] for f in facts if f["kind"] == "percent"] == [quarter]


@pytest.mark.parametrize("text", ["该地发现大量第二次世界大战时期遗留的炮弹。", "第一次世界大战结束已逾百年。"])
def test_a_world_war_s_name_is_no_rank(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "rank"]


def test_an_ordinal_event_stays_a_rank() -> None:
    [f] = [f for f in extract("航天员完成第二次出舱活动。") if f["kind"] == "rank"]
    assert (f["value"], f["unit"]) == (2, "次")



FIXING = ("2026年6月12日银行间外汇市场人民币汇率中间价为：1美元对人民币6.9109元，100日元对人民币4.3419元，"
          "人民币1元对0.64139阿联酋迪拉姆。")


def test_a_fixing_quoted_pair_by_pair_is_a_rate_per_the_base_amount() -> None:
    facts = [f for f in extract(FIXING, date="2026-06-12") if f["kind"] != "date"]
    assert [(f["surface"], f["kind"], str(f["value"]), f["unit"], f["per"]) for f in facts] == [
        ("6.9109元", "index", "6.9109", "元/美元", "美元"),
        ("4.3419元", "index", "4.3419", "元/100日元", "100日元"),
        ("0.64139阿联酋迪拉姆", "index", "0.64139", "阿联酋迪拉姆/元", "元"),
    ]   # and 1美元, 100日元, 人民币1元 state no sum of money


def test_two_sums_compared_are_no_rate() -> None:
    facts = extract("项目投资1亿元对应产值3亿元，另有补贴100元对20元不等。")
    assert all(f["kind"] == "money" for f in facts)
