"""The columnar layout of a catalog segment: each catalog column its own
zstd frame, behind a header that holds the source records and says where
each column lies.

A segment written as one JSON document had to be decompressed and parsed
whole to answer anything: at a million articles that was every title,
date and publication (most of a second) before adding one article, which
needs only the ids and content keys.  Here a catalog document is read as a
:class:`ColumnDoc`, a mapping whose columns are decoded when first asked
for, and an id or content key is looked up in its column's bytes without
making a list of it.

    MAGIC | header length (4 bytes, little-endian) | header frame | column frames

The header frame is JSON: ``{"sources": {key: record or null}, "catalog":
{key: null or {"fields": {file, key…}, "rows": n, "facts": n, "columns":
{name: [offset, length, encoding]}}}}``, offsets counted from the end of the
header.  A column is the JSON list of its values; one tagged ``hex16``
holds only values of 16 lowercase hex digits (ids, content keys), so each
sits at a fixed stride of 19 bytes and is found by a search of the bytes.
The whole file is still checked against its size and checksum in the log.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from store.db.storage import compressor, dumps, framed_header, loads
from store.errors import DamagedCatalogError

MAGIC = b"FDCAT2\r\n"
_LENGTH = 4
HEX16 = "hex16"
HEX_STRIDE = 19  # '"' + 16 digits + '"' + ','
JSON = "json"
FIX_HINT = "run 'factdesk check --fix'"

ColumnFrame = tuple[bytes, str]  # (compressed bytes, encoding)


def is_columnar(raw: bytes) -> bool:
    return raw[:len(MAGIC)] == MAGIC


def encode_column(values: list[Any]) -> ColumnFrame:
    """One column's frame: hex16 when every value is 16 lowercase hex digits."""
    return compressor().compress(dumps(values)), HEX16 if all_hex16(values) else JSON


def all_hex16(values: list[Any]) -> bool:
    """Whether every value is 16 lowercase hex digits (and there is one)."""
    if not values or not all(isinstance(v, str) and len(v) == 16 for v in values):
        return False
    joined = "".join(values)
    return joined.isascii() and is_hex(joined.encode())


def is_hex(data: bytes) -> bool:
    return not data.translate(None, b"0123456789abcdef")


def decompress_frames(data: bytes) -> bytes:
    """The content of one or more zstd frames one after the other (a
    spooled column is written as several)."""
    import io

    import zstandard

    with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True) as reader:
        return reader.read()


class SegmentWriter:
    """Writes one columnar segment: column frames as they come (copied from
    another segment, encoded from a list, or streamed from a spool), the
    header last, to ``out``."""

    def __init__(self, out: BinaryIO, body: BinaryIO) -> None:
        self._out, self._body = out, body
        self._offset = 0
        self.catalog: dict[str, Any] = {}

    def column(self, frame: ColumnFrame) -> list:
        raw, encoding = frame
        self._body.write(raw)
        entry = [self._offset, len(raw), encoding]
        self._offset += len(raw)
        return entry

    def doc(self, key: str, doc: Mapping[str, Any] | None) -> None:
        """One catalog document (None: removed)."""
        if doc is None:
            self.catalog[key] = None
            return
        if isinstance(doc, ColumnDoc):
            columns = {name: self.column(doc.frame(name)) for name in doc.column_names}
            self.catalog[key] = {"fields": dict(doc.fields), "rows": doc.rows, "facts": doc.facts, "columns": columns}
            return
        spooled = getattr(doc, "column_frames", None)  # a store.db.row_spool.RowSpool: streamed from its files
        if spooled is not None:
            fields = dict(doc.fields)  # type: ignore[attr-defined]
            columns = {name: self.column(spooled(name)) for name in doc if name not in fields}
            rows, facts = doc.rows, doc.facts  # type: ignore[attr-defined]
        else:
            fields = {name: value for name, value in doc.items() if not isinstance(value, list)}
            columns = {name: self.column(encode_column(value)) for name, value in doc.items() if isinstance(value, list)}
            rows, facts = len(doc["ids"]), sum(doc["n_facts"])
        self.catalog[key] = {"fields": fields, "rows": rows, "facts": facts, "columns": columns}

    def finish(self, sources: Mapping[str, Any]) -> None:
        """Write the header and the gathered column frames to ``out``."""
        header = compressor().compress(dumps({"sources": dict(sources), "catalog": self.catalog}))
        self._out.write(MAGIC + len(header).to_bytes(_LENGTH, "little") + header)
        self._body.seek(0)
        while chunk := self._body.read(1 << 20):
            self._out.write(chunk)


def read_columnar(raw: bytes, path: Path) -> dict[str, dict[str, Any]]:
    """A columnar segment's tables: source records, and catalog documents
    as ColumnDocs (None where the segment removes one)."""
    header, start = _header(raw, path)
    segment = SegmentFile(raw, start, path)
    catalog = {key: None if meta is None else ColumnDoc(segment, meta) for key, meta in header["catalog"].items()}
    return {"sources": header["sources"], "catalog": catalog}


def _header(raw: bytes, path: Path) -> tuple[dict[str, Any], int]:
    bad = DamagedCatalogError(f"{path}: catalog segment has the wrong shape; {FIX_HINT}")
    header, body = framed_header(raw, len(MAGIC), _LENGTH, bad)
    if not (isinstance(header, dict) and isinstance(header.get("sources"), dict)
            and isinstance(header.get("catalog"), dict)
            and all(doc is None or _doc_meta_ok(doc, len(raw) - body) for doc in header["catalog"].values())):
        raise bad
    return header, body


def _doc_meta_ok(doc: Any, size: int) -> bool:
    if not (isinstance(doc, dict) and isinstance(doc.get("fields"), dict) and isinstance(doc.get("rows"), int)
            and isinstance(doc.get("facts"), int) and isinstance(doc.get("columns"), dict)):
        return False
    return all(isinstance(c, list) and len(c) == 3 and isinstance(c[0], int) and isinstance(c[1], int)
               and c[0] + c[1] <= size and c[2] in (HEX16, JSON) for c in doc["columns"].values())


class SegmentFile:
    """A columnar segment's bytes (compressed: a few bytes per article)."""

    def __init__(self, raw: bytes, start: int, path: Path) -> None:
        self.raw, self.start, self.path = raw, start, path

    def frame(self, entry: list) -> bytes:
        offset = self.start + entry[0]
        return self.raw[offset:offset + entry[1]]

    def decompress(self, entry: list, name: str) -> bytes:
        import zstandard

        try:
            return decompress_frames(self.frame(entry))
        except zstandard.ZstdError:
            raise DamagedCatalogError(f"{self.path}: catalog segment is damaged (column {name}); {FIX_HINT}") from None


class ColumnDoc(Mapping):
    """One catalog document of a columnar segment, read like the dict it
    was written from (``doc["ids"]``, ``doc.get("also", ())``); each column
    is decoded on first use and kept.  Thread-safe (a column decoded twice
    by two threads is the same list)."""

    def __init__(self, segment: SegmentFile, meta: dict[str, Any]) -> None:
        self._segment = segment
        self.fields: dict[str, Any] = meta["fields"]
        self.rows: int = meta["rows"]
        self.facts: int = meta["facts"]
        self._columns: dict[str, list] = meta["columns"]
        self._decoded: dict[str, list] = {}
        self._bytes: dict[str, bytes] = {}
        self._lock = threading.Lock()

    @property
    def column_names(self) -> list[str]:
        return list(self._columns)

    def __getitem__(self, name: str) -> Any:
        if name in self.fields:
            return self.fields[name]
        decoded = self._decoded.get(name)
        if decoded is None:
            if name not in self._columns:
                raise KeyError(name)
            decoded = self._decoded[name] = self._decode(name)
        return decoded

    def __iter__(self) -> Iterator[str]:
        yield from self.fields
        yield from self._columns

    def __len__(self) -> int:
        return len(self.fields) + len(self._columns)

    def __contains__(self, name: object) -> bool:
        return name in self.fields or name in self._columns

    def column_once(self, name: str) -> list:
        """A column decoded for one pass and not kept (unless it already is)."""
        decoded = self._decoded.get(name)
        return decoded if decoded is not None else self._decode(name)

    def frame(self, name: str) -> ColumnFrame:
        """A column's frame as written (copied as it is by a compaction)."""
        entry = self._columns[name]
        return self._segment.frame(entry), entry[2]

    def _raw(self, name: str) -> bytes:
        found = self._bytes.get(name)
        if found is None:
            with self._lock:
                found = self._bytes.get(name)
                if found is None:
                    found = self._segment.decompress(self._columns[name], name)
                    if self._columns[name][2] == HEX16 and name != "also" and len(found) != HEX_STRIDE * self.rows + 1:
                        raise self._damaged(name)
                    self._bytes[name] = found
        return found

    def _decode(self, name: str) -> list:
        data = self._raw(name)
        self._bytes.pop(name, None)  # the list is kept instead
        try:
            values = loads(data)
        except (ValueError, RecursionError):
            raise self._damaged(name) from None
        expected = self.rows if name != "also" else None
        if not isinstance(values, list) or (expected is not None and len(values) != expected):
            raise self._damaged(name)
        return values

    def _damaged(self, name: str) -> DamagedCatalogError:
        return DamagedCatalogError(f"{self._segment.path}: catalog segment is damaged (column {name}); {FIX_HINT}")

    def find(self, name: str, value: str) -> int | None:
        """The last row whose ``name`` column holds ``value`` (None: none),
        without making a list of a hex16 column that is not decoded yet."""
        if name not in self._columns:
            return None
        decoded = self._decoded.get(name)
        if decoded is None and self._columns[name][2] == HEX16:
            if len(value) != 16:
                return None
            data, wanted = self._raw(name), b'"' + value.encode("ascii", "replace") + b'"'
            end = len(data)
            while (pos := data.rfind(wanted, 0, end)) >= 0:
                if (pos - 1) % HEX_STRIDE == 0:
                    return (pos - 1) // HEX_STRIDE
                end = pos + len(wanted) - 1
            return None
        values = self[name]
        try:
            return len(values) - 1 - values[::-1].index(value)
        except ValueError:
            return None

    def value(self, name: str, row: int) -> Any:
        """One row's value of a column (a hex16 column is not made a list)."""
        decoded = self._decoded.get(name)
        if decoded is None and self._columns.get(name, [0, 0, JSON])[2] == HEX16:
            start = 2 + HEX_STRIDE * row
            return self._raw(name)[start:start + 16].decode("ascii")
        return self[name][row]

    def sorted_index(self, name: str) -> Callable[[str], int | None] | None:
        """A lookup of rows by a hex16 column's value through the column as
        sorted 64-bit numbers (16 bytes a row, no string per row); None for
        a column of another encoding."""
        if self._columns.get(name, [0, 0, JSON])[2] != HEX16:
            return None
        import numpy as np

        decoded = self._decoded.get(name)
        digits = "".join(decoded) if decoded is not None else self._raw(name).translate(None, b'[]",').decode("ascii")
        numbers = np.frombuffer(bytes.fromhex(digits), dtype=">u8").astype(np.uint64)
        order = np.argsort(numbers, kind="stable")
        ordered = numbers[order]
        del numbers

        def find(value: str) -> int | None:
            if len(value) != 16 or not is_hex(value.encode("ascii", "replace")):
                return None
            wanted = np.uint64(int(value, 16))
            at = int(np.searchsorted(ordered, wanted, side="right")) - 1  # the last row of equal ones
            return int(order[at]) if at >= 0 and ordered[at] == wanted else None

        return find

