"""What a writer keeps of each article it stores, kept compact.

A source of a million articles used to be held as lists of its catalog
columns (every title, date, id and content key as a string) and a set of
its ids and content keys until its commit: memory grew with the number of
records, whatever the flushes of their text.  Here:

* :class:`RowSpool` gathers the rows of a catalog document a chunk at a
  time and writes each chunk to one compressed temporary file per column
  (anonymous: a killed writer leaves nothing), so the commit streams each
  column into the catalog segment (store.db.catalog_segment) as one frame;
  a document of a few rows never touches the disk.
* :class:`CompactIds` is a set of ids and content keys (16 hex digits)
  holding each as 8 bytes in a sorted array once it has many.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator, Mapping, Set
from pathlib import Path
from typing import Any

from store.db.catalog_segment import (
    HEX16,
    JSON,
    ColumnFrame,
    all_hex16,
    decompress_frames,
    encode_column,
    is_hex,
)
from store.db.storage import EXACT_MARK, ZSTD_LEVEL, dumps, loads

CHUNK_ROWS = 4_096  # rows held in lists before they are compressed to the spool
SPOOLED_COLUMNS = ("ids", "titles", "dates", "publications", "n_facts", "n_chars", "docs", "shards", "keys")
HEX_COLUMNS = ("ids", "keys")


class _Column:
    """One column's compressed temporary file: the start of its JSON list,
    tagged hex16 while every value is 16 hex digits."""

    def __init__(self, directory: Path, hex16: bool) -> None:
        import zstandard

        self._file = tempfile.TemporaryFile(dir=directory)
        self._stream = zstandard.ZstdCompressor(level=ZSTD_LEVEL).stream_writer(self._file, closefd=False)
        self.encoding = HEX16 if hex16 else JSON
        self.count = 0

    def write(self, values: list[Any]) -> None:
        if not values:
            return
        if self.encoding == HEX16 and not all_hex16(values):
            self.encoding = JSON
        part = dumps(values)
        part = part[len(EXACT_MARK):] if part[:1] == EXACT_MARK else part
        self._stream.write((b"," if self.count else b"[") + part[1:-1])
        self.count += len(values)

    def frame(self) -> ColumnFrame:
        """The column's frame: what was written, closed."""
        import zstandard

        self._stream.write(b"]" if self.count else b"[]")
        self._stream.flush(zstandard.FLUSH_FRAME)
        self._file.seek(0)
        return self._file.read(), self.encoding

    def read_all(self) -> list[Any]:
        import zstandard

        self._stream.flush(zstandard.FLUSH_FRAME)
        self._file.seek(0)
        data = decompress_frames(self._file.read())
        self._file.seek(0, 2)
        return loads(data + b"]") if data else []

    def close(self) -> None:
        self._file.close()


class RowSpool(Mapping):
    """A catalog document being written, a row at a time.  Read like the
    dict it stands for (``doc["ids"]`` reads a spooled column back: done
    only on rare paths); the commit takes its columns as frames."""

    def __init__(self, directory: Path, fields: dict[str, Any]) -> None:
        self._directory = directory
        self.fields = fields
        self._chunk: dict[str, list[Any]] = {name: [] for name in SPOOLED_COLUMNS}
        self._columns: dict[str, _Column] = {}
        self.also: list[str] = []
        self.rows = 0
        self.facts = 0

    def add_row(self, **row: Any) -> None:
        for name in SPOOLED_COLUMNS:
            self._chunk[name].append(row[name])
        self.rows += 1
        self.facts += row["n_facts"]
        if len(self._chunk["ids"]) >= CHUNK_ROWS:
            self._spill()

    def _spill(self) -> None:
        self._directory.mkdir(parents=True, exist_ok=True)
        for name, values in self._chunk.items():
            column = self._columns.get(name)
            if column is None:
                column = self._columns[name] = _Column(self._directory, name in HEX_COLUMNS)
            column.write(values)
            values.clear()

    def column_frames(self, name: str) -> ColumnFrame:
        """A column's frame for the catalog segment."""
        if name == "also" or not self._columns:
            return encode_column(self[name])
        self._spill()
        return self._columns[name].frame()

    def __getitem__(self, name: str) -> Any:
        if name in self.fields:
            return self.fields[name]
        if name == "also":
            return self.also
        if name not in self._chunk:
            raise KeyError(name)
        spilled = self._columns[name].read_all() if name in self._columns else []
        return spilled + self._chunk[name]

    def __iter__(self) -> Iterator[str]:
        yield from self.fields
        yield from SPOOLED_COLUMNS
        yield "also"

    def __len__(self) -> int:
        return len(self.fields) + len(SPOOLED_COLUMNS) + 1

    def __contains__(self, name: object) -> bool:  # without reading a column back
        return name in self.fields or name in self._chunk or name == "also"

    def close(self) -> None:
        for column in self._columns.values():
            column.close()
        self._columns.clear()


class CompactIds(Set):
    """A set of strings, most of them 16 hex digits (article ids, content
    keys): past the first MANY they are kept as sorted 64-bit numbers (8
    bytes each instead of a string and a slot of a set)."""

    MANY = 65_536

    def __init__(self, values: Iterable[str] = ()) -> None:
        self._recent: set[str] = set()
        self._sorted: Any = None  # numpy uint64 array, sorted
        self._other: set[str] = set()  # values that are not 16 hex digits
        for value in values:
            self.add(value)

    def add(self, value: str) -> None:
        if not _hex16(value):
            self._other.add(value)
            return
        self._recent.add(value)
        if len(self._recent) >= self.MANY:
            self._merge()

    def _merge(self) -> None:
        import numpy as np

        numbers = np.fromiter((int(v, 16) for v in self._recent), dtype=np.uint64, count=len(self._recent))
        self._sorted = np.union1d(self._sorted, numbers) if self._sorted is not None else np.unique(numbers)
        self._recent.clear()

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, str):
            return False
        if value in self._recent or value in self._other:
            return True
        if self._sorted is None or not _hex16(value):
            return False
        import numpy as np

        wanted = np.uint64(int(value, 16))
        at = int(np.searchsorted(self._sorted, wanted))
        return at < len(self._sorted) and bool(self._sorted[at] == wanted)

    def __iter__(self) -> Iterator[str]:
        yield from self._other
        if self._sorted is None:
            yield from self._recent
            return
        for number in self._numbers().tolist():
            yield f"{number:016x}"

    def __len__(self) -> int:
        if self._sorted is None:
            return len(self._recent) + len(self._other)
        return len(self._other) + len(self._numbers())

    def _numbers(self) -> Any:
        """Every hex value as a sorted array of numbers, without repeats
        (a value added again after the merge is in both parts)."""
        import numpy as np

        recent = np.fromiter((int(v, 16) for v in self._recent), dtype=np.uint64, count=len(self._recent))
        return np.union1d(self._sorted, recent)


def _hex16(value: str) -> bool:
    return len(value) == 16 and is_hex(value.encode("ascii", "replace"))
