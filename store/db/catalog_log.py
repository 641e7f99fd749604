"""The catalog as an append-only log of small segments.

Rewriting the whole catalog (sources and their article columns) on every
commit made adding one article to a large store cost a rewrite of all of
it.  Instead each commit writes one segment file (``<store>.d/catalog/
cG.json.zst``, compressed, each column its own frame since schema 5:
store.db.catalog_segment) holding only the source and catalog records it
changed (a deleted record is ``null``), and the main file, now small (the
``_meta`` record and the list of live segments with their sizes and
checksums), is replaced atomically: that rename is still the one commit
point, and a segment the main file does not name is never read.

Reading replays the segments in order.  When the log grows past a bound
(COMPACT_SEGMENTS segments, or segments holding more than COMPACT_RATIO
times the base segment's bytes), the writer's commit writes the whole
catalog as one new base segment instead: the same atomic step, so a crash
during compaction leaves the old log or the new one.  Segments dropped from
the log are removed one commit later, so a reader that read the previous
main file can still read its segments (and one that misses them rereads the
main file).  A store written before the log (its tables inside the main
file) is read as it is and gets a base segment at its next commit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from store.db.catalog_segment import MAGIC, SegmentWriter, is_columnar, read_columnar
from store.db.shards import FIX_HINT, shard_sum
from store.db.storage import unpack
from store.errors import DamagedCatalogError, StoreError
from store.fileio import atomic_write

CATALOG_DIR = "catalog"
TABLES = ("sources", "catalog")
COMPACT_SEGMENTS = 64
COMPACT_RATIO = 1.0
COMPACT_SLACK = 256 * 1024  # bytes of segments a small store may gather before compacting

LogEntry = list  # [segment file name, size in bytes, xxh3 hex digest]


def segment_name(generation: int) -> str:
    return f"c{generation}.json.zst"


def segment_generation(name: str) -> int | None:
    """The generation a segment file was written by (None: not a segment)."""
    stem = name.split(".", 1)[0]
    return int(stem[1:]) if stem[:1] == "c" and stem[1:].isdigit() else None


def replay(log: list[LogEntry], directory: Path) -> dict[str, dict[str, Any]]:
    """The sources and catalog tables the log's segments add up to.
    FileNotFoundError when a segment is gone (a writer compacted twice
    since the main file was read: read it again)."""
    tables: dict[str, dict[str, Any]] = {table: {} for table in TABLES}
    for entry in log:
        segment = read_segment(directory / entry[0], entry)
        for table in TABLES:
            records = tables[table]
            for key, record in segment[table].items():
                if record is None:
                    records.pop(key, None)
                else:
                    records[key] = record
    return tables


def read_segment(path: Path, entry: LogEntry) -> dict[str, dict[str, Any]]:
    """One segment, verified against its log entry: a columnar one's
    catalog documents are read as their columns are asked for
    (store.db.catalog_segment); one written before is parsed whole."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except IsADirectoryError:  # damage like any other, which check --fix lists again from the shards
        raise DamagedCatalogError(f"{path}: catalog segment is a folder, not a file; {FIX_HINT}") from None
    except OSError as err:
        raise StoreError(f"{path}: cannot read catalog segment ({err.strerror or err})") from None
    if shard_sum(raw) != list(entry[1:]):
        raise DamagedCatalogError(f"{path}: catalog segment is damaged (its checksum differs); {FIX_HINT}")
    if is_columnar(raw):
        return read_columnar(raw, path)
    try:
        segment = unpack(raw)
    except (ValueError, RecursionError):
        raise DamagedCatalogError(f"{path}: catalog segment is not valid (compressed) JSON; {FIX_HINT}") from None
    if not isinstance(segment, dict) or not all(isinstance(segment.get(t), dict) for t in TABLES):
        raise DamagedCatalogError(f"{path}: catalog segment has the wrong shape; {FIX_HINT}")
    return segment


def changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The records of ``new``'s tables that differ from ``old``'s: changed
    ones (a writer replaces a record, never edits it in place, so identity
    tells) and removed ones as None."""
    segment: dict[str, dict[str, Any]] = {}
    for table in TABLES:
        before, after = old.get(table, {}), new[table]
        diff = {key: record for key, record in after.items() if before.get(key) is not record}
        diff.update((key, None) for key in before.keys() - after.keys())
        segment[table] = diff
    return segment


def needs_compaction(log: list[LogEntry], directory: Path | None = None) -> bool:
    """Whether the next commit writes a new base segment: no log yet (a
    store of the old layout or a new one), a base segment written before
    the columnar layout (it is rewritten once, so that opening the store no
    longer parses it whole), or too many or too large segments after the base."""
    if not log:
        return True
    if directory is not None and not _columnar_file(directory / log[0][0]):
        return True
    appended = sum(entry[1] for entry in log[1:])
    return len(log) >= COMPACT_SEGMENTS or appended > COMPACT_RATIO * log[0][1] + COMPACT_SLACK


def _columnar_file(path: Path) -> bool:
    try:
        with path.open("rb") as segment:
            return is_columnar(segment.read(len(MAGIC)))
    except OSError:
        return False


def append(directory: Path, generation: int, log: list[LogEntry], old: dict[str, Any],
           new: dict[str, Any]) -> tuple[list[LogEntry], dict[str, dict[str, Any]]]:
    """Write this commit's segment (invisible until the main file names it)
    and return the log the main file is to name (the old log and the new
    segment, or the new base segment alone when compacting) and the
    segment's tables as read back from it (its catalog documents as
    ColumnDocs, which hold their columns compressed until asked for)."""
    compact = needs_compaction(log, directory)
    segment = {table: new[table] for table in TABLES} if compact else changes(old, new)
    name = segment_name(generation)
    raw = write_segment(directory / name, segment)
    entry: LogEntry = [name, *shard_sum(raw)]
    return ([entry] if compact else [*log, entry]), read_columnar(raw, directory / name)


def write_segment(path: Path, segment: dict[str, Any]) -> bytes:
    """Write a columnar segment atomically, its columns gathered a column
    at a time in a temporary file (a document read from another segment
    has its columns copied as they are); its bytes (compressed: a few bytes
    an article)."""
    import io
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    with tempfile.TemporaryFile(dir=path.parent) as body:
        writer = SegmentWriter(out, body)
        for key, doc in segment["catalog"].items():
            writer.doc(key, doc)
        writer.finish(segment["sources"])
    raw = out.getvalue()
    atomic_write(path, raw)
    return raw


def remove_segments_except(directory: Path, keep: set[str]) -> None:
    """Delete segment files neither log names (under the write lock)."""
    if not directory.is_dir():
        return
    for entry in directory.iterdir():
        if segment_generation(entry.name) is not None and entry.name not in keep:
            try:
                entry.unlink()
            except OSError:
                pass


def remove_uncommitted_segments(directory: Path, generation: int) -> None:
    """Delete segments of a generation after ``generation`` (a writer killed
    before its commit point wrote them): call under the write lock."""
    if not directory.is_dir():
        return
    for entry in directory.iterdir():
        written = segment_generation(entry.name)
        if written is not None and written > generation:
            try:
                entry.unlink()
            except OSError:
                pass
