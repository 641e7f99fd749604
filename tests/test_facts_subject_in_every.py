"""`每10家X中,就有9家是Y` (store/facts/subject_in_every.py): the part counts Y, not the whole counted before it."""

from __future__ import annotations

from store.facts import extract


def test_the_part_is_what_it_is_said_to_be() -> None:
    got = {f["surface"]: f["subject"] for f in extract("全省每10家专精特新企业中,就有7家是制造业企业。", date="2024-03-01")}
    assert got["7家"] == "制造业企业"
