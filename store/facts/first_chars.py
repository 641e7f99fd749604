"""A pattern's program with the set of characters its matches can begin with.

Python's regex compiler gives a program such a set (the search then skips, in C, every
position whose character is not in it) only when the pattern opens with a character
class, a literal or an alternation of literals.  A pattern that opens with a quick
test (``(?=[\\d一二三])…``), a lookbehind, a repeat (``(?:比|较|…)+$``) or an
alternation of classes gets none, and every position of the text is tried with the
whole pattern.  `with_first_chars` reads the set off the parsed pattern and puts it
in the program's info block, as the compiler does for the patterns it understands.

A set the compiler did make is rebuilt when it holds a category (``\\d``, ``\\s``, ``\\w``):
the search tests its set at every position of the text, and a category is a table
look-up of its own after the bitmap, for every character not in the set (most of
them); the set is made one bitmap of the Basic Multilingual Plane instead, with a
range for every character beyond it (so a wider set, never a narrower one).

The set only says where a match cannot begin, so every match, and every fact, is the
same with or without it.  A pattern this module does not understand (a negated class,
``.``, a back reference, a case-insensitive part, one that can match empty) keeps its
program as it is.
"""

from __future__ import annotations

from typing import Any

try:                                           # the compiler of the standard library (3.11+)
    from re import _compiler as _C
    from re import _constants as _K
except ImportError:                            # pragma: no cover - another Python: programs as they are
    _C = _K = None

Items = list[tuple[Any, Any]]


class _Unknown(Exception):
    """A construct whose first characters are not read: no set for the pattern."""


def _first(items: Items) -> tuple[Items, bool]:
    """(class items a match of `items` can begin with, whether it can match empty)."""
    acc: Items = []
    for op, av in items:
        if op is _K.LITERAL:
            return [*acc, (op, av)], False
        if op is _K.IN:
            if any(o is _K.NEGATE for o, _ in av):
                raise _Unknown("[^…]")
            return acc + list(av), False
        if op is _K.SUBPATTERN:
            if av[1] & _K.SRE_FLAG_IGNORECASE:
                raise _Unknown("(?i:…)")
            chars, empty = _first(list(av[3]))
        elif op is _K.BRANCH:
            chars, empty = [], False
            for alt in av[1]:
                c, e = _first(list(alt))
                chars += c
                empty = empty or e
        elif op in (_K.MAX_REPEAT, _K.MIN_REPEAT, _K.POSSESSIVE_REPEAT):
            chars, empty = _first(list(av[2]))
            empty = empty or av[0] == 0
        elif op in (_K.ASSERT, _K.ASSERT_NOT):
            continue                           # zero-width: the next item consumes the first character
        else:
            raise _Unknown(str(op))            # ., \b, ^, back references …: not read
        acc += chars
        if not empty:
            return acc, False
    return acc, True


def _lead_set(items: Items) -> Items | None:
    """The first-character set of a parsed pattern: the class of a lookahead it opens with
    (the quick test its author wrote), else the first characters of what it consumes."""
    for op, av in items:
        if op is _K.ASSERT and av[0] == 1:     # (?=…) before the first character
            try:
                chars, empty = _first(list(av[1]))
                if chars and not empty:
                    return chars
            except _Unknown:
                pass
        elif op is not _K.ASSERT and op is not _K.ASSERT_NOT:
            break
    try:
        chars, empty = _first(items)
    except (_Unknown, RecursionError):
        return None
    return chars if chars and not empty else None


def with_first_chars(parsed: Any, code: list[int], flags: int) -> list[int]:
    """`code` (the program of `parsed`, as `re._compiler._code` makes it) with a first-character
    set in its info block when the compiler left none and one can be read, or with the
    compiler's set made category-free; else `code`."""
    if _C is None or not code or code[0] != _K.INFO:
        return code
    skip, mask, lo, hi = code[1], code[2], code[3], code[4]
    if mask & _K.SRE_INFO_PREFIX or lo == 0 or flags & (_K.SRE_FLAG_IGNORECASE | _K.SRE_FLAG_LOCALE):
        return code
    if mask & _K.SRE_INFO_CHARSET:
        chars = _C._get_charset_prefix(parsed, flags)     # the set the compiler put in the block
        if not chars or not any(op is _K.CATEGORY for op, _ in chars):
            return code
    else:
        chars = _lead_set(list(parsed.data))
        if chars is None:
            return code
    chars = _without_categories(chars)
    if chars is None:
        return code
    charset, _ = _C._optimize_charset(chars)
    info = [_K.INFO, 0, _K.SRE_INFO_CHARSET, lo, hi]
    _C._compile_charset(charset, flags, info)
    info[1] = len(info) - 1                    # the skip to the code after the block
    return info + code[skip + 1:]


# what the search's set test does per character for a category (sre's unicode categories)
_TESTS = {"DIGIT": str.isdecimal, "SPACE": str.isspace, "WORD": lambda c: c.isalnum() or c == "_"}
_BEYOND_BMP = (0x10000, 0x10FFFF)


def _without_categories(chars: Items) -> Items | None:
    """`chars` with each category replaced by the characters of the Basic Multilingual Plane
    it holds and a range over every character beyond the plane (a set at least as wide);
    None when `chars` is negated (kept as it is)."""
    if not any(op is _K.CATEGORY for op, _ in chars):
        return chars
    out: Items = []
    for op, av in chars:
        if op is _K.NEGATE:
            return None
        if op is not _K.CATEGORY:
            out.append((op, av))
            continue
        name = str(av).removeprefix("CATEGORY_")
        negated = name.startswith("NOT_")
        test = _TESTS.get(name.removeprefix("NOT_"))
        if test is None:
            return None                            # a category not read here (line breaks …)
        out += _category_ranges(name.removeprefix("NOT_"), negated, test)
        out.append((_K.RANGE, _BEYOND_BMP))
    return out


_RANGES: dict[tuple[str, bool], Items] = {}


def _category_ranges(name: str, negated: bool, test: Any) -> Items:
    """The characters of the Basic Multilingual Plane in a category (or out of it), as ranges."""
    key = (name, negated)
    if key not in _RANGES:
        ranges: Items = []
        start = None
        for c in range(0x10001):
            inside = c < 0x10000 and test(chr(c)) != negated
            if inside and start is None:
                start = c
            elif not inside and start is not None:
                ranges.append((_K.RANGE, (start, c - 1)) if c - 1 > start else (_K.LITERAL, start))
                start = None
        _RANGES[key] = ranges
    return _RANGES[key]
