"""The seekable layout of a shard file: each table's records in small
blocks, each block its own zstd frame, behind a header that says where each
block lies and which records it holds.

A reader that wants one article's facts decompresses one block of a few
articles' facts, not the whole shard (which held up every search result by
a whole shard's parse).  Blocks rather than one frame per record: records
of one table share most of their words, and a frame per record compressed
the facts to nearly twice the size of a block of a few dozen kilobytes.

    MAGIC | header length (4 bytes, little-endian) | header frame | block frames

The header frame is JSON: ``{"tables": {name: [[offset, length, [keys…]],
…]}, "ids": {article id: key}}``, offsets counted from the end of the header;
each block is the JSON list of its records, in the order of its keys.  Every
frame carries zstd's checksum of its content, so a damaged block is told on
its own (the main file also checks the whole file: store.db.shards).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from store.db.storage import EXACT_MARK, ZSTD_LEVEL, compressor, decompressor, dumps, framed_header, loads
from store.errors import CorruptStoreError

MAGIC = b"FDSHARD1"
_LENGTH = 4
# Uncompressed bytes a block gathers before it is closed: a search result
# reads one facts block, the reading pane one articles block.
BLOCK_BYTES = {"facts": 32 * 1024, "articles": 512 * 1024}
DEFAULT_BLOCK_BYTES = 64 * 1024
# A writer holds a table's small last block back for the next flush only
# while it has fewer records than this: tiny records (a title and a line)
# would otherwise fill a quarter block each of 256 shards, every record of a
# 200k ingest held as dicts until the commit (about 1.3 KB a record).
TAIL_RECORDS = 64

FIX_HINT = "run 'factdesk check --fix'"


class Encoded(bytes):
    """A record already encoded as the store writes it (storage.dumps, never
    marked EXACT_MARK), written into its block as it is."""


def is_seekable(raw: bytes) -> bool:
    return raw[:len(MAGIC)] == MAGIC


def encode(data: Mapping[str, Mapping[str, Any]]) -> bytes:
    """A shard's tables in the seekable layout."""
    zstd = compressor(ZSTD_LEVEL, checksum=True)
    frames: list[bytes] = []
    tables: dict[str, list[list]] = {}
    offset = 0
    for name, records in data.items():
        blocks = tables[name] = []
        for keys, payload in _blocks(records, BLOCK_BYTES.get(name, DEFAULT_BLOCK_BYTES)):
            frame = zstd.compress(payload)
            blocks.append([offset, len(frame), keys])
            frames.append(frame)
            offset += len(frame)
    header = zstd.compress(dumps({"tables": tables, "ids": _ids(data.get("articles", {}))}))
    return b"".join([MAGIC, len(header).to_bytes(_LENGTH, "little"), header, *frames])


class ShardBody:
    """A shard file assembled across a writer's flushes: the blocks of the
    file it started from and of each flush's new records gathered in a body
    file (``path``), each table's last, small block held back in memory to
    be filled by the next flush; :meth:`finish` gives the file's bytes.  A
    large ingest then writes each shard once per commit, instead of once
    per flush with all it held before.  What the header will list of each
    block and article (keys, ids) is written as it comes to an anonymous
    temporary file, so a writer's memory does not grow with the records."""

    def __init__(self, path: Path, raw: bytes | None = None, source: Path | None = None) -> None:
        import tempfile

        self.path = path
        self.tails: dict[str, dict[str, Any]] = {}
        self.size = 0
        self._head = tempfile.TemporaryFile(dir=path.parent)  # JSON lines: [table, block] or ["", {id: key}]
        with path.open("wb") as body:
            if raw is not None:  # its blocks are copied as they are, once
                shard = SeekableShard(raw, source or path)
                start = len(MAGIC) + _LENGTH + int.from_bytes(raw[len(MAGIC):len(MAGIC) + _LENGTH], "little")
                body.write(memoryview(raw)[start:])
                for name, table in shard._tables.items():
                    self._note(name, None)  # a table without blocks is still listed
                    for block in table._blocks:
                        self._note(name, list(block))
                self._note("", dict(shard._ids))
                self.size = len(raw) - start

    def _note(self, table: str, entry: Any) -> None:
        self._head.write(dumps([table, entry]) + b"\n")

    def add(self, new: Mapping[str, Mapping[str, Any]]) -> None:
        """Records of keys the shard does not hold, after its own."""
        zstd = compressor(ZSTD_LEVEL, checksum=True)
        with self.path.open("ab") as body:
            for name, records in new.items():
                tail = {**self.tails.get(name, {}), **records}
                limit = BLOCK_BYTES.get(name, DEFAULT_BLOCK_BYTES)
                self.tails[name] = {}
                for keys, payload in _blocks(tail, limit):
                    if len(payload) * 4 < limit and len(keys) < TAIL_RECORDS:  # a small last block waits for more
                        self.tails[name] = {key: tail[key] for key in keys}
                        break
                    frame = zstd.compress(payload)
                    body.write(frame)
                    self._note(name, [self.size, len(frame), keys])
                    self.size += len(frame)
        self._note("", _ids(new.get("articles", {})))

    def finish(self) -> bytes:
        """The shard file's bytes: header, gathered blocks, held-back ones."""
        zstd = compressor(ZSTD_LEVEL, checksum=True)
        frames, offset = [], self.size
        for name, tail in self.tails.items():
            for keys, payload in _blocks(tail, BLOCK_BYTES.get(name, DEFAULT_BLOCK_BYTES)):
                frame = zstd.compress(payload)
                self._note(name, [offset, len(frame), keys])
                frames.append(frame)
                offset += len(frame)
        self.tails = {}
        tables, ids = self._listed()
        header = zstd.compress(dumps({"tables": tables, "ids": ids}))
        del tables, ids
        return b"".join([MAGIC, len(header).to_bytes(_LENGTH, "little"), header, self.path.read_bytes(), *frames])

    def _listed(self) -> tuple[dict[str, list[list]], dict[str, str]]:
        """The header's tables and id map, read back from the notes."""
        tables: dict[str, list[list]] = {}
        ids: dict[str, str] = {}
        self._head.seek(0)
        for line in self._head:
            table, entry = loads(line)
            if not table:
                ids.update(entry)
            elif entry is None:
                tables.setdefault(table, [])
            else:
                tables.setdefault(table, []).append(entry)
        self._head.close()
        return tables, ids


def _blocks(records: Mapping[str, Any], limit: int) -> Iterator[tuple[list[str], bytes]]:
    """(keys, JSON list of their records) of consecutive records, about
    ``limit`` bytes each."""
    keys: list[str] = []
    parts: list[bytes] = []
    size = 0
    for key, record in records.items():
        part = record if type(record) is Encoded else dumps(record)
        keys.append(key)
        parts.append(part)
        size += len(part)
        if size >= limit:
            yield keys, _list_json(parts)
            keys, parts, size = [], [], 0
    if keys:
        yield keys, _list_json(parts)


def _list_json(parts: list[bytes]) -> bytes:
    # A record holding an integer beyond 64 bits is written by the standard
    # codec and marked (storage.EXACT_MARK): the block is marked too, so that
    # it is read back by that codec and the value stays exact.
    body = b"[" + b",".join(parts) + b"]"
    return EXACT_MARK + body if any(p[:1] == EXACT_MARK for p in parts) else body


def _ids(articles: Mapping[str, Any]) -> dict[str, str]:
    """Article id → key, so that a reader finds an article's records by its
    id without the catalog (the newest key wins, as TinyDB appends)."""
    return {record["id"]: key for key, record in articles.items()
            if isinstance(record, dict) and isinstance(record.get("id"), str)}


class SeekableShard:
    """A shard file in the seekable layout, its blocks decompressed when a
    record in them is first asked for.  Reads like the parsed shard
    (``shard.get("facts", {}).get(key)``); thread-safe (a block decoded twice
    by two threads is the same data)."""

    def __init__(self, raw: bytes, path: Path) -> None:
        self.path = path
        self._raw = raw
        header = _header(raw, path)
        start = len(MAGIC) + _LENGTH + int.from_bytes(raw[len(MAGIC):len(MAGIC) + _LENGTH], "little")
        self._tables = {name: FrameTable(self, name, blocks, start) for name, blocks in header["tables"].items()}
        self._ids: dict[str, str] = header["ids"]

    def get(self, table: str, default: Any = None) -> Any:
        return self._tables.get(table, default)

    def key_of(self, article_id: str) -> str | None:
        """The key of an article's records, from its id."""
        return self._ids.get(article_id)

    def frame(self, offset: int, length: int, where: str) -> Any:
        """The JSON of one frame, raising CorruptStoreError when it is damaged."""
        import zstandard

        if offset + length > len(self._raw):
            raise CorruptStoreError(f"{self.path}: shard file is truncated ({where} missing); {FIX_HINT}")
        try:
            return loads(decompressor().decompress(self._raw[offset:offset + length]))
        except (zstandard.ZstdError, ValueError, RecursionError):
            raise CorruptStoreError(f"{self.path}: shard file is damaged ({where}); {FIX_HINT}") from None

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """Every table as plain dicts (for a writer to change)."""
        return {name: dict(table.items()) for name, table in self._tables.items()}


class FrameTable(Mapping):
    """One table of a seekable shard: key → record, a block decoded on first use."""

    def __init__(self, shard: SeekableShard, name: str, blocks: list[list], start: int) -> None:
        self._shard, self._name, self._start = shard, name, start
        self._blocks = blocks
        self._where = {key: i for i, block in enumerate(blocks) for key in block[2]}
        self._decoded: dict[int, dict[str, Any]] = {}

    def __getitem__(self, key: str) -> Any:
        return self._block(self._where[key])[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, key: object) -> bool:
        return key in self._where

    def _block(self, i: int) -> dict[str, Any]:
        decoded = self._decoded.get(i)
        if decoded is None:
            offset, length, keys = self._blocks[i]
            where = f"block {i} of {self._name}"
            records = self._shard.frame(self._start + offset, length, where)
            if not (isinstance(records, list) and len(records) == len(keys) and _well_formed(self._name, records)):
                raise CorruptStoreError(f"{self._shard.path}: shard file has the wrong shape ({where}); {FIX_HINT}")
            decoded = self._decoded[i] = dict(zip(keys, records))
        return decoded


def _well_formed(table: str, records: list) -> bool:
    """Records are objects; a facts record holds a list of facts."""
    if table == "facts":
        return all(isinstance(r, dict) and isinstance(r.get("facts"), list) for r in records)
    return all(isinstance(r, dict) for r in records)


def _header(raw: bytes, path: Path) -> dict[str, Any]:
    bad = CorruptStoreError(f"{path}: shard file is damaged (its header); {FIX_HINT}")
    header, _ = framed_header(raw, len(MAGIC), _LENGTH, bad)
    if not (isinstance(header, dict) and isinstance(header.get("tables"), dict)
            and isinstance(header.get("ids"), dict) and all(_blocks_ok(b) for b in header["tables"].values())):
        raise bad
    return header


def _blocks_ok(blocks: Any) -> bool:
    return isinstance(blocks, list) and all(
        isinstance(b, list) and len(b) == 3 and isinstance(b[0], int) and isinstance(b[1], int)
        and isinstance(b[2], list) for b in blocks)
