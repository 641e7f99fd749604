"""``factdesk ingest -`` reads standard input as it reads a file: a large
JSON Lines stream a line at a time with bounded memory (never the whole
stream as bytes and again as text), anything else as a file of its kind,
with the same articles, facts and checksum as the same bytes from a file."""

from __future__ import annotations

import hashlib
import io
import json
import sys
import tracemalloc
from pathlib import Path

import pytest

from store import open_store
from store.ingest import sources
from store.ingest.pipeline import parse_source

RECORD = {"title": "全市新增企业{n}", "body": "全市新增企业{n}家，同比增长5.7%。" + "经济发展稳中向好。" * 40}


class Stdin:
    """A standard input whose bytes are made as they are read, so the test
    itself holds none of the stream."""

    def __init__(self, records: int) -> None:
        self.buffer = io.BufferedReader(_Generated(records), buffer_size=1 << 16)


class _Generated(io.RawIOBase):
    def __init__(self, records: int) -> None:
        self._lines = (json.dumps({k: v.format(n=n) for k, v in RECORD.items()}, ensure_ascii=False).encode() + b"\n"
                       for n in range(records))
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        while len(self._pending) < len(target):
            line = next(self._lines, None)
            if line is None:
                break
            self._pending += line
        n = min(len(target), len(self._pending))
        target[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def generated_bytes(records: int) -> bytes:
    return Stdin(records).buffer.read()


def test_a_large_json_lines_stream_is_read_a_line_at_a_time_in_bounded_memory(monkeypatch):
    monkeypatch.setattr(sources, "STREAM_BYTES", 1)
    records = 12_000  # about 12 MB
    monkeypatch.setattr(sys, "stdin", Stdin(records))
    tracemalloc.start()
    try:
        source = sources.read_source(Path("-"))
        parsed = parse_source(source)
        count = sum(1 for _ in parsed.articles)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert source.text == "" and source.lines is not None
    assert count == parsed.total == records
    assert peak < 6 * 2**20, f"peak {peak / 2**20:.1f} MB for a {records}-record stream"


@pytest.mark.parametrize("stream", [True, False])
def test_stdin_stores_what_the_same_bytes_from_a_file_store(tmp_path, monkeypatch, stream):
    monkeypatch.setattr(sources, "STREAM_BYTES", 1 if stream else 1 << 40)
    data = generated_bytes(30)
    path = tmp_path / "feed.jsonl"
    path.write_bytes(data)
    from_file = open_store(tmp_path / "file" / "s.json", seed=False)
    from_file.ingest([path])
    monkeypatch.setattr(sys, "stdin", Stdin(30))
    from_stdin = open_store(tmp_path / "stdin" / "s.json", seed=False)
    report = from_stdin.ingest(["-"])
    assert report.added == 30 and report.ingested_sources == ["stdin.txt"]

    def contents(store):  # ids name the source file (stdin.txt here), the rest is the same
        return [(store.article(d["id"])["title"], store.article(d["id"])["body"],
                 [{k: v for k, v in f.items() if k not in ("id", "article_id")} for f in store.facts(d["id"])])
                for d in store.catalog()]
    assert contents(from_stdin) == contents(from_file)
    assert from_stdin.sources()[0]["sha256"] == hashlib.sha256(data).hexdigest()


class _Bytes:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_a_stream_in_another_encoding_or_a_page_is_read_whole_as_a_file_is(tmp_path, monkeypatch, encoding):
    monkeypatch.setattr(sources, "STREAM_BYTES", 1)
    page = "重庆日报\n\n# 全市新增企业\n全市新增企业120家，同比增长5.7%。\n"
    monkeypatch.setattr(sys, "stdin", _Bytes(page.encode(encoding)))
    source = sources.read_source(Path("-"))
    assert source.format == "page" and "全市新增企业120家" in source.text


def test_an_empty_stream_is_one_line_saying_standard_input_is_empty(monkeypatch):
    from store.errors import InputError

    monkeypatch.setattr(sys, "stdin", _Bytes(b""))
    with pytest.raises(InputError, match="^-: standard input is empty$"):
        sources.read_source(Path("-"))
    monkeypatch.setattr(sys, "stdin", _Bytes(b"  \n"))
    with pytest.raises(InputError, match="^-: standard input has no text, only 3 bytes of blank space$"):
        sources.read_source(Path("-"))


def test_a_second_different_stream_adds_its_articles_and_never_replaces_the_first(tmp_path, monkeypatch):
    store = open_store(tmp_path / "s.json", seed=False)
    first = "\n".join(json.dumps({"title": f"甲{n}", "body": f"全市新增企业{n}家。"}, ensure_ascii=False) for n in range(3))
    second = "\n".join(json.dumps({"title": f"乙{n}", "body": f"全市新增项目{n}个。"}, ensure_ascii=False) for n in range(2))
    for text in (first, second):
        monkeypatch.setattr(sys, "stdin", _Bytes(text.encode()))
        report = store.ingest(["-"])
        assert report.added and not report.removed
    assert sorted(store.article(d["id"])["title"] for d in store.catalog()) == ["乙0", "乙1", "甲0", "甲1", "甲2"]
    monkeypatch.setattr(sys, "stdin", _Bytes(first.encode()))
    assert store.ingest(["-"]).unchanged_sources == ["stdin.txt"]  # the same stream again changes nothing
