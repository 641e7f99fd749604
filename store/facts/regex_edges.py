"""Cheap tests in front of costly patterns: which characters a match can begin with, and
which it can end with when it must reach the end of the string.

A rule pattern that is a long alternation of words is tried at every position of the
text it searches; a one-character class that says where a match can begin (or end) is
scanned far faster, so the costly pattern runs only where it can succeed.  The classes
are read off the compiled patterns themselves (the rule tables stay as they are), and
a pattern the reading does not understand gets no class: it is always run in full.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

try:                                      # the regex parser of the standard library (3.11+)
    from re import _constants as _C
    from re import _parser as _P
except ImportError:                       # pragma: no cover - another Python: no shortcuts
    _C = _P = None

_CATEGORIES = {"CATEGORY_SPACE": r"\s", "CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w"}


class _Unknown(Exception):
    """A construct whose possible characters are not read: no class for the pattern."""


def _class_items(av: list[tuple[Any, Any]]) -> list[str]:
    out = []
    for op, arg in av:
        name = str(op)
        if name == "LITERAL":
            out.append(re.escape(chr(arg)))
        elif name == "RANGE":
            out.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif name == "CATEGORY" and str(arg) in _CATEGORIES:
            out.append(_CATEGORIES[str(arg)])
        else:
            raise _Unknown(name)          # NEGATE, other categories: any character
    return out


def _min_width(sub: Any) -> int:
    return int(sub.getwidth()[0])


def _first(items: list[tuple[Any, Any]]) -> tuple[list[str], bool]:
    """(class items a match of `items` can begin with, whether it can match empty)."""
    acc: list[str] = []
    for op, av in items:
        chars, empty = _edge_of(op, av, _first)
        acc += chars
        if not empty:
            return acc, False
    return acc, True


def _edge_of(op: Any, av: Any, walk: Any) -> tuple[list[str], bool]:
    """The class items one parsed item can begin (walk=_first) or end
    (walk=_last) a match with, and whether it can match empty."""
    name = str(op)
    if name == "LITERAL":
        return [re.escape(chr(av))], False
    if name == "IN":
        return _class_items(av), False
    if name == "SUBPATTERN":
        if av[1] & re.IGNORECASE:
            raise _Unknown("(?i:)")
        return walk(list(av[3]))
    if name == "BRANCH":
        acc, empty = [], False
        for alt in av[1]:
            chars, e = walk(list(alt))
            acc += chars
            empty = empty or e
        return acc, empty
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        chars, empty = walk(list(av[2]))
        return chars, empty or av[0] == 0
    if name in ("ASSERT", "ASSERT_NOT", "AT"):
        return [], True                   # zero-width: the next item consumes the edge character
    raise _Unknown(name)


def _last(items: list[tuple[Any, Any]]) -> tuple[list[str], bool]:
    """(class items a match of `items` that reaches the end of the string can end with,
    whether it can match empty there)."""
    acc: list[str] = []
    for op, av in reversed(items):
        name = str(op)
        if name == "ASSERT" and av[0] == 1 and _min_width(av[1]) > 0:
            return acc, False             # a lookahead needing text: never at the very end
        chars, empty = _edge_of(op, av, _last)
        acc += chars
        if not empty:
            return acc, False
    return acc, True


def _compiled_class(items: list[str], empty: bool) -> re.Pattern[str] | None:
    if empty or not items:
        return None
    return re.compile("[" + "".join(dict.fromkeys(items)) + "]")


def _parsed(rx: re.Pattern[str]) -> list[tuple[Any, Any]] | None:
    if _P is None or rx.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(rx.pattern, str):
        return None
    return list(_P.parse(rx.pattern, rx.flags))


def first_class(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A class of one character that every match of `rx` begins with (None: not known)."""
    try:
        items = _parsed(rx)
        return None if items is None else _compiled_class(*_first(items))
    except (_Unknown, re.error, RecursionError):
        return None


def last_class(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A class of one character that every match of `rx` reaching the end of the string
    ends with (None: not known).  `$` also matches before a final newline: callers test
    a string ending in one in full."""
    try:
        items = _parsed(rx)
        return None if items is None else _compiled_class(*_last(items))
    except (_Unknown, re.error, RecursionError):
        return None


def finditer_from(rx: re.Pattern[str], first: re.Pattern[str] | None, s: str, a: int, b: int) -> list[re.Match[str]]:
    """`list(rx.finditer(s, a, b))`, scanning from the first place a match can begin."""
    if first is not None:
        m = first.search(s, a, b)
        if m is None:
            return []
        a = m.start()
    return list(rx.finditer(s, a, b))


def cannot_end(last: re.Pattern[str] | None, s: str) -> bool:
    """No match of the pattern `last` was read from can end `s` (so a `...$` search fails)."""
    return last is not None and bool(s) and s[-1] != "\n" and last.match(s, len(s) - 1) is None


def finditer_near(rx: re.Pattern[str], s: str, anchor: str | re.Pattern[str],
                  before: int | Callable[[str, int], int]) -> list[re.Match[str]]:
    """`list(rx.finditer(s))` for a pattern every match of which holds `anchor` (a string, or
    a pattern of one character) at most `before` characters after its start, or, when
    `before` is a function, at or after `before(s, k)` for the anchor at k: only the starts
    near an anchor are tried, where a pattern that cannot begin with a character class is
    otherwise tried everywhere."""
    out: list[re.Match[str]] = []
    resume = 0                            # where the last match ended: no match starts before
    k = _next_anchor(s, anchor, 0)
    while k >= 0:
        lo = k - before if isinstance(before, int) else before(s, k)
        for p in range(max(resume, lo), k + 1):
            m = rx.match(s, p)
            if m is not None:
                out.append(m)
                resume = m.end()
                break
        k = _next_anchor(s, anchor, max(k + 1, resume))
    return out


def _next_anchor(s: str, anchor: str | re.Pattern[str], pos: int) -> int:
    if isinstance(anchor, str):
        return s.find(anchor, pos)
    m = anchor.search(s, pos)
    return m.start() if m else -1


def end_gate(rx: re.Pattern[str]) -> Callable[[str, int], bool]:
    """A cheap test in front of ``rx.search(s, lo, end)`` for a pattern anchored at its end
    (``...$``): False when the character before `end` can end no match (nor is a newline, before
    which ``$`` also matches), so the search would fail; True when it has to be run.  A pattern
    not anchored so, or whose end the reading does not understand, is always run."""
    try:
        items = _parsed(rx)
        anchored = bool(items) and str(items[-1][0]) == "AT" and str(items[-1][1]) == "AT_END"
        last = _compiled_class(*_last(items)) if items is not None and anchored else None
    except (_Unknown, re.error, RecursionError):
        last = None
    if last is None:
        return lambda s, end: True
    chars = _literal_chars(last)
    if chars is not None:
        chars |= {"\n"}
        return lambda s, end: end <= 0 or s[end - 1] in chars
    return lambda s, end: end <= 0 or s[end - 1] == "\n" or last.match(s, end - 1) is not None


def _literal_chars(cls: re.Pattern[str]) -> frozenset[str] | None:
    """The characters of a one-character class made only of literals, else None."""
    try:
        (op, av), = _P.parse(cls.pattern)
    except (ValueError, re.error):
        return None
    if str(op) != "IN" or any(str(o) != "LITERAL" for o, _ in av):
        return None
    return frozenset(chr(a) for _, a in av)



Gate = tuple[tuple[str, "tuple[str, ...] | None"], ...]


def gate_of(needs: tuple[str, ...]) -> Gate:
    """`needs` grouped by their first characters, for `holds_gate`: a word holds its first character,
    so a text without it holds none of the words that begin with it, and one test of a single
    character (a scan in C, far quicker than a longer word's) rules the group out — most such
    characters are absent from a text."""
    if not all(needs):
        return (("", None),)              # an empty word: every text holds it
    groups: dict[str, list[str]] = {}
    for w in needs:
        groups.setdefault(w[0], []).append(w)
    return tuple((c, None if ws == [c] else tuple(ws)) for c, ws in groups.items())


def holds_gate(text: str, gate: Gate) -> bool:
    """`holds_any(text, needs)` for `gate = gate_of(needs)`: the same answer."""
    for c, words in gate:
        if c in text:
            if words is None:             # (the word is that character)
                return True
            for w in words:
                if w in text:
                    return True
    return False


def holds_any(text: str, needs: tuple[str, ...]) -> bool:
    """`text` holds one of the literals `needs`: the guard in front of a rule table's pattern
    that names the literals every match must contain, so the pattern is rarely run (a guard of
    one literal is tested with `in` where the table is read: no call for each of its rows)."""
    for w in needs:                       # (a loop, not any() over a generator: called for every table row)
        if w in text:
            return True
    return False
