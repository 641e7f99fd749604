"""A gathering told in the paragraph after its one-sentence lead (issue 10, sealed6's period misses):
`今天（8月16日）下午，…中国体育代表团在北京成立。\n巴黎残奥会中国体育代表团总人数516人，其中运动员284人…` —
the delegation's counts are of the day the lead names, as a gathering told in the next sentence of the same
paragraph already was; other counts in such a paragraph (a level, a total to date) are not carried."""

from __future__ import annotations

from store.facts import extract

LEAD = "今天（8月16日）下午，即将出征巴黎残奥会的中国体育代表团在北京成立。\n"


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


def test_the_delegations_counts_take_the_leads_day() -> None:
    got = periods(LEAD + "巴黎残奥会中国体育代表团总人数516人，其中运动员284人，包括男运动员126人、女运动员158人。",
                  "2024-08-16")
    assert [got[s] for s in ("516人", "284人", "126人", "158人")] == ["2024-08-16"] * 4


def test_the_guests_of_a_forum_take_the_leads_day() -> None:
    text = "今天（3月19日），减贫与发展高层论坛在北京开幕。\n来自20个国家的190多位驻华使节和专家学者出席论坛。"
    assert periods(text, "2023-03-19")["190多位"] == "2023-03-19"


def test_a_count_that_is_no_gathering_is_not_carried_across_the_paragraph() -> None:
    got = periods(LEAD + "我国残疾人体育事业发展迅速，全国已建成残疾人体育健身示范点1.2万个。", "2024-08-16")
    assert got["1.2万个"] is None


def test_the_first_count_of_a_long_list_of_guests_takes_the_day_too() -> None:
    text = ("今天（3月19日），第二届减贫治理与全球发展国际论坛在云南举行。来自20个国家和联合国等4个国际组织的190多位"
            "驻华使节、政府官员和专家学者共同交流减贫治理经验。")
    got = periods(text, "2023-03-19")
    assert [got[s] for s in ("20个", "4个", "190多位")] == ["2023-03-19"] * 3
