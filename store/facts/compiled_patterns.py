"""The extractor's regular expressions loaded from a cache of their compiled
programs, so that a process adding one article does not spend most of the
extractor's import compiling some 180 patterns.

Python compiles a pattern in two steps: parsing and code generation (pure
Python: the slow part), then ``_sre.compile`` of the generated program.
While the extractor's modules are imported (:func:`cached_compiles`),
``re.compile`` takes the program of each pattern from a file in the user
cache directory and hands it to ``_sre.compile``.  A program is stored only
after the pattern it makes compares equal (flags, groups and code) to the
one ``re.compile`` makes; what is stored and used is that program with the
set of characters a match can begin with (store.facts.first_chars), which
Python's compiler gives only the patterns that open with a literal or a
class: the search then skips, in C, the positions no match can start at;
and with its optional parts of several characters run as alternations
rather than as repeats (store.facts.optional_branches).
Every match, and every fact, is the same with or without the cache.  The
file is named for the Python build (whose compiler made the programs) and
the kind of program, and rewritten when a pattern is missing from it (a rule
changed); a missing, unreadable or damaged file (its checksum differs) is
rebuilt, and a cache directory that cannot be written only costs the
compiling.  The rule modules are left as they are: they call
``re.compile`` as usual.
"""

from __future__ import annotations

import hashlib
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from store.facts import load_cache

_LOCK = threading.Lock()

# (pattern, flags) → (flags, code, groups, groupindex, indexgroup): the arguments
# re._compiler.compile gives _sre.compile.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str | bytes, int]


def cache_file() -> Path:
    """The extractor's programs."""
    return _named("")


def modules_cache_file() -> Path:
    """The programs of the other modules of store/ and tui/ (tui.pattern_imports): a
    file of their own, so that a command that never extracts does not read the
    extractor's."""
    return _named("-modules")


def _named(part: str) -> Path:
    import _sre

    build = hashlib.blake2b(f"{sys.version}|{_sre.MAGIC}".encode(), digest_size=6).hexdigest()
    return load_cache.cache_dir() / f"patterns-{build}-v{_PROGRAMS}{part}.marshal"


# The kind of program the file holds (in its name): 3, with first-character sets, none
# holding a category; 4, the same, in a new file: 3's files grew by a pattern built in hash
# order with every process (up to tens of MB, read on every start), and are left unread;
# 5, optional parts as alternations too.
_PROGRAMS = 5

_open = threading.local()          # .blocks: this thread's open blocks, innermost last
_patching: list[Any] = []          # re.compile as it was while any thread has a block open
_kept: dict[Path, dict[Key, Program]] = {}   # files read once per process (keep=True)


@contextmanager
def cached_compiles(path: Path | None = None, keep: bool = False) -> Iterator[None]:
    """Within the block, ``re.compile`` of a plain pattern in this thread takes
    its program from the cache file ``path`` (the extractor's by default) and
    records those it had to compile; other threads compile as usual.  A block
    opened inside a block of the same file is that block (imports nest).
    ``keep``: the file's programs stay in memory for the process's later blocks."""
    path = path or cache_file()
    blocks = _blocks()
    if blocks and blocks[-1].path == path:
        yield
        return
    cache = PatternCache(keep_loaded(path) if keep else _kept.get(path) or _load(path), path)
    _enter(cache)
    try:
        yield
    finally:
        _leave()
        if cache.missed:
            _save(path, cache.programs)


def keep_loaded(path: Path) -> dict[Key, Program]:
    """The programs of ``path``, read once per process."""
    programs = _kept.get(path)
    if programs is None:
        programs = _kept[path] = _load(path)
    return programs


def in_block() -> bool:
    """Whether this thread is inside a block."""
    return bool(getattr(_open, "blocks", None))


def _blocks() -> list[PatternCache]:
    if not hasattr(_open, "blocks"):
        _open.blocks = []
    return _open.blocks


def _enter(cache: PatternCache) -> None:
    with _LOCK:
        _blocks().append(cache)
        if not _patching:
            _patching.append(re.compile)
            re.compile = _compile_in_block  # type: ignore[assignment]
        else:
            _patching.append(None)


def _leave() -> None:
    with _LOCK:
        _blocks().pop()
        original = _patching.pop()
        if original is not None:
            re.compile = original


def _compile_in_block(pattern: Any, flags: Any = 0) -> re.Pattern:
    blocks = getattr(_open, "blocks", None)
    if blocks:
        return blocks[-1].compile(pattern, flags)
    return _compile(pattern, flags)  # a thread without a block: as re.compile does


class PatternCache:
    def __init__(self, programs: dict[Key, Program], path: Path | None = None) -> None:
        self.programs = programs
        self.path = path
        self.missed = False

    def compile(self, pattern: Any, flags: Any = 0) -> re.Pattern:
        import _sre

        flags = int(flags)
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return _compile(pattern, flags)
        key = (pattern, flags)
        program = self.programs.get(key)
        if program is not None:
            try:
                compiled = _sre.compile(pattern, *program)
            except (TypeError, ValueError, RuntimeError):  # not a program this build makes
                compiled = None
            if compiled is not None:
                return compiled
        compiled = _compile(pattern, flags)
        programs = _programs(pattern, flags)
        if programs is not None and _sre.compile(pattern, *programs[0]) == compiled:
            try:
                compiled = _sre.compile(pattern, *programs[1])
                self.programs[key] = programs[1]
            except (TypeError, ValueError, RuntimeError):  # a set this build does not take: as compiled
                self.programs[key] = programs[0]
            self.missed = True
        return compiled


def _compile(pattern: Any, flags: int) -> re.Pattern:
    return re._compile(pattern, flags)  # type: ignore[attr-defined]  # what re.compile calls


def _programs(pattern: str | bytes, flags: int) -> tuple[Program, Program] | None:
    """The program re.compile makes of a pattern, and the faster one used: its optional parts
    as alternations (store.facts.optional_branches), with its first-character set (None when this Python's compiler does not work as expected: the pattern is then
    not cached)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        from store.facts.first_chars import with_first_chars
        from store.facts.optional_branches import branched

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        optional_as_branches = branched(parsed)
        fast = with_first_chars(optional_as_branches, _compiler._code(optional_as_branches, flags),
                                flags | parsed.state.flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        # The opcodes are int subclasses: plain ints for marshal.
        rest = (parsed.state.groups - 1, groupindex, tuple(indexgroup))
        return ((int(flags | parsed.state.flags), [int(c) for c in code], *rest),
                (int(flags | parsed.state.flags), [int(c) for c in fast], *rest))
    except Exception:  # noqa: BLE001 - private API of the running Python: any surprise means "do not cache"
        return None


def _load(path: Path) -> dict[Key, Program]:
    programs = load_cache.read(path)
    return programs if isinstance(programs, dict) else {}


def _save(path: Path, programs: dict[Key, Program]) -> None:
    load_cache.write(path, programs)
