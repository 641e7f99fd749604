"""A rate in a sentence without a period takes the period stated up to three sentences before it
in its paragraph (store/facts/period_carry.py), when the sentences between name none — beyond two
sentences back only the article's own time (its year or the one before), never an old year
named in passing."""

from __future__ import annotations

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


def test_a_list_of_rates_three_sentences_after_the_half_year() -> None:
    text = ("上半年，我国出口14.73万亿元，同比增长13.4%。其中，机电产品出口增长20.1%。同期，进口10.74万亿元，增长22.1%。"
            "进口增速高于出口8.7个百分点。在进口品类方面，能源等大宗商品、机电产品、农产品分别增长了3.4%、28%、8.6%。")
    got = periods(text, "2026-07-14")
    assert (got["3.4%"], got["28%"], got["8.6%"]) == ("2026H1",) * 3


def test_two_sentences_back_as_before() -> None:
    text = "1—11月，全国实际使用外资金额11560.9亿元。服务业实际使用外资金额8426.1亿元。高技术产业实际使用外资增长31.1%。"
    assert periods(text, "2022-12-23")["31.1%"] == "2022-01/2022-11"


def test_an_old_year_three_sentences_back_is_not_carried() -> None:
    text = ("该公司成立于1977年。公司总部位于上海。公司员工超过两千人。"
            "消息发布当天，公司股价最高涨幅8.33%。")
    assert periods(text, "2024-05-10")["8.33%"] != "1977"


def test_a_level_compared_with_last_year_takes_the_period_before() -> None:
    text = "2022年，全国粮食总产量达13731亿斤，比上年增加74亿斤。全国粮食播种面积超过17.7亿亩，比上年增长0.6%。"
    got = {f["surface"].lstrip("超过"): f["period"] for f in extract(text, date="2022-12-12")}
    assert (got["17.7亿亩"], got["0.6%"]) == ("2022", "2022")


def test_a_level_of_now_compared_with_last_year_takes_none() -> None:
    text = "1—11月，全国发电量增长2.2%。目前，全国统调电厂存煤超过1.76亿吨，同比明显增加。"
    got = {f["surface"].lstrip("超过"): f["period"] for f in extract(text, date="2022-12-12")}
    assert got["1.76亿吨"] is None
