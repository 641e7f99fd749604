"""A segment's per-document and per-fact columns, gathered on disk as the
build reads its documents (store.search.build).

The build used to hold every column as a typed array until its end (about
80 bytes a document and 48 a fact, twice that while the arrays grew) and
then made a numpy copy of each to save it: at a million articles of seven
facts each, most of a gigabyte that grew with the number of records, whatever
the flushes bounded.  Here a column keeps at most CHUNK values in memory;
each chunk is converted to the column's stored dtype (the same conversion
as of the whole array at once) and appended to an anonymous temporary file,
which :meth:`SpooledColumn.write_npy` copies behind the .npy header: the
same bytes as ``np.save`` of the whole column.
"""

from __future__ import annotations

import shutil
import tempfile
from array import array
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from store.search.format import COLUMNS
from store.search.postings import segment_writer

CHUNK = 1 << 16  # values held before they are written out


class SpooledColumn:
    """One .npy column of a segment being written, appended to a value (or
    a row of ``width`` values) at a time."""

    def __init__(self, directory: Path, name: str, typecode: str, first: Iterable[int | float] = ()) -> None:
        dtype, self.width = COLUMNS[name]
        self.dtype = np.dtype(dtype)
        self._directory = directory
        self._typecode = typecode
        self._file = None
        self._written = 0
        self._buffer(first)

    def _buffer(self, first: Iterable[int | float] = ()) -> None:
        # append and extend are the buffer's own (a method of ours around
        # them cost as much again a value); the build calls spill_if_full
        # once a document instead.
        self._buf = array(self._typecode, first)
        self.append, self.extend = self._buf.append, self._buf.extend

    def spill_if_full(self) -> None:
        if len(self._buf) >= CHUNK:
            self._spill()

    def __len__(self) -> int:
        return self._written + len(self._buf)

    def _spill(self) -> None:
        if not self._buf:
            return
        if self._file is None:
            self._file = tempfile.TemporaryFile(dir=self._directory)  # noqa: SIM115 (closed by write_npy/close)
        self._file.write(np.asarray(self._buf, dtype=self.dtype).astype(self.dtype.newbyteorder("<")).tobytes())
        self._written += len(self._buf)
        self._buffer()

    def write_npy(self, path: Path) -> int:
        """Write the column as ``np.save`` would (atomically); its size."""
        self._spill()
        rows = self._written
        shape = (rows // self.width, self.width) if self.width else (rows,)
        header = {"descr": np.lib.format.dtype_to_descr(self.dtype.newbyteorder("<")), "fortran_order": False,
                  "shape": shape}
        with segment_writer(path) as fh:
            np.lib.format.write_array_header_1_0(fh, header)
            if self._file is not None:
                self._file.seek(0)
                shutil.copyfileobj(self._file, fh, 1 << 20)
            size = fh.tell()
        self.close()
        return size

    def close(self) -> None:
        file, self._file = self._file, None
        if file is not None:
            file.close()
