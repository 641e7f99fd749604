"""What an index build holds once it has read its documents grows by a few
bytes a document, not by the document's columns and its facts' (those are
spooled to disk as they come: store.search.spooled_columns), and the
columns written from the spool are the bytes np.save writes."""

from __future__ import annotations

import gc
import io
import tracemalloc

import numpy as np
import pytest

from store.search import build, doctext, spooled_columns
from store.search.prepared import prepare_doc
from store.search.spooled_columns import SpooledColumn

# The build keeps each document's id as a 64-bit number and its row (16
# bytes) to find repeated ids, and a few bytes more a document for its
# postings' sparse index; the columns of a document and of its three facts
# held in memory were about 300 bytes. The bound sits between the two because
# what the build holds for its current chunk is bounded but not constant: it
# moves with the hash seed by up to a few hundred KB, which the wider span of
# documents below spreads thin.
PER_DOC_BYTES = 120


def _doc(i: int) -> dict:
    aid = f"{i:016x}"
    facts = [{"id": f"{aid}:{k}", "kind": "percent", "value": i % 97 + k, "value_high": (k + 1.5) if k == 2 else None,
              "unit": "%", "subject": "产值", "period": "2024年", "text": f"产值增长{i % 97}%", "span": [0, 6]}
             for k in range(3)]
    return {"id": aid, "title": f"第{i}号简讯", "body": f"编号{i}的企业产值增长{i % 97}%。", "date": "2024-01-02",
            "sections": [], "facts": facts}


def _held_after_reading(directory, n: int) -> int:
    """Bytes the build holds once it has read ``n`` documents."""
    docs = [prepare_doc(_doc(i)) for i in range(n)]
    held: dict[str, int] = {}

    def after_read() -> None:
        gc.collect()
        held["after"] = tracemalloc.get_traced_memory()[0]

    def stream():
        while docs:
            yield docs.pop(0)  # the build takes each document once: none is held here

    directory.mkdir()
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        build.build_prepared_segment(directory, "s1", stream(), after_read)
    finally:
        tracemalloc.stop()
    return held["after"] - start


@pytest.fixture
def small_chunks(monkeypatch):
    """The build's fixed bounds made small, so that a few thousand documents
    are well past them: the postings' text chunks, the frames held to train
    the compression dictionary, the columns' chunks."""
    monkeypatch.setattr(spooled_columns, "CHUNK", 256)
    monkeypatch.setattr(build, "CHUNK_CHARS", 4_096)
    monkeypatch.setattr(doctext, "DICT_SAMPLES", 256)


def test_what_the_build_holds_after_reading_does_not_grow_with_the_columns(tmp_path, small_chunks):
    small, large = _held_after_reading(tmp_path / "a", 1_024), _held_after_reading(tmp_path / "b", 6_144)
    assert (large - small) / (6_144 - 1_024) < PER_DOC_BYTES


@pytest.mark.parametrize("name, typecode, values", [
    ("nlen", "q", [3, 0, 70000, 2, 1] * 700),
    ("zoff", "q", list(range(0, 3_000_000, 997))),
    ("same", "b", [1, 0, 1] * 400),
    ("date", "q", [20240102, 0] * 300),
    ("fval", "d", [1.5, float("nan"), float("inf"), -2.0] * 300),
    ("fyear", "q", [2024, 0, -1] * 300),
    ("funit", "q", [-1, 3, 40000] * 300),  # past int16: cast as the whole array's conversion casts it
    ("fkind", "q", []),
    ("nlen", "q", []),
])
def test_a_spooled_column_is_written_as_np_save_writes_the_whole_array(tmp_path, small_chunks, name, typecode, values):
    column = SpooledColumn(tmp_path, name, typecode)
    for value in values:
        column.append(value)
    size = column.write_npy(tmp_path / "c.npy")
    dtype, width = build.COLUMNS[name]
    whole = np.asarray(np.array(values, dtype={"q": np.int64, "d": np.float64, "b": np.int8}[typecode]), dtype=dtype)
    expected = io.BytesIO()
    np.save(expected, whole.reshape(-1, width) if width else whole.reshape(-1), allow_pickle=False)
    assert (tmp_path / "c.npy").read_bytes() == expected.getvalue()
    assert size == len(expected.getvalue())
