"""Items of a tally written `label + count` one after another are each their label's.

`包括预增285家、略增53家、扭亏105家、续盈5家`, `包括首亏174家、续亏393家、预减121家、略减21家`: each count names its
own category just before it. Labels that read as verbs (预增, 略减) were skipped, so the list's verb (包括) or the
item before (续亏) was taken.

- three or more counts in one unit, joined by 、 (the last by 和/及/与 too), each written right after a label of 2
  to 6 characters with no figure (the first after the list's verb or clause mark: 包括, 其中, ：; not after 有,
  which opens words: 现行有效法律), take their labels as subjects;
- three or more counts in one unit each followed by a two-character label, joined by 、 (`以27人贊成、18人反對、
  3人棄權`), take the label after each.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_JOIN_RE = re.compile(r"[、和及与與]\s*(?P<label>[\u4e00-\u9fff]{2,6})$")
_FIRST_RE = re.compile(r"(?:^|[，,；;：:（(、\s]|包括|其中|分别为|分別為|分别是|分別是)(?P<label>[\u4e00-\u9fff]{2,6})$")
_LEAD_WORDS_RE = re.compile(r"^(?:包括|其中|分别|分別|有|为|為|是|共|共有)")
_MIN_ITEMS = 3
# `count + label`: a two-character label right after each count (votes: 27人贊成、18人反對、3人棄權)
_AFTER_JOIN_RE = re.compile(r"(?P<label>[\u4e00-\u9fff]{2})[、和及与與]\s*")
_LAST_LABEL_RE = re.compile(r"(?P<label>[\u4e00-\u9fff]{2})(?=[，,。；;！？!?\s]|$)")   # not 24人下落|不明


def needs_tally_items(text: str, facts: list[Fact]) -> bool:
    """A tally is a run of at least _MIN_ITEMS counts (in a text with a 、)."""
    return "、" in text and sum(f["kind"] == "count" for f in facts) >= _MIN_ITEMS


def settle_tally_items(text: str, facts: list[Fact]) -> None:
    i = 0
    while i < len(facts):
        chain = [i]
        j = i
        while j + 1 < len(facts) and _joined(text, facts[j], facts[j + 1]):
            j += 1
            chain.append(j)
        if len(chain) >= _MIN_ITEMS:
            _label_items(text, [facts[k] for k in chain])
        else:
            j = _labels_after(text, facts, i)
        i = j + 1


def _labels_after(text: str, facts: list[Fact], i: int) -> int:
    """`以27人贊成、18人反對、3人棄權`: counts in one unit each followed by a two-character label; the last index
    of the chain read."""
    chain = [facts[i]]
    labels: list[str] = []
    while True:
        a = chain[-1]
        b = facts[i + len(chain)] if i + len(chain) < len(facts) else None
        m = _AFTER_JOIN_RE.fullmatch(text, a["end"], b["start"]) if b is not None and a["kind"] == b["kind"] == "count" \
            and a.get("unit") == b.get("unit") and b["start"] - a["end"] <= 4 else None
        if m is None:
            break
        labels.append(m.group("label"))
        chain.append(b)
    last = _LAST_LABEL_RE.match(text, chain[-1]["end"])
    if len(chain) < _MIN_ITEMS or last is None:
        return i
    labels.append(last.group("label"))
    if len(set(labels)) == len(labels):
        for f, label in zip(chain, labels):
            f["subject"] = label                 # 27人贊成、18人反對、3人棄權: 贊成, 反對, 棄權
    return i + len(chain) - 1


def _joined(text: str, a: Fact, b: Fact) -> bool:
    return (a["kind"] == b["kind"] == "count" and a.get("unit") == b.get("unit") and b["start"] - a["end"] <= 8
            and _JOIN_RE.fullmatch(text, a["end"], b["start"]) is not None)


def _label_items(text: str, items: list[Fact]) -> None:
    first = _FIRST_RE.search(text, max(0, items[0]["start"] - 10), items[0]["start"])
    if first is None:
        return
    labels = [_LEAD_WORDS_RE.sub("", first.group("label"))]
    for a, b in zip(items, items[1:]):
        m = _JOIN_RE.fullmatch(text, a["end"], b["start"])
        labels.append(m.group("label") if m else "")
    if any(len(x) < 2 for x in labels) or len(set(labels)) < len(labels):
        return
    for f, label in zip(items, labels):
        f["subject"] = label                     # 包括预增285家、略增53家…: 预增, 略增
