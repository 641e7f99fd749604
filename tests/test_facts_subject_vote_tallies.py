"""Counts each followed by their label (store/facts/subject_tally_items.py): a vote `以27人贊成、18人反對、3人棄權`
gives each count the label after it, not the first one's."""

from __future__ import annotations

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2023-12-20")}


def test_each_count_of_a_vote_is_its_labels() -> None:
    got = subjects("議案最終以31人贊成、12人反對、2人棄權,獲得通過。")
    assert got["31人"] == "贊成" and got["12人"] == "反對" and got["2人"] == "棄權"



def test_a_last_label_longer_than_two_characters_is_not_cut() -> None:
    got = subjects("強震已造成221人死亡，另有1015人受傷、24人下落不明。")
    assert got["24人"] != "下落"
