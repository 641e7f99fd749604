"""Counts of regions and departments name the group counted, not the noun after them.

`粤港澳大湾区内地九市进出口总值…`, `轻工11类商品零售额…`: the count is of the cities or classes
the phrase before it names (粤港澳大湾区内地, 轻工), not of the indicator after it; `全国31个
省(区、市)的抽样调查`, `22省市猪肉均价`, `赣州的３个县`: of the provinces, cities or counties
themselves (省(区、市), 省市, 县) — 全国, 我国 qualify nothing; `…、工业和信息化部等七部门近日联合
印发`: of the departments (部门), not 近日.  A count after a verb (`覆盖31个省`) is the verb's
object and is left to the other rules, as is a place count closing a list (`江苏、安徽等5省`:
the list names them).
"""

from __future__ import annotations

import re
from typing import Any

from .words import segment, tag_of

Fact = dict[str, Any]

# a count naming its own group: 九市, 22省市, 七部门, 16区县, 中亚五国, 11类
_GROUP_UNITS = frozenset({"市", "省", "县", "縣", "省市", "区县", "區縣", "省区市", "省區市", "部门", "部門", "国", "國", "类", "類"})
_NEEDS_OWNER = frozenset({"国", "國", "类", "類"})      # 五国, 11类 alone say nothing
# …个 followed by the group: 31个省(区、市), 25个县（市、区）, ３个县是
_GROUP_AFTER_RE = re.compile(
    r"(?:省[（(]区、市[)）]|省[（(]區、市[)）]|县[（(]市、区[)）]|縣[（(]市、區[)）]|省区市|省區市|省市|区县|區縣|地市|部门|部門"
    r"|[省市县縣](?=[是都均共，,。；;]))")
# a bracket naming the other kinds of region counted with it (31个省（自治区、直辖市）, 15个省（自治区）):
# the count is of regions even as a verb's object
_GROUP_BRACKET_RE = re.compile(r"[省市县縣][（(](?:自治区|自治區|直辖市|直轄市|自治州|[区區市县縣旗盟])"
                               r"(?:、(?:自治区|自治區|直辖市|直轄市|自治州|[区區市县縣旗盟]))*[)）]")
# the phrase before the count ends at a mark, 的, 等 or a blanked figure or period
_OWNER_RE = re.compile(r"(?:(?![等的和与及])[\u4e00-\u9fff]){1,12}$")
_NO_OWNER = frozenset({"全国", "全國", "我国", "我國", "全省", "全市", "全区", "全區", "全球", "各", "全", "共", "其中"})


def group_count(text: str, simp: str, f: Fact, lo: int) -> str | None:
    """The group a count of regions or departments counts (see the module doc), or None."""
    unit = f.get("unit") or ""
    s, e = f["start"], f["end"]
    if unit in _GROUP_UNITS and f["surface"].endswith(unit):
        group = unit
    elif unit == "个" and (m := _GROUP_AFTER_RE.match(simp, e) or _GROUP_BRACKET_RE.match(simp, e)):
        group = text[m.start():m.end()]
    else:
        return None
    bracketed = group[-1:] in "）)"
    left = simp[lo:s]
    if left.rstrip().endswith("等"):
        return group if group in ("部门", "部門") else None    # 工业和信息化部等七部门: the departments
    m = _OWNER_RE.search(left)
    if m and bracketed and left[:m.start()].endswith("、"):
        return group                             # 湖南、云南7个省（市）: the list's regions
    owner = _owner(text, lo + m.start(), s) if m else ""
    if owner is None:
        return group if bracketed else None      # 覆盖31个省: a verb's object; 对15个省（自治区）: the regions
    if owner:
        return owner
    return None if unit in _NEEDS_OWNER else group


def _owner(text: str, a: int, b: int) -> str | None:
    """The noun phrase text[a:b] names (prepositions before it dropped), '' when it names no
    owner (全国), None when a verb or adverb stands in it (the count is an object)."""
    words = list(segment(text[a:b]))
    while words and tag_of(words[0]) in ("p", "c") or words and words[0] in ("根据", "據", "据"):
        a += len(words.pop(0))
    if not words:
        return ""
    if any(tag_of(w) in ("v", "vd", "d", "ad", "p", "c") for w in words):
        return None
    owner = text[a:b]
    return "" if owner in _NO_OWNER or len(owner) < 2 else owner
