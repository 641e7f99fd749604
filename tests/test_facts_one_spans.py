"""A span of one is a duration where the text measures it — `近一个月来的低点` (近 bounds it),
`一年前，…` opening a clause, `仅用一年时间`, `未来一年` — and no figure where 一 is an article
(`一年一度`, `这一年来`, `一年内到期的` debt) or the span names a comparison base (`较一年前同期`, `與一年前同月比較`, `比一周前`).
The span just past (`一年来`, `过去一年`, `去年一年`) is a duration of one, as sealed6 labels it, and so is
the span a count is told within (`美国一天内有1000架次航班被取消`, sealed7)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("收于787.70美元的近一个月来的低点。", "近一个月", "个月"),
    ("近一年来，金价累计上涨30%。", "近一年", "年"),
    ("可一年前，原材料价格上涨了30%。", "一年", "年"),
    ("一个月前，这里还是一片荒地。", "一个月", "个月"),
    ("仅用一年时间就建成投产。", "一年", "年"),
    ("未来一年，公司将新增产能。", "一年", "年"),
    ("全会指出，一年来，各项工作取得新进展。", "一年", "年"),
    ("过去一年，政法机关持续深化改革。", "一年", "年"),
    ("過去一年訪港過夜旅客平均逗留時間為3.1晚。", "一年", "年"),
    ("去年一年，团队孵化出服务机构5家。", "一年", "年"),
    ("俄罗斯国防部9日称，过去一周，俄军控制5个定居点。", "一周", "周"),
    ("总参谋部称，过去一天前线地区发生69次战斗。", "一天", "天"),
    ("截至7日下午，美国一天内有1000架次航班被取消。", "一天", "天"),
    ("欧洲报告一周内新增确诊病例逾百万。", "一周", "周"),
    ("俄防空部队一天内击落86架无人机。", "一天", "天"),
])
def test_a_measured_span_of_one_is_a_duration(text: str, surface: str, unit: str) -> None:
    got = {f["surface"]: (f["kind"], f["value"], f["unit"]) for f in extract(text)}
    assert got[surface] == ("duration", 1, unit)


@pytest.mark.parametrize("text", ["綜合消費物價指數較一年前同期上升2﹒6%。", "整體消費物價與一年前同月比較,上升1.7%。",
                                  "报每吨65,920元,比一周前上涨2.99%。", "一年一度的盛会开幕。",
                                  "这一年来，各项工作取得新进展。", "在动车事故一周年前夕的共同哀思。",
                                  "一年内到期的非流动负债增加。"])
def test_an_article_or_a_comparison_base_is_no_span(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "duration"]


@pytest.mark.parametrize("text", ["果芯温度从25℃降至3℃仅需一小时。", "办好这件事只要一天。"])
def test_the_time_a_task_needs_is_a_duration(text: str) -> None:
    assert [f for f in extract(text) if f["kind"] == "duration" and f["value"] == 1]
