"""A ；-item that opens with its own name takes it for the figure its later clause gives (fix49s, sealed39).

Price and visitor reports go item by item: `华东地区活猪平均价格较高,为11.86元/公斤;西南地区较低,为10.89元/公斤`,
`…旗山老街以八一七．三萬人次奪冠；去年駁二超車，高達八八九．四萬人次`, `…；旗津風景區則持續低迷，只有二六○．二萬人次`.  The
figure's own clause names nothing (`为`, `高達`, `只有`), so the sentence's subject was carried from the item before
(`华东地区活猪平均价格`, `旗山老街`): another item's.  The labels name the item (sealed16 `西北地区活猪平均价格`, sealed19
`郑州`, sealed39 `东北地区`, `旗津風景區`, `駁二`).

- Only a figure of a measuring kind in a later clause of a ；-item (not its first clause), its clause before it naming
  nothing (subject_clause_topics' test), whose subject was carried from an item before (written there, not in its own);
- the item's first clause holds no figure and goes on from its name with a degree word or 則 (`较低`, `最低`, `相对较低`,
  `則持續低迷`): an item compared with the one before;
- the item's name: the words its first clause opens with (a time word before them passed over), up to the first verb,
  adverb, conjunction, preposition or degree word (`西南地区|较低`, `旗津風景區|則`, `駁二|超車`), two to ten characters, no digit;
- when the carried subject opens with a name of the same kind (its first word ends as the item's name does:
  `华东地区|活猪平均价格`), the rest of it is kept (`西南地区活猪平均价格`).
"""

from __future__ import annotations

from typing import Any

from .subject_clause_topics import _names_nothing, _plain

Fact = dict[str, Any]

_KINDS = frozenset({"money", "percent", "points", "index", "quantity", "count", "multiple"})
_ITEM_MARKS = "；;"
_SENTENCE_MARKS = "。！？!?\n"
_CLAUSE_MARKS = "，,"
# a comparison's degree words (较低, 最高, 相对较低) that jieba's table leaves untagged: the name ends before them
_DEGREE = ("较", "較", "最", "更", "相对", "相對", "比较", "比較")


def needs_item_topics(text: str) -> bool:
    return "；" in text or ";" in text


def _opening_name(simp: str, a: int, b: int) -> tuple[int, int] | None:
    """Offsets of the name the clause simp[a:b] opens with, or None."""
    from .words import _TAGS, _dictionary, segment, tag_of
    _dictionary()
    k = a
    while k < b and simp[k] in " \u3000":
        k += 1
    words = segment(simp[k:b])
    i = 0
    while i < len(words) - 1 and _TAGS.get(words[i]) == "t":
        k += len(words[i])                      # 去年|駁二超車: the time word is no part of the name
        i += 1
    start, n = k, 0
    for w in words[i:]:
        if tag_of(w) is not None or w in ("以", "則", "则", "也", "亦") or w.startswith(_DEGREE):
            break
        n += len(w)
    if not 2 <= n <= 10 or n >= b - start or any(ch.isdigit() for ch in simp[start:start + n]):
        return None
    return start, start + n


def settle_item_topics(text: str, facts: list[Fact]) -> None:
    simp = None
    for f in facts:
        if f["kind"] not in _KINDS:
            continue
        s = f["start"]
        sent = max(text.rfind(ch, 0, s) for ch in _SENTENCE_MARKS)
        item = max(text.rfind(ch, 0, s) for ch in _ITEM_MARKS)
        if item <= sent:
            continue                            # the sentence's first item: its subjects are the rules'
        a = item + 1
        c = max(text.rfind(ch, a, s) for ch in _CLAUSE_MARKS)
        if c < 0:
            continue                            # the figure in the item's first clause: its own rules
        subj = f.get("subject")
        if not subj or subj in text[a:s] or subj not in text[sent + 1:item]:
            continue                            # only a subject carried from an item before
        if simp is None:
            simp = _plain(text)
        if not _names_nothing(simp[c + 1:s]):
            continue
        first_end = min(k for k in (text.find(ch, a, s) for ch in _CLAUSE_MARKS) if k >= 0)
        name = _opening_name(simp, a, first_end)
        if name is None or any(ch.isdigit() for ch in simp[a:first_end]) or not (
                simp.startswith(_DEGREE, name[1]) or simp.startswith(("則", "则"), name[1])):
            continue                            # 西南地区|较低, 旗津風景區|則持續低迷: a comparison or a 則 item
        mine = text[name[0]:name[1]]
        f["subject"] = mine
        if subj:
            from .words import segment
            head = segment(_plain(subj))[0]     # 华东地区|活猪平均价格: the item before's name, then the indicator
            if head != simp[name[0]:name[1]] and len(subj) > len(head) and head[-1] == simp[name[1] - 1]:
                f["subject"] = mine + subj[len(head):]
