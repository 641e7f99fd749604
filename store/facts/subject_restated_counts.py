"""A count of people restated with a figure of speech after it: the subject the text gave it before.

A story tells a count with what it measures (`全社会跨区域人员流动量突破23亿人次`) and then restates it as a figure of
speech, the count and 的 before a noun that is no people at all (`23亿人次的脚步声，既是…`).  The noun after 的 names
what a count measures only when the count's noun names it — a word of people for a count of people (`超13万人次的客流量`,
`近7万人次的旅客`, `数十万人次的参观者`); 脚步声 is none, so the restated count (ten thousand or more: a small count
is told twice by chance, `3人受伤…找到3人的遗体`) takes the subject of the same figure told
before it in the text (same kind, value and unit), and is then one fact with it (store/facts/article.py merges the
repeat).  A count with no such figure before it keeps what it has.
"""

from __future__ import annotations

from typing import Any

from .subject_headline_counts import names_people

Fact = dict[str, Any]

_PEOPLE_UNITS = frozenset({"人", "人次", "名", "余人", "多人"})
_REACH = 600          # the figure restated is told in the paragraphs just before
_LARGE = 10000        # a figure too large to be told twice by chance (3人 … 3人的遗体 are two threes)


def needs_restated_counts(facts: list[Fact]) -> bool:
    return any(f["kind"] == "count" and f.get("unit") in _PEOPLE_UNITS for f in facts)


def settle_restated_counts(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        subj = f.get("subject")
        if (f["kind"] != "count" or f.get("unit") not in _PEOPLE_UNITS or not subj or _small(f["value"])
                or not text.startswith("的" + subj, f["end"]) or names_people(subj)):
            continue
        told = next((g for g in reversed(facts[:i]) if g["kind"] == "count" and g.get("subject")
                     and g["value"] == f["value"] and g.get("unit") == f.get("unit")
                     and f["start"] - g["end"] <= _REACH and g["subject"] != subj), None)
        if told is not None:
            f["subject"] = told["subject"]


def _small(value: Any) -> bool:
    try:
        return value is None or abs(value) < _LARGE
    except TypeError:
        return True
