"""A pattern's optional parts (``(?:…)?``) compiled as alternations with an empty branch.

Python's compiler turns ``X?`` into a one-character repeat when X is one character wide,
and otherwise into the general repeat: a repeat record allocated on entry, a check after
each pass, and, while the repeat is open, every alternation inside it saving and
restoring the capture marks for each branch it tries.  The rule patterns open many forms
with an optional part of several characters (a year before a month: ``(?:(\\d{4})年)?``;
a year prefix before a period word, holding groups and alternations: PERIOD_RE), and sre
runs that machinery at every position a match may start.

``X?`` tries X, then nothing; ``(?:X|)`` does the same in the same order (``X??``, nothing
first, is ``(?:|X)``), with the same groups set when X matched and none when it did not: the
same matches, as an alternation, which sre enters without a repeat record.  Only the program
changes; the pattern, its groups and its names stay as written.
"""

from __future__ import annotations

from typing import Any

try:                                           # the compiler of the standard library (3.11+)
    from re import _compiler as _C
    from re import _constants as _K
    from re import _parser as _P
except ImportError:                            # pragma: no cover - another Python: programs as they are
    _C = _K = _P = None


def branched(parsed: Any) -> Any:
    """`parsed` (a parsed pattern, as ``re._parser.parse`` gives it) with every optional part
    wider than one character made an alternation with an empty branch; `parsed` when none."""
    if _K is None:
        return parsed
    data, changed = _items(parsed)
    return _P.SubPattern(parsed.state, data) if changed else parsed


def _items(sub: Any) -> tuple[list[tuple[Any, Any]], bool]:
    out: list[tuple[Any, Any]] = []
    changed = False
    for op, av in sub.data:
        new = _item(sub, op, av)
        changed = changed or new is not None
        out.append(new or (op, av))
    return out, changed


def _inner(sub: Any) -> tuple[Any, bool]:
    data, changed = _items(sub)
    return (_P.SubPattern(sub.state, data) if changed else sub), changed


def _item(sub: Any, op: Any, av: Any) -> tuple[Any, Any] | None:
    """The item rewritten, or None when it and everything inside it stay as they are."""
    if op in (_K.MAX_REPEAT, _K.MIN_REPEAT) and av[0] == 0 and av[1] == 1 and not _C._simple(av[2]):
        body, _ = _inner(av[2])
        empty = _P.SubPattern(sub.state, [])
        # greedy: the part first, then nothing; lazy (??): nothing first
        return _K.BRANCH, (None, [body, empty] if op is _K.MAX_REPEAT else [empty, body])
    if op is _K.SUBPATTERN:
        body, changed = _inner(av[3])
        return (op, (av[0], av[1], av[2], body)) if changed else None
    if op is _K.BRANCH:
        alts = [_inner(a) for a in av[1]]
        return (op, (av[0], [a for a, _ in alts])) if any(c for _, c in alts) else None
    if op in (_K.MAX_REPEAT, _K.MIN_REPEAT, _K.POSSESSIVE_REPEAT):
        body, changed = _inner(av[2])
        return (op, (av[0], av[1], body)) if changed else None
    if op in (_K.ASSERT, _K.ASSERT_NOT):
        body, changed = _inner(av[1])
        return (op, (av[0], body)) if changed else None
    if op is _K.ATOMIC_GROUP:
        body, changed = _inner(av)
        return (op, body) if changed else None
    return None
