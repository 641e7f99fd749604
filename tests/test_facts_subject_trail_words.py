"""Words between an indicator and its figure that name neither (store/facts/subject_rules.py SUBJECT_TRAIL_RE):
a currency named in words before the sum (`為新臺幣4萬1110元`, as `人民币` already was) and a temporary move
(`暫降至`): the subject is the indicator before them, not none and not the indicator with the adverb."""

from __future__ import annotations

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-03-10")}


def test_a_temporary_move_keeps_its_indicator() -> None:
    # 暂 between the indicator and its change verb had ended the subject (財政儲備暫, or none after a period)
    assert subjects("財政儲備至6月底暫降至5,100億元。")["5,100億元"] == "財政儲備"
    assert subjects("外汇储备暂时回落至3.1万亿美元。")["3.1万亿美元"] == "外汇储备"


def test_a_brief_touch_is_no_temporary_move() -> None:
    # 短暫 is one word: its 暫 is not the adverb left out
    got = subjects("西德州原油期貨價格上漲1.50美元,盤中短暫站上60.01美元。")["60.01美元"]
    assert not (got or "").endswith("短")


def test_a_currency_named_before_the_sum_is_no_part_of_the_subject() -> None:
    # 新臺幣 stood between the verb and the sum, and the subject was dropped with it (人民币 was already left out)
    got = subjects("主計總處公布,全體員工經常性薪資平均為新臺幣4萬2000元,年增2.6%。")
    assert got["4萬2000元"] == "全體員工經常性薪資"
    assert subjects("上市公司營業收入為新台幣8300億元。")["8300億元"] == "上市公司營業收入"
