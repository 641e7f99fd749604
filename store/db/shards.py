"""Shard files: the articles and facts of 1/256 of the articles each.

Shard files are written once, in the seekable layout
(store.db.shard_frames: blocks of a few records, each compressed on its
own, so one article's facts are read without the rest), under their
generation's name (``NNN.gG.json.zst``), and never rewritten in place.
Files of earlier versions (one zstd frame of the whole shard's JSON, or
plain ``NNN.gG.json``) are read as they are, the layout told by the file's
first bytes; a commit writes every shard it touches in the seekable layout,
and ``check --fix`` rewrites the rest (:func:`earlier_layout_shards`).  The
main file names the live one of each shard with its size and checksum
(``_meta.shard_sums``), and every read verifies them: a damaged, swapped or
truncated file is reported naming it, never read as data.  Every read of a
shard file goes through :func:`open_shard_file`; readers of the committed
state use :class:`ShardCache`, the transaction reads the file it is about
to rewrite (:func:`read_shard_file`), and :func:`shard_articles` yields a
shard's articles with their facts (for a copy to another backend).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Union, cast

from store.db import shard_frames
from store.db.schema import MainData, meta_of
from store.db.shard_frames import FIX_HINT, SeekableShard
from store.db.storage import dumps, loads, unpack
from store.errors import CorruptStoreError, StoreError
from store.fileio import digest, file_digest, write_cache
from store.records import Article, Fact

if TYPE_CHECKING:
    from store.db.transaction import CommitTarget

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


# What readers get of a shard: a seekable file's lazy view, or the parsed
# tables of a file of an earlier layout; both read as ``shard.get(table, {}).get(key)``.
ShardView = Union[ShardData, SeekableShard]


def shard_of(article_id: str) -> int:
    return int(hashlib.blake2b(article_id.encode(), digest_size=2).hexdigest(), 16) % N_SHARDS


def shard_key(shard: int) -> str:
    """The shard's key in the main file's ``_meta.shards``."""
    return f"{shard:03d}"


def shard_file_name(shard: int, generation: int) -> str:
    return f"{shard:03d}.g{generation}.json.zst"


# A shard's size and checksum as the main file records them.
ShardSum = list  # [size in bytes, xxh3 hex digest]


def shard_sum(data: bytes) -> ShardSum:
    return [len(data), digest(data)]


def encode_shard(data: ShardData) -> bytes:
    """A shard file's bytes, in the seekable layout."""
    return shard_frames.encode(cast(dict, data))


def open_shard_file(path: Path, expected: ShardSum | None = None) -> ShardView:
    """One shard file for reading, verified against its recorded size and
    checksum when known, naming it in any error (FileNotFoundError is left to
    the caller: a missing file can mean the store moved on).  A file in the
    seekable layout decompresses a block when a record in it is first asked
    for; one of an earlier layout is parsed whole."""
    raw = _read_verified(path, expected)
    if shard_frames.is_seekable(raw):
        return SeekableShard(raw, path)
    try:
        data = unpack(raw)
    except (ValueError, RecursionError):  # orjson.JSONDecodeError, also for invalid UTF-8
        raise CorruptStoreError(f"{path}: shard file is not valid (compressed) JSON; {FIX_HINT}") from None
    if not _well_formed(data):
        raise CorruptStoreError(f"{path}: shard file has the wrong shape; {FIX_HINT}")
    return cast(ShardData, data)


def read_shard_file(path: Path, expected: ShardSum | None = None) -> ShardData:
    """A shard file's tables as plain dicts (every block decompressed), for a
    writer to change or a whole-file check; errors as :func:`open_shard_file`."""
    shard = open_shard_file(path, expected)
    return cast(ShardData, shard.to_dict()) if isinstance(shard, SeekableShard) else shard


def shard_articles(path: Path, expected: ShardSum | None = None) -> Iterator[tuple[str, Article, list[Fact]]]:
    """(document key, article record, its facts) of every article a shard
    file holds, in the file's order, either layout.  Blocks are decompressed
    as the walk reaches them.  The records are as stored
    (store.db.store.as_article gives them as the store hands them out); the
    catalog says which keys are live articles."""
    shard = open_shard_file(path, expected)
    facts = shard.get("facts", {})
    for key, article in shard.get("articles", {}).items():
        holder = facts.get(key)
        yield key, article, holder["facts"] if holder else []


def is_earlier_layout(path: Path) -> bool:
    """Whether a shard file predates the seekable layout (so ``check --fix``
    rewrites it)."""
    with path.open("rb") as handle:
        return not shard_frames.is_seekable(handle.read(len(shard_frames.MAGIC)))


def _read_verified(path: Path, expected: ShardSum | None) -> bytes:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as err:
        raise StoreError(f"{path}: cannot read shard file ({err.strerror or err})") from None
    if expected is not None and list(expected) != shard_sum(raw):
        raise CorruptStoreError(f"{path}: shard file is damaged (its checksum differs); {FIX_HINT}")
    return raw


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
        self._parsed: OrderedDict[str, ShardView] = OrderedDict()
        self._lock = threading.RLock()

    def get(self, shard: int) -> ShardView:
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

    def peek(self, shard: int) -> ShardView:
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

    def facts_by_id(self, ids: Iterable[str],
                    unreadable: list[str] | None = None) -> tuple[dict[str, list[Fact]], list[str]]:
        """The facts of articles found by their ids in the key tables of
        their shards (no catalog needed), and the ids not found so (shards
        of an earlier layout, or an id the store does not hold), for the
        caller to look up through the catalog.  With ``unreadable``, a
        damaged shard file is said there and its articles are left out
        (neither found nor rest) instead of raising."""
        by_shard: dict[int, list[str]] = {}
        for aid in ids:
            by_shard.setdefault(shard_of(aid), []).append(aid)
        found: dict[str, list[Fact]] = {}
        rest: list[str] = []
        for shard, members in by_shard.items():
            try:
                view = self.peek(shard)
            except CorruptStoreError as err:
                if unreadable is None:
                    raise
                unreadable.append(str(err))
                continue
            if not isinstance(view, SeekableShard):
                rest += members
                continue
            holders = view.get("facts", {})
            for aid in members:
                key = view.key_of(aid)
                if key is None:
                    rest.append(aid)
                else:
                    holder = holders.get(key)
                    found[aid] = holder["facts"] if holder else []
        return found, rest

    def _read(self, shard: int, path: Path) -> ShardView:
        try:
            return open_shard_file(path, self._expected(shard))
        except FileNotFoundError:
            # A writer committed twice since we loaded the catalog and
            # cleaned up our generation: move to the current state.
            if self._refresh() and (newer := self._locate(shard)) is not None:
                return self._read(shard, newer)
            raise CorruptStoreError(f"{path}: shard file missing; {FIX_HINT}") from None


def rewrite_earlier_layouts(target: CommitTarget) -> int:
    """``check --fix``: write the shard files of an earlier layout again in
    the seekable one, in one commit that changes nothing else; how many."""
    from store.db.transaction import write_transaction

    if not _earlier_layouts(target.committed_data(), target.dir / "shards"):
        return 0  # the usual case: no lock taken, no commit
    with write_transaction(target) as tx:
        earlier = _earlier_layouts(tx.data, tx.shard_dir)  # as it is under the lock
        tx.rewrite_shards(earlier)
    return len(earlier)


def _earlier_layouts(data: MainData, shard_dir: Path) -> list[int]:
    found = []
    for key, name in meta_of(data)["shards"].items():
        try:
            if is_earlier_layout(shard_dir / name):
                found.append(int(key))
        except OSError:
            pass  # a missing or unreadable file is check's to report
    return found


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
            write_cache(shard_dir.parent / VERIFIED_FILE, dumps(kept))
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
