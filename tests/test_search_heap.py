"""Between the chunks of an index build the writer gives the memory the
postings sort freed back to the system (store.search.heap.trim: glibc's
malloc_trim); where the C library has no such call it does nothing, and it
never fails the build."""

from __future__ import annotations

from store.search import build, heap


def test_trim_runs_and_can_run_again():
    heap.trim()
    heap.trim()


def test_without_malloc_trim_nothing_is_called(monkeypatch):
    monkeypatch.setattr(heap, "_trim", False)
    monkeypatch.setattr(heap, "_malloc_trim", lambda: None)
    heap.trim()
    assert heap._trim is None
    heap.trim()  # looked up once


def test_each_chunk_s_postings_are_followed_by_a_trim(tmp_path, monkeypatch):
    trims = []
    monkeypatch.setattr(build, "trim", lambda: trims.append(1))
    monkeypatch.setattr(build, "CHUNK_CHARS", 50)
    docs = [{"id": f"{i:016x}", "title": f"标题{i}", "body": "全市新增企业一百家，同比增长百分之五。" * 3, "date": "2024-05-01",
             "facts": []} for i in range(12)]
    meta = build.build_segment(tmp_path, "s", docs)
    assert meta["n_docs"] == 12
    assert len(trims) >= 6  # a chunk of a document or two each
