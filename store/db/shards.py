"""Shard files: the articles and facts of 1/256 of the articles each.

Shard files are written once, compressed (store.db.storage.pack), under
their generation's name (``NNN.gG.json.zst``; stores of earlier versions
have plain ``NNN.gG.json`` files, read as they are), and never rewritten in place; the main file names the
live one of each shard with its size and checksum (``_meta.shard_sums``),
and every read verifies them: a damaged, swapped or truncated file is
reported naming it, never read as data.  Every read of a shard file goes through
:func:`read_shard_file`; readers of the committed state use
:class:`ShardCache`, the transaction reads the file it is about to rewrite.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypedDict, cast

from store.db.schema import MainData, meta_of
from store.db.storage import dumps, loads, unpack
from store.errors import CorruptStoreError, StoreError
from store.fileio import atomic_write, digest, file_digest
from store.records import Article, Fact

N_SHARDS = 256
SHARD_CACHE = 24


class FactHolder(TypedDict):
    """The facts of one article, stored under the article's document key."""

    article_id: str
    facts: list[Fact]


class ShardData(TypedDict, total=False):
    """A shard file: TinyDB tables keyed by document key."""

    articles: dict[str, Article]
    facts: dict[str, FactHolder]


def shard_of(article_id: str) -> int:
    return int(hashlib.blake2b(article_id.encode(), digest_size=2).hexdigest(), 16) % N_SHARDS


def shard_key(shard: int) -> str:
    """The shard's key in the main file's ``_meta.shards``."""
    return f"{shard:03d}"


def shard_file_name(shard: int, generation: int) -> str:
    return f"{shard:03d}.g{generation}.json.zst"


# A shard's size and checksum as the main file records them.
ShardSum = list  # [size in bytes, xxh3 hex digest]

FIX_HINT = "run 'factdesk check --fix'"


def shard_sum(data: bytes) -> ShardSum:
    return [len(data), digest(data)]


def read_shard_file(path: Path, expected: ShardSum | None = None) -> ShardData:
    """Parse one shard file, verified against its recorded size and checksum
    when known, naming it in any error (FileNotFoundError is left to the
    caller: a missing file can mean the store moved on)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as err:
        raise StoreError(f"{path}: cannot read shard file ({err.strerror or err})") from None
    if expected is not None and list(expected) != shard_sum(raw):
        raise CorruptStoreError(f"{path}: shard file is damaged (its checksum differs); {FIX_HINT}")
    try:
        data = unpack(raw)
    except (ValueError, RecursionError):  # orjson.JSONDecodeError, also for invalid UTF-8
        raise CorruptStoreError(f"{path}: shard file is not valid (compressed) JSON; {FIX_HINT}") from None
    if not _well_formed(data):
        raise CorruptStoreError(f"{path}: shard file has the wrong shape; {FIX_HINT}")
    return cast(ShardData, data)


def _well_formed(data: object) -> bool:
    """A shard's tables are objects of records, each facts record a list."""
    if not isinstance(data, dict):
        return False
    articles, facts = data.get("articles", {}), data.get("facts", {})
    if not isinstance(articles, dict) or not isinstance(facts, dict):
        return False
    return (all(isinstance(a, dict) for a in articles.values())
            and all(isinstance(h, dict) and isinstance(h.get("facts"), list) for h in facts.values()))


class ShardCache:
    """The committed shards a reader uses, the most recent few kept parsed.

    ``locate`` names the live file of a shard (None: the shard is empty);
    ``refresh`` reloads the main file when another process committed, and
    says whether it did.  Thread-safe: the app reads from worker threads."""

    def __init__(self, locate: Callable[[int], Path | None], refresh: Callable[[], bool], size: int = SHARD_CACHE,
                 expected: Callable[[int], ShardSum | None] = lambda shard: None):
        self._locate = locate
        self._refresh = refresh
        self._expected = expected
        self._size = size
        self._parsed: OrderedDict[str, ShardData] = OrderedDict()
        self._lock = threading.RLock()

    def get(self, shard: int) -> ShardData:
        """A shard's data, kept in the cache."""
        with self._lock:
            path = self._locate(shard)
            if path is None:
                return {}
            cached = self._parsed.get(path.name)
            if cached is not None:
                self._parsed.move_to_end(path.name)
                return cached
            data = self._read(shard, path)
            if self._locate(shard) != path:  # the store moved on while reading
                return self.get(shard)
            self._parsed[path.name] = data
            while len(self._parsed) > self._size:
                self._parsed.popitem(last=False)
            return data

    def peek(self, shard: int) -> ShardData:
        """A shard's data for a whole-store pass, without filling the cache
        (which would only push out what the reader is using)."""
        path = self._locate(shard)
        if path is None:
            return {}
        with self._lock:
            cached = self._parsed.get(path.name)
        return cached if cached is not None else self._read(shard, path)

    def clear(self) -> None:
        with self._lock:
            self._parsed.clear()

    def _read(self, shard: int, path: Path) -> ShardData:
        try:
            return read_shard_file(path, self._expected(shard))
        except FileNotFoundError:
            # A writer committed twice since we loaded the catalog and
            # cleaned up our generation: move to the current state.
            if self._refresh() and (newer := self._locate(shard)) is not None:
                return self._read(shard, newer)
            raise CorruptStoreError(f"{path}: shard file missing; {FIX_HINT}") from None


def remove_uncommitted_shards(shard_dir: Path, generation: int) -> None:
    """Delete shard files of a generation after ``generation`` (a writer
    killed mid-ingest never committed them): call under the write lock."""
    if not shard_dir.is_dir():
        return
    for entry in shard_dir.glob("*.g*.json*"):
        try:
            if int(entry.name.split(".g", 1)[1].split(".", 1)[0]) > generation:
                entry.unlink()
        except (ValueError, IndexError, OSError):
            pass


def remove_shards_except(shard_dir: Path, keep: Iterable[str]) -> None:
    """Delete every file in the shard directory not named in ``keep``."""
    if not shard_dir.is_dir():
        return
    kept = set(keep)
    for entry in shard_dir.iterdir():
        if entry.name not in kept:
            try:
                entry.unlink()
            except OSError:
                pass


# Shard files (by path) this process found sound: a file is never rewritten
# under its name, so one verification per process is enough.
_VERIFIED: set[Path] = set()
# Across processes, writers remember the files they found sound by their
# stat (size, modification time, inode): hashing all of a large store's
# shards before every small commit would cost more than the commit.  Any
# change to a file (even one keeping its size) changes its stat, and it is
# hashed again.
VERIFIED_FILE = "shards-verified.json"


def damaged_shard_files(data: MainData, shard_dir: Path, sound: dict[str, list[int]] | None = None
                        ) -> dict[str, str]:
    """Shard files the main file names that are missing or differ from their
    recorded size and checksum, as shard key → problem; ``sound`` is filled
    with the stat of each file found sound, for :func:`remember_sound`."""
    if sound is None:
        sound = {}
    meta = meta_of(data)
    sums = meta.get("shard_sums", {})
    remembered = _remembered(shard_dir.parent / VERIFIED_FILE)
    found: dict[str, str] = {}
    for key, name in meta["shards"].items():
        path = shard_dir / name
        try:
            stat = _stat_key(path)
            if path in _VERIFIED or (key in sums and remembered.get(name) == stat):
                sound[name] = stat
                continue
            actual = list(file_digest(path)) if key in sums else None
        except FileNotFoundError:
            found[key] = f"{path}: shard file is missing"
            continue
        except OSError as err:
            found[key] = f"{path}: cannot read shard file ({err.strerror or err})"
            continue
        if actual is None:  # written before checksums: only its presence can be told
            continue
        if actual != list(sums[key]):
            found[key] = f"{path}: shard file is damaged (its checksum differs)"
        else:
            _VERIFIED.add(path)
            sound[name] = stat
    return found


def remember_sound(shard_dir: Path, sound: dict[str, list[int]], live: set[str]) -> None:
    """Record the shard files a writer found sound that are still live,
    after its commit (a writer that does not commit changes no file)."""
    kept = {name: stat for name, stat in sound.items() if name in live}
    if kept != _remembered(shard_dir.parent / VERIFIED_FILE):
        try:
            atomic_write(shard_dir.parent / VERIFIED_FILE, dumps(kept))
        except OSError:
            pass  # only a cache: the next writer hashes again


def _stat_key(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _remembered(path: Path) -> dict[str, list[int]]:
    try:
        data = loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
