"""Memory running out after an ingest's files were committed, while the
search index is brought up to date (fault53, `ulimit -v 400000…650000` on a
two-job ingest of three files):

- a thread the system would not start (each thread's stack is address
  space) was "internal error: RuntimeError: can't start new thread", exit 70,
  with the three files saved and nothing said of them.  The index's files
  are synced without threads then, and the index is built;
- memory running out there otherwise says the files are saved and that
  `check --fix` finishes the index — and an ENOMEM from the system says to
  free memory, never "free some space" (no disk is full).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from store import IngestStopped, open_store
from store.db.indexing import IndexUnbuilt
from store.ingest.pipeline import _saved_but, finish_after_ingest
from store.records import IngestReport

PAGE = "# 测试文章\n\n全市新增企业1200余家，同比增长5.7%。\n"


def test_an_index_whose_files_cannot_be_synced_on_threads_is_synced_without(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import store.search.postings as postings

    class NoThreads(ThreadPoolExecutor):
        def submit(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
            raise RuntimeError("can't start new thread")

    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    store = open_store(tmp_path / "s" / "factdesk.json", seed=False)
    monkeypatch.setattr(postings, "ThreadPoolExecutor", NoThreads)
    report = store.ingest_paths([page])   # builds the index: its segment files synced together
    monkeypatch.undo()
    assert report.ingested_sources == ["page.txt"]
    found = store.search("增长")
    assert found["total"] == 1 and not found.get("partial"), found   # the index was built, and answers


@pytest.mark.parametrize("error", [MemoryError(), RuntimeError("can't start new thread")])
def test_memory_running_out_while_the_index_is_brought_up_to_date_says_the_files_are_saved(
        error: BaseException) -> None:
    report = IngestReport()
    report.ingested_sources += ["a.jsonl", "b.jsonl"]

    def finish() -> None:
        raise error

    with pytest.raises(IngestStopped) as stopped:
        finish_after_ingest(report, finish, "s/factdesk.json")
    line = str(stopped.value)
    assert line.startswith("s/factdesk.json: the 2 files ingested are saved") and "out of memory" in line, line
    assert "check --fix" in line and "\n" not in line


def test_another_runtime_error_there_is_no_memory_said() -> None:
    def finish() -> None:
        raise RuntimeError("a bug")

    with pytest.raises(RuntimeError, match="a bug"):
        finish_after_ingest(IngestReport(), finish)


def test_an_index_unbuilt_for_want_of_memory_says_memory_not_space() -> None:
    line = _saved_but(IndexUnbuilt("s: cannot build the search index", "Cannot allocate memory"), 3, "s")
    assert line is not None and "free some memory" in line and "space" not in line, line
    line = _saved_but(IndexUnbuilt("s: cannot build the search index", "the disk is full"), 3, "s")
    assert line is not None and "free some space" in line, line
