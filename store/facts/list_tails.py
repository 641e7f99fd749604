"""A list of bare numbers closed by a number with a magnitude and no unit (`发行规模分别在1.5、1.75、1.35
万亿左右`): every item shares the magnitude and the kind the last one is read with (money: 1.5万亿元).
Read one by one, `1.5` was a sum of 1.5 元 — wrong by twelve places, worse than no figure.
(`shared_magnitudes` covers the list whose last item has a unit: `分别为1.80、1.88和1.58万亿元`.)
"""

from __future__ import annotations

import re

from .bare import bare_kind, people_context
from .numbers import parse_number
from .shared_magnitudes import shared_magnitude
from .units import Unit

_MORE_RE = re.compile(r"\s*(?:、|和|及|与|或|以及)")
_KINDS = ("money", "count", "quantity")


# a sign opens a list's item after a separator or the verb that states the list (为-1.2、3.4亿元)
_SIGNED_AFTER = "、和及与與或为為是至到:：,，( \u3000"


def list_item(n: str, s: int, tok: str) -> bool:
    """An item of a list of figures: digits, or digits after a written sign (`0、 4.8、 -6.4 万亿元`)."""
    if tok[:1].isdigit():
        return True
    return tok[:1] == "-" and tok[1:2].isdigit() and s > 0 and n[s - 1] in _SIGNED_AFTER


def bare_tail_kind(n: str, last: re.Match[str], chain: list[tuple[int, int, str]]) -> str | None:
    """The kind the list's items share when `last` (the chain's last item) closes it with a bare
    magnitude, or None when it does not."""
    tok = last.group(0)
    if len(chain) < 2 or shared_magnitude(tok) is None or _MORE_RE.match(n, last.end()):
        return None
    if any(c in t for _, _, t in chain[:-1] for c in "万亿"):
        return None                          # an earlier item with its own magnitude: not one list
    p = parse_number(tok)
    # (the context is read from the list's first item: what names the list stands before it)
    kind = bare_kind(n, chain[0][0], last.end(), tok, p, True) if p is not None else None
    return kind if kind in _KINDS else None


def people_unit(n: str, chain: list[tuple[int, int, str]], kind: str) -> Unit | None:
    """人 for a list of head counts (网民规模分别为5.2、6.1和8.5亿), as a bare head count is given."""
    return Unit("人", "count", chain[0][1]) if kind == "count" and people_context(n, chain[0][0], None) else None


# a list of differences from several bases, each item after its base: 高于全国0.7、全省2.3个百分点,
# 比全国、全省分别高 … (base_lists gives each its base); the base is a short name, no figure in it
_COMPARED_HEAD_RE = re.compile(r"(?:高于|低于|快于|慢于|多于|少于|超过|比|较)[\u4e00-\u9fff]{1,6}$")
_BASE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,6}")


def compared_item(n: str, first: int, lo: int, hi: int) -> bool:
    """The list's first item (at `first`) follows a comparison with its base, and n[lo:hi], between a
    separator and the next item, is the next base's name alone."""
    return bool(_BASE_NAME_RE.fullmatch(n, lo, hi) and _COMPARED_HEAD_RE.search(n, max(0, first - 10), first))
