"""A completion rate (完成…预算/计划/目标/任务…的N%, or N% right after the plan) is the share of a plan the sentence's
indicator reached: its subject is the indicator 完成 the plan, as a share's is the part 占 the
whole; the plan's own amount lends no subject to the figures after it. A second share of the
same part (…占调整预算100.93%，占一般公共预算收入的48.51%) is that part's too."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-05-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。",
     "40.4%", "一般公共预算收入完成年初预算数"),
    ("4月,政府性基金支出累计完成5308万元,完成年初预算数24710万元的21.5%,比上年减支27580万元,下降83.9%。",
     "21.5%", "政府性基金支出完成年初预算数"),
    ("前三季度，城镇新增就业1001万人，完成全年目标的91%。", "91%", "城镇新增就业完成全年目标"),
    ("1至5月，全市固定资产投资完成年度计划任务的46%。", "46%", "全市固定资产投资完成年度计划任务"),
    ("目前施工进度已完成总进度计划的95%。", "95%", "施工进度完成总进度计划"),
    ("完成投资90.5亿元,比上年同期增长16%,完成年度投资计划的69%。", "69%", "投资完成年度投资计划"),
    ("1至8月份,全县一般公共预算收入8.6亿元,完成预算64.2%,比上年同期增长5.3%。", "64.2%", "全县一般公共预算收入完成预算"),
    ("河道整治工程已完成进度82%。", "82%", "河道整治工程完成进度"),
])
def test_a_completion_rate_is_the_indicators(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。",
     "1070万元", "一般公共预算收入"),
    ("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。",
     "4.2%", "一般公共预算收入"),
    ("4月,一般公共预算支出累计完成107752万元,完成预算数257288万元的41.9%,比上年减支9240万元,下降7.9%。",
     "7.9%", "一般公共预算支出"),
    ("1至8月份,全县一般公共预算收入8.6亿元,完成预算64.2%,比上年同期增长5.3%。", "5.3%", "全县一般公共预算收入"),
])
def test_the_plan_lends_no_subject_to_later_figures(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("税务部门完成13,866万元,占调整预算100.93%,占一般公共预算收入的48.51%;财政部门完成14,717万元,"
     "占调整预算110.14%,占一般公共预算收入的51.49%。", "48.51%", "税务部门占一般公共预算收入"),
    ("税务部门完成13,866万元,占调整预算100.93%,占一般公共预算收入的48.51%;财政部门完成14,717万元,"
     "占调整预算110.14%,占一般公共预算收入的51.49%。", "51.49%", "财政部门占一般公共预算收入"),
    ("税收收入完成11,136万元,占调整预算90.75%,占一般公共预算收入的38.96%。", "38.96%", "税收收入占一般公共预算收入"),
])
def test_a_second_share_of_the_same_part(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
